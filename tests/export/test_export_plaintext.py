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
