"""Where a lane of a layout dump runs on across empty rows, and where it ends at the next
article's headline (layout.sidebyside reads the lanes).

A column set on other baselines than its neighbour, or beside larger type, takes several rows of
the dump between two of its lines. A lane runs on across up to LANE_FAR_ROWS rows
(``runs_on_far``) when nothing stands inside its measure on the rows between and its next run is
its text going on: a full line after a full line stopping mid-sentence, a paragraph's last line
(short, ending a sentence), or, after a line ending a sentence, a paragraph's indented first line.
A stretch of one or two lines (too few for a measure) runs on so when its lines are running text
and no blank row (white space) lies between.

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
  (LANE_FAR_ROWS), since the run may reach over it where the page sets it in large
  type. A column beside a headline one column wide goes on on the rows next to it, and keeps
  running on.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.fields.dates import date_line
from banmian.fields.jump import is_jump_line
from banmian.fields.notice import is_signing_office
from banmian.fields.openings import BYLINE_PREFIX
from banmian.layout.lanes import (
    FULL_STOP,
    INDENT_CHARS,
    INDENT_MAX_POSITIONS,
    INDENT_MIN_POSITIONS,
    LANE_BREAK_ROWS,
    MIN_MEASURE_RUNS,
    RUN,
    RUNON_SHORT_CHARS,
    SENTENCE_CLOSERS,
    Lane,
    lane_measure,
    run_width,
)
from banmian.layout.punctuation import RUNNING_TEXT_MARKS

#: A lane whose last line fills its measure and stops mid-sentence goes on across up to this many
#: rows when nothing stands inside its measure in the rows between and the next run there starts
#: at its edge and fills the measure too: a neighbouring column set on other baselines, or in a
#: larger type, takes two or three rows between two of its lines, which the extractor prints on
#: rows of their own. On the evaluation set's -layout pages article F1 0.8088 without it, 0.8144
#: at five rows, 0.8147 at six, 0.8175 at seven, 0.8161 at eight (counting characters as one,
#: before RUN_WIDTH_NARROW: 0.8072 at six, 0.8095 at seven, 0.8054 at eight, 0.7985 at ten). It
#: replaced an older rule that took a full, open last line across four rows whatever stood
#: between: dropping that one raised article F1 0.8193 -> 0.8254 (title 0.6978 -> 0.7048,
#: jump 0.8082 -> 0.8239); with it, this rule at six rows gave 0.8228 and at eight 0.8232.
LANE_FAR_ROWS = 7
#: Positions the next run may start off its lane's edge to go on with the lane across those rows:
#: a column's lines start at its edge (an indented line is a paragraph's first, not a column's
#: next line after a gap). 0, 1 and 2 gave article F1 0.8173, 0.8175 and 0.8166.
FAR_EDGE_SLACK = 1
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
#: paragraph's last line (runs_on_far) in place, -layout article F1 at one row: evaluation
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


def runs_on_far(block: Lane, row: int, line: str, lines: Sequence[str]) -> bool:
    """Whether the lane's text goes on further down, across up to LANE_FAR_ROWS rows, to ``row``
    of the page (``line``): its last line stops mid-sentence and fills the measure (an indented
    line counting its indent), nothing stands inside the measure on the rows between (each was
    asked in turn), and ``line`` holds inside it either nothing or one run at the lane's edge that
    fills the measure or ends a paragraph (a line no wider than the measure ending a sentence:
    article F1 on the development sets' -layout pages 0.8823 -> 0.8830 on the evaluation set,
    seed 1001 0.8760 -> 0.8777, 1003 0.8537 -> 0.8569, 1005 0.8382 -> 0.8433, 1013 0.8485 ->
    0.8492; the column's last lines cut off as a block of their own had read as another
    article's) (no headline: a run wider than the lane's lines ends it, _cuts_across),
    and no run another lane took has stood inside the measure since its last run (a headline
    across it a row or two under its last line, Lane.crossed): article F1 0.8389 -> 0.8465,
    title 0.7162 -> 0.7233 on the evaluation set's -layout pages. A last line that ends a sentence
    (a paragraph's) goes on so too, to a next paragraph's first line (_next_paragraph):
    development sets' -layout article F1 0.8876 -> 0.8885 on the evaluation set, seed 1001
    0.8832 -> 0.8872, 1003 0.8616 -> 0.8665, 1005 0.8439 -> 0.8466, 1013 0.8568 -> 0.8653 (up to
    five rows, summed 0.0043 less; a run set at the edge opening with an ideographic space, the
    indent some pages print, changed nothing more). A stretch of fewer than MIN_MEASURE_RUNS runs
    (a column cut into pieces where its neighbours' lines take the rows between) runs on so when
    each of its runs holds a mark of running text and no blank row lies between, its widest run
    giving the measure: 0.8885 -> 0.8899, 0.8872 -> 0.8896, 0.8665 -> 0.8684, 0.8466 -> 0.8491,
    0.8653 -> 0.8681. Without asking for no blank row, summed 0.0011 more, but a short column
    over white space read a photo's title under it as its next paragraph; two-run stretches only
    summed 0.0052 against 0.0120; asking the widest run to hold 6 to 8 characters changed nothing,
    10 summed 0.0108."""
    if row - block.last_row > LANE_FAR_ROWS or block.crossed:
        return False
    if len(block.runs) < MIN_MEASURE_RUNS:
        # A stretch of a line or two (a column cut by the rows of its neighbours' lines) goes on
        # when its lines are running text and no blank row lies between (white space: a photo's,
        # a headline's); the widest line is its measure.
        if any(RUNNING_TEXT_MARKS.isdisjoint(text) for _, _, text in block.runs):
            return False
        if any(not lines[r].strip() for r in range(block.last_row + 1, row)):
            return False
        measure = max(run_width(text) for _, _, text in block.runs)
    else:
        measure = lane_measure(block)
    _, last_start, last = block.runs[-1]
    last = last.rstrip()
    indent = INDENT_CHARS if last_start - block.edge >= INDENT_MIN_POSITIONS else 0
    closed = last[-1:] in SENTENCE_CLOSERS
    if not closed and run_width(last) + indent < measure - RUNON_SHORT_CHARS:
        return False
    # The measure in characters reaches short of the lane's right edge in positions (a character
    # takes more than one): only what stands in the lane's left part is asked about.
    inside = [m for m in RUN.finditer(line) if m.start() < block.edge + measure and m.end() > block.edge]
    if not inside:
        return True
    if len(inside) > 1:
        return False
    start, text = inside[0].start(), inside[0].group()
    # A run holding no mark of running text, with nothing at the lane's edge in the rows under
    # it, is a headline's first line (the next article's title under a box's first column, which
    # went on in the box's next column): development sets' -layout article F1 evaluation set
    # 0.8947 -> 0.8952, seeds 1001 0.9006 -> 0.9014, 1003 0.8777 -> 0.8785, 1005 0.8563 ->
    # 0.8583, 1013 0.8815 -> 0.8817. Asked of every run, 0.8956, 0.9014, 0.8790, 0.8583, 0.8812.
    if headline_like(text) and not column_goes_on(block, row, lines):
        return False
    if closed:
        return _next_paragraph(block, start, text, measure)
    if abs(start - block.edge) > FAR_EDGE_SLACK:
        return False
    # A paragraph's last line (short, ending a sentence) is the column's text as surely as a full
    # one: no headline ends on a sentence's mark.
    last_line = text.rstrip()[-1:] in SENTENCE_CLOSERS and BYLINE_PREFIX.match(text) is None and run_width(text) <= measure
    return last_line or run_width(text) >= measure - RUNON_SHORT_CHARS


def headline_like(text: str) -> bool:
    """A run holding no mark of running text and closing no bracket it did not open (the tail of
    a credit, 「何春生）」, is a text's last words), nor a notice's signing office or date, nor a
    jump note: a headline's line, or a line of text that only the lines around it tell from one."""
    if not RUNNING_TEXT_MARKS.isdisjoint(text):
        return False
    if text.count("）") + text.count(")") > text.count("（") + text.count("("):
        return False
    line = text.strip()
    return not is_signing_office(line) and date_line(line) is None and not is_jump_line(line)


def column_goes_on(block: Lane, row: int, lines: Sequence[str]) -> bool:
    """Whether a run starts at the lane's edge (a paragraph's indent allowed) within
    LANE_BREAK_ROWS rows under ``row``: a column's lines follow one another at a row or two, where
    a headline's next line in large type, or the text under it, stands further down."""
    for below in lines[row + 1 : row + 1 + LANE_BREAK_ROWS]:
        for m in RUN.finditer(below):
            if -FAR_EDGE_SLACK <= m.start() - block.edge <= INDENT_MAX_POSITIONS:
                return True
    return False


def _next_paragraph(block: Lane, start: int, text: str, measure: float) -> bool:
    """Whether a run of ``text`` at ``start``, the first inside the measure of a lane whose last
    line ends a sentence, opens the column's next paragraph: indented by a paragraph's indent
    from the lane's edge, filling the measure with it, and no byline (an article's first line
    is indented so as well, but its headline stands in the measure above it, Lane.crossed)."""
    return (
        INDENT_MIN_POSITIONS <= start - block.edge <= INDENT_MAX_POSITIONS
        and BYLINE_PREFIX.match(text) is None
        and run_width(text) + INDENT_CHARS >= measure - RUNON_SHORT_CHARS
    )
