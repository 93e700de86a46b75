"""Columns that pdftotext interleaved line by line, put back one after the other.

On some pages (loose leading on Founder PDFs) pdftotext cannot group a column's lines into a
block: it prints every line as a block of its own (a line between blank lines) and orders these
one-line blocks across neighbouring columns, so the text of two to six columns comes out
interleaved line by line (col A line 1, col B line 1, col C line 1, col A line 2 …). The engine
reads blocks as runs of one column, so on such a page it must first get the columns back.

How: the source's blocks are read in order and chained into column *streams*. A block continues
the stream whose last line it most plausibly follows, judged by

* a Chinese word spanning the join (jieba's dictionary): line breaks fall anywhere in running
  text, so about half of them cut a word, while the join of two unrelated lines rarely makes one;
* punctuation: a line never starts with 「，。、；：？！」 or a closing mark (禁则), so such a
  line continues running text and cannot follow a line that already ended in a mark;
* widths: the lines of one column share its measure; a paragraph's last line is short and ends
  a sentence, and the next line of that column then starts a paragraph (indented or not);
* the cycle: pdftotext visits the columns side by side in a fixed order, so the stream extended
  least recently (about one cycle ago) is the likely next.

A block no stream takes starts a stream of its own (a headline, a byline, furniture, the first
line of a column). Streams are emitted in the order of their first line, each as one block.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# --- detection ---------------------------------------------------------------------------------
#: From this share of text lines standing alone between blank lines the page is interleaved.
#: Same figure as segment.roles.INTERLEAVED_SHARE: ordinary pdftotext output stays under 0.1,
#: interleaved pages are over 0.6.
INTERLEAVED_SHARE = 0.4
#: Fewer text lines than this (count) say nothing about interleaving: a short text of few blocks.
MIN_TEXT_LINES = 30

# --- widths (em) -------------------------------------------------------------------------------
#: ASCII letters and digits are about 0.55 em wide (half-width digits 0.5, a Latin font 0.6).
ASCII_WIDTH = 0.55
#: Compressible punctuation is set in half an em wherever it is squeezed (标点挤压); counting it
#: as half always makes the full lines of a column measure nearly the same.
COMPRESSIBLE = frozenset("，。、；：？！“”‘’（）《》")
COMPRESSED_WIDTH = 0.5
#: Full lines of one column differ by up to about this much (em): punctuation squeezed or not,
#: digits in another font.
MEASURE_SLACK = 1.5
#: A paragraph's first line loses its 2 em indent in extraction; with punctuation compression it
#: is between about 1 and 3.5 em (em) shorter than the column.
INDENT_MIN_SHORTFALL = 1.0
INDENT_MAX_SHORTFALL = 3.5
#: Full lines measured to estimate a stream's measure: the median of its widest few (count) is
#: robust to one wrongly joined line.
MEASURE_SAMPLE = 3

# --- join evidence (points; log-odds-like, 1 point ≈ a factor of e) ----------------------------
#: A dictionary word of 2..4 characters spans the join: strong sign of running text.
WORD_SPANS = 2.0
#: Both sides of the join are characters and no word spans it: half of true breaks look so, far
#: more of the false ones.
NO_WORD_SPANS = -0.7
#: Shortest and longest words (characters) looked up across the join.
MIN_WORD = 2
MAX_WORD = 4
#: A line starting with a mark that may not start a line continues running text whose previous
#: line ended inside a sentence: it follows a line ending in a character.
CONTINUES_TEXT = 1.0
#: ...and cannot follow a line already ending with a mark (「。」 then 「，」 is never printed).
IMPOSSIBLE_JOIN = -6.0
#: After a paragraph's last line the stream's next line starts a paragraph: shaped like one.
PARAGRAPH_START_FITS = 0.8
#: After a paragraph's last line comes a line that reads as the middle of a sentence.
PARAGRAPH_START_MISFITS = -1.5
#: A line wider than the stream's measure is not its next line (a headline, another column).
TOO_WIDE = -4.0
#: A short line that ends no sentence ends its column (or is a headline): nothing follows it.
AFTER_OPEN_SHORT_LINE = -2.0
# The cycle: pdftotext visits the same columns in the same order round after round, so a column's
# next line usually comes as many blocks after its last one as that one came after the one before
# (three rounds in four on interleaved pages); one column starting or ending shifts it by one.
#: Log-prior (points) of a join whose gap equals the stream's previous gap.
GAP_KEPT = -0.3
#: ...whose gap differs from it by one block, by two, by more.
GAP_OFF_BY_ONE = -2.6
GAP_OFF_BY_TWO = -3.5
GAP_OFF_MORE = -4.5
#: A stream of one block has no gap yet: its first gap is compared with the page's last join's
#: gap, loosely (columns of other articles cycle differently); cost per block of difference.
FIRST_GAP = -1.5
FIRST_GAP_MISMATCH = 0.8
#: Log-prior (points) of a block starting a stream: about one block in six on interleaved pages
#: (headlines, bylines, furniture, column tops).
NEW_STREAM = -1.8
#: A stream not extended for this many blocks (count) is closed: pdftotext interleaves at most a
#: handful of columns, so a longer silence means the column ended.
MAX_GAP = 9
#: Before any join the cycle is taken to be three columns side by side (blocks), the most common.
INITIAL_CYCLE = 3
#: A join chosen with this margin (points) over the next best option is sure (confidence 1).
SURE_MARGIN = 3.0

#: Marks that may not start a line (禁则): they close what the previous line began.
NO_LINE_START = frozenset("，。、；：？！）」』”’》")
#: Marks after which a sentence or a clause has ended.
CLAUSE_END = frozenset("，。、；：？！")
SENTENCE_FINAL = frozenset("。！？")
CLOSERS = frozenset("”’」』）》")
_WHITESPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Deinterleaved:
    """A page's lines with its columns one after the other.

    ``lines``: the reordered lines, each stream (column) consecutive and separated from the next
    by a blank line. ``source_numbers``: the 1-based source line of each output line (0 for the
    blank separators), so provenance can point back. ``confidence`` in [0, 1]: how clearly the
    joins were chosen (mean of each join's margin over its runner-up, scaled by SURE_MARGIN).
    """

    lines: tuple[str, ...]
    source_numbers: tuple[int, ...]
    confidence: float


@dataclass(frozen=True)
class _Unit:
    """One source block (mostly one line): the smallest piece the chaining moves."""

    time: int  # index among the page's text blocks: pdftotext's cycle counts blocks
    numbers: tuple[int, ...]  # 1-based source lines
    texts: tuple[str, ...]  # the lines, stripped
    first: str  # first line without whitespace
    last: str  # last line without whitespace
    widths: tuple[float, ...]


class _Stream:
    """A column being rebuilt: mutable while the page is read (appended to block by block)."""

    __slots__ = ("last_gap", "last_time", "units", "widths")

    def __init__(self, unit: _Unit) -> None:
        self.units = [unit]
        self.widths = list(unit.widths)
        self.last_time = unit.time
        self.last_gap = 0

    def add(self, unit: _Unit) -> None:
        self.units.append(unit)
        self.widths.extend(unit.widths)
        self.last_gap = unit.time - self.last_time
        self.last_time = unit.time

    @property
    def last(self) -> _Unit:
        return self.units[-1]

    def measure(self) -> float | None:
        """The column's full-line width (em), or None while it has too few lines to tell."""
        if len(self.widths) < 2:
            return None
        top = sorted(self.widths)[-MEASURE_SAMPLE:]
        return top[len(top) // 2]


# --- public ------------------------------------------------------------------------------------


def deinterleave(raw_lines: Sequence[str]) -> Deinterleaved | None:
    """The page's columns put back one after the other, or None when the page is not interleaved.

    ``raw_lines`` are the decoded lines of one page, blank lines included. Ordinary pages cost a
    single pass over the lines.
    """
    if not looks_interleaved(raw_lines):
        return None
    units = _units(raw_lines)
    streams, margins = _chain(units)
    return _render(streams, margins)


def looks_interleaved(raw_lines: Sequence[str]) -> bool:
    """Most text lines stand alone between blank lines (and there are enough to tell)."""
    text_lines = alone = 0
    blank_before = True
    count = len(raw_lines)
    for k, raw in enumerate(raw_lines):
        if not raw.strip():
            blank_before = True
            continue
        text_lines += 1
        blank_after = k + 1 == count or not raw_lines[k + 1].strip()
        alone += blank_before and blank_after
        blank_before = False
    return text_lines >= MIN_TEXT_LINES and alone >= INTERLEAVED_SHARE * text_lines


# --- units -------------------------------------------------------------------------------------


def _units(raw_lines: Sequence[str]) -> list[_Unit]:
    """The source's blocks (runs of text lines between blank lines), in source order."""
    units: list[_Unit] = []
    run: list[tuple[int, str]] = []
    for number, raw in enumerate([*raw_lines, ""], start=1):
        text = raw.strip()
        if text:
            run.append((number, text))
        elif run:
            units.append(_unit(len(units), run))
            run = []
    return units


def _unit(time: int, run: list[tuple[int, str]]) -> _Unit:
    flats = [_WHITESPACE.sub("", text) for _, text in run]
    return _Unit(
        time=time,
        numbers=tuple(n for n, _ in run),
        texts=tuple(t for _, t in run),
        first=flats[0],
        last=flats[-1],
        widths=tuple(width(f) for f in flats),
    )


def width(text: str) -> float:
    """Printed width in em: CJK 1, ASCII 0.55, compressible punctuation 0.5; spaces ignored."""
    total = 0.0
    for ch in text:
        if ch.isspace():
            continue
        if ch.isascii():
            total += ASCII_WIDTH
        elif ch in COMPRESSIBLE:
            total += COMPRESSED_WIDTH
        else:
            total += 1.0
    return total


# --- chaining ----------------------------------------------------------------------------------


def _chain(units: list[_Unit]) -> tuple[list[_Stream], list[float]]:
    """Streams built greedily in source order, and the margin of each decision."""
    streams: list[_Stream] = []
    open_streams: list[_Stream] = []
    gaps: list[int] = []
    margins: list[float] = []
    for unit in units:
        open_streams = [s for s in open_streams if unit.time - s.last_time <= MAX_GAP]
        cycle = _cycle(gaps)
        scored = sorted(((_join_score(s, unit, cycle), k) for k, s in enumerate(open_streams)), reverse=True)
        options = [score for score, _ in scored] + [NEW_STREAM]
        best = max(options)
        runner_up = sorted(options)[-2] if len(options) > 1 else best - SURE_MARGIN
        margins.append(best - runner_up)
        if scored and scored[0][0] >= NEW_STREAM:
            stream = open_streams[scored[0][1]]
            gaps.append(unit.time - stream.last_time)
            stream.add(unit)
        else:
            stream = _Stream(unit)
            streams.append(stream)
            open_streams.append(stream)
    return streams, margins


def _cycle(gaps: list[int]) -> float:
    """How many blocks pdftotext prints between two lines of one column at present."""
    return float(gaps[-1]) if gaps else float(INITIAL_CYCLE)


def _join_score(stream: _Stream, unit: _Unit, cycle: float) -> float:
    """How plausible (points) ``unit`` is as the next block of ``stream``."""
    score = _gap_score(stream, unit.time - stream.last_time, cycle)
    score += _text_score(stream.last.last, unit.first)
    score += _shape_score(stream, unit)
    return score


def _gap_score(stream: _Stream, gap: int, cycle: float) -> float:
    """Log-prior of the join from the cycle: the stream's gap kept, or the page's for a new one."""
    if not stream.last_gap:
        return FIRST_GAP - FIRST_GAP_MISMATCH * abs(gap - cycle)
    off = abs(gap - stream.last_gap)
    if off == 0:
        return GAP_KEPT
    return GAP_OFF_BY_ONE if off == 1 else GAP_OFF_BY_TWO if off == 2 else GAP_OFF_MORE


@lru_cache(maxsize=4096)
def _text_score(before: str, after: str) -> float:
    """Evidence from the characters on either side of the join."""
    end, start = before[-1], after[0]
    if start in NO_LINE_START:
        return IMPOSSIBLE_JOIN if end in CLAUSE_END else CONTINUES_TEXT
    if _CJK.match(end) and _CJK.match(start):
        return WORD_SPANS if _word_spans(before, after) else NO_WORD_SPANS
    return 0.0


def _word_spans(before: str, after: str) -> bool:
    """A dictionary word of MIN_WORD..MAX_WORD characters starts in ``before`` and ends in ``after``."""
    words = _dictionary()
    for left in range(1, MAX_WORD):
        tail = before[-left:]
        if len(tail) < left or not _CJK.match(tail[0]):
            break
        for right in range(max(1, MIN_WORD - left), MAX_WORD - left + 1):
            head = after[:right]
            if len(head) < right or not _CJK.match(head[-1]):
                break
            if words.get(tail + head, 0) > 0:
                return True
    return False


def _shape_score(stream: _Stream, unit: _Unit) -> float:
    """Evidence from line widths and paragraph ends."""
    measure = stream.measure()
    previous = stream.last.last
    new_width = unit.widths[0]
    reference = measure if measure is not None else max(stream.widths)
    if new_width > reference + (MEASURE_SLACK if measure is not None else INDENT_MAX_SHORTFALL):
        return TOO_WIDE
    if measure is None:
        return 0.0
    short = stream.widths[-1] < measure - MEASURE_SLACK
    if _ends_paragraph(previous) and short:
        shortfall = measure - new_width
        if unit.first[0] in NO_LINE_START:
            return PARAGRAPH_START_MISFITS
        return PARAGRAPH_START_FITS if INDENT_MIN_SHORTFALL <= shortfall <= INDENT_MAX_SHORTFALL else 0.0
    if short and previous[-1] not in CLAUSE_END:
        return AFTER_OPEN_SHORT_LINE
    return 0.0


def _ends_paragraph(text: str) -> bool:
    """Ends with 。！？ and possibly closing quotes or brackets after it."""
    stripped = text.rstrip("".join(CLOSERS))
    return bool(stripped) and stripped[-1] in SENTENCE_FINAL


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, int]:
    """jieba's word frequencies, loaded once (its start-up log silenced while it loads)."""
    import jieba

    logger = logging.getLogger("jieba")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        jieba.initialize()
    finally:
        logger.setLevel(level)
    return jieba.dt.FREQ


# --- output ------------------------------------------------------------------------------------


def _render(streams: list[_Stream], margins: list[float]) -> Deinterleaved:
    """Streams in the order of their first line, one block each."""
    lines: list[str] = []
    numbers: list[int] = []
    for stream in sorted(streams, key=lambda s: s.units[0].numbers[0]):
        if lines:
            lines.append("")
            numbers.append(0)
        for unit in stream.units:
            lines.extend(unit.texts)
            numbers.extend(unit.numbers)
    sure = [min(1.0, max(0.0, m / SURE_MARGIN)) for m in margins]
    confidence = sum(sure) / len(sure) if sure else 0.0
    return Deinterleaved(tuple(lines), tuple(numbers), confidence)
