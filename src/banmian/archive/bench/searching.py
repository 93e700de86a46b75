"""Measurement 3, search latency: every drawn query through ``Archive.search`` (first page and
count, warm), by class, with the naive ``LIKE '%term%'`` scan over the bodies timed in the same
rounds as the reference for the two-character terms.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from banmian.archive.bench.options import QUERY_CLASSES, RESULTS_PER_PAGE, TWO_CHARS, ArchiveBenchOptions
from banmian.archive.bench.queries import QuerySpec, draw_queries, template_articles
from banmian.archive.bench.results import (
    BuildResult,
    ClassTiming,
    Latency,
    LikeReference,
    QueryTiming,
    SearchResult,
)
from banmian.archive.bench.templates import Template
from banmian.archive.reader import ARTICLE_COLUMNS, Archive

_MS_PER_S = 1000.0


def bench_search(
    templates: Sequence[Template], db: Path, build: BuildResult, options: ArchiveBenchOptions
) -> SearchResult:
    specs = draw_queries(template_articles(templates), build, options.seed)
    like_terms = tuple(s.query for s in specs if s.query_class == TWO_CHARS and s.query)
    with closing(Archive(db)) as archive:
        runs = [partial(_search_total, archive, s) for s in specs]
        runs += [partial(_like_scan, archive.conn, term) for term in like_terms]
        measured = _time_runs(runs, options.search_repeat)
    searched, scanned = measured[: len(specs)], measured[len(specs) :]
    queries = tuple(
        QueryTiming(
            s.query_class, s.query, s.describe_filters(), m.hits, Latency.of(m.samples_ms), m.samples_ms
        )
        for s, m in zip(specs, searched, strict=True)
    )
    two_chars = [m for s, m in zip(specs, searched, strict=True) if s.query_class == TWO_CHARS]
    like = LikeReference(
        terms=like_terms,
        like_hits=tuple(m.hits for m in scanned),
        search_hits=tuple(m.hits for m in two_chars),
        latency=Latency.of([ms for m in scanned for ms in m.samples_ms]),
        search_latency=Latency.of([ms for m in two_chars for ms in m.samples_ms]),
    )
    return SearchResult(
        repeat=options.search_repeat,
        classes=tuple(_class_timing(name, queries) for name in QUERY_CLASSES),
        queries=queries,
        overall=Latency.of([ms for m in searched for ms in m.samples_ms]),
        like=like,
    )


@dataclass(frozen=True, slots=True)
class Measured:
    """One search's (or LIKE scan's) hits and its milliseconds in every timed run."""

    hits: int
    samples_ms: tuple[float, ...]


def _search_total(archive: Archive, spec: QuerySpec) -> int:
    return archive.search(spec.query, spec.filters, 0, RESULTS_PER_PAGE).total


def _time_runs(runs: Sequence[Callable[[], int]], repeat: int) -> list[Measured]:
    """Hits and per-run milliseconds of every search (each returns its hits).

    One untimed run of each first: the reader answers from SQLite's and the OS's warm caches after
    its first requests, and a cold read measures the disk, not the archive. Then ``repeat`` rounds,
    each running every search once, so a noisy second on the machine touches all classes alike.
    """
    hits = [run() for run in runs]
    samples: list[list[float]] = [[] for _ in runs]
    for _ in range(repeat):
        for run, out in zip(runs, samples, strict=True):
            start = time.perf_counter()
            run()
            out.append((time.perf_counter() - start) * _MS_PER_S)
    return [Measured(n, tuple(ms)) for n, ms in zip(hits, samples, strict=True)]


def _like_scan(conn: sqlite3.Connection, term: str) -> int:
    """The naive search: count and first page of the articles whose body holds ``term``, newest
    first, by scanning every body. Returns the count."""
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    where = (
        " FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.searchable AND a.body LIKE ? ESCAPE '\\'"
    )
    total = conn.execute("SELECT count(*)" + where, (pattern,)).fetchone()[0]
    conn.execute(
        f"SELECT {ARTICLE_COLUMNS}{where} ORDER BY i.date DESC, a.position LIMIT ?",
        (pattern, RESULTS_PER_PAGE),
    ).fetchall()
    return total


def _class_timing(name: str, queries: Sequence[QueryTiming]) -> ClassTiming:
    """A class's figures over all runs of all its queries (``Latency`` keeps per-query medians)."""
    mine = [q for q in queries if q.query_class == name]
    samples = [ms for q in mine for ms in q.samples_ms]
    return ClassTiming(
        name=name,
        queries=len(mine),
        min_hits=min((q.hits for q in mine), default=0),
        latency=Latency.of(samples) if samples else Latency(0.0, 0.0, 0),
    )
