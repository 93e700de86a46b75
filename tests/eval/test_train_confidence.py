"""The calibration's fit and its figures (eval.train_confidence), on small made-up examples."""

from __future__ import annotations

import pytest

from banmian.eval.confidence import auc, calibration_error, confidence_figures
from banmian.eval.train_confidence import Example, fit
from banmian.segment.calibration import EVIDENCE


def test_auc_counts_right_articles_ranked_above_wrong_ones_ties_half() -> None:
    assert auc([0.9, 0.8, 0.2, 0.1], [True, True, False, False]) == 1.0
    assert auc([0.1, 0.2, 0.8, 0.9], [True, True, False, False]) == 0.0
    assert auc([0.5, 0.5], [True, False]) == 0.5


def test_the_calibration_error_is_the_binned_gap_between_confidence_and_share_right() -> None:
    assert calibration_error([0.95, 0.95], [True, True]) == pytest.approx(0.05)
    # Two bins: 0.15 where none is right, 0.85 where half is: (0.15 * 2 + 0.35 * 2) / 4.
    assert calibration_error([0.15, 0.15, 0.85, 0.85], [False, False, True, False]) == pytest.approx(0.25)


def test_an_auc_that_cannot_be_had_is_written_as_none() -> None:
    """Every article right: no wrong one to rank under it, and NaN is no JSON."""
    import json

    figures = confidence_figures([0.9, 0.8], [True, True])
    assert json.loads(json.dumps(figures.to_dict(), allow_nan=False))["auc"] is None


def test_no_articles_have_no_figures() -> None:
    assert confidence_figures([], []) is None
    assert confidence_figures([0.9, 0.2], [True, False]).auc == 1.0


def test_the_fit_learns_which_evidence_tells_right_from_wrong() -> None:
    """Right articles have a title, wrong ones none; everything else is equal: the title's weight
    comes out large and positive, the other weights near zero."""
    titled = EVIDENCE.index("titled")

    def example(right: bool) -> Example:
        evidence = [0.5] * len(EVIDENCE)
        evidence[titled] = 1.0 if right else 0.0
        return Example("pdfium", tuple(evidence), right)

    examples = [example(True)] * 30 + [example(False)] * 10 + [Example("pdfium", tuple([0.5] * len(EVIDENCE)), True)] * 2
    intercept, weights = fit(examples, l2=0.01, iterations=30)
    assert weights[titled] > 2.0
    assert all(abs(w) < 0.5 for k, w in enumerate(weights) if k != titled)
