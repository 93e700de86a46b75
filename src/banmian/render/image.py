"""The page as a picture: the PDF page rasterised with pypdfium2 and the reconstruction drawn over
it with Pillow, so that a user sees at a glance which text went into which article.

Drawn, bottom to top: banners and furniture shaded grey; each article's titles, paragraphs and
captions outlined lightly in the article's colour; unplaced text outlined dashed red; each
article's region outlined in its colour; then the labels (item letters, article numbers), last so
that no outline hides them. Sizes are in points and scale with the page, with a floor in pixels so
that a small rendering stays legible.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from banmian.errors import InputError, UnsupportedInputError
from banmian.model import BBox, Page
from banmian.render.options import RenderOptions
from banmian.render.palette import (
    SHADE_COLOUR,
    UNPLACED_COLOUR,
    Colour,
    label_text_colour,
)
from banmian.render.regions import PageRegions, page_regions

if TYPE_CHECKING:
    from PIL import Image, ImageDraw, ImageFont

#: Article outline width (points): thicker than any rule printed on a page, so it is not mistaken for one.
ARTICLE_OUTLINE_PT = 1.5
#: Outline width of a title, paragraph or caption box (points): thin, as these are secondary.
ITEM_OUTLINE_PT = 0.6
#: Opacity (0–255) of item outlines: about half, "lighter" than the article's own outline.
ITEM_ALPHA = 130
#: Opacity (0–255) of the grey over banners and furniture: the text underneath stays readable.
SHADE_ALPHA = 70
#: Outline width (points) of the unplaced-text boxes, and their dash and gap lengths (points).
UNPLACED_OUTLINE_PT = 1.2
DASH_PT = 4.0
DASH_GAP_PT = 3.0
#: Height of an article number's digits (points): larger than body type (5–10 pt) so it is found at a glance.
NUMBER_TEXT_PT = 12.0
#: Height of an item letter (points): smaller than the number, so the two are not confused.
LETTER_TEXT_PT = 8.0
#: Padding (points) between a label's text and the edge of its filled box.
LABEL_PAD_PT = 1.2
#: Smallest line width and text height (pixels) whatever the scale: below these nothing shows.
MIN_LINE_PX = 1
MIN_NUMBER_PX = 12
MIN_LETTER_PX = 9
#: Bold sans-serif faces tried, in order, for labels (digits and Latin letters only, so no CJK
#: face is needed); Pillow's built-in font is the fallback.
LABEL_FONT_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/Library/Fonts/Arial Bold.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
)


@dataclass(frozen=True, slots=True)
class PageRaster:
    """A rasterised page and how model boxes map onto it.

    ``origin_x``/``origin_y`` (points) shift model coordinates onto the rendered crop box: the
    parser measures y down from the top of the page box's height, while pdfium renders the crop
    box, which may start away from the page's origin.
    """

    image: Image.Image
    width_pt: float
    height_pt: float
    scale: float
    origin_x: float = 0.0
    origin_y: float = 0.0

    def to_px(self, box: BBox) -> tuple[int, int, int, int]:
        """``box`` in pixels, clipped to the image (a box may spill past the page edge)."""
        w, h = self.image.size
        sx, sy = w / self.width_pt, h / self.height_pt
        x0 = round((box.x0 + self.origin_x) * sx)
        y0 = round((box.y0 + self.origin_y) * sy)
        x1 = round((box.x1 + self.origin_x) * sx)
        y1 = round((box.y1 + self.origin_y) * sy)
        x0, x1 = sorted((min(max(x0, 0), w - 1), min(max(x1, 0), w - 1)))
        y0, y1 = sorted((min(max(y0, 0), h - 1), min(max(y1, 0), h - 1)))
        return x0, y0, x1, y1

    def fraction(self, box: BBox) -> tuple[float, float, float, float]:
        """``box`` as fractions (0–1) of the image's width and height: left, top, width, height."""
        w, h = self.image.size
        x0, y0, x1, y1 = self.to_px(box)
        return x0 / w, y0 / h, (x1 - x0) / w, (y1 - y0) / h


def render_pdf_page(
    pdf_path: str | Path | bytes, page_index: int, page: Page, options: RenderOptions | None = None
) -> bytes:
    """PDF page ``page_index`` (0-based) as a PNG, with ``page`` (its reconstruction) drawn over it."""
    opts = options or RenderOptions()
    with open_document(pdf_path) as doc:
        raster = rasterise(doc, page_index, opts)
    return png_bytes(draw_regions(raster, page_regions(page, page_index), opts))


@contextmanager
def open_document(source: str | Path | bytes) -> Iterator:
    """The PDF open for rendering, closed on leaving the ``with``; errors are one-line ``InputError``s
    (the parser's own opener, so a file that parses also renders)."""
    from banmian.pdf.chars import open_pdf

    doc = open_pdf(source if isinstance(source, bytes) else Path(source))
    try:
        yield doc
    finally:
        doc.close()


def rasterise(doc, page_index: int, options: RenderOptions) -> PageRaster:  # noqa: ANN001 - PdfDocument
    """Page ``page_index`` of an open PDF as a Pillow image at the options' scale."""
    _pil()  # fail early, with the install hint, before rendering
    if not 0 <= page_index < len(doc):
        raise InputError(f"page {page_index + 1}: the PDF has {len(doc)} page(s)")
    pdf_page = doc[page_index]
    try:
        width, height = (float(v) for v in pdf_page.get_size())
        scale = options.effective_scale(height)
        image = pdf_page.render(scale=scale, may_draw_forms=True).to_pil().convert("RGB")
        left, bottom, _right, _top = pdf_page.get_cropbox()
    finally:
        pdf_page.close()
    return PageRaster(image, width, height, scale, origin_x=-float(left), origin_y=float(bottom))


def draw_regions(raster: PageRaster, regions: PageRegions, options: RenderOptions) -> Image.Image:
    """A copy of the raster with the regions drawn over it (see the module's docstring)."""
    from PIL import Image, ImageDraw

    base = raster.image.convert("RGBA")
    overlay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    s = raster.scale

    def px(points: float, floor: int = MIN_LINE_PX) -> int:
        return max(floor, round(points * s))

    for item in regions.shaded:
        draw.rectangle(raster.to_px(item.bbox), fill=(*SHADE_COLOUR, SHADE_ALPHA), outline=(*SHADE_COLOUR, 255))
    if options.item_boxes:
        for region in regions.articles:
            for item in region.items:
                draw.rectangle(raster.to_px(item.bbox), outline=(*region.colour, ITEM_ALPHA), width=px(ITEM_OUTLINE_PT))
    for item in regions.unplaced:
        _dashed_rectangle(draw, raster.to_px(item.bbox), UNPLACED_COLOUR, px(UNPLACED_OUTLINE_PT), px(DASH_PT), px(DASH_GAP_PT))
    for region in regions.articles:
        draw.rectangle(raster.to_px(region.bbox), outline=(*region.colour, 255), width=px(ARTICLE_OUTLINE_PT))

    letter_font = _font(px(LETTER_TEXT_PT, MIN_LETTER_PX))
    number_font = _font(px(NUMBER_TEXT_PT, MIN_NUMBER_PX))
    pad = px(LABEL_PAD_PT)
    numbers = [
        (_place(draw, base.size, raster.to_px(r.bbox)[:2], str(r.number), number_font, pad, outside_left=False), r)
        for r in regions.articles
    ]
    taken = [rect for rect, _ in numbers]
    for region in regions.articles:
        for item in region.items:
            if item.label is not None:
                rect = _place(draw, base.size, raster.to_px(item.bbox)[:2], item.label, letter_font, pad, outside_left=True)
                _draw_label(draw, _clear_of(rect, taken, base.size[0]), item.label, letter_font, region.colour, pad)
    for rect, region in numbers:
        _draw_label(draw, rect, str(region.number), number_font, region.colour, pad)
    return Image.alpha_composite(base, overlay).convert("RGB")


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


Rect = tuple[int, int, int, int]


def _place(
    draw: ImageDraw.ImageDraw,
    size: tuple[int, int],
    corner: tuple[int, int],
    text: str,
    font: ImageFont.ImageFont | ImageFont.FreeTypeFont,
    pad: int,
    *,
    outside_left: bool,
) -> Rect:
    """Where a tag holding ``text`` goes: inside the box at ``corner`` (an article's number, at
    its top-left) or just left of it (an item's letter, in the column gutter, so it hides no
    text); inside after all when the page edge leaves no room outside."""
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    w, h = right - left + 2 * pad, bottom - top + 2 * pad
    x, y = corner
    if outside_left and x - w >= 0:
        x -= w
    width, height = size
    x, y = min(x, max(0, width - w)), min(y, max(0, height - h))
    return x, y, x + w - 1, y + h - 1


def _clear_of(rect: Rect, taken: list[Rect], width: int) -> Rect:
    """``rect`` moved right past any article number it would sit under (a title at the very
    corner of its article would otherwise have its letter hidden by the number)."""
    x0, y0, x1, y1 = rect
    for tx0, ty0, tx1, ty1 in taken:
        if x0 <= tx1 and tx0 <= x1 and y0 <= ty1 and ty0 <= y1 and tx1 + 1 + (x1 - x0) < width:
            x0, x1 = tx1 + 1, tx1 + 1 + (x1 - x0)
    return x0, y0, x1, y1


def _draw_label(
    draw: ImageDraw.ImageDraw, rect: Rect, text: str, font: ImageFont.ImageFont | ImageFont.FreeTypeFont, fill: Colour, pad: int
) -> None:
    left, top, _, _ = draw.textbbox((0, 0), text, font=font)
    draw.rectangle(rect, fill=(*fill, 255))
    draw.text((rect[0] + pad - left, rect[1] + pad - top), text, font=font, fill=(*label_text_colour(fill), 255))


def _dashed_rectangle(
    draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], colour: Colour, width: int, dash: int, gap: int
) -> None:
    """Pillow draws no dashed lines: each side is a row of short segments."""
    x0, y0, x1, y1 = box
    fill = (*colour, 255)
    for a, b, horizontal, fixed in ((x0, x1, True, y0), (x0, x1, True, y1), (y0, y1, False, x0), (y0, y1, False, x1)):
        start = a
        while start <= b:
            end = min(start + dash, b)
            line = (start, fixed, end, fixed) if horizontal else (fixed, start, fixed, end)
            draw.line(line, fill=fill, width=width)
            start = end + gap + 1


@lru_cache(maxsize=16)
def _font(size_px: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    from PIL import ImageFont

    for path in LABEL_FONT_PATHS:
        if Path(path).is_file():
            try:
                return ImageFont.truetype(path, size_px)
            except OSError:
                continue
    try:
        return ImageFont.load_default(size=size_px)
    except (TypeError, ImportError, OSError):  # Pillow < 10.1 or no FreeType: the fixed bitmap font
        return ImageFont.load_default()


def _pil() -> None:
    try:
        import PIL  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the installation
        raise UnsupportedInputError("rendering pages needs the Pillow package (pip install Pillow)") from None
