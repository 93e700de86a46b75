"""``banmian bench``: the speed of the text path on one core, of the PDF path beside pdftotext, of
the archive (ingest and search) and of the web reader's routes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from banmian.bench import BenchOptions, format_report, run_bench
from banmian.cli_messages import EXIT_FAILED, EXIT_OK, EXIT_USAGE, PROG
from banmian.cli_messages import error as _error
from banmian.errors import BanmianError


def run(args: argparse.Namespace) -> int:
    if args.web:
        return _run_web_bench(args)
    if args.archive:
        return _run_archive_bench(args)
    try:
        report = run_bench(BenchOptions(rounds=args.rounds, repeat=args.repeat, inputs=tuple(args.input)))
    except BanmianError as err:
        _error(str(err))
        return EXIT_FAILED
    sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n" if args.json else format_report(report))
    pdfs = args.pdf if args.pdf is not None else _default_pdfs()
    if pdfs and not args.json:
        from banmian.pdf.bench import bench_pdf

        sys.stdout.write("\nPDF path against pdftotext on the same pages:\n")
        sys.stdout.flush()
        try:
            bench_pdf(pdfs, rounds=args.rounds)
        except (BanmianError, ValueError) as err:
            _error(str(err))
            return EXIT_FAILED
    return EXIT_OK


def _run_archive_bench(args: argparse.Namespace) -> int:
    from banmian.archive.bench import ArchiveBenchOptions, bench_archive, format_archive_bench

    def progress(message: str) -> None:
        print(f"{PROG}: bench: {message}", file=sys.stderr, flush=True)

    try:
        result = bench_archive(ArchiveBenchOptions(pages=args.pages, db=args.db, progress=progress))
    except BanmianError as err:
        _error(str(err))
        return EXIT_FAILED
    sys.stdout.write(format_archive_bench(result).rstrip("\n") + "\n")
    return EXIT_OK


def _run_web_bench(args: argparse.Namespace) -> int:
    if args.db is None:
        _error("bench --web needs --db ARCHIVE (an archive to time; `bench --archive --db PATH` builds one)")
        return EXIT_USAGE
    try:
        from banmian.web.bench import bench_web, format_web_bench

        sys.stdout.write(format_web_bench(bench_web(args.db)))
    except (BanmianError, ImportError) as err:
        _error(str(err))
        return EXIT_FAILED
    return EXIT_OK


def _default_pdfs() -> list[Path]:
    """Real pages kept beside the checkout (../shared/real), read there, never copied."""
    shared = Path(__file__).resolve().parents[3] / "shared" / "real"
    return sorted(shared.glob("*.pdf")) if shared.is_dir() else []
