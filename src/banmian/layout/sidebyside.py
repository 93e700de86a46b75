"""Columns printed side by side (``pdftotext -layout``), read apart into column text.

A layout-preserving dump pads every output line with spaces so that text keeps its horizontal
place: the columns of a page stand side by side on one line, separated by runs of spaces, and a
column that sets its lines on other baselines than its neighbours shows on rows of its own::

    河湾村新修的文化广场正式启用                     简 讯
       本报讯（记者林晓）河湾      的人越来越多，大家         石桥镇秋粮喜获
    村新修的文化广场昨天正        的精神头也更足了。
                                                   丰收
    式启用，村民们在广场上          下一步，村里还将

Every rule of the engine reads a line as one column's line, so such a page is read apart first:

* detection: many lines hold an inner gap of several spaces (a word gap is one space; the
  extractor never prints three inside a column's text), which no flowing dump has;
* splitting: each line is cut into runs at such gaps, but for the phrase space of a letter-spaced
  title in large type (lanes.row_runs: evaluation set -layout title 0.7922 -> 0.7933, seed-1001
  pages 0.7739 -> 0.7772, held-out 0.7835 -> 0.7864, article F1 up on all three), and on a page
  whose full lines reach over their measure (Founder's squeezed marks) also at one space by the
  next column's edge (layout.gutters); a run joins the column *lane* whose left
  edge lies within LANE_TOLERANCE positions of its start (a CJK character is one position but the
  extractor places runs by their physical x, so a lane's start wavers by a few positions, and an
  indent moves it by two or three), or else the lane whose measure holds it (a line set flush
  right or centred in its column: a jump note, a byline, a headline's second line; a lane of one
  line only on the next row); a lane ends
  where its next run is more than LANE_BREAK_ROWS rows down (layout.laneends.LANE_FAR_ROWS when
  its last line fills the measure and stops mid-sentence, nothing else stands in it between and
  the next run fills it too, or ends a paragraph, or opens the next after a sentence's end;
  HEADLINE_FAR_ROWS for a headline's next line in large type, laneheads.headline_runs_on:
  evaluation set -layout title 0.7743 -> 0.7770, seed-1001 pages 0.7614 -> 0.7635, held-out
  0.7692 -> 0.7710, article F1 unchanged; without asking that no text goes on under the next line,
  titles 0.7808 but article F1 0.8721 -> 0.8695, a column's first line taken for a title's), at
  PAGE_BREAK_ROWS blank rows across the page, at a run far wider than its
  lines after two empty rows (a headline), or above a headline set apart from the text above it
  over a byline (another article's title under the end of a column), at a headline over its
  byline a lane's farthest step below it, and across no row where a stretch starting on its left
  may reach over it (layout.laneends), and on the page's first
  row when that row is its header (a piece of it is furniture: a date, the section, the page
  number), which a lane would otherwise read on into the headline below it (evaluation set
  article F1 0.8716 -> 0.8721 for the pieces that are furniture alone, 0.8725 for every piece of
  the row, seed-1001 pages 0.8674 -> 0.8685, held-out 0.8620 -> 0.8633; ending the lane of every
  run on a first row of headlines split them, title accuracy 0.7743 -> 0.7683);
* ordering (layout.blockorder): the lanes' stretches (blocks) are read in the order a reader takes: a block above
  another that it overlaps horizontally comes first (a headline before the columns under it, a
  column's upper stretch before its lower), and of two blocks side by side in height the left one
  comes first; blocks free of both rules go top to bottom, left to right (after Breuel, "High
  performance document layout analysis", 2003), so an article's columns are read before the
  article below them;
* the header row's pieces are read first, left to right, as the flowing mode prints a header
  (evaluation set -layout article F1 0.8725 -> 0.8759, title 0.7781 -> 0.7835, kicker 0.7245 ->
  0.7338; seed-1001 pages 0.8685 -> 0.8704; held-out 0.8633 -> 0.8662): read in the blocks'
  order, a section label fell among the columns and was taken for a kicker;
* a photo's title, a short block over the photo, is read right before the caption under the
  photo rather than before the blocks beside the photo (layout.lanereading);
* each block is printed as a pdftotext block (its runs one a line, a blank line after it, none
  before an article's next column that opens a paragraph after a sentence end), each
  run keeping the number of the source line it came from (segment.renumber maps provenance); a
  line opening with a byline (本报讯……) starts a block of its own, so that the headline over it
  stands apart as pdftotext's flowing mode prints it, and a note sending the text on to another
  page (下转第二版) ends its block.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from banmian.fields.dates import date_line
from banmian.fields.furniture import classify_furniture
from banmian.fields.jump import find_jump, is_jump_line
from banmian.fields.notice import is_formal_notice_title
from banmian.fields.openings import BYLINE_PREFIX
from banmian.layout.blockorder import PAGE_BREAK_ROWS, reading_order
from banmian.layout.digits import JoinedLine
from banmian.layout.gutters import lane_edges, overflowing, split_at_edges
from banmian.layout.laneends import (
    column_goes_on,
    head_over_byline,
    headline_like,
    runs_on_far,
    starts_across,
)
from banmian.layout.laneheads import headline_runs_on, headlines_set_apart, subtitle_under
from banmian.layout.lanereading import continues_beside, heads_over, titles_over_bylines
from banmian.layout.lanes import (
    INDENT_MAX_POSITIONS,
    INDENT_MIN_POSITIONS,
    LANE_BREAK_ROWS,
    LANE_TOLERANCE,
    MIN_MEASURE_RUNS,
    RUN_GAP,
    TWO_PHRASES,
    Lane,
    lane_measure,
    refit,
    row_runs,
    run_width,
)

#: A page is side by side when at least this share of its non-blank lines hold such a gap. A
#: multi-column page in layout mode has most lines holding one, a fifth when a wide photo or a
#: one-column piece fills most of it; a flowing dump has none (not one line in the evaluation set's
#: 400 pdftotext and pdfium dumps, nor in the bundled samples).
MIN_GAPPED_SHARE = 0.1
#: ... and at least this many lines (a handful of gapped lines is a table or a header row).
MIN_GAPPED_LINES = 10
#: At that farthest step (two empty rows) a run wider than this many times the lane's median run
#: is not the column going on but a headline or kicker across the next article's columns: a
#: column's lines keep its measure. Any factor from 1.0 to 1.5 does as well (article F1 on the
#: layout set 0.694 -> 0.708-0.714; 1.2 best); at steps of two rows, which a column set between
#: its neighbour's lines takes at every line, the test cut columns apart (0.656). The lane's lines
#: are the wider of their median and its last line: a lane opening with its headline and byline
#: has a median short of its text's measure, and its next text line was cut off as a headline
#: (seed-1001 -layout pages article F1 0.8367 -> 0.8399, evaluation set 0.8591 -> 0.8599).
WIDE_RUN_FACTOR = 1.2
#: Lines (runs) a headline over a byline may take in a lane: a kicker, a title of two lines, a
#: subtitle. Article F1 on the evaluation set's -layout pages 0.8317 at two, 0.8326 at three,
#: 0.8331 at four (0.8270 without the cut).
HEAD_OVER_BYLINE_RUNS = 4
#: ... and runs of text the lane must hold above it: a column's stretch, not a stack of headline
#: lines (whose kicker or subtitle stands apart by its leading). At three runs 0.8309 (title 0.6999,
#: kicker 0.6632 against 0.7065 and 0.6859 without the cut), five 0.8331, six 0.8326 (title
#: 0.7130), eight 0.8321, ten 0.8323 (with three headline runs). Asking for a step of three rows
#: or more at the headline gave 0.8304; cutting before the byline itself where the headline is not
#: in the lane, 0.8326.
HEAD_TEXT_RUNS = 6
# Gaps are of ASCII spaces (lanes.RUN).
_GAP = re.compile(rf"[^ ] {{{RUN_GAP},}}[^ ]")


def is_side_by_side(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are a layout-preserving dump with columns side by side."""
    if " " * RUN_GAP not in "\n".join(lines):
        return False  # no gap anywhere: one scan settles nearly every page
    filled = [line for line in lines if line.strip()]
    gapped = sum(1 for line in filled if _GAP.search(line.strip()))
    return gapped >= MIN_GAPPED_LINES and gapped >= MIN_GAPPED_SHARE * len(filled)


@dataclass(frozen=True, slots=True)
class ColumnText:
    """A layout dump read column by column."""

    lines: list[JoinedLine]
    #: Indices into ``lines`` of the runs printed a paragraph's indent in from their column's margin
    #: (``_text_margin``): first lines, for the paragraph rule (segment.paragraphs.ParagraphMarks).
    indented: frozenset[int]


def read_side_by_side(lines: Sequence[str]) -> list[JoinedLine]:
    """The page read column by column: each run a line (its source line kept), blocks apart."""
    return read_columns(lines).lines


def read_columns(lines: Sequence[str]) -> ColumnText:
    """``read_side_by_side``, with the runs that open a paragraph by their indent."""
    blocks = _blocks(lines)
    out: list[JoinedLine] = []
    indented: set[int] = set()
    boxes = [(b.left, b.right, b.top, b.bottom) for b in blocks]
    prev = None
    # A block ending on a date alone (a notice's office and date in a lane of their own) is no
    # headline that the column under it goes before: read so, the notice lost its closing to the
    # article below it (-layout article F1: evaluation set 0.8943 -> 0.8947, seeds 1001 0.9001 ->
    # 0.9006, 1003 0.8766 -> 0.8777, 1005 0.8560 -> 0.8563, 1013 0.8805 -> 0.8815).
    dated = frozenset(k for k, b in enumerate(blocks) if date_line(b.runs[-1][2]) is not None)
    order = titles_over_bylines(blocks, heads_over(blocks, reading_order(boxes, [len(b.runs) for b in blocks], dated)))
    header = _header_blocks(blocks)
    for k in [*sorted(header, key=lambda k: blocks[k].left), *(k for k in order if k not in header)]:
        block = blocks[k]
        if prev is not None and out and not out[-1].text and continues_beside(prev, block):
            out.pop()
        prev = block
        # A run's own indent (two or three positions in from its column's edge) is not printed: the
        # engine sees a paragraph's first line by its width as it does in a flowing dump, and two
        # leading spaces made it read indents on some pages only (article F1 0.61 with, 0.65 without;
        # 0.845 against 0.867 in round 19). The indent is handed to the paragraph rule alone.
        above: tuple[int, str] | None = None
        margin = _text_margin(block)
        for row, start, text in block.runs:
            if above is not None and _block_ends_between(above[1], text):
                out.append(JoinedLine("", above[0] + 1, above[0] + 1))
            if margin is not None and INDENT_MIN_POSITIONS <= start - margin <= INDENT_MAX_POSITIONS:
                indented.add(len(out))
            out.append(JoinedLine(text, row + 1, row + 1))
            above = (row, text)
        out.append(JoinedLine("", block.bottom + 1, block.bottom + 1))
    return ColumnText(out, frozenset(indented))


def _text_margin(block: Lane) -> int | None:
    """Where most of a column's lines start (None for a lane of a few runs: a headline's): the
    margin its paragraphs' first lines are indented from. Not the lane's edge, the leftmost start:
    a line opening with digits may be placed a position or two left of the others."""
    if len(block.runs) < MIN_MEASURE_RUNS:
        return None
    return Counter(start for _, start, _ in block.runs).most_common(1)[0][0]


def _header_blocks(blocks: list[Lane]) -> set[int]:
    """The blocks of the page's header row (``_blocks`` ends their lanes there): read first, left
    to right, as the extractor's flowing mode prints a header, so that its pieces stand together
    (a section label beside the page number) and none falls among an article's columns."""
    if not blocks:
        return set()
    top = min(b.top for b in blocks)
    row = [k for k, b in enumerate(blocks) if b.top == b.bottom == top]
    if not any(classify_furniture(blocks[k].runs[0][2].strip()) for k in row):
        return set()
    return set(row)


def _block_ends_between(above: str, text: str) -> bool:
    """Whether the lane's block ends between ``above`` and ``text``: under a note sending the
    article on to another page (下转第二版), which ends its text there, or over a headline's byline
    (_headline_ends_above)."""
    if (jump := find_jump(above)) is not None and jump.direction == "to" and is_jump_line(above):
        return True
    return _headline_ends_above(above, text)


def _headline_ends_above(above: str, text: str) -> bool:
    """Whether a block ends above ``text``, a line opening with a byline or dateline (本报讯……):
    what stands above it in its lane, tight, is the article's headline, which pdftotext's flowing
    mode prints as a block of its own and the engine reads as one (the lane had run the headline
    into its text, and the engine read it as the text's first sentence). A title of two phrases
    side by side (「修好乡村公路 方便群众出行」) stays tight over it: the engine tells such a title
    from a slogan banner by its sitting tight over the byline (segment.assign)."""
    return BYLINE_PREFIX.match(text) is not None and TWO_PHRASES.search(above) is None


def _blocks(lines: Sequence[str]) -> list[Lane]:
    """Every run of the page put in a lane; a lane's stretches as blocks, in order of their end."""
    done: list[Lane] = []
    open_: list[Lane] = []
    blank_rows = 0
    first_row = next((row for row, line in enumerate(lines) if line.strip()), -1)
    rows = [row_runs(line) for line in lines]
    edges = lane_edges(rows)
    if not overflowing(rows, edges):
        edges = []
    for row, line in enumerate(lines):
        if not line.strip():
            blank_rows += 1
            if blank_rows >= PAGE_BREAK_ROWS:
                done += open_
                open_ = []
            continue
        blank_rows = 0
        still: list[Lane] = []
        for block in open_:
            near_enough = row - block.last_row <= LANE_BREAK_ROWS
            goes_on = near_enough or runs_on_far(block, row, line, lines) or headline_runs_on(block, row, lines)
            (still if goes_on else done).append(block)
        open_ = still
        taken: set[int] = set()
        placed: list[tuple[int, int]] = []
        starts: list[int] = []  # runs opening a lane's stretch on this row
        for start, text in split_at_edges(rows[row], edges):
            if not text.strip():
                continue  # ideographic spaces alone: nothing to read
            near = [
                (abs(start - b.edge), k)
                for k, b in enumerate(open_)
                if k not in taken and abs(start - b.edge) <= LANE_TOLERANCE
            ]
            inside = [] if near else [k for k, b in enumerate(open_) if k not in taken and b.covers(start, text, row)]
            if not near and not inside:
                inside = [k for k, b in enumerate(open_) if k not in taken and subtitle_under(b, row, start, text)]
            if near and (
                _cuts_across(open_[min(near)[1]], row, text, lines)
                or head_over_byline(open_[min(near)[1]], row, start, text, lines)
                or (text[:1] == "关" and is_formal_notice_title(text))
            ):
                # Under two empty rows, a run wider than the lane's lines (a headline or kicker
                # across the columns of the next article), or a headline over its byline
                # (layout.laneends), or a notice's formal title (「关于……的通告」, which heads a notice
                # wherever it stands: fields.notice; -layout article F1 seeds 1003 0.8813 -> 0.8825,
                # 1005 0.8616 -> 0.8630, 1013 0.8835 -> 0.8838, the evaluation set and seed 1001
                # unchanged): the lane's stretch ends above it.
                k = min(near)[1]
                done.append(open_[k])
                open_[k] = block = Lane(edge=start)
                starts.append(start)
            elif near:
                k = min(near)[1]
                block = open_[k]
                head = _headline_start(block, row, text)
                if head is not None:
                    # A headline over this byline, set apart from the column above it in the lane
                    # (another article's text): the lane's stretch ends above the headline, which
                    # begins the next one, and the order reads the neighbour's columns first.
                    done.append(Lane(runs=block.runs[:head]))
                    open_[k] = block = Lane(runs=block.runs[head:])
                    refit(done[-1])
                    refit(block)
            elif inside:
                # A run set inside a lane's measure, not at its edge: a line set flush right or
                # centred (a jump note, a byline, a headline's second line) goes on with the lane.
                k = inside[0]
                block = open_[k]
            else:
                block = Lane(edge=start)
                open_.append(block)
                k = len(open_) - 1
                starts.append(start)
            taken.add(k)
            placed.append((start, start + len(text)))
            block.crossed = False
            block.runs.append((row, start, text))
            block.edge = min(block.edge, start) if len(block.runs) > 1 else start
            block.right = max(block.right, start + len(text))
            block.last_row = row
        for k, block in enumerate(open_):
            # A run another lane took on this row, inside this lane's measure (a headline across
            # it, the next article's text), or a stretch starting left of it that may reach over
            # it (layout.laneends): the lane's text no longer goes on under it far down.
            if k not in taken and not block.crossed and len(block.runs) >= MIN_MEASURE_RUNS:
                block.crossed = _stands_inside(block, placed) or starts_across(block, row, starts, placed, lines)
        if row == first_row and any(classify_furniture(b.runs[-1][2].strip()) for b in open_):
            # The page's first row is its header (it holds a date, a section or a page number):
            # every piece of it ends its lane there, so that no lane reads the header on into a
            # headline below it. A first row of headlines stays: their next lines go on.
            done += open_
            open_ = []
    return headlines_set_apart(done + open_)


def _stands_inside(block: Lane, placed: list[tuple[int, int]]) -> bool:
    """Whether one of the row's runs (start, end positions) lies inside the lane's measure (the
    cheap test against its right edge first)."""
    if not any(x0 < block.right and x1 > block.edge for x0, x1 in placed):
        return False
    reach = block.edge + lane_measure(block)
    return any(x0 < reach and x1 > block.edge for x0, x1 in placed)


def _headline_start(block: Lane, row: int, text: str) -> int | None:
    """Where, among the lane's runs, the headline over ``text`` (on ``row``) begins, when ``text``
    opens with a byline (本报讯……) and that headline stands apart from a column of text above it
    in the lane: the topmost of the last HEAD_OVER_BYLINE_RUNS runs that lies further below the
    run above it than the lane's lines lie apart (the median step), with at least
    HEAD_TEXT_RUNS runs above it. None when nothing stands apart so (the headline may stand tight
    over its byline, or the lane holds nothing but the headline)."""
    runs = block.runs
    if BYLINE_PREFIX.match(text) is None or len(runs) <= HEAD_TEXT_RUNS:
        return None
    steps = sorted(runs[k][0] - runs[k - 1][0] for k in range(1, len(runs)))
    rhythm = steps[len(steps) // 2]
    for j in range(max(HEAD_TEXT_RUNS, len(runs) - HEAD_OVER_BYLINE_RUNS), len(runs)):
        if runs[j][0] - runs[j - 1][0] > rhythm:
            return j
    return None


def _cuts_across(block: Lane, row: int, text: str, lines: Sequence[str]) -> bool:
    """Whether a run of ``text`` on ``row``, the farthest below the lane's last run that the lane
    still reaches, is wider than the lane's lines (their median, once it has a few, or its last
    line where that is wider: a headline and byline at the lane's top pull the median down), or
    holds no mark of running text with nothing at the lane's edge under it (laneends.headline_like,
    laneends.column_goes_on): a headline's first line, as far under the column's last line. That
    second test, on the development sets' -layout pages: article F1 evaluation set 0.8952 ->
    0.8974, seeds 1001 0.9014 -> 0.9026, 1003 0.8785 -> 0.8813, 1005 0.8583 -> 0.8616, 1013 0.8817
    -> 0.8835, title accuracy up on four (evaluation set 0.8177 -> 0.8215); kicker F1 down on three
    (evaluation set 0.7572 -> 0.7450, seeds 1001 -0.0056, 1003 -0.0073), where a stack's lines read
    in another order. Without the signing office, the date and the jump note left out of
    ``headline_like``, jump accuracy fell on three sets (evaluation set -0.0082)."""
    if len(block.runs) < MIN_MEASURE_RUNS or row - block.last_row < LANE_BREAK_ROWS:
        return False
    if run_width(text) > WIDE_RUN_FACTOR * max(lane_measure(block), run_width(block.runs[-1][2])):
        return True
    return headline_like(text) and not column_goes_on(block, row, lines)
