"""Page geometry: the body type size, each line's role by size, headline stacks, cells and furniture.

* The *body size* is the type size that prints the most characters on the page.
* Roles by size relative to it: ``head`` (≥ ``HEAD_RATIO``: kicker, title, subtitle, banner),
  ``sub`` (``SUB_RATIO`` up to ``HEAD_RATIO`` in heavy type: sub-headings, the titles of briefs),
  ``small`` (≤ ``SMALL_RATIO``: captions, credits) and ``body``.
* A *stack* is a run of head lines one under the other that overlap across: 引题 / 主题 / 副题.
  Its title is the largest type; smaller lines above it are the kicker, below it the subtitle.
* A *cell* is the rectangle a line sits in between rules: the nearest vertical rules left and
  right that run past it, the nearest horizontal rule above it, and the box around it if any.
  Articles never cross a rule, so heads and body lines are matched inside their cell.
* Furniture: every line above the page's top rule when that rule lies in the top
  ``FURNITURE_ZONE`` of the page (masthead or page header), and header-like lines (page number,
  date, credits) in the top ``FURNITURE_EDGE`` of the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from banmian.fields.furniture import classify_furniture
from banmian.pdf.chars import PdfShape
from banmian.pdf.frames import frame_shapes
from banmian.pdf.lines import PdfLine, join_lines

#: Head lines are at least this many times the body size (ratio): titles start about 1.25×, kickers
#: and subtitles 1.2–1.3×; sub-headings (about 1.1×) stay below.
HEAD_RATIO = 1.15
#: Heavy lines from this ratio up to ``HEAD_RATIO`` are sub-headings or brief titles.
SUB_RATIO = 1.05
#: Lines at or below this ratio are small type (captions are set at about 0.9×).
SMALL_RATIO = 0.95
#: Two head lines are one stack when the gap between them is at most this many ems (of the
#: smaller line): display lines are set at a pitch of about 1.35 em.
STACK_GAP_EM = 0.9
#: A rule in the top share of the page (0..1) closes the masthead or page header.
FURNITURE_ZONE = 0.2
#: Lines in this top share of the page (0..1) are furniture when ``classify_furniture`` says so.
FURNITURE_EDGE = 0.06
#: A horizontal rule at least this share of the type width (0..1) crosses the page.
FULL_RULE_SHARE = 0.6
#: Head fragments on one row closer than this (ems) with no rule between are one line: a phrase
#: gap in letter-spaced display type (「简    讯」) is wider than a line's gap cut allows.
HEAD_JOIN_EM = 3.0
#: Single characters of a spaced-out label (「简      讯」) join across up to this many ems.
SPACED_LABEL_JOIN_EM = 5.0
#: Sizes within this share of the body size (0..1) are body type when finding the body's face.
SIZE_SAME_SHARE = 0.05
#: Slack (points) when testing whether a rule runs past a line or a line lies inside a box.
EDGE_SLACK_PT = 2.0


@dataclass(frozen=True, slots=True)
class Cell:
    x0: float
    x1: float
    top: float
    box: int  # index of the enclosing box shape, -1 when none


@dataclass(frozen=True, slots=True)
class Stack:
    lines: tuple[PdfLine, ...]

    @property
    def x0(self) -> float:
        return min(ln.x0 for ln in self.lines)

    @property
    def x1(self) -> float:
        return max(ln.x1 for ln in self.lines)

    @property
    def y0(self) -> float:
        return min(ln.y0 for ln in self.lines)

    @property
    def y1(self) -> float:
        return max(ln.y1 for ln in self.lines)


@dataclass(frozen=True, slots=True)
class PageGeometry:
    width: float
    height: float
    body_size: float
    lines: tuple[PdfLine, ...]
    furniture: tuple[PdfLine, ...]
    stacks: tuple[Stack, ...]
    shapes: tuple[PdfShape, ...]
    #: The face that prints most of the body-size type (captions are set in another one).
    body_font: str = ""

    def role(self, line: PdfLine) -> str:
        ratio = line.size / self.body_size
        if ratio >= HEAD_RATIO:
            return "head"
        if ratio >= SUB_RATIO and line.bold:
            return "sub"
        if ratio <= SMALL_RATIO:
            return "small"
        return "body"


def body_size(lines: Sequence[PdfLine]) -> float:
    counts: dict[float, int] = {}
    for ln in lines:
        key = round(ln.size, 1)
        counts[key] = counts.get(key, 0) + len(ln.chars)
    return max(counts, key=counts.__getitem__) if counts else 10.0


def analyse(lines: Sequence[PdfLine], shapes: Sequence[PdfShape], width: float, height: float) -> PageGeometry:
    size = body_size(lines)
    lines = _join_heads(lines, shapes, size)
    furniture = _furniture(lines, shapes, width, height)
    rest = [ln for ln in lines if ln not in furniture]
    shapes = frame_shapes(shapes, rest)
    heads = [ln for ln in rest if ln.size / size >= HEAD_RATIO]
    cells = {ln: _cell(shapes, width, ln.x0, ln.y0, ln.x1, ln.y1) for ln in heads}
    stacks = tuple(_stacks(heads, cells))
    return PageGeometry(width, height, size, tuple(rest), tuple(furniture), stacks, tuple(shapes), _body_font(rest, size))


def _body_font(lines: Sequence[PdfLine], body: float) -> str:
    counts: dict[str, int] = {}
    for ln in lines:
        if abs(ln.size - body) < SIZE_SAME_SHARE * body:
            counts[ln.font] = counts.get(ln.font, 0) + len(ln.chars)
    return max(counts, key=counts.__getitem__) if counts else ""


def _join_heads(lines: Sequence[PdfLine], shapes: Sequence[PdfShape], body: float) -> list[PdfLine]:
    rules = [s for s in shapes if s.kind == "vrule"]
    out: list[PdfLine] = []
    for ln in sorted(lines, key=lambda ln: (round(ln.yc), ln.x0)):
        prev = next((p for p in reversed(out[-6:]) if _joinable(p, ln, body, rules)), None)
        if prev is None:
            out.append(ln)
        else:
            out[out.index(prev)] = join_lines(prev, ln)
    out.sort(key=lambda ln: (round(ln.y0), ln.x0))
    return out


def _joinable(a: PdfLine, b: PdfLine, body: float, rules: Sequence[PdfShape]) -> bool:
    if a.size < HEAD_RATIO * body or abs(a.size - b.size) > 0.03 * a.size or abs(a.yc - b.yc) > 0.2 * a.size:
        return False
    gap = b.x0 - a.x1
    limit = SPACED_LABEL_JOIN_EM if len(a.chars) == 1 and len(b.chars) == 1 else HEAD_JOIN_EM
    if not 0 <= gap <= limit * a.size:
        return False
    return not any(a.x1 <= (r.x0 + r.x1) / 2 <= b.x0 and r.y0 <= a.yc <= r.y1 for r in rules)


def _furniture(lines: Sequence[PdfLine], shapes: Sequence[PdfShape], width: float, height: float) -> list[PdfLine]:
    xs = [ln.x0 for ln in lines] + [ln.x1 for ln in lines]
    type_width = (max(xs) - min(xs)) if xs else width
    top_rules = [
        s.y0 for s in shapes
        if s.kind == "hrule" and s.y0 < FURNITURE_ZONE * height and s.x1 - s.x0 >= FULL_RULE_SHARE * type_width
    ]
    limit = min(top_rules) if top_rules else None
    out = []
    for ln in lines:
        above_rule = limit is not None and ln.y1 <= limit + EDGE_SLACK_PT
        if above_rule or (ln.y0 < FURNITURE_EDGE * height and classify_furniture(ln.text) is not None):
            out.append(ln)
    # A page header has no rule under it on some pages: take the rest of its row (a big page number).
    if limit is None and out:
        row = list(out)
        out += [
            ln for ln in lines
            if ln not in row and ln.y0 < FURNITURE_EDGE * height and any(min(ln.y1, f.y1) > max(ln.y0, f.y0) for f in row)
        ]
    return out


def _stacks(heads: list[PdfLine], cells: dict[PdfLine, Cell]) -> list[Stack]:
    heads = sorted(heads, key=lambda ln: ln.y0)
    groups: list[list[PdfLine]] = []
    for ln in heads:
        home = None
        for g in groups:
            last = g[-1]
            gap = ln.y0 - last.y1
            overlap = min(ln.x1, last.x1) - max(ln.x0, last.x0)
            near = -0.5 * ln.size <= gap <= STACK_GAP_EM * min(ln.size, last.size)
            if near and overlap > 0 and cells[ln] == cells[last]:
                home = g
        if home is None:
            groups.append([ln])
        else:
            home.append(ln)
    return [Stack(tuple(g)) for g in groups]


def cell_of(geo: PageGeometry, x0: float, y0: float, x1: float, y1: float) -> Cell:
    """The rule-bounded rectangle holding the box ``x0, y0, x1, y1``."""
    return _cell(geo.shapes, geo.width, x0, y0, x1, y1)


def _cell(shapes: Sequence[PdfShape], width: float, x0: float, y0: float, x1: float, y1: float) -> Cell:
    xc, yc = (x0 + x1) / 2, (y0 + y1) / 2
    left, right, top = 0.0, width, 0.0
    box = -1
    for i, s in enumerate(shapes):
        if s.kind == "vrule":
            if s.y0 - EDGE_SLACK_PT <= yc <= s.y1 + EDGE_SLACK_PT:
                rx = (s.x0 + s.x1) / 2
                if rx <= xc and x0 >= rx - EDGE_SLACK_PT:
                    left = max(left, rx)
                elif rx > xc and x1 <= rx + EDGE_SLACK_PT:
                    right = min(right, rx)
        elif s.kind == "hrule":
            if s.x0 - EDGE_SLACK_PT <= xc <= s.x1 + EDGE_SLACK_PT and s.y1 <= y0 + EDGE_SLACK_PT:
                top = max(top, s.y1)
        elif (
            s.kind == "box"
            and s.x0 - EDGE_SLACK_PT <= x0
            and x1 <= s.x1 + EDGE_SLACK_PT
            and s.y0 - EDGE_SLACK_PT <= y0
            and y1 <= s.y1 + EDGE_SLACK_PT
            and (box < 0 or _area(s) < _area(shapes[box]))
        ):
            box = i
    return Cell(round(left, 1), round(right, 1), round(top, 1), box)


def _area(s: PdfShape) -> float:
    return (s.x1 - s.x0) * (s.y1 - s.y0)
