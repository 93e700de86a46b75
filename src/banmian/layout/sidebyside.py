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
* splitting: each line is cut into runs at such gaps; a run joins the column *lane* whose left
  edge lies within LANE_TOLERANCE positions of its start (a CJK character is one position but the
  extractor places runs by their physical x, so a lane's start wavers by a few positions, and an
  indent moves it by two or three), or else the lane whose measure holds it (a line set flush
  right or centred in its column: a jump note, a byline, a headline's second line; a lane of one
  line only on the next row); a lane ends
  where its next run is more than LANE_BREAK_ROWS rows down (LANE_FAR_ROWS when its last line
  fills the measure and stops mid-sentence, nothing else stands in it between and the next run
  fills it too), at PAGE_BREAK_ROWS blank rows across the page, at a run far wider than its
  lines after two empty rows (a headline), or above a headline set apart from the text above it
  over a byline (another article's title under the end of a column);
* ordering (layout.blockorder): the lanes' stretches (blocks) are read in the order a reader takes: a block above
  another that it overlaps horizontally comes first (a headline before the columns under it, a
  column's upper stretch before its lower), and of two blocks side by side in height the left one
  comes first; blocks free of both rules go top to bottom, left to right (after Breuel, "High
  performance document layout analysis", 2003), so an article's columns are read before the
  article below them;
* a photo's title, a short block over the photo, is read right before the caption under the
  photo rather than before the blocks beside the photo (_heads_over);
* each block is printed as a pdftotext block (its runs one a line, a blank line after it, none
  before an article's next column that opens a paragraph after a sentence end), each
  run keeping the number of the source line it came from (segment.renumber maps provenance); a
  line opening with a byline (本报讯……) starts a block of its own, so that the headline over it
  stands apart as pdftotext's flowing mode prints it, and a note sending the text on to another
  page (下转第二版) ends its block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from banmian.fields.jump import find_jump, is_jump_line
from banmian.fields.openings import BYLINE_PREFIX
from banmian.layout.blockorder import MAX_ORDERED_BLOCKS, PAGE_BREAK_ROWS, reading_order
from banmian.layout.digits import JoinedLine
from banmian.layout.lines import CAPTION_CUE

#: Spaces (characters) that separate two columns' runs on one line. Measured on layout dumps of
#: the evaluation set: inside a column's text pdftotext prints one space (around digits and Latin,
#: in letter-spaced headings) and two almost never (a photo credit after its caption); between
#: columns it prints three or more.
RUN_GAP = 3
#: A page is side by side when at least this share of its non-blank lines hold such a gap. A
#: multi-column page in layout mode has most lines holding one, a fifth when a wide photo or a
#: one-column piece fills most of it; a flowing dump has none (not one line in the evaluation set's
#: 400 pdftotext and pdfium dumps, nor in the bundled samples).
MIN_GAPPED_SHARE = 0.1
#: ... and at least this many lines (a handful of gapped lines is a table or a header row).
MIN_GAPPED_LINES = 10
#: How far (positions) a run may start from its lane's left edge and still belong to it: the
#: start wavers by one or two positions with the characters before it, a paragraph's indent adds
#: two or three; the next column starts a column's width (ten positions and more) further on.
LANE_TOLERANCE = 5
#: A lane's stretch ends when its next run lies more than this many rows below its last one. A
#: column set on other baselines than its neighbour's skips a row at every line, and two empty
#: rows are as often still the column as a gap: on the layout set's lanes the text ran on across
#: 712 of 1305 steps of three rows and 132 of 380 steps of four. Ending lanes at steps of three
#: cut columns apart (article F1 0.60 on the layout set); at four (this value) 0.67, at five 0.67.
LANE_BREAK_ROWS = 3
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
#: A paragraph's first line is indented by two characters: such a line fills the measure when it
#: is two characters short of it. Without it, article F1 0.8082 instead of 0.8095.
INDENT_CHARS = 2
#: ... and it starts at least this many positions right of its lane's edge (an indent of two
#: characters takes three positions, a line's start wavers by one).
INDENT_MIN_POSITIONS = 2
#: Positions the next run may start off its lane's edge to go on with the lane across those rows:
#: a column's lines start at its edge (an indented line is a paragraph's first, not a column's
#: next line after a gap). 0, 1 and 2 gave article F1 0.8173, 0.8175 and 0.8166.
FAR_EDGE_SLACK = 1
#: Characters a line may fall short of its lane's median run and still fill the measure (a line
#: ending on a figure or Latin word set a position or so short). At 0 article F1 0.788, at 2 0.790.
RUNON_SHORT_CHARS = 1
#: At that farthest step (two empty rows) a run wider than this many times the lane's median run
#: is not the column going on but a headline or kicker across the next article's columns: a
#: column's lines keep its measure. Any factor from 1.0 to 1.5 does as well (article F1 on the
#: layout set 0.694 -> 0.708-0.714; 1.2 best); at steps of two rows, which a column set between
#: its neighbour's lines takes at every line, the test cut columns apart (0.656). The lane's lines
#: are the wider of their median and its last line: a lane opening with its headline and byline
#: has a median short of its text's measure, and its next text line was cut off as a headline
#: (seed-1001 -layout pages article F1 0.8367 -> 0.8399, evaluation set 0.8591 -> 0.8599).
WIDE_RUN_FACTOR = 1.2
#: Width (characters) of a digit, Latin letter or half-width mark in a run: half a CJK character.
#: Counting every character as one (and the spaces around digits), a column's line holding a date
#: read wider than its measure and cut the lane under a gap as a headline would: article F1 on the
#: evaluation set's -layout pages 0.8088 -> 0.8175 counting widths (held-out 0.8148 -> 0.8136).
RUN_WIDTH_NARROW = 0.5
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
#: A block read right after another runs on from it without a blank line between when it is
#: that block's article's next column opening a paragraph (_continues_beside): both blocks hold at
#: least this many runs (a column's stretch, not a headline of one to three lines) ...
NEXT_COLUMN_MIN_RUNS = 4
#: ... the next column starts at most this many positions left of the block's right end (a title
#: over the first column, counted a position a character, reaches a position or two into the next
#: column's start: the first column's title over 17 positions, the next column starting at 16; at
#: 0 article F1 on the seed-1001 -layout pages 0.8433 instead of 0.8447) ...
NEXT_COLUMN_OVERLAP_POSITIONS = 2
#: ... the next column's top is at most this many rows under the block's top (an article's columns
#: start level, the first a row or a few lower under its title or beside its byline) ...
NEXT_COLUMN_TOP_ROWS = 6
#: ... and their bottoms lie at most this many rows apart (an article's columns end level). On the
#: seed-1001 -layout pages article F1 0.8399 -> 0.8447 (title 0.7066 -> 0.7083, jump 0.7878 ->
#: 0.8020; kicker 0.6863 -> 0.6847), evaluation set 0.8599 -> 0.8608, seed-1002 0.8405 -> 0.8430;
#: ten and six rows gave the same on seed-1001. Running on also a column that ends mid-sentence
#: into the next lowered the evaluation set (0.8574) and seed-1002 (0.8419).
NEXT_COLUMN_BOTTOM_ROWS = 3
#: A photo's title is read right before the caption under the photo (_heads_over): the title
#: block holds at most this many runs (a title of one to three lines) ...
PHOTO_TITLE_MAX_RUNS = 3
#: ... the caption's block starts more than this many rows under it (a photo between; a
#: headline's leading over its text, or its subtitle, takes one to four; with the quote reading
#: below, article F1 on the seed-1001 -layout pages 0.8545 at two rows, 0.8552 at four, 0.8557 at
#: six with title 0.7329 against 0.7334) ...
PHOTO_GAP_ROWS = 4
#: ... and holds a caption cue (图为, 摄) within this many runs of its top. On the seed-1001 -layout
#: pages article F1 0.8447 -> 0.8514, title 0.7083 -> 0.7247, caption 0.7468 -> 0.7881 (banner
#: 0.8606 -> 0.8526); with the quote reading below, a cue within two runs 0.8518, four 0.8552,
#: eight 0.8552 (title 0.7340 against 0.7334); without the cue (any block under a photo-sized
#: gap) 0.8443, evaluation set 0.8516; with no gap asked, 0.8399. A title ending on a closing
#: quotation mark or bracket right after a word (a quoted phrase, a column's label) counts as one,
#: not as a sentence's end: 0.8514 -> 0.8552 (caption 0.7881 -> 0.8062; jump 0.8056 -> 0.8020).
#: The same reading of a lane's last line for LANE_FAR_ROWS lowered the evaluation set (0.8599 ->
#: 0.8596).
CAPTION_CUE_RUNS = 4
#: Runs a lane needs before its median says what its measure is.
MIN_MEASURE_RUNS = 3
#: Positions a run set flush right in a column may reach past the lane's measure: the measure
#: counts a character as one position where the page gives a CJK character about 1.6, so a note
#: of seven to nine characters set flush right ends four or five positions past it. Taking such
#: runs into their column: jump notes found 0.38 -> 0.62, article F1 0.668 -> 0.694 (layout set).
COVER_SLACK = 4
#: Rows under a lane of one run within which a run inside its measure still joins it. A banner or
#: headline across several columns measures as wide as its line, and the first lines of the
#: columns under it, two or three rows lower, fell inside it and were read as its lines: article
#: F1 on the evaluation set's -layout pages 0.8331 -> 0.8389 (title 0.7135 -> 0.7162, jump 0.8359
#: -> 0.8480; kicker 0.6890 -> 0.6865, subtitle 0.7571 -> 0.7553, banner 0.8547 -> 0.8511); at two
#: rows 0.8375 (subtitle 0.7583); asking two runs of every lane that covers a run, 0.8372.
SINGLE_RUN_COVER_ROWS = 1
# Runs and gaps are of ASCII spaces, the padding the extractor adds: an ideographic space (U+3000)
# printed by the page (an indent, a gap in a byline) stays inside its run.
# Marks a line that ends a sentence, a quotation or a bracket ends on: after one the text may
# well stop there (a paragraph's or an article's last line).
_SENTENCE_CLOSERS = frozenset("。！？；：”’」』）)…")
# Closing quotation marks and brackets: they end a sentence only right after a mark that ends one.
_QUOTE_CLOSERS = frozenset("”’」』）)")
# Two CJK phrases side by side, a space between them: a title of two phrases.
_TWO_PHRASES = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]")
# Characters below this code point are narrow (ASCII, Latin, half-width marks).
_FULL_WIDTH_FROM = "\u2000"
_RUN = re.compile(rf"[^ ]+(?: {{1,{RUN_GAP - 1}}}[^ ]+)*")
_GAP = re.compile(rf"[^ ] {{{RUN_GAP},}}[^ ]")


def is_side_by_side(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are a layout-preserving dump with columns side by side."""
    if " " * RUN_GAP not in "\n".join(lines):
        return False  # no gap anywhere: one scan settles nearly every page
    filled = [line for line in lines if line.strip()]
    gapped = sum(1 for line in filled if _GAP.search(line.strip()))
    return gapped >= MIN_GAPPED_LINES and gapped >= MIN_GAPPED_SHARE * len(filled)


@dataclass(slots=True)
class _Block:
    """One lane's stretch: its runs (row, start, text) top to bottom."""

    runs: list[tuple[int, int, str]] = field(default_factory=list)
    edge: int = 0
    #: Rightmost position of its runs, counting a character as one position: a CJK character takes
    #: about 1.6 on the page, so this is short of the true right edge on purpose. Blocks then
    #: overlap only where a run truly reaches over another column (a headline across it); taking
    #: the page width made every line of a column touch the next one and the order column-wise
    #: gave way (article F1 on the layout set 0.57 with 1.6 positions a character, 0.65 with 1).
    right: int = 0
    last_row: int = 0
    #: Whether a run taken by another lane has stood inside this lane's measure since its last run.
    crossed: bool = False

    @property
    def top(self) -> int:
        return self.runs[0][0]

    @property
    def bottom(self) -> int:
        return self.runs[-1][0]

    def covers(self, start: int, text: str, row: int) -> bool:
        """Whether a run of ``text`` at ``start`` on ``row`` ends inside the lane's measure (its
        median run's length from its edge), as a line set flush right in the column does. A lane
        of one run (a headline's or banner's line) takes only a run on the next row: a headline's
        second line stands right under its first, where a run further down inside a banner's wide
        measure is the top of a column under it (SINGLE_RUN_COVER_ROWS)."""
        if len(self.runs) == 1 and row - self.last_row > SINGLE_RUN_COVER_ROWS:
            return False
        widths = sorted(len(t) for _, _, t in self.runs)
        return self.edge < start and start + len(text) <= self.edge + widths[len(widths) // 2] + COVER_SLACK

    @property
    def left(self) -> int:
        return min(start for _, start, _ in self.runs)


def read_side_by_side(lines: Sequence[str]) -> list[JoinedLine]:
    """The page read column by column: each run a line (its source line kept), blocks apart."""
    blocks = _blocks(lines)
    out: list[JoinedLine] = []
    boxes = [(b.left, b.right, b.top, b.bottom) for b in blocks]
    prev = None
    for k in _heads_over(blocks, reading_order(boxes, [len(b.runs) for b in blocks])):
        block = blocks[k]
        if prev is not None and out and not out[-1].text and _continues_beside(prev, block):
            out.pop()
        prev = block
        # A run's own indent (two or three positions in from its column's edge) is not printed: the
        # engine sees a paragraph's first line by its width as it does in a flowing dump, and two
        # leading spaces made it read indents on some pages only (article F1 0.61 with, 0.65 without).
        above: tuple[int, str] | None = None
        for row, _, text in block.runs:
            if above is not None and _block_ends_between(above[1], text):
                out.append(JoinedLine("", above[0] + 1, above[0] + 1))
            out.append(JoinedLine(text, row + 1, row + 1))
            above = (row, text)
        out.append(JoinedLine("", block.bottom + 1, block.bottom + 1))
    return out


def _heads_over(blocks: list[_Block], order: list[int]) -> list[int]:
    """``order`` with each photo's title read right before the caption under it.

    A photo's title stands over the photo and its caption under it, so the lanes end at the photo
    and its title is a block of its own, rows above the caption's block; the reading order then
    reads the blocks beside the photo between them (another photo's caption, a column of text),
    and the engine paired the title with the wrong caption. A short block (at most
    PHOTO_TITLE_MAX_RUNS runs, no sentence end: a title, not a caption or a column's end), under
    some block (not the page's header), whose first block below in its reading lies more than
    PHOTO_GAP_ROWS rows lower with nothing between and holds a caption cue (图为, 摄) within its
    first CAPTION_CUE_RUNS runs, is moved to just before that block. A title of two phrases side by
    side (a slogan banner's shape) and one with its dash-led subtitle right under it stay.
    """
    if len(blocks) > MAX_ORDERED_BLOCKS:
        return order
    order = list(order)
    for h, head in enumerate(blocks):
        if not _photo_title_shaped(head) or not _overlaps_above(blocks, head):
            continue
        under = [k for k, b in enumerate(blocks) if b.top > head.bottom and _level_with(head, b)]
        if not under:
            continue
        u = min(under, key=order.index)
        caption = blocks[u]
        if order.index(h) > order.index(u) or caption.top - head.bottom <= PHOTO_GAP_ROWS:
            continue
        if CAPTION_CUE.search("".join(t for _, _, t in caption.runs[:CAPTION_CUE_RUNS])) is None:
            continue
        if any(head.bottom < b.top and b.bottom < caption.top and _level_with(head, b) for b in blocks):
            continue
        nxt = blocks[order[order.index(h) + 1]]
        if head.top <= nxt.top <= head.bottom + 1 and nxt.runs[0][2].startswith("—"):
            continue
        order.remove(h)
        order.insert(order.index(u), h)
    return order


def _photo_title_shaped(block: _Block) -> bool:
    """A block of a few runs, none ending or holding a sentence end, none of two phrases apart."""
    if len(block.runs) > PHOTO_TITLE_MAX_RUNS:
        return False
    return not any(_ends_sentence(t.rstrip()) or "。" in t or _TWO_PHRASES.search(t) for _, _, t in block.runs)


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends on a sentence's end: a closing mark, a closing quotation mark or
    bracket only right after another one (「……。」); one closing a quoted phrase or a title's
    label (致敬“夜行人”, ……（时评）) leaves it open."""
    if line[-1:] in _QUOTE_CLOSERS:
        return line[-2:-1] in _SENTENCE_CLOSERS
    return line[-1:] in _SENTENCE_CLOSERS


def _level_with(a: _Block, b: _Block) -> bool:
    """Whether two blocks share positions (one stands over the other)."""
    return a.left < b.right and b.left < a.right


def _overlaps_above(blocks: list[_Block], head: _Block) -> bool:
    """Whether some block stands above ``head`` (it is not in the page's header band)."""
    return any(b.bottom < head.top and _level_with(head, b) for b in blocks)


def _continues_beside(prev: _Block, block: _Block) -> bool:
    """Whether ``block``, read right after ``prev``, is the next column of the same article opening
    a new paragraph: it stands right of ``prev``, level with it (its top within
    NEXT_COLUMN_TOP_ROWS under ``prev``'s, its bottom within NEXT_COLUMN_BOTTOM_ROWS of ``prev``'s),
    ``prev`` ends a sentence (a column's last line, not a jump note), and ``block`` opens with an
    indented line and a second one, both filling its measure (a paragraph's first lines, not a
    headline's). The engine reads a column ending a sentence and a block after it as the end of
    one article and the start of another; one article's columns run on without a blank line between.
    """
    if block.left < prev.right - NEXT_COLUMN_OVERLAP_POSITIONS or min(len(block.runs), len(prev.runs)) < NEXT_COLUMN_MIN_RUNS:
        return False
    if not prev.top <= block.top <= prev.top + NEXT_COLUMN_TOP_ROWS:
        return False
    if abs(block.bottom - prev.bottom) > NEXT_COLUMN_BOTTOM_ROWS:
        return False
    last = prev.runs[-1][2].rstrip()
    if last[-1:] not in _SENTENCE_CLOSERS or is_jump_line(last):
        return False
    _, start, first = block.runs[0]
    if BYLINE_PREFIX.match(first) is not None or start - block.edge < INDENT_MIN_POSITIONS:
        return False
    measure = _measure(block) - RUNON_SHORT_CHARS
    return _width(first) + INDENT_CHARS >= measure and _width(block.runs[1][2]) >= measure


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
    return BYLINE_PREFIX.match(text) is not None and _TWO_PHRASES.search(above) is None


def _blocks(lines: Sequence[str]) -> list[_Block]:
    """Every run of the page put in a lane; a lane's stretches as blocks, in order of their end."""
    done: list[_Block] = []
    open_: list[_Block] = []
    blank_rows = 0
    for row, line in enumerate(lines):
        if not line.strip():
            blank_rows += 1
            if blank_rows >= PAGE_BREAK_ROWS:
                done += open_
                open_ = []
            continue
        blank_rows = 0
        still: list[_Block] = []
        for block in open_:
            near_enough = row - block.last_row <= LANE_BREAK_ROWS
            (still if near_enough or _runs_on_far(block, row, line) else done).append(block)
        open_ = still
        taken: set[int] = set()
        placed: list[tuple[int, int]] = []
        for match in _RUN.finditer(line):
            start, text = match.start(), match.group()
            if not text.strip():
                continue  # ideographic spaces alone: nothing to read
            near = [
                (abs(start - b.edge), k)
                for k, b in enumerate(open_)
                if k not in taken and abs(start - b.edge) <= LANE_TOLERANCE
            ]
            inside = [] if near else [k for k, b in enumerate(open_) if k not in taken and b.covers(start, text, row)]
            if near and _cuts_across(open_[min(near)[1]], row, text):
                # Under two empty rows, a run wider than the lane's lines (a headline or kicker
                # across the columns of the next article): the lane's stretch ends above it.
                k = min(near)[1]
                done.append(open_[k])
                open_[k] = block = _Block(edge=start)
            elif near:
                k = min(near)[1]
                block = open_[k]
                head = _headline_start(block, row, text)
                if head is not None:
                    # A headline over this byline, set apart from the column above it in the lane
                    # (another article's text): the lane's stretch ends above the headline, which
                    # begins the next one, and the order reads the neighbour's columns first.
                    done.append(_Block(runs=block.runs[:head]))
                    open_[k] = block = _Block(runs=block.runs[head:])
                    _refit(done[-1])
                    _refit(block)
            elif inside:
                # A run set inside a lane's measure, not at its edge: a line set flush right or
                # centred (a jump note, a byline, a headline's second line) goes on with the lane.
                k = inside[0]
                block = open_[k]
            else:
                block = _Block(edge=start)
                open_.append(block)
                k = len(open_) - 1
            taken.add(k)
            placed.append((start, start + len(text)))
            block.crossed = False
            block.runs.append((row, start, text))
            block.edge = min(block.edge, start) if len(block.runs) > 1 else start
            block.right = max(block.right, start + len(text))
            block.last_row = row
        for k, block in enumerate(open_):
            # A run another lane took on this row, inside this lane's measure (a headline across
            # it, the next article's text): the lane's text no longer goes on under it far down.
            if k not in taken and not block.crossed and len(block.runs) >= MIN_MEASURE_RUNS:
                block.crossed = _stands_inside(block, placed)
    return done + open_


def _stands_inside(block: _Block, placed: list[tuple[int, int]]) -> bool:
    """Whether one of the row's runs (start, end positions) lies inside the lane's measure (the
    cheap test against its right edge first)."""
    if not any(x0 < block.right and x1 > block.edge for x0, x1 in placed):
        return False
    reach = block.edge + _measure(block)
    return any(x0 < reach and x1 > block.edge for x0, x1 in placed)


def _refit(block: _Block) -> None:
    """A block's edge, right and last row taken again from its runs (after a cut)."""
    block.edge = min(start for _, start, _ in block.runs)
    block.right = max(start + len(text) for _, start, text in block.runs)
    block.last_row = block.runs[-1][0]


def _headline_start(block: _Block, row: int, text: str) -> int | None:
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


def _width(text: str) -> float:
    """Width of a run in characters as printed: a CJK character or full-width mark counts one, a
    digit, Latin letter or half-width mark half, and the spaces the extractor prints around digits
    and Latin words nothing (「3 月开工以来，已完成 86」 is as wide as the column's other lines, not
    three characters wider)."""
    return sum(RUN_WIDTH_NARROW if ch < _FULL_WIDTH_FROM else 1.0 for ch in text if ch != " ")


def _measure(block: _Block) -> float:
    """The lane's measure: the median width of its runs."""
    widths = sorted(_width(t) for _, _, t in block.runs)
    return widths[len(widths) // 2]


def _runs_on_far(block: _Block, row: int, line: str) -> bool:
    """Whether the lane's text goes on further down, across up to LANE_FAR_ROWS rows, to ``row``
    of the page (``line``): its last line stops mid-sentence and fills the measure (an indented
    line counting its indent), nothing stands inside the measure on the rows between (each was
    asked in turn), and ``line`` holds inside it either nothing or one run at the lane's edge that
    fills the measure (no headline: a run wider than the lane's lines ends it, _cuts_across),
    and no run another lane took has stood inside the measure since its last run (a headline
    across it a row or two under its last line, _Block.crossed): article F1 0.8389 -> 0.8465,
    title 0.7162 -> 0.7233 on the evaluation set's -layout pages."""
    if row - block.last_row > LANE_FAR_ROWS or len(block.runs) < MIN_MEASURE_RUNS or block.crossed:
        return False
    _, last_start, last = block.runs[-1]
    last = last.rstrip()
    if last[-1:] in _SENTENCE_CLOSERS:
        return False
    measure = _measure(block)
    indent = INDENT_CHARS if last_start - block.edge >= INDENT_MIN_POSITIONS else 0
    if _width(last) + indent < measure - RUNON_SHORT_CHARS:
        return False
    # The measure in characters reaches short of the lane's right edge in positions (a character
    # takes more than one): only what stands in the lane's left part is asked about.
    inside = [m for m in _RUN.finditer(line) if m.start() < block.edge + measure and m.end() > block.edge]
    if not inside:
        return True
    if len(inside) > 1:
        return False
    start, text = inside[0].start(), inside[0].group()
    return abs(start - block.edge) <= FAR_EDGE_SLACK and _width(text) >= measure - RUNON_SHORT_CHARS


def _cuts_across(block: _Block, row: int, text: str) -> bool:
    """Whether a run of ``text`` on ``row``, the farthest below the lane's last run that the lane
    still reaches, is wider than the lane's lines (their median, once it has a few, or its last
    line where that is wider: a headline and byline at the lane's top pull the median down)."""
    if len(block.runs) < MIN_MEASURE_RUNS or row - block.last_row < LANE_BREAK_ROWS:
        return False
    return _width(text) > WIDE_RUN_FACTOR * max(_measure(block), _width(block.runs[-1][2]))
