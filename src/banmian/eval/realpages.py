"""Real e-paper PDFs read two ways: the text path on each extractor's text layer, scored against
the PDF path's reading of the same page.

There is no gold for these pages, so the figure is *agreement* with the PDF path (which reads the
geometry and was checked by eye on the pages in ``../shared/real``), not accuracy. It is reported,
never gated: its point is to show how the text path fares on real extractor output — Founder's
split digits (「5月\\n1\\n5日」), lines broken at wide gaps — which the synthetic pages do not
reproduce.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import banmian
from banmian.errors import BanmianError
from banmian.eval.score import PageScore, score_page

#: Extractors whose text layers are read: the synthetic set's three, pdftotext's content-stream
#: order (``-raw``), which a Founder page breaks at its text objects (at punctuation, around digits)
#: as the synthetic pages never do, and PyMuPDF where the optional extra is installed (a line
#: saying why it was skipped otherwise), which keeps no gap the page made by placing alone.
REAL_EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdftotext-raw", "pdfium", "pymupdf")


@dataclass(frozen=True, slots=True)
class RealPageResult:
    pdf: Path
    page_index: int
    extractor: str
    score: PageScore | None = None
    note: str | None = None

    def line(self) -> str:
        name = f"{self.pdf.name}#{self.page_index + 1} {self.extractor}"
        if self.score is None:
            return f"real {name}: skipped ({self.note})"
        values = self.score.values()
        m = self.score.metrics
        return (
            f"real {name}: {m.articles.tp}/{self.score.truth_articles} of the PDF path's articles found"
            f" ({m.articles.fp} extra), article F1 {values['article_f1']:.3f}, body CER {values['body_cer']:.4f},"
            f" title {values['title_accuracy']:.3f}, author F1 {values['author_f1']:.3f}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "pdf": str(self.pdf),
            "page_index": self.page_index,
            "extractor": self.extractor,
            "note": self.note,
            "score": None if self.score is None else self.score.to_dict(),
        }


def score_real_pages(real_dir: Path) -> tuple[RealPageResult, ...]:
    """Every page of every PDF in ``real_dir``, per extractor; empty when the folder is absent."""
    from banmian.eval.synth.extract import extract

    if not real_dir.is_dir():
        return ()
    out: list[RealPageResult] = []
    for pdf in sorted(real_dir.glob("*.pdf")):
        try:
            references = banmian.parse_pages(pdf)
        except BanmianError as exc:
            out.append(RealPageResult(pdf, 0, "pdf", note=str(exc)))
            continue
        for extractor in REAL_EXTRACTORS:
            try:
                layers = extract(pdf, extractor).split("\f")
            except BanmianError as exc:
                out.append(RealPageResult(pdf, 0, extractor, note=str(exc)))
                continue
            for index, reference in enumerate(references):
                text = layers[index] if index < len(layers) else ""
                out.append(_score(pdf, index, extractor, text, reference))
    return tuple(out)


def _score(pdf: Path, index: int, extractor: str, text: str, reference: banmian.Page) -> RealPageResult:
    try:
        predicted = banmian.parse(text).to_dict()
    except BanmianError as exc:
        return RealPageResult(pdf, index, extractor, note=str(exc))
    return RealPageResult(pdf, index, extractor, score_page(predicted, reference.to_dict(), f"{pdf.stem}#{index + 1}"))
