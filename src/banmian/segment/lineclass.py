"""The learned line classifier: for each line, how likely it is a headline, a sub-heading, a
caption or body text.

Headlines (kicker, title, subtitle, banner, box label) and sub-headings (小标题) are separate
classes because the engine must tell them apart where both look the same: a short heading between
two bodies is either a sub-heading (the article goes on) or the title of another article (an
article boundary). ``LineProbs.heading`` is their sum, the "any heading" of the older model;
``subheading_probability`` is the sub-heading share over a run of lines.

Two multinomial logistic regressions, trained on synthetic pages by ``python -m
banmian.eval.train_lines`` and shipped as ``line_model.json`` beside this module. The first reads
the line's features and its neighbours' (``segment.linefeatures.FEATURE_NAMES``); the second
(the context stage, optional in the file) reads the first stage's probabilities of the line and of
two lines either side (``segment.linecontext.CONTEXT_NAMES``): a line in the middle of a headline
or a caption looks like body text alone. Inference works on the whole page at once (numpy): the
features are columns (``segment.linefeatures.page_vectors``) and each linear stage adds them up
feature by feature, in the order of the weights, so that every score is the same float that a
line-by-line dot product gives (``_linear``). The first stage's score of a line is its own part
plus one part from each neighbour slot, and each line's parts are computed once.
"""

from __future__ import annotations

import json
import math
from collections import deque
from collections.abc import Sequence
from functools import cache
from importlib import resources
from itertools import repeat
from operator import mul
from typing import Any, NamedTuple

import numpy as np

from banmian.layout.lines import LineInfo
from banmian.segment.headruns import RUN_NAMES
from banmian.segment.linecontext import CONTEXT_NAMES, context_matrix
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
#: Format 2: four classes (headline and sub-heading instead of one heading class).
MODEL_FORMAT = 2
#: Output classes, in the order of the model's weight columns and of ``LineProbs``.
CLASSES: tuple[str, ...] = ("headline", "subheading", "caption", "body")


#: Log-odds against body are capped here before exp: exp(50) ≈ 5e21 already makes the other
#: probabilities vanish, and the cap keeps exp from overflowing on absurd inputs.
MAX_LOGIT = 50.0


#: What ``subheading_probability`` says of a run with no headline or sub-heading weight at all
#: (blank lines only, or lines the model is sure are body or caption): no evidence either way.
NO_EVIDENCE = 0.5


class LineProbs(NamedTuple):
    """Probabilities of the four classes; they sum to 1."""

    headline: float  # kicker, title, subtitle, banner, box label
    subheading: float  # 小标题 inside an article
    caption: float
    body: float

    @property
    def heading(self) -> float:
        """Headline or sub-heading: the single heading class of format 1, which roles.py reads."""
        return self.headline + self.subheading


#: What a blank line is: nothing to read, so body (it never becomes a heading or caption).
BLANK_PROBS = LineProbs(0.0, 0.0, 0.0, 1.0)


def subheading_probability(probs: Sequence[LineProbs], run: range) -> float:
    """How likely the heading run ``run`` (indices into the page's lines) is a sub-heading rather
    than a headline: the mean over its non-blank lines of P sub-heading / (P sub-heading + P
    headline), from ``probs = LineClassifier.load().probabilities(lines)`` of the whole page.

    A pure function of the page's probabilities, so that one computation per page serves every run
    asked about. The share leaves body and caption out: the caller has already decided that the
    run is a heading and asks only which kind. A run without heading weight is NO_EVIDENCE.
    """
    shares = []
    for k in run:
        p = probs[k]
        weight = p.headline + p.subheading
        if weight > 0.0:
            shares.append(p.subheading / weight)
    return sum(shares) / len(shares) if shares else NO_EVIDENCE


class ModelError(ValueError):
    """The model file does not fit this code (other features or format): retrain it."""


def _against_body(rows: Sequence[Sequence[float]]) -> tuple[tuple[float, ...], ...]:
    """Weight rows (or intercepts) of headline, sub-heading and caption less body's. A softmax
    depends only on score differences, so scoring against body gives the same probabilities with
    one dot product in four fewer: the body score is 0."""
    body = rows[-1]
    return tuple(tuple(float(w) - float(z) for w, z in zip(row, body, strict=True)) for row in rows[:-1])


class LineClassifier:
    """Weights split by where the features come from: the line itself and each neighbour slot.
    Scores are log-odds against body (``_against_body``)."""

    __slots__ = ("_context", "_context_arrays", "_edge", "_intercept", "_own", "_own_arrays", "_run", "_slot", "_slot_array", "meta")

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != MODEL_FORMAT:
            raise ModelError(f"line model format {data.get('format')!r}, expected {MODEL_FORMAT}")
        if tuple(data.get("classes", ())) != CLASSES:
            raise ModelError(f"line model classes {data.get('classes')!r}, expected {CLASSES}")
        if tuple(data.get("feature_names", ())) != FEATURE_NAMES:
            raise ModelError("line model features differ from segment.linefeatures.FEATURE_NAMES: retrain it")
        weights = _against_body(data["weights"])  # one row per class but body, one column per feature
        self._intercept = _against_body([[b] for b in data["intercept"]])
        n_own = len(OWN_NAMES) + len(RUN_NAMES)
        n_slot = len(SLOT_FEATURES)
        self._own = tuple(row[: len(OWN_NAMES)] for row in weights)
        self._run = tuple(row[len(OWN_NAMES) : n_own] for row in weights)
        # (slot, class) pairs in order: the slot part of a line is 3 slots × 3 classes dot products.
        self._slot = tuple(row[n_own + s * n_slot : n_own + (s + 1) * n_slot] for s in range(len(SLOTS)) for row in weights)
        self._edge = tuple(sum(map(mul, MISSING_SLOT, w)) for w in self._slot)
        # The same weights as arrays, one row per feature (``_linear``), and the intercepts.
        self._own_arrays = (np.array([b for (b,) in self._intercept]), np.array(self._own).T.copy())
        self._slot_array = np.array(self._slot).T.copy()
        context = data.get("context")
        self._context: tuple[tuple[float, ...], tuple[tuple[float, ...], ...]] | None = None
        self._context_arrays: tuple[np.ndarray, np.ndarray] | None = None
        if context is not None:
            if tuple(context.get("feature_names", ())) != CONTEXT_NAMES:
                raise ModelError("line model context features differ from segment.linecontext.CONTEXT_NAMES: retrain it")
            self._context = (
                tuple(b for (b,) in _against_body([[b] for b in context["intercept"]])),
                _against_body(context["weights"]),
            )
            self._context_arrays = (np.array(self._context[0]), np.array(self._context[1]).T.copy())
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
        """One ``LineProbs`` per line of ``lines``, in order; blank lines are body. Compute it once
        per page and pass it to ``subheading_probability`` for each run asked about."""
        index, first = self._first_stage(lines)
        out = [BLANK_PROBS] * len(lines)
        if not index:
            return out
        if self._context_arrays is None:
            final = first
        else:
            intercept, weights = self._context_arrays
            final = _softmax(intercept[:, None] + _linear(context_matrix(first), weights))
        # tuple.__new__ is what LineProbs._make calls, less its length check (every row has four
        # values) and its Python-level frame; mapped, and put in place by list.__setitem__ mapped:
        # loops in C over every line.
        rows = final.T.tolist()
        made = map(tuple.__new__, repeat(LineProbs, len(rows)), rows)
        deque(map(out.__setitem__, index, made), maxlen=0)
        return out

    def first_stage(self, lines: Sequence[LineInfo]) -> tuple[tuple[int, ...], list[tuple[float, float, float, float]]]:
        """(indices of the non-blank lines, their first-stage probabilities), in page order."""
        index, first = self._first_stage(lines)
        return index, [tuple(row) for row in first.T.tolist()]

    def _first_stage(self, lines: Sequence[LineInfo]) -> tuple[tuple[int, ...], np.ndarray]:
        """(indices of the non-blank lines, their first-stage probabilities as the rows headline,
        sub-heading, caption, body of a (4, lines) array)."""
        vec = page_vectors(lines)
        m = len(vec.index)
        intercept, own_weights = self._own_arrays
        own = intercept[:, None] + _linear(vec.own, own_weights)  # (3, m): headline, sub-heading, caption
        # Lines in heading runs (a few a page) add their run's part.
        wh, ws, wc = self._run
        for j, v in vec.run.items():
            h, s, c = own[:, j].tolist()
            own[:, j] = (h + sum(map(mul, v, wh)), s + sum(map(mul, v, ws)), c + sum(map(mul, v, wc)))
        # padded[s * 3 + c, j + 1]: what line j adds to class c of the line for which it is in slot
        # s; the page edge beyond both ends.
        padded = np.empty((len(self._edge), m + 3))
        padded[:, 0] = padded[:, m + 1] = padded[:, m + 2] = self._edge
        padded[:, 1 : m + 1] = _linear(vec.slot, self._slot_array)
        # The line before (slot prev), the next one and the one after that, added in that order.
        scores = own + padded[0:3, 0:m] + padded[3:6, 2 : m + 2] + padded[6:9, 3 : m + 3]
        return vec.index, _softmax(scores)

    def subheading_probability(self, lines: Sequence[LineInfo], run: range) -> float:
        """``subheading_probability`` of one run, computing the page's probabilities: for a single
        question; for several runs of a page compute ``probabilities`` once and reuse it."""
        return subheading_probability(self.probabilities(lines), run)


def _linear(columns: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Scores of every line: ``columns`` holds one feature per row (features × lines), ``weights``
    one row per feature (features × classes); the result is classes × lines. The products are
    added feature by feature from 0.0, in the weights' order, exactly as Python's ``sum`` over a
    line's products: the same floats to the last bit as a line-by-line dot product, where a
    matrix product would add in an order of its own. The products are taken in one operation
    (features × classes × lines), the additions one feature at a time."""
    if weights.shape[0] != columns.shape[0]:
        raise ValueError(f"{columns.shape[0]} feature columns for {weights.shape[0]} weight rows")
    products = weights[:, :, None] * columns[:, None, :]
    acc = np.zeros(products.shape[1:])
    for term in products:
        acc += term
    return acc


def _softmax(scores: np.ndarray) -> np.ndarray:
    """Probabilities (headline, sub-heading, caption, body) × lines from log-odds against body
    (3 × lines). ``math.exp`` rather than numpy's: numpy's may differ in the last bit, and the
    probabilities must not depend on the numpy build."""
    capped = np.where(scores < MAX_LOGIT, scores, MAX_LOGIT)
    exps = map(math.exp, capped.ravel().tolist())
    e = np.fromiter(exps, dtype=np.float64, count=capped.size).reshape(capped.shape)
    total = 1.0 + e[0] + e[1] + e[2]
    return np.stack((e[0] / total, e[1] / total, e[2] / total, 1.0 / total))
