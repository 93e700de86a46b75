"""Second stage of the learned line classifier (segment.lineclass): the first stage's probabilities
of the line and of its neighbours. A line of a two-line headline or of a caption paragraph looks
like body text alone; that its neighbour is surely a headline or a caption is what tells it apart.

Like segment.linefeatures, this module must not import ``segment.roles``.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import log

import numpy as np

from banmian.segment.linefeatures import Vector

#: Probabilities are floored here before taking log-odds, so that a certain line stays finite.
PROB_FLOOR = 1e-6
#: Neighbour slots of the second stage, by offset among the non-blank lines.
CONTEXT_OFFSETS: tuple[int, ...] = (-2, -1, 1, 2)
_OFFSET_NAMES = {-2: "prev2", -1: "prev", 1: "next", 2: "next2"}
#: The non-body classes the second stage reads, in the order of segment.lineclass.CLASSES.
CONTEXT_CLASSES: tuple[str, ...] = ("headline", "subheading", "caption")
CONTEXT_NAMES: tuple[str, ...] = (
    *(f"{k}_logodds" for k in CONTEXT_CLASSES),  # log(P class / P body) of the line, first stage
    *(f"{_OFFSET_NAMES[o]}_{k}" for o in CONTEXT_OFFSETS for k in (*CONTEXT_CLASSES, "missing")),
    # P class of the line × of the previous (next) line: a run of headline, sub-heading or caption lines
    *(f"{k}_with_{side}" for k in CONTEXT_CLASSES for side in ("prev", "next")),
)
#: What the second stage sees of a neighbour beyond the page edge: (headline, subheading, caption, missing).
MISSING_CONTEXT = (0.0, 0.0, 0.0, 1.0)


def context_rows(first: Sequence[tuple[float, float, float, float]]) -> list[Vector]:
    """Second-stage vectors (CONTEXT_NAMES) of the non-blank lines whose first-stage
    (headline, subheading, caption, body) probabilities are ``first``, in page order: for training."""
    if not first:
        return []
    return [tuple(row) for row in context_matrix(np.array(first, dtype=np.float64).T).T.tolist()]


def context_matrix(first: np.ndarray) -> np.ndarray:
    """Second-stage features (CONTEXT_NAMES × lines) of the non-blank lines whose first-stage
    probabilities are the rows headline, sub-heading, caption, body of ``first`` (4 × lines).
    ``math.log`` rather than numpy's, whose last bit may differ with the build."""
    h, s, c, _ = first
    m = first.shape[1]
    floored = np.where(first > PROB_FLOOR, first, PROB_FLOOR)
    logs = np.fromiter(map(log, floored.ravel().tolist()), dtype=np.float64, count=floored.size)
    logs = logs.reshape(floored.shape)
    # Neighbours by offset from a padded array: near[:, j + 2] is line j itself, whose "missing"
    # entry is 0; beyond the page edge MISSING_CONTEXT.
    near = np.empty((len(MISSING_CONTEXT), m + 4))
    near[:, :2] = near[:, m + 2 :] = np.array(MISSING_CONTEXT)[:, None]
    near[:3, 2 : m + 2] = first[:3]
    near[3, 2 : m + 2] = 0.0
    p2, p1, n1, n2 = near[:, 0:m], near[:, 1 : m + 1], near[:, 3 : m + 3], near[:, 4 : m + 4]
    return np.vstack(
        (
            logs[:3] - logs[3],
            p2,
            p1,
            n1,
            n2,
            (h * p1[0], h * n1[0], s * p1[1], s * n1[1], c * p1[2], c * n1[2]),
        )
    )
