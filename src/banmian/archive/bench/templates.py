"""The text layers the benchmark replicates, and the seeded plan that files them as pages of issues.

The end-to-end ingest and the large build both start from these templates and from this plan
(``plan_pages``), so the two measurements file the same kind of pages under the same names.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from banmian.api import parse_pages
from banmian.archive.bench.options import (
    DEMO_PAGES,
    FIRST_DATE,
    MAX_PAGES_PER_ISSUE,
    MIN_PAGES_PER_ISSUE,
    NEWSPAPERS,
    SAMPLES,
    SHARED_SAMPLES,
)
from banmian.errors import InputError
from banmian.model import Page


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
    for root in (Path.cwd(), Path(__file__).resolve().parents[4]):
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
