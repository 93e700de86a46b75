"""How the blocks of a layout dump's lanes are read out, beyond their reading order.

layout.blockorder orders the blocks a reader takes them in; layout.sidebyside prints each as a
pdftotext block. Three shapes of the page need more than the order:

* a photo's title is a short block over the photo, rows above the caption under it, so the order
  reads the blocks beside the photo between them: it is read right before its caption
  (``heads_over``);
* a title a few rows over its article's byline is read right before it, when the columns of the
  article beside it start between the two rows (``titles_over_bylines``);
* an article's next column, opening a paragraph after a column that ends a sentence, would read
  as another article's text: it runs on from the column before it, without a blank line between
  (``continues_beside``).
"""

from __future__ import annotations

from banmian.fields.jump import is_jump_line
from banmian.fields.openings import BYLINE_PREFIX
from banmian.layout.blockorder import MAX_ORDERED_BLOCKS
from banmian.layout.lanes import (
    INDENT_CHARS,
    INDENT_MIN_POSITIONS,
    QUOTE_CLOSERS,
    RUNON_SHORT_CHARS,
    SENTENCE_CLOSERS,
    TWO_PHRASES,
    Lane,
    lane_measure,
    run_width,
)
from banmian.layout.lines import CAPTION_CUE, SUBTITLE_DASHES

#: A block read right after another runs on from it without a blank line between when it is
#: that block's article's next column opening a paragraph (continues_beside): both blocks hold at
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
#: A photo's title is read right before the caption under the photo (heads_over): the title
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
#: A title is read right before the byline under it (titles_over_bylines) when the byline's
#: block starts at most this many rows under the title: a title's leading over its first column.
#: At 4 rows, evaluation set -layout title 0.7938 -> 0.7916, held-out article F1 0.8692 -> 0.8679;
#: at 8, evaluation set article F1 0.8793 -> 0.8792 and seed-1001 pages 0.8733 -> 0.8726 (titles
#: up on those and on the held-out set).
TITLE_BYLINE_GAP_ROWS = 6
#: Rows under its title within which a dashed subtitle stands (titles_over_bylines): a title's
#: large type leaves up to three empty rows of the dump above the subtitle's line (laneheads'
#: SUBTITLE_MAX_ROWS, two, is for the subtitle read into the title's block).
SUBTITLE_UNDER_ROWS = 4
#: ... and positions its start may lie off the title's span: under it, or set off just to its
#: right; a dashed line starting further off is another headline's subtitle.
SUBTITLE_BESIDE_POSITIONS = 4

def heads_over(blocks: list[Lane], order: list[int]) -> list[int]:
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


def titles_over_bylines(blocks: list[Lane], order: list[int]) -> list[int]:
    """``order`` with each title read right before the byline under it.

    A title over its article's first column, a few rows above the byline that opens it, is read
    in the order of the rows: the columns of the article beside it, starting a row or two under
    the title, came between (「林晓会见青石镇代表团」, then the neighbour's two columns, then
    「本报讯（记者 何春生）……」), and the engine took the title for the neighbour's. A short block
    (_photo_title_shaped) whose first block below in its reading opens with a byline (on its first
    or second run: a photo's credit may stand over it) at most TITLE_BYLINE_GAP_ROWS rows lower,
    with nothing between, is moved to just before that block, with its dashed subtitle (a block
    of one dash-led line a few rows under it, _subtitle_under). Evaluation set -layout title
    0.7835 -> 0.7900, article F1 0.8759 -> 0.8780; seed-1001 pages title 0.7657 -> 0.7718 (article
    F1 0.8704 -> 0.8705); held-out title 0.7745 -> 0.7805 (article F1 0.8662 -> 0.8659). Moving
    the title without its subtitle lost the subtitle (evaluation set 0.8074 -> 0.7963). Asking
    for the byline on the block's second run too: evaluation set article F1 0.8780 -> 0.8789,
    kicker 0.7344 -> 0.7557; seed-1001 pages 0.8705 -> 0.8721; held-out 0.8659 -> 0.8677. With a
    subtitle starting inside the title's measure, a block of its own between title and byline,
    taken along too instead of keeping the title in place: evaluation set unchanged, seed-1001
    pages subtitle 0.7935 -> 0.7981 (title 0.7783 -> 0.7778), held-out subtitle 0.8195 -> 0.8273,
    title 0.7864 -> 0.7882.
    """
    if len(blocks) > MAX_ORDERED_BLOCKS:
        return order
    order = list(order)
    for h, head in enumerate(blocks):
        if not _photo_title_shaped(head) or head.runs[0][2].startswith(SUBTITLE_DASHES):
            continue
        at = order.index(h)
        subtitles = [k for k, b in enumerate(blocks) if _subtitle_under(head, b)]
        if at + 1 < len(order) and order[at + 1] not in subtitles and _subtitle_under(head, blocks[order[at + 1]], beside=False):
            subtitles.append(order[at + 1])  # read right after it: its subtitle wherever it stands
        under = [k for k, b in enumerate(blocks) if b.top > head.bottom and _level_with(head, b) and k not in subtitles]
        if not under:
            continue
        u = min(under, key=order.index)
        byline = blocks[u]
        if not any(BYLINE_PREFIX.match(t) for _, _, t in byline.runs[:2]) or byline.top - head.bottom > TITLE_BYLINE_GAP_ROWS:
            continue
        if at > order.index(u) or order.index(u) == at + 1 + len(subtitles):
            continue
        if any(head.bottom < b.top and b.bottom < byline.top and _level_with(head, b) for k, b in enumerate(blocks) if k not in subtitles):
            continue
        stack = [h, *sorted(subtitles, key=order.index)]  # its dashed subtitle goes along
        order = [k for k in order if k not in stack]
        spot = order.index(u)
        order[spot:spot] = stack
    return order


def _subtitle_under(head: Lane, block: Lane, beside: bool = True) -> bool:
    """A dash-led block of one line within SUBTITLE_UNDER_ROWS rows under the title and starting
    within SUBTITLE_BESIDE_POSITIONS of its span (anywhere, ``beside`` false, for the block read
    right after the title): its subtitle, set off to the right or inside the title's measure
    (laneheads reads a subtitle centred right under its title into the title's own block)."""
    if len(block.runs) != 1 or not block.runs[0][2].startswith(SUBTITLE_DASHES):
        return False
    near = head.left - SUBTITLE_BESIDE_POSITIONS <= block.left <= head.right + SUBTITLE_BESIDE_POSITIONS
    return (near or not beside) and 0 < block.top - head.bottom <= SUBTITLE_UNDER_ROWS


def _photo_title_shaped(block: Lane) -> bool:
    """A block of a few runs, none ending or holding a sentence end, none of two phrases apart."""
    if len(block.runs) > PHOTO_TITLE_MAX_RUNS:
        return False
    return not any(_ends_sentence(t.rstrip()) or "。" in t or TWO_PHRASES.search(t) for _, _, t in block.runs)


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends on a sentence's end: a closing mark, a closing quotation mark or
    bracket only right after another one (「……。」); one closing a quoted phrase or a title's
    label (致敬“夜行人”, ……（时评）) leaves it open."""
    if line[-1:] in QUOTE_CLOSERS:
        return line[-2:-1] in SENTENCE_CLOSERS
    return line[-1:] in SENTENCE_CLOSERS


def _level_with(a: Lane, b: Lane) -> bool:
    """Whether two blocks share positions (one stands over the other)."""
    return a.left < b.right and b.left < a.right


def _overlaps_above(blocks: list[Lane], head: Lane) -> bool:
    """Whether some block stands above ``head`` (it is not in the page's header band)."""
    return any(b.bottom < head.top and _level_with(head, b) for b in blocks)


def continues_beside(prev: Lane, block: Lane) -> bool:
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
    if last[-1:] not in SENTENCE_CLOSERS or is_jump_line(last):
        return False
    _, start, first = block.runs[0]
    if BYLINE_PREFIX.match(first) is not None or start - block.edge < INDENT_MIN_POSITIONS:
        return False
    measure = lane_measure(block) - RUNON_SHORT_CHARS
    return run_width(first) + INDENT_CHARS >= measure and run_width(block.runs[1][2]) >= measure
