"""Which headline owns each body line and photo.

Rules bound articles where there are rules; where there are none, the headline's *territory* does:

* A stack's territory runs across the page from the stack sideways, over empty space, until the
  nearest thing beside it: another headline, a line of text at the height of the stack, a vertical
  rule, or the edge of its cell. A headline set over two of its three columns (the third one blank
  beside it) reaches over the third; a headline beside another one stops at it, so the two articles
  below them are kept apart although no rule separates them.
* A line (or photo) belongs to the lowest stack above it whose territory holds the line's middle
  and which no rule separates from it: no horizontal rule runs over the line between the stack and
  it, the vertical rules beside the line leave room for the whole stack (and those beside the stack
  for the line's middle: hanging punctuation and loose digit boxes may run past a rule or the page
  edge), and both lie in the same box.
* A photo no headline is over belongs to a headline set right under it (``PHOTO_HEAD_GAP_EM``).
* A label set on a rule (「——简讯——」, the rule running through it) heads what is under the rule:
  a rule through the stack is not between the stack and the lines below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from banmian.pdf.blocks import EDGE_SLACK_PT, Cell, PageGeometry, Stack, cell_of

#: A line of text stops a territory when it overlaps the stack's height by this share of its own
#: height (0..1); a line that only grazes the top or foot of the stack does not.
BAND_OVERLAP = 0.3
#: A line sits under a stack when its top is at most this far (points) above the stack's foot.
UNDER_SLACK_PT = 1.0
#: A photo no headline is over, whose foot is at most this many body ems above a headline lying
#: across it, is that story's picture (a photo story: picture, headline, legend).
PHOTO_HEAD_GAP_EM = 1.5


@dataclass(frozen=True, slots=True)
class Territory:
    """A stack, the columns it heads (``x0``..``x1``, points) and its cell."""

    stack: Stack
    x0: float
    x1: float
    cell: Cell
    #: The stack's own box (points), kept here: ``Stack`` computes it from its lines on each read.
    top: float
    foot: float
    left: float
    right: float


def territories(geo: PageGeometry) -> list[Territory]:
    stacked = {ln for st in geo.stacks for ln in st.lines}
    loose = [ln for ln in geo.lines if ln not in stacked]
    boxes = [(st, st.x0, st.y0, st.x1, st.y1) for st in geo.stacks]
    obstacles = [(st, ln.x0, ln.y0, ln.x1, ln.y1) for st in geo.stacks for ln in st.lines]
    obstacles += [(None, ln.x0, ln.y0, ln.x1, ln.y1) for ln in loose]
    out: list[Territory] = []
    for st, sx0, sy0, sx1, sy1 in boxes:
        cell = cell_of(geo, sx0, sy0, sx1, sy1)
        left, right = cell.x0, cell.x1
        for other, x0, y0, x1, y1 in obstacles:
            if other is st or min(y1, sy1) - max(y0, sy0) < BAND_OVERLAP * (y1 - y0):
                continue
            if x1 <= sx0 + EDGE_SLACK_PT:
                left = max(left, x1)
            elif x0 >= sx1 - EDGE_SLACK_PT:
                right = min(right, x0)
        out.append(Territory(st, left, right, cell, sy0, sy1, sx0, sx1))
    return out


def owner(geo: PageGeometry, terrs: Sequence[Territory], x0: float, y0: float, x1: float, y1: float) -> Territory | None:
    """The territory whose stack heads the box ``x0, y0, x1, y1``, or None (headless text)."""
    xc = (x0 + x1) / 2
    cell = cell_of(geo, x0, y0, x1, y1)
    best: Territory | None = None
    for t in terrs:
        if t.foot > y0 + UNDER_SLACK_PT or not t.x0 - EDGE_SLACK_PT <= xc <= t.x1 + EDGE_SLACK_PT:
            continue
        if best is not None and t.top <= best.top:
            continue
        if not _separated(t, cell, xc):
            best = t
    return best


def _separated(t: Territory, cell: Cell, xc: float) -> bool:
    if cell.box != t.cell.box or cell.top > t.foot + EDGE_SLACK_PT:
        return True
    if t.left < cell.x0 - EDGE_SLACK_PT or t.right > cell.x1 + EDGE_SLACK_PT:
        return True
    return not t.cell.x0 - EDGE_SLACK_PT <= xc <= t.cell.x1 + EDGE_SLACK_PT


def headline_under(geo: PageGeometry, terrs: Sequence[Territory], x0: float, y0: float, x1: float, y1: float) -> Territory | None:
    """The headline set right under the photo ``x0, y0, x1, y1`` and across it, or None."""
    xc = (x0 + x1) / 2
    best: Territory | None = None
    for t in terrs:
        gap = t.top - y1
        if not -UNDER_SLACK_PT <= gap <= PHOTO_HEAD_GAP_EM * geo.body_size:
            continue
        if min(t.right, x1) <= max(t.left, x0) or not t.x0 - EDGE_SLACK_PT <= xc <= t.x1 + EDGE_SLACK_PT:
            continue
        if best is None or t.top < best.top:
            best = t
    return best
