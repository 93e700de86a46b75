"""How well the articles' confidences tell right articles from wrong ones: reported, not gated.

An article is right when the evaluation's matching finds it (``eval.matching``). Two figures, over
every article a column's pages hold:

* AUC, the area under the ROC curve: the chance that a right article's confidence is above a wrong
  one's (ties count half); 0.5 is a confidence that says nothing, 1.0 one that never misleads.
* The expected calibration error: the gap between the confidence and the share of articles right,
  over CALIBRATION_BINS equal bins of confidence, weighted by articles; 0 where a confidence of 0.8
  is right four times in five.

segment.calibration's model is judged by them (``python -m banmian.eval.train_confidence``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

#: Bins of confidence (equal width over 0–1) for the calibration error.
CALIBRATION_BINS = 10


@dataclass(frozen=True, slots=True)
class ConfidenceFigures:
    articles: int
    right_share: float
    auc: float
    calibration_error: float

    def to_dict(self) -> dict[str, float | None]:
        """JSON-ready: an AUC that cannot be had (every article right, or every one wrong) is None,
        as NaN is no JSON."""
        return {
            "articles": self.articles,
            "right_share": round(self.right_share, 4),
            "auc": None if math.isnan(self.auc) else round(self.auc, 4),
            "calibration_error": round(self.calibration_error, 4),
        }


def confidence_figures(confidences: Sequence[float], right: Sequence[bool]) -> ConfidenceFigures | None:
    """The figures of articles with these confidences and verdicts; None without articles."""
    if not confidences:
        return None
    return ConfidenceFigures(len(confidences), sum(right) / len(right), auc(confidences, right), calibration_error(confidences, right))


def auc(scores: Sequence[float], right: Sequence[bool]) -> float:
    """Area under the ROC curve (NaN when all articles are right or all wrong)."""
    pairs = sorted(zip(scores, right, strict=True))
    ranked = 0.0
    rights = wrongs = 0
    k = 0
    while k < len(pairs):
        j = k
        while j < len(pairs) and pairs[j][0] == pairs[k][0]:
            j += 1
        tied_right = sum(1 for _, r in pairs[k:j] if r)
        tied_wrong = (j - k) - tied_right
        ranked += tied_right * (wrongs + 0.5 * tied_wrong)
        rights += tied_right
        wrongs += tied_wrong
        k = j
    return ranked / (rights * wrongs) if rights and wrongs else float("nan")


def calibration_error(scores: Sequence[float], right: Sequence[bool]) -> float:
    """Expected calibration error over CALIBRATION_BINS equal bins of confidence."""
    bins: list[list[tuple[float, bool]]] = [[] for _ in range(CALIBRATION_BINS)]
    for s, r in zip(scores, right, strict=True):
        bins[min(CALIBRATION_BINS - 1, int(s * CALIBRATION_BINS))].append((s, r))
    n = len(scores)
    return sum(abs(sum(s for s, _ in b) / len(b) - sum(r for _, r in b) / len(b)) * len(b) / n for b in bins if b)
