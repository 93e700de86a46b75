"""Score a predicted page against its truth: the figures the evaluation and the CI gate rest on.

Both pages are export-contract dicts (``Page.to_dict()``, or a truth file); missing keys read as
empty or ``None``. All text is compared after ``text.norm`` (NFKC, whitespace removed). An
article's *body* is its paragraphs (subheadings included) joined with nothing between them.

Metrics (counters in ``banmian.eval.counts``; set figures are micro-averages of those counters):

article F1
    A truth article is *found* by the one predicted article that holds ≥ ``MATCH_COVERAGE`` of its
    body (LCS characters) while ≥ ``MATCH_COVERAGE`` of that article's body is this truth article's.
    Body-less truth articles (a photo and its caption) match on title + captions against all of a
    predicted article's text. Matching is one to one, greedy by overlap. TP = matched pairs,
    FP = unmatched predicted articles, FN = unmatched truth articles.
body CER
    Levenshtein edits from predicted to truth body over truth body characters, summed over matched
    pairs and unmatched truth articles (all deleted). A body-less truth article (a photo) matched
    to a predicted article that keeps its caption as a paragraph is charged those characters.
    Unmatched predicted text is not charged here (article precision already pays for it).
paragraph-start F1
    Over matched pairs: the offsets where the 2nd, 3rd … paragraph begins in the body (the first
    start is implied by the article and would only inflate the figure). A predicted start is a TP
    when it maps onto a truth start through the character alignment (``align.matched_breaks``);
    other predicted starts are FPs, other truth starts FNs. A missed break costs one FN, a spurious
    one one FP.
title accuracy
    Over truth articles with a title: share whose matched predicted article has the same title
    (an unmatched truth article counts as wrong).
kicker F1, subtitle F1
    Over matched pairs: equal strings are a TP; a different prediction is an FP and an FN; a
    prediction where truth has none an FP; none where truth has one an FN.
author F1
    Multisets of authors per matched pair; unmatched truth articles' authors are FNs, unmatched
    predicted articles' authors FPs.
caption F1 (strict)
    As author F1, with captions. ``caption_anywhere_f1`` compares the page's caption multisets
    regardless of article, to tell a wrong attachment from a lost caption; it is informative only.
jump-note accuracy
    Cases: every matched pair where either side has ``continued_to`` or ``continued_from``, every
    unmatched truth article with one, every unmatched predicted article with one. A case is right
    when it is a matched pair and both values are equal on both sides.
banner F1
    Multisets of the page's banners.
page info accuracy
    Over the ``PAGE_INFO_FIELDS`` the truth gives (non-null): share the prediction gives equal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from banmian.eval import text
from banmian.eval.align import edit_distance, matched_breaks, starts
from banmian.eval.confidence import ConfidenceFigures, confidence_figures
from banmian.eval.counts import Counts, ErrorRate, Ratio
from banmian.eval.matching import MATCH_COVERAGE, Match, match_articles
from banmian.eval.metrics import Metrics

__all__ = ["MATCH_COVERAGE", "PAGE_INFO_FIELDS", "PageScore", "SetScore", "score_failure", "score_page"]

#: Page-info fields scored, where the truth gives them. Newspaper and section are left out: a
#: page's text often lacks them, and callers supply them through ``ParseOptions``.
PAGE_INFO_FIELDS = ("date", "page_number")
#: The confidence of a predicted article that states none (a prediction made by other tools).
UNSTATED_CONFIDENCE = 1.0

Article = Mapping[str, Any]
Pairs = Sequence[tuple[Article, Article]]
Getter = Callable[[Article], list[str]]


@dataclass(frozen=True, slots=True)
class PageScore:
    page_id: str
    metrics: Metrics
    truth_articles: int
    predicted_articles: int
    matches: tuple[Match, ...] = ()
    #: Why the prediction could not be made (the page then scores as an empty prediction).
    error: str | None = None
    #: Each predicted article's confidence, in the order ``matches`` counts them.
    confidences: tuple[float, ...] = ()

    def judged_confidences(self) -> list[tuple[float, bool]]:
        """(confidence, whether the matching found the article) of each predicted article."""
        right = {m.predicted for m in self.matches}
        return [(c, k in right) for k, c in enumerate(self.confidences)]

    def values(self) -> dict[str, float]:
        return self.metrics.values()

    def to_dict(self) -> dict[str, Any]:
        return {
            "page_id": self.page_id,
            "truth_articles": self.truth_articles,
            "predicted_articles": self.predicted_articles,
            "matches": [[m.truth, m.predicted] for m in self.matches],
            "error": self.error,
            "metrics": self.metrics.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class SetScore:
    """A set's counters (sums of its pages') and its pages' scores."""

    metrics: Metrics
    pages: tuple[PageScore, ...]

    @staticmethod
    def of(pages: Sequence[PageScore]) -> SetScore:
        total = Metrics()
        for page in pages:
            total = total + page.metrics
        return SetScore(total, tuple(pages))

    def values(self) -> dict[str, float]:
        return self.metrics.values()

    def confidence(self) -> ConfidenceFigures | None:
        """How well the pages' article confidences tell right articles from wrong (eval.confidence)."""
        judged = [pair for page in self.pages for pair in page.judged_confidences()]
        return confidence_figures([c for c, _ in judged], [r for _, r in judged])


def score_page(predicted: Mapping[str, Any], truth: Mapping[str, Any], page_id: str = "") -> PageScore:
    """Score one predicted page dict against its truth page dict."""
    pred_articles, gold_articles = text.articles(predicted), text.articles(truth)
    matches = match_articles(pred_articles, gold_articles)
    pairs = [(pred_articles[m.predicted], gold_articles[m.truth]) for m in matches]
    lone_pred = _unmatched(pred_articles, {m.predicted for m in matches})
    lone_gold = _unmatched(gold_articles, {m.truth for m in matches})
    metrics = Metrics(
        articles=Counts(len(matches), len(lone_pred), len(lone_gold)),
        body=_body(pairs, lone_gold),
        paragraphs=_sum((_breaks(p, g) for p, g in pairs)),
        titles=_titles(gold_articles, {m.truth: pred_articles[m.predicted] for m in matches}),
        kickers=_sum(
            (Counts.of_optional(text.field(p, "kicker"), text.field(g, "kicker")) for p, g in pairs)
        ),
        subtitles=_sum(
            (Counts.of_optional(text.field(p, "subtitle"), text.field(g, "subtitle")) for p, g in pairs)
        ),
        authors=_lists(pairs, lone_pred, lone_gold, text.authors),
        captions=_lists(pairs, lone_pred, lone_gold, text.captions),
        captions_anywhere=Counts.of_multisets(
            _flat(pred_articles, text.captions), _flat(gold_articles, text.captions)
        ),
        jumps=_jumps(pairs, lone_pred, lone_gold),
        banners=Counts.of_multisets(text.banners(predicted), text.banners(truth)),
        page_info=_page_info(predicted.get("page") or {}, truth.get("page") or {}),
    )
    confidences = tuple(float(a.get("confidence", UNSTATED_CONFIDENCE)) for a in pred_articles)
    return PageScore(page_id, metrics, len(gold_articles), len(pred_articles), tuple(matches), None, confidences)


def score_failure(truth: Mapping[str, Any], page_id: str, error: str) -> PageScore:
    """The score of a page whose prediction failed: that of an empty prediction, with the reason."""
    empty = score_page({}, truth, page_id)
    return PageScore(page_id, empty.metrics, empty.truth_articles, 0, (), error)


def _unmatched(articles: Sequence[Article], matched: set[int]) -> list[Article]:
    return [a for i, a in enumerate(articles) if i not in matched]


def _sum(items: Iterable[Counts]) -> Counts:
    total = Counts()
    for item in items:
        total = total + item
    return total


def _flat(articles: Sequence[Article], getter: Getter) -> list[str]:
    return [value for a in articles for value in getter(a)]


def _body(pairs: Pairs, lone_gold: Sequence[Article]) -> ErrorRate:
    rate = ErrorRate()
    for pred, gold in pairs:
        gold_body = text.body(gold)
        rate = rate + ErrorRate(edit_distance(text.body(pred), gold_body), len(gold_body))
    for gold in lone_gold:
        length = len(text.body(gold))
        rate = rate + ErrorRate(length, length)
    return rate


def _breaks(pred: Article, gold: Article) -> Counts:
    pred_parts, gold_parts = text.paragraphs(pred), text.paragraphs(gold)
    pred_starts, gold_starts = set(starts(pred_parts)), set(starts(gold_parts))
    tp = matched_breaks("".join(pred_parts), "".join(gold_parts), pred_starts, gold_starts)
    return Counts(tp, len(pred_starts) - tp, len(gold_starts) - tp)


def _titles(gold_articles: Sequence[Article], partner: Mapping[int, Article]) -> Ratio:
    ratio = Ratio()
    for index, gold in enumerate(gold_articles):
        title = text.field(gold, "title")
        if title:
            pred = partner.get(index)
            ratio = ratio + Ratio(int(pred is not None and text.field(pred, "title") == title), 1)
    return ratio


def _lists(
    pairs: Pairs, lone_pred: Sequence[Article], lone_gold: Sequence[Article], getter: Getter
) -> Counts:
    counts = _sum(Counts.of_multisets(getter(p), getter(g)) for p, g in pairs)
    return counts + Counts(fp=len(_flat(lone_pred, getter)), fn=len(_flat(lone_gold, getter)))


def _jumps(pairs: Pairs, lone_pred: Sequence[Article], lone_gold: Sequence[Article]) -> Ratio:
    ratio = Ratio()
    for pred, gold in pairs:
        if any(v is not None for v in (*text.jumps(pred), *text.jumps(gold))):
            ratio = ratio + Ratio(int(text.jumps(pred) == text.jumps(gold)), 1)
    lone = sum(1 for a in (*lone_pred, *lone_gold) if any(v is not None for v in text.jumps(a)))
    return ratio + Ratio(0, lone)


def _page_info(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> Ratio:
    ratio = Ratio()
    for key in PAGE_INFO_FIELDS:
        if gold.get(key) is not None:
            ratio = ratio + Ratio(int(_same(pred.get(key), gold[key])), 1)
    return ratio


def _same(pred: Any, gold: Any) -> bool:
    return pred is not None and text.norm(str(pred)) == text.norm(str(gold))
