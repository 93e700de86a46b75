"""Reading a PDF's characters and shapes with PyMuPDF: the same ``PdfPageContent`` as ``chars``.

Why a second reader: pdfium takes ~68 ms to read a Founder page (each character is its own text
object; loading the page and building its text page are most of it), beyond the whole budget of
50 ms a page; MuPDF reads the same characters and shapes in ~35 ms. PyMuPDF is AGPL-licensed, so
it is an optional extra (``pip install 'banmian[mupdf]'``), imported only when it is used.

What "the same" means, field by field (``chars`` is the reference):

* Coordinates are converted to pdfium's: PDF user space, ``y`` measured down from the page
  height (``_Frame``), so a page with a crop box or a rotation reads as pdfium reads it.
* Characters (``mupdf_text``): pdfium's loose box (the advance across, the font's ascent to
  descent up and down, widened to the glyph's ink where it overshoots) and its size (the font
  size times the *vertical* scale of the text matrix: MuPDF's own size is the geometric mean of
  both scales, which differs for Founder's condensed 长体/扁体 type). What is left differs by
  hundredths of a point: MuPDF bounds the ink tightly, pdfium by the outline's control points and
  also across (a glyph overshooting its advance).
* Shapes: a path's box is its points' box widened by its line width (pdfium's rule, half a point
  for a hairline), classified by ``chars._path_shape``; images, image masks and shadings are areas.
  Drawing order is kept (MuPDF numbers every drawing operation; paths and images are merged by it).

Known differences, all rare on newspaper pages: MuPDF also reads annotation appearances, reads
forms nested deeper than ``chars.MAX_FORM_DEPTH``, drops a character drawn twice in a row at the
same place (fake bold; pdfium keeps both and ``lines`` merges them), and gives vertical writing
(``wmode`` 1) boxes from the font box rather than pdfium's vertical metrics.
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from banmian.errors import InputError, UnsupportedInputError
from banmian.pdf.chars import MIN_AREA_SIDE_PT, PdfPageContent, PdfShape, _path_shape, read_pdf_source
from banmian.pdf.mupdf_text import read_chars

#: The one-line hint given when the MuPDF backend is asked for but not installed.
INSTALL_HINT = "install PyMuPDF (AGPL): pip install 'banmian[mupdf]'"
#: pdfium pads a zero-width (hairline) stroke by this much on every side, in points.
HAIRLINE_PAD_PT = 0.5
#: bboxlog entries that are areas when large enough (pdfium: image and shading objects).
_AREA_OPS = frozenset(("fill-image", "fill-imgmask", "fill-shade"))


def mupdf_available() -> bool:
    """True when PyMuPDF can be imported; checked without importing it (PyMuPDF 2 imports its
    layout model with it, ~0.8 s; 1.26 takes ~0.1 s)."""
    try:
        return importlib.util.find_spec("pymupdf") is not None
    except (ImportError, ValueError):  # a broken install, or the module blanked in sys.modules
        return False


def _pymupdf():  # noqa: ANN202 - the module object
    try:
        import pymupdf
    except ImportError:
        raise UnsupportedInputError(f"reading PDFs with MuPDF needs PyMuPDF; {INSTALL_HINT}") from None
    return pymupdf


def open_pdf_mupdf(source: Path | bytes, name: str | None = None):  # noqa: ANN201 - pymupdf.Document
    """Open a PDF with PyMuPDF; failures are the same one-line ``InputError``s as ``chars.open_pdf``."""
    data, label = read_pdf_source(source, name)
    pymupdf = _pymupdf()
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as err:  # noqa: BLE001 - MuPDF raises several classes for a broken file
        raise InputError(f"{label}: damaged PDF, it cannot be read ({_one_line(err)})") from None
    if doc.needs_pass:
        doc.close()
        raise UnsupportedInputError(f"{label}: the PDF is encrypted with a password; decrypt it first")
    if doc.page_count == 0 and doc.is_repaired:
        # MuPDF rebuilds a broken file into an empty document where pdfium refuses it.
        doc.close()
        raise InputError(f"{label}: damaged PDF, it cannot be read (no pages could be recovered)")
    return doc


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split()) or type(err).__name__


def iter_pages_mupdf(doc) -> Iterator[PdfPageContent]:  # noqa: ANN001 - pymupdf.Document
    """Each page's characters and shapes, in page order (``chars.iter_pages`` for MuPDF)."""
    heights: dict[str, float] = {}  # font name → ascent − descent (ems), kept across pages
    for index in range(doc.page_count):
        yield read_page_mupdf(doc[index], index, heights)


def read_page_mupdf(page, index: int, heights: dict[str, float] | None = None) -> PdfPageContent:  # noqa: ANN001
    """One page's content. ``heights`` caches each font's ascent − descent between pages."""
    pymupdf = _pymupdf()
    width, height = float(page.rect.width), float(page.rect.height)  # pdfium's size: rotated
    rotation = page.rotation
    if rotation:  # read in user space, as pdfium does (PyMuPDF's own text trace does the same)
        page.set_rotation(0)
    try:
        frame = _Frame.of(page, width, height)
        chars = read_chars(pymupdf, page, frame, {} if heights is None else heights)
        shapes = _shapes(page, frame)
    finally:
        if rotation:
            page.set_rotation(rotation)
    return PdfPageContent(index, width, height, chars, shapes)


@dataclass(frozen=True, slots=True)
class _Frame:
    """From MuPDF's page space (the unrotated crop box, origin top-left) to pdfium's: user-space
    ``x``, and ``y`` = page height − user-space ``y``, the height being the one pdfium reports
    (that of the rotated page)."""

    width: float
    height: float
    #: MuPDF page space → PDF user space; None when the two differ by the y flip alone.
    to_user: Any

    @classmethod
    def of(cls, page, width: float, height: float) -> _Frame:  # noqa: ANN001 - pymupdf.Page (unrotated)
        to_user = ~page.transformation_matrix
        flip_only = (to_user.a, to_user.b, to_user.c, to_user.d, to_user.e) == (1, 0, 0, -1, 0)
        if flip_only and math.isclose(to_user.f, height, abs_tol=1e-6):
            return cls(width, height, None)
        return cls(width, height, to_user)

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        if self.to_user is None:
            return x0, y0, x1, y1
        import pymupdf

        r = pymupdf.Rect(x0, y0, x1, y1) * self.to_user
        h = self.height
        return r.x0, h - r.y1, r.x1, h - r.y0


def _shapes(page, frame: _Frame) -> tuple[PdfShape, ...]:  # noqa: ANN001 - pymupdf.Page
    """Rules, boxes and areas in drawing order. ``get_bboxlog`` lists every drawing operation in
    order; ``get_cdrawings`` describes the paths among them (fill, stroke, width), numbered by the
    same sequence, and merges a path both filled and stroked into one, as pdfium's path object."""
    paths = {d["seqno"]: d for d in page.get_cdrawings()}
    out: list[PdfShape] = []
    for seqno, (op, rect) in enumerate(page.get_bboxlog()):
        path = paths.get(seqno)
        if path is not None:
            shape = _path(path, frame)
        elif op in _AREA_OPS:
            x0, y0, x1, y1 = frame.box(*rect)
            shape = PdfShape("area", x0, y0, x1, y1) if min(x1 - x0, y1 - y0) >= MIN_AREA_SIDE_PT else None
        else:
            continue
        if shape is not None:
            out.append(shape)
    return tuple(out)


def _path(path: dict[str, Any], frame: _Frame) -> PdfShape | None:
    kind = path["type"]
    filled, stroked = "f" in kind, "s" in kind
    x0, y0, x1, y1 = path["rect"]
    if stroked:
        pad = path.get("width") or 0.0
        pad = pad if pad > 0 else HAIRLINE_PAD_PT
        x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    x0, y0, x1, y1 = frame.box(x0, y0, x1, y1)
    return _path_shape(x0, y0, x1, y1, x1 - x0, y1 - y0, filled, stroked)
