"""The web tests' archive: built from ``web_pages`` and checked against what the engine really
produced, so that a test failing later points at the web layer, not at a changed engine."""

from __future__ import annotations

import importlib.util
import warnings
from dataclasses import dataclass
from pathlib import Path

import web_pages as wp

from banmian.archive import Archive, Region, ingest

with warnings.catch_warnings():
    # Starlette asks for another HTTP client package; httpx is what this project installs.
    warnings.filterwarnings("ignore", message=".*httpx.*", category=UserWarning)
    from fastapi.testclient import TestClient

__all__ = ["Facts", "TestClient", "build_archive"]


@dataclass(frozen=True)
class Facts:
    db: Path
    issue_id: int
    #: Printed page number → page id.
    page_ids: dict[int, int]
    #: Title → uid of the article printed under it (for the bridge: its page-1 piece).
    uids: dict[str, str]
    whole_uid: str
    part_uids: list[str]
    #: None when the CJK font that draws the PDF page is missing.
    pdf_page_id: int | None
    regions: list[Region]


def _can_draw_pdf() -> bool:
    """The PDF page needs reportlab and the CJK face ``pdfdraw`` draws with."""
    if importlib.util.find_spec("reportlab") is None:
        return False
    from pdfdraw import FONT_PATH

    return FONT_PATH.is_file()


def build_archive(folder: Path) -> Facts:
    paths = wp.write_issue(folder / "pages", with_pdf=_can_draw_pdf())
    db = folder / "archive.db"
    report = ingest(paths, db)
    assert not report.failures, report.failures
    with Archive(db) as archive:
        (issue,) = archive.issues()
        detail = archive.issue(issue.id)
        assert detail is not None
        page_ids = {p.page_number: p.id for p in detail.pages}
        assert sorted(page_ids) == list(range(1, len(paths) + 1))
        uids: dict[str, str] = {}
        for number in sorted(page_ids):
            for article in archive.page(page_ids[number]).articles:
                uids.setdefault(article.title, article.uid)
        expected = {wp.BRIDGE_TITLE, wp.CANTEEN_TITLE, wp.CLASS_TITLE, wp.NOTES_TITLE}
        assert expected <= set(uids), uids
        piece = archive.article(uids[wp.BRIDGE_TITLE])
        assert piece is not None and piece.whole is not None and piece.continued_to == 2
        whole = archive.article(piece.whole.uid)
        assert whole is not None and [p.page_number for p in whole.parts] == [1, 2]
        evening = archive.article(uids[wp.CLASS_TITLE])
        assert evening is not None and evening.subheadings == [wp.CLASS_SUBHEADING]
        notes = archive.article(uids[wp.NOTES_TITLE])
        assert notes is not None and notes.paragraphs[0].text == wp.NOTES_FIRST
        pdf_page_id = page_ids.get(4)
        regions: list[Region] = []
        if pdf_page_id is not None:
            pdf_page = archive.page(pdf_page_id)
            assert pdf_page is not None and pdf_page.summary.has_image
            assert [a.title for a in pdf_page.articles] == [wp.MARKET_TITLE, wp.SCHOOL_TITLE]
            market = archive.article(uids[wp.MARKET_TITLE])
            assert market is not None and market.summary.authors == [wp.REPORTER]
            assert market.paragraphs[0].text == wp.MARKET_FIRST
            school = archive.article(uids[wp.SCHOOL_TITLE])
            assert school is not None and school.captions == [wp.SCHOOL_CAPTION]
            regions = pdf_page.regions
            assert {r.article_uid for r in regions} == {uids[wp.MARKET_TITLE], uids[wp.SCHOOL_TITLE]}
    return Facts(db, issue.id, page_ids, uids, whole.summary.uid, [p.uid for p in whole.parts], pdf_page_id, regions)
