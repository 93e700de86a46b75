"""What the archive benchmark measured: frozen records, and the small arithmetic (nearest-rank
percentile, rates, ratios) their figures are derived with.

Apart from the measuring so the report, the CLI and the tests read results without running
anything, and every step fills the same records.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from banmian.archive.bench.options import TAIL_PERCENTILE


@dataclass(frozen=True, slots=True)
class Latency:
    """Milliseconds over the timed runs: median and nearest-rank p95."""

    median_ms: float
    p95_ms: float
    runs: int

    @classmethod
    def of(cls, samples_ms: Sequence[float]) -> Latency:
        return cls(statistics.median(samples_ms), percentile(samples_ms, TAIL_PERCENTILE), len(samples_ms))


@dataclass(frozen=True, slots=True)
class IngestResult:
    """End-to-end ingest of ``files`` one-page files: median seconds per round."""

    files: int
    rounds: int
    jobs: int
    #: Parsing the same files alone (``parse_pages``), one process: the reference.
    parse_s: float
    #: ``ingest()`` with one process.
    ingest_s: float
    #: ``ingest()`` with ``jobs`` processes; None when ``jobs`` is 1.
    parallel_s: float | None

    @property
    def parse_pages_per_s(self) -> float:
        return rate_of(self.files, self.parse_s)

    @property
    def ingest_pages_per_s(self) -> float:
        return rate_of(self.files, self.ingest_s)

    @property
    def parallel_pages_per_s(self) -> float | None:
        return None if self.parallel_s is None else rate_of(self.files, self.parallel_s)

    @property
    def over_parse(self) -> float:
        """Ingest time over parse time, one process (1.0: the archive adds nothing)."""
        return ratio_of(self.ingest_s, self.parse_s)


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The replicated archive: what was planned, what the database holds, and the time it took."""

    planned_pages: int
    planned_issues: int
    #: Counted in the database after publishing.
    pages: int
    issues: int
    newspapers: int
    #: Searchable articles (what a search can return) and all article rows (pieces of continued
    #: articles included).
    articles: int
    article_rows: int
    templates: tuple[str, ...]
    #: Seconds spent in ``staged_form``, in ``stage`` and in ``publish_staged``.
    form_s: float
    stage_s: float
    publish_s: float
    db_bytes: int
    #: Part of ``db_bytes`` on SQLite's free list (left by the deleted staged rows).
    free_bytes: int
    db_path: str | None

    @property
    def total_s(self) -> float:
        return self.form_s + self.stage_s + self.publish_s

    @property
    def pages_per_s(self) -> float:
        return rate_of(self.pages, self.total_s)

    @property
    def bytes_per_page(self) -> float:
        return self.db_bytes / self.pages if self.pages else 0.0


@dataclass(frozen=True, slots=True)
class QueryTiming:
    query_class: str
    query: str | None
    filters: str
    hits: int
    latency: Latency
    #: Every timed run, so a class's median and p95 are taken over all its runs.
    samples_ms: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class ClassTiming:
    name: str
    queries: int
    #: The fewest hits of the class's queries (0 would mean a query measured an empty answer).
    min_hits: int
    latency: Latency


@dataclass(frozen=True, slots=True)
class LikeReference:
    """``LIKE '%term%'`` over ``articles.body`` (count + first page) for the two-character terms."""

    terms: tuple[str, ...]
    #: Per term: articles the scan finds, and the search's total. The search also reads titles,
    #: bylines and captions, so it finds at least as many.
    like_hits: tuple[int, ...]
    search_hits: tuple[int, ...]
    latency: Latency
    search_latency: Latency

    @property
    def ratio(self) -> float:
        """Median LIKE time over median search time for the same terms (>1: the index pays)."""
        return ratio_of(self.latency.median_ms, self.search_latency.median_ms)


@dataclass(frozen=True, slots=True)
class SearchResult:
    repeat: int
    classes: tuple[ClassTiming, ...]
    queries: tuple[QueryTiming, ...]
    overall: Latency
    like: LikeReference


@dataclass(frozen=True, slots=True)
class ArchiveBenchResult:
    seed: int
    python: str
    sqlite: str
    ingest: IngestResult
    build: BuildResult
    search: SearchResult
    wall_s: float


def percentile(samples: Sequence[float], percent: int) -> float:
    """Nearest-rank percentile: a measured value, never an interpolation between two."""
    ordered = sorted(samples)
    rank = max(1, -(-percent * len(ordered) // 100))  # ceil without floats
    return ordered[rank - 1]


def rate_of(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def ratio_of(value: float, reference: float) -> float:
    return value / reference if reference > 0 else float("inf")
