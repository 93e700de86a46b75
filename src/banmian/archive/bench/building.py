"""Measurement 2, the large archive: every template parsed once and its pages filed under many
newspapers and dates, each replica going through ``staged_form``, ``stage`` and
``publish_staged`` (the calls ``ingest()`` makes after parsing), timed per call.

Its own module because it makes the archive the search measurements read, and counts what that
archive holds from the database rather than from the plan.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from banmian.archive.bench.options import ArchiveBenchOptions
from banmian.archive.bench.results import BuildResult
from banmian.archive.bench.templates import Template, count_issues, plan_pages
from banmian.archive.ingester import IngestOptions, publish_staged, stage, staged_form
from banmian.archive.schema import connect


def bench_build(
    templates: Sequence[Template], db: Path, scratch: Path, options: ArchiveBenchOptions
) -> BuildResult:
    """Every planned page staged as ``ingest()`` stages a parsed file (committed one by one), then
    everything published at once, as ``ingest()`` does at the end of a run."""
    plan = plan_pages(options.pages, len(templates), options.seed)
    form_s = stage_s = 0.0
    with closing(connect(db)) as conn:
        for planned in plan:
            template = templates[planned.template]
            path = scratch / "replicas" / planned.file_name  # never written: text pages need no file
            digest = hashlib.sha256(str(path).encode()).hexdigest()
            t0 = time.perf_counter()
            parsed = staged_form(path, digest, list(template.pages), IngestOptions())
            t1 = time.perf_counter()
            stage(conn, path, digest, len(template.data), parsed)
            form_s += t1 - t0
            stage_s += time.perf_counter() - t1
        t0 = time.perf_counter()
        publish_staged(conn)
        publish_s = time.perf_counter() - t0
        counts = _counts(conn)
        free_bytes = (
            conn.execute("PRAGMA freelist_count").fetchone()[0]
            * conn.execute("PRAGMA page_size").fetchone()[0]
        )
    return BuildResult(
        planned_pages=len(plan),
        planned_issues=count_issues(plan),
        pages=counts.pages,
        issues=counts.issues,
        newspapers=counts.newspapers,
        articles=counts.articles,
        article_rows=counts.article_rows,
        templates=tuple(t.path.name for t in templates),
        form_s=form_s,
        stage_s=stage_s,
        publish_s=publish_s,
        db_bytes=_db_bytes(db),
        free_bytes=free_bytes,
        db_path=str(options.db) if options.db else None,
    )


@dataclass(frozen=True, slots=True)
class ArchiveCounts:
    """What the database holds, counted there (not what the benchmark meant to put in)."""

    pages: int
    issues: int
    newspapers: int
    articles: int
    article_rows: int


def _counts(conn: sqlite3.Connection) -> ArchiveCounts:
    row = conn.execute(
        "SELECT (SELECT count(*) FROM pages) AS pages, (SELECT count(*) FROM issues) AS issues,"
        " (SELECT count(DISTINCT newspaper) FROM issues) AS newspapers,"
        " (SELECT count(*) FROM articles WHERE searchable) AS articles, (SELECT count(*) FROM articles) AS article_rows"
    ).fetchone()
    return ArchiveCounts(*row)


def _db_bytes(db: Path) -> int:
    """The archive's size on disk once closed: the main file and any write-ahead log left."""
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())
