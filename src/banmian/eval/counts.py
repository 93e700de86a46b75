"""Exact counters behind every metric, so that set figures are true micro-averages.

A page's figure and a set's figure come from the same counters: the set's counters are the sums
of its pages' counters, never an average of page figures.

Empty denominators read as perfect (F1 1.0, accuracy 1.0, CER 0.0): a page with no kicker in
truth and none predicted has made no kicker error. The counters are kept beside the figures, so a
reader can always tell a vacuous 1.0 from an earned one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives of one detection metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 1.0

    @property
    def value(self) -> float:
        return self.f1

    @property
    def support(self) -> int:
        """Cases behind the figure; 0 means the figure is vacuous."""
        return self.tp + self.fp + self.fn

    def to_dict(self) -> dict[str, int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn}

    @staticmethod
    def of_multisets(predicted: Iterable[str], truth: Iterable[str]) -> Counts:
        """Multiset comparison: each truth string can be matched by one equal predicted string."""
        pred, gold = Counter(predicted), Counter(truth)
        tp = sum((pred & gold).values())
        return Counts(tp, sum(pred.values()) - tp, sum(gold.values()) - tp)

    @staticmethod
    def of_optional(predicted: str, truth: str) -> Counts:
        """One optional string ("" = absent): right is a TP; wrong is an FP and an FN."""
        if predicted and truth:
            return Counts(tp=1) if predicted == truth else Counts(fp=1, fn=1)
        return Counts(fp=int(bool(predicted)), fn=int(bool(truth)))


@dataclass(frozen=True, slots=True)
class Ratio:
    """``hits`` right out of ``total`` cases (an accuracy)."""

    hits: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    @property
    def support(self) -> int:
        return self.total

    def to_dict(self) -> dict[str, int]:
        return {"hits": self.hits, "total": self.total}


@dataclass(frozen=True, slots=True)
class ErrorRate:
    """``edits`` (Levenshtein operations) over ``length`` truth characters: a character error rate."""

    edits: int = 0
    length: int = 0

    def __add__(self, other: ErrorRate) -> ErrorRate:
        return ErrorRate(self.edits + other.edits, self.length + other.length)

    @property
    def value(self) -> float:
        if self.length:
            return self.edits / self.length
        return 0.0 if self.edits == 0 else 1.0

    @property
    def support(self) -> int:
        return self.length + self.edits

    def to_dict(self) -> dict[str, int]:
        return {"edits": self.edits, "length": self.length}
