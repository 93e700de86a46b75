"""Publishing staged pages: one transaction per issue, after which readers see the whole issue.

An issue's article rows are always rebuilt from all of its pages (those already published and
those just staged), because a page added later can complete an article continued from a page
published before (下转第二版 on page 1 today, page 2 tomorrow). ``uid``\\ s are derived from file
content and the engine's article ids, so the rebuilt rows keep their addresses.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable

from banmian.archive.storage import stored_article, stored_page
from banmian.archive.textindex import index_text
from banmian.model import Article, page_from_dict
from banmian.pdf.jumps import LinkedArticle, link_jumps

#: Prefix of a whole (linked) article's uid: 「w-」 + the uid of its first part.
WHOLE_PREFIX = "w-"


def publish_issue(conn: sqlite3.Connection, issue_key: str, now: str) -> int:
    """Moves the staged files of ``issue_key`` into the archive; returns the pages published."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        published = _publish(conn, issue_key, now)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return published


def _publish(conn: sqlite3.Connection, issue_key: str, now: str) -> int:
    staged = conn.execute("SELECT * FROM staged WHERE issue_key = ? ORDER BY path", (issue_key,)).fetchall()
    if not staged:
        return 0
    issue_id = _issue_id(conn, issue_key, json.loads(staged[0]["pages_json"])["issue"])
    touched = {issue_id}
    count = 0
    for row in staged:
        old = conn.execute("SELECT id FROM files WHERE path = ?", (row["path"],)).fetchone()
        if old is not None:
            old_issues = {r[0] for r in conn.execute("SELECT DISTINCT issue_id FROM pages WHERE file_id = ?", (old[0],))}
            touched |= old_issues
            for issue in old_issues:  # their articles point at the pages about to go
                _clear_articles(conn, issue)
            conn.execute("DELETE FROM pages WHERE file_id = ?", (old[0],))
            conn.execute(
                "UPDATE files SET sha256 = ?, size = ?, kind = ?, ingested_at = ? WHERE id = ?",
                (row["sha256"], row["size"], row["kind"], now, old[0]),
            )
            file_id = old[0]
        else:
            file_id = conn.execute(
                "INSERT INTO files (path, sha256, size, kind, ingested_at) VALUES (?, ?, ?, ?, ?)",
                (row["path"], row["sha256"], row["size"], row["kind"], now),
            ).lastrowid
        for stored in json.loads(row["pages_json"])["pages"]:
            _insert_page(conn, issue_id, file_id, row["sha256"], stored)
            count += 1
        conn.execute("DELETE FROM staged WHERE id = ?", (row["id"],))
        conn.execute("DELETE FROM failures WHERE path = ?", (row["path"],))
    for issue in touched:
        rebuild_issue(conn, issue)
    return count


def _issue_id(conn: sqlite3.Connection, key: str, facts: dict) -> int:
    row = conn.execute("SELECT id FROM issues WHERE key = ?", (key,)).fetchone()
    if row is not None:
        return row[0]
    return conn.execute(
        "INSERT INTO issues (key, newspaper, date) VALUES (?, ?, ?)", (key, facts.get("newspaper"), facts.get("date"))
    ).lastrowid


def _insert_page(conn: sqlite3.Connection, issue_id: int, file_id: int, sha256: str, stored: dict) -> None:
    page = stored["page"]
    conn.execute(
        "INSERT INTO pages (uid, issue_id, file_id, page_index, page_number, section, masthead, kind, width, height,"
        " origin_x, origin_y, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            f"{sha256[:16]}-{stored['page_index']}",
            issue_id,
            file_id,
            stored["page_index"],
            page["page"]["page_number"],
            page["page"]["section"],
            stored.get("masthead"),
            page["source"]["kind"],
            stored.get("width"),
            stored.get("height"),
            stored.get("origin_x"),
            stored.get("origin_y"),
            json.dumps(stored_page(page), ensure_ascii=False),
        ),
    )


def _clear_articles(conn: sqlite3.Connection, issue_id: int) -> None:
    conn.execute("DELETE FROM article_fts WHERE rowid IN (SELECT id FROM articles WHERE issue_id = ?)", (issue_id,))
    conn.execute("UPDATE articles SET whole_id = NULL WHERE issue_id = ?", (issue_id,))
    conn.execute("DELETE FROM articles WHERE issue_id = ?", (issue_id,))


def rebuild_issue(conn: sqlite3.Connection, issue_id: int) -> None:
    """The issue's article rows and search entries, from its pages; an issue left without pages
    is removed."""
    _clear_articles(conn, issue_id)
    rows = conn.execute(
        "SELECT id, uid, page_number, masthead, json FROM pages WHERE issue_id = ? ORDER BY page_number IS NULL, page_number, uid",
        (issue_id,),
    ).fetchall()
    if not rows:
        conn.execute("DELETE FROM issues WHERE id = ?", (issue_id,))
        return
    pages = [page_from_dict(json.loads(r["json"])) for r in rows]
    ids: dict[tuple[int, str], int] = {}
    position = 0
    for n, (row, page) in enumerate(zip(rows, pages, strict=True)):
        for article in page.articles:
            number = row["page_number"] if row["page_number"] is not None else n + 1
            ids[(n, article.id)] = _insert_article(
                conn, issue_id, row["id"], f"{row['uid']}-{article.id}", article, position, [number], searchable=True
            )
            conn.execute("INSERT INTO article_pages VALUES (?, ?, ?)", (ids[(n, article.id)], row["id"], row["page_number"]))
            position += 1
    for linked in link_jumps(pages):
        position += 1
        _insert_whole(conn, issue_id, rows, ids, linked, position)
    _index(conn, issue_id)
    mastheads = Counter(r["masthead"] for r in rows if r["masthead"])
    conn.execute(
        "UPDATE issues SET page_count = ?, title = ?,"
        " article_count = (SELECT count(*) FROM articles WHERE issue_id = ? AND searchable) WHERE id = ?",
        (len(rows), mastheads.most_common(1)[0][0] if mastheads else None, issue_id, issue_id),
    )


def _insert_whole(
    conn: sqlite3.Connection, issue_id: int, rows: list[sqlite3.Row], ids: dict[tuple[int, str], int], linked: LinkedArticle, position: int
) -> None:
    first = linked.parts[0]
    first_uid = f"{rows[first.page_index]['uid']}-{first.article_id}"
    whole_id = _insert_article(
        conn, issue_id, rows[first.page_index]["id"], WHOLE_PREFIX + first_uid, linked.article, position, list(linked.pages), searchable=True
    )
    conn.execute("UPDATE articles SET is_whole = 1 WHERE id = ?", (whole_id,))
    for part in linked.parts:
        part_id = ids[(part.page_index, part.article_id)]
        conn.execute("UPDATE articles SET whole_id = ?, searchable = 0 WHERE id = ?", (whole_id, part_id))
        conn.execute(
            "INSERT OR IGNORE INTO article_pages VALUES (?, ?, ?)",
            (whole_id, rows[part.page_index]["id"], rows[part.page_index]["page_number"]),
        )


def _insert_article(
    conn: sqlite3.Connection, issue_id: int, page_id: int, uid: str, article: Article, position: int, pages: list[int], searchable: bool
) -> int:
    def text(item) -> str | None:  # noqa: ANN001 - TextItem | None
        return None if item is None else item.text

    body = "\n".join(p.text for p in article.paragraphs)
    article_id = conn.execute(
        "INSERT INTO articles (uid, issue_id, page_id, local_id, position, kind, kicker, title, subtitle, byline, authors,"
        " body, json, pages, continued_to, continued_from, searchable, char_count, confidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            uid,
            issue_id,
            page_id,
            article.id,
            position,
            article.kind.value,
            text(article.kicker),
            text(article.title),
            text(article.subtitle),
            text(article.byline),
            json.dumps(list(article.authors), ensure_ascii=False),
            body,
            json.dumps(stored_article(article), ensure_ascii=False),
            json.dumps(pages),
            article.continued_to,
            article.continued_from,
            int(searchable),
            len(body),
            article.confidence,
        ),
    ).lastrowid
    conn.executemany("INSERT INTO article_authors VALUES (?, ?)", [(article_id, a) for a in dict.fromkeys(article.authors)])
    return article_id


def _index(conn: sqlite3.Connection, issue_id: int) -> None:
    rows = conn.execute(
        "SELECT id, kicker, title, subtitle, byline, json FROM articles WHERE issue_id = ? AND searchable", (issue_id,)
    ).fetchall()
    conn.executemany("INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)", [_fts_row(r) for r in rows])


def _fts_row(row: sqlite3.Row) -> tuple[int, str, str]:
    data = json.loads(row["json"])
    heads = [t for t in (row["kicker"], row["title"], row["subtitle"]) if t]
    body: Iterable[str] = [*([row["byline"]] if row["byline"] else []), *(p[0] for p in data["paragraphs"]), *data["captions"]]
    return row["id"], index_text(*heads), index_text(*body)

