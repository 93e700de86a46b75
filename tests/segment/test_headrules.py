"""What follows a would-be headline (segment.headrules): a line that ends short because the
number opening the next line could not be broken off is running text, not an indented paragraph
start. Invented texts in a column of 14.5 em, printed without indents or blank lines as pdfium
prints them."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.headrules import FOLLOW_PARAGRAPH, FOLLOW_TEXT, _what_follows
from banmian.segment.roles import _BODY

FULL = ["临江县青石镇今年新修村道，路面", "全部硬化，沿线还种下了行道树，", "村民出行比往年方便了许多，集市"]
OPENING = "何春生介绍全镇新修的村道"  # 12 em: a paragraph's first line, or a headline
SHORT = "总长比去年多出一倍有余达"  # 12 em of a 14.5 em column: 2.5 em short


def follows(next_line: str) -> str:
    lines = build_line_infos([*FULL, OPENING, SHORT, next_line, *FULL])
    assert lines[4].column_width - lines[4].width == 2.5
    return _what_follows(lines, [_BODY] * len(lines), 4)


def test_a_line_short_of_a_number_it_could_not_hold_goes_on() -> None:
    assert follows("2019.5公里，比规划多出三成，") == FOLLOW_TEXT


def test_a_short_line_before_plain_text_opens_a_paragraph() -> None:
    assert follows("这是全镇历史上最长的一年，") == FOLLOW_PARAGRAPH


def test_a_number_too_short_to_explain_the_gap_does_not_count() -> None:
    assert follows("5公里，比规划多出了三成，镇里") == FOLLOW_PARAGRAPH
