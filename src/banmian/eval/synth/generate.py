"""Generating an evaluation set: pages, their truths, and their text layers, with a manifest.

Each page has its own RNG seeded from (seed, page number), so pages do not depend on each other,
can be made in parallel, and a set of N pages is the first N pages of any larger set.
"""

from __future__ import annotations

import json
import os
import random
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from banmian.eval.synth.compose import compose_page
from banmian.eval.synth.corpus import load_corpus
from banmian.eval.synth.draw import draw_page
from banmian.eval.synth.extract import EXTRACTORS, ExtractorError, extract
from banmian.eval.synth.fonts import font_summary, register_fonts

GENERATOR = "banmian.synth"
#: Bump on any change that alters pages, truths or texts, so cached sets are regenerated. Version 4
#: adds pdftotext's -layout text of every page; pages, truths and the other texts are those of 3.
#: Version 5 draws 〈〉【】 squeezed too on pages drawn with Founder's squeezed marks; every other
#: page is that of version 4.
SYNTH_VERSION = 5
MANIFEST_NAME = "manifest.json"
DEFAULT_PAGES = 200
#: The first day of the corpus month; any int works, this one is the set the project scores against.
DEFAULT_SEED = 20191001
DEFAULT_EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdfium")
#: Worker processes: the target machine has 2 cores; pages are independent, so this scales.
MAX_WORKERS = 2
#: Below this many pages a pool costs more to start than it saves.
MIN_PAGES_FOR_POOL = 8


def default_corpus_dir() -> Path:
    """``<repo>/../shared/corpus``, where the project keeps third-party texts (never in the repo)."""
    return Path(__file__).resolve().parents[5] / "shared" / "corpus"


@dataclass(frozen=True, slots=True)
class SynthOptions:
    corpus_dir: Path
    out_dir: Path
    pages: int = DEFAULT_PAGES
    seed: int = DEFAULT_SEED
    extractors: tuple[str, ...] = DEFAULT_EXTRACTORS
    #: Squeeze body punctuation as Founder's typesetting does, each mark a text piece of its own
    #: (eval.synth.text.squeeze_marks): a set whose raw text layers break at punctuation as real
    #: Founder pages' do. Off for the evaluation set, whose figures stay comparable across rounds.
    squeeze_objects: bool = False


@dataclass(frozen=True, slots=True)
class SynthPage:
    id: str
    truth: str
    pdf: str
    texts: dict[str, str]
    layout: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "truth": self.truth,
            "pdf": self.pdf,
            "texts": dict(self.texts),
            "layout": dict(self.layout),
        }


@dataclass(frozen=True, slots=True)
class SynthSet:
    out_dir: Path
    seed: int
    pages: tuple[SynthPage, ...]
    generator: str = GENERATOR
    version: int = SYNTH_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "generator": self.generator,
            "version": self.version,
            "seed": self.seed,
            "pages": [p.to_dict() for p in self.pages],
        }


def page_rng(seed: int, index: int) -> random.Random:
    return random.Random(f"banmian.synth:{seed}:{index}")


def make_page(options: SynthOptions, index: int) -> SynthPage:
    rng = page_rng(options.seed, index)
    page_id = f"p{index:04d}"
    composed = compose_page(rng, load_corpus(options.corpus_dir), options.squeeze_objects)
    out = options.out_dir
    pdf = out / f"{page_id}.pdf"
    draw_page(composed, pdf, rng)
    truth_name = f"{page_id}.truth.json"
    (out / truth_name).write_text(
        json.dumps(composed.truth.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    texts = {}
    for name in options.extractors:
        texts[name] = f"{page_id}.{name}.txt"
        (out / texts[name]).write_text(extract(pdf, name), encoding="utf-8")
    layout = {**composed.layout, "fonts": font_summary()}
    return SynthPage(page_id, truth_name, pdf.name, texts, layout)


def _make(args: tuple[SynthOptions, int]) -> SynthPage:
    return make_page(*args)


def generate_set(options: SynthOptions) -> SynthSet:
    """Write ``options.pages`` pages and ``manifest.json`` into ``options.out_dir``."""
    unknown = [e for e in options.extractors if e not in EXTRACTORS]
    if unknown:
        raise ExtractorError(f"unknown extractor(s) {', '.join(unknown)} (known: {', '.join(EXTRACTORS)})")
    options.out_dir.mkdir(parents=True, exist_ok=True)
    register_fonts()
    load_corpus(options.corpus_dir)  # load once before forking, so workers inherit it
    jobs = [(options, i) for i in range(1, options.pages + 1)]
    workers = min(MAX_WORKERS, os.cpu_count() or 1)
    if workers > 1 and len(jobs) >= MIN_PAGES_FOR_POOL:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            pages = tuple(pool.map(_make, jobs, chunksize=4))
    else:
        pages = tuple(_make(job) for job in jobs)
    result = SynthSet(options.out_dir, options.seed, pages)
    (options.out_dir / MANIFEST_NAME).write_text(
        json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return result
