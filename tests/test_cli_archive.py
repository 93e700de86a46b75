"""``banmian ingest|search|export|serve`` end to end through ``main``."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "archive"))
from archive_pages import LIBRARY_TITLE, RIVER_TITLE, write_issue  # noqa: E402

from banmian.cli import main  # noqa: E402


@pytest.fixture
def db(tmp_path: Path) -> Path:
    write_issue(tmp_path / "in")
    path = tmp_path / "a.db"
    assert main(["ingest", str(tmp_path / "in"), "--db", str(path)]) == 0
    return path


def test_ingest_reports_each_file_and_a_summary_in_a_pipe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_issue(tmp_path / "in")
    assert main(["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "a.db")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("banmian: ingest: [1/2] staged") and err[0].endswith("(1 pages)")
    assert "2 files parsed, 0 resumed, 0 unchanged, 0 duplicates, 0 failed; 2 pages in 1 issues published" in err[-1]


def test_a_failed_file_is_listed_at_the_end_and_the_exit_status_says_so(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert main(["ingest", str(bad), str(tmp_path / "in"), "--db", str(db)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert any(line.startswith("banmian: error: ") and "bad.txt" in line for line in err)
    assert "2 unchanged" in err[-1] and "1 failed" in err[-1]


def test_search_table_and_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "柴伟", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 articles; showing 1–2") and "«柴伟»" in out
    assert main(["search", "圖書館", "--db", str(db), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and data["hits"][0]["article"]["title"] == LIBRARY_TITLE
    assert main(["search", "--db", str(db), "--author", "王茵", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 1


def test_search_errors_are_one_line(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "(柴伟", "--db", str(db)]) == 1
    assert capsys.readouterr().err.strip() == "banmian: error: a ( is not closed"
    assert main(["search", "柴伟", "--db", str(tmp_path / "none.db")]) == 1
    assert "no archive here" in capsys.readouterr().err
    assert main(["search", "柴伟", "--db", str(db), "--from", "2023-02-30"]) == 2


def test_export_to_a_file(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "articles.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == 3 and RIVER_TITLE in [r["title"] for r in rows]
    assert "3 articles" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--query", "河长"]) == 0
    assert [json.loads(x)["title"] for x in capsys.readouterr().out.splitlines()] == [RIVER_TITLE]


def test_serve_refuses_a_missing_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    assert "no archive here" in capsys.readouterr().err
