"""Page images: the PDF page drawn at the width asked for, as PNG, kept in a bounded LRU cache.

Why a cache and a lock: rasterising a broadsheet page costs a few hundred milliseconds, and an
issue view asks for every page's thumbnail at once; pdfium is not thread-safe, so renders run one
at a time, and a page rendered once is not rendered again while it stays in the cache. The cache
key holds the file's size and modification time, so a file re-ingested in place is drawn afresh.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from banmian.errors import InputError
from banmian.render.image import open_document, png_bytes, rasterise
from banmian.render.options import MAX_SCALE_PX_PER_PT, MIN_SCALE_PX_PER_PT, RenderOptions
from banmian.web.options import MAX_IMAGE_WIDTH_PX

#: Tallest image drawn (pixels): a page more than twice as tall as the widest image is a strip,
#: and is scaled down to this rather than costing unbounded memory.
MAX_IMAGE_HEIGHT_PX = 2 * MAX_IMAGE_WIDTH_PX

#: pdfium allows one caller at a time in a process.
_RENDER_LOCK = threading.Lock()

CacheKey = tuple[str, int, int, int, int]


class ImageCache:
    """Least-recently-used PNGs, at most ``max_bytes`` in all (0: keep nothing)."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self._items: OrderedDict[CacheKey, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: CacheKey) -> bytes | None:
        with self._lock:
            data = self._items.get(key)
            if data is not None:
                self._items.move_to_end(key)
            return data

    def put(self, key: CacheKey, data: bytes) -> None:
        if len(data) > self.max_bytes:
            return
        with self._lock:
            old = self._items.pop(key, None)
            self.size -= len(old) if old is not None else 0
            self._items[key] = data
            self.size += len(data)
            while self.size > self.max_bytes:
                _, dropped = self._items.popitem(last=False)
                self.size -= len(dropped)

    def get_or_render(self, key: CacheKey, draw: Callable[[], bytes]) -> bytes:
        data = self.get(key)
        if data is not None:
            return data
        with _RENDER_LOCK:
            data = self.get(key)  # drawn by another request while this one waited
            if data is None:
                data = draw()
                self.put(key, data)
        return data


def cache_key(pdf: Path, page_index: int, width: int) -> CacheKey:
    stat = pdf.stat()
    return (str(pdf), stat.st_size, stat.st_mtime_ns, page_index, width)


def etag(key: CacheKey) -> str:
    """An HTTP entity tag for the image ``key`` names: it changes when the file does."""
    return '"' + hashlib.sha256(repr(key).encode()).hexdigest()[:20] + '"'


def page_png(pdf: Path, page_index: int, width: int) -> bytes:
    """Page ``page_index`` of ``pdf`` as a PNG ``width`` pixels wide (narrower only when the page
    is so tall that ``MAX_IMAGE_HEIGHT_PX`` caps it). Call under the render lock (``ImageCache``)."""
    with open_document(pdf) as doc:
        if not 0 <= page_index < len(doc):
            raise InputError(f"page {page_index + 1}: the PDF has {len(doc)} page(s)")
        pdf_page = doc[page_index]
        try:
            width_pt = float(pdf_page.get_size()[0])
        finally:
            pdf_page.close()
        scale = width / width_pt if width_pt > 0 else MIN_SCALE_PX_PER_PT
        scale = min(max(scale, MIN_SCALE_PX_PER_PT), MAX_SCALE_PX_PER_PT)
        raster = rasterise(doc, page_index, RenderOptions(scale=scale, max_height_px=MAX_IMAGE_HEIGHT_PX, item_boxes=False))
    return png_bytes(raster.image)
