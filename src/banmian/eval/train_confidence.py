"""Fit the article-confidence calibration on synthetic pages: ``python -m banmian.eval.train_confidence``.

Every text layer of the training pages is parsed with the rules' own confidences
(``ParseOptions(calibrated_confidence=False)``); each article the engine finds is labelled right
when the evaluation's matching finds it (it holds at least 90 % of one truth article's body and is
at least 90 % that article, ``eval.matching``), and described by ``segment.calibration.EVIDENCE``.
A logistic regression with an L2 penalty is fitted by Newton's method (a fixed number of steps: the
same pages give the same weights) and written to ``segment/confidence_model.json`` with the
figures that judge it, on the training pages and on held-out pages, beside the rules' confidences:
the area under the ROC curve (how well the confidence ranks right articles above wrong ones) and
the expected calibration error (the gap between the confidence and the share right, averaged over
CALIBRATION_BINS bins of confidence, weighted by articles).

Training needs numpy; inference (segment.calibration) reads the file without it.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import banmian
from banmian.eval import text as evaltext
from banmian.eval.confidence import auc, calibration_error
from banmian.eval.matching import match_articles
from banmian.eval.synth import SYNTH_VERSION, default_corpus_dir
from banmian.eval.train_stacks import set_seed
from banmian.eval.trainargs import (
    DEFAULT_HOLDOUT_PAGES,
    DEFAULT_PAGES,
    DEFAULT_SEEDS,
    HOLDOUT_SEED,
    TrainingDefaults,
    generate,
    training_parser,
)
from banmian.ingest.text import read_text_source
from banmian.options import ParseOptions
from banmian.segment.calibration import (
    CONFIDENCE_MODEL_FILE,
    CONFIDENCE_MODEL_FORMAT,
    EVIDENCE,
    ConfidenceModel,
    article_evidence,
    blank_line_share,
    page_level_evidence,
)

DEFAULT_EXTRACTORS = ("pdfium", "pdftotext", "pdftotext-layout")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "segment" / CONFIDENCE_MODEL_FILE
#: L2 penalty on every weight but the intercept, per article: with some ten thousand articles it
#: only keeps the weights of rare evidence finite (evidence no training page shows, as a page
#: read in windows, gets weight 0: segment.calibration.UNSEEN_WARNINGS).
DEFAULT_L2 = 0.001
#: Newton steps: the log-likelihood changes by under 1e-9 an article after a dozen.
DEFAULT_ITERATIONS = 30
#: Decimals of the weights in the file: finer than any confidence the output rounds to (0.001).
WEIGHT_DECIMALS = 4


@dataclass(frozen=True, slots=True)
class Example:
    """One article the engine found, what the page shows of it, and whether it is right."""

    extractor: str
    evidence: tuple[float, ...]
    right: bool


def collect(set_dir: Path, extractors: Sequence[str]) -> list[Example]:
    """The articles of every page and extractor of a generated set, labelled by its truth."""
    options = ParseOptions(calibrated_confidence=False)
    examples: list[Example] = []
    for truth_path in sorted(set_dir.glob("p*.truth.json")):
        page_id = truth_path.name.split(".")[0]
        truth = evaltext.articles(json.loads(truth_path.read_text(encoding="utf-8")))
        for extractor in extractors:
            text_path = set_dir / f"{page_id}.{extractor}.txt"
            if not text_path.is_file():
                continue
            page = banmian.parse(text_path, options)
            found = evaltext.articles(page.to_dict())
            right = {m.predicted for m in match_articles(found, truth)}
            # The lines the engine read, as banmian.api hands them to the calibration.
            shared = page_level_evidence(page, blank_line_share(read_text_source(text_path).pages()[0].lines))
            for k, article in enumerate(page.articles):
                evidence = article_evidence(page, article, shared)
                examples.append(Example(extractor, tuple(evidence[name] for name in EVIDENCE), k in right))
    return examples


def fit(examples: Sequence[Example], l2: float, iterations: int) -> tuple[float, tuple[float, ...]]:
    """(intercept, weights in EVIDENCE's order) of the penalised logistic regression."""
    import numpy as np

    x = np.array([(1.0, *e.evidence) for e in examples])
    y = np.array([float(e.right) for e in examples])
    penalty = np.full(x.shape[1], l2 * len(examples))
    penalty[0] = 0.0  # the intercept is not penalised
    w = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1.0 - p))[:, None]).T @ x + np.diag(penalty)
        w -= np.linalg.solve(hessian, gradient)
    rounded = [round(float(v), WEIGHT_DECIMALS) for v in w]
    return rounded[0], tuple(rounded[1:])


def figures(examples: Sequence[Example], model: ConfidenceModel) -> dict[str, dict[str, float]]:
    """AUC and calibration error of the rules' confidence and of the model's, per extractor and in all."""
    out: dict[str, dict[str, float]] = {}
    for extractor in sorted({e.extractor for e in examples}) + ["all"]:
        chosen = [e for e in examples if extractor in ("all", e.extractor)]
        rules = [e.evidence[EVIDENCE.index("rule_confidence")] for e in chosen]
        fitted = [model.probability(dict(zip(EVIDENCE, e.evidence, strict=True))) for e in chosen]
        right = [e.right for e in chosen]
        out[extractor] = {
            "articles": len(chosen),
            "right_share": round(sum(right) / len(right), 4),
            "rules_auc": round(auc(rules, right), 4),
            "model_auc": round(auc(fitted, right), 4),
            "rules_calibration_error": round(calibration_error(rules, right), 4),
            "model_calibration_error": round(calibration_error(fitted, right), 4),
        }
    return out


def report(title: str, table: dict[str, dict[str, float]]) -> str:
    lines = [title, f"  {'extractor':18} {'articles':>8} {'right':>6} {'AUC rules':>9} {'AUC model':>9} {'ECE rules':>9} {'ECE model':>9}"]
    for extractor, f in table.items():
        lines.append(
            f"  {extractor:18} {f['articles']:8d} {f['right_share']:6.3f} {f['rules_auc']:9.3f} {f['model_auc']:9.3f}"
            f" {f['rules_calibration_error']:9.3f} {f['model_calibration_error']:9.3f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    defaults = TrainingDefaults(
        DEFAULT_PAGES, DEFAULT_SEEDS, HOLDOUT_SEED, DEFAULT_HOLDOUT_PAGES, DEFAULT_EXTRACTORS, DEFAULT_L2, DEFAULT_ITERATIONS, DEFAULT_OUT
    )
    parser = training_parser("python -m banmian.eval.train_confidence", __doc__.splitlines()[0], defaults)
    args = parser.parse_args(argv)
    if args.holdout_seed in args.seeds:
        parser.error("the held-out seed must not be a training seed")
    extractors = tuple(e for e in args.extractors.split(",") if e)
    corpus = args.corpus or default_corpus_dir()
    with tempfile.TemporaryDirectory(prefix="banmian-confidence-") as tmp:
        work = args.work or Path(tmp)
        sets = [generate(seed, args.pages, work, corpus, extractors) for seed in args.seeds]
        examples = [e for set_dir in sets for e in collect(set_dir, extractors)]
        intercept, weights = fit(examples, args.l2, args.iterations)
        data = {
            "format": CONFIDENCE_MODEL_FORMAT,
            "intercept": intercept,
            "weights": dict(zip(EVIDENCE, weights, strict=True)),
            "training": {"seeds": [set_seed(s) for s in sets], "extractors": list(extractors), "synth_version": SYNTH_VERSION},
        }
        model = ConfidenceModel(data)
        data["training"]["figures"] = figures(examples, model)
        print(report(f"training seeds {', '.join(map(str, data['training']['seeds']))}", data["training"]["figures"]))
        if args.holdout_pages:
            held_dir = generate(args.holdout_seed, args.holdout_pages, work, corpus, extractors)
            data["held_out"] = {"seed": set_seed(held_dir), "figures": figures(collect(held_dir, extractors), model)}
            print(report(f"held-out seed {data['held_out']['seed']}", data["held_out"]["figures"]))
        args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(examples)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
