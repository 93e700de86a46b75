"""segment.editornotes: an editor's note between a headline and its article's byline."""

from __future__ import annotations

import pytest

import banmian
import banmian.segment.editornotes as editornotes

TITLE = "通村公路修到家门口"
NOTE = "今年以来，临江县把通村公路建设作为民生实事来抓。从今天起，我们走进青石镇的村村寨寨，看路通以后的新变化。"
TEXT = ["临江县今年新修通村公路一百二十公里，全县所有行政村都通上了硬化路。", "公路通了以后，村民们卖茶叶方便多了。"]


def _page(note_line: str, byline: str, opens_text: bool = False) -> str:
    """The headline, the note, the byline (on its own line, or opening the text's first paragraph)
    and the text."""
    lines = [f"{byline}{TEXT[0]}"] if opens_text else [byline, "　　" + TEXT[0]]
    return "\n".join([TITLE, note_line, *lines, *("　　" + t for t in TEXT[1:])]) + "\n"


@pytest.mark.parametrize("note_line", ["　　编者按：" + NOTE, "【编者按】" + NOTE, "　　编者的话：" + NOTE])
def test_the_note_and_the_article_under_its_byline_are_one_article(note_line: str) -> None:
    (article,) = banmian.parse(_page(note_line, "本报记者 林晓")).articles
    assert article.title is not None and article.title.text == TITLE
    assert article.byline is not None and article.byline.text == "本报记者 林晓"
    assert [p.text for p in article.paragraphs][1:] == TEXT
    assert article.paragraphs[0].text.endswith(NOTE)


def test_a_dateline_byline_after_the_note_is_taken_off_the_paragraph_it_opens() -> None:
    (article,) = banmian.parse(_page("【编者按】" + NOTE, "　　本报讯（记者 林晓）", opens_text=True)).articles
    assert article.byline is not None and article.byline.text == "本报讯（记者 林晓）"
    assert article.authors == ("林晓",)
    assert [p.text for p in article.paragraphs][1:] == TEXT


def test_without_the_join_the_note_is_an_article_of_its_own(monkeypatch) -> None:  # noqa: ANN001
    import banmian.segment.assign as assign

    monkeypatch.setattr(assign, "join_editor_notes", lambda plans: plans)
    assert len(banmian.parse(_page("　　编者按：" + NOTE, "本报记者 林晓")).articles) == 2


def test_an_article_with_its_own_headline_after_the_note_stays_apart() -> None:
    page = "\n".join([TITLE, "　　编者按：" + NOTE, "青石镇茶园扩种五千亩", "本报记者 林晓", *("　　" + t for t in TEXT)]) + "\n"
    titles = [a.title.text if a.title else None for a in banmian.parse(page).articles]
    assert titles == [TITLE, "青石镇茶园扩种五千亩"]


@pytest.mark.parametrize(
    ("text", "note"),
    [("编者按：今年以来", True), ("【编者按】今年以来", True), ("编前语 今年以来", True), ("编者按照要求", False), ("编前会上", False)],
)
def test_how_a_note_opens(text: str, note: bool) -> None:
    assert (editornotes.EDITOR_NOTE_OPENING.match(text) is not None) is note
