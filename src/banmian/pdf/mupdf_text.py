"""The characters of a page read with PyMuPDF, in pdfium's terms (see ``chars_mupdf``).

Three quantities come from three extractions of the page's text (MuPDF "structured text"):

* the *loose* box, the advance across and the font's ascent to descent up and down, from a text
  page with PyMuPDF's ascender corrections off (``_quad_corrections``): MuPDF's own quad;
* the *ink* top and bottom, from a second text page with ``TEXT_ACCURATE_BBOXES``: pdfium widens
  the loose box to the glyph's ink where the glyph overshoots, and most CJK glyphs reach above
  the ascent in the descriptor (Founder's 0.709 em), so without it line tops differ by 0.5-4 pt;
* each font's ascent − descent (ems), from the font descriptors (``mupdf_fonts``) or a ``dict``
  extraction with corrections on: the loose box's height over it is the vertical scale, pdfium's
  size.

Fast path (upright text, the same spans in both text pages, the page frame pdfium's): loose
boxes come per span from a ``dict`` extraction (its span box is the union of its characters'
quads, so ascent and descent at the span's scale are its top and bottom off the extreme
baselines), per character only from the ink pass: two ``rawdict`` walks cost ~8 ms a page more.
Otherwise every character's loose box is read (``_general``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from banmian.pdf import mupdf_fonts
from banmian.pdf.chars import _WHITESPACE, MIN_CHAR_EXTENT_PT, PdfChar, _fast_char

#: A line direction component below this (unit vector) counts as zero: the text is axis-aligned.
AXIS_EPSILON = 1e-3
#: Ascent minus descent (ems) below this is no usable font height; the size falls back to MuPDF's.
MIN_FONT_HEIGHT_EM = 0.05

_NO_INK = (0.0, 0.0, 0.0, 0.0)


def read_chars(pymupdf, page, frame, heights: dict[str, float]) -> tuple[PdfChar, ...]:  # noqa: ANN001
    """The page's characters; ``heights`` (font → ascent − descent, ems) is filled as needed."""
    flags = pymupdf.TEXT_INHIBIT_SPACES  # spaces are dropped anyway; no media-box clip, as pdfium
    textpage = page.get_textpage(flags=flags)
    with _quad_corrections(pymupdf, skip=True):
        loose = textpage.extractDICT()
        ink = page.get_textpage(flags=flags | pymupdf.TEXT_ACCURATE_BBOXES).extractRAWDICT()
    fonts = {s["font"] for s in _spans(loose)}
    if fonts - heights.keys():
        heights.update(mupdf_fonts.heights(page.parent, page, fonts, lambda: _font_heights(pymupdf, textpage)))
    if frame.to_user is None:
        fast = _fast(loose, ink, heights)
        if fast is not None:
            return fast
    with _quad_corrections(pymupdf, skip=True):
        raw = textpage.extractRAWDICT()
    return _general(raw, ink, heights, frame)


def _lines(page_dict: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for block in page_dict["blocks"]:
        if block["type"] == 0:
            yield from block["lines"]


def _spans(page_dict: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for line in _lines(page_dict):
        yield from line["spans"]


class _quad_corrections:  # noqa: N801 - used as a ``with`` statement
    """PyMuPDF's global "quad corrections" switch, set for one extraction and restored after.

    Off (``skip=True``), a character's box is MuPDF's own quad: ascent to descent of the font at
    the character's vertical scale, which is pdfium's box. On, PyMuPDF rescales short boxes to the
    font size and reports each span's true ascender and descender (off, it reports 0.8 and -0.2).
    The default differs between PyMuPDF versions, so it is always set explicitly."""

    def __init__(self, pymupdf, skip: bool) -> None:  # noqa: ANN001
        self._tools, self._skip, self._before = pymupdf.TOOLS, skip, None

    def __enter__(self) -> None:
        self._before = self._tools.unset_quad_corrections()
        self._tools.unset_quad_corrections(self._skip)

    def __exit__(self, *exc: object) -> None:
        self._tools.unset_quad_corrections(bool(self._before))


def _font_heights(pymupdf, textpage) -> dict[str, float]:  # noqa: ANN001
    """Each font's ascent − descent (ems) as MuPDF set its quads (~2.5 ms a page)."""
    with _quad_corrections(pymupdf, skip=False):
        return {s["font"]: s["ascender"] - s["descender"] for s in _spans(textpage.extractDICT())}


def _fast(loose: dict[str, Any], ink: dict[str, Any], heights: dict[str, float]) -> list[PdfChar] | None:
    """Characters from per-span loose boxes and per-character ink; None when a line is not
    upright or the two text pages did not cut the text into the same spans."""
    out: list[PdfChar] = []
    append, make, whitespace = out.append, _fast_char, _WHITESPACE
    loose_lines, ink_lines = list(_lines(loose)), list(_lines(ink))
    if len(loose_lines) != len(ink_lines):
        return None
    for line, ink_line in zip(loose_lines, ink_lines, strict=True):
        spans, ink_spans = line["spans"], ink_line["spans"]
        if line["wmode"] or abs(line["dir"][1]) >= AXIS_EPSILON or line["dir"][0] < 0 or len(spans) != len(ink_spans):
            return None
        for span, ink_span in zip(spans, ink_spans, strict=True):
            chars = ink_span["chars"]
            if not chars:
                continue
            if len(chars) != len(span["text"]):
                return None
            font = span["font"]
            baselines = [c["origin"][1] for c in chars]
            _, top, _, bottom = span["bbox"]
            above, below = min(baselines) - top, bottom - max(baselines)  # ascent, −descent (pt)
            em = heights.get(font, 0.0)
            size = (above + below) / em if em >= MIN_FONT_HEIGHT_EM else span["size"]
            if above + below < MIN_CHAR_EXTENT_PT:
                continue
            for c in chars:
                ch = c["c"]
                if ch in whitespace:
                    continue
                x0, iy0, x1, iy1 = c["bbox"]  # across: the advance; up and down: the ink
                if x1 - x0 < MIN_CHAR_EXTENT_PT:
                    continue
                oy = c["origin"][1]
                y0, y1 = oy - above, oy + below
                if iy1 > iy0:  # comparisons, not min()/max(): this loop runs per character
                    if iy0 < y0:
                        y0 = iy0
                    if iy1 > y1:
                        y1 = iy1
                append(make(ch, x0, y0, x1, y1, size, font))
    return out


def _general(raw: dict[str, Any], ink: dict[str, Any], heights: dict[str, float], frame) -> tuple[PdfChar, ...]:  # noqa: ANN001
    """Characters from per-character loose boxes, any direction, any page frame."""
    out: list[PdfChar] = []
    append, make, whitespace, convert = out.append, _fast_char, _WHITESPACE, frame.box
    identity = frame.to_user is None
    inks = _ink_boxes(raw, ink)
    for line in _lines(raw):
        axis = _scale_axis(*line["dir"], line["wmode"])
        for span in line["spans"]:
            font = span["font"]
            em = heights.get(font, 0.0)
            for c in span["chars"]:
                ch = c["c"]
                if ch in whitespace:
                    continue
                ix0, iy0, ix1, iy1 = next(inks)
                x0, y0, x1, y1 = c["bbox"]
                if x1 - x0 < MIN_CHAR_EXTENT_PT or y1 - y0 < MIN_CHAR_EXTENT_PT:
                    continue
                size = _vertical_size(x1 - x0, y1 - y0, em, axis, span["size"])
                if iy1 > iy0 and axis == 1:  # the ink pass gives ink up and down, advance across
                    y0, y1 = min(y0, iy0), max(y1, iy1)
                if not identity:
                    x0, y0, x1, y1 = convert(x0, y0, x1, y1)
                append(make(ch, x0, y0, x1, y1, size, font))
    return tuple(out)


def _ink_boxes(raw: dict[str, Any], ink: dict[str, Any]) -> Iterator[tuple[float, float, float, float]]:
    """The ink box of each non-blank character of ``raw``, in order; empty boxes throughout
    when the two passes did not read the same non-blank characters."""
    whitespace = _WHITESPACE
    loose = [c["c"] for s in _spans(raw) for c in s["chars"] if c["c"] not in whitespace]
    tight = [(c["c"], c["bbox"]) for s in _spans(ink) for c in s["chars"] if c["c"] not in whitespace]
    if [ch for ch, _ in tight] != loose:
        return iter([_NO_INK] * len(loose))
    return (box for _, box in tight)


def _scale_axis(dx: float, dy: float, wmode: int) -> int:
    """Where a character's vertical scale can be read off its box: 1 its height (upright or
    upside-down text), 2 its width (turned a quarter), 0 nowhere (slanted or vertical writing)."""
    if wmode:
        return 0
    if abs(dy) < AXIS_EPSILON:
        return 1
    if abs(dx) < AXIS_EPSILON:
        return 2
    return 0


def _vertical_size(width: float, height: float, em: float, axis: int, fallback: float) -> float:
    """pdfium's size (the vertical scale) from a loose box ascent-to-descent high: its extent
    across the baseline over the font's ascent − descent; MuPDF's own size where unreadable."""
    if em < MIN_FONT_HEIGHT_EM or axis == 0:
        return fallback
    return (height if axis == 1 else width) / em
