"""Run the evaluation: parse every page of a generated set through each extractor's text, score it.

A page that crashes the engine scores as an empty prediction and is listed; it never aborts the
run, so one bad page cannot hide the figures of the others.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import banmian
from banmian.eval.forms import FORM_SOURCE, FORMS, InputForm
from banmian.eval.manifest import ManifestPage, read_json, read_manifest
from banmian.eval.realpages import score_real_pages
from banmian.eval.report import ALL, EvalReport, PageRun, SampleResult
from banmian.eval.score import PageScore, SetScore, score_failure, score_page

#: The repository checkout this module runs from (src/banmian/eval/runner.py → repository root).
REPO_ROOT = Path(__file__).resolve().parents[3]
#: Third-party test material, kept beside the repository and never copied into it.
SHARED_DIR = REPO_ROOT.parent / "shared"
SAMPLE_NAME = "liaoyuan-2020-05-31-p1"


@dataclass(frozen=True, slots=True)
class EvalOptions:
    set_dir: Path
    #: Where to write each prediction and ``report.json``; ``None`` writes nothing.
    out_dir: Path | None = None
    #: How many worst page readings the report lists.
    worst: int = 10
    #: Extractors to score (``None``: every extractor the manifest lists).
    extractors: tuple[str, ...] | None = None
    #: Folder holding ``<SAMPLE_NAME>.txt`` and ``.gold.json``; ``None`` skips the sample.
    sample_dir: Path | None = SHARED_DIR / "samples"
    #: Real e-paper PDFs read by both paths (``eval.realpages``); ``None`` skips them.
    real_dir: Path | None = SHARED_DIR / "real"
    #: Other forms of the pdfium text scored as columns of their own (``eval.forms``); ``None``:
    #: all of them (``FORMS``).
    forms: tuple[InputForm, ...] | None = None


def run_eval(options: EvalOptions) -> EvalReport:
    started = time.perf_counter()
    manifest = read_manifest(options.set_dir)
    forms = FORMS if options.forms is None else options.forms
    runs: list[PageRun] = []
    skipped: list[str] = []
    for page in manifest.pages:
        try:
            truth = read_json(page.truth)
        except (OSError, ValueError) as exc:
            skipped.append(f"{page.id}: truth unreadable ({exc})")
            continue
        runs.extend(_score_readings(page, truth, options))
        runs.extend(_score_forms(page, truth, options, forms))
    extracted = [run for run in runs if run.extractor not in {form.column for form in forms}]
    report = EvalReport(
        set_dir=options.set_dir,
        runs=tuple(runs),
        columns=_columns(runs, extracted),
        worst=tuple(sorted(extracted, key=lambda r: r.sort_key)[: options.worst]),
        sample=None if options.sample_dir is None else score_sample(options.sample_dir),
        skipped=tuple(skipped),
        seconds=time.perf_counter() - started,
        real=() if options.real_dir is None else score_real_pages(options.real_dir),
    )
    if options.out_dir is not None:
        write_report(report, options.out_dir)
    return report


#: Column name of the PDF path in the report.
PDF_READING = "pdf"


def _score_readings(page: ManifestPage, truth: Mapping[str, Any], options: EvalOptions) -> Iterable[PageRun]:
    readings = dict(page.texts)
    if page.pdf is not None:
        readings[PDF_READING] = page.pdf  # the PDF path, scored beside the text layers
    for extractor, text_file in readings.items():
        if options.extractors is not None and extractor not in options.extractors:
            continue
        started = time.perf_counter()
        predicted, score = predict_and_score(text_file, truth, page.id)
        run = PageRun(page.id, extractor, text_file, page.truth, score, time.perf_counter() - started)
        if options.out_dir is not None and predicted is not None:
            _write_json(options.out_dir / "predictions" / extractor / f"{page.id}.json", predicted)
        yield run


def _score_forms(
    page: ManifestPage, truth: Mapping[str, Any], options: EvalOptions, forms: tuple[InputForm, ...]
) -> Iterable[PageRun]:
    """The page's pdfium text in each other form (``eval.forms``), each scored as its own column."""
    text_file = dict(page.texts).get(FORM_SOURCE)
    if text_file is None or not forms or (options.extractors is not None and FORM_SOURCE not in options.extractors):
        return
    try:
        text = Path(text_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return  # the pdfium reading itself reports the unreadable file
    for form in forms:
        started = time.perf_counter()
        predicted, score = predict_and_score(form.page_text(text, truth), form.truth(truth), page.id)
        run = PageRun(page.id, form.column, text_file, page.truth, score, time.perf_counter() - started)
        if options.out_dir is not None and predicted is not None:
            _write_json(options.out_dir / "predictions" / form.column / f"{page.id}.json", predicted)
        yield run


def predict_and_score(
    source: Path | str, truth: Mapping[str, Any], page_id: str
) -> tuple[dict[str, Any] | None, PageScore]:
    """Parse ``source`` (a text file, or a page's text) and score it; any exception scores the page
    as an empty prediction."""
    try:
        predicted = banmian.parse(source if isinstance(source, str) else Path(source)).to_dict()
    except Exception as exc:  # noqa: BLE001 — a crashing page must be scored and listed, not abort the run
        return None, score_failure(truth, page_id, f"{type(exc).__name__}: {exc}")
    return predicted, score_page(predicted, truth, page_id)


def _columns(runs: list[PageRun], extracted: list[PageRun]) -> dict[str, SetScore]:
    """A column per extractor and per input form; ``all`` over the extractors' readings only (the
    forms read the same pages again)."""
    extractors = list(dict.fromkeys(run.extractor for run in runs))
    columns = {name: SetScore.of([r.score for r in runs if r.extractor == name]) for name in extractors}
    columns[ALL] = SetScore.of([r.score for r in extracted])
    return columns


def score_sample(sample_dir: Path) -> SampleResult:
    """Score the real sample page against its gold file; a note instead when either is absent."""
    text_file, gold_file = sample_dir / f"{SAMPLE_NAME}.txt", sample_dir / f"{SAMPLE_NAME}.gold.json"
    if not (text_file.is_file() and gold_file.is_file()):
        return SampleResult(text_file, gold_file, note=f"not found under {sample_dir}")
    _, score = predict_and_score(text_file, read_json(gold_file), SAMPLE_NAME)
    return SampleResult(text_file, gold_file, score)


def write_report(report: EvalReport, out_dir: Path) -> Path:
    path = out_dir / "report.json"
    _write_json(path, report.to_dict())
    return path


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
