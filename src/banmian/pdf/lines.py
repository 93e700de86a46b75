"""Characters into lines: same size, same baseline, no gutter or rule between them.

Steps:

* Characters are grouped by type size (sizes within ``SIZE_TOLERANCE`` are one size), then into
  rows by their vertical centre (within ``ROW_CENTRE_EM`` of the row's first character). Grouping
  by size first keeps a 20 pt title in one column from swallowing two body rows of the next one.
* A row, sorted left to right, is cut where the gap exceeds ``SPLIT_GAP_EM`` (a column gutter is at
  least one em of body type) or a vertical rule runs between two characters.
* Letter-spaced type is kept whole: a gap up to ``MAX_TRACKING_EM`` that repeats its neighbour's
  width within ``TRACKING_TOLERANCE_EM`` is tracking, not a gutter (「市  政  府」).
* Digits that Founder PDFs draw as separate text objects (「5月」「1」「5日」) come back in place,
  because rows are read from the geometry, not from the drawing order.

The line's ``text`` holds one ASCII space per ``SPACE_EM`` of gap (at least one for a gap of
``MIN_SPACE_EM``), so callers can collapse spacing with ``banmian.fields.spacing``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from banmian.layout.punctuation import SQUEEZED_CLOSING_MARKS, SQUEEZED_OPENING_MARKS
from banmian.pdf.chars import PdfChar, PdfShape

#: Sizes within this ratio of each other are one type size (ratio): rounding in PDF writers.
SIZE_TOLERANCE = 0.03
#: A character belongs to a row when its vertical centre is within this many ems of the row's.
ROW_CENTRE_EM = 0.4
#: A gap wider than this (ems of the larger neighbour) ends a line: gutters are ≥ 1 em of body type.
SPLIT_GAP_EM = 0.8
#: Widest gap (ems) still read as letter spacing when it repeats the neighbouring gap.
MAX_TRACKING_EM = 1.3
#: Two gaps within this many ems of each other are the same tracking.
TRACKING_TOLERANCE_EM = 0.12
#: Narrowest gap (ems) that counts as tracking at all (justification adds less).
MIN_TRACKING_EM = 0.15
#: A character must start at least this many ems right of the one before it to follow it on a
#: line. Overlap is allowed: loose boxes of half-width digits in CJK fonts are a full em wide, and
#: punctuation is set half-width over its neighbour.
ADVANCE_EM = 0.05
#: Full-width punctuation set half-width in pairs (标点挤压: 「：“」「。”」「）、」) may print two
#: marks from (almost) the same origin, one glyph in each half of the em; such a mark follows the
#: one before even though it does not start right of it.
PAIRED_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉「」『』【】")
#: Closing marks, whose glyph prints in the left half of the em, and how much of it (em) that is:
#: half an em, and a twentieth more for the glyph's side bearing.
CLOSING_PUNCTUATION = SQUEEZED_CLOSING_MARKS
CLOSING_INK_EM = 0.55
#: Opening marks, whose glyph prints in the right half of the em, and how much of it (em) that is.
OPENING_PUNCTUATION = SQUEEZED_OPENING_MARKS
OPENING_INK_EM = 0.55
#: A squeezed opening mark that opens a column's line leaves at least this gap (em) between its
#: box and the line before on its row: a gutter of an em or more, less the half em its box reaches
#: into it.
OPENING_GAP_MIN_EM = 0.45
#: A run starting within this many ems of an equal character already on the line is drawn twice.
DUPLICATE_EM = 0.2
#: Rows are looked up in buckets this tall (points); neighbours buckets are searched too.
ROW_BUCKET_PT = 6.0
#: Pieces of at most this many characters (split digits, a Latin word) join a line in another
#: size or face when they touch it (within ``DIGIT_GAP_EM``) and sizes are within ``DIGIT_SIZE_RATIO``.
SHORT_PIECE_CHARS = 4
DIGIT_GAP_EM = 0.4
DIGIT_SIZE_RATIO = 0.75
#: Widest gap (ems) a justified line may show between two pieces that still read as one line.
STRETCH_JOIN_EM = 3.0
#: Such a gap is inside a column when at least ``MIN_BRIDGING_LINES`` lines of the same size within
#: ``STRETCH_WINDOW_EM`` above or below run across it; across a gutter none does.
STRETCH_WINDOW_EM = 6.0
MIN_BRIDGING_LINES = 2
#: A gap of this many ems prints as one space in ``text``; below ``MIN_SPACE_EM`` none.
SPACE_EM = 0.5
MIN_SPACE_EM = 0.25
#: A vertical rule cuts a row when it overlaps the row's height by this share (0..1).
RULE_OVERLAP = 0.5
#: Font-name parts that mark heavy type (黑体, bold, 标宋/大标宋 display faces).
BOLD_FONT_MARKS = ("hei", "bold", "black", "heavy", "ht", "xbs", "dbs", "cchj", "zhongsong", "demi")


@dataclass(frozen=True, slots=True, eq=False)
class PdfLine:
    """A line of type; compared and hashed by identity (pages hold thousands, looked up often)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    chars: tuple[PdfChar, ...]
    font: str

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def yc(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def width(self) -> float:
        return self.x1 - self.x0


def is_bold_font(font: str) -> bool:
    name = font.lower().split("+")[-1]
    return any(mark in name for mark in BOLD_FONT_MARKS)


def _same_size(a: float, b: float) -> bool:
    return abs(a - b) <= SIZE_TOLERANCE * max(a, b)


def _centre(c: PdfChar) -> float:
    return (c.y0 + c.y1) / 2


def _rule_between(rules: Sequence[PdfShape], x0: float, x1: float, y0: float, y1: float) -> bool:
    h = y1 - y0
    for r in rules:
        if x0 - 1 <= (r.x0 + r.x1) / 2 <= x1 + 1 and min(y1, r.y1) - max(y0, r.y0) >= RULE_OVERLAP * h:
            return True
    return False


def _continues(
    run: list[PdfChar], ch: PdfChar, gap_em: float, rules: Sequence[PdfShape], box_gap_em: float | None = None
) -> bool:
    """Whether ``ch`` goes on the line ``run`` ends, ``gap_em`` to the right of its last character
    (between the marks' ink where they border it); letter spacing is compared box to box
    (``box_gap_em``, when the two differ), as the gaps before it are measured.

    Called once per character of the page: the size and centre tests are written out inline."""
    last = run[-1]
    a, b = last.size, ch.size
    if abs(a - b) > SIZE_TOLERANCE * (a if a > b else b):
        return False
    first = run[0]
    if abs(ch.y0 + ch.y1 - first.y0 - first.y1) > 2 * ROW_CENTRE_EM * b:
        return False
    if ch.x0 < last.x0 + ADVANCE_EM * a and not _paired(last, ch):
        return False  # not to the right of the last character: another line, or drawn twice
    if gap_em > SPLIT_GAP_EM:
        if gap_em > MAX_TRACKING_EM:
            return False
        if len(run) >= 2:
            prev_gap = (last.x0 - run[-2].x1) / a
            tracking = gap_em if box_gap_em is None else box_gap_em
            if prev_gap < MIN_TRACKING_EM or abs(prev_gap - tracking) > TRACKING_TOLERANCE_EM:
                return False
    if not rules or gap_em <= 0:
        return True
    return not _rule_between(rules, last.x1, ch.x0, min(last.y0, ch.y0), max(last.y1, ch.y1))


def _paired(last: PdfChar, ch: PdfChar) -> bool:
    """Two different punctuation marks sharing one em cell (see ``PAIRED_PUNCTUATION``)."""
    return (
        ch.ch != last.ch
        and ch.ch in PAIRED_PUNCTUATION
        and last.ch in PAIRED_PUNCTUATION
        and ch.x0 >= last.x0 - ADVANCE_EM * last.size
    )


def _runs(chars: Sequence[PdfChar], rules: Sequence[PdfShape]) -> list[list[PdfChar]]:
    """Consecutive characters in drawing order that continue one another on a row."""
    runs: list[list[PdfChar]] = []
    run: list[PdfChar] = []
    for ch in chars:
        if run:
            last = run[-1]
            size = ch.size if ch.size > last.size else last.size
            if _continues(run, ch, (ch.x0 - last.x1) / size, rules):
                run.append(ch)
                continue
            runs.append(run)
        run = [ch]
    if run:
        runs.append(run)
    return runs


def _duplicate(line: list[PdfChar], run: list[PdfChar]) -> bool:
    """A run drawn again over characters already on the line (fake bold, shadows)."""
    first = run[0]
    return any(c.ch == first.ch and abs(c.x0 - first.x0) < DUPLICATE_EM * c.size for c in line)


def _merge_runs(runs: list[list[PdfChar]], rules: Sequence[PdfShape]) -> list[list[PdfChar]]:
    """Runs on one row that touch become one line, whatever order they were drawn in."""
    runs.sort(key=lambda r: r[0].x0)
    lines: list[list[PdfChar]] = []
    buckets: dict[int, list[int]] = {}
    for run in runs:
        first = run[0]
        c = _centre(first)
        key = int(c // ROW_BUCKET_PT)
        home = None
        for k in (key - 1, key, key + 1):
            for idx in buckets.get(k, ()):
                ln = lines[idx]
                if _duplicate(ln, run) and abs(_centre(ln[0]) - c) < ROW_CENTRE_EM * first.size:
                    home = -1
                    break
                size = max(first.size, ln[-1].size)
                box_gap = (first.x0 - ln[-1].x1) / size
                gap = (_ink_left(first, box_gap) - _ink_right(ln[-1])) / size
                if _continues(ln, first, gap, rules, box_gap) or _digit_join(ln, run, gap, rules):
                    home = idx
                    break
            if home is not None:
                break
        if home == -1:
            continue
        if home is None:
            lines.append(list(run))
            buckets.setdefault(key, []).append(len(lines) - 1)
        else:
            lines[home].extend(run)
    return lines


def _ink_right(ch: PdfChar) -> float:
    """Where a character's ink ends: a closing mark prints in the left half of its em, and set
    half-width (Founder's 标点挤压) its box runs half an em past where the text goes on, into the
    gutter when it ends a column's line; the gap to the next column is measured from its ink."""
    if ch.ch in CLOSING_PUNCTUATION:
        return min(ch.x1, ch.x0 + CLOSING_INK_EM * ch.size)
    return ch.x1


def _ink_left(ch: PdfChar, box_gap_em: float) -> float:
    """Where a character's ink starts: an opening mark prints in the right half of its em, and set
    half-width (Founder's 标点挤压) its box starts half an em before the text it opens, in the
    gutter when it opens a column's line. Only a gap of at least OPENING_GAP_MIN_EM between the
    boxes is measured so: closer, the mark follows text on its own line (「……会议 （林晓）」)."""
    if ch.ch in OPENING_PUNCTUATION and box_gap_em >= OPENING_GAP_MIN_EM:
        return max(ch.x0, ch.x1 - OPENING_INK_EM * ch.size)
    return ch.x0


def _digit_join(line: list[PdfChar], run: list[PdfChar], gap: float, rules: Sequence[PdfShape]) -> bool:
    """Short pieces (split digits) in another size or face next to a line, on its baseline."""
    short = run if len(run) <= SHORT_PIECE_CHARS else line if len(line) <= SHORT_PIECE_CHARS else None
    if short is None or not 0 <= gap <= DIGIT_GAP_EM:
        return False
    a, b = line[-1], run[0]
    if _same_size(a.size, b.size) and a.font == b.font:
        return False  # same type: ``_continues`` has already said no
    ratio = min(a.size, b.size) / max(a.size, b.size)
    if ratio < DIGIT_SIZE_RATIO or abs(a.y1 - b.y1) > ROW_CENTRE_EM * max(a.size, b.size):
        return False
    return not _rule_between(rules, a.x1, b.x0, min(a.y0, b.y0), max(a.y1, b.y1))


def _line(chars: list[PdfChar]) -> PdfLine:
    """One pass over the characters (a page builds a few hundred lines of dozens of characters)."""
    first = chars[0]
    size, x0, y0, x1, y1 = first.size, first.x0, first.y0, first.x1, first.y1
    fonts: dict[str, int] = {}
    for c in chars:
        size = c.size if c.size > size else size
        x0 = c.x0 if c.x0 < x0 else x0
        y0 = c.y0 if c.y0 < y0 else y0
        x1 = c.x1 if c.x1 > x1 else x1
        y1 = c.y1 if c.y1 > y1 else y1
        fonts[c.font] = fonts.get(c.font, 0) + 1
    parts = [first.ch]
    prev = first
    for c in chars[1:]:
        gap = (c.x0 - prev.x1) / size
        if gap >= MIN_SPACE_EM:
            parts.append(" " * max(1, round(gap / SPACE_EM)))
        parts.append(c.ch)
        prev = c
    font = max(fonts, key=fonts.__getitem__) if len(fonts) > 1 else first.font
    return PdfLine(
        text="".join(parts), x0=x0, y0=y0, x1=x1, y1=y1, size=size, bold=is_bold_font(font), chars=tuple(chars), font=font
    )


def join_lines(a: PdfLine, b: PdfLine) -> PdfLine:
    """One line from two pieces of a row (``b`` right of ``a``)."""
    return _line([*a.chars, *b.chars])


def build_lines(chars: Sequence[PdfChar], shapes: Sequence[PdfShape] = ()) -> list[PdfLine]:
    """The page's lines, sorted top to bottom, then left to right."""
    rules = [s for s in shapes if s.kind == "vrule"]
    out = [_line(sorted(ln, key=lambda c: c.x0)) for ln in _merge_runs(_runs(chars, rules), rules)]
    out = _rejoin_stretched(out, rules)
    out.sort(key=lambda ln: (round(ln.y0), ln.x0))
    return out


def _rejoin_stretched(lines: list[PdfLine], rules: Sequence[PdfShape]) -> list[PdfLine]:
    """Pieces of one row split at a wide gap that lies inside a column (justification stretched a
    line with a long unbreakable word) are one line again; a gap over a gutter stays cut."""
    if not lines:
        return lines
    rows: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        rows.setdefault(int(ln.yc // ROW_BUCKET_PT), []).append(i)
    order = sorted(range(len(lines)), key=lambda i: lines[i].x0)
    merged: dict[int, PdfLine] = {i: ln for i, ln in enumerate(lines)}
    for i in order:
        a = merged.get(i)
        if a is None:
            continue
        key = int(a.yc // ROW_BUCKET_PT)
        while True:
            best = None
            for k in (key - 1, key, key + 1):
                for j in rows.get(k, ()):
                    b = merged.get(j)
                    if j == i or b is None or not _stretched_pair(a, b, lines, rows, rules):
                        continue
                    if best is None or b.x0 < merged[best].x0:
                        best = j
            if best is None:
                break
            a = _line([*a.chars, *merged.pop(best).chars])
            merged[i] = a
    return list(merged.values())


def _stretched_pair(
    a: PdfLine, b: PdfLine, lines: Sequence[PdfLine], rows: dict[int, list[int]], rules: Sequence[PdfShape]
) -> bool:
    if not _same_size(a.size, b.size) or abs(a.yc - b.yc) > 0.2 * a.size:
        return False
    gap = b.x0 - a.x1
    if not 0 < gap <= STRETCH_JOIN_EM * a.size:
        return False
    if _rule_between(rules, a.x1, b.x0, min(a.y0, b.y0), max(a.y1, b.y1)):
        return False
    # Inside a column, the lines above and below run across the gap; across a gutter none does.
    reach = int(STRETCH_WINDOW_EM * a.size // ROW_BUCKET_PT) + 1
    key = int(a.yc // ROW_BUCKET_PT)
    bridging = 0
    for k in range(key - reach, key + reach + 1):
        for j in rows.get(k, ()):
            ln = lines[j]
            if ln is not a and ln is not b and _same_size(ln.size, a.size) and ln.x0 <= a.x1 and ln.x1 >= b.x0:
                bridging += 1
                if bridging >= MIN_BRIDGING_LINES:
                    return True
    return False
