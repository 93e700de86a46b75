"""``banmian bench --archive``: how fast the archive fills and answers, with same-run references.

Three measurements, in one run:

1. **End-to-end ingest.** A few hundred text-layer files (the template pages under distinct names
   ``<paper>-YYYY-MM-DD-pN.txt``, so they group into issues) go through the real ``ingest()`` —
   hash, parse, stage, publish — with one process and with ``jobs`` processes. The reference is
   parsing the same files alone (``parse_pages``) in the same rounds, so the ratio says what the
   archive adds to parsing whatever the machine's speed that minute.
2. **Building a large archive** (``pages``, 20,000 by default). Parsing 20,000 pages would take
   minutes and measure the engine again, so each template is parsed once and its pages are filed
   under many newspapers and dates: every replica goes through ``staged_form``, ``stage`` and
   ``publish_staged``, the same calls ``ingest()`` makes after parsing. The archive is therefore
   as large as a real one, but its text repeats: every query term occurs in thousands of articles,
   where a real archive's names and terms are mostly rarer, so the latencies are those of common
   terms (the costly case for counting and ranking).
3. **Search latency** on that archive through ``Archive.search`` (first page of results, the count
   included, as the web reader asks), by class of query. Terms are drawn from the templates' own
   articles with ``seed``, so every query has hits. The reference is the naive search — a
   ``LIKE '%term%'`` scan over ``articles.body`` — for the two-character terms, timed in the same
   rounds.

The machine this runs on has two noisy cores: every figure is a median (latencies also a p95) and
comparisons are ratios against a reference measured in the same run, never absolute thresholds.
"""

from __future__ import annotations

from banmian.archive.bench.building import ArchiveCounts
from banmian.archive.bench.ingesting import BenchSetupError
from banmian.archive.bench.options import (
    AUTHOR,
    DEFAULT_INGEST_FILES,
    DEFAULT_INGEST_ROUNDS,
    DEFAULT_JOBS,
    DEFAULT_PAGES,
    DEFAULT_SEARCH_REPEAT,
    DEMO_PAGES,
    EITHER,
    EXCLUDE,
    FILTER_WINDOW_DAYS,
    FIRST_DATE,
    LISTING,
    MAX_DRAWS,
    MAX_PAGES_PER_ISSUE,
    MIN_PAGES_PER_ISSUE,
    NEWSPAPERS,
    ONE_CHAR,
    PAPER_DATES,
    PHRASE,
    QUERIES_PER_CLASS,
    QUERY_CLASSES,
    RESULTS_PER_PAGE,
    SAMPLES,
    SHARED_SAMPLES,
    TAIL_PERCENTILE,
    THREE_FOUR_CHARS,
    TWO_CHARS,
    ArchiveBenchOptions,
)
from banmian.archive.bench.queries import QuerySpec, TemplateArticle, draw_queries, template_articles
from banmian.archive.bench.report import format_archive_bench
from banmian.archive.bench.results import (
    ArchiveBenchResult,
    BuildResult,
    ClassTiming,
    IngestResult,
    Latency,
    LikeReference,
    QueryTiming,
    SearchResult,
)
from banmian.archive.bench.run import bench_archive
from banmian.archive.bench.searching import Measured
from banmian.archive.bench.templates import (
    PlannedPage,
    Template,
    count_issues,
    default_templates,
    load_templates,
    plan_pages,
)

__all__ = [
    "AUTHOR",
    "DEFAULT_INGEST_FILES",
    "DEFAULT_INGEST_ROUNDS",
    "DEFAULT_JOBS",
    "DEFAULT_PAGES",
    "DEFAULT_SEARCH_REPEAT",
    "DEMO_PAGES",
    "EITHER",
    "EXCLUDE",
    "FILTER_WINDOW_DAYS",
    "FIRST_DATE",
    "LISTING",
    "MAX_DRAWS",
    "MAX_PAGES_PER_ISSUE",
    "MIN_PAGES_PER_ISSUE",
    "NEWSPAPERS",
    "ONE_CHAR",
    "PAPER_DATES",
    "PHRASE",
    "QUERIES_PER_CLASS",
    "QUERY_CLASSES",
    "RESULTS_PER_PAGE",
    "SAMPLES",
    "SHARED_SAMPLES",
    "TAIL_PERCENTILE",
    "THREE_FOUR_CHARS",
    "TWO_CHARS",
    "ArchiveBenchOptions",
    "ArchiveBenchResult",
    "ArchiveCounts",
    "BenchSetupError",
    "BuildResult",
    "ClassTiming",
    "IngestResult",
    "Latency",
    "LikeReference",
    "Measured",
    "PlannedPage",
    "QuerySpec",
    "QueryTiming",
    "SearchResult",
    "Template",
    "TemplateArticle",
    "bench_archive",
    "count_issues",
    "default_templates",
    "draw_queries",
    "format_archive_bench",
    "load_templates",
    "plan_pages",
    "template_articles",
]
