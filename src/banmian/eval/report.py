"""The evaluation's result (``EvalReport``), as a fixed-width text table and as a JSON-ready dict."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from banmian.eval.metrics import METRICS
from banmian.eval.score import PageScore, SetScore

#: Column name of the whole set (every extractor's pages together).
ALL = "all"
_LABEL_WIDTH = 26
_COLUMN_WIDTH = 13


@dataclass(frozen=True, slots=True)
class PageRun:
    """One page read through one extractor's text, and its score."""

    page_id: str
    extractor: str
    text_file: Path
    truth_file: Path
    score: PageScore
    seconds: float = 0.0

    @property
    def sort_key(self) -> tuple[float, float, str, str]:
        """Worst first: lowest article F1, then highest body CER."""
        values = self.score.values()
        return values["article_f1"], -values["body_cer"], self.page_id, self.extractor

    def to_dict(self) -> dict[str, Any]:
        return {
            "page_id": self.page_id,
            "extractor": self.extractor,
            "text_file": str(self.text_file),
            "truth_file": str(self.truth_file),
            "seconds": round(self.seconds, 4),
            "score": self.score.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class SampleResult:
    """The real sample page scored against its gold file, or why it was not."""

    text_file: Path
    gold_file: Path
    score: PageScore | None = None
    note: str | None = None

    def line(self) -> str:
        name = self.text_file.stem
        if self.score is None:
            return f"sample {name}: skipped ({self.note})"
        m = self.score.metrics
        values = self.score.values()
        crashed = f"  [error: {self.score.error}]" if self.score.error else ""
        return (
            f"sample {name}: articles {m.articles.tp}/{self.score.truth_articles} found"
            f" ({m.articles.fp} extra), banners {m.banners.tp}/{m.banners.tp + m.banners.fn} found,"
            f" article F1 {values['article_f1']:.3f}, body CER {values['body_cer']:.4f}{crashed}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "text_file": str(self.text_file),
            "gold_file": str(self.gold_file),
            "note": self.note,
            "score": None if self.score is None else self.score.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class EvalReport:
    set_dir: Path
    runs: tuple[PageRun, ...]
    #: Extractor name (and ``ALL``) → that column's set score, in report order.
    columns: Mapping[str, SetScore]
    worst: tuple[PageRun, ...]
    sample: SampleResult | None
    #: Pages that could not be scored at all (unreadable truth), with the reason.
    skipped: tuple[str, ...] = ()
    seconds: float = 0.0
    #: Real PDFs: the text path scored against the PDF path (``eval.realpages``); never gated.
    real: tuple[Any, ...] = ()

    @property
    def overall(self) -> SetScore:
        return self.columns[ALL]

    @property
    def crashed(self) -> tuple[PageRun, ...]:
        return tuple(run for run in self.runs if run.score.error)

    def to_dict(self) -> dict[str, Any]:
        return {
            "set_dir": str(self.set_dir),
            "seconds": round(self.seconds, 3),
            "columns": {
                name: {"pages": len(score.pages), "metrics": score.metrics.to_dict(), "confidence": _confidence_dict(score)}
                for name, score in self.columns.items()
            },
            "worst": [run.to_dict() for run in self.worst],
            "crashed": [run.to_dict() for run in self.crashed],
            "skipped": list(self.skipped),
            "sample": None if self.sample is None else self.sample.to_dict(),
            "real": [r.to_dict() for r in self.real],
            "pages": [run.to_dict() for run in self.runs],
        }


def format_report(report: EvalReport) -> str:
    """The table (metrics × columns), the worst pages, the crashes and the sample page line."""
    parts = [_table(report), _worst(report)]
    if report.crashed:
        parts.append(
            "\n".join(
                ["crashed pages (scored as empty predictions):"] + [_run_line(r) for r in report.crashed]
            )
        )
    if report.skipped:
        parts.append("\n".join(["skipped pages:"] + [f"  {s}" for s in report.skipped]))
    if report.sample is not None:
        parts.append(report.sample.line())
    if report.real:
        parts.append("\n".join(["real pages, text path scored against the PDF path (agreement, not gated):"] + [r.line() for r in report.real]))
    parts.append(f"{len(report.runs)} page readings scored in {report.seconds:.1f} s")
    return "\n\n".join(parts) + "\n"


def _table(report: EvalReport) -> str:
    names = list(report.columns)
    # A column is as wide as its name needs, and never narrower than _COLUMN_WIDTH.
    widths = [max(_COLUMN_WIDTH, len(n) + 2) for n in names]
    lines = [f"{'metric':<{_LABEL_WIDTH}}" + "".join(f"{n:>{w}}" for n, w in zip(names, widths, strict=True))]
    for spec in METRICS:
        cells = [
            _cell(getattr(report.columns[n].metrics, spec.attribute), spec.higher_is_better) for n in names
        ]
        arrow = "↑" if spec.higher_is_better else "↓"
        lines.append(
            f"{spec.label + ' ' + arrow:<{_LABEL_WIDTH}}" + "".join(f"{c:>{w}}" for c, w in zip(cells, widths, strict=True))
        )
    for label, figure in (("article confidence AUC ↑", "auc"), ("confidence calibration err ↓", "calibration_error")):
        cells = [_confidence_cell(report.columns[n], figure) for n in names]
        lines.append(f"{label:<{_LABEL_WIDTH}}" + "".join(f"{c:>{w}}" for c, w in zip(cells, widths, strict=True)))
    for label, count in (
        ("pages", lambda s: len(s.pages)),
        ("crashed", lambda s: sum(1 for p in s.pages if p.error)),
    ):
        lines.append(
            f"{label:<{_LABEL_WIDTH}}"
            + "".join(f"{count(report.columns[n]):>{w}}" for n, w in zip(names, widths, strict=True))
        )
    lines.append("(— : no case in truth nor prediction; such a metric counts as perfect)")
    return "\n".join(lines)


def _confidence_cell(score: SetScore, figure: str) -> str:
    """A confidence figure of the column (eval.confidence); "—" without articles or without both
    right and wrong ones."""
    figures = score.confidence()
    value = None if figures is None else getattr(figures, figure)
    return "—" if value is None or value != value else f"{value:.3f}"


def _confidence_dict(score: SetScore) -> dict[str, float] | None:
    figures = score.confidence()
    return None if figures is None else figures.to_dict()


def _cell(counter: Any, higher_is_better: bool) -> str:
    if not counter.support:
        return "—"
    return f"{counter.value:.3f}" if higher_is_better else f"{counter.value:.4f}"


def _worst(report: EvalReport) -> str:
    title = f"{len(report.worst)} worst pages (by article F1, then body CER):"
    return "\n".join([title] + [_run_line(run) for run in report.worst])


def _run_line(run: PageRun) -> str:
    s = run.score
    values = s.values()
    error = f"  [error: {s.error}]" if s.error else ""
    return (
        f"  {run.page_id:<10} {run.extractor:<10} article F1 {values['article_f1']:.3f}"
        f"  CER {values['body_cer']:.4f}  found {s.metrics.articles.tp}/{s.truth_articles}"
        f" (+{s.metrics.articles.fp})  {run.text_file.name}  {run.truth_file.name}{error}"
    )
