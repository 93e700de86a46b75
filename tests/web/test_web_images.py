"""Page images: PNG at the width asked for (clamped), cached, revalidated by ETag."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from web_archive import Facts, TestClient

from banmian.web import WebOptions, create_app
from banmian.web.images import ImageCache
from banmian.web.options import MAX_IMAGE_WIDTH_PX, MIN_IMAGE_WIDTH_PX

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png(client, url: str) -> tuple[bytes, Image.Image]:
    response = client.get(url)
    assert response.status_code == 200, response.text[:200]
    assert response.headers["content-type"] == "image/png"
    assert response.content.startswith(PNG_SIGNATURE)
    return response.content, Image.open(io.BytesIO(response.content))


def test_page_image_is_a_png_of_the_width_asked_for(client, pdf_page_id: int) -> None:
    _, image = _png(client, f"/pages/{pdf_page_id}/image.png?width=300")
    assert image.width == 300
    assert image.height == pytest.approx(400, abs=2)  # the drawn page is 600 x 800 points
    _, default = _png(client, f"/pages/{pdf_page_id}/image.png")
    assert default.width == WebOptions().image_width


def test_width_is_clamped(client, pdf_page_id: int) -> None:
    _, wide = _png(client, f"/pages/{pdf_page_id}/image.png?width=100000")
    assert wide.width == MAX_IMAGE_WIDTH_PX
    _, narrow = _png(client, f"/pages/{pdf_page_id}/image.png?width=3")
    assert narrow.width == MIN_IMAGE_WIDTH_PX
    assert client.get(f"/pages/{pdf_page_id}/image.png?width=0").status_code == 400
    assert client.get(f"/pages/{pdf_page_id}/image.png?width=wide").status_code == 400


def test_images_are_cached_and_revalidated(facts: Facts, pdf_page_id: int) -> None:
    app = create_app(facts.db)
    cache: ImageCache = app.state.web.images
    with TestClient(app) as fresh:
        first = fresh.get(f"/pages/{pdf_page_id}/image.png?width=200")
        assert len(cache) == 1
        again = fresh.get(f"/pages/{pdf_page_id}/image.png?width=200")
        assert again.content == first.content and len(cache) == 1
        etag = first.headers["etag"]
        assert "max-age" in first.headers["cache-control"]
        unchanged = fresh.get(f"/pages/{pdf_page_id}/image.png?width=200", headers={"If-None-Match": etag})
        assert unchanged.status_code == 304 and unchanged.content == b""
        fresh.get(f"/pages/{pdf_page_id}/image.png?width=201")
        assert len(cache) == 2


def test_cache_drops_the_least_recently_used_beyond_its_size() -> None:
    cache = ImageCache(max_bytes=10)
    keys = [("f.pdf", 1, 1, 0, width) for width in range(4)]
    cache.put(keys[0], b"aaaa")
    cache.put(keys[1], b"bbbb")
    assert cache.get(keys[0]) == b"aaaa"  # now the most recently used
    cache.put(keys[2], b"cccc")
    assert cache.get(keys[1]) is None and cache.get(keys[0]) == b"aaaa" and cache.size == 8
    cache.put(keys[3], b"x" * 11)  # larger than the whole cache: not kept
    assert cache.get(keys[3]) is None and len(cache) == 2
    drawn = []
    assert cache.get_or_render(keys[3], lambda: drawn.append(1) or b"dd") == b"dd"
    assert cache.get_or_render(keys[3], lambda: drawn.append(1) or b"dd") == b"dd"
    assert drawn == [1]


def test_a_zero_cache_keeps_nothing() -> None:
    cache = ImageCache(max_bytes=0)
    cache.put(("f.pdf", 1, 1, 0, 100), b"png")
    assert len(cache) == 0 and cache.size == 0


def test_a_pdf_broken_after_ingest_is_a_404_not_a_crash(tmp_path, pdf_page_id: int) -> None:
    import web_pages as wp

    from banmian.archive import Archive, ingest

    pdf = wp.draw_page_four(tmp_path / f"{wp.NEWSPAPER}-{wp.DATE}-p4.pdf")
    db = tmp_path / "one.db"
    assert not ingest([pdf], db).failures
    with Archive(db) as archive:
        (issue,) = archive.issues()
        (page,) = archive.issue(issue.id).pages
    pdf.write_bytes(b"%PDF-1.4 no longer a page")
    with TestClient(create_app(db)) as broken:
        response = broken.get(f"/pages/{page.id}/image.png")
        assert response.status_code == 404 and "cannot be drawn" in response.text
        pdf.unlink()
        assert broken.get(f"/pages/{page.id}/image.png").status_code == 404
