from __future__ import annotations

from banmian.export import page_to_text
from banmian.model import Page


def test_text_matches_golden(full_page: Page, bare_page: Page, golden) -> None:
    golden("full_page.txt", page_to_text(full_page))
    golden("bare_page.txt", page_to_text(bare_page))


def test_articles_are_separated_by_a_wider_gap_than_paragraphs(full_page: Page) -> None:
    text = page_to_text(full_page)
    articles = text.split("\n\n\n")
    assert len(articles) == 5  # header, banners, three articles
    assert articles[2].startswith("春耕时节\n青石镇三千亩稻田迎来机插秧\n——合作社")
    assert "\n\n\n" not in articles[2]
    assert articles[2].count("\n\n") == 5  # title block, 3 paragraphs, caption, jump


def test_text_has_no_markup_and_no_review_sections(full_page: Page) -> None:
    text = page_to_text(full_page)
    assert "#" not in text and "**" not in text and "> " not in text
    assert "本版图片" not in text and "jump-unresolved" not in text
    assert text.endswith("清晨的滨河公园，市民在晨练。\n")


def test_a_briefs_closing_credit_follows_its_text_in_text_and_markdown() -> None:
    """「……开幕。（林晓 何春生）」: the page prints a brief's credit after its text; printed over it as
    a byline, the credit read as the next brief's headline when the text was read back."""
    from banmian.export import page_to_markdown
    from banmian.model import Article, ArticleKind, Paragraph, SourceInfo, TextItem

    brief = Article(
        id="a1",
        kind=ArticleKind.BRIEF,
        byline=TextItem("（林晓 何春生）"),
        authors=("林晓", "何春生"),
        paragraphs=(Paragraph("县图书馆春季读书月活动开幕，将举办讲座、展览等活动三十余场。"),),
    )
    report = Article(id="a2", title=TextItem("县图书馆新馆开放"), byline=TextItem("本报讯（记者 周敏）"), paragraphs=(Paragraph("新馆藏书六十万册。"),))
    page = Page(articles=(brief, report), source=SourceInfo(line_count=4))
    text = page_to_text(page)
    assert text.index("三十余场。") < text.index("（林晓 何春生）") < text.index("县图书馆新馆开放")
    assert text.index("县图书馆新馆开放\n本报讯（记者 周敏）") < text.index("新馆藏书")  # an opening byline stays on top
    markdown = page_to_markdown(page)
    assert markdown.index("三十余场。") < markdown.index("（林晓 何春生）") < markdown.index("## 县图书馆新馆开放")
