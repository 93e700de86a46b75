"""Measurement 1, end-to-end ingest: the real ``ingest()`` over a few hundred one-page files, with
one process and with ``jobs``, timed in the same rounds as parsing the same files alone.

Its own module because it is the only step that writes files and runs the whole pipeline (hash,
parse, stage, publish); the reference it is compared with lives beside it.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from pathlib import Path

from banmian.api import parse_pages
from banmian.archive.bench.options import ArchiveBenchOptions
from banmian.archive.bench.results import IngestResult
from banmian.archive.bench.templates import PlannedPage, Template, plan_pages
from banmian.archive.ingester import IngestOptions, ingest
from banmian.errors import BanmianError


class BenchSetupError(BanmianError):
    """The benchmark could not build what it measures (a bug, not a slow archive)."""


def bench_ingest(templates: Sequence[Template], scratch: Path, options: ArchiveBenchOptions) -> IngestResult:
    """Median of interleaved rounds (parse alone, ingest with 1 process, with ``jobs``), so all
    three see the same machine state."""
    folder = scratch / "files"
    files = _write_files(folder, plan_pages(options.ingest_files, len(templates), options.seed), templates)
    parse_s: list[float] = []
    ingest_s: list[float] = []
    parallel_s: list[float] = []
    for round_no in range(options.ingest_rounds):
        parse_s.append(_time_parse(files))
        ingest_s.append(_time_ingest(folder, len(files), scratch / f"e2e-{round_no}-1.sqlite", 1))
        if options.jobs > 1:
            parallel_s.append(
                _time_ingest(folder, len(files), scratch / f"e2e-{round_no}-n.sqlite", options.jobs)
            )
    return IngestResult(
        files=len(files),
        rounds=options.ingest_rounds,
        jobs=options.jobs,
        parse_s=statistics.median(parse_s),
        ingest_s=statistics.median(ingest_s),
        parallel_s=statistics.median(parallel_s) if parallel_s else None,
    )


def _write_files(folder: Path, plan: Sequence[PlannedPage], templates: Sequence[Template]) -> list[Path]:
    """The plan as files. Each gets a distinct tail of blank-line whitespace, because ``ingest``
    skips a file whose bytes it already holds under another name (a copy); the tail is ASCII, so
    the same bytes in UTF-8 and GB18030, and parses to nothing."""
    folder.mkdir(parents=True)
    paths = []
    for serial, planned in enumerate(plan):
        tail = "\n" + format(serial, "b").replace("0", " ").replace("1", "\t") + "\n"
        path = folder / planned.file_name
        path.write_bytes(templates[planned.template].data + tail.encode("ascii"))
        paths.append(path)
    return paths


def _time_parse(files: Sequence[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        parse_pages(path)
    return time.perf_counter() - start


def _time_ingest(folder: Path, expected_pages: int, db: Path, jobs: int) -> float:
    """Seconds for one ``ingest()`` into a new archive (removed after)."""
    start = time.perf_counter()
    report = ingest([folder], db, IngestOptions(jobs=jobs))
    seconds = time.perf_counter() - start
    _remove_db(db)
    if report.pages_published != expected_pages or report.failures:
        problems = "; ".join(o.message for o in report.failures[:3])
        raise BenchSetupError(
            f"ingest published {report.pages_published} of {expected_pages} pages {problems}".strip()
        )
    return seconds


def _remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
