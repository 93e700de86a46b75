"""An archive built from the invented issue in ``archive_pages`` (and helpers to build others)."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_pages import write_issue

from banmian.archive import Archive, ingest


@pytest.fixture
def issue_files(tmp_path: Path) -> list[Path]:
    return write_issue(tmp_path / "in")


@pytest.fixture
def archive_db(tmp_path: Path, issue_files: list[Path]) -> Path:
    db = tmp_path / "archive.db"
    report = ingest([issue_files[0].parent], db)
    assert not report.failures, report.failures
    return db


@pytest.fixture
def archive(archive_db: Path):
    with Archive(archive_db) as opened:
        yield opened
