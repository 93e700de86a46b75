"""What a run of the archive benchmark can be asked for, and the fixed figures it runs with.

The defaults, the shape of the planned archive (newspapers, issue sizes, dates, where the samples
lie) and the names of the query classes are read by several steps (planning, query drawing,
search, report); they sit here, below every other module of the package, so that any step reads
them without importing another step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

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
