"""One-to-one matching of predicted articles to truth articles by shared body text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from banmian.eval import text
from banmian.eval.align import bigrams, common_chars, may_share

#: Share (fraction of characters, 0–1) of a truth article's key text that one predicted article
#: must hold, and share of that predicted article's key text that must belong to the truth article.
#: From the issue: "found" means ≥ 90 % both ways, so a merged pair or a half article is not found.
MATCH_COVERAGE = 0.90


@dataclass(frozen=True, slots=True)
class Match:
    truth: int
    predicted: int
    #: Characters the two key texts share in order (their LCS length).
    overlap: int


@dataclass(frozen=True, slots=True)
class _Key:
    """The text an article is matched on, and its bigrams for the cheap pre-filter."""

    value: str
    bigrams: frozenset[str]

    @staticmethod
    def of(value: str) -> _Key:
        return _Key(value, bigrams(value))


def truth_key(article: Mapping[str, Any]) -> str:
    """Body text; for an article without body (a photo with its caption), title + captions."""
    return text.body(article) or text.field(article, "title") + "".join(text.captions(article))


def photo_key(article: Mapping[str, Any]) -> str:
    """All of a predicted article's text, compared with a body-less truth article's title + captions.

    The engine may keep a caption as a caption or as a paragraph; either way the photo is found
    when its words, and little else, are in one predicted article.
    """
    return text.field(article, "title") + "".join(text.captions(article)) + text.body(article)


def match_articles(predicted: Sequence[Mapping[str, Any]], truth: Sequence[Mapping[str, Any]]) -> list[Match]:
    """Greedy one-to-one matching, largest overlap first, of pairs that pass ``MATCH_COVERAGE``."""
    bodies = [_Key.of(text.body(a)) for a in predicted]
    photos: list[_Key] = []
    candidates: list[Match] = []
    for t_index, article in enumerate(truth):
        has_body = bool(text.body(article))
        if not has_body and not photos:
            photos = [_Key.of(photo_key(a)) for a in predicted]
        gold = _Key.of(truth_key(article))
        for p_index, pred in enumerate(bodies if has_body else photos):
            overlap = _overlap(gold, pred)
            if overlap:
                candidates.append(Match(t_index, p_index, overlap))
    candidates.sort(key=lambda m: (-m.overlap, m.truth, m.predicted))
    taken_t: set[int] = set()
    taken_p: set[int] = set()
    matches = []
    for m in candidates:
        if m.truth not in taken_t and m.predicted not in taken_p:
            taken_t.add(m.truth)
            taken_p.add(m.predicted)
            matches.append(m)
    return sorted(matches, key=lambda m: m.truth)


def _overlap(gold: _Key, pred: _Key) -> int:
    """LCS length when the pair reaches ``MATCH_COVERAGE`` both ways, else 0."""
    need = MATCH_COVERAGE * max(len(gold.value), len(pred.value))
    if not gold.value or not pred.value or min(len(gold.value), len(pred.value)) < need:
        return 0
    if not may_share(gold.value, pred.value, gold.bigrams, pred.bigrams, need):
        return 0
    shared = common_chars(gold.value, pred.value)
    return shared if shared >= need else 0
