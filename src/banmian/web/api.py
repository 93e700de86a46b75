"""The REST API under ``/api``: the archive's records as JSON, typed by the records' own
dataclasses so that ``/openapi.json`` describes every answer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePath
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException

from banmian.archive import (
    Archive,
    ArticleDetail,
    IssueDetail,
    IssueSummary,
    NewspaperSummary,
    PageDetail,
    SearchFilters,
    SearchResults,
)
from banmian.web.params import AuthorName, Id, Limit, Name, Offset, SearchText, Uid, Year, search_filters
from banmian.web.state import open_archive

#: Results per API call when ``limit`` is not given.
DEFAULT_API_LIMIT = 20

router = APIRouter(prefix="/api", tags=["archive"])
ArchiveDep = Annotated[Archive, Depends(open_archive)]


@router.get("/newspapers", response_model=list[NewspaperSummary])
def newspapers(archive: ArchiveDep) -> list[NewspaperSummary]:
    return archive.newspapers()


@router.get("/issues", response_model=list[IssueSummary])
def issues(archive: ArchiveDep, newspaper: Name = None, year: Year = None) -> list[IssueSummary]:
    return archive.issues(newspaper=newspaper or None, year=year)


@router.get("/issues/{issue_id}", response_model=IssueDetail)
def issue(archive: ArchiveDep, issue_id: Id) -> IssueDetail:
    found = archive.issue(issue_id)
    if found is None:
        raise HTTPException(404, f"no issue {issue_id}")
    return found


@router.get("/pages/{page_id}", response_model=PageDetail)
def page(archive: ArchiveDep, page_id: Id) -> PageDetail:
    found = archive.page(page_id)
    if found is None:
        raise HTTPException(404, f"no page {page_id}")
    return _without_server_path(found)


@router.get("/articles/{uid}", response_model=ArticleDetail)
def article(archive: ArchiveDep, uid: Uid) -> ArticleDetail:
    found = archive.article(uid)
    if found is None:
        raise HTTPException(404, f"no article {uid}")
    return found


@router.get("/search", response_model=SearchResults)
def search(
    archive: ArchiveDep,
    filters: Annotated[SearchFilters, Depends(search_filters)],
    q: SearchText = None,
    offset: Offset = 0,
    limit: Limit = DEFAULT_API_LIMIT,
) -> SearchResults:
    """Best matches first; without ``q``, the filtered articles, newest first."""
    return archive.search(q, filters, offset=offset, limit=limit)


@router.get("/authors/{name}", response_model=SearchResults)
def author(archive: ArchiveDep, name: AuthorName, offset: Offset = 0, limit: Limit = DEFAULT_API_LIMIT) -> SearchResults:
    """Every article crediting the reporter ``name``, newest first."""
    found = archive.search(None, SearchFilters(author=name), offset=offset, limit=limit)
    if found.total == 0:
        raise HTTPException(404, f"no article credits {name}")
    return found


def _without_server_path(detail: PageDetail) -> PageDetail:
    """The reconstruction names its source file by the absolute path it was ingested from: a
    detail of the server's disk a reader has no use for. The file's name is kept."""
    source = detail.page.get("source")
    if not isinstance(source, dict) or not source.get("path"):
        return detail
    return replace(detail, page={**detail.page, "source": {**source, "path": PurePath(source["path"]).name}})
