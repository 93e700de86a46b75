"""Page furniture: the front-page masthead, the inner-page header line and slogan banners.

Furniture is what tells the page's number, section and date; the truth holds exactly what the
furniture printed (a masthead whose name is a picture gives no newspaper name).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from banmian.eval.synth.fonts import HEI, MING
from banmian.eval.synth.model import HEAD, Ink, PlacedLine, Shape
from banmian.eval.synth.names import SECTIONS, cn_number, paper_name, people, slogan
from banmian.eval.synth.style import PageStyle
from banmian.eval.synth.text import set_line, tokenize
from banmian.eval.synth.truth import PageInfo

WEEKDAYS = "一二三四五六日"
#: Share of mastheads whose paper name is a logo picture (no text), as on many e-paper PDFs.
LOGO_MASTHEAD_SHARE = 0.25
#: Share of inner headers that also print the paper's name.
HEADER_NAME_SHARE = 0.3
#: Masthead name size range (points).
MASTHEAD_SIZES = (40, 56)
#: Banner type size range (points) before fitting to the page width.
BANNER_SIZES = (18, 30)


@dataclass(frozen=True, slots=True)
class Furniture:
    ink: Ink
    info: PageInfo
    height: float


def date_line(date: dt.date) -> str:
    return f"{date.year}年{date.month}月{date.day}日 星期{WEEKDAYS[date.weekday()]}"


def _line(
    text: str,
    font: str,
    size: float,
    x: float,
    y: float,
    width: float,
    align: str = "left",
    tracking: float = 0.0,
    grey: float = 0.0,
) -> PlacedLine:
    tokens = tokenize(text, font, size, None, width * 4)
    line = set_line(tokens, width, size, align=align, tracking=tracking)
    return PlacedLine(x + line.offset, y, size, line, grey)


def masthead(rng: random.Random, style: PageStyle, date: dt.date, pages: int) -> Furniture:
    ink = Ink()
    name = paper_name(rng)
    size = rng.randint(*MASTHEAD_SIZES)
    top, x, width = style.margin, style.margin, style.width - 2 * style.margin
    logo = rng.random() < LOGO_MASTHEAD_SHARE
    if logo:
        ink.shapes.append(Shape("photo", x, top, size * 4, size * 1.2))
    else:
        ink.add(HEAD, _line(name, HEI, size, x, top + size, width, tracking=size * rng.choice((0.0, 0.2))))
    side = [
        date_line(date),
        f"国内统一连续出版物号 CN {rng.randint(11, 65)}-{rng.randint(1, 99):04d}",
        f"第{rng.randint(1000, 19999)}期  今日{cn_number(pages)}版",
    ]
    for n, text in enumerate(side):
        ink.add(HEAD, _line(text, MING, 10.0, x, top + 14 + 15 * n, width, align="right"))
    bottom = top + max(size * 1.3, 14 + 15 * len(side))
    ink.shapes.append(Shape("rule", x, bottom, width, 0))
    info = PageInfo(None if logo else name, date.isoformat(), 1, None)
    return Furniture(ink, info, bottom + style.leading - style.margin)


def header(rng: random.Random, style: PageStyle, date: dt.date, number: int) -> Furniture:
    ink = Ink()
    section = rng.choice(SECTIONS)
    x, width, y = style.margin, style.width - 2 * style.margin, style.margin + 16
    number_text = rng.choice((f"第{number}版", str(number)))
    left = number % 2 == 0
    ink.add(HEAD, _line(number_text, HEI, 16.0, x, y, width, align="left" if left else "right"))
    inner = width - 120
    ink.add(HEAD, _line(section, HEI, 13.0, x + 60, y, inner, align="left" if left else "right"))
    credits = f"责任编辑：{people(rng, 1)[0]}"
    if rng.random() < 0.5:
        credits += f"  版式设计：{people(rng, 1)[0]}"
    name = paper_name(rng) if rng.random() < HEADER_NAME_SHARE else None
    middle = "  ".join(t for t in (name, date_line(date)) if t)
    ink.add(HEAD, _line(middle, MING, 9.5, x + 60, y, inner, align="center"))
    ink.add(HEAD, _line(credits, MING, 9.0, x + 60, y, inner, align="right" if left else "left"))
    ink.shapes.append(Shape("rule", x, y + 6, width, 0))
    info = PageInfo(name, date.isoformat(), number, section)
    return Furniture(ink, info, y + 6 + style.leading - style.margin)


def banner(rng: random.Random, style: PageStyle, top: float) -> tuple[Ink, str, float]:
    """A slogan line across the page at ``top``; returns its ink, its text and its height."""
    text = " ".join(slogan(rng))
    width = style.width - 2 * style.margin
    size = float(rng.randint(*BANNER_SIZES))
    while size > style.body_size and sum(t.width for t in tokenize(text, HEI, size, None, width * 4)) > width:
        size -= 1
    ink = Ink()
    y = top + size * 1.2
    ink.add(HEAD, _line(text, HEI, size, style.margin, y, width, align="center", grey=0.3))
    return ink, text, size * 1.6
