"""``bench_archive``: the options checked, the templates loaded, then the three measurements in
order in one scratch folder, gathered into one result.

The only module that knows the order of the steps; each step is in its own module.
"""

from __future__ import annotations

import platform
import sqlite3
import tempfile
import time
from pathlib import Path

from banmian.archive.bench.building import bench_build
from banmian.archive.bench.ingesting import bench_ingest
from banmian.archive.bench.options import QUERIES_PER_CLASS, QUERY_CLASSES, ArchiveBenchOptions
from banmian.archive.bench.results import ArchiveBenchResult
from banmian.archive.bench.searching import bench_search
from banmian.archive.bench.templates import default_templates, load_templates
from banmian.errors import InputError


def bench_archive(options: ArchiveBenchOptions) -> ArchiveBenchResult:
    """Measure ingest, build and search (see the package's docstring); ``InputError`` for options
    that cannot be run."""
    _check_options(options)
    started = time.perf_counter()
    say = options.progress or (lambda _message: None)
    templates = load_templates(options.templates or default_templates())
    with tempfile.TemporaryDirectory(prefix="banmian-archive-bench-") as tmp:
        scratch = Path(tmp)
        say(f"end-to-end ingest: {options.ingest_files} files x {options.ingest_rounds} rounds")
        ingested = bench_ingest(templates, scratch, options)
        db = options.db or scratch / "archive.sqlite"
        say(f"building an archive of {options.pages} pages in {db}")
        built = bench_build(templates, db, scratch, options)
        say(
            f"search: {len(QUERY_CLASSES)} classes x {QUERIES_PER_CLASS} queries x {options.search_repeat} runs"
        )
        searched = bench_search(templates, db, built, options)
    return ArchiveBenchResult(
        seed=options.seed,
        python=f"{platform.python_implementation()} {platform.python_version()}",
        sqlite=sqlite3.sqlite_version,
        ingest=ingested,
        build=built,
        search=searched,
        wall_s=time.perf_counter() - started,
    )


def _check_options(options: ArchiveBenchOptions) -> None:
    if options.pages < 1 or options.ingest_files < 1:
        raise InputError("the archive benchmark needs at least one page to build and one file to ingest")
    if options.jobs < 1 or options.ingest_rounds < 1 or options.search_repeat < 1:
        raise InputError("jobs, rounds and repeats must be at least 1")
    if options.db is not None and options.db.exists():
        raise InputError(
            f"{options.db}: already exists; the benchmark builds a new archive (give a new path)"
        )
