"""The archive's SQLite file: tables, the schema version, and how connections are opened.

Why these choices:

* WAL journal: readers (the web server) never block the ingest and see the last committed state.
* One transaction per issue when an issue is published (``publish``), so a reader sees a whole
  issue or none of it; parsed pages wait in ``staged`` (committed per file) until then, which
  makes a killed ingest resumable without parsing again.
* Pages are stored as their ``banmian.page`` JSON (the one serialisation of the model); articles
  are rows beside them, rebuilt from those pages whenever the issue changes, with ``uid``\\ s that
  stay the same as long as the file does (a URL to an article keeps working across re-ingests).
* Search: an FTS5 table over one-token-per-character text (see ``textindex``) holding the articles
  a reader searches (whole articles, not the parts of one continued across pages).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from banmian.errors import InputError

#: Bumped when a table changes; an archive of another version is refused with a clear message.
ARCHIVE_SCHEMA_VERSION = 2
#: Milliseconds a writer waits for another writer before giving up (two ingests at once).
BUSY_TIMEOUT_MS = 30_000

DDL = """
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    kind TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS files_sha ON files(sha256);
CREATE TABLE IF NOT EXISTS staged (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    kind TEXT NOT NULL,
    issue_key TEXT NOT NULL,
    pages_json TEXT NOT NULL,
    staged_at TEXT NOT NULL,
    UNIQUE (path, sha256)
);
CREATE INDEX IF NOT EXISTS staged_issue ON staged(issue_key);
CREATE TABLE IF NOT EXISTS failures (
    path TEXT PRIMARY KEY,
    sha256 TEXT,
    error TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS issues (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    newspaper TEXT,
    date TEXT,
    title TEXT,
    page_count INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS issues_date ON issues(newspaper, date);
CREATE INDEX IF NOT EXISTS issues_by_date ON issues(date);
CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    issue_id INTEGER NOT NULL REFERENCES issues(id),
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    page_index INTEGER NOT NULL,
    page_number INTEGER,
    section TEXT,
    --  The newspaper's name as printed on the page (the engine's reading), beside the filed name.
    masthead TEXT,
    kind TEXT NOT NULL,
    width REAL,
    height REAL,
    origin_x REAL,
    origin_y REAL,
    json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_issue ON pages(issue_id, page_number);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    issue_id INTEGER NOT NULL REFERENCES issues(id),
    page_id INTEGER NOT NULL REFERENCES pages(id),
    local_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    kicker TEXT,
    title TEXT,
    subtitle TEXT,
    byline TEXT,
    authors TEXT NOT NULL,
    body TEXT NOT NULL,
    json TEXT NOT NULL,
    pages TEXT NOT NULL,
    continued_to INTEGER,
    continued_from INTEGER,
    whole_id INTEGER REFERENCES articles(id),
    is_whole INTEGER NOT NULL DEFAULT 0,
    searchable INTEGER NOT NULL,
    char_count INTEGER NOT NULL,
    confidence REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_issue ON articles(issue_id);
CREATE INDEX IF NOT EXISTS articles_page ON articles(page_id);
-- Listing without a query (newest issues first, in page order) walks this instead of sorting.
CREATE INDEX IF NOT EXISTS articles_listed ON articles(issue_id, position) WHERE searchable;
CREATE TABLE IF NOT EXISTS article_pages (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    page_id INTEGER NOT NULL REFERENCES pages(id),
    page_number INTEGER,
    PRIMARY KEY (article_id, page_id)
);
CREATE INDEX IF NOT EXISTS article_pages_number ON article_pages(page_number);
CREATE TABLE IF NOT EXISTS article_authors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    author TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_authors_name ON article_authors(author);
CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(
    title, body, tokenize = "unicode61 remove_diacritics 0"
);
"""


class ArchiveError(InputError):
    """The archive file cannot be used (missing, not an archive, another schema version)."""


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """An open connection: read-only for the server, creating the archive when writing."""
    db = Path(path)
    if readonly:
        if not db.is_file():
            raise ArchiveError(f"{db}: no archive here (build one with `banmian ingest`)")
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    else:
        db.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(db, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ArchiveError(f"{db}: not an archive ({exc})") from None
    if readonly:
        if version != ARCHIVE_SCHEMA_VERSION:
            conn.close()
            raise ArchiveError(f"{db}: archive version {version}, this banmian reads version {ARCHIVE_SCHEMA_VERSION}")
        return conn
    if version not in (0, ARCHIVE_SCHEMA_VERSION):
        conn.close()
        raise ArchiveError(f"{db}: archive version {version}, this banmian writes version {ARCHIVE_SCHEMA_VERSION}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if tables:
            conn.close()
            raise ArchiveError(f"{db}: an SQLite file that is not a banmian archive")
        conn.executescript("BEGIN;" + DDL + f"PRAGMA user_version = {ARCHIVE_SCHEMA_VERSION}; COMMIT;")
    return conn
