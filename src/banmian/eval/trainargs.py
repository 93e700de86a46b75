"""What the training commands share (``train_lines``, ``train_stacks``): their command-line
options (which synthetic pages to train on and hold out, the fit's penalty, steps and output
file) and the generation of those pages, which refuses the evaluation set's seed."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from banmian.eval.synth import SynthOptions, generate_set
from banmian.eval.synth.generate import DEFAULT_SEED as EVALUATION_SEED

#: Synthetic pages the models are trained on (generator seeds) and how many each.
DEFAULT_SEEDS = (1000, 1001)
DEFAULT_PAGES = 200
#: Held-out pages come from this seed: never a training seed, never the evaluation set's.
HOLDOUT_SEED = 1002
DEFAULT_HOLDOUT_PAGES = 200


@dataclass(frozen=True, slots=True)
class TrainingDefaults:
    """Each command's own defaults for the shared options."""

    pages: int
    seeds: tuple[int, ...]
    holdout_seed: int
    holdout_pages: int
    extractors: tuple[str, ...]
    l2: float
    iterations: int
    out: Path


def training_parser(prog: str, description: str, defaults: TrainingDefaults) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--pages", type=int, default=defaults.pages, help="pages per training seed")
    parser.add_argument("--seeds", type=seed_list, default=defaults.seeds, help="training seeds, comma-separated")
    parser.add_argument("--holdout-seed", type=int, default=defaults.holdout_seed)
    parser.add_argument("--holdout-pages", type=int, default=defaults.holdout_pages, help="0: no held-out report")
    parser.add_argument("--extractors", default=",".join(defaults.extractors))
    parser.add_argument("--corpus", type=Path, default=None, help="default: ../shared/corpus")
    parser.add_argument("--work", type=Path, default=None, help="where synthetic pages go (default: a temporary folder)")
    parser.add_argument("--l2", type=float, default=defaults.l2)
    parser.add_argument("--iterations", type=int, default=defaults.iterations)
    parser.add_argument("--out", type=Path, default=defaults.out)
    return parser


def seed_list(text: str) -> tuple[int, ...]:
    return tuple(int(s) for s in text.split(",") if s.strip())


def generate(seed: int, pages: int, work: Path, corpus: Path, extractors: Sequence[str]) -> Path:
    if seed == EVALUATION_SEED:
        raise SystemExit(f"seed {seed} is the evaluation set's: never train or tune on it")
    out = work / f"seed{seed}-{pages}"
    if not (out / "manifest.json").is_file():
        generate_set(SynthOptions(corpus_dir=corpus, out_dir=out, pages=pages, seed=seed, extractors=tuple(extractors)))
    return out
