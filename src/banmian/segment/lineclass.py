"""The learned line classifier: for each line, how likely it is heading, caption or body text.

Two multinomial logistic regressions, trained on synthetic pages by ``python -m
banmian.eval.train_lines`` and shipped as ``line_model.json`` beside this module. The first reads
the line's features and its neighbours' (``segment.linefeatures.FEATURE_NAMES``); the second
(the context stage, optional in the file) reads the first stage's probabilities of the line and of
two lines either side (``CONTEXT_NAMES``): a line in the middle of a headline or a caption looks
like body text alone. Inference is pure Python: the first stage is linear, so a line's score is
its own part plus one part from each neighbour slot, and each line's parts are computed once.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache
from importlib import resources
from operator import mul
from typing import Any, NamedTuple

from banmian.layout.lines import LineInfo
from banmian.segment.linefeatures import (
    FEATURE_NAMES,
    MISSING_SLOT,
    OWN_NAMES,
    SLOT_FEATURES,
    SLOTS,
    page_vectors,
)

MODEL_FILE = "line_model.json"
#: Bumped when the file's layout changes; a file of another format is refused, not misread.
MODEL_FORMAT = 1
#: Output classes, in the order of the model's weight columns and of ``LineProbs``.
CLASSES: tuple[str, ...] = ("heading", "caption", "body")


class LineProbs(NamedTuple):
    heading: float
    caption: float
    body: float


#: What a blank line is: nothing to read, so body (it never becomes a heading or caption).
BLANK_PROBS = LineProbs(0.0, 0.0, 1.0)


class ModelError(ValueError):
    """The model file does not fit this code (other features or format): retrain it."""


class LineClassifier:
    """Weights split by where the features come from: the line itself and each neighbour slot."""

    __slots__ = ("_context", "_intercept", "_own", "_slot", "meta")

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != MODEL_FORMAT:
            raise ModelError(f"line model format {data.get('format')!r}, expected {MODEL_FORMAT}")
        if tuple(data.get("classes", ())) != CLASSES:
            raise ModelError(f"line model classes {data.get('classes')!r}, expected {CLASSES}")
        if tuple(data.get("feature_names", ())) != FEATURE_NAMES:
            raise ModelError("line model features differ from segment.linefeatures.FEATURE_NAMES: retrain it")
        weights = data["weights"]  # one row per class, one column per feature
        self._intercept = tuple(float(b) for b in data["intercept"])
        n_own = len(OWN_NAMES)
        n_slot = len(SLOT_FEATURES)
        self._own = tuple(tuple(float(w) for w in row[:n_own]) for row in weights)
        # (slot, class) pairs in order: the slot part of a line is 3 slots × 3 classes dot products.
        self._slot = tuple(
            tuple(float(w) for w in row[n_own + s * n_slot : n_own + (s + 1) * n_slot]) for s in range(len(SLOTS)) for row in weights
        )
        context = data.get("context")
        self._context: tuple[tuple[float, ...], tuple[tuple[float, ...], ...]] | None = None
        if context is not None:
            if tuple(context.get("feature_names", ())) != CONTEXT_NAMES:
                raise ModelError("line model context features differ from segment.linefeatures.CONTEXT_NAMES: retrain it")
            self._context = (
                tuple(float(b) for b in context["intercept"]),
                tuple(tuple(float(w) for w in row) for row in context["weights"]),
            )
        self.meta = {k: v for k, v in data.items() if k not in ("weights", "intercept", "context")}

    @classmethod
    def from_file(cls, path) -> LineClassifier:
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh))

    @staticmethod
    @cache
    def load() -> LineClassifier:
        """The shipped model, read once per process."""
        text = resources.files("banmian.segment").joinpath(MODEL_FILE).read_text(encoding="utf-8")
        return LineClassifier(json.loads(text))

    def probabilities(self, lines: Sequence[LineInfo]) -> list[LineProbs]:
        """One ``LineProbs`` per line of ``lines``, in order; blank lines are body."""
        index, first = self.first_stage(lines)
        final = first if self._context is None else _softmax_rows(context_rows(first), *self._context)
        out = [BLANK_PROBS] * len(lines)
        for i, probs in zip(index, final, strict=True):
            out[i] = LineProbs._make(probs)
        return out

    def first_stage(self, lines: Sequence[LineInfo]) -> tuple[tuple[int, ...], list[tuple[float, float, float]]]:
        """(indices of the non-blank lines, their first-stage probabilities), in page order."""
        vec = page_vectors(lines)
        bh, bc, bb = self._intercept
        wh, wc, wb = self._own
        slot_w = self._slot
        own = [(bh + sum(map(mul, v, wh)), bc + sum(map(mul, v, wc)), bb + sum(map(mul, v, wb))) for v in vec.own]
        # parts[j][s * 3 + c]: what line j adds to class c of the line for which it is in slot s.
        parts = [tuple(sum(map(mul, v, w)) for w in slot_w) for v in vec.slot]
        edge = tuple(sum(map(mul, MISSING_SLOT, w)) for w in slot_w)
        m = len(own)
        out: list[tuple[float, float, float]] = []
        for j in range(m):
            p = parts[j - 1] if j >= 1 else edge
            n1 = parts[j + 1] if j + 1 < m else edge
            n2 = parts[j + 2] if j + 2 < m else edge
            h, c, b = own[j]
            out.append(_softmax(h + p[0] + n1[3] + n2[6], c + p[1] + n1[4] + n2[7], b + p[2] + n1[5] + n2[8]))
        return vec.index, out


def _softmax(h: float, c: float, b: float) -> tuple[float, float, float]:
    top = max(h, c, b)
    eh, ec, eb = math.exp(h - top), math.exp(c - top), math.exp(b - top)
    total = eh + ec + eb
    return eh / total, ec / total, eb / total


def _softmax_rows(
    rows: Sequence[tuple[float, ...]], intercept: tuple[float, ...], weights: tuple[tuple[float, ...], ...]
) -> list[tuple[float, float, float]]:
    bh, bc, bb = intercept
    wh, wc, wb = weights
    return [_softmax(bh + sum(map(mul, v, wh)), bc + sum(map(mul, v, wc)), bb + sum(map(mul, v, wb))) for v in rows]
