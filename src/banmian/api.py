"""The Python entry points; the CLI is a thin layer over these."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

from banmian.errors import InputError
from banmian.ingest.text import TextSource, read_text_source
from banmian.model import Page
from banmian.options import ParseOptions
from banmian.segment.calibration import blank_line_share, calibrated
from banmian.segment.engine import parse_lines

#: A ``str`` source longer than this, or holding a newline, is page text rather than a path.
MAX_PATH_CHARS = 4096
PATH_LIKE = re.compile(r"[/\\]|\.(?:txt|text|pdf|json)$", re.IGNORECASE)
CJK_TEXT = re.compile(r"[\u3400-\u9fff]")
#: How a PDF file begins (after at most this many bytes of junk, which readers tolerate).
PDF_MAGIC = b"%PDF-"
PDF_MAGIC_SEARCH_BYTES = 1024


def parse(source: str | os.PathLike[str] | bytes, options: ParseOptions | None = None) -> Page:
    """Rebuild the articles of one page.

    ``source`` is a path (``Path`` or a ``str`` naming an existing file) to a text layer or a
    one-page PDF, the page's text as a ``str``, or its raw bytes (whose encoding is detected).
    Raises ``banmian.InputError`` with a one-line message for input that cannot be read as a page;
    a PDF of several pages is read with ``parse_pages``.
    """
    pages = parse_pages(source, options)
    if len(pages) != 1:
        raise InputError(f"{_label(source)}: {len(pages)} pages (a PDF, or a text layer with page breaks); banmian.parse_pages() reads them all")
    return pages[0]


def parse_pages(source: str | os.PathLike[str] | bytes, options: ParseOptions | None = None) -> list[Page]:
    """Every page of a source, in order: the pages of a PDF, or those of a text layer (a form feed,
    which pdftotext writes after every page, breaks pages; line numbers count from the file's
    first line and each page's ``source.page_index`` says which it is)."""
    opts = options or ParseOptions()
    given = _as_input(source)
    if _is_pdf(given):
        from banmian.pdf import parse_pdf

        return parse_pdf(given, opts)
    pages = read_text_source(given).pages()
    if len(pages) == 1:
        return [_text_page(pages[0], opts)]
    return [_nth_page(_text_page(page, opts), index) for index, page in enumerate(pages)]


def _text_page(source: TextSource, options: ParseOptions) -> Page:
    """One page of a text layer, its articles' confidences calibrated (segment.calibration) unless
    the options keep the rules' own."""
    page = parse_lines(source, options)
    return calibrated(page, blank_line_share(source.lines)) if options.calibrated_confidence else page


def _nth_page(page: Page, index: int) -> Page:
    return replace(page, source=replace(page.source, page_index=index))


def _as_input(source: str | os.PathLike[str] | bytes) -> Path | str | bytes:
    if isinstance(source, bytes | Path):
        return source
    if isinstance(source, os.PathLike):
        return Path(source)
    if "\n" in source or len(source) > MAX_PATH_CHARS or not source.strip():
        return source  # an empty string is empty text (Path("") would name the working directory)
    candidate = Path(source)
    try:
        if candidate.exists():
            return candidate
    except OSError:
        return source
    # A one-line string that looks like a path and names nothing is a missing file, not a page.
    if PATH_LIKE.search(source) and not CJK_TEXT.search(source):
        return candidate
    return source


def _is_pdf(source: Path | str | bytes) -> bool:
    if isinstance(source, bytes):
        return PDF_MAGIC in source[:PDF_MAGIC_SEARCH_BYTES]
    if isinstance(source, Path):
        if source.suffix.lower() == ".pdf":
            return True
        try:
            with source.open("rb") as fh:
                return PDF_MAGIC in fh.read(PDF_MAGIC_SEARCH_BYTES)
        except OSError:
            return False  # reported by the text reader, with its one-line message
    return False


def _label(source: str | os.PathLike[str] | bytes) -> str:
    return "input" if isinstance(source, bytes) or (isinstance(source, str) and "\n" in source) else str(source)
