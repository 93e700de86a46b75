"""Drawing tiny PDF pages for the PDF-path tests: text at a baseline, rules, boxes and grey photos.

Coordinates are points with the origin at the top-left (as in ``banmian.model.BBox``); ``y`` of a
text run is its baseline. Only WenQuanYi Zen Hei is used (the test machine's CJK face).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

FONT_PATH = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
FONT = "BMTest-Hei"


def register() -> None:
    if not FONT_PATH.is_file():
        pytest.skip(f"{FONT_PATH} is not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_PATH), subfontIndex=0))


@dataclass
class Sheet:
    """One page's drawing: call ``text``, ``rule``, ``box``, ``photo``, then ``Doc.save``."""

    width: float = 600.0
    height: float = 800.0
    ops: list[tuple] = field(default_factory=list)

    def text(self, x: float, y: float, text: str, size: float = 10.0, char_space: float = 0.0, scale: float = 1.0) -> None:
        self.ops.append(("text", x, y, text, size, char_space, scale))

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.ops.append(("rule", x0, y0, x1, y1))

    def box(self, x: float, y: float, w: float, h: float) -> None:
        self.ops.append(("box", x, y, w, h))

    def photo(self, x: float, y: float, w: float, h: float) -> None:
        self.ops.append(("photo", x, y, w, h))

    def column(self, x: float, y: float, paragraphs: list[str], chars: int, size: float = 10.0, lead: float = 14.0, indent: bool = True) -> float:
        """Paragraphs set in a column ``chars`` characters wide, first lines indented two
        characters; returns the baseline below the last line."""
        for para in paragraphs:
            first = True
            rest = para
            while rest:
                off = 2 if first and indent else 0
                take = chars - off
                self.text(x + off * size, y, rest[:take], size)
                rest = rest[take:]
                first = False
                y += lead
        return y


def save(path: Path, sheets: list[Sheet], password: str | None = None) -> Path:
    register()
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    first = sheets[0]
    enc = pdfencrypt.StandardEncryption(password, ownerPassword=password + "-owner") if password else None
    c = canvas.Canvas(str(path), pagesize=(first.width, first.height), invariant=1, encrypt=enc)
    for sheet in sheets:
        c.setPageSize((sheet.width, sheet.height))
        h = sheet.height
        for op in sheet.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, text, size, space, scale = op
                c.saveState()
                c.translate(x, h - y)
                c.scale(scale, scale)
                t = c.beginText()
                t.setFont(FONT, size / scale)
                t.setCharSpace(space / scale)
                t.setTextOrigin(0, 0)
                t.textOut(text)
                c.drawText(t)
                c.restoreState()
            elif kind == "rule":
                _, x0, y0, x1, y1 = op
                c.setLineWidth(0.5)
                c.line(x0, h - y0, x1, h - y1)
            elif kind == "box":
                _, x, y, w, bh = op
                c.setLineWidth(0.5)
                c.rect(x, h - y - bh, w, bh, stroke=1, fill=0)
            elif kind == "photo":
                _, x, y, w, bh = op
                c.setFillGray(0.78)
                c.rect(x, h - y - bh, w, bh, stroke=0, fill=1)
                c.setFillGray(0)
        c.showPage()
    c.save()
    return path
