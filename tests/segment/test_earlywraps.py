"""segment.earlywraps: a paragraph's first line that ended early before a number or Latin word,
justified and so printed spaced, is text, not a sub-heading."""

from __future__ import annotations

import pytest

from banmian.layout.lines import build_line_infos
from banmian.segment.earlywraps import veto_early_wrapped_openings
from banmian.segment.roles import Role

#: A column of twelve em: full lines of running text, then a paragraph's finished last line.
ABOVE = [
    "青石镇今年新建了三座水厂，",
    "全镇的供水能力明显提高，",
    "居民用水更方便了。",
]
BELOW = ["全镇居民的生活用水已经", "全部由新建的水厂供应。"]


def _role(row: str, next_row: str) -> Role:
    """The role left to ``row``, read as a headline between the column's text above and
    ``next_row`` with the text below."""
    lines = build_line_infos([*ABOVE, row, next_row, *BELOW])
    roles = [Role.BODY] * len(lines)
    roles[len(ABOVE)] = Role.HEADING
    veto_early_wrapped_openings(lines, roles)
    return roles[len(ABOVE)]


def test_a_justified_opening_over_a_number_that_did_not_fit_is_text() -> None:
    """「水厂日供水量为」 stops five em short, spread over its column: its indent and 「12.5」, which
    may not be broken, took the rest; the line under it goes on with the sentence."""
    assert _role("水 厂 日 供 水 量 为", "12.5万吨，比去年增加") is Role.BODY


def test_a_quoted_latin_run_counts_with_its_quotes() -> None:
    assert _role("新 水 厂 采 用 的 是", "“AAO”工艺，出水水质") is Role.BODY


def test_gaps_between_pieces_shorter_than_words_are_justification() -> None:
    """pdfium prints a gap only where the spread is wide enough: 「水厂 日供 水量为」 is spread too."""
    assert _role("水厂 日供 水量为", "12.5万吨，比去年增加") is Role.BODY


@pytest.mark.parametrize(
    ("row", "next_row"),
    [
        # The line below opens on Chinese, which breaks anywhere: nothing ended the line early.
        ("水 厂 日 供 水 量 为", "十二万吨，比去年增加"),
        # Far shorter than the indent and the figure take: a headline of its own.
        ("水 厂 建 设", "12.5万吨，比去年增加"),
        # Not spread over its column: the rules' reading stands.
        ("水厂日供水量为", "12.5万吨，比去年增加"),
        # The line below ends a sentence: a paragraph of one line under a sub-heading.
        ("水 厂 日 供 水 量 为", "12.5万吨。"),
        # Gaps between phrases: a headline's design, not a spread line of text.
        ("建好水厂 管好水网", "12.5万吨，比去年增加"),
        # A date and a comma open the line below: a paragraph's opening under a title.
        ("全 镇 日 供 水 量 达 到", "10月18日，全镇新建"),
    ],
)
def test_other_short_lines_stay_headlines(row: str, next_row: str) -> None:
    assert _role(row, next_row) is Role.HEADING
