"""Captions of photos: the type a reader takes for a photo's legend, wherever it is set.

A caption is set in other type than the body (smaller, or another face) and sits

* on the photo itself (a credit 「张三/摄」 printed over a corner of the picture): any line whose
  middle lies inside the photo;
* under the photo, starting within ``CAPTION_GAP_EM`` of its foot and lying across it; in a photo
  story whose headline is set between the photo and the legend, under that headline instead;
* beside the photo, when nothing is under it: lines starting within ``CAPTION_GAP_EM`` of its left
  or right side, inside its height, alone in their column there (a narrow legend next to a wide
  picture; text wrapping around the photo fills its column and stays body).

Lines of the same size and face that follow the first one down, at most a line's height apart,
belong to the same caption.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.pdf.blocks import PageGeometry, Stack
from banmian.pdf.chars import PdfShape
from banmian.pdf.lines import PdfLine

#: A caption starts at most this many body ems under (or beside) its photo.
CAPTION_GAP_EM = 2.5
#: Slack (ems of body type) when testing that a caption lies across (or beside) its photo.
CAPTION_SIDE_EM = 1.0
#: Caption type is at most this share of the body size (0..1) when set in the body's face.
CAPTION_SIZE_RATIO = 0.97
#: Lines of one caption differ in size by at most this share of the body size (0..1).
CAPTION_SIZE_TOLERANCE = 0.05


def caption_runs(geo: PageGeometry, lines: Sequence[PdfLine], areas: Sequence[PdfShape], stack: Stack | None) -> list[list[PdfLine]]:
    """For each photo with a legend, the legend's lines in reading order (a credit on the photo
    first). Lines are taken at most once."""
    em = geo.body_size
    font = geo.body_font
    used: set[PdfLine] = set()
    out: list[list[PdfLine]] = []
    for a in areas:
        free = [ln for ln in lines if ln not in used]
        on = [ln for ln in free if a.x0 <= ln.xc <= a.x1 and a.y0 <= ln.yc <= a.y1]
        foot = a.y1
        if stack is not None and stack.y0 >= a.y1 - 1 and min(stack.x1, a.x1) > max(stack.x0, a.x0):
            foot = stack.y1  # photo story: the headline is set between the picture and its legend
        side = CAPTION_SIDE_EM * em
        below = [
            ln for ln in free
            if ln not in on and foot - 1 <= ln.y0 <= foot + CAPTION_GAP_EM * em and ln.x0 >= a.x0 - side and ln.x1 <= a.x1 + side
        ]
        run = _run(free, min(below, key=lambda ln: ln.y0), a, em, font, across=True) if below else []
        if not run:
            beside = [
                ln for ln in free
                if ln not in on and (ln.size <= CAPTION_SIZE_RATIO * em or ln.font != font) and a.y0 - side <= ln.y0 and ln.y1 <= a.y1 + side
                and (a.x1 - 1 <= ln.x0 <= a.x1 + CAPTION_GAP_EM * em or a.x0 - CAPTION_GAP_EM * em <= ln.x1 <= a.x0 + 1)
            ]
            run = _run(free, min(beside, key=lambda ln: ln.y0), a, em, font, across=False) if beside else []
            if run and _text_beside(free, run, a, side):
                run = []  # a heavy lead-in of text that wraps around the photo, not a legend
        whole = sorted(on, key=lambda ln: (ln.y0, ln.x0)) + run
        if whole:
            used.update(whole)
            out.append(whole)
    return out


def _text_beside(lines: Sequence[PdfLine], run: Sequence[PdfLine], a: PdfShape, side: float) -> bool:
    """Whether other lines share the column of ``run`` beside the photo: a legend stands alone."""
    x0, x1 = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    return any(
        ln not in run and min(ln.x1, x1) > max(ln.x0, x0) and a.y0 - side <= ln.y0 and ln.y1 <= a.y1 + side
        for ln in lines
    )


def _run(lines: Sequence[PdfLine], first: PdfLine, a: PdfShape, em: float, font: str, across: bool) -> list[PdfLine]:
    """The caption starting at ``first``, or nothing when ``first`` is set in body type."""
    if not (first.size <= CAPTION_SIZE_RATIO * em or first.font != font):
        return []
    run = [first]
    for ln in sorted(lines, key=lambda ln: ln.y0):
        prev = run[-1]
        if ln.y0 <= prev.y0 or ln in run:
            continue
        if abs(ln.size - first.size) >= CAPTION_SIZE_TOLERANCE * em or ln.font != first.font or ln.y0 - prev.y1 > first.size:
            continue
        if across and not (ln.x0 >= a.x0 - em and ln.x1 <= a.x1 + em):
            continue
        if not across and not (abs(ln.x0 - first.x0) <= em or abs(ln.x1 - first.x1) <= em):
            continue
        run.append(ln)
    return run
