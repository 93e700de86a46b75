"""The app factory: one FastAPI app holding the archive's path (never an open connection: each
request opens its own, read-only), the templates and the image cache."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from banmian import __version__
from banmian.archive import Archive
from banmian.web import api, browse, reading
from banmian.web.errors import install_handlers
from banmian.web.images import ImageCache
from banmian.web.options import WebOptions
from banmian.web.security import SecurityHeaders
from banmian.web.state import WebState
from banmian.web.templating import make_environment

STATIC_DIR = Path(__file__).parent / "static"
BYTES_PER_MB = 1 << 20


def build_app(db: Path, options: WebOptions) -> FastAPI:
    with Archive(db, readonly=True):  # an unusable file fails here, once, with its one-line reason
        pass
    app = FastAPI(
        title="banmian archive",
        version=__version__,
        description="Newspaper pages rebuilt into articles: browse issues, pages and articles, and search them.",
        # The interactive docs load scripts from a CDN, which an offline machine cannot reach and
        # the Content-Security-Policy forbids; /openapi.json describes the API.
        docs_url=None,
        redoc_url=None,
    )
    app.state.web = WebState(
        db=db,
        options=options,
        templates=make_environment(),
        images=ImageCache(options.image_cache_mb * BYTES_PER_MB),
    )
    app.add_middleware(SecurityHeaders)
    install_handlers(app)
    app.include_router(api.router)
    app.include_router(browse.router)
    app.include_router(reading.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
