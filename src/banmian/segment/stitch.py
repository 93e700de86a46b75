"""Rejoin the pieces of an article that an extractor printed apart.

pdftotext reads side-by-side articles row by row: the first column of article A, then the first
column of B, then A's second column … An article comes out in pieces, with other articles'
pieces between. A piece that stops mid-sentence at a full line (a column's last line) must go on
somewhere; a piece that starts with a full line that opens no paragraph (no indent, no byline)
must continue something. Such open ends and open starts are paired first come, first served —
the order in which the extractor visits the columns — between pieces set in the same measure.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from banmian.layout.lines import LineInfo
from banmian.segment.bylines import BYLINE_PREFIX

if TYPE_CHECKING:
    from banmian.segment.assign import ArticlePlan

#: A piece ends open when its last line fills at least this share of its column (the column ran
#: out, the sentence did not).
OPEN_END_MIN_FILL = 0.85
#: A piece starts open when its first line fills at least this share: a paragraph's first line is
#: two characters short, a continued line is full.
OPEN_START_MIN_FILL = 0.9
#: Pieces of one article share their column measure: within this many em.
SAME_MEASURE = 1.5


def stitch(entries: list) -> list:
    """Entries with continued pieces merged into the plan they continue (first come, first served)."""
    from banmian.segment.assign import ArticlePlan

    waiting: deque[ArticlePlan] = deque()
    out: list = []
    for entry in entries:
        if not isinstance(entry, ArticlePlan) or not entry.bodies:
            out.append(entry)
            continue
        if _open_start(entry.bodies[0].lines[0]):
            host = _host_for(waiting, entry)
            if host is not None:
                host.parts.extend(entry.parts)
                if not _open_end(host.bodies[-1].lines[-1]):
                    waiting.remove(host)
                continue
        out.append(entry)
        if _open_end(entry.bodies[-1].lines[-1]):
            waiting.append(entry)
    return out


def _host_for(waiting: deque, piece: ArticlePlan) -> ArticlePlan | None:
    first = piece.bodies[0].lines[0]
    for host in waiting:
        last = host.bodies[-1].lines[-1]
        if abs(last.column_width - first.column_width) <= SAME_MEASURE:
            return host
    return None


def _open_end(line: LineInfo) -> bool:
    if line.ends_sentence or line.jump is not None or line.date_line is not None or line.text.endswith(("）", ")")):
        return False
    return line.fill >= OPEN_END_MIN_FILL


def _open_start(line: LineInfo) -> bool:
    if line.indented or line.leading_space or line.leading_byline is not None or BYLINE_PREFIX.match(line.text):
        return False
    if line.jump is not None:
        return False
    return line.fill >= OPEN_START_MIN_FILL and not line.text.startswith(("“", "（", "《"))

