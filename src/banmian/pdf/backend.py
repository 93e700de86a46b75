"""Choosing the PDF reader: pypdfium2 (``chars``) or PyMuPDF (``chars_mupdf``).

Both yield the same ``PdfPageContent`` per page; MuPDF is ~1.7× as fast on Founder pages but
AGPL-licensed, so it is an optional extra, used by ``"auto"`` only when it is installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from banmian.errors import UnsupportedInputError
from banmian.pdf.chars import PdfPageContent, iter_pages, open_pdf

#: The accepted ``backend`` values, "auto" first.
BACKENDS = ("auto", "pdfium", "mupdf")


def resolve_backend(backend: str) -> str:
    """``"pdfium"`` or ``"mupdf"`` for a requested backend; a one-line error for an unknown name
    or for ``"mupdf"`` when PyMuPDF is not installed."""
    from banmian.pdf.chars_mupdf import INSTALL_HINT, mupdf_available

    if backend not in BACKENDS:
        raise ValueError(f"unknown PDF backend {backend!r} (known: {', '.join(BACKENDS)})")
    if backend == "auto":
        return "mupdf" if mupdf_available() else "pdfium"
    if backend == "mupdf" and not mupdf_available():
        raise UnsupportedInputError(f"the mupdf backend is not installed; {INSTALL_HINT}")
    return backend


@contextmanager
def open_pages(source: Path | bytes, backend: str = "auto") -> Iterator[Iterator[PdfPageContent]]:
    """The pages of a PDF read by ``backend``, the document closed on leaving the ``with``."""
    if resolve_backend(backend) == "mupdf":
        from banmian.pdf.chars_mupdf import iter_pages_mupdf, open_pdf_mupdf

        doc = open_pdf_mupdf(source)
        try:
            yield iter_pages_mupdf(doc)
        finally:
            doc.close()
        return
    doc = open_pdf(source)
    try:
        yield iter_pages(doc)
    finally:
        doc.close()
