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

import datetime as dt
import hashlib
import platform
import random
import re
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from banmian.api import parse_pages
from banmian.archive.ingester import IngestOptions, ingest, publish_staged, stage, staged_form
from banmian.archive.reader import ARTICLE_COLUMNS, Archive
from banmian.archive.records import SearchFilters
from banmian.archive.schema import connect
from banmian.archive.textindex import CJK
from banmian.errors import BanmianError, InputError
from banmian.model import Page

#: Pages in the archive built for the search measurements: the size the issue asks the archive to
#: stay fast at (about nine years of a six-page daily).
DEFAULT_PAGES = 20_000
#: Text-layer files for the end-to-end ingest: a few hundred, enough that the process pool's start
#: is a small part of the parallel run, few enough that three rounds take well under a minute.
DEFAULT_INGEST_FILES = 240
#: Rounds of the end-to-end ingest and of its reference; odd, so the median is a measured round.
DEFAULT_INGEST_ROUNDS = 3
#: Worker processes for the parallel end-to-end ingest: the machine's two cores.
DEFAULT_JOBS = 2
#: Timed runs of every query; odd for the median. A warm-up run comes first (see ``_time_runs``).
DEFAULT_SEARCH_REPEAT = 7
#: Queries drawn per class: several, so one lucky or unlucky term does not make a class's figure.
QUERIES_PER_CLASS = 4
#: Results asked for, as the web reader's first page asks.
RESULTS_PER_PAGE = 20
#: Percentile reported beside the median for latencies: what a reader waits for on a bad request.
TAIL_PERCENTILE = 95

#: Newspapers the replicated pages are filed under: several, so the newspaper filter selects a part.
NEWSPAPERS = ("linjiang", "liaoyuan", "sanmen")
#: Pages per issue, drawn with the seed: a county paper prints 4 to 8 pages a day.
MIN_PAGES_PER_ISSUE = 4
MAX_PAGES_PER_ISSUE = 8
#: First date of the replicated archive; consecutive days follow, every newspaper every day.
FIRST_DATE = dt.date(2000, 1, 1)
#: Days covered by the date-range filter: a month, the span a reader narrows a search to.
FILTER_WINDOW_DAYS = 31
#: Tries at drawing a NOT query with hits before giving up on that class (terms are plenty: this
#: only bounds the loop when the templates hold a single article).
MAX_DRAWS = 200

#: The bundled invented pages (``DEMO_PAGES`` in ``SAMPLES``, relative to the repository root);
#: real text layers are added from ``SHARED_SAMPLES`` when that folder is present (read where they
#: lie, never copied into the repository).
SAMPLES = Path("samples")
DEMO_PAGES = "demo-page*.txt"
SHARED_SAMPLES = Path("../shared/samples")

#: Query classes, in the order they are reported.
ONE_CHAR = "1 character"
TWO_CHARS = "2 characters"
THREE_FOUR_CHARS = "3-4 characters"
PHRASE = "phrase"
EITHER = "OR"
EXCLUDE = "NOT"
PAPER_DATES = "newspaper+dates"
AUTHOR = "author filter"
LISTING = "listing (no query)"
QUERY_CLASSES = (ONE_CHAR, TWO_CHARS, THREE_FOUR_CHARS, PHRASE, EITHER, EXCLUDE, PAPER_DATES, AUTHOR, LISTING)

_CJK_RUN = re.compile(f"[{CJK}]+")
_MS_PER_S = 1000.0
_BYTES_PER_MB = 1e6


class BenchSetupError(BanmianError):
    """The benchmark could not build what it measures (a bug, not a slow archive)."""


@dataclass(frozen=True, slots=True)
class ArchiveBenchOptions:
    #: Pages in the archive built for the search measurements.
    pages: int = DEFAULT_PAGES
    #: Where that archive is built and kept (must not exist yet); None: a temporary folder,
    #: removed at the end with everything else the benchmark writes.
    db: Path | None = None
    #: Worker processes for the parallel end-to-end ingest (1: measure one process only).
    jobs: int = DEFAULT_JOBS
    #: Seed for pages per issue and for the query terms; the same seed builds the same archive.
    seed: int = 0
    ingest_files: int = DEFAULT_INGEST_FILES
    ingest_rounds: int = DEFAULT_INGEST_ROUNDS
    search_repeat: int = DEFAULT_SEARCH_REPEAT
    #: Text layers replicated into the archive; empty: the demo page and the shared samples.
    templates: tuple[Path, ...] = ()
    #: Told what the benchmark is doing (the default run takes minutes); None: silent.
    progress: Callable[[str], None] | None = field(default=None, compare=False)


# --- results ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Latency:
    """Milliseconds over the timed runs: median and nearest-rank p95."""

    median_ms: float
    p95_ms: float
    runs: int

    @classmethod
    def of(cls, samples_ms: Sequence[float]) -> Latency:
        return cls(statistics.median(samples_ms), _percentile(samples_ms, TAIL_PERCENTILE), len(samples_ms))


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
        return _rate(self.files, self.parse_s)

    @property
    def ingest_pages_per_s(self) -> float:
        return _rate(self.files, self.ingest_s)

    @property
    def parallel_pages_per_s(self) -> float | None:
        return None if self.parallel_s is None else _rate(self.files, self.parallel_s)

    @property
    def over_parse(self) -> float:
        """Ingest time over parse time, one process (1.0: the archive adds nothing)."""
        return _ratio(self.ingest_s, self.parse_s)


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
        return _rate(self.pages, self.total_s)

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
        return _ratio(self.latency.median_ms, self.search_latency.median_ms)


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


# --- the run ---------------------------------------------------------------------------------


def bench_archive(options: ArchiveBenchOptions) -> ArchiveBenchResult:
    """Measure ingest, build and search (see the module's docstring); ``InputError`` for options
    that cannot be run."""
    _check_options(options)
    started = time.perf_counter()
    say = options.progress or (lambda _message: None)
    templates = load_templates(options.templates or default_templates())
    with tempfile.TemporaryDirectory(prefix="banmian-archive-bench-") as tmp:
        scratch = Path(tmp)
        say(f"end-to-end ingest: {options.ingest_files} files x {options.ingest_rounds} rounds")
        ingested = _bench_ingest(templates, scratch, options)
        db = options.db or scratch / "archive.sqlite"
        say(f"building an archive of {options.pages} pages in {db}")
        built = _bench_build(templates, db, scratch, options)
        say(
            f"search: {len(QUERY_CLASSES)} classes x {QUERIES_PER_CLASS} queries x {options.search_repeat} runs"
        )
        searched = _bench_search(templates, db, built, options)
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


# --- templates and the plan of pages ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Template:
    """A text layer, its bytes, and its pages parsed once."""

    path: Path
    data: bytes
    pages: tuple[Page, ...]


@dataclass(frozen=True, slots=True)
class PlannedPage:
    """One replica: a template filed as page ``number`` of ``newspaper``'s issue of ``date``."""

    newspaper: str
    date: dt.date
    number: int
    template: int

    @property
    def file_name(self) -> str:
        """The name ``naming.facts_from_path`` reads the newspaper, date and page number from."""
        return f"{self.newspaper}-{self.date.isoformat()}-p{self.number}.txt"


def default_templates() -> tuple[Path, ...]:
    """The demo pages, then the real text layers of the shared samples when they are present,
    found from the working directory or, failing that, the source checkout."""
    for root in (Path.cwd(), Path(__file__).resolve().parents[3]):
        demo = sorted((root / SAMPLES).glob(DEMO_PAGES))
        if demo:
            return (*demo, *sorted((root / SHARED_SAMPLES).glob("*.txt")))
    return ()


def load_templates(paths: Sequence[Path]) -> tuple[Template, ...]:
    """Every template read and parsed once (which also warms imports and caches before timing)."""
    if not paths:
        raise InputError(f"nothing to build the archive from: no {SAMPLES / DEMO_PAGES}")
    templates = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as err:
            raise InputError(f"{path}: cannot read it ({err.strerror or err})") from None
        templates.append(Template(path, data, tuple(parse_pages(data))))
    return tuple(templates)


def plan_pages(count: int, templates: int, seed: int) -> tuple[PlannedPage, ...]:
    """``count`` pages in issues of 4-8 pages, every newspaper every day from ``FIRST_DATE``; page
    n of the k-th issue is template (k + n) mod ``templates``, so an issue of at least as many pages
    as there are templates holds all of them (and every issue holds every query's term)."""
    rng = random.Random(seed)
    planned: list[PlannedPage] = []
    issue = 0
    while len(planned) < count:
        date = FIRST_DATE + dt.timedelta(days=issue // len(NEWSPAPERS))
        newspaper = NEWSPAPERS[issue % len(NEWSPAPERS)]
        size = min(rng.randint(MIN_PAGES_PER_ISSUE, MAX_PAGES_PER_ISSUE), count - len(planned))
        planned += [PlannedPage(newspaper, date, n, (issue + n) % templates) for n in range(1, size + 1)]
        issue += 1
    return tuple(planned)


def count_issues(plan: Sequence[PlannedPage]) -> int:
    return len({(p.newspaper, p.date) for p in plan})


# --- 1. end-to-end ingest --------------------------------------------------------------------


def _bench_ingest(templates: Sequence[Template], scratch: Path, options: ArchiveBenchOptions) -> IngestResult:
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


# --- 2. building the large archive -----------------------------------------------------------


def _bench_build(
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


# --- 3. search latency -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuerySpec:
    """One search as the reader would send it."""

    query_class: str
    query: str | None
    filters: SearchFilters = SearchFilters()

    def describe_filters(self) -> str:
        f = self.filters
        parts = [f"newspaper={f.newspaper}" if f.newspaper else "", f"author={f.author}" if f.author else ""]
        if f.date_from or f.date_to:
            parts.append(f"{f.date_from or ''}..{f.date_to or ''}")
        return " ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class TemplateArticle:
    """What the query terms are drawn from: one article's paragraphs and authors."""

    paragraphs: tuple[str, ...]
    authors: tuple[str, ...]

    def grams(self, n: int) -> frozenset[str]:
        """Runs of ``n`` CJK characters inside one paragraph (so the index holds them as a phrase)."""
        found = set()
        for paragraph in self.paragraphs:
            for run in _CJK_RUN.findall(paragraph):
                found.update(run[i : i + n] for i in range(len(run) - n + 1))
        return frozenset(found)


def template_articles(templates: Sequence[Template]) -> tuple[TemplateArticle, ...]:
    articles = []
    for template in templates:
        for page in template.pages:
            for article in page.articles:
                paragraphs = tuple(p.text for p in article.paragraphs)
                if any(_CJK_RUN.search(p) for p in paragraphs):
                    articles.append(TemplateArticle(paragraphs, tuple(article.authors)))
    if not articles:
        raise InputError("the templates hold no article with Chinese text to search for")
    return tuple(articles)


def draw_queries(articles: Sequence[TemplateArticle], build: BuildResult, seed: int) -> tuple[QuerySpec, ...]:
    """``QUERIES_PER_CLASS`` queries of every class, drawn from the templates' text with ``seed``."""
    rng = random.Random(seed)
    k = QUERIES_PER_CLASS
    last_date = FIRST_DATE + dt.timedelta(days=(build.planned_issues - 1) // len(NEWSPAPERS))
    specs: list[QuerySpec] = []
    specs += [QuerySpec(ONE_CHAR, q) for q in _sample(rng, _union(a.grams(1) for a in articles), k)]
    names = sorted(
        {name for a in articles for name in a.authors if len(name) == 2 and _CJK_RUN.fullmatch(name)}
    )
    two = _sample(rng, names, k // 2)
    two += _sample(rng, _union(a.grams(2) for a in articles) - set(two), k - len(two))
    specs += [QuerySpec(TWO_CHARS, q) for q in two]
    longer = _sample(rng, _union(a.grams(3) for a in articles), k // 2) + _sample(
        rng, _union(a.grams(4) for a in articles), k - k // 2
    )
    specs += [QuerySpec(THREE_FOUR_CHARS, q) for q in longer]
    specs += [
        QuerySpec(PHRASE, f'"{g[:2]} {g[2:]}"') for g in _sample(rng, _union(a.grams(4) for a in articles), k)
    ]
    specs += [
        QuerySpec(EITHER, f"{_gram(rng, a, 2)} OR {_gram(rng, b, 2)}")
        for a, b in (_pair(rng, articles) for _ in range(k))
    ]
    specs += [QuerySpec(EXCLUDE, q) for q in _not_queries(rng, articles, k)]
    specs += [
        QuerySpec(PAPER_DATES, _gram(rng, rng.choice(articles), 2), _paper_window(rng, last_date))
        for _ in range(k)
    ]
    specs += [
        QuerySpec(AUTHOR, term, SearchFilters(author=name)) for name, term in _author_terms(rng, articles, k)
    ]
    specs += [QuerySpec(LISTING, None, f) for f in _listings(rng, articles, last_date)]
    return tuple(specs)


def _union(sets: Iterator[frozenset[str]]) -> set[str]:
    out: set[str] = set()
    for s in sets:
        out |= s
    return out


def _sample(rng: random.Random, pool: set[str] | Sequence[str], k: int) -> list[str]:
    ordered = sorted(pool)
    return rng.sample(ordered, min(k, len(ordered)))


def _gram(rng: random.Random, article: TemplateArticle, n: int) -> str:
    grams = sorted(article.grams(n)) or sorted(article.grams(1))
    return rng.choice(grams)


def _pair(rng: random.Random, articles: Sequence[TemplateArticle]) -> tuple[TemplateArticle, TemplateArticle]:
    """Two different articles where the templates hold several (else the one twice)."""
    if len(articles) < 2:
        return articles[0], articles[0]
    first, second = rng.sample(list(articles), 2)
    return first, second


def _not_queries(rng: random.Random, articles: Sequence[TemplateArticle], k: int) -> list[str]:
    """「A NOT B」 where some article holds A and not B, so the answer is never empty."""
    found: list[str] = []
    for _ in range(MAX_DRAWS):
        if len(found) == k:
            break
        first, second = _pair(rng, articles)
        a, b = _gram(rng, first, 2), _gram(rng, second, 2)
        if a != b and any(a in x.grams(2) and b not in x.grams(2) for x in articles):
            found.append(f"{a} NOT {b}")
    return found


def _paper_window(rng: random.Random, last_date: dt.date) -> SearchFilters:
    """One newspaper over ``FILTER_WINDOW_DAYS`` days inside the archive's dates."""
    span = max(0, (last_date - FIRST_DATE).days - FILTER_WINDOW_DAYS + 1)
    start = FIRST_DATE + dt.timedelta(days=rng.randint(0, span))
    return SearchFilters(
        newspaper=rng.choice(NEWSPAPERS),
        date_from=start,
        date_to=start + dt.timedelta(days=FILTER_WINDOW_DAYS - 1),
    )


def _author_terms(rng: random.Random, articles: Sequence[TemplateArticle], k: int) -> list[tuple[str, str]]:
    """(author, a two-character term of one of that author's articles)."""
    signed = [a for a in articles if a.authors]
    if not signed:
        return []
    picks = [rng.choice(signed) for _ in range(k)]
    return [(rng.choice(a.authors), _gram(rng, a, 2)) for a in picks]


def _listings(
    rng: random.Random, articles: Sequence[TemplateArticle], last_date: dt.date
) -> list[SearchFilters]:
    """Browsing without a query: everything newest first (the front page), one newspaper, one
    newspaper over a month, one author."""
    authors = sorted({name for a in articles for name in a.authors})
    window = _paper_window(rng, last_date)
    listings = [SearchFilters(), SearchFilters(newspaper=rng.choice(NEWSPAPERS)), window]
    if authors:
        listings.append(SearchFilters(author=rng.choice(authors)))
    return listings


def _bench_search(
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


# --- small helpers ---------------------------------------------------------------------------


def _percentile(samples: Sequence[float], percent: int) -> float:
    """Nearest-rank percentile: a measured value, never an interpolation between two."""
    ordered = sorted(samples)
    rank = max(1, -(-percent * len(ordered) // 100))  # ceil without floats
    return ordered[rank - 1]


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def _ratio(value: float, reference: float) -> float:
    return value / reference if reference > 0 else float("inf")


# --- the printed report ----------------------------------------------------------------------


def format_archive_bench(result: ArchiveBenchResult) -> str:
    """The figures for people: archive size, ingest and build speeds, search latency by class
    with the LIKE reference, then every query (to find the slow one)."""
    return (
        "\n".join(
            [
                *_head_lines(result),
                "",
                *_ingest_lines(result),
                "",
                *_search_lines(result.search),
                "",
                *_query_lines(result.search),
            ]
        )
        + "\n"
    )


def _head_lines(result: ArchiveBenchResult) -> list[str]:
    b = result.build
    kept = f", kept at {b.db_path}" if b.db_path else ""
    return [
        f"banmian bench --archive: {result.python}, SQLite {result.sqlite}, seed {result.seed}, wall {result.wall_s:.0f} s",
        f"archive: {b.pages} pages, {b.issues} issues, {b.newspapers} newspapers, {b.articles} articles"
        f" ({b.article_rows} rows with pieces of continued ones)",
        f"size: {b.db_bytes / _BYTES_PER_MB:.1f} MB ({b.bytes_per_page / 1e3:.1f} kB/page,"
        f" {b.free_bytes / _BYTES_PER_MB:.1f} MB free){kept}",
        f"templates: {', '.join(b.templates)}",
    ]


def _ingest_lines(result: ArchiveBenchResult) -> list[str]:
    i, b = result.ingest, result.build
    lines = [
        f"ingest end to end: {i.files} one-page text files, median of {i.rounds} rounds",
        f"  {'parse alone (reference)':<28}{i.parse_pages_per_s:8.1f} pages/s",
        f"  {'ingest(), 1 process':<28}{i.ingest_pages_per_s:8.1f} pages/s  {i.over_parse:5.2f}x parse time",
    ]
    if i.parallel_s is not None and i.parallel_pages_per_s is not None:
        lines.append(
            f"  {f'ingest(), {i.jobs} processes':<28}{i.parallel_pages_per_s:8.1f} pages/s"
            f"  {_ratio(i.parallel_s, i.parse_s):5.2f}x parse time"
        )
    lines += [
        f"build from parsed pages (replicated, {b.pages} pages): {b.pages_per_s:.1f} pages/s in {b.total_s:.1f} s",
        f"  staged_form {b.form_s:.1f} s, stage {b.stage_s:.1f} s, publish_staged {b.publish_s:.1f} s",
    ]
    return lines


def _search_lines(search: SearchResult) -> list[str]:
    lines = [
        f"search: first {RESULTS_PER_PAGE} results + count, warm, {QUERIES_PER_CLASS} queries x {search.repeat} runs per class",
        f"  {'class':<22}{'median ms':>10}{f'p{TAIL_PERCENTILE} ms':>10}{'min hits':>10}",
    ]
    for c in search.classes:
        lines.append(f"  {c.name:<22}{c.latency.median_ms:10.1f}{c.latency.p95_ms:10.1f}{c.min_hits:10d}")
    lines.append(f"  {'overall':<22}{search.overall.median_ms:10.1f}{search.overall.p95_ms:10.1f}")
    like = search.like
    lines.append(
        f"  {'LIKE scan, 2 chars':<22}{like.latency.median_ms:10.1f}{like.latency.p95_ms:10.1f}"
        f"{min(like.like_hits, default=0):10d}   {like.ratio:.1f}x the search's median on the same terms"
    )
    return lines


def _query_lines(search: SearchResult) -> list[str]:
    lines = [f"  {'query':<26}{'filters':<42}{'hits':>8}{'median ms':>10}{f'p{TAIL_PERCENTILE} ms':>10}"]
    for q in search.queries:
        text = q.query if q.query is not None else "(none)"
        lines.append(
            f"  {text:<26}{q.filters:<42}{q.hits:8d}{q.latency.median_ms:10.1f}{q.latency.p95_ms:10.1f}"
        )
    like = search.like
    for term, mine, theirs in zip(like.terms, like.like_hits, like.search_hits, strict=True):
        lines.append(f"  LIKE %{term}%: {mine} articles (search: {theirs})")
    return ["per query:", *lines]
