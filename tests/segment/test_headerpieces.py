"""A page header broken into pieces by the extractor (segment.headerpieces). Invented headers:

    12              <- the page's number, alone in its block

    地方            <- the section's label, between the number and the paper's name

    临江晚报
"""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.headerpieces import with_bare_page_numbers

TEXT = ["临江县今年新修农村公路八十公里，沿途村庄", "的农产品从此不愁运不出去。"]


def _kinds(lines: list[str]) -> list[str | None]:
    infos = with_bare_page_numbers(build_line_infos(lines))
    return [line.furniture.kind if line.furniture else None for line in infos if not line.blank]


def test_a_section_label_before_the_headers_date_is_its_section():
    assert _kinds(["7", "", "文化", "", "2019年10月2日 星期三", "", *TEXT])[:3] == ["page_number", "section", "date"]


def test_a_section_label_between_a_bare_page_number_and_the_papers_name_is_its_section():
    # The number is found in the same pass, just above: the label is read against it.
    assert _kinds(["12", "", "地方", "", "临江晚报", "", *TEXT])[:3] == ["page_number", "section", "name"]


def test_a_short_headline_over_its_text_is_no_section():
    assert _kinds(["12", "", "地方", "", *TEXT])[:2] == ["page_number", None]
    assert _kinds(["", "秋收", "", *TEXT])[:1] == [None]
