"""The web reader's settings: one frozen object, so that a running server cannot drift from what
it was started with. Dependency-free, so the CLI can build one before the web stack loads."""

from __future__ import annotations

from dataclasses import dataclass

from banmian.archive.reader import MAX_LIMIT

#: Loopback only by default: an archive may hold material its owner has no right to publish, so
#: exposing it to a network must be a decision (``--host 0.0.0.0``), never an accident.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
#: Search hits and author articles per HTML page: enough to scan on a phone without endless scrolling.
DEFAULT_PAGE_SIZE = 20
#: Width (pixels) of the page image in the page view: sharp on a 1200-px desktop column and fine
#: for a phone (which scales it down); a broadsheet page at this width is a PNG of about 1 MB.
DEFAULT_IMAGE_WIDTH_PX = 1200
#: Rendered page images kept in memory (megabytes): about 50 full-size pages or a few hundred
#: thumbnails, so browsing an issue back and forth renders each page once.
DEFAULT_IMAGE_CACHE_MB = 64
#: Widest image a request can ask for (pixels): twice the default, for high-density screens;
#: beyond it a request would cost seconds of CPU and tens of megabytes for no visible gain.
MAX_IMAGE_WIDTH_PX = 2400
#: Narrowest image drawn (pixels): below this even titles cannot be made out.
MIN_IMAGE_WIDTH_PX = 100
#: Highest TCP port number.
MAX_PORT = 65535


@dataclass(frozen=True, slots=True)
class WebOptions:
    """How ``banmian serve`` runs: where it listens and how much it shows and keeps at once."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    #: Results per page on the search and author pages (the API takes ``limit`` instead).
    page_size: int = DEFAULT_PAGE_SIZE
    #: Width in pixels of the page image in the page view (``?width=`` overrides it per request).
    image_width: int = DEFAULT_IMAGE_WIDTH_PX
    #: Memory for rendered page images, in megabytes (0 renders every request afresh).
    image_cache_mb: int = DEFAULT_IMAGE_CACHE_MB
    #: uvicorn's log level: critical, error, warning, info, debug or trace.
    log_level: str = "info"

    def __post_init__(self) -> None:
        if not 0 <= self.port <= MAX_PORT:
            raise ValueError(f"port must be between 0 and {MAX_PORT}, not {self.port}")
        if not 1 <= self.page_size <= MAX_LIMIT:
            raise ValueError(f"page_size must be between 1 and {MAX_LIMIT}, not {self.page_size}")
        if not MIN_IMAGE_WIDTH_PX <= self.image_width <= MAX_IMAGE_WIDTH_PX:
            raise ValueError(f"image_width must be between {MIN_IMAGE_WIDTH_PX} and {MAX_IMAGE_WIDTH_PX} pixels, not {self.image_width}")
        if self.image_cache_mb < 0:
            raise ValueError(f"image_cache_mb cannot be negative ({self.image_cache_mb})")
        if self.log_level not in ("critical", "error", "warning", "info", "debug", "trace"):
            raise ValueError(f"log_level must be one of critical, error, warning, info, debug, trace, not {self.log_level!r}")
