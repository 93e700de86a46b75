"""The demo archive `make demo` builds: the bundled pages of one issue, the article cut on page 1
read whole across pages 1 and 3, and a page image for the PDF page."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from banmian.archive import Archive, IngestOptions, ingest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def test_the_demo_issue(tmp_path: Path) -> None:
    if not FONT.is_file():
        pytest.skip(f"{FONT} is not installed (make setup installs it)")
    draw = runpy.run_path(str(SAMPLES / "draw_demo_pdf.py"))["draw"]
    pdf = draw(tmp_path / "linjiang-2024-03-12-p3.pdf")
    report = ingest(
        [SAMPLES / "demo-page.txt", SAMPLES / "demo-page-2.txt", pdf], tmp_path / "a.db", IngestOptions(newspaper="临江日报")
    )
    assert not report.failures
    with Archive(tmp_path / "a.db") as archive:
        [issue] = archive.issues()
        assert (issue.newspaper, issue.date, issue.page_count) == ("临江日报", "2024-03-12", 3)
        pages = archive.issue(issue.id).pages
        assert [(p.page_number, p.kind, p.has_image) for p in pages] == [(1, "text", False), (2, "text", False), (3, "pdf", True)]
        [hit] = archive.search("春耕备耕正当时").hits
        whole = archive.article(hit.article.uid)
        assert whole.summary.pages == [1, 3]
        assert whole.paragraphs[-1].text.endswith("三十万亩以上。")
        page3 = archive.page(pages[2].id)
        assert len(page3.regions) == 3
        assert whole.summary.uid in {r.article_uid for r in page3.regions}, "the continuation's region opens the whole article"
        assert all(0 <= r.left < 1 and 0 < r.width <= 1 and 0 <= r.top < 1 and 0 < r.height <= 1 for r in page3.regions)
