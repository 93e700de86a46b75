"""Real-page agreement: the text path on each extractor's text layer, scored against the PDF path."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from pdfdraw import Sheet, save

from banmian.eval.realpages import score_real_pages


def test_each_extractor_is_scored_against_the_pdf_path(tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    sheet = Sheet()
    sheet.text(40, 60, "县里举办春季运动会", size=20)
    sheet.text(40, 90, "本报讯（记者 林晓）", size=10)
    sheet.column(40, 110, ["四月十日，县第五届春季运动会在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。"], chars=20)
    save(tmp_path / "page.pdf", [sheet])
    results = score_real_pages(tmp_path)
    assert [r.extractor for r in results] == ["pdftotext", "pdftotext-layout", "pdftotext-raw", "pdfium", "pymupdf"]
    for result in results:
        if result.extractor == "pymupdf" and importlib.util.find_spec("pymupdf") is None:
            assert result.score is None and "banmian[mupdf]" in result.line()  # skipped, and says why
            continue
        assert result.score is not None and result.score.truth_articles == 1
        assert result.score.values()["article_f1"] == 1.0, result.line()
        assert "1/1 of the PDF path's articles found" in result.line()


def test_no_folder_no_results(tmp_path: Path) -> None:
    assert score_real_pages(tmp_path / "absent") == ()
