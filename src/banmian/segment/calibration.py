"""Article confidence as a calibrated probability that the article is right.

The rules give each article a confidence of their own (segment.plans: 0.9 for a headline attached
where it stands, 0.5 or 0.6 for one placed from afar, halved on a page whose columns look
interleaved …). Those few levels say little: on the development sets' pages an article the rules
gave 0.9 was right (it holds at least 90 % of one printed article's body and is at least 90 % that
article, the evaluation's test) 84 % of the time on pdftotext's text and 98 % on pdfium's, and one
they gave 0.5 was right 52 % and 93 % of the time.

So the article's confidence is estimated from what the finished page shows of it (``EVIDENCE``):
the rules' confidence, its fields, its size, how far its headline stands from its text, how much of
its span of lines it does not hold, and what the page as a whole warned of (interleaved columns, a
layout dump, lines broken at text pieces …). A logistic regression over that evidence, fitted on
synthetic pages of the training seeds labelled by the evaluation's test
(``python -m banmian.eval.train_confidence``), ships in ``confidence_model.json`` beside this
module; its output is the article's ``confidence``. The fit's figures on held-out pages are in the
file and in docs/models.md.

The rules' own confidence stays what segment.build gives; ``ParseOptions.calibrated_confidence``
off keeps it in the output (the training reads it so).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from importlib import resources

from banmian.model import Article, ArticleKind, Page, Provenance

CONFIDENCE_MODEL_FILE = "confidence_model.json"
#: The model file's format; the command that writes it and this module agree on it.
CONFIDENCE_MODEL_FORMAT = 1
#: Decimals of a calibrated confidence: the JSON's (model.document rounds every confidence so),
#: so that a page read back from its JSON equals the page.
CONFIDENCE_DECIMALS = 3

#: Page warnings (``PageWarning.code``) read as evidence: what the page as a whole made doubtful.
WARNING_EVIDENCE = {
    "interleaved_columns": "interleaved",
    "side_by_side_columns": "side_by_side",
    "fragmented_lines": "fragmented",
    "spaced_characters": "spaced",
    "read_in_windows": "windows",
    "order_doubtful": "order_doubtful",
}
#: Pages of a kind no training page is and no evaluation form reads (a text that is no newspaper
#: page, one read in windows, one with columns printed in turn inside a block): their evidence has weight 0 in the fit, so the model would judge
#: their articles as ordinary ones. There an article keeps the lower of the model's estimate and
#: the rules' confidence (a caption-only fragment of a memo read 0.85 else). Lines broken at text
#: pieces and spaced-out characters are left to the model: on the squeezed evaluation pages'
#: `pdftotext -raw` text (fragmented) the model alone ranks and calibrates better (AUC 0.704,
#: calibration error 0.043) than with the lower of the two (0.682, 0.069).
UNSEEN_WARNINGS = frozenset({"not_a_newspaper_page", "read_in_windows", "alternating_lines"})
#: Pages read otherwise than any the model was fitted on, whose evidence means something else:
#: there the rules' confidences stand. A text never wrapped (``unwrapped_text``) sets blank lines
#: between its paragraphs, which the model reads as pdftotext's blocks and as lines no article
#: holds: on the ``unwrapped`` column of the evaluation (96.5 % of its articles right when this was
#: set) the model's estimates were off by 0.294 (calibration error; AUC 0.890), the rules' by 0.131
#: (AUC 0.778); the model told the page had no blank lines, 0.154 (AUC 0.890), but its other
#: evidence counts them too. Near the end of round 35 (98.9 % right): model 0.309 (AUC 0.887),
#: rules 0.147 (AUC 0.735); at its end, rules 0.150 (AUC 0.724, 99.0 % right).
MODEL_FREE_WARNINGS = frozenset({"unwrapped_text"})
#: The evidence, by name, in the model's order.
EVIDENCE = (
    "rule_confidence",
    "titled",
    "bylined",
    "headed",  # a kicker or a subtitle
    "log_body_chars",
    "log_paragraphs",
    "captions_only",
    "jumped",
    "brief",
    "notice",
    "commentary",
    "listing",
    "log_headline_distance",
    "span_unheld_share",
    "log_page_articles",
    "page_unplaced_share",
    "page_uncovered_share",
    "blank_line_share",
    *WARNING_EVIDENCE.values(),
)


def article_evidence(page: Page, article: Article, page_evidence: Mapping[str, float]) -> dict[str, float]:
    """``EVIDENCE`` for one article of ``page``, each a number (``page_evidence``: the page's own
    part, ``page_level_evidence``, the same for every article)."""
    body_chars = sum(len(p.text) for p in article.paragraphs)
    evidence = {
        "rule_confidence": article.confidence,
        "titled": float(article.title is not None),
        "bylined": float(article.byline is not None),
        "headed": float(article.kicker is not None or article.subtitle is not None),
        "log_body_chars": math.log1p(body_chars),
        "log_paragraphs": math.log1p(len(article.paragraphs)),
        "captions_only": float(not article.paragraphs and bool(article.captions)),
        "jumped": float(bool(article.jumps)),
        "brief": float(article.kind is ArticleKind.BRIEF),
        "notice": float(article.kind is ArticleKind.NOTICE),
        "commentary": float(article.kind is ArticleKind.COMMENTARY),
        "listing": float(article.kind in (ArticleKind.LISTING, ArticleKind.ADVERTISEMENT)),
        "log_headline_distance": math.log1p(_headline_distance(article)),
        "span_unheld_share": _span_unheld_share(article),
    }
    evidence.update(page_evidence)
    return evidence


def page_level_evidence(page: Page, blank_share: float) -> dict[str, float]:
    """The part of ``EVIDENCE`` that is the page's, the same for each of its articles;
    ``blank_share`` is the share of the page's text lines that are blank (``blank_line_share``):
    pdftotext prints a blank line after every block it finds, pdfium none, and the rules read the
    two layers with different success (the engine is not told which extractor made a text)."""
    warnings = {w.code for w in page.warnings}
    lines = max(1, page.source.line_count if page.source is not None else 1)
    unplaced = sum(_span_length(item.provenance.lines) for item in page.unplaced)
    evidence = {
        "log_page_articles": math.log1p(len(page.articles)),
        "page_unplaced_share": min(1.0, unplaced / lines),
        "page_uncovered_share": _uncovered_share(page, lines),
        "blank_line_share": blank_share,
    }
    for code, name in WARNING_EVIDENCE.items():
        evidence[name] = float(code in warnings)
    return evidence


def blank_line_share(lines: Sequence[str]) -> float:
    """Share of ``lines`` (a page's text) that are blank."""
    return sum(1 for line in lines if not line.strip()) / len(lines) if lines else 0.0


def calibrated(page: Page, blank_share: float, model: ConfidenceModel | None = None) -> Page:
    """``page`` with each article's confidence the model's estimate (the shipped model unless one is
    given); ``blank_share`` as ``page_level_evidence`` reads it."""
    if not page.articles or not MODEL_FREE_WARNINGS.isdisjoint(w.code for w in page.warnings):
        return page
    model = model or ConfidenceModel.load()
    shared = page_level_evidence(page, blank_share)
    unseen = not UNSEEN_WARNINGS.isdisjoint(w.code for w in page.warnings)
    articles = []
    for a in page.articles:
        estimate = model.probability(article_evidence(page, a, shared))
        # The model never met such a page in training: it may not raise the rules' doubt.
        confidence = min(estimate, a.confidence) if unseen else estimate
        articles.append(replace(a, confidence=round(confidence, CONFIDENCE_DECIMALS)))
    articles = tuple(articles)
    return replace(page, articles=articles)


class ConfidenceModel:
    """A logistic regression over ``EVIDENCE``: weights by name and an intercept (log-odds)."""

    def __init__(self, data: Mapping) -> None:
        if data.get("format") != CONFIDENCE_MODEL_FORMAT:
            raise ValueError(f"confidence model format {data.get('format')!r}, expected {CONFIDENCE_MODEL_FORMAT}")
        weights = data["weights"]
        missing = set(EVIDENCE) - set(weights)
        if missing:
            raise ValueError(f"confidence model lacks weights for {sorted(missing)}")
        self.intercept = float(data["intercept"])
        self.weights = tuple(float(weights[name]) for name in EVIDENCE)
        if not all(math.isfinite(w) for w in (self.intercept, *self.weights)):
            raise ValueError("confidence model holds a weight that is not a finite number")
        self.meta = {k: v for k, v in data.items() if k not in ("weights", "intercept")}

    @staticmethod
    @cache
    def load() -> ConfidenceModel:
        """The shipped model, read once per process."""
        text = resources.files("banmian.segment").joinpath(CONFIDENCE_MODEL_FILE).read_text(encoding="utf-8")
        return ConfidenceModel(json.loads(text))

    def probability(self, evidence: Mapping[str, float]) -> float:
        score = self.intercept + sum(w * evidence[name] for w, name in zip(self.weights, EVIDENCE, strict=True))
        return 1.0 / (1.0 + math.exp(-score)) if score > MIN_LOG_ODDS else 0.0


#: Log-odds at or below this give a probability of 0 (``math.exp`` overflows a little beyond it).
MIN_LOG_ODDS = -700.0


def _span_length(span: object) -> int:
    return 0 if span is None else span.last - span.first + 1  # type: ignore[attr-defined]


def _item_spans(article: Article) -> list:
    """The runs of lines the article's items hold: a part rejoined from runs printed apart
    (``Provenance.pieces``) holds those runs, not the span from the first to the last."""
    items = [article.kicker, article.title, article.subtitle, article.byline, *article.paragraphs, *article.captions]
    return [span for item in items if item is not None for span in _runs(item.provenance)]


def _runs(provenance: Provenance) -> tuple:
    if provenance.pieces:
        return provenance.pieces
    return () if provenance.lines is None else (provenance.lines,)


def _headline_distance(article: Article) -> int:
    """Lines between the title and the text it heads (the nearer end of each): a headline attached
    from afar was a guess. 0 without a title or text."""
    if article.title is None or not article.paragraphs or article.title.provenance.lines is None:
        return 0
    title = article.title.provenance.lines
    body = [p.provenance.lines for p in article.paragraphs if p.provenance.lines is not None]
    if not body:
        return 0
    first, last = min(s.first for s in body), max(s.last for s in body)
    if title.last < first:
        return first - title.last - 1
    if title.first > last:
        return title.first - last - 1
    return 0


def _uncovered_share(page: Page, lines: int) -> float:
    """Share of the page's source lines that nothing read from it holds: the blank lines an
    extractor prints between its blocks (pdftotext) and the gaps of a page read in pieces."""
    spans = [span for article in page.articles for span in _item_spans(article)]
    spans += [span for item in (*page.banners, *page.furniture, *page.unplaced) for span in _runs(item.provenance)]
    return max(0.0, 1.0 - _lines_held(spans) / lines)


def _span_unheld_share(article: Article) -> float:
    """Share of the lines from the article's first to its last that none of its items holds: an
    article put together from pieces apart."""
    spans = _item_spans(article)
    if not spans:
        return 0.0
    first, last = min(s.first for s in spans), max(s.last for s in spans)
    return 1.0 - _lines_held(spans) / (last - first + 1)


def _lines_held(spans: list) -> int:
    """How many lines the spans hold together, each counted once (the spans merged in order)."""
    held = 0
    reach = 0  # the last line counted so far
    for first, last in sorted((s.first, s.last) for s in spans):
        if last > reach:
            held += last - max(first, reach + 1) + 1
            reach = last
    return held
