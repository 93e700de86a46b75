"""A page read back from its JSON is the page that was written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from banmian import parse
from banmian.errors import InputError
from banmian.model import page_from_dict

DEMO = Path(__file__).resolve().parents[2] / "samples" / "demo-page.txt"


def test_a_text_page_round_trips() -> None:
    page = parse(DEMO)
    again = page_from_dict(json.loads(json.dumps(page.to_dict(), ensure_ascii=False)))
    assert again == page


def test_a_pdf_page_round_trips_with_its_boxes(tmp_path: Path) -> None:
    from pdfdraw import Sheet, save

    sheet = Sheet()
    sheet.text(40, 60, "县里举办春季运动会", size=20)
    sheet.text(40, 90, "本报讯（记者 林晓）", size=10)
    sheet.column(40, 110, ["四月十日，县第五届春季运动会在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。"], chars=20)
    [page] = __import__("banmian").parse_pages(save(tmp_path / "p.pdf", [sheet]))
    assert page.articles and page.articles[0].provenance.bbox is not None
    again = page_from_dict(page.to_dict())
    assert again.to_dict() == page.to_dict()
    assert again.articles[0].paragraphs[0].provenance.bbox == page.articles[0].paragraphs[0].provenance.bbox


def test_another_schema_or_major_version_is_refused() -> None:
    data = parse(DEMO).to_dict()
    with pytest.raises(InputError, match="not a banmian.page"):
        page_from_dict({**data, "schema": "other"})
    with pytest.raises(InputError, match="version 2.0"):
        page_from_dict({**data, "schema_version": "2.0"})
    assert page_from_dict({**data, "schema_version": "1.7"}) == parse(DEMO)
