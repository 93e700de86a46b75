"""Each font's ascent − descent (ems) as MuPDF uses it, read from the PDF's font descriptors.

The vertical scale of a character (pdfium's size) is its loose box's height over this figure.
MuPDF takes a font's ascent and descent from its descriptor when the descriptor gives sane ones;
PyMuPDF reports them only through a second structured-text extraction (~2.5 ms a page, most of
the margin under the 50 ms target), while the descriptors are a dozen dictionary look-ups.

The descriptor reading is checked once per process against that extraction (``heights``): an
older MuPDF that preferred other metrics would fail the check, and the extraction is used always.
Fonts without usable descriptor values (the standard 14, Type 3, odd values) are always taken
from the extraction.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Descriptor values (thousandths of an em) outside these bounds are left to MuPDF to judge
#: (it replaces bogus ones by its defaults): real fonts ascend less than 1.5 em and descend less
#: than 1 em.
MAX_SANE_ASCENT = 1500.0
MIN_SANE_DESCENT = -1000.0
#: Two readings of one font's ascent − descent within this many ems agree (float32 rounding).
HEIGHT_TOLERANCE_EM = 1e-4

_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_FIRST_REF = re.compile(r"^\[\s*(\d+)\s+\d+\s+R")
#: Whether descriptor readings matched MuPDF's own in this process; None until checked.
_trusted: list[bool | None] = [None]


def heights(doc, page, fonts: set[str], extracted: Callable[[], dict[str, float]]) -> dict[str, float]:  # noqa: ANN001
    """Ascent − descent (ems) of ``fonts``, by name; ``extracted`` is MuPDF's own reading (costly),
    called when the descriptors cannot answer for every font or are not yet trusted."""
    described = descriptor_heights(doc, page)
    if _trusted[0] is None:
        own = extracted()
        shared = described.keys() & own.keys()
        if shared:  # the first page with a described font decides
            _trusted[0] = all(abs(described[f] - own[f]) <= HEIGHT_TOLERANCE_EM for f in shared)
        return own
    if _trusted[0] and fonts <= described.keys():
        return {f: described[f] for f in fonts}
    return extracted()


def descriptor_heights(doc, page) -> dict[str, float]:  # noqa: ANN001 - pymupdf objects
    """Ascent − descent (ems) by font name (as MuPDF names it: the descendant's base font without
    its subset tag) for the page's fonts with sane descriptor values; names whose fonts disagree
    are left out."""
    found: dict[str, float] = {}
    conflicting: set[str] = set()
    for xref, _ext, subtype, *_ in page.get_fonts(full=True):
        name, em = _font_height(doc, xref, subtype)
        if name is None:
            continue
        if em is None or (name in found and abs(found[name] - em) > HEIGHT_TOLERANCE_EM):
            conflicting.add(name)
        else:
            found[name] = em
    return {name: em for name, em in found.items() if name not in conflicting}


def _font_height(doc, xref: int, subtype: str) -> tuple[str | None, float | None]:  # noqa: ANN001
    if subtype == "Type3":
        return None, None
    if subtype == "Type0":
        kind, value = doc.xref_get_key(xref, "DescendantFonts")
        ref = _FIRST_REF.match(value) if kind == "array" else None
        if ref is None:
            return None, None
        xref = int(ref.group(1))
    kind, base = doc.xref_get_key(xref, "BaseFont")
    if kind != "name":
        return None, None
    name = _SUBSET_PREFIX.sub("", base.removeprefix("/"))
    kind, value = doc.xref_get_key(xref, "FontDescriptor")
    if kind != "xref":
        return name, None
    desc = int(value.split()[0])
    ascent, descent = _number(doc, desc, "Ascent"), _number(doc, desc, "Descent")
    if ascent is None or descent is None:
        return name, None
    descent = -abs(descent)  # MuPDF, too, reads a positive descent as negative
    if not (0.0 < ascent <= MAX_SANE_ASCENT and descent >= MIN_SANE_DESCENT):
        return name, None
    return name, (ascent - descent) / 1000.0


def _number(doc, xref: int, key: str) -> float | None:  # noqa: ANN001
    kind, value = doc.xref_get_key(xref, key)
    if kind not in ("int", "float"):
        return None
    try:
        return float(value)
    except ValueError:
        return None
