"""Drawing a composed page into a one-page PDF, in the page's drawing order.

Extractors that follow the content stream (pdfium) give text in exactly this order, so the order is
part of what the set tests: headline after body on "body-first" pages, as in Founder e-paper PDFs.
"""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.pdfgen import canvas

from banmian.eval.synth.compose import Composed
from banmian.eval.synth.fonts import register_fonts, reportlab_name
from banmian.eval.synth.model import BODY, HEAD, TAIL, Ink, PlacedLine, Shape

#: Grey level of photo placeholders (0 black … 1 white).
PHOTO_GREY = 0.78
ORDERS = {"reading": (HEAD, BODY, TAIL), "body-first": (BODY, HEAD, TAIL)}


def _shape(c: canvas.Canvas, shape: Shape, height: float) -> None:
    if shape.kind == "photo":
        c.setFillGray(PHOTO_GREY)
        c.rect(shape.x, height - shape.y - shape.h, shape.w, shape.h, stroke=0, fill=1)
    elif shape.kind == "box":
        c.rect(shape.x, height - shape.y - shape.h, shape.w, shape.h, stroke=1, fill=0)
    else:
        c.line(shape.x, height - shape.y, shape.x + shape.w, height - shape.y - shape.h)


def _line(c: canvas.Canvas, placed: PlacedLine, height: float) -> None:
    text = c.beginText()
    text.setFillGray(placed.grey)
    text.setCharSpace(placed.line.char_space)
    for seg in placed.line.segments:
        text.setFont(reportlab_name(seg.font), placed.size)
        text.setTextOrigin(placed.x + seg.dx, height - placed.y)
        text.textOut(seg.text)
    c.drawText(text)


def _ink(c: canvas.Canvas, ink: Ink, order: tuple[str, ...], height: float) -> None:
    c.setLineWidth(0.5)
    for shape in ink.shapes:
        _shape(c, shape, height)
    for group in order:
        for placed in ink.groups[group]:
            _line(c, placed, height)


def draw_page(page: Composed, path: Path, rng: random.Random) -> None:
    """Write ``page`` to ``path``; ``invariant`` keeps the PDF bytes free of dates and random ids."""
    register_fonts()
    style = page.style
    c = canvas.Canvas(str(path), pagesize=(style.width, style.height), invariant=1)
    order = ORDERS[style.order]
    articles = list(page.articles)
    if style.article_order == "shuffled":
        rng.shuffle(articles)
    furniture = [Ink(shapes=page.shapes), *page.furniture]
    for ink in (furniture + articles) if style.furniture_first else (articles + furniture):
        _ink(c, ink, order, style.height)
    c.showPage()
    c.save()
