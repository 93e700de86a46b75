"""Ingest: issues from file names, jump notes linked across files, idempotence, replacement,
failures that do not stop the run, and a killed run that leaves the archive consistent."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from archive_pages import LIBRARY_TITLE, MARKET_TITLE, RIVER_TITLE, page_one, write_issue

from banmian.archive import Archive, ArchiveError, IngestOptions, ingest
from banmian.archive import ingester as ingest_module
from banmian.archive.schema import connect


def test_an_issue_is_filed_under_the_file_names_newspaper_and_date(archive: Archive) -> None:
    [issue] = archive.issues()
    assert (issue.newspaper, issue.date, issue.page_count) == ("qinghe", "2023-06-08", 2)
    assert issue.title == "清河日报"  # the masthead printed on page 1
    detail = archive.issue(issue.id)
    assert [p.page_number for p in detail.pages] == [1, 2]
    assert [n.name for n in archive.newspapers()] == ["qinghe"]


def test_an_article_continued_on_the_next_file_is_one_whole_article(archive: Archive) -> None:
    hits = archive.search(RIVER_TITLE).hits
    assert len(hits) == 1, "the two printed parts are searched as one article"
    whole = archive.article(hits[0].article.uid)
    assert whole.summary.pages == [1, 2]
    assert [p.page_number for p in whole.page_refs] == [1, 2]
    texts = [p.text for p in whole.paragraphs]
    assert texts[0].startswith("6月7日上午") and texts[-1].startswith("不少群众表示")
    assert len(whole.parts) == 2
    part = archive.article(whole.parts[1].uid)
    assert part.whole is not None and part.whole.uid == whole.summary.uid
    assert part.continued_from == 1


def test_every_article_of_the_issue_is_stored_once(archive: Archive) -> None:
    titles = sorted(h.article.title for h in archive.search(None, limit=100).hits)
    assert titles == sorted([RIVER_TITLE, LIBRARY_TITLE, MARKET_TITLE])
    assert archive.issues()[0].article_count == 3


def test_reingesting_the_same_files_changes_nothing(tmp_path: Path, issue_files: list[Path], archive_db: Path) -> None:
    before = _dump(archive_db)
    report = ingest([issue_files[0].parent], archive_db)
    assert [o.status for o in report.outcomes] == ["unchanged", "unchanged"]
    assert report.issues_published == 0
    assert _dump(archive_db) == before


def test_a_copy_under_another_name_is_a_duplicate(tmp_path: Path, issue_files: list[Path], archive_db: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(issue_files[0].read_bytes())
    report = ingest([copy], archive_db)
    assert report.outcomes[0].status == "duplicate" and str(issue_files[0]) in report.outcomes[0].message


def test_a_changed_file_replaces_its_old_version(issue_files: list[Path], archive_db: Path) -> None:
    text = issue_files[1].read_text(encoding="utf-8")
    issue_files[1].write_text(re.sub(r"城(\n?)东", r"城\1西", text), encoding="utf-8")  # across line wraps too
    report = ingest([issue_files[1]], archive_db)
    assert [o.status for o in report.outcomes] == ["staged"]
    with Archive(archive_db) as archive:
        assert archive.search("城西").total == 1
        assert archive.search("城东").total == 0
        assert archive.issues()[0].page_count == 2
        # the whole article still spans both pages after page 2 was replaced
        assert archive.search(RIVER_TITLE).hits[0].article.pages == [1, 2]


def test_a_bad_file_is_reported_and_the_others_are_ingested(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_issue(folder)
    (folder / "empty-2023-06-09-p1.txt").write_bytes(b"")
    (folder / "binary-2023-06-09-p2.txt").write_bytes(bytes(range(256)) * 8)
    report = ingest([folder, tmp_path / "missing.pdf"], tmp_path / "a.db")
    failed = {Path(o.path).name: o.message for o in report.failures}
    assert set(failed) == {"empty-2023-06-09-p1.txt", "binary-2023-06-09-p2.txt", "missing.pdf"}
    assert all(message and "\n" not in message for message in failed.values())
    assert report.pages_published == 2


def test_options_win_over_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "scan-0001.txt"
    path.write_text(page_one(), encoding="utf-8")
    import datetime as dt

    ingest([path], tmp_path / "a.db", IngestOptions(newspaper="清河日报", date=dt.date(2023, 6, 9)))
    with Archive(tmp_path / "a.db") as archive:
        [issue] = archive.issues()
        assert (issue.newspaper, issue.date) == ("清河日报", "2023-06-09")


def test_a_run_killed_while_publishing_leaves_no_half_issue_and_resumes(
    tmp_path: Path, issue_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.db"
    calls = {"parsed": 0}
    real_parse = ingest_module.parse_file

    def counting_parse(*args):  # noqa: ANN002, ANN202
        calls["parsed"] += 1
        return real_parse(*args)

    def killed(*args):  # noqa: ANN002, ANN202
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_module, "parse_file", counting_parse)
    monkeypatch.setattr(ingest_module, "publish_issue", _fail_midway(killed))
    with pytest.raises(KeyboardInterrupt):
        ingest([issue_files[0].parent], db)
    with Archive(db) as archive:
        assert archive.issues() == [] and archive.search("柴伟").total == 0
    monkeypatch.undo()
    monkeypatch.setattr(ingest_module, "parse_file", counting_parse)
    report = ingest([issue_files[0].parent], db)
    assert calls["parsed"] == 2, "the staged files were not parsed again"
    assert [o.status for o in report.outcomes] == ["resumed", "resumed"]
    with Archive(db) as archive:
        assert archive.issues()[0].page_count == 2 and archive.search("柴伟").total == 2


def _fail_midway(killer):  # noqa: ANN001, ANN202
    """``publish_issue`` that dies after writing some rows inside its transaction."""
    from banmian.archive import publish

    def publish_issue(conn, key, now):  # noqa: ANN001, ANN202
        original = publish.rebuild_issue

        def rebuild_then_die(c, issue_id):  # noqa: ANN001, ANN202
            original(c, issue_id)
            killer()

        publish.rebuild_issue = rebuild_then_die
        try:
            return publish.publish_issue(conn, key, now)
        finally:
            publish.rebuild_issue = original

    return publish_issue


def test_readers_see_a_whole_issue_or_none_while_it_is_published(tmp_path: Path, issue_files: list[Path], monkeypatch) -> None:  # noqa: ANN001
    db = tmp_path / "a.db"
    connect(db).close()
    seen: list[int] = []
    from banmian.archive import publish

    original = publish.rebuild_issue

    def rebuild_and_look(conn, issue_id):  # noqa: ANN001, ANN202
        original(conn, issue_id)
        with Archive(db) as reader:  # another connection, during the publishing transaction
            seen.append(len(reader.issues()))
            seen.append(reader.search("柴伟").total)

    monkeypatch.setattr(publish, "rebuild_issue", rebuild_and_look)
    ingest([issue_files[0].parent], db)
    assert seen == [0, 0]
    with Archive(db) as reader:
        assert len(reader.issues()) == 1 and reader.search("柴伟").total == 2


def test_an_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(ArchiveError, match="not a banmian archive"):
        ingest([], other)
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(ArchiveError, match="not an archive"):
        Archive(tmp_path / "junk.db")


def _dump(db: Path) -> list:
    with sqlite3.connect(db) as conn:
        return [
            conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608 - fixed table names
            for table in ("files", "issues", "pages", "articles", "article_authors")
        ]


def test_copies_within_one_run_are_ingested_once(tmp_path: Path) -> None:
    first = write_issue(tmp_path / "a")
    second = write_issue(tmp_path / "b")
    report = ingest([tmp_path / "a", tmp_path / "b"], tmp_path / "x.db")
    status = {o.path: (o.status, o.message) for o in report.outcomes}
    assert [status[str(p)][0] for p in first + second] == ["staged", "staged", "duplicate", "duplicate"]
    assert status[str(second[0])][1] == f"same content as {first[0]}"
    with Archive(tmp_path / "x.db") as archive:
        assert archive.issues()[0].page_count == 2
