"""HTML pages for reading and finding: an article, the search page, a reporter's articles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from banmian.archive import Archive, QueryError, SearchFilters, SearchResults
from banmian.web.params import KINDS, AuthorName, Offset, SearchText, Uid, has_filters, search_filters
from banmian.web.state import open_archive, web_state
from banmian.web.templating import query_string, render

#: How each article kind is named in the search form.
KIND_LABELS = {
    "article": "文章",
    "notice": "公告",
    "brief": "简讯",
    "commentary": "评论",
    "photo": "图片新闻",
    "listing": "资讯",
    "advertisement": "广告",
}

router = APIRouter(include_in_schema=False)
ArchiveDep = Annotated[Archive, Depends(open_archive)]


@dataclass(frozen=True, slots=True)
class Pager:
    """Where a list of results stands: 「第 21–40 条，共 57 条」 and links to either side."""

    first: int
    last: int
    total: int
    previous_url: str | None
    next_url: str | None


def pager(path: str, params: dict[str, object], results: SearchResults) -> Pager:
    """``first``/``last`` are 0 on a page past the end (an edited URL); its 「previous」 link then
    leads to the last page that has results."""
    offset, size, total = results.offset, results.limit, results.total
    previous_url = next_url = None
    if offset > 0 and total:
        previous = max(0, min(offset - size, (total - 1) // size * size))
        previous_url = path + query_string({**params, "offset": previous or None})
    if offset + size < total:
        next_url = path + query_string({**params, "offset": offset + size})
    shown = len(results.hits)
    first, last = (offset + 1, offset + shown) if shown else (0, 0)
    return Pager(first, last, total, previous_url, next_url)


@router.get("/articles/{uid}", response_class=HTMLResponse)
def article(request: Request, archive: ArchiveDep, uid: Uid) -> Response:
    detail = archive.article(uid)
    if detail is None:
        raise HTTPException(404, f"no article {uid}")
    issue = archive.issue(detail.summary.issue_id)
    page_ids = {p.page_number: p.id for p in issue.pages if p.page_number is not None} if issue else {}
    context = {"a": detail, "issue": issue.issue if issue else None, "page_ids": page_ids, "paper_titles": paper_titles(archive)}
    return render(request, "article.html", context)


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    archive: ArchiveDep,
    filters: Annotated[SearchFilters, Depends(search_filters)],
    q: SearchText = None,
    offset: Offset = 0,
) -> Response:
    """The form, refilled; results once there is a query or a filter; a bad query is shown
    beside the form (status 400) so it can be corrected there."""
    form = {
        "q": (q or "").strip(),
        "newspaper": filters.newspaper or "",
        "date_from": filters.date_from.isoformat() if filters.date_from else "",
        "date_to": filters.date_to.isoformat() if filters.date_to else "",
        "page": str(filters.page_number) if filters.page_number is not None else "",
        "author": filters.author or "",
        "kind": filters.kind or "",
    }
    results = error = page_nav = None
    status = 200
    if form["q"] or has_filters(filters):
        try:
            results = archive.search(form["q"] or None, filters, offset=offset, limit=web_state(request).options.page_size)
        except QueryError as exc:
            error, status = str(exc), 400
        else:
            page_nav = pager(request.url.path, form, results)
    papers = archive.newspapers()
    context = {
        "form": form,
        "quick_q": form["q"],
        "papers": [p for p in papers if p.name],
        "paper_titles": {p.name: p.title for p in papers},
        "kinds": [(k, KIND_LABELS.get(k, k)) for k in KINDS],
        "results": results,
        "error": error,
        "pager": page_nav,
    }
    return render(request, "search.html", context, status=status)


@router.get("/authors/{name}", response_class=HTMLResponse)
def author(request: Request, archive: ArchiveDep, name: AuthorName, offset: Offset = 0) -> Response:
    results = archive.search(None, SearchFilters(author=name), offset=offset, limit=web_state(request).options.page_size)
    if results.total == 0:
        raise HTTPException(404, f"no article credits {name}")
    context = {"name": name, "results": results, "pager": pager(request.url.path, {}, results), "paper_titles": paper_titles(archive)}
    return render(request, "author.html", context)


def paper_titles(archive: Archive) -> dict[str | None, str | None]:
    """Filed name → masthead: hits carry the name files are filed under (「yunshan」), a reader
    knows the paper by the title printed on it."""
    return {p.name: p.title for p in archive.newspapers()}
