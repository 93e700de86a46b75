"""``python -m banmian.eval.synth --out DIR --pages N --seed S``: make a set by hand."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from banmian.eval.synth.generate import (
    DEFAULT_EXTRACTORS,
    DEFAULT_PAGES,
    DEFAULT_SEED,
    SynthOptions,
    default_corpus_dir,
    generate_set,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m banmian.eval.synth", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="directory to write the set into")
    parser.add_argument("--pages", type=int, default=DEFAULT_PAGES)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--corpus", type=Path, default=default_corpus_dir())
    parser.add_argument(
        "--extractors",
        default=",".join(DEFAULT_EXTRACTORS),
        help="comma-separated: pdftotext, pdftotext-raw, pdftotext-layout, pdfium, pymupdf (needs the mupdf extra)",
    )
    parser.add_argument(
        "--squeeze-objects",
        action="store_true",
        help="draw each squeezed punctuation mark as Founder does, a text object of its own overlapping "
        "the next (pdftotext -raw then breaks lines at punctuation, as on real Founder pages)",
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    result = generate_set(
        SynthOptions(
            args.corpus,
            args.out,
            args.pages,
            args.seed,
            tuple(e for e in args.extractors.split(",") if e),
            squeeze_objects=args.squeeze_objects,
        )
    )
    print(f"{len(result.pages)} pages in {time.perf_counter() - start:.1f} s → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
