"""Reading a PDF's text layer: every printed character with its box, type size and font.

Coordinates are PDF points with the origin at the *top-left* of the page (y grows downwards), as in
``banmian.model.BBox``. A character's box is pdfium's *loose* box: the glyph's advance across and
the font's ascent to descent up and down, so boxes of one line share their top and bottom and
touching characters touch. The size is the effective one (the font size times the vertical scale
of the text matrix): Founder PDFs print at font size 1 with the size in the matrix.

Characters pdfium generates (spaces and line breaks it infers) and whitespace are dropped: the
layout is read from the geometry, where an indent or a gap is a distance, not a character.

Errors become ``banmian.errors`` classes with one-line messages; see ``open_pdf``.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from banmian.errors import BinaryInputError, EmptyInputError, InputError, UnsupportedInputError

#: Bytes at the start of a file searched for the ``%PDF-`` header (the PDF standard allows junk
#: before it; readers look at the first kilobyte).
PDF_HEADER_WINDOW = 1024
PDF_MAGIC = b"%PDF-"
#: Longest font name kept (bytes): PostScript names are at most 127.
FONT_NAME_BYTES = 128
#: Characters narrower or shorter than this (points) are not printed ink (zero-size artefacts).
MIN_CHAR_EXTENT_PT = 0.05
#: A path object thinner than this (points) in one direction is a rule, not an area.
RULE_THICKNESS_PT = 3.0
#: A rule or box edge must be at least this long (points) to count: shorter strokes are ornaments.
MIN_RULE_LENGTH_PT = 12.0
#: Filled areas and images smaller than this (points, each side) are ornaments, not photos.
MIN_AREA_SIDE_PT = 24.0
#: Nested form objects are read to this depth (levels); real pages nest one or two.
MAX_FORM_DEPTH = 4

_WHITESPACE = frozenset(" \t\r\n\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff\x00\x02")
_OBJ_TEXT, _OBJ_PATH, _OBJ_IMAGE, _OBJ_SHADING, _OBJ_FORM = 1, 2, 3, 4, 5


@dataclass(frozen=True, slots=True)
class PdfChar:
    """One printed character: its box (points, origin top-left), effective size (points) and font."""

    ch: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    font: str


@dataclass(frozen=True, slots=True)
class PdfShape:
    """A drawn thing that structures the page: ``hrule``, ``vrule``, ``box`` (stroked rectangle) or
    ``area`` (an image or a filled rectangle: a photo or a tint)."""

    kind: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True, slots=True)
class PdfPageContent:
    index: int
    width: float
    height: float
    chars: tuple[PdfChar, ...]
    shapes: tuple[PdfShape, ...]


_new = object.__new__
_SETTERS = tuple(PdfChar.__dict__[name].__set__ for name in ("ch", "x0", "y0", "x1", "y1", "size", "font"))


def _fast_char(ch: str, x0: float, y0: float, x1: float, y1: float, size: float, font: str) -> PdfChar:
    """``PdfChar(...)`` without the frozen dataclass's ``__init__`` (which sets each field through
    ``object.__setattr__``, twice the cost): a page holds thousands of characters, and building
    them was a fifth of the PDF path's own time. Same object, same fields, still frozen after."""
    c = _new(PdfChar)
    s_ch, s_x0, s_y0, s_x1, s_y1, s_size, s_font = _SETTERS
    s_ch(c, ch)
    s_x0(c, x0)
    s_y0(c, y0)
    s_x1(c, x1)
    s_y1(c, y1)
    s_size(c, size)
    s_font(c, font)
    return c


def _pdfium():  # noqa: ANN202 - the module object
    try:
        import pypdfium2
    except ImportError:  # pragma: no cover - depends on the installation
        raise UnsupportedInputError(
            "reading PDF files needs the pypdfium2 package (pip install pypdfium2)"
        ) from None
    return pypdfium2


def check_pdf_bytes(data: bytes, name: str) -> None:
    """Raise a one-line error unless ``data`` looks like a PDF file."""
    if not data:
        raise EmptyInputError(f"{name}: the file is empty")
    if PDF_MAGIC not in data[:PDF_HEADER_WINDOW]:
        raise BinaryInputError(f"{name}: not a PDF file (no %PDF- header)")


def read_pdf_source(source: Path | bytes, name: str | None = None) -> tuple[bytes, str]:
    """The bytes of a PDF and the label its errors name; a missing, unreadable, empty or non-PDF
    file raises a one-line ``InputError``. Shared by both readers (pdfium here, MuPDF in
    ``chars_mupdf``) so that a file fails the same way whichever reads it."""
    label = name or (str(source) if isinstance(source, Path) else "<bytes>")
    if isinstance(source, Path):
        try:
            data = source.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{label}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{label}: is a directory, not a PDF file") from None
        except OSError as err:
            raise InputError(f"{label}: cannot read it ({err.strerror or err})") from None
    else:
        data = source
    check_pdf_bytes(data, label)
    return data, label


def open_pdf(source: Path | bytes, name: str | None = None):  # noqa: ANN201 - PdfDocument
    """Open a PDF with pypdfium2, turning every failure into an ``InputError`` with one line."""
    data, label = read_pdf_source(source, name)
    pdfium = _pdfium()
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise _load_error(label, err) from None


def _load_error(label: str, err) -> InputError:  # noqa: ANN001 - PdfiumError
    import pypdfium2.raw as raw

    code = getattr(err, "err_code", None)
    if code == raw.FPDF_ERR_PASSWORD:
        return UnsupportedInputError(f"{label}: the PDF is encrypted with a password; decrypt it first")
    if code == raw.FPDF_ERR_SECURITY:
        return UnsupportedInputError(f"{label}: the PDF uses an unsupported security handler")
    return InputError(f"{label}: damaged PDF, it cannot be read ({err})")


def iter_pages(doc) -> Iterator[PdfPageContent]:  # noqa: ANN001 - PdfDocument
    """Each page's characters and shapes, in page order."""
    for index in range(len(doc)):
        page = doc[index]
        try:
            yield read_page(page, index)
        finally:
            page.close()


def read_page(page, index: int) -> PdfPageContent:  # noqa: ANN001 - PdfPage
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        chars = _chars(textpage, height)
    finally:
        textpage.close()
    return PdfPageContent(index, float(width), float(height), chars, _shapes(page, height))


def _chars(textpage, height: float) -> tuple[PdfChar, ...]:  # noqa: ANN001 - PdfTextPage
    import pypdfium2.raw as raw

    handle = textpage.raw
    count = textpage.count_chars()
    if count <= 0:
        return ()
    text = textpage.get_text_range(0, count)
    rect = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    buf = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    get_box, get_size, get_matrix = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize, raw.FPDFText_GetMatrix
    get_font, get_unicode = raw.FPDFText_GetFontInfo, raw.FPDFText_GetUnicode
    names: dict[bytes, str] = {}
    out: list[PdfChar] = []
    append = out.append
    make = _fast_char
    whitespace = _WHITESPACE
    aligned = len(text) == count  # no surrogate pairs: text[i] is char i
    for i in range(count):
        ch = text[i] if aligned else chr(get_unicode(handle, i))
        if ch in whitespace or not get_box(handle, i, rect):
            continue
        x0, x1, top, bottom = rect.left, rect.right, rect.top, rect.bottom
        if x1 - x0 < MIN_CHAR_EXTENT_PT or top - bottom < MIN_CHAR_EXTENT_PT:
            continue
        n = get_font(handle, i, buf, FONT_NAME_BYTES, flags)
        key = buf.raw[: max(0, n - 1)]
        font = names.get(key)
        if font is None:
            font = names[key] = key.decode("utf-8", "replace")
        size = get_size(handle, i)
        if get_matrix(handle, i, matrix):
            size *= math.hypot(matrix.c, matrix.d) or 1.0
        append(make(ch, x0, height - top, x1, height - bottom, size, font))
    return tuple(out)


def _shapes(page, height: float) -> tuple[PdfShape, ...]:  # noqa: ANN001 - PdfPage
    import pypdfium2.raw as raw

    out: list[PdfShape] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()

    get_type = raw.FPDFPageObj_GetType
    wanted = (_OBJ_PATH, _OBJ_IMAGE, _OBJ_SHADING)

    def visit(parent, depth: int, is_form: bool) -> None:  # noqa: ANN001
        n = raw.FPDFFormObj_CountObjects(parent) if is_form else raw.FPDFPage_CountObjects(parent)
        get = raw.FPDFFormObj_GetObject if is_form else raw.FPDFPage_GetObject
        # Founder pages hold one text object per character: this loop must stay lean.
        for k in range(n):
            obj = get(parent, k)
            kind = get_type(obj)
            if kind not in wanted:
                if kind == _OBJ_FORM and depth < MAX_FORM_DEPTH:
                    visit(obj, depth + 1, True)
                continue
            if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                continue
            x0, x1, y0, y1 = left.value, right.value, height - top.value, height - bottom.value
            w, h = x1 - x0, y1 - y0
            if kind == _OBJ_PATH:
                raw.FPDFPath_GetDrawMode(obj, fill, stroke)
                shape = _path_shape(x0, y0, x1, y1, w, h, bool(fill.value), bool(stroke.value))
            else:
                shape = PdfShape("area", x0, y0, x1, y1) if min(w, h) >= MIN_AREA_SIDE_PT else None
            if shape is not None:
                out.append(shape)

    visit(page.raw, 0, False)
    return tuple(out)


def _path_shape(x0: float, y0: float, x1: float, y1: float, w: float, h: float, filled: bool, stroked: bool) -> PdfShape | None:
    if h <= RULE_THICKNESS_PT and w >= MIN_RULE_LENGTH_PT:
        return PdfShape("hrule", x0, y0, x1, y1)
    if w <= RULE_THICKNESS_PT and h >= MIN_RULE_LENGTH_PT:
        return PdfShape("vrule", x0, y0, x1, y1)
    if min(w, h) < MIN_AREA_SIDE_PT:
        return None
    if filled:
        return PdfShape("area", x0, y0, x1, y1)
    return PdfShape("box", x0, y0, x1, y1) if stroked else None
