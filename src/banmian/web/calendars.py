"""The home page's issue calendars: for each newspaper, the months of one year laid out as weeks
(Monday first, as Chinese calendars print them), each day linked when an issue of that day exists.

Built from one list of all issues (one query), grouped here, so that a newspaper without a name
(files whose names gave none) still gets its calendar.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from banmian.archive import IssueSummary, NewspaperSummary

_MONDAY_FIRST = calendar.Calendar(firstweekday=calendar.MONDAY)


@dataclass(frozen=True, slots=True)
class Day:
    """A cell of a month's grid: ``day`` None pads the first and last weeks."""

    day: int | None = None
    issue_id: int | None = None


@dataclass(frozen=True, slots=True)
class Month:
    year: int
    month: int
    weeks: list[list[Day]]
    issue_count: int


@dataclass(slots=True)
class PaperCalendar:
    name: str | None
    title: str | None
    issue_count: int
    first_date: str | None
    last_date: str | None
    #: Years with at least one issue, newest first, and the one shown.
    years: list[int] = field(default_factory=list)
    year: int | None = None
    months: list[Month] = field(default_factory=list)
    #: Issues whose date is unknown: listed, as no calendar can place them.
    undated: list[IssueSummary] = field(default_factory=list)


def paper_calendars(
    papers: list[NewspaperSummary], issues: list[IssueSummary], newspaper: str | None = None, year: int | None = None
) -> list[PaperCalendar]:
    """One calendar per newspaper, showing ``year`` for ``newspaper`` (for every newspaper when
    ``newspaper`` is None) where it has issues that year, else the newspaper's latest year."""
    by_paper: dict[str | None, list[IssueSummary]] = defaultdict(list)
    for issue in issues:
        by_paper[issue.newspaper].append(issue)
    out = []
    for paper in papers:
        cal = PaperCalendar(paper.name, paper.title, paper.issue_count, paper.first_date, paper.last_date)
        dated: dict[dt.date, int] = {}
        for issue in by_paper.get(paper.name, []):
            day = _date(issue.date)
            if day is None:
                cal.undated.append(issue)
            else:
                dated.setdefault(day, issue.id)
        cal.years = sorted({d.year for d in dated}, reverse=True)
        wanted = year if newspaper is None or newspaper == paper.name else None
        cal.year = wanted if wanted in cal.years else (cal.years[0] if cal.years else None)
        if cal.year is not None:
            cal.months = _months(cal.year, {d: i for d, i in dated.items() if d.year == cal.year})
        out.append(cal)
    return out


def _months(year: int, issues: dict[dt.date, int]) -> list[Month]:
    out = []
    for month in sorted({d.month for d in issues}):
        weeks = [
            [Day(d, issues.get(dt.date(year, month, d))) if d else Day() for d in week]
            for week in _MONDAY_FIRST.monthdayscalendar(year, month)
        ]
        count = sum(1 for d in issues if d.month == month)
        out.append(Month(year, month, weeks, count))
    return out


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
