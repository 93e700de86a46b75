"""The PDF path: characters with their boxes, fonts and sizes read straight from the PDF.

``parse_pdf(path, options)`` returns one ``Page`` per PDF page, in page order, in the same model
(and so the same export contract) as the text path, with a box (points, origin top-left) on every
title, paragraph, caption, byline and article. Modules, in the order they run:

``chars`` (pypdfium2: characters, rules, boxes, photos; ``chars_mupdf`` reads the same with the
optional, faster PyMuPDF, chosen by ``backend``) → ``lines`` (rows cut at gutters and rules,
letter spacing kept whole) → ``blocks`` (body size, roles by size, headline stacks, cells,
furniture; ``frames`` closes boxes drawn as four rules) → ``paragraphs`` (columns, reading order,
paragraph breaks) → ``articles`` (grouping by ``ownership``, ``captions``, bylines, jumps, briefs)
→ ``pageinfo`` (newspaper, date, page number, section). ``jumps`` links the parts of an article
continued on another page (``parse_pdf_document``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from banmian.errors import UnsupportedInputError
from banmian.layout.script import ScriptReading, read_simplified
from banmian.model import Page, PageWarning, SourceInfo
from banmian.model.transform import map_texts
from banmian.options import ParseOptions
from banmian.pdf.articles import build_articles
from banmian.pdf.backend import BACKENDS, open_pages
from banmian.pdf.blocks import analyse
from banmian.pdf.chars import PdfPageContent
from banmian.pdf.jumps import LinkedArticle, link_jumps
from banmian.pdf.lines import build_lines
from banmian.pdf.pageinfo import furniture_items, page_info

__all__ = ["BACKENDS", "IMAGE_ONLY_CODE", "LinkedArticle", "PdfDocumentResult", "link_jumps", "parse_pdf", "parse_pdf_document", "parse_pdf_page"]

#: Warning code of a page without a text layer.
IMAGE_ONLY_CODE = "no_text_layer"
_OCR_NOTE = "it is an image only (a scan); OCR for such pages is planned but not available yet"


def parse_pdf(
    source: str | os.PathLike[str] | bytes, options: ParseOptions | None = None, backend: str = "auto"
) -> list[Page]:
    """Rebuild the articles of every page of a PDF, one ``Page`` each, in page order.

    ``backend`` picks the PDF reader: ``"pdfium"`` (pypdfium2, always installed), ``"mupdf"``
    (PyMuPDF, an optional AGPL extra, ~1.7× as fast on Founder pages) or ``"auto"`` (MuPDF
    when installed, else pdfium). Both give the same characters and shapes (see ``chars_mupdf``).

    Raises ``banmian.InputError`` (one line) for a missing, empty, non-PDF, damaged or encrypted
    file, and ``UnsupportedInputError`` when no page has a text layer or ``backend`` cannot be
    used. A page without text among others comes back empty, with a ``no_text_layer`` warning.
    """
    opts = options or ParseOptions()
    path = None if isinstance(source, bytes) else str(source)
    with open_pages(source if isinstance(source, bytes) else Path(source), backend) as contents:
        pages = [parse_pdf_page(content, opts, path) for content in contents]
    label = path or "<bytes>"
    if not pages:
        raise UnsupportedInputError(f"{label}: the PDF has no pages")
    if all(p.warnings and p.warnings[0].code == IMAGE_ONLY_CODE for p in pages):
        raise UnsupportedInputError(f"{label}: the PDF has no text layer; {_OCR_NOTE}")
    return pages


@dataclass(frozen=True, slots=True)
class PdfDocumentResult:
    """Every page of a PDF as ``parse_pdf`` gives them (each page's contract unchanged, jump notes
    on its parts), plus the articles continued across pages, each once and whole."""

    pages: tuple[Page, ...]
    linked: tuple[LinkedArticle, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"pages": [p.to_dict() for p in self.pages], "linked_articles": [a.to_dict() for a in self.linked]}


def parse_pdf_document(
    source: str | os.PathLike[str] | bytes, options: ParseOptions | None = None, backend: str = "auto"
) -> PdfDocumentResult:
    """``parse_pdf`` and ``jumps.link_jumps`` together: the pages and the articles linked across them."""
    pages = parse_pdf(source, options, backend)
    return PdfDocumentResult(tuple(pages), tuple(link_jumps(pages)))


def parse_pdf_page(content: PdfPageContent, options: ParseOptions, path: str | None = None) -> Page:
    source = SourceInfo(path=path, encoding=None, kind="pdf", line_count=0, page_index=content.index)
    if not content.chars:
        warning = PageWarning(IMAGE_ONLY_CODE, f"page {content.index + 1} has no text layer; {_OCR_NOTE}")
        return Page(info=page_info((), options), warnings=(warning,), source=source)
    script, content = _read_simplified(content)
    lines = build_lines(content.chars, content.shapes)
    geo = analyse(lines, content.shapes, content.width, content.height)
    articles, banners, unplaced = build_articles(geo, content.index)
    warnings = ()
    if unplaced:
        warnings = (PageWarning("unplaced_text", f"{len(unplaced)} piece(s) of text could not be placed; see 'unplaced'"),)
    page = Page(
        info=page_info(geo.furniture, options, articles),
        banners=tuple(banners),
        articles=tuple(articles),
        furniture=tuple(furniture_items(geo.furniture, content.index)),
        unplaced=tuple(unplaced),
        warnings=warnings,
        source=source,
    )
    # The page's characters in content order are its one "line": an item's box names no line, so a
    # character printed in two forms takes the form printed where its text's first characters are.
    return page if script.original is None else map_texts(page, lambda text, _: script.restore(text, None))


def _read_simplified(content: PdfPageContent) -> tuple[ScriptReading, PdfPageContent]:
    """A page printed in traditional characters, its characters read simplified (layout.script)."""
    text = "".join(char.ch for char in content.chars)
    if len(text) != len(content.chars):  # a character the PDF maps to several: left as read
        return ScriptReading((text,)), content
    script = read_simplified([text])
    if script.original is None:
        return script, content
    chars = tuple(replace(char, ch=read) for char, read in zip(content.chars, script.lines[0], strict=True))
    return script, replace(content, chars=chars)
