"""Columns of a layout dump printed one space apart (layout.gutters), cut at their lane's edge.

All text is invented: a report in two columns, printed the way ``pdftotext -layout`` prints a
Founder page whose full lines hold more characters than the extractor's grid gives their measure.
"""

from __future__ import annotations

from banmian.layout.gutters import lane_edges, overflowing, split_at_edges
from banmian.layout.lanes import row_runs
from banmian.layout.sidebyside import read_side_by_side

# Founder's squeezed marks: a column's full line holds more characters than the extractor's grid
# gives its measure, so on such rows the second column stands one space after the first instead of
# at its edge (position 18, where the rows with room show it).
EDGE = 18
COLUMNS = [
    ("本报讯（记者 林晓）青石镇", "新修的机耕道通到了各村的田"),
    ("今年新修的机耕道通到各村，春耕的", "头，村民们的干劲更足了。"),
    ("农机下田更方便了，村民们都说好。", "镇农技站的技术员还挨家挨户"),
    ("镇农技站的技术员还挨家", "上门，教农户使用新型播种机"),
    ("挨户上门，教农户使用新型播种机，", "一季下来省工省力。村支书何"),
    ("一季下来省工省力。", "春生说，明年还要再添几台。"),
]


def _row(left: str, right: str) -> str:
    """The dump's row: ``right`` at EDGE where ``left`` leaves room, else one space after it."""
    return left + " " * (EDGE - len(left)) + right if len(left) <= EDGE - 3 else left + " " + right


SQUEEZED = "\n".join(_row(left, right) for left, right in COLUMNS)


def _squeezed_rows() -> list[list[tuple[int, str]]]:
    return [row_runs(line) for line in SQUEEZED.splitlines()]


def test_the_lanes_edges_are_where_runs_start_on_several_rows() -> None:
    assert lane_edges(_squeezed_rows()) == [0, EDGE]


def test_a_run_reaching_over_an_edge_is_cut_at_the_space_nearest_it() -> None:
    rows = _squeezed_rows()
    edges = lane_edges(rows)
    assert overflowing(rows, edges)
    assert split_at_edges(rows[1], edges) == [(0, COLUMNS[1][0]), (EDGE - 1, COLUMNS[1][1])]



def test_no_cut_falls_in_a_bylines_bracket_a_credit_or_spread_out_text() -> None:
    # The gap after 记者 is where an edge lies, but it stands inside the byline's bracket.
    assert len(split_at_edges([(0, "本报讯（记者 何春生 实习生 周敏）青石镇今年，")], [0, 7])) == 1
    # A photo's credit after its caption is shorter than any column's part of a row.
    assert len(split_at_edges([(0, "图为村民在田间查看春耕进度。 何春生摄")], [0, 15])) == 1
    # A line the extractor spread over its measure holds a space between every few characters.
    assert len(split_at_edges([(0, "截至目前，全 镇 新 添 农 机 二百多台。")], [0, 9])) == 1


def test_a_headline_of_phrases_is_not_cut() -> None:
    """A banner's or title's phrases, one space apart across the columns, hold no mark of text."""
    assert len(split_at_edges([(0, "春耕备耕正当时 农机下田保丰收")], [0, 8])) == 1


def test_a_page_with_few_rows_to_cut_is_read_as_printed() -> None:
    """One row to cut among 41 (2.4 %) is under EDGE_CUT_MIN_SHARE; one among 31 (3.2 %) is not."""
    rows = _squeezed_rows()
    edges = lane_edges(rows)
    assert not overflowing(rows[1:2] + [[(0, "一行")]] * 40, edges)
    assert overflowing(rows[1:2] + [[(0, "一行")]] * 30, edges)


def test_the_squeezed_columns_are_read_apart() -> None:
    lines = [line.text for line in read_side_by_side(SQUEEZED.splitlines()) if line.text]
    assert lines == [left for left, _ in COLUMNS] + [right for _, right in COLUMNS]


def test_a_page_whose_lines_keep_their_measure_is_read_as_printed() -> None:
    """One row reaching over the edge among many that keep to their columns (a caption across
    them, say) is no sign of squeezed lines: it stays whole (EDGE_CUT_MIN_SHARE)."""
    rows = [_row(left, right) for left, right in COLUMNS if len(left) <= EDGE - 3] * 12
    rows.insert(5, _row(*COLUMNS[1]))
    lines = [line.text for line in read_side_by_side(rows) if line.text]
    assert " ".join(COLUMNS[1]) in lines
