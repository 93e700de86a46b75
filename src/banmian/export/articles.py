"""Articles out of the archive, for corpus builders (JSON Lines, CSV) and readers (Markdown).

* ``jsonl``: one object per article, the export contract's article fields plus where it is
  (uid, newspaper, date, pages) — the form a corpus pipeline reads line by line;
* ``csv``: one row per article, paragraphs joined by a newline in one ``text`` cell (quoted as
  RFC 4180 says), authors joined by 「、」 — opens in a spreadsheet;
* ``md``: one ``##`` per article under a line naming its newspaper, date and pages.

Articles continued across pages are exported once, whole (the archive's searchable articles).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from types import MappingProxyType
from typing import Any, TextIO

from banmian.archive.records import ArticleDetail
from banmian.export.markdown import UNTITLED, escape_markdown

ARTICLE_FORMATS = ("jsonl", "md", "csv")
CSV_COLUMNS = (
    "uid",
    "newspaper",
    "date",
    "pages",
    "kind",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "authors",
    "text",
    "char_count",
)
AUTHOR_SEPARATOR = "、"


def article_record(detail: ArticleDetail) -> dict[str, Any]:
    """The article in the contract's field names, with its place in the archive."""
    s = detail.summary
    return {
        "uid": s.uid,
        "newspaper": s.newspaper,
        "date": s.date,
        "pages": s.pages,
        "kind": s.kind,
        "kicker": s.kicker,
        "title": s.title,
        "subtitle": s.subtitle,
        "byline": s.byline,
        "authors": s.authors,
        "paragraphs": [p.text for p in detail.paragraphs],
        "subheadings": detail.subheadings,
        "captions": detail.captions,
        "continued_to": detail.continued_to,
        "continued_from": detail.continued_from,
        "confidence": round(detail.confidence, 3),
    }


def write_jsonl(articles: Iterable[ArticleDetail], out: TextIO) -> int:
    count = 0
    for detail in articles:
        out.write(json.dumps(article_record(detail), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(articles: Iterable[ArticleDetail], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for detail in articles:
        s = detail.summary
        writer.writerow(
            [
                s.uid,
                s.newspaper or "",
                s.date or "",
                " ".join(str(n) for n in s.pages),
                s.kind,
                s.kicker or "",
                s.title or "",
                s.subtitle or "",
                s.byline or "",
                AUTHOR_SEPARATOR.join(s.authors),
                "\n".join(p.text for p in detail.paragraphs),
                s.char_count,
            ]
        )
        count += 1
    return count


def write_markdown(articles: Iterable[ArticleDetail], out: TextIO) -> int:
    count = 0
    for detail in articles:
        out.write(("\n" if count else "") + _markdown(detail))
        count += 1
    return count


def _markdown(detail: ArticleDetail) -> str:
    s = detail.summary
    where = " · ".join(x for x in (s.newspaper, s.date, _pages(s.pages)) if x)
    blocks = [f"<!-- {s.uid} -->", f"*{escape_markdown(where)}*"] if where else [f"<!-- {s.uid} -->"]
    if s.kicker:
        blocks.append(f"*{escape_markdown(s.kicker)}*")
    blocks.append("## " + (escape_markdown(s.title) if s.title else UNTITLED))
    if s.subtitle:
        blocks.append(f"**{escape_markdown(s.subtitle)}**")
    if s.byline:
        blocks.append(escape_markdown(s.byline))
    for p in detail.paragraphs:
        blocks.append(f"### {escape_markdown(p.text)}" if p.role == "subheading" else escape_markdown(p.text))
    blocks += [f"> {escape_markdown(c)}" for c in detail.captions]
    return "\n\n".join(blocks) + "\n"


def _pages(pages: list[int]) -> str:
    if not pages:
        return ""
    return ("p. " if len(pages) == 1 else "pp. ") + ", ".join(str(n) for n in pages)


WRITERS = MappingProxyType({"jsonl": write_jsonl, "md": write_markdown, "csv": write_csv})


def write_articles(articles: Iterable[ArticleDetail], fmt: str, out: TextIO) -> int:
    """Writes ``articles`` as ``fmt``; returns how many were written."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(ARTICLE_FORMATS)}") from None
    return writer(articles, out)
