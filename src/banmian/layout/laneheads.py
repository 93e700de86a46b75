"""Headline lines of a side-by-side dump (``pdftotext -layout``) that the lanes of
layout.sidebyside would read into the wrong column: a title centred over an article's columns,
alone on its row, that starts at the edge of its second column; a dashed subtitle centred under
its title, wider than it on both sides; the next line of a title in large type, several rows under
its first where a column beside it counts its rows (``headline_runs_on``). Drawn, with invented text (positions are the dump's)::

    乡村公路通万家                              <- the title of the report below
  ——江北县农村公路建设侧记                       <- its subtitle: starts left, ends right of it

                        青石镇办起夜校          <- a title at the second column's edge
    本报讯（记者 何春     镇里请来农技员讲       <- the byline opens the report's first column
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.fields.openings import BYLINE_PREFIX
from banmian.layout.lanes import LANE_BREAK_ROWS, LANE_TOLERANCE, RUN, Lane, refit, run_width
from banmian.layout.punctuation import RUNNING_TEXT_MARKS

#: A lane of one headline line goes on to its next line this many rows down at most
#: (``headline_runs_on``): a title's large type spans several of the rows a column of body type
#: beside it sets. At 5 rows evaluation set -layout title 0.7938 -> 0.7927; at 8, seed-1001 pages
#: article F1 0.8733 -> 0.8723 (the others unchanged).
HEADLINE_FAR_ROWS = 6
#: ... when that line holds at least this many characters (a shorter run is a label, a box's
#: 简讯, a byline's name) and no mark of running text, and the next line is at least this share of
#: its width (a title's lines are of a width; a kicker over its title, or a banner over a column,
#: is wider than the line under it). Without the share (any next line no wider), evaluation set
#: -layout title 0.7808 but article F1 0.8721 -> 0.8695 before the test of text under the line.
HEADLINE_MIN_CHARS = 4
HEADLINE_NEXT_SHARE = 0.8
#: How a subtitle (副题) opens.
SUBTITLE_DASH = "——"
#: Rows a subtitle may stand under its title's one line: a subtitle set in a smaller type on
#: another baseline than the columns beside it leaves a row between.
SUBTITLE_MAX_ROWS = 2
#: How far (in widths of the byline's column) a headline set apart over the columns beside a
#: byline may start right of the byline's column edge: a headline centred over an article of two or
#: three columns starts inside its second; further right it heads another article.
BYLINE_REACH = 2.0
#: Positions of the extractor's grid a CJK character of a run may take, for telling whether two
#: runs on neighbouring rows stand one over the other (a subtitle centred under its title).
CJK_SPAN_FACTOR = 2


def headlines_set_apart(lanes: list[Lane]) -> list[Lane]:
    """A lane's first run, alone on its row right above the row where a column to its left opens
    with a byline (本报讯……), is that article's headline centred over its columns, not its own
    column's first line: the headline starts at the next column's edge by chance of its length
    (「林晓同志逝世」 over 「本报讯（记者 何春生）……」 and the column beside it), and read at the top
    of that column it fell between the article's first column and its second. It moves to the top
    of the byline's lane, where the block printed for it ends over the byline
    (layout.sidebyside). A run under another that it may overlap (a subtitle under its
    title) stays in its stack."""
    runs_on: dict[int, list[tuple[int, int]]] = {}
    bylines: list[Lane] = []  # lanes opening with a byline
    for lane in lanes:
        for row, start, text in lane.runs:
            runs_on.setdefault(row, []).append((start, start + len(text)))
        if BYLINE_PREFIX.match(lane.runs[0][2]) is not None:
            bylines.append(lane)
    for lane in lanes:
        row, start, text = lane.runs[0]
        if (
            len(lane.runs) < 2
            or lane.runs[1][0] != row + 1
            or len(runs_on[row]) != 1
            or not RUNNING_TEXT_MARKS.isdisjoint(text)
            or BYLINE_PREFIX.match(text) is not None  # a byline of its own (本报记者 林晓)
            or _under_a_run(runs_on.get(row - 1, ()), start, text)
        ):
            continue
        reach = [b for b in bylines if b.top == row + 1 and 0 < start - b.edge <= BYLINE_REACH * (b.right - b.edge)]
        if reach:
            byline = max(reach, key=lambda b: b.edge)  # the nearest on the left
            byline.runs.insert(0, lane.runs.pop(0))
            refit(byline)
            refit(lane)
    return lanes


def _under_a_run(above: Sequence[tuple[int, int]], start: int, text: str) -> bool:
    """Whether a run on the row above may stand over ``text`` at ``start``: their spans overlap
    when each run is counted CJK_SPAN_FACTOR positions a character (a CJK character takes about
    two positions of the extractor's grid; a run's length counts it as one)."""
    end = start + CJK_SPAN_FACTOR * len(text)
    return any(x0 < end and x0 + CJK_SPAN_FACTOR * (x1 - x0) > start for x0, x1 in above)


def subtitle_under(block: Lane, row: int, start: int, text: str) -> bool:
    """Whether ``text`` at ``start`` on ``row`` is a dashed subtitle (——……) centred under the lane's
    one headline line, at most SUBTITLE_MAX_ROWS rows down: wider than the title, it starts left of
    it and ends right of it, so neither the lane's edge nor its measure takes it (a title and its
    subtitle were read apart, and the title, alone, as a slogan banner or lost). The title's large
    type takes more of the extractor's grid than its characters count, so a subtitle centred under
    it may start inside its counted span too (CJK_SPAN_FACTOR positions a character): it still
    reaches past the counted end."""
    if len(block.runs) != 1 or not 0 < row - block.last_row <= SUBTITLE_MAX_ROWS or not text.startswith(SUBTITLE_DASH):
        return False
    return start < block.edge + CJK_SPAN_FACTOR * (block.right - block.edge) and start + len(text) >= block.right


def headline_runs_on(block: Lane, row: int, lines: Sequence[str]) -> bool:
    """Whether a lane holding one headline line goes on, across up to HEADLINE_FAR_ROWS rows, to
    ``row`` of the page (``lines[row]``): a title in large type sets its lines that many rows
    apart where the column beside it counts its rows (「临江县青石镇茶」 and, five rows down at the
    same place, 「园喜获丰收」). Nothing stands in the lane's span on the rows between (each was
    asked in turn), and the row holds there nothing or one run at the lane's edge, no wider than
    the headline's line and with no mark of running text either, with nothing but a byline after
    it at that edge in the next rows (a title's next line over its byline, not the first line of a
    column of text)."""
    if row - block.last_row > HEADLINE_FAR_ROWS or len(block.runs) != 1 or block.crossed:
        return False
    first = block.runs[0][2].strip()
    if len(first) < HEADLINE_MIN_CHARS or " " in first or not RUNNING_TEXT_MARKS.isdisjoint(first) or BYLINE_PREFIX.match(first) is not None:
        return False
    inside = [m for m in RUN.finditer(lines[row]) if m.start() < block.right and m.end() > block.edge]
    if not inside:
        return True
    if len(inside) > 1:
        return False
    start, text = inside[0].start(), inside[0].group().strip()
    below = lines[row + 1 : row + 1 + LANE_BREAK_ROWS]
    return (
        abs(start - block.edge) <= LANE_TOLERANCE
        and not any(
            abs(m.start() - start) <= LANE_TOLERANCE and BYLINE_PREFIX.match(m.group()) is None
            for ln in below
            for m in RUN.finditer(ln)
        )
        and HEADLINE_NEXT_SHARE * run_width(first) <= run_width(text) <= run_width(first)
        and RUNNING_TEXT_MARKS.isdisjoint(text)
        and BYLINE_PREFIX.match(text) is None
    )
