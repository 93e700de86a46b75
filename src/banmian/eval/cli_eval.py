"""``banmian eval``: generate (or reuse) a synthetic set, score it, print the report, apply the gate.

Exit status: 0 when every floor holds (or ``--no-gate``), 1 when a floor fails, 2 when the
evaluation cannot run (no set, no generator, a refused floors.toml).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from banmian.eval.gate import FloorsError, check_floors, check_thresholds, load_floors
from banmian.eval.manifest import MANIFEST_NAME, ManifestError, is_squeezed_set, read_manifest
from banmian.eval.report import format_report
from banmian.eval.runner import SHARED_DIR, EvalOptions, run_eval

#: Pages in the default set: enough for figures stable to about a percent, still seconds to score.
DEFAULT_PAGES = 200
#: The generator's default seed (1 October 2019, the corpus month), so every run sees the same set.
DEFAULT_SEED = 20191001
DEFAULT_CORPUS = SHARED_DIR / "corpus" / "rmrb-2019-10"
DEFAULT_CACHE = Path(".cache")
#: The texts of the Founder-squeezed set (``--squeezed``): ``pdftotext -raw``, which that typesetting
#: breaks into clauses, and pdfium, which it leaves whole.
SQUEEZED_EXTRACTORS = ("pdftotext-raw", "pdfium")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="banmian eval", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", type=Path, dest="set_dir", help="an existing set (folder with manifest.json)"
    )
    parser.add_argument(
        "--generate",
        type=int,
        default=DEFAULT_PAGES,
        metavar="N",
        help="pages to generate (default %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed (default %(default)s)")
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="source articles for the generator"
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_CACHE,
        help="where generated sets are kept (default %(default)s)",
    )
    parser.add_argument(
        "--extractor", action="append", dest="extractors", help="score only this extractor (repeatable)"
    )
    parser.add_argument("--out", type=Path, help="write predictions and report.json here")
    parser.add_argument(
        "--json", type=Path, dest="json_file", metavar="FILE", help="write the report as JSON"
    )
    parser.add_argument("--worst", type=int, default=10, help="worst pages to list (default %(default)s)")
    parser.add_argument("--floors", type=Path, help="floors file (default: the packaged floors.toml)")
    parser.add_argument("--no-gate", action="store_true", help="report only; never fail on a floor")
    parser.add_argument(
        "--squeezed",
        action="store_true",
        help="score the set's pages drawn with Founder's squeezed punctuation (pdftotext -raw and pdfium)"
        " against their own floors, without the sample, the real pages and the input forms",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        floors = None if args.no_gate else load_floors(args.floors)
        set_dir = args.set_dir or cached_set(args.cache, args.corpus, args.generate, args.seed, args.squeezed)
        extractors = tuple(args.extractors) if args.extractors else None
        if args.squeezed:
            if not is_squeezed_set(set_dir):
                # Its own floors are looser than the main set's: a set not drawn so must not pass them.
                raise ManifestError(
                    f"{set_dir} is not a Founder-squeezed set (make one with python -m banmian.eval.synth"
                    " --squeeze-objects), so it is not scored against the squeezed set's floors"
                )
            # The sample, the real pages and the input forms are scored by the main run.
            options = EvalOptions(set_dir, args.out, args.worst, extractors, sample_dir=None, real_dir=None, forms=())
        else:
            options = EvalOptions(set_dir, args.out, args.worst, extractors)
        report = run_eval(options)
    except (FloorsError, ManifestError, SetGenerationError) as exc:
        print(f"banmian eval: {exc}", file=sys.stderr)
        return 2
    print(format_report(report), end="")
    if args.json_file:
        args.json_file.parent.mkdir(parents=True, exist_ok=True)
        args.json_file.write_text(
            json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    if floors is None:
        return 0
    missed = check_thresholds(report, floors.targets).failures
    print(f"\ntargets not yet met: {len(missed)}" + "".join(f"\n  {f.message()}" for f in missed))
    gate = check_floors(report, floors, squeezed=args.squeezed)
    print(
        "gate: "
        + ("passed" if gate.passed else "FAILED")
        + "".join(f"\n  {f.message()}" for f in gate.failures)
    )
    return 0 if gate.passed else 1


class SetGenerationError(RuntimeError):
    """The set could not be generated (no generator, no corpus)."""


def cached_set(cache: Path, corpus: Path, pages: int, seed: int, squeezed: bool = False) -> Path:
    """The generated set for ``(seed, pages)`` under ``cache``, generated unless a current one is there.

    A cached set is current when its manifest exists and carries the generator's version
    (``SYNTH_VERSION`` of ``banmian.eval.synth``, compared with the manifest's ``"version"``).
    ``squeezed``: the same pages drawn with Founder's squeezed punctuation, read by
    SQUEEZED_EXTRACTORS.
    """
    out_dir = cache / (f"eval-set-{seed}-{pages}-squeezed" if squeezed else f"eval-set-{seed}-{pages}")
    try:
        from banmian.eval import synth
    except ImportError as exc:
        raise SetGenerationError(
            f"no set given and the generator is unavailable ({exc}); pass --set"
        ) from exc
    version = getattr(synth, "SYNTH_VERSION", None)
    if _is_current(out_dir, version):
        return out_dir
    if not corpus.is_dir():
        raise SetGenerationError(f"corpus {corpus} not found; pass --corpus or --set")
    print(f"generating {pages} pages (seed {seed}) into {out_dir} …", file=sys.stderr)
    drawing = {"extractors": SQUEEZED_EXTRACTORS, "squeeze_objects": True} if squeezed else {}
    synth.generate_set(synth.SynthOptions(corpus_dir=corpus, out_dir=out_dir, pages=pages, seed=seed, **drawing))
    return out_dir


def _is_current(out_dir: Path, version: object) -> bool:
    if not (out_dir / MANIFEST_NAME).is_file():
        return False
    try:
        return read_manifest(out_dir).version == version
    except ManifestError:
        return False


if __name__ == "__main__":
    raise SystemExit(main())
