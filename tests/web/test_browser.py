"""The reader in a real browser: Debian's Chromium driven by Playwright (its own browser download
is never used), against the app served by uvicorn on a free loopback port.

Flow: home → search form (a two-character name) → the hit → the article → its page → a box on
the page image → that article.
"""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import web_pages as wp
from web_archive import Facts

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: Seconds the server gets to start: it starts in well under one on any machine.
SERVER_START_S = 10.0
#: Milliseconds Playwright waits for a page or an element (it waits for far less when all is well).
BROWSER_TIMEOUT_MS = 15_000

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None, reason="playwright (python) is not installed"),
    pytest.mark.skipif(not CHROMIUM.is_file(), reason=f"{CHROMIUM} is not installed (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def base_url(facts: Facts) -> Iterator[str]:
    import uvicorn

    from banmian.web import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))  # the kernel picks a free port; uvicorn serves on this very socket
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(facts.db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_S
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(SERVER_START_S)
        sock.close()


def test_search_read_and_follow_the_page(base_url: str, facts: Facts, pdf_page_id: int, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    market_uid = facts.uids[wp.MARKET_TITLE]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.set_default_timeout(BROWSER_TIMEOUT_MS)
            blocked: list[str] = []
            page.on("console", lambda msg: blocked.append(msg.text) if "Content Security Policy" in msg.text else None)

            page.goto(base_url + "/")
            expect(page.locator("h2").first).to_contain_text(wp.MASTHEAD)
            page.fill("form.quick input[name=q]", wp.QUOTED)
            page.click("form.quick button")
            page.wait_for_url("**/search?q=*")
            expect(page.locator("ol.hits mark").first).to_have_text(wp.QUOTED)

            page.click(f"ol.hits a[href='/articles/{market_uid}']")
            page.wait_for_url(f"**/articles/{market_uid}")
            expect(page.locator("h1.title")).to_have_text(wp.MARKET_TITLE)
            expect(page.locator(".body p").first).to_have_text(wp.MARKET_FIRST)

            page.click(f".on-pages a[href='/pages/{pdf_page_id}']")
            page.wait_for_url(f"**/pages/{pdf_page_id}")
            image = page.locator(".sheet img")
            expect(image).to_be_visible()
            page.wait_for_function("() => document.querySelector('.sheet img').naturalWidth > 0")
            region = page.locator(f".sheet a.region[href='/articles/{market_uid}']")
            box, sheet = region.bounding_box(), page.locator(".sheet").bounding_box()
            assert box is not None and sheet is not None
            # Placed by regions.css: as far in from the image's left edge as the region says.
            first = facts.regions[0]
            assert box["x"] - sheet["x"] == pytest.approx(first.left * sheet["width"], abs=3)
            assert box["width"] == pytest.approx(first.width * sheet["width"], abs=3)
            page.screenshot(path=str(tmp_path / "page-view.png"), full_page=True)

            region.click()
            page.wait_for_url(f"**/articles/{market_uid}")
            expect(page.locator("h1.title")).to_have_text(wp.MARKET_TITLE)
            assert blocked == [], blocked
        finally:
            browser.close()


def test_the_page_view_stacks_on_a_phone(base_url: str, pdf_page_id: int) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
            page.set_default_timeout(BROWSER_TIMEOUT_MS)
            page.goto(f"{base_url}/pages/{pdf_page_id}")
            sheet = page.locator(".sheet").bounding_box()
            articles = page.locator("ol.article-list").bounding_box()
            assert sheet is not None and articles is not None
            assert articles["y"] >= sheet["y"] + sheet["height"]  # the list below the image
            assert sheet["width"] <= 390
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, "nothing overflows sideways"
        finally:
            browser.close()
