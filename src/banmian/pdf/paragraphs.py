"""An article's body lines into columns, reading order and paragraphs.

* Columns: lines that overlap across by more than half the narrower one share a column. Columns
  are read left to right, each top to bottom, so a paragraph runs on from the foot of one column
  to the head of the next.
* A paragraph starts where a line begins at least ``INDENT_EM`` right of its column's left edge
  (两字缩进, a centred or right-aligned line) or where the line before ended at least
  ``SHORT_END_EM`` short of its column's right edge. A column's first line that is flush left
  continues the paragraph of the column before.
* Heavy lines a little larger than body type are sub-headings; consecutive ones are one.
* Jump notes on a line of their own (（下转第二版）, （上接第一版）) and byline lines before the
  first paragraph are taken out; a jump note closing the last line is cut off it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from banmian.fields.byline import standalone_byline
from banmian.fields.jump import Jump, find_jump, is_jump_line
from banmian.model import ParagraphRole
from banmian.pdf.blocks import PageGeometry
from banmian.pdf.lines import PdfLine

#: A line starting this many ems (of its own size) right of the column edge opens a paragraph: the
#: indent is two characters; one em of slack covers punctuation set half-width at the start.
INDENT_EM = 1.2
#: A line ending this many ems short of the column's right edge closes its paragraph.
SHORT_END_EM = 1.5
#: Two lines share a column when they overlap across by more than this share of the narrower one.
COLUMN_OVERLAP = 0.5
#: Share of a column's lines (by right edge, 0..1) that reach its right edge: the edge is the
#: right end of the line at this rank, which ignores punctuation hanging past the measure.
RIGHT_EDGE_RANK = 0.5
#: Characters that end a paragraph's last line; a short line ending otherwise (a dateline broken
#: before its bracket) is not taken as a paragraph end.
SENTENCE_END = frozenset("。！？…”’）)」』：:")
#: A byline printed on its own may wrap over this many lines.
MAX_BYLINE_LINES = 2
#: Confidence of a break read from an indent, and of one read only from a short line.
INDENT_BREAK_CONFIDENCE = 0.95
SHORT_BREAK_CONFIDENCE = 0.7


def _byline_lines(geo: PageGeometry, lines: Sequence[PdfLine]) -> list[PdfLine]:
    """The most leading lines (a byline may wrap) that read together as one byline, or none."""
    for n in range(len(lines), 0, -1):
        part = lines[:n]
        if any(geo.role(ln) == "sub" for ln in part):
            continue
        if standalone_byline("".join(ln.text for ln in part)) is not None:
            return list(part)
    return []


@dataclass(frozen=True, slots=True)
class Para:
    text: str  # raw: the lines' texts joined, extraction spaces kept (bylines need the gaps)
    role: ParagraphRole
    lines: tuple[PdfLine, ...]
    confidence: float = 1.0


@dataclass(slots=True)
class _Column:
    x0: float
    x1: float
    lines: list[PdfLine]


def columns(lines: Sequence[PdfLine]) -> list[_Column]:
    cols: list[_Column] = []
    for ln in sorted(lines, key=lambda ln: -ln.width):
        best, best_overlap = None, 0.0
        for c in cols:
            overlap = min(c.x1, ln.x1) - max(c.x0, ln.x0)
            if overlap > COLUMN_OVERLAP * min(ln.width, c.x1 - c.x0) and overlap > best_overlap:
                best, best_overlap = c, overlap
        if best is None:
            cols.append(_Column(ln.x0, ln.x1, [ln]))
        else:
            best.lines.append(ln)
            # Widen as lines join: a column of indented first lines still takes its flush-left
            # short last lines.
            best.x0, best.x1 = min(best.x0, ln.x0), max(best.x1, ln.x1)
    for c in cols:
        c.lines.sort(key=lambda ln: ln.y0)
        c.x0 = min(ln.x0 for ln in c.lines)
        ends = sorted(ln.x1 for ln in c.lines)
        c.x1 = ends[min(len(ends) - 1, int(len(ends) * RIGHT_EDGE_RANK))] if len(ends) > 2 else max(ends)
    cols.sort(key=lambda c: c.x0)
    return cols


def split_paragraphs(
    geo: PageGeometry, lines: Sequence[PdfLine], subheads: bool = True
) -> tuple[list[Para], list[tuple[Jump, PdfLine]], list[PdfLine]]:
    """Paragraphs in reading order, jump notes with their lines, and byline lines."""
    flow: list[tuple[PdfLine, _Column]] = [(ln, c) for c in columns(lines) for ln in c.lines]
    jumps: list[tuple[Jump, PdfLine]] = []
    bylines: list[PdfLine] = []
    kept: list[tuple[PdfLine, _Column]] = []
    i = 0
    while i < len(flow):
        ln, c = flow[i]
        if is_jump_line(ln.text):
            j = find_jump(ln.text)
            if j is not None:
                jumps.append((j, ln))
                i += 1
                continue
        if not kept and geo.role(ln) != "sub" and ln.x0 - c.x0 < INDENT_EM * ln.size:
            taken = _byline_lines(geo, [f[0] for f in flow[i : i + MAX_BYLINE_LINES]])
            if taken:
                bylines += taken
                i += len(taken)
                continue
        kept.append((ln, c))
        i += 1
    paras: list[Para] = []
    cur: list[PdfLine] = []
    cur_role = ParagraphRole.BODY
    confidence = 1.0

    def close() -> None:
        if cur:
            paras.append(Para("".join(ln.text for ln in cur), cur_role, tuple(cur), confidence))

    prev: tuple[PdfLine, _Column] | None = None
    for ln, c in kept:
        role = ParagraphRole.SUBHEADING if subheads and geo.role(ln) == "sub" else ParagraphRole.BODY
        em = ln.size
        if prev is None or role is not cur_role:
            start, conf = True, 1.0
        elif role is ParagraphRole.SUBHEADING:
            start, conf = False, 1.0
        elif ln.x0 - c.x0 >= INDENT_EM * em:
            start, conf = True, INDENT_BREAK_CONFIDENCE
        elif prev[0].x1 < prev[1].x1 - SHORT_END_EM * prev[0].size and prev[0].text.rstrip()[-1:] in SENTENCE_END:
            start, conf = True, SHORT_BREAK_CONFIDENCE
        else:
            start, conf = False, 1.0
        if start:
            close()
            cur, cur_role, confidence = [ln], role, conf
        else:
            cur.append(ln)
        prev = (ln, c)
    close()
    if paras and paras[-1].role is ParagraphRole.BODY:
        last = paras[-1]
        j = find_jump(last.text)
        if j is not None and not last.text[j.end :].strip(" \u3000。."):
            jumps.append((j, last.lines[-1]))
            paras[-1] = Para(last.text[: j.start].rstrip(), last.role, last.lines, last.confidence)
    return paras, jumps, bylines
