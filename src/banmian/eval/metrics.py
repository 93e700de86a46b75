"""The metrics of one page or one set, and the names the report and the gate know them by."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from banmian.eval.counts import Counts, ErrorRate, Ratio


@dataclass(frozen=True, slots=True)
class Metrics:
    """The counters of every metric (see ``banmian.eval.score`` for their definitions)."""

    articles: Counts = Counts()
    body: ErrorRate = ErrorRate()
    paragraphs: Counts = Counts()
    titles: Ratio = Ratio()
    kickers: Counts = Counts()
    subtitles: Counts = Counts()
    authors: Counts = Counts()
    captions: Counts = Counts()
    captions_anywhere: Counts = Counts()
    jumps: Ratio = Ratio()
    banners: Counts = Counts()
    page_info: Ratio = Ratio()

    def __add__(self, other: Metrics) -> Metrics:
        return Metrics(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    def values(self) -> dict[str, float]:
        """Every metric's figure by its public name (``article_f1``, ``body_cer`` …)."""
        return {spec.name: getattr(self, spec.attribute).value for spec in METRICS}

    def to_dict(self) -> dict[str, Any]:
        return {
            spec.name: {
                "value": round(getattr(self, spec.attribute).value, 6),
                **getattr(self, spec.attribute).to_dict(),
            }
            for spec in METRICS
        }


@dataclass(frozen=True, slots=True)
class MetricSpec:
    name: str
    attribute: str
    label: str
    #: ``False`` for error rates, where lower is better.
    higher_is_better: bool = True


#: In report order. The names are the keys of ``floors.toml`` and of the JSON report.
METRICS: tuple[MetricSpec, ...] = (
    MetricSpec("article_f1", "articles", "article F1"),
    MetricSpec("body_cer", "body", "body CER", higher_is_better=False),
    MetricSpec("paragraph_f1", "paragraphs", "paragraph-start F1"),
    MetricSpec("title_accuracy", "titles", "title accuracy"),
    MetricSpec("kicker_f1", "kickers", "kicker F1"),
    MetricSpec("subtitle_f1", "subtitles", "subtitle F1"),
    MetricSpec("author_f1", "authors", "author F1"),
    MetricSpec("caption_f1", "captions", "caption F1"),
    MetricSpec("caption_anywhere_f1", "captions_anywhere", "caption F1 (any article)"),
    MetricSpec("jump_accuracy", "jumps", "jump-note accuracy"),
    MetricSpec("banner_f1", "banners", "banner F1"),
    MetricSpec("page_info_accuracy", "page_info", "page info accuracy"),
)

METRICS_BY_NAME: dict[str, MetricSpec] = {spec.name: spec for spec in METRICS}
