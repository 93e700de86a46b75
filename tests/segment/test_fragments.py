"""A piece of text too short to be an article, with nothing to head or credit it, is reported as
unplaced text, not as an article (segment.build.MIN_UNHEADED_ARTICLE_CHARS); so is a headline or
byline with no text, caption or jump note under it. Invented texts."""

from __future__ import annotations

from banmian.model import Article, JumpNote, Paragraph, TextItem
from banmian.segment.build import MIN_UNHEADED_ARTICLE_CHARS, _fragment


def article(text: str, **parts) -> Article:  # noqa: ANN003
    return Article(id="a1", paragraphs=(Paragraph(text),), **parts)


def test_a_few_characters_with_nothing_heading_them_are_a_fragment() -> None:
    assert _fragment(article("青石镇"))
    assert _fragment(article("临" * (MIN_UNHEADED_ARTICLE_CHARS - 1)))
    assert not _fragment(article("临" * MIN_UNHEADED_ARTICLE_CHARS))


def test_a_short_text_with_a_headline_or_byline_is_an_article() -> None:
    assert not _fragment(article("县图书馆开馆。", title=TextItem("县图书馆新馆开馆")))
    assert not _fragment(article("县图书馆开馆。", byline=TextItem("本报记者 林晓")))
    assert not _fragment(article("县图书馆开馆。", captions=(TextItem("图为新馆一角。林晓 摄"),)))


def test_a_headline_or_byline_with_nothing_under_it_is_no_article() -> None:
    assert _fragment(Article(id="a1", title=TextItem("临江县新建三座文化广场")))
    assert _fragment(Article(id="a1", title=TextItem("临江县新建三座文化广场"), byline=TextItem("本报记者 何春生")))


def test_a_photo_or_a_jumped_headline_without_text_is_kept() -> None:
    caption = TextItem("图为青石镇新修的村道。林晓 摄")
    assert not _fragment(Article(id="a1", title=TextItem("青石镇村道通了"), captions=(caption,)))
    jump = JumpNote(text="（下转第二版）", direction="to", page_number=2)
    assert not _fragment(Article(id="a1", title=TextItem("临江县秋粮喜获丰收"), jumps=(jump,)))
