"""A text layer of several pages: pdftotext ends every page with a form feed."""

from __future__ import annotations

import pytest

import banmian
from banmian.ingest.text import read_text_source
from pagetext import body, page

STORY = ("本报讯（记者 林晓）县图书馆自本月起每晚开放到九点，方便市民下班后借阅图书。",)
OTHER = ("本报讯（记者 何春生）城西小学日前举办秋季运动会，全校八百余名师生参加比赛。",)
FIRST = page(["县图书馆延长开放时间"], body(*STORY))
SECOND = page(["城西小学举办秋季运动会"], body(*OTHER))


def test_form_feeds_break_pages_and_lines_keep_their_numbers_in_the_file() -> None:
    source = read_text_source(FIRST + "\f" + SECOND + "\f")
    first, second = source.pages()  # the closing form feed opens no page
    assert "\f" not in "".join(source.lines)
    assert first.first_line == 1 and first.lines == tuple(FIRST.rstrip("\n").split("\n"))
    assert second.first_line == len(first.lines) + 1


def test_each_page_is_parsed_on_its_own_with_provenance_in_file_lines() -> None:
    text = FIRST + "\f" + SECOND + "\f"
    pages = banmian.parse_pages(text)
    assert [[a.title.text for a in p.articles] for p in pages] == [["县图书馆延长开放时间"], ["城西小学举办秋季运动会"]]
    assert [p.source.page_index for p in pages] == [0, 1]
    title = pages[1].articles[0].title
    assert text.split("\n")[title.provenance.lines.first - 1].lstrip("\f") == "城西小学举办秋季运动会"
    assert pages[1].to_dict()["source"]["page_index"] == 1


def test_one_page_with_pdftotexts_closing_form_feed_is_one_page() -> None:
    (only,) = banmian.parse_pages(FIRST + "\f")
    assert only.source.page_index is None
    assert [a.title.text for a in only.articles] == ["县图书馆延长开放时间"]


def test_parse_refuses_several_pages_with_a_pointer_to_parse_pages() -> None:
    with pytest.raises(banmian.InputError, match="parse_pages"):
        banmian.parse(FIRST + "\f" + SECOND)
