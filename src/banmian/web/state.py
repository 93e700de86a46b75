"""What every request shares, and the per-request archive: opened read-only for one request and
closed after it, so that no cursor is shared between the server's threads and an ingest running
beside the server is seen issue by issue as it publishes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import Request

from banmian.archive import Archive
from banmian.web.options import WebOptions

if TYPE_CHECKING:
    from jinja2 import Environment

    from banmian.web.images import ImageCache


@dataclass(frozen=True, slots=True)
class WebState:
    db: Path
    options: WebOptions
    templates: Environment
    images: ImageCache


def web_state(request: Request) -> WebState:
    return request.app.state.web


def open_archive(request: Request) -> Iterator[Archive]:
    """A FastAPI dependency: the archive for this request, closed when it is answered."""
    archive = Archive(web_state(request).db, readonly=True)
    try:
        yield archive
    finally:
        archive.close()
