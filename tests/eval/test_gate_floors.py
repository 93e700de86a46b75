"""floors.toml may be raised freely but never loosened silently (see banmian.eval.gate)."""

from __future__ import annotations

from pathlib import Path

import pytest

from banmian.eval.counts import Counts, ErrorRate
from banmian.eval.gate import (
    AGREED_FLOORS,
    AGREED_SQUEEZED_FLOORS,
    Floors,
    FloorsError,
    check_floors,
    default_floors_path,
    fingerprint,
    floor_problems,
    load_floors,
    read_floors,
)
from banmian.eval.metrics import METRICS_BY_NAME, Metrics
from banmian.eval.report import ALL, EvalReport
from banmian.eval.score import PageScore, SetScore

#: The issue's targets: what the project means by "done".
ISSUE_TARGETS = {
    "article_f1": 0.95,
    "body_cer": 0.005,
    "paragraph_f1": 0.95,
    "title_accuracy": 0.95,
    "author_f1": 0.95,
}


def test_committed_floors_are_accepted() -> None:
    floors = read_floors()
    assert floor_problems(floors) == []
    assert load_floors() == floors


def test_committed_fingerprint_matches_the_values() -> None:
    floors = read_floors()
    assert floors.fingerprint == fingerprint(floors.floors, floors.targets, floors.squeezed), (
        "floors.toml changed: run `python -m banmian.eval.gate` and paste the fingerprint"
    )


def test_no_floor_is_looser_than_agreed() -> None:
    floors = read_floors().floors
    for name, agreed in AGREED_FLOORS.items():
        assert name in floors, f"floor {name} removed from floors.toml"
        if METRICS_BY_NAME[name].higher_is_better:
            assert floors[name] >= agreed, f"{name} lowered below the agreed {agreed}"
        else:
            assert floors[name] <= agreed, f"{name} raised above the agreed {agreed}"


def test_every_threshold_names_a_known_metric() -> None:
    floors = read_floors()
    assert set(floors.floors) | set(floors.targets) <= set(METRICS_BY_NAME)
    assert set(AGREED_FLOORS) <= set(METRICS_BY_NAME)


def test_targets_are_the_issues() -> None:
    assert read_floors().targets == ISSUE_TARGETS


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    text = default_floors_path().read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "floors.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_edit_without_fingerprint_is_refused(tmp_path: Path) -> None:
    value = read_floors().floors["paragraph_f1"]
    path = _edited(tmp_path, f"paragraph_f1 = {value} ", f"paragraph_f1 = {round(value + 0.03, 2)} ")
    with pytest.raises(FloorsError, match="fingerprint"):
        load_floors(path)


def test_looser_floor_is_refused_even_with_its_fingerprint() -> None:
    floors = read_floors()
    looser = {**floors.floors, "body_cer": AGREED_FLOORS["body_cer"] + 0.5}
    stamp = fingerprint(looser, floors.targets, floors.squeezed)
    problems = floor_problems(Floors(looser, floors.targets, stamp, floors.squeezed))
    assert len(problems) == 1 and "body_cer" in problems[0] and "looser" in problems[0]


def test_the_squeezed_sets_floors_are_guarded_too() -> None:
    floors = read_floors()
    assert set(AGREED_SQUEEZED_FLOORS) <= set(floors.squeezed)
    looser = {**floors.squeezed, "article_f1": AGREED_SQUEEZED_FLOORS["article_f1"] - 0.1}
    stamp = fingerprint(floors.floors, floors.targets, looser)
    problems = floor_problems(Floors(floors.floors, floors.targets, stamp, looser))
    assert len(problems) == 1 and "squeezed" in problems[0] and "article_f1" in problems[0]
    # A dropped table is refused, not read as no floors at all.
    stamp = fingerprint(floors.floors, floors.targets)
    problems = floor_problems(Floors(floors.floors, floors.targets, stamp))
    assert problems and all("missing" in p for p in problems)
    # The squeezed figures are checked against their own floors, not the main set's.
    report = _report(Counts(tp=75, fp=25, fn=25), ErrorRate(1, 1000))  # article F1 0.75
    assert check_floors(report, floors).passed
    assert {f.metric for f in check_floors(report, floors, squeezed=True).failures} == {"article_f1"}


def test_raising_a_floor_is_free() -> None:
    floors = read_floors()
    raised = {**floors.floors, "article_f1": 0.9, "body_cer": 0.01}
    stamp = fingerprint(raised, floors.targets, floors.squeezed)
    assert floor_problems(Floors(raised, floors.targets, stamp, floors.squeezed)) == []


def _report(articles: Counts, body: ErrorRate) -> EvalReport:
    page = PageScore("p0001", Metrics(articles=articles, body=body), 10, 10)
    column = SetScore.of([page])
    return EvalReport(Path("set"), (), {"pdfium": column, ALL: column}, (), None)


def test_check_floors_lists_each_failing_figure_per_column() -> None:
    floors = Floors({"article_f1": 0.9, "body_cer": 0.01}, {}, "")
    good = check_floors(_report(Counts(tp=10), ErrorRate(1, 1000)), floors)
    assert good.passed and good.checked == 4
    bad = check_floors(_report(Counts(tp=8, fp=2, fn=2), ErrorRate(50, 1000)), floors)
    assert not bad.passed
    assert {(f.metric, f.column) for f in bad.failures} == {
        ("article_f1", "pdfium"),
        ("article_f1", ALL),
        ("body_cer", "pdfium"),
        ("body_cer", ALL),
    }
    assert bad.failures[0].message() == "article_f1 [pdfium] = 0.8000, below 0.9000"
