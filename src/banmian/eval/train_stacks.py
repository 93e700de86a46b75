"""Fit the headline-pair weights of segment.headpairs on synthetic pages: ``python -m banmian.eval.train_stacks``.

Two headline units of one stack are read as a kicker over its title, one title wrapped over two
lines, or a title over a plain subtitle, by cues (``segment.pairweights.PAIR_CUES``) whose weights are
learned. They ship in ``segment/stack_model.json``; this command makes that file again from the
pages, so that a changed cue or generator is followed by a refit, not by hand-edited constants.

Pages come from the evaluation harness's generator (eval.synth) with training seeds, or from sets
generated before (``--pages-dir``). Each page's text layers are parsed by the engine itself, and
every two headline units side by side in a group that segment.kickers divides into fields (a
group of two, or a break of a longer group, which is read like a pair) are recorded with their
cues: how many stacks a headline run holds is decided by the whole page (segment.assign), so only
a whole parse meets the groups the engine meets. A group is labelled from the page's truth — the
first unit in an article's kicker and the second in its title, both in one title, or the first in
a title and the second in its subtitle — and left out when the truth says none of these. A
multinomial logistic regression with an L2 penalty is fitted by full-batch gradient descent (fixed
step and iteration count: the same groups give the same weights), a cue's weight held at 0 for a
reading it says nothing of (``segment.pairweights.SILENT_CUES``); the weights are rounded to 0.1 and
written as log-odds against kicker + title. The command prints how many groups each reading reads
right, beside always reading kicker + title, on the training groups and on held-out pages.

The groups are the ones the engine meets with the weights it runs with (the shipped file): a refit
sees the same groups only while those weights are unchanged. Training needs numpy; inference
(segment.headpairs) reads the file without it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

import banmian
from banmian.eval.synth import SYNTH_VERSION, default_corpus_dir
from banmian.eval.synth.generate import DEFAULT_SEED as EVALUATION_SEED
from banmian.eval.trainargs import (
    DEFAULT_HOLDOUT_PAGES,
    DEFAULT_PAGES,
    DEFAULT_SEEDS,
    HOLDOUT_SEED,
    TrainingDefaults,
    generate,
    training_parser,
)
from banmian.segment import pairweights, stacks
from banmian.segment.headpairs import pair_cues
from banmian.segment.headunits import Unit
from banmian.segment.pairweights import (
    PAIR_CUES,
    SCORED_READINGS,
    SILENT_CUES,
    STACK_MODEL_FILE,
    STACK_MODEL_FORMAT,
    PairWeights,
    Reading,
)

#: Version of the trained weights, written into the file: bump it when the labels or the fit change.
#: 1: the constants that stacks.py held before the file; 2: this command's fit; 3: seven more cues
#: (finished_first … part_taken), fitted on every break of a group, not on groups of two alone;
#: 4: cues fuller_second and column_first; 5: cues even_halves and verb_first; 6: cue halved.
MODEL_VERSION = "6"
DEFAULT_EXTRACTORS = ("pdfium", "pdftotext")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "segment" / STACK_MODEL_FILE
#: L2 penalty per group on every weight: with 16 binary cues and about 1,700 groups it only keeps
#: the weights of rare cues (an unclosed quotation, a column tag) finite.
DEFAULT_L2 = 0.002
#: Full-batch steps: on the training groups the weights move by under 1e-5 from here to 20,000 steps.
DEFAULT_ITERATIONS = 4000
#: Weights are rounded to this many decimals in the file: a tenth of a log-odd changes no reading
#: that the cues can tell, and the rounding hides float noise between BLAS builds.
WEIGHT_DECIMALS = 1
#: The classes of the fit, in the order of its weight columns: kicker + title first, the reading
#: the others are scored against.
CLASSES: tuple[Reading, ...] = (Reading.KICKER_TITLE, *SCORED_READINGS)


class Group(NamedTuple):
    """Two headline units the engine divided as one stack's, with the cues that hold of them and
    the reading the truth gives (None: the truth gives none of the three)."""

    extractor: str
    page: str
    cues: tuple[bool, ...]
    reading: Reading | None


def _squeeze(text: str | None) -> str:
    """The text without white space: extractors break and space headlines where the truth does not."""
    return re.sub(r"\s", "", text or "")


def truth_reading(first: str, second: str, articles: Sequence[Mapping[str, Any]]) -> Reading | None:
    """The truth's reading of two headline texts: kicker + title when one article has the first in
    its kicker and the second in its title (that wins outright); else one wrapped title when an
    article's title holds both, joined; else title + subtitle."""
    a, b = _squeeze(first), _squeeze(second)
    found: Reading | None = None
    for article in articles:
        kicker, title, subtitle = (_squeeze(article.get(k)) for k in ("kicker", "title", "subtitle"))
        if kicker and title and a in kicker and b in title:
            return Reading.KICKER_TITLE
        if title and a + b in title:
            found = Reading.WRAPPED_TITLE
        if title and subtitle and a in title and b in subtitle:
            found = found or Reading.TITLE_SUBTITLE
    return found


@contextmanager
def recording_groups() -> Iterator[list[tuple[Unit, Unit]]]:
    """Every two units side by side in a group segment.kickers divides while the block runs, in
    order: a group of two, and each break of a longer one (read break by break, as a pair).
    segment.stacks has each group of a stack divided by ``group_fields``; its name there is wrapped
    for the block and restored after."""
    seen: list[tuple[Unit, Unit]] = []
    original: Callable = stacks.group_fields

    def record(members, subtitle_free, wraps=True):
        seen.extend(zip(members, members[1:], strict=False))
        return original(members, subtitle_free, wraps)

    stacks.group_fields = record
    try:
        yield seen
    finally:
        stacks.group_fields = original


def page_groups(text: str, articles: Sequence[Mapping[str, Any]]) -> list[tuple[tuple[bool, ...], Reading | None]]:
    """(cues, truth reading) of each pair of units the engine meets on one page text. A page is
    parsed more than once inside (both reading orders, several stack counts): a group, known by
    its first and last line, counts once."""
    with recording_groups() as seen:
        banmian.parse(text)
    out = []
    keys: set[tuple[int, int]] = set()
    for first, second in seen:
        key = (first.lines[0].number, second.lines[-1].number)
        if key not in keys:
            keys.add(key)
            out.append((pair_cues(first, second), truth_reading(first.text, second.text, articles)))
    return out


def collect(set_dir: Path, extractors: Sequence[str]) -> list[Group]:
    """The groups of every page and extractor of a generated set (pNNNN.truth.json beside its
    pNNNN.<extractor>.txt)."""
    groups: list[Group] = []
    for truth_path in sorted(set_dir.glob("p*.truth.json")):
        page = truth_path.name.split(".")[0]
        articles = json.loads(truth_path.read_text(encoding="utf-8")).get("articles") or ()
        for extractor in extractors:
            text_path = set_dir / f"{page}.{extractor}.txt"
            if text_path.is_file():
                text = text_path.read_text(encoding="utf-8")
                groups.extend(Group(extractor, page, cues, reading) for cues, reading in page_groups(text, articles))
    return groups


def set_seed(set_dir: Path) -> int | None:
    manifest = set_dir / "manifest.json"
    if not manifest.is_file():
        return None
    return json.loads(manifest.read_text(encoding="utf-8")).get("seed")


def fit(cues: Sequence[Sequence[bool]], labels: Sequence[int], l2: float, iterations: int) -> tuple[tuple[float, float], tuple[tuple[float, float], ...]]:
    """Multinomial logistic regression over CLASSES by full-batch gradient descent: one weight
    column per class and an intercept, every weight penalised alike (the symmetric form, where no
    class is favoured by the penalty). A silent cue's weights for its reading and for kicker +
    title are tied: after each step they are set to their mean, the nearest tied point. Returns
    (bias, weights per cue), each as (wrapped, subtitle) log-odds against kicker + title, rounded."""
    import numpy as np

    x = np.hstack([np.ones((len(cues), 1)), np.asarray(cues, dtype=np.float64).reshape(len(cues), len(PAIR_CUES))])
    y = np.asarray(labels, dtype=np.int64)
    n, d = x.shape
    onehot = np.zeros((n, len(CLASSES)))
    onehot[np.arange(n), y] = 1.0
    tied = [
        [0, *(CLASSES.index(r) for name, r in sorted(SILENT_CUES) if name == cue)] for cue in ("", *PAIR_CUES)
    ]
    # Step 1/L: the softmax loss's Hessian is bounded by ½·λmax(XᵀX/n), plus the penalty.
    step = 1.0 / (0.5 * float(np.linalg.eigvalsh(x.T @ x / n)[-1]) + l2)
    w = np.zeros((d, len(CLASSES)))
    for _ in range(iterations):
        scores = x @ w
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        w -= step * (x.T @ (probs - onehot) / n + l2 * w)
        for row, columns in enumerate(tied):
            if len(columns) > 1:
                w[row, columns] = w[row, columns].mean()
    odds = w[:, 1:] - w[:, :1]
    rounded = [(_round(a), _round(b)) for a, b in odds]
    return rounded[0], tuple(rounded[1:])


def _round(value: float) -> float:
    return round(float(value), WEIGHT_DECIMALS) + 0.0  # + 0.0: no "-0.0" in the file


def model_data(bias: tuple[float, float], weights: Sequence[tuple[float, float]], training: Mapping[str, Any]) -> dict[str, Any]:
    """The model file's content (``segment.pairweights.PairWeights.from_data`` reads it)."""
    return {
        "format": STACK_MODEL_FORMAT,
        "version": MODEL_VERSION,
        "against": Reading.KICKER_TITLE.value,
        "readings": [r.value for r in SCORED_READINGS],
        "training": dict(training),
        "bias": list(bias),
        "weights": {name: list(pair) for name, pair in zip(PAIR_CUES, weights, strict=True)},
    }


class Score(NamedTuple):
    groups: int
    model: int  # read right by the weights
    baseline: int  # kicker + title in the truth


def score(weights: PairWeights, groups: Sequence[Group]) -> dict[str, Score]:
    """Labelled groups read right, per extractor and over all ("all", last)."""
    out: dict[str, Score] = {}
    for group in groups:
        out.setdefault(group.extractor, Score(0, 0, 0))
    out["all"] = Score(0, 0, 0)
    for group in groups:
        if group.reading is None:
            continue
        right = weights.reading(group.cues) is group.reading
        kicker = group.reading is Reading.KICKER_TITLE
        for key in (group.extractor, "all"):
            n, m, b = out[key]
            out[key] = Score(n + 1, m + right, b + kicker)
    return out


def report(scores: Mapping[str, Mapping[str, Score]]) -> str:
    """One row per extractor: groups, then the share read right by each set of weights and by
    always reading kicker + title."""
    names = list(scores)
    first = next(iter(scores.values()))
    rows = [f"{'extractor':<10} {'groups':>7} " + " ".join(f"{n:>9}" for n in names) + f" {'always kicker+title':>20}"]
    for key, s in first.items():
        if not s.groups:
            continue
        cells = " ".join(f"{scores[n][key].model / s.groups:>9.3f}" for n in names)
        rows.append(f"{key:<10} {s.groups:>7} {cells} {s.baseline / s.groups:>20.3f}")
    return "\n".join(rows)


def train(groups: Sequence[Group], l2: float, iterations: int, training: Mapping[str, Any]) -> dict[str, Any]:
    labelled = [g for g in groups if g.reading is not None]
    labels = [CLASSES.index(g.reading) for g in labelled]
    bias, weights = fit([g.cues for g in labelled], labels, l2, iterations)
    counts = {r.value: labels.count(k) for k, r in enumerate(CLASSES)}
    meta = {**training, "groups": len(groups), "labelled": counts, "l2": l2, "iterations": iterations}
    return model_data(bias, weights, meta)


def _sets(args: argparse.Namespace, work: Path, corpus: Path, extractors: Sequence[str]) -> list[Path]:
    if args.pages_dir:
        for set_dir in args.pages_dir:
            if set_seed(set_dir) in (EVALUATION_SEED, args.holdout_seed):
                raise SystemExit(f"{set_dir} is of seed {set_seed(set_dir)}: never train on the evaluation or held-out seed")
        return list(args.pages_dir)
    return [generate(seed, args.pages, work, corpus, extractors) for seed in args.seeds]


def main(argv: Sequence[str] | None = None) -> int:
    defaults = TrainingDefaults(
        DEFAULT_PAGES, DEFAULT_SEEDS, HOLDOUT_SEED, DEFAULT_HOLDOUT_PAGES, DEFAULT_EXTRACTORS, DEFAULT_L2, DEFAULT_ITERATIONS, DEFAULT_OUT
    )
    parser = training_parser("python -m banmian.eval.train_stacks", __doc__.splitlines()[0], defaults)
    parser.add_argument("--pages-dir", type=Path, action="append", help="a generated training set to use instead of generating (repeatable)")
    parser.add_argument("--holdout-dir", type=Path, default=None, help="a generated held-out set to use instead of generating")
    args = parser.parse_args(argv)
    if args.holdout_seed in args.seeds:
        parser.error("the held-out seed must not be a training seed")
    extractors = tuple(e for e in args.extractors.split(",") if e)
    corpus = args.corpus or default_corpus_dir()
    with tempfile.TemporaryDirectory(prefix="banmian-stacks-") as tmp:
        work = args.work or Path(tmp)
        sets = _sets(args, work, corpus, extractors)
        seeds = [set_seed(s) for s in sets]
        groups = [g for set_dir in sets for g in collect(set_dir, extractors)]
        training = {"seeds": seeds, "extractors": list(extractors), "synth_version": SYNTH_VERSION}
        shipped = pairweights.pair_weights()  # the weights the groups were met with
        model = train(groups, args.l2, args.iterations, training)
        fitted = PairWeights.from_data(model)
        args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({model['training']['labelled']} labelled groups of {len(groups)})")
        print(f"training seeds {', '.join(map(str, seeds))}: share of labelled groups read right")
        print(report({"fitted": score(fitted, groups), "shipped": score(shipped, groups)}))
        if args.holdout_dir or args.holdout_pages:
            held_dir = args.holdout_dir or generate(args.holdout_seed, args.holdout_pages, work, corpus, extractors)
            held = collect(held_dir, extractors)
            print(f"held-out seed {set_seed(held_dir)}: share of labelled groups read right")
            print(report({"fitted": score(fitted, held), "shipped": score(shipped, held)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
