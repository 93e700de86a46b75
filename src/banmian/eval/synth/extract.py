"""Reading a page's text layer back with the extractors users actually run on newspaper PDFs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2

from banmian.errors import BanmianError

#: Seconds allowed per pdftotext run; a one-page PDF takes ~50 ms, so this only catches a hang.
PDFTOTEXT_TIMEOUT_S = 60
#: pdftotext's modes: its default reading order, ``-raw`` (the content stream's order) and ``-layout``
#: (columns side by side on each line, padded with spaces, as many users dump pages); pdfium's text
#: page; PyMuPDF's plain text (``Page.get_text("text")``), only where the optional extra is
#: installed (``pip install 'banmian[mupdf]'``), so it is in no default set.
EXTRACTORS = ("pdftotext", "pdftotext-raw", "pdftotext-layout", "pdfium", "pymupdf")


class ExtractorError(BanmianError):
    """An extractor is unknown, missing, or failed on a generated page."""


def _pdftotext(pdf: Path, mode: str | None) -> str:
    """``mode``: None for pdftotext's default reading order, else its flag (``-raw``, ``-layout``)."""
    if shutil.which("pdftotext") is None:
        raise ExtractorError("pdftotext not found; install the Debian package poppler-utils")
    cmd = ["pdftotext", "-enc", "UTF-8", *([mode] if mode else []), str(pdf), "-"]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=PDFTOTEXT_TIMEOUT_S, check=True)
    except (subprocess.SubprocessError, OSError) as exc:
        raise ExtractorError(f"pdftotext failed on {pdf}: {exc}") from exc
    return done.stdout.decode("utf-8")


def _pdfium(pdf: Path) -> str:
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        parts = []
        for page in doc:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
        return "\n".join(parts).replace("\r\n", "\n").replace("\r", "\n")
    finally:
        doc.close()


def _pymupdf(pdf: Path) -> str:
    try:
        import pymupdf
    except ImportError as exc:
        raise ExtractorError("the pymupdf extractor needs PyMuPDF: pip install 'banmian[mupdf]'") from exc
    try:
        with pymupdf.open(str(pdf)) as doc:
            return "\f".join(page.get_text("text") for page in doc)
    except (RuntimeError, ValueError) as exc:  # PyMuPDF raises these on a damaged file
        raise ExtractorError(f"PyMuPDF failed on {pdf}: {exc}") from exc


def extract(pdf: Path, extractor: str) -> str:
    if extractor == "pdftotext":
        return _pdftotext(pdf, None)
    if extractor == "pdftotext-raw":
        return _pdftotext(pdf, "-raw")
    if extractor == "pdftotext-layout":
        return _pdftotext(pdf, "-layout")
    if extractor == "pdfium":
        return _pdfium(pdf)
    if extractor == "pymupdf":
        return _pymupdf(pdf)
    raise ExtractorError(f"unknown extractor {extractor!r} (known: {', '.join(EXTRACTORS)})")
