"""Train the line classifier (segment.lineclass) on synthetic pages: ``python -m banmian.eval.train_lines``.

Pages are generated with the evaluation harness's generator (eval.synth) from training seeds; each
extracted line is labelled headline (kicker, title, subtitle, banner, box label), sub-heading,
caption or body by finding its text in the page's truth, and a
multinomial logistic regression with an L2 penalty is fitted by full-batch gradient descent
(Nesterov momentum, fixed step and iteration count: the same pages give the same weights); then
the context stage is fitted the same way on the first stage's probabilities of the same lines. The
command then scores the model, and the rule-based roles for comparison, on held-out pages, and
reports how well it tells sub-headings from headlines where that decides an article boundary: on
the heading runs that stand between two bodies in the engine's items (segment.assign).

Training needs numpy (a development-time dependency); the shipped model is read without it.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from banmian.eval.synth import SYNTH_VERSION, default_corpus_dir
from banmian.eval.text import norm
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
from banmian.layout.lines import LineInfo, build_line_infos
from banmian.segment.lineclass import CLASSES, MODEL_FORMAT, LineClassifier
from banmian.segment.linecontext import CONTEXT_NAMES, context_rows
from banmian.segment.linefeatures import BOX_LABELS, FEATURE_NAMES, feature_rows

#: Version of the trained model, written into the file: bump it when the labels or training change.
#: 2: headline and sub-heading labelled apart, heading-run features.
MODEL_VERSION = "2"
DEFAULT_EXTRACTORS = ("pdftotext", "pdfium")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "segment" / "line_model.json"
#: L2 penalty on the standardised weights (per training line): small, it only keeps weights of
#: rare or collinear features finite.
DEFAULT_L2 = 1e-4
#: Full-batch steps: on 200 pages the training loss moves by under 1e-3 from here to 3000 steps
#: and the accuracy by under 0.01 %.
DEFAULT_ITERATIONS = 1000
#: Nesterov momentum of the descent, the usual value.
MOMENTUM = 0.9
#: Weights are rounded to this many decimals in the file: far below what changes a probability,
#: and enough to hide float noise between BLAS builds.
WEIGHT_DECIMALS = 6
#: Lines shorter than this (characters, normalised) are found anywhere in the truth: unlabelled.
MIN_LABEL_CHARS = 2
HEADLINE, SUBHEADING, CAPTION, BODY = range(4)
SEPARATOR = "\x00"


class Example(NamedTuple):
    extractor: str
    page: str
    line: int  # index into the page's lines
    label: int
    features: tuple[float, ...]


class Pools(NamedTuple):
    """A page's truth texts by class, normalised and joined with SEPARATOR for substring search."""

    headline: str
    subheading: str
    caption: str
    body: str
    exact_headline: frozenset[str]  # whole headline units: a line equal to one is a headline
    exact_subheading: frozenset[str]


def truth_pools(truth: Mapping[str, Any]) -> Pools:
    headline = [norm(b) for b in truth.get("banners") or ()]
    subheading: list[str] = []
    caption: list[str] = []
    body: list[str] = []
    for article in truth.get("articles") or ():
        units = [article.get(k) for k in ("kicker", "title", "subtitle")]
        headline.extend(norm(u) for u in units if isinstance(u, str))
        subheadings = {norm(s) for s in article.get("subheadings") or ()}
        subheading.extend(subheadings)
        caption.extend(norm(c) for c in article.get("captions") or ())
        paragraphs = [norm(p) for p in article.get("paragraphs") or ()]
        # The contract lists sub-headings among the paragraphs too; they are headings here.
        body.extend(p for p in paragraphs if p not in subheadings)
        byline = norm(article.get("byline"))
        if byline:
            body.append(byline)
            body.append(byline + (paragraphs[0] if paragraphs else ""))  # a line may run on past it
    join = SEPARATOR.join
    headline = [h for h in headline if h]
    subheading = sorted(s for s in subheading if s)  # sorted: sets iterate in a per-run order
    return Pools(
        join(headline),
        join(subheading),
        join(c for c in caption if c),
        join(b for b in body if b),
        frozenset(headline),
        frozenset(subheading),
    )


def label_line(line: LineInfo, pools: Pools) -> int | None:
    """headline / sub-heading / caption / body, or None where the truth cannot tell (too short, in
    two classes)."""
    text = norm(line.raw)
    if len(text) < MIN_LABEL_CHARS:
        return None
    if text in BOX_LABELS:
        return HEADLINE
    exact = [k for k, units in ((HEADLINE, pools.exact_headline), (SUBHEADING, pools.exact_subheading)) if text in units]
    if len(exact) == 1:
        return exact[0]
    # A box label glued to the box's first headline (「简 讯 绝大多数国家……」): the label is no
    # part of the truth, the rest is.
    label = next((b for b in BOX_LABELS if text.startswith(b) and len(text) > len(b)), None)
    if label is not None:
        text = text[len(label) :]
    pools_by_class = (
        (HEADLINE, pools.headline),
        (SUBHEADING, pools.subheading),
        (CAPTION, pools.caption),
        (BODY, pools.body),
    )
    hits = [k for k, pool in pools_by_class if text in pool]
    if not hits:
        return BODY  # furniture, jump notes, anything outside the articles
    return hits[0] if len(hits) == 1 else None


def page_examples(set_dir: Path, extractors: Sequence[str]) -> Iterator[tuple[str, str, tuple[LineInfo, ...], list[Example]]]:
    """(extractor, page id, lines, labelled examples) for every page and extractor of a set."""
    for truth_path in sorted(set_dir.glob("p*.truth.json")):
        page = truth_path.name.split(".")[0]
        pools = truth_pools(json.loads(truth_path.read_text(encoding="utf-8")))
        for extractor in extractors:
            text_path = set_dir / f"{page}.{extractor}.txt"
            if not text_path.is_file():
                continue
            lines = build_line_infos(read_text_source(text_path).lines)
            examples = []
            for index, vector in feature_rows(lines):
                label = label_line(lines[index], pools)
                if label is not None:
                    examples.append(Example(extractor, page, index, label, vector))
            yield extractor, page, lines, examples


def fit(features, labels, l2: float, iterations: int) -> tuple[list[float], list[list[float]]]:
    """Multinomial logistic regression by full-batch Nesterov descent on standardised features;
    returns (intercept per class, weights per class × feature) for the raw features."""
    import numpy as np

    x = np.asarray(features, dtype=np.float64)
    y = np.asarray(labels, dtype=np.int64)
    n, d = x.shape
    k = len(CLASSES)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((n, 1))])  # last column: the intercept
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    penalty = np.full((d + 1, 1), l2)
    penalty[-1] = 0.0  # the intercept is not penalised
    # Step 1/L: the softmax loss's Hessian is bounded by ½·λmax(ZᵀZ/n), plus the penalty.
    lipschitz = 0.5 * float(np.linalg.eigvalsh(z.T @ z / n)[-1]) + l2
    step = 1.0 / lipschitz
    w = np.zeros((d + 1, k))
    velocity = np.zeros_like(w)
    for _ in range(iterations):
        ahead = w + MOMENTUM * velocity
        scores = z @ ahead
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        grad = z.T @ (probs - onehot) / n + penalty * ahead
        velocity = MOMENTUM * velocity - step * grad
        w = w + velocity
    weights = w[:-1] / scale[:, None]
    intercept = w[-1] - (mean / scale) @ w[:-1]
    return (
        [round(float(b), WEIGHT_DECIMALS) for b in intercept],
        [[round(float(v), WEIGHT_DECIMALS) for v in weights[:, c]] for c in range(k)],
    )


class Counts(NamedTuple):
    """Per class: true positives, predicted, actual."""

    tp: list[int]
    predicted: list[int]
    actual: list[int]


def _empty() -> Counts:
    k = len(CLASSES)
    return Counts([0] * k, [0] * k, [0] * k)


def _add(counts: Counts, predicted: int, actual: int) -> None:
    counts.predicted[predicted] += 1
    counts.actual[actual] += 1
    if predicted == actual:
        counts.tp[actual] += 1


def rule_class(role: str) -> int:
    """The class of a rule role; headings count as headlines until ``rule_classes`` finds
    sub-headings among them."""
    return HEADLINE if role in ("heading", "subtitle") else CAPTION if role == "caption" else BODY


class Boundary(NamedTuple):
    """A heading run between two bodies in the engine's items: where it is, its truth and the
    answers (sub-heading or not) of the rules (segment.subheadings.is_subheading) and of the model."""

    run: range
    subheading: bool  # the truth: most of its labelled lines are sub-heading lines
    shaped: bool  # the rules find it shaped like a sub-heading (segment.subheadings._subheading_shaped)
    rules: bool
    model: float  # segment.lineclass.subheading_probability


def boundaries(lines: Sequence[LineInfo], probs: Sequence, labels: Mapping[int, int]) -> tuple[list[Boundary], set[int]]:
    """The page's heading runs between two bodies (with a headline or sub-heading truth), and the
    lines that the rules take for sub-headings (any heading run that segment.assign merges)."""
    from banmian.segment.items import ItemKind, build_items
    from banmian.segment.lineclass import subheading_probability
    from banmian.segment.roles import assign_roles
    from banmian.segment.subheadings import _subheading_shaped, is_subheading

    items, _ = build_items(lines, assign_roles(lines))
    found: list[Boundary] = []
    rule_sub: set[int] = set()
    for k in range(1, len(items) - 1):
        prev, item, nxt = items[k - 1], items[k], items[k + 1]
        if item.kind is not ItemKind.HEADS or prev.kind is not ItemKind.BODY or nxt.kind is not ItemKind.BODY:
            continue
        run = range(item.lines[0].number - 1, item.lines[-1].number)
        rules = is_subheading(prev, item, nxt)
        if rules:
            rule_sub.update(ln.number - 1 for ln in item.lines)
        truth = [labels[i] for i in run if labels.get(i) in (HEADLINE, SUBHEADING)]
        if truth:
            sub = 2 * truth.count(SUBHEADING) > len(truth)
            found.append(Boundary(run, sub, _subheading_shaped(item), rules, subheading_probability(probs, run)))
    return found, rule_sub


def evaluate(model: LineClassifier, set_dir: Path, extractors: Sequence[str]) -> tuple[dict[str, dict[str, Counts]], dict[str, list[Boundary]]]:
    """Counts of the model and of the rule-based roles, per extractor (and "all"), and the heading
    runs between two bodies. The rules tell sub-headings from headlines only in segment.assign:
    their line classes take its answer. The engine's roles read the shipped model: evaluate after
    writing it there (the default ``--out``)."""
    out: dict[str, dict[str, Counts]] = {}
    runs: dict[str, list[Boundary]] = {}
    from banmian.segment.roles import assign_roles

    k = len(CLASSES)
    for extractor, _page, lines, examples in page_examples(set_dir, extractors):
        probs = model.probabilities(lines)
        roles = assign_roles(lines)
        labels = {ex.line: ex.label for ex in examples}
        found, rule_sub = boundaries(lines, probs, labels)
        for key in (extractor, "all"):
            runs.setdefault(key, []).extend(found)
            bucket = out.setdefault(key, {"model": _empty(), "rules": _empty()})
            for ex in examples:
                p = probs[ex.line]
                _add(bucket["model"], max(range(k), key=p.__getitem__), ex.label)
                rule = rule_class(roles[ex.line].value)
                _add(bucket["rules"], SUBHEADING if rule == HEADLINE and ex.line in rule_sub else rule, ex.label)
    return out, runs


def report(results: Mapping[str, Mapping[str, Counts]]) -> str:
    rows = [f"{'extractor':<10} {'who':<6} " + " ".join(f"{c + ' P/R':>16}" for c in CLASSES) + f" {'lines':>7}"]
    for extractor, by in results.items():
        for who, c in by.items():
            cells = []
            for k in range(len(CLASSES)):
                p = c.tp[k] / c.predicted[k] if c.predicted[k] else 0.0
                r = c.tp[k] / c.actual[k] if c.actual[k] else 0.0
                cells.append(f"{p:7.3f}/{r:.3f}  ")
            rows.append(f"{extractor:<10} {who:<6} " + " ".join(f"{x:>16}" for x in cells) + f" {sum(c.actual):>7}")
    return "\n".join(rows)


#: The model calls a run a sub-heading from this subheading_probability up.
SUBHEADING_CALL = 0.5


def report_boundaries(runs: Mapping[str, Sequence[Boundary]]) -> str:
    """Sub-heading vs headline on the heading runs between two bodies: per answerer, truth
    sub-headings called sub-headings (sub→sub), headlines called sub-headings (head→sub: a lost
    article boundary) and the other way (sub→head: an article split in two), with accuracy."""
    rows = [f"{'extractor':<10} {'runs':<7} {'who':<6} {'sub→sub':>8} {'sub→head':>9} {'head→sub':>9} {'head→head':>10} {'accuracy':>9}"]
    for extractor, found in runs.items():
        for subset, chosen in (("all", found), ("shaped", [b for b in found if b.shaped])):
            for who in ("rules", "model"):
                cells = [0, 0, 0, 0]
                for b in chosen:
                    called = b.rules if who == "rules" else b.model >= SUBHEADING_CALL
                    cells[(0 if b.subheading else 2) + (0 if called else 1)] += 1
                accuracy = (cells[0] + cells[3]) / len(chosen) if chosen else 0.0
                rows.append(
                    f"{extractor:<10} {subset:<7} {who:<6} {cells[0]:>8} {cells[1]:>9} {cells[2]:>9} {cells[3]:>10} {accuracy:>9.3f}"
                )
    return "\n".join(rows)


def train(seeds: Sequence[int], pages: int, work: Path, corpus: Path, extractors: Sequence[str], l2: float, iterations: int) -> dict[str, Any]:
    """The model file's content, trained on ``pages`` pages of each seed."""
    pages_data: list[tuple[tuple[LineInfo, ...], list[Example]]] = []
    for seed in seeds:
        set_dir = generate(seed, pages, work, corpus, extractors)
        pages_data.extend((lines, examples) for _e, _p, lines, examples in page_examples(set_dir, extractors))
    labels = [ex.label for _lines, examples in pages_data for ex in examples]
    intercept, weights = fit([ex.features for _lines, examples in pages_data for ex in examples], labels, l2, iterations)
    model: dict[str, Any] = {
        "format": MODEL_FORMAT,
        "version": MODEL_VERSION,
        "classes": list(CLASSES),
        "feature_names": list(FEATURE_NAMES),
        "training": {
            "seeds": list(seeds),
            "pages_per_seed": pages,
            "extractors": list(extractors),
            "synth_version": SYNTH_VERSION,
            "lines": len(labels),
            "lines_per_class": [labels.count(k) for k in range(len(CLASSES))],
            "l2": l2,
            "iterations": iterations,
        },
        "intercept": intercept,
        "weights": weights,
    }
    first = LineClassifier(model)
    context: list[tuple[float, ...]] = []
    for lines, examples in pages_data:
        index, probs = first.first_stage(lines)
        rows = dict(zip(index, context_rows(probs), strict=True))
        context.extend(rows[ex.line] for ex in examples)
    c_intercept, c_weights = fit(context, labels, l2, iterations)
    model["context"] = {"feature_names": list(CONTEXT_NAMES), "intercept": c_intercept, "weights": c_weights}
    return model


def main(argv: Sequence[str] | None = None) -> int:
    defaults = TrainingDefaults(
        DEFAULT_PAGES, DEFAULT_SEEDS, HOLDOUT_SEED, DEFAULT_HOLDOUT_PAGES, DEFAULT_EXTRACTORS, DEFAULT_L2, DEFAULT_ITERATIONS, DEFAULT_OUT
    )
    parser = training_parser("python -m banmian.eval.train_lines", __doc__.splitlines()[0], defaults)
    args = parser.parse_args(argv)
    seeds = args.seeds
    if args.holdout_seed in seeds:
        parser.error("the held-out seed must not be a training seed")
    extractors = tuple(e for e in args.extractors.split(",") if e)
    corpus = args.corpus or default_corpus_dir()
    with tempfile.TemporaryDirectory(prefix="banmian-lines-") as tmp:
        work = args.work or Path(tmp)
        model = train(seeds, args.pages, work, corpus, extractors, args.l2, args.iterations)
        args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({model['training']['lines']} training lines)")
        if args.holdout_pages:
            held = generate(args.holdout_seed, args.holdout_pages, work, corpus, extractors)
            print(f"held-out: seed {args.holdout_seed}, {args.holdout_pages} pages (precision/recall)")
            counts, runs = evaluate(LineClassifier(model), held, extractors)
            print(report(counts))
            print("heading runs between two bodies (sub-heading or headline; shaped: as the rules want a sub-heading)")
            print(report_boundaries(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
