"""Column width estimation from line lengths alone.

Body text is hard-wrapped at the column width, so most body lines have (nearly) the same display
width: that width is the "full line" of the column. It varies by ±1–2 em within a column
(punctuation compression 标点挤压, half-width digits) and differs between articles set in
different measures, so it is estimated locally: for each line, a high percentile of the widths of
its neighbours. A high percentile rather than the mode, because paragraph-final lines and indented
first lines are short, never long.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Sequence

#: Neighbours on each side whose widths define a line's column (non-blank lines). 12 covers two or
#: three paragraphs of a 12–14 em column: enough lines that short ones cannot dominate, few enough
#: that the neighbouring article (another measure) does not leak in.
WINDOW_LINES = 12
#: The column's full width is this percentile of the window's widths: above the median because
#: short lines (paragraph ends, indented starts) are common, below the max because one wide line
#: (a headline, a caption) must not set the column.
FULL_WIDTH_PERCENTILE = 0.8
#: Lines narrower than this (em) say nothing about the column (a lone 「康。」) and are left out.
MIN_INFORMATIVE_WIDTH = 5.0
#: Used when a neighbourhood holds no informative line at all (a page of headlines): the common
#: broadsheet measure.
DEFAULT_COLUMN_WIDTH = 13.0


def local_column_widths(widths: Sequence[float], informative: Sequence[bool]) -> list[float]:
    """The estimated full column width (em) around each line.

    ``informative[i]`` says whether line ``i`` may vote (body-like: not blank, not letter-spaced,
    not a long caption or headline that obviously spans several columns).
    """
    voters = [(i, w) for i, (w, ok) in enumerate(zip(widths, informative, strict=True)) if ok and w >= MIN_INFORMATIVE_WIDTH]
    if not voters:
        return [DEFAULT_COLUMN_WIDTH] * len(widths)
    positions = [i for i, _ in voters]
    values = [w for _, w in voters]
    per_voter = _sliding_percentile(values)
    # Each line takes the width of the first voter at or after it (the last voter's after that).
    out: list[float] = []
    done = 0
    for position, width in zip(positions, per_voter, strict=True):
        out.extend([width] * (position + 1 - done))
        done = position + 1
    out.extend([per_voter[-1]] * (len(widths) - done))
    return out


def _sliding_percentile(values: list[float]) -> list[float]:
    """FULL_WIDTH_PERCENTILE of each voter's window, keeping the window sorted as it slides."""
    window = sorted(values[: WINDOW_LINES + 1])
    out: list[float] = []
    for k in range(len(values)):
        out.append(window[int(len(window) * FULL_WIDTH_PERCENTILE)])  # below len(window): the percentile is under 1
        entering = k + WINDOW_LINES + 1
        leaving = k - WINDOW_LINES
        if entering < len(values):
            insort(window, values[entering])
        if leaving >= 0:
            del window[bisect_left(window, values[leaving])]
    return out
