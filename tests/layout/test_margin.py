"""The margin every line of a page shares is taken off before the rules read the lines."""

from __future__ import annotations

from pathlib import Path

import pytest

import banmian
from banmian.layout.margin import MIN_MARGIN_LINES, without_margin

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_the_whitespace_every_line_begins_with_goes_and_an_indent_beyond_it_stays() -> None:
    lines = ["  临江县茶叶节开幕", "", "  \u3000\u3000本月十日，临江县第三届", "  茶叶节在青石镇开幕。", *["  茶园面积再扩大"] * MIN_MARGIN_LINES]
    out = without_margin(lines)
    assert out[:4] == ("临江县茶叶节开幕", "", "\u3000\u3000本月十日，临江县第三届", "茶叶节在青石镇开幕。")
    assert len(out) == len(lines)  # line numbers are kept


@pytest.mark.parametrize(
    "lines",
    [
        ["临江县茶叶节开幕", *["  茶园面积再扩大"] * MIN_MARGIN_LINES],  # one line at the edge: no margin
        ["  临江县茶叶节开幕", *["\u3000茶园面积再扩大"] * MIN_MARGIN_LINES],  # a space is no ideographic space
        ["  临江县茶叶节开幕"] * (MIN_MARGIN_LINES - 1),  # too few lines to tell a margin from indents
    ],
)
def test_no_margin_is_taken_where_the_lines_share_none(lines: list[str]) -> None:
    assert without_margin(lines) is lines


@pytest.mark.parametrize("margin", ["  ", "\u3000\u3000", "\t"])
def test_a_page_indented_as_a_whole_reads_as_it_does_at_the_edge(margin: str) -> None:
    """A margin before every line made every line a paragraph's first (an article was cut in two at
    a title's wrapped line on a real page)."""
    text = (SAMPLES / "demo-page.txt").read_text(encoding="utf-8")
    indented = "\n".join(margin + line if line.strip() else line for line in text.split("\n"))
    plain, shifted = banmian.parse(text).to_dict(), banmian.parse(indented).to_dict()
    assert shifted["articles"] == plain["articles"] and shifted["banners"] == plain["banners"]
