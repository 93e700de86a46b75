"""A real ``banmian ingest`` killed with SIGKILL part-way: the archive stays consistent (every
issue a reader sees is whole) and the next run finishes the job without parsing staged files again."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from archive_pages import write_issue

from banmian.archive import Archive

ISSUES = 12
#: Seconds the ingest may take before the test gives up on seeing it stage files.
STAGE_TIMEOUT_S = 60.0
#: Staged files seen on stderr before the kill: some staged, some not yet parsed.
KILL_AFTER_STAGED = 9


def _issues(folder: Path) -> None:
    for day in range(1, ISSUES + 1):
        write_issue(folder, date=f"2023-07-{day:02d}")


def test_a_killed_ingest_leaves_whole_issues_and_resumes(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "a.db"
    _issues(folder)
    command = [sys.executable, "-m", "banmian.cli", "ingest", str(folder), "--db", str(db)]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    staged = 0
    deadline = time.monotonic() + STAGE_TIMEOUT_S
    assert proc.stderr is not None
    for line in proc.stderr:
        staged += " staged " in line
        if staged >= KILL_AFTER_STAGED or time.monotonic() > deadline:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert staged >= KILL_AFTER_STAGED, "the ingest did not get far enough to be killed part-way"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        staged_rows = conn.execute("SELECT count(*) FROM staged").fetchone()[0]
    with Archive(db) as archive:
        for issue in archive.issues():  # any issue a reader sees is whole
            assert issue.page_count == 2 and len(archive.issue(issue.id).pages) == 2
        published = len(archive.issues())
    assert published < ISSUES or staged_rows == 0

    resumed = subprocess.run(command, capture_output=True, text=True, check=False)
    assert resumed.returncode == 0, resumed.stderr
    summary = resumed.stderr.splitlines()[-1]
    assert f"{staged_rows} resumed" in summary, summary
    assert f"{2 * ISSUES - staged_rows - 2 * published} files parsed" in summary, summary
    with Archive(db) as archive:
        assert len(archive.issues()) == ISSUES
        assert archive.search("柴伟").total == 2 * ISSUES
        assert all(i.page_count == 2 for i in archive.issues())
