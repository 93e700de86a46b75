"""Reading the archive: newspapers, issues, pages, articles, search. Every statement is
parameterised; the records returned are those of ``records``.

``Archive`` holds one connection; the web server opens one per request (read-only), so readers
never share a cursor across threads.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from banmian.archive.query import ParsedQuery, parse_query
from banmian.archive.records import (
    ArticleDetail,
    ArticleLink,
    ArticleSummary,
    IssueDetail,
    IssueSummary,
    NewspaperSummary,
    PageDetail,
    PageSummary,
    ParagraphRecord,
    Region,
    SearchFilters,
    SearchHit,
    SearchResults,
    Segment,
)
from banmian.archive.schema import connect
from banmian.archive.textindex import highlight
from banmian.model import BBox, Page, ParagraphRole, page_from_dict
from banmian.render.regions import page_regions

#: Most results one search returns at once (a bound on one request's work).
MAX_LIMIT = 100
#: FTS5 column weights for BM25: a hit in the headline counts this many times a hit in the body.
TITLE_WEIGHT = 5.0
BODY_WEIGHT = 1.0

ARTICLE_COLUMNS = (
    "a.id, a.uid, a.issue_id, a.kind, a.kicker, a.title, a.subtitle, a.byline, a.authors, a.pages, a.char_count,"
    " a.body, i.newspaper, i.date"
)


class Archive:
    """A read view of an archive file (``readonly=True``, the default, never writes)."""

    def __init__(self, db: str | Path, *, readonly: bool = True) -> None:
        self.conn = connect(db, readonly=readonly)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- browsing ---------------------------------------------------------------------------

    def newspapers(self) -> list[NewspaperSummary]:
        rows = self.conn.execute(
            "SELECT newspaper, max(title) AS title, count(*) AS n, min(date) AS first, max(date) AS last"
            " FROM issues GROUP BY newspaper ORDER BY newspaper IS NULL, newspaper"
        ).fetchall()
        return [NewspaperSummary(r["newspaper"], r["title"], r["n"], r["first"], r["last"]) for r in rows]

    def issues(self, newspaper: str | None = None, year: int | None = None) -> list[IssueSummary]:
        sql = "SELECT * FROM issues WHERE 1"
        args: list[object] = []
        if newspaper is not None:
            sql += " AND newspaper = ?"
            args.append(newspaper)
        if year is not None:
            sql += " AND date >= ? AND date < ?"
            args += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
        sql += " ORDER BY date IS NULL, date DESC, newspaper, id"
        return [_issue(r) for r in self.conn.execute(sql, args)]

    def issue(self, issue_id: int) -> IssueDetail | None:
        row = self.conn.execute("SELECT * FROM issues WHERE id = ?", (issue_id,)).fetchone()
        if row is None:
            return None
        return IssueDetail(_issue(row), self._pages_of(issue_id))

    def top_authors(self, limit: int = 20) -> list[tuple[str, int]]:
        """The most credited people and how many articles credit each, most first."""
        rows = self.conn.execute(
            "SELECT author, count(*) FROM article_authors GROUP BY author ORDER BY count(*) DESC, author LIMIT ?",
            (max(1, min(limit, MAX_LIMIT)),),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def page_titles(self, issue_id: int, per_page: int) -> dict[int, list[str]]:
        """The first ``per_page`` titles printed on each page of an issue, in reading order (for
        an issue's thumbnails: one statement, without reading the pages' reconstructions)."""
        rows = self.conn.execute(
            "SELECT page_id, title FROM articles WHERE issue_id = ? AND NOT is_whole AND title IS NOT NULL AND title != ''"
            " ORDER BY page_id, position",
            (issue_id,),
        ).fetchall()
        out: dict[int, list[str]] = {}
        for page_id, title in rows:
            titles = out.setdefault(page_id, [])
            if len(titles) < per_page:
                titles.append(title)
        return out

    def page(self, page_id: int) -> PageDetail | None:
        row = self.conn.execute(
            "SELECT p.*, f.path FROM pages p JOIN files f ON f.id = p.file_id WHERE p.id = ?", (page_id,)
        ).fetchone()
        if row is None:
            return None
        issue = self.issue(row["issue_id"])
        assert issue is not None  # a page's issue exists (foreign key)
        siblings = [p.id for p in issue.pages]
        at = siblings.index(page_id)
        model = page_from_dict(json.loads(row["json"]))
        data = model.to_dict()
        articles = self._articles_on(page_id)
        return PageDetail(
            summary=self._page_summary(row),
            issue=issue.issue,
            banners=list(data["banners"]),
            articles=articles,
            regions=self._regions(row, model, page_id),
            page=data,
            previous_id=siblings[at - 1] if at > 0 else None,
            next_id=siblings[at + 1] if at + 1 < len(siblings) else None,
        )

    def page_image_source(self, page_id: int) -> tuple[Path, int] | None:
        """The PDF file (as recorded at ingest, never a path from a request) and page index."""
        row = self.conn.execute(
            "SELECT f.path, p.page_index FROM pages p JOIN files f ON f.id = p.file_id WHERE p.id = ? AND p.kind = 'pdf'",
            (page_id,),
        ).fetchone()
        if row is None or not Path(row["path"]).is_file():
            return None
        return Path(row["path"]), row["page_index"]

    def article(self, uid: str) -> ArticleDetail | None:
        row = self.conn.execute(
            f"SELECT {ARTICLE_COLUMNS}, a.json, a.whole_id, a.is_whole, a.continued_to, a.continued_from, a.confidence"
            " FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.uid = ?",
            (uid,),
        ).fetchone()
        if row is None:
            return None
        data = json.loads(row["json"])
        page_refs = [
            self._page_summary(r)
            for r in self.conn.execute(
                "SELECT p.*, f.path FROM article_pages ap JOIN pages p ON p.id = ap.page_id JOIN files f ON f.id = p.file_id"
                " WHERE ap.article_id = ? ORDER BY p.page_number, p.id",
                (row["id"],),
            )
        ]
        whole = None
        if row["whole_id"] is not None:
            whole = self._link("WHERE a.id = ?", row["whole_id"])[0]
        parts = self._link("WHERE a.whole_id = ? ORDER BY a.position", row["id"]) if row["is_whole"] else []
        return ArticleDetail(
            summary=_summary(row),
            paragraphs=[ParagraphRecord(text, role) for text, role in data["paragraphs"]],
            subheadings=[text for text, role in data["paragraphs"] if role == ParagraphRole.SUBHEADING.value],
            captions=list(data["captions"]),
            continued_to=row["continued_to"],
            continued_from=row["continued_from"],
            confidence=row["confidence"],
            page_refs=page_refs,
            whole=whole,
            parts=parts,
        )

    # -- search -----------------------------------------------------------------------------

    def search(self, query: str | None, filters: SearchFilters | None = None, offset: int = 0, limit: int = 20) -> SearchResults:
        """Articles matching ``query`` (see ``query`` for the language) within ``filters``, best
        first; without a query, the filtered articles, newest first. ``QueryError`` for a query
        that cannot be read."""
        limit = max(1, min(limit, MAX_LIMIT))
        offset = max(0, offset)
        parsed = parse_query(query) if query and query.strip() else None
        where, args = _filter_sql(filters or SearchFilters())
        if parsed is not None:
            base = " FROM article_fts JOIN articles a ON a.id = article_fts.rowid JOIN issues i ON i.id = a.issue_id"
            where = "article_fts MATCH ?" + where
            args = [parsed.match, *args]
            score = f"bm25(article_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})"
            order = "score, i.date DESC, a.position"
            # Without filters the index alone counts (it holds exactly the searchable articles).
            count_sql = "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?" if len(args) == 1 else f"SELECT count(*){base} WHERE {where}"
        else:
            base = " FROM articles a JOIN issues i ON i.id = a.issue_id"
            where = "a.searchable" + where
            score = "0"
            order = "i.date DESC, a.issue_id, a.position"
            count_sql = f"SELECT count(*){base} WHERE {where}"
        total = self.conn.execute(count_sql, args).fetchone()[0]
        # Rank narrow rows (id, score, sort keys) first, then read the page of results whole: the
        # sort never carries the bodies of every match.
        rows = self.conn.execute(
            f"SELECT {ARTICLE_COLUMNS}, ranked.score FROM"
            f" (SELECT a.id AS id, {score} AS score, i.date AS date, a.issue_id AS issue_id, a.position AS position"
            f"{base} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?) AS ranked"
            " JOIN articles a ON a.id = ranked.id JOIN issues i ON i.id = a.issue_id"
            f" ORDER BY {order.replace('i.date', 'ranked.date').replace('a.', 'ranked.')}",
            [*args, limit, offset],
        ).fetchall()
        return SearchResults(query, total, offset, limit, [_hit(r, parsed) for r in rows])

    def iter_articles(self, filters: SearchFilters | None = None, query: str | None = None) -> Iterator[ArticleDetail]:
        """Every searchable article matching, oldest issue first (for exports); streamed."""
        parsed = parse_query(query) if query and query.strip() else None
        where, args = _filter_sql(filters or SearchFilters())
        sql = "SELECT a.uid FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.searchable" + where
        if parsed is not None:
            sql += " AND a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)"
            args.append(parsed.match)
        sql += " ORDER BY i.date, i.newspaper, a.position"
        for (uid,) in self.conn.execute(sql, args).fetchall():
            detail = self.article(uid)
            if detail is not None:
                yield detail

    # -- helpers ----------------------------------------------------------------------------

    def _pages_of(self, issue_id: int) -> list[PageSummary]:
        rows = self.conn.execute(
            "SELECT p.*, f.path FROM pages p JOIN files f ON f.id = p.file_id WHERE p.issue_id = ?"
            " ORDER BY p.page_number IS NULL, p.page_number, p.uid",
            (issue_id,),
        ).fetchall()
        return [self._page_summary(r) for r in rows]

    def _page_summary(self, row: sqlite3.Row) -> PageSummary:
        count = self.conn.execute("SELECT count(*) FROM articles WHERE page_id = ? AND NOT is_whole", (row["id"],)).fetchone()[0]
        has_image = row["kind"] == "pdf" and row["width"] is not None and Path(row["path"]).is_file()
        return PageSummary(row["id"], row["issue_id"], row["page_number"], row["section"], row["kind"], has_image, count)

    def _articles_on(self, page_id: int) -> list[ArticleSummary]:
        rows = self.conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles a JOIN issues i ON i.id = a.issue_id"
            " WHERE a.page_id = ? AND NOT a.is_whole ORDER BY a.position",
            (page_id,),
        ).fetchall()
        return [_summary(r) for r in rows]

    def _regions(self, row: sqlite3.Row, model: Page, page_id: int) -> list[Region]:
        """Clickable boxes of the page's articles; a piece of a continued article opens the whole."""
        if row["width"] is None or not row["width"] or not row["height"]:
            return []
        targets = {
            r["local_id"]: r["whole_uid"] or r["uid"]
            for r in self.conn.execute(
                "SELECT a.local_id, a.uid, w.uid AS whole_uid FROM articles a LEFT JOIN articles w ON w.id = a.whole_id"
                " WHERE a.page_id = ? AND NOT a.is_whole",
                (page_id,),
            )
        }
        index = model.articles[0].provenance.page_index if model.articles and model.articles[0].provenance.page_index is not None else 0
        out = []
        for region in page_regions(model, index).articles:
            uid = targets.get(region.article.id)
            if uid is None:
                continue
            left, top, width, height = _fraction(region.bbox, row)
            title = region.article.title.text if region.article.title else None
            out.append(Region(uid, region.number, title, left, top, width, height))
        return out

    def _link(self, where: str, value: int) -> list[ArticleLink]:
        rows = self.conn.execute(
            f"SELECT a.uid, a.page_id, p.page_number FROM articles a JOIN pages p ON p.id = a.page_id {where}", (value,)
        ).fetchall()
        return [ArticleLink(r["uid"], r["page_id"], r["page_number"]) for r in rows]


def _fraction(box: BBox, row: sqlite3.Row) -> tuple[float, float, float, float]:
    width, height = row["width"], row["height"]
    ox, oy = row["origin_x"] or 0.0, row["origin_y"] or 0.0

    def clamp(v: float) -> float:
        return round(min(max(v, 0.0), 1.0), 5)

    x0, y0 = clamp((box.x0 + ox) / width), clamp((box.y0 + oy) / height)
    x1, y1 = clamp((box.x1 + ox) / width), clamp((box.y1 + oy) / height)
    return x0, y0, round(x1 - x0, 5), round(y1 - y0, 5)


def _issue(row: sqlite3.Row) -> IssueSummary:
    return IssueSummary(row["id"], row["newspaper"], row["title"], row["date"], row["page_count"], row["article_count"])


def _summary(row: sqlite3.Row) -> ArticleSummary:
    return ArticleSummary(
        uid=row["uid"],
        issue_id=row["issue_id"],
        newspaper=row["newspaper"],
        date=row["date"],
        pages=json.loads(row["pages"]),
        kind=row["kind"],
        kicker=row["kicker"],
        title=row["title"],
        subtitle=row["subtitle"],
        byline=row["byline"],
        authors=json.loads(row["authors"]),
        char_count=row["char_count"],
    )


def _hit(row: sqlite3.Row, parsed: ParsedQuery | None) -> SearchHit:
    terms = list(parsed.terms) if parsed else []
    title = row["title"] or ""
    title_segments = list(highlight(title, terms, width=len(title) or 1)) if title else []
    body = row["body"].replace("\n", " ")
    # The byline is searched with the body (a reporter's name is a common query): when the hit is
    # there, the snippet starts with the whole byline, never in the middle of it.
    byline = row["byline"]
    if byline and any(s.hit for s in highlight(byline, terms, width=len(byline))):
        snippet = list(highlight(f"{byline} {body}", terms, from_start=True))
    else:
        snippet = list(highlight(body, terms))
    return SearchHit(_summary(row), title_segments or [Segment("")], snippet, float(row["score"]))


def _filter_sql(filters: SearchFilters) -> tuple[str, list[object]]:
    where = ""
    args: list[object] = []
    if filters.newspaper:
        # A subquery over the small issues table keeps the planner on the articles' indexes.
        where += " AND a.issue_id IN (SELECT id FROM issues WHERE newspaper = ? OR title = ?)"
        args += [filters.newspaper, filters.newspaper]
    if filters.date_from:
        where += " AND i.date >= ?"
        args.append(filters.date_from.isoformat())
    if filters.date_to:
        where += " AND i.date <= ?"
        args.append(filters.date_to.isoformat())
    if filters.page_number is not None:
        where += " AND a.id IN (SELECT article_id FROM article_pages WHERE page_number = ?)"
        args.append(filters.page_number)
    if filters.author:
        where += " AND a.id IN (SELECT article_id FROM article_authors WHERE author = ?)"
        args.append(filters.author)
    if filters.kind:
        where += " AND a.kind = ?"
        args.append(filters.kind)
    return where, args
