"""Request parameters, checked once for the HTML pages and the API alike.

Bounds are not politeness: an id or offset beyond SQLite's 64-bit integers would make the driver
raise (a 500), and a very deep offset makes SQLite walk every skipped row. Filters arrive as text
because an HTML form sends every field, empty ones as 「」, which means "no filter", not an error.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import Annotated

from fastapi import HTTPException, Path, Query

from banmian.archive import SearchFilters
from banmian.archive.reader import MAX_LIMIT
from banmian.model import ArticleKind

#: Largest row id SQLite stores (signed 64-bit); anything larger is certainly unknown.
MAX_ID = 2**63 - 1
#: Deepest result offset served: 500 pages of 20; beyond that a client is harvesting, and each
#: request would scan that many rows.
MAX_OFFSET = 10_000
#: Highest printed page number (file names carry at most three digits; no newspaper prints more).
MAX_PAGE_NUMBER = 999
#: Years an archive can hold (ISO dates).
MIN_YEAR, MAX_YEAR = 1, 9999
#: Longest newspaper or author name accepted (characters): real ones are a few; the bound keeps
#: junk out of queries and logs.
MAX_NAME_CHARS = 100
#: Longest article uid (characters): real ones are about 40.
MAX_UID_CHARS = 200

Id = Annotated[int, Path(ge=1, le=MAX_ID, description="numeric id, as listed by the archive")]
Uid = Annotated[str, Path(min_length=1, max_length=MAX_UID_CHARS, description="article uid")]
AuthorName = Annotated[str, Path(min_length=1, max_length=MAX_NAME_CHARS, description="a reporter's name, as credited")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="results to skip")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"results to return (at most {MAX_LIMIT})")]
Year = Annotated[int | None, Query(ge=MIN_YEAR, le=MAX_YEAR, description="only issues of this year")]
Name = Annotated[str | None, Query(max_length=MAX_NAME_CHARS, description="a newspaper, by filed name or masthead")]
SearchText = Annotated[str | None, Query(description="the search query (see banmian.archive.query)")]

KINDS = tuple(kind.value for kind in ArticleKind)


def bad_request(message: str) -> HTTPException:
    return HTTPException(400, message)


def search_filters(
    newspaper: Name = None,
    date_from: Annotated[str | None, Query(description="first issue date, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(description="last issue date, YYYY-MM-DD")] = None,
    page: Annotated[str | None, Query(description="printed page number (版)")] = None,
    author: Annotated[str | None, Query(max_length=MAX_NAME_CHARS, description="a credited reporter")] = None,
    kind: Annotated[str | None, Query(description=f"article kind: {', '.join(KINDS)}")] = None,
) -> SearchFilters:
    """A FastAPI dependency: the search filters of a request; 400 with the reason for a bad one."""
    first, last = _date("date_from", date_from), _date("date_to", date_to)
    if first and last and first > last:
        raise bad_request(f"date_from ({first}) is after date_to ({last})")
    kind = (kind or "").strip() or None
    if kind is not None and kind not in KINDS:
        raise bad_request(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return SearchFilters(
        newspaper=(newspaper or "").strip() or None,
        date_from=first,
        date_to=last,
        page_number=_page_number(page),
        author=(author or "").strip() or None,
        kind=kind,
    )


def has_filters(filters: SearchFilters) -> bool:
    return any(getattr(filters, f.name) is not None for f in fields(filters))


def _date(name: str, value: str | None) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise bad_request(f"{name} must be a date written YYYY-MM-DD, not {value[:20]!r}") from None


def _page_number(value: str | None) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= MAX_PAGE_NUMBER:
        raise bad_request(f"page must be a page number from 1 to {MAX_PAGE_NUMBER}, not {value[:20]!r}")
    return int(value)
