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
#: A gap of this many ems prints as one space in ``text``; below ``MIN_SPACE_EM`` none.
SPACE_EM = 0.5
MIN_SPACE_EM = 0.25
#: A vertical rule cuts a row when it overlaps the row's height by this share (0..1).
RULE_OVERLAP = 0.5
#: Font-name parts that mark heavy type (黑体, bold, 标宋/大标宋 display faces).
BOLD_FONT_MARKS = ("hei", "bold", "black", "heavy", "ht", "xbs", "dbs", "cchj", "zhongsong", "demi")


@dataclass(frozen=True, slots=True)
class PdfLine:
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


def _size_classes(chars: Sequence[PdfChar]) -> list[list[PdfChar]]:
    ordered = sorted(chars, key=lambda c: c.size)
    groups: list[list[PdfChar]] = []
    for ch in ordered:
        if groups and ch.size <= groups[-1][0].size * (1 + SIZE_TOLERANCE):
            groups[-1].append(ch)
        else:
            groups.append([ch])
    return groups


def _rows(chars: list[PdfChar]) -> list[list[PdfChar]]:
    ordered = sorted(chars, key=lambda c: (c.y0 + c.y1) / 2)
    rows: list[list[PdfChar]] = []
    centre = -1e9
    for ch in ordered:
        c = (ch.y0 + ch.y1) / 2
        if rows and c - centre <= ROW_CENTRE_EM * ch.size:
            rows[-1].append(ch)
        else:
            rows.append([ch])
            centre = c
    return rows


def _rule_between(rules: Sequence[PdfShape], a: PdfChar, b: PdfChar) -> bool:
    y0, y1 = min(a.y0, b.y0), max(a.y1, b.y1)
    h = y1 - y0
    for r in rules:
        if a.x1 - 1 <= (r.x0 + r.x1) / 2 <= b.x0 + 1 and min(y1, r.y1) - max(y0, r.y0) >= RULE_OVERLAP * h:
            return True
    return False


def _cut_row(row: list[PdfChar], rules: Sequence[PdfShape]) -> list[list[PdfChar]]:
    row.sort(key=lambda c: c.x0)
    # Drop exact duplicates (fake bold drawn twice, or a shadow layer) before measuring gaps.
    uniq = [row[0]]
    for ch in row[1:]:
        prev = uniq[-1]
        if ch.ch == prev.ch and abs(ch.x0 - prev.x0) < 0.2 * ch.size and abs(ch.y0 - prev.y0) < 0.2 * ch.size:
            continue
        uniq.append(ch)
    size = max(c.size for c in uniq)
    gaps = [(b.x0 - a.x1) / size for a, b in zip(uniq, uniq[1:], strict=False)]
    pieces = [[uniq[0]]]
    for i, gap in enumerate(gaps):
        a, b = uniq[i], uniq[i + 1]
        cut = gap > SPLIT_GAP_EM and not _tracked(gaps, i)
        if not cut and rules and gap > 0 and _rule_between(rules, a, b):
            cut = True
        if cut:
            pieces.append([b])
        else:
            pieces[-1].append(b)
    return pieces


def _tracked(gaps: list[float], i: int) -> bool:
    gap = gaps[i]
    if gap > MAX_TRACKING_EM:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(gaps) and gaps[j] >= MIN_TRACKING_EM and abs(gaps[j] - gap) <= TRACKING_TOLERANCE_EM:
            return True
    return False


def _line(chars: list[PdfChar]) -> PdfLine:
    size = max(c.size for c in chars)
    parts = [chars[0].ch]
    for a, b in zip(chars, chars[1:], strict=False):
        gap = (b.x0 - a.x1) / size
        if gap >= MIN_SPACE_EM:
            parts.append(" " * max(1, round(gap / SPACE_EM)))
        parts.append(b.ch)
    fonts: dict[str, int] = {}
    for c in chars:
        fonts[c.font] = fonts.get(c.font, 0) + 1
    font = max(fonts, key=fonts.__getitem__)
    return PdfLine(
        text="".join(parts),
        x0=min(c.x0 for c in chars),
        y0=min(c.y0 for c in chars),
        x1=max(c.x1 for c in chars),
        y1=max(c.y1 for c in chars),
        size=size,
        bold=is_bold_font(font),
        chars=tuple(chars),
        font=font,
    )


def build_lines(chars: Sequence[PdfChar], shapes: Sequence[PdfShape] = ()) -> list[PdfLine]:
    """The page's lines, sorted top to bottom, then left to right."""
    rules = [s for s in shapes if s.kind == "vrule"]
    out: list[PdfLine] = []
    for group in _size_classes(chars):
        for row in _rows(group):
            out.extend(_line(piece) for piece in _cut_row(row, rules))
    out.sort(key=lambda ln: (round(ln.y0), ln.x0))
    return out
