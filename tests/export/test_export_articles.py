"""Articles exported from an archive: JSON Lines, CSV and Markdown, whole articles once."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "archive"))
from archive_pages import LIBRARY_TITLE, MARKET_TITLE, RIVER_TITLE, write_issue  # noqa: E402

from banmian.archive import Archive, SearchFilters, ingest  # noqa: E402
from banmian.export.articles import write_articles  # noqa: E402


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("export")
    write_issue(folder / "in")
    ingest([folder / "in"], folder / "a.db")
    with Archive(folder / "a.db") as opened:
        yield opened


def export(archive: Archive, fmt: str, **filters: object) -> str:
    out = io.StringIO(newline="")
    write_articles(archive.iter_articles(SearchFilters(**filters)), fmt, out)
    return out.getvalue()


def test_jsonl_has_the_contract_fields_and_the_whole_article_once(archive: Archive) -> None:
    records = [json.loads(line) for line in export(archive, "jsonl").splitlines()]
    assert sorted(r["title"] for r in records) == sorted([RIVER_TITLE, LIBRARY_TITLE, MARKET_TITLE])
    river = next(r for r in records if r["title"] == RIVER_TITLE)
    assert river["pages"] == [1, 2] and river["authors"] == ["柴伟", "刘芳"]
    assert river["paragraphs"][-1].startswith("不少群众表示")
    assert {"kicker", "subtitle", "byline", "subheadings", "captions", "continued_to", "continued_from"} <= set(river)
    assert river["newspaper"] == "qinghe" and river["date"] == "2023-06-08"


def test_csv_is_one_row_per_article_with_paragraphs_in_one_cell(archive: Archive) -> None:
    rows = list(csv.DictReader(io.StringIO(export(archive, "csv"), newline="")))
    assert len(rows) == 3
    river = next(r for r in rows if r["title"] == RIVER_TITLE)
    assert river["pages"] == "1 2" and river["authors"] == "柴伟、刘芳"
    assert river["text"].count("\n") == 3 and river["char_count"] == str(len(river["text"]))


def test_markdown_has_one_heading_per_article(archive: Archive) -> None:
    text = export(archive, "md")
    assert text.count("\n## ") == 3
    assert f"## {LIBRARY_TITLE}" in text and "本报记者 王茵" in text and "qinghe · 2023-06-08 · pp. 1, 2" in text


def test_filters_apply(archive: Archive) -> None:
    assert [json.loads(x)["title"] for x in export(archive, "jsonl", author="王茵").splitlines()] == [LIBRARY_TITLE]


def test_an_unknown_format_is_refused(archive: Archive) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        export(archive, "xml")
