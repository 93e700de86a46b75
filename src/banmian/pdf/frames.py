"""Rules read as frames: four rules that close a rectangle are a box, and rules above all the
text (page-header decoration) separate nothing.

Founder and other page-makeup systems often draw a frame as four separate rules (and tiny corner
squares) instead of one rectangle. The box is what says "these articles are inside, those are
outside", so the rectangle is rebuilt from the rules; the rules stay too (they still bound columns).

A rule that lies wholly above every line of text (a short rule in the page header, the stubs between
its fields) and is no edge of a frame cannot separate one article from another, but it would give the lines under it another
"nearest rule above" than their neighbours and so cut one article in two: such rules are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.pdf.chars import PdfShape
from banmian.pdf.lines import PdfLine

#: The ends of the four rules of a frame may miss each other by this much (points): corners are
#: often separate small squares, and rule ends are cut at the stroke's middle or its edge.
CORNER_SLACK_PT = 3.0
#: Slack (points) when testing that a rule lies above every line of text.
ABOVE_TEXT_SLACK_PT = 2.0


def frame_shapes(shapes: Sequence[PdfShape], lines: Sequence[PdfLine]) -> tuple[PdfShape, ...]:
    """The page's shapes with boxes closed by four rules added and rules above all text removed."""
    boxes = _rule_boxes(shapes)
    top = min((ln.y0 for ln in lines), default=None)
    kept = [
        s for s in shapes
        if not (
            top is not None
            and s.kind in ("hrule", "vrule")
            and s.y1 <= top + ABOVE_TEXT_SLACK_PT
            and not any(_edge_of(s, b) for b in boxes)
        )
    ]
    return (*kept, *boxes)


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= CORNER_SLACK_PT


def _rule_boxes(shapes: Sequence[PdfShape]) -> list[PdfShape]:
    hrules = sorted((s for s in shapes if s.kind == "hrule"), key=lambda s: s.y0)
    vrules = [s for s in shapes if s.kind == "vrule"]
    existing = [s for s in shapes if s.kind == "box"]
    out: list[PdfShape] = []
    for i, top in enumerate(hrules):
        for bottom in hrules[i + 1 :]:
            if not (_near(top.x0, bottom.x0) and _near(top.x1, bottom.x1)):
                continue
            x0, x1 = min(top.x0, bottom.x0), max(top.x1, bottom.x1)
            y0, y1 = top.y0, bottom.y1
            if _side(vrules, x0, y0, y1) and _side(vrules, x1, y0, y1):
                box = PdfShape("box", x0, y0, x1, y1)
                if not any(_same_box(box, b) for b in (*existing, *out)):
                    out.append(box)
                break  # the nearest closing rule makes the frame; a lower one is another frame's
    return out


def _side(vrules: Sequence[PdfShape], x: float, y0: float, y1: float) -> bool:
    """A vertical rule at ``x`` running from ``y0`` to ``y1`` (corners may be missing)."""
    return any(
        _near((v.x0 + v.x1) / 2, x) and v.y0 <= y0 + CORNER_SLACK_PT and v.y1 >= y1 - CORNER_SLACK_PT for v in vrules
    )


def _edge_of(rule: PdfShape, box: PdfShape) -> bool:
    inside_x = box.x0 - CORNER_SLACK_PT <= rule.x0 and rule.x1 <= box.x1 + CORNER_SLACK_PT
    inside_y = box.y0 - CORNER_SLACK_PT <= rule.y0 and rule.y1 <= box.y1 + CORNER_SLACK_PT
    return inside_x and inside_y and (rule.kind == "hrule" and (_near(rule.y0, box.y0) or _near(rule.y1, box.y1)) or rule.kind == "vrule")


def _same_box(a: PdfShape, b: PdfShape) -> bool:
    return _near(a.x0, b.x0) and _near(a.y0, b.y0) and _near(a.x1, b.x1) and _near(a.y1, b.y1)
