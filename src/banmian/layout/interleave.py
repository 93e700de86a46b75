"""Columns that the extractor interleaved line by line, read apart again.

On pages set with loose leading pdftotext cannot group a column's lines into a block: it prints
every line as a block of its own (line, blank line, line …) and orders those one-line blocks row by
row across the columns that share baselines, so two to six columns come out interleaved:
col1-line1, col2-line1, col3-line1, col1-line2 … (segment.pagemarks.lines_in_own_blocks detects it).

This module links every block of the page to the block it continues, k blocks before it (k the
number of columns sharing the rows), or to none (it starts a stream: a headline, a column's first
line), and re-emits the lines in reading order: each stream's lines one after another, streams in
the order their first lines came, a blank line between streams (so each stream reads as one
pdftotext block, the way the extractor prints a column when it can group it).

The offsets are read as a hidden Markov chain (Viterbi over offsets 0…MAX_OFFSET per block): the
extractor's row-by-row order makes the offset repeat from block to block, and what the text shows
of each junction scores it:

* a dictionary word running across the end of one line and the start of the next
  (fields.wordbreak), or the two characters at the junction standing side by side elsewhere on the
  page (an article repeats its names and terms), joins them;
* the measure: no line of a column is wider than its measure; a paragraph's last line (short,
  finished sentence) is followed by a paragraph's first line (short by its indent); a line that is
  short and unfinished (a headline) is not continued.

Every block keeps its source lines (``JoinedLine.first``/``last``): the engine maps provenance
back through them (segment.renumber), so a reordering loses nothing and points at true lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from banmian.fields.wordbreak import breaks_word
from banmian.layout.digits import JoinedLine
from banmian.layout.lines import LineInfo
from banmian.layout.punctuation import CLOSERS, is_cjk

#: Largest offset (blocks) between a line and the line it continues: six columns side by side
#: (two articles of three) and a headline block among them.
MAX_OFFSET = 8
#: Score (log-odds-like units) of a dictionary word running across the junction. Measured on the
#: interleaved pages of the evaluation set (lines linked by their drawn positions): a word runs
#: across about 39 % of true junctions inside a sentence and 2 % of false ones, log(0.39/0.02) ≈ 3.
WORD_ACROSS = 3.0
#: Share (0–1) of a page's junctions inside a sentence, read in the order printed, that carry a
#: dictionary word across, from which the page reads straight on and is not interleaved: the true
#: junctions carry one about 39 % of the time. The 87 interleaved pdftotext pages of the evaluation
#: set and seeds 1001 and 1003 read in their printed order carry one at 0.023–0.155 of their
#: junctions; the real sample page with its line breaks doubled, 0.47.
STRAIGHT_WORD_SHARE = 0.3
#: Cost of a junction between two CJK characters inside a sentence with neither a word across nor a
#: pair seen on the page: the absence of both is weak evidence against (about 0.5 in log-odds).
NO_WORD_ACROSS = 0.5
#: Score of a junction, with no word across, whose two characters stand side by side elsewhere on
#: the page. Of such junctions about 26 % of true ones and 3.5 % of false ones are seen on the page,
#: log(0.26/0.035) ≈ 2.
PAGE_PAIR = 2.0
#: Score of a block that keeps the offset of the block before it (at least MIN_PERIOD): the
#: extractor's row-by-row order repeats.
CYCLE_KEPT = 1.5
#: The shortest offset that counts as a cycle: an offset of one block is a column read straight
#: on, and rewarding it would pull every stretch into one stream.
MIN_PERIOD = 2
#: Cost of the offset changing between two linked blocks: a column ends, a headline is printed
#: among the rows. 2.0 did best of 0.5–2 on the linking accuracy of the evaluation set's pages.
OFFSET_CHANGE = 2.0
#: Cost of a block starting a stream (a headline, a byline, a column's first line): set below a
#: junction with a word across, so that evidence always links.
NEW_STREAM = 1.0
#: Cost of a line wider than the measure by more than MEASURE_TOLERANCE em: body lines of a column
#: never exceed its measure. The tolerance covers punctuation compression (±1–2 em).
TOO_WIDE = 4.0
MEASURE_TOLERANCE = 1.5
#: A line shorter than this share of the measure is short (a paragraph's last line).
SHORT_FILL = 0.85
#: Cost of going on after a line that finished no sentence and is shorter than even an indented
#: first line (a headline, a column's odd end): body text does not break there.
OPEN_SHORT_END = 1.5
#: Score of a paragraph's first line (short by its indent, INDENT_EM ± INDENT_TOLERANCE em) after a
#: paragraph's last line: the way every paragraph break looks once the indent is gone.
PARAGRAPH_START = 1.0
INDENT_EM = 2.0
INDENT_TOLERANCE = 1.0
#: Widths (em) of lines that count for a block's measure: narrower lines are paragraph ends.
MIN_MEASURE_EM = 5.0

_NONE = float("-inf")


@dataclass(frozen=True, slots=True)
class Deinterleaved:
    """The page's lines in reading order, and what the linking found."""

    lines: tuple[JoinedLine, ...]
    #: Streams that hold more than one block: the columns read apart.
    streams: int
    #: Whether any block moved: an unchanged order needs no renumbering.
    moved: bool


def reads_straight(lines: Sequence[LineInfo]) -> bool:
    """The page's text lines, read in the order printed, continue one another: at least
    STRAIGHT_WORD_SHARE of the junctions inside a sentence carry a dictionary word across. A page
    of one-line blocks in reading order (its line breaks doubled by a conversion) reads so; an
    interleaved one does not, whatever its blocks look like."""
    text = [line for line in lines if not line.blank]
    junctions = [(a.text, b.text) for a, b in zip(text, text[1:], strict=False) if not a.ends_sentence]
    if not junctions:
        return False
    across = sum(1 for upper, lower in junctions if breaks_word(upper, lower))
    return across >= STRAIGHT_WORD_SHARE * len(junctions)


def deinterleave(joined: Sequence[JoinedLine], lines: Sequence[LineInfo]) -> Deinterleaved:
    """``joined`` with the page's blocks regrouped into column streams (``lines`` are their features)."""
    blocks = _blocks(lines)
    if not blocks:
        return Deinterleaved(tuple(joined), 0, False)
    offsets = _offsets(blocks, _Junctions(lines))
    return _emit(joined, blocks, _streams(_links(offsets)))


def _blocks(lines: Sequence[LineInfo]) -> list[tuple[int, ...]]:
    """Indices of the page's blocks: runs of non-blank lines between blank ones."""
    out: list[tuple[int, ...]] = []
    run: list[int] = []
    for k, line in enumerate(lines):
        if line.blank:
            if run:
                out.append(tuple(run))
            run = []
        else:
            run.append(k)
    if run:
        out.append(tuple(run))
    return out


class _Junctions:
    """Scores of one block following another in a column; the word test is cached per pair."""

    def __init__(self, lines: Sequence[LineInfo]) -> None:
        self.lines = lines
        self.words = lru_cache(maxsize=None)(self._words)
        self.pairs = frozenset(pair for line in lines for pair in map(str.__add__, line.text, line.text[1:]))

    def _words(self, left: int, right: int) -> bool:
        return breaks_word(self.lines[left].text, self.lines[right].text)

    def link(self, before: tuple[int, ...], after: tuple[int, ...]) -> float:
        """How well block ``after`` goes on where block ``before`` stopped."""
        left, right = before[-1], after[0]
        last, first = self.lines[left], self.lines[right]
        # A lone short line does not show its measure; the lines around it (the neighbouring
        # columns, of the same measure in an article) do.
        measure = max(_block_measure(before, self.lines), last.column_width)
        score = 0.0
        if first.width > measure + MEASURE_TOLERANCE:
            score -= TOO_WIDE
        if not (last.ends_sentence or last.text[-1:] in CLOSERS):
            score += self._continuation(left, right)
            if last.width < measure - INDENT_EM - INDENT_TOLERANCE:
                score -= OPEN_SHORT_END
        elif last.width < SHORT_FILL * measure and abs(measure - INDENT_EM - first.width) <= INDENT_TOLERANCE:
            score += PARAGRAPH_START
        return score

    def _continuation(self, left: int, right: int) -> float:
        """Evidence that line ``right`` goes on with the sentence that line ``left`` left open."""
        pair = self.lines[left].text[-1:] + self.lines[right].text[:1]
        if len(pair) < 2 or not is_cjk(pair[0]) or not is_cjk(pair[1]):
            return 0.0  # a junction at a mark or a digit: no word runs across it
        if self.words(left, right):
            return WORD_ACROSS
        return PAGE_PAIR if pair in self.pairs else -NO_WORD_ACROSS


def _block_measure(block: tuple[int, ...], lines: Sequence[LineInfo]) -> float:
    """The widest line of the block that may set a column's measure (0 when none)."""
    return max((lines[k].width for k in block if lines[k].width >= MIN_MEASURE_EM), default=0.0)


def _offsets(blocks: list[tuple[int, ...]], junctions: _Junctions) -> list[int]:
    """Each block's offset to the block it continues (0: it starts a stream), by Viterbi."""
    span = range(MAX_OFFSET + 1)
    score = [0.0] + [_NONE] * MAX_OFFSET
    back: list[list[int]] = []
    for b, block in enumerate(blocks):
        emit = [-NEW_STREAM] + [junctions.link(blocks[b - d], block) if d <= b else _NONE for d in span[1:]]
        best = max(span, key=score.__getitem__)
        row: list[int] = []
        new: list[float] = []
        for d in span:
            # Coming from the best offset, changed (a cost unless from or to a stream start), from
            # a stream start (no cost), or from the same offset kept (a reward once it is a cycle).
            arg = best
            value = score[best] - (OFFSET_CHANGE if d and best and best != d else 0.0)
            if score[0] > value:
                arg, value = 0, score[0]
            if d and score[d] + _kept(d) > value:
                arg, value = d, score[d] + _kept(d)
            row.append(arg)
            new.append(value + emit[d])
        back.append(row)
        score = new
    d = max(span, key=score.__getitem__)
    out = [0] * len(blocks)
    for b in range(len(blocks) - 1, -1, -1):
        out[b] = d
        d = back[b][d]
    return out


def _kept(offset: int) -> float:
    return CYCLE_KEPT if offset >= MIN_PERIOD else 0.0


def _links(offsets: list[int]) -> list[int | None]:
    """Each block's predecessor (None: it starts a stream).

    Two blocks may claim one predecessor (the chain does not see the claims of others); the one
    whose offset is part of a cycle (a neighbour has the same) keeps it, the first one on a tie, and
    the other starts a stream.
    """
    out: list[int | None] = [None] * len(offsets)
    holder: dict[int, int] = {}
    for b, d in enumerate(offsets):
        if not d:
            continue
        held = holder.get(b - d)
        if held is not None and not (_in_cycle(offsets, b) and not _in_cycle(offsets, held)):
            continue
        if held is not None:
            out[held] = None
        holder[b - d] = b
        out[b] = b - d
    return out


def _in_cycle(offsets: list[int], b: int) -> bool:
    """Whether block ``b``'s offset is a cycle's: at least MIN_PERIOD and shared with a neighbour."""
    d = offsets[b]
    return d >= MIN_PERIOD and d in offsets[max(0, b - 1) : b] + offsets[b + 1 : b + 2]


def _streams(links: list[int | None]) -> list[int]:
    """The stream of each block: a new one where it links to none, its predecessor's otherwise."""
    out: list[int] = []
    count = 0
    for link in links:
        if link is None:
            out.append(count)
            count += 1
        else:
            out.append(out[link])
    return out


def _emit(joined: Sequence[JoinedLine], blocks: list[tuple[int, ...]], assignment: list[int]) -> Deinterleaved:
    """The lines stream by stream (streams in the order they began), a blank line after each."""
    members: dict[int, list[int]] = {}
    for b, s in enumerate(assignment):
        members.setdefault(s, []).append(b)
    out: list[JoinedLine] = []
    order: list[int] = []
    for stream in members.values():  # dicts keep insertion order: streams by their first block
        for b in stream:
            order.extend(blocks[b])
        out.extend(joined[k] for b in stream for k in blocks[b])
        out.append(JoinedLine("", out[-1].first, out[-1].last))
    moved = order != sorted(order)
    return Deinterleaved(tuple(out), sum(1 for m in members.values() if len(m) > 1), moved)
