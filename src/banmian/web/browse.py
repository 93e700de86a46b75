"""HTML pages for browsing: the archive's home (issue calendars), an issue's pages, one page
(its image with clickable articles, or its text rebuilt), and the page image itself."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from banmian.archive import Archive, ArticleDetail, PageDetail
from banmian.errors import BanmianError
from banmian.web.calendars import paper_calendars
from banmian.web.images import cache_key, etag, page_png
from banmian.web.options import MAX_IMAGE_WIDTH_PX, MIN_IMAGE_WIDTH_PX
from banmian.web.params import Id, Name, Year
from banmian.web.state import open_archive, web_state
from banmian.web.templating import render

#: Width (pixels) of a page thumbnail in an issue view: two columns on a phone at twice its CSS
#: pixels, four or more on a desktop, and light enough that a 16-page issue loads quickly.
THUMB_WIDTH_PX = 360
#: Titles shown on the card standing in for a page without an image: what a glance needs.
CARD_TITLES = 5
#: How long (seconds) a browser may reuse a page image without asking: long enough for paging back
#: and forth through an issue, short because a re-ingested file can get its old page id back (the
#: ETag, from the file's size and time, then tells the browser the image changed).
IMAGE_MAX_AGE_S = 600

LOG = logging.getLogger("banmian.web")
router = APIRouter(include_in_schema=False)
ArchiveDep = Annotated[Archive, Depends(open_archive)]


@router.get("/", response_class=HTMLResponse)
def home(request: Request, archive: ArchiveDep, newspaper: Name = None, year: Year = None) -> Response:
    calendars = paper_calendars(archive.newspapers(), archive.issues(), newspaper or None, year)
    return render(request, "home.html", {"calendars": calendars})


@router.get("/issues/{issue_id}", response_class=HTMLResponse)
def issue(request: Request, archive: ArchiveDep, issue_id: Id) -> Response:
    detail = archive.issue(issue_id)
    if detail is None:
        raise HTTPException(404, f"no issue {issue_id}")
    titles = archive.page_titles(issue_id, CARD_TITLES)
    return render(request, "issue.html", {"detail": detail, "titles": titles, "thumb_width": THUMB_WIDTH_PX})


@router.get("/pages/{page_id}", response_class=HTMLResponse)
def page(request: Request, archive: ArchiveDep, page_id: Id) -> Response:
    detail = archive.page(page_id)
    if detail is None:
        raise HTTPException(404, f"no page {page_id}")
    texts: list[ArticleDetail] = []
    if not detail.summary.has_image:
        texts = [a for a in (archive.article(s.uid) for s in detail.articles) if a is not None]
    return render(
        request,
        "page.html",
        {
            "detail": detail,
            "texts": texts,
            "page_ids": _page_ids(archive, detail),
            "image_width": web_state(request).options.image_width,
        },
    )


@router.get("/pages/{page_id}/regions.css")
def regions_css(archive: ArchiveDep, page_id: Id) -> Response:
    """Where each article's box lies over the page image, as a stylesheet: the security policy
    allows styles from this server's files only, not ``style=`` attributes in the page."""
    detail = archive.page(page_id)
    if detail is None:
        raise HTTPException(404, f"no page {page_id}")
    rules = [
        f".sheet .r{n}{{left:{r.left * 100:.3f}%;top:{r.top * 100:.3f}%;width:{r.width * 100:.3f}%;height:{r.height * 100:.3f}%}}"
        for n, r in enumerate(detail.regions)
    ]
    return Response("\n".join(rules) + "\n", media_type="text/css", headers={"Cache-Control": "no-cache"})


@router.get("/pages/{page_id}/image.png")
def image(
    request: Request,
    archive: ArchiveDep,
    page_id: Id,
    width: Annotated[int | None, Query(ge=1, description="pixels; clamped to the allowed range")] = None,
) -> Response:
    source = archive.page_image_source(page_id)
    if source is None:
        raise HTTPException(404, f"page {page_id} has no image")
    pdf, page_index = source
    state = web_state(request)
    px = min(max(width or state.options.image_width, MIN_IMAGE_WIDTH_PX), MAX_IMAGE_WIDTH_PX)
    try:
        key = cache_key(pdf, page_index, px)
        headers = {"Cache-Control": f"private, max-age={IMAGE_MAX_AGE_S}", "ETag": etag(key)}
        if request.headers.get("if-none-match") == headers["ETag"]:
            return Response(status_code=304, headers=headers)
        png = state.images.get_or_render(key, lambda: page_png(pdf, page_index, px))
    except (BanmianError, OSError, RuntimeError) as exc:  # pdfium's own errors are RuntimeErrors
        LOG.warning("page %s: image not drawn: %s", page_id, exc)
        raise HTTPException(404, f"page {page_id}'s image cannot be drawn ({type(exc).__name__})") from None
    return Response(png, media_type="image/png", headers=headers)


def _page_ids(archive: Archive, detail: PageDetail) -> dict[int, int]:
    """Printed page number → page id in this page's issue, for 「下转第N版」 links."""
    issue = archive.issue(detail.issue.id)
    return {p.page_number: p.id for p in issue.pages if p.page_number is not None} if issue else {}
