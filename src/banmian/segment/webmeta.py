"""The authors a web page's meta line credits, given to its article.

Crawled news pages and corpus files print a meta line under the title (「来源：临江日报  作者：林晓
发布时间：2024-04-12 08:30」). The line is page furniture (fields.furniture reads its pieces: the
source gives the page's paper, the time its date), but its author is an article's.

Rules:
- The line's authors go to the article whose lines hold it (its title above, its body below), or,
  where none does, to the first article after it: a meta line stands between a title and its text,
  never after the text.
- They are given only to an article that names no author of its own: a byline in the text
  (「本报讯（记者 林晓）」) is the paper's own credit and wins.
- The article's byline, where it has none, becomes the line's author piece (「作者：林晓」), so that
  the exports print who wrote it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from banmian.layout.lines import LineInfo
from banmian.model import Article, LineSpan, Provenance, TextItem

#: Confidence that a meta line's author is its article's: the line's grammar is explicit, but which
#: article it stands in is read from line numbers alone.
META_AUTHOR_CONFIDENCE = 0.8
#: How a byline made from a meta line prints its authors.
AUTHOR_LABEL = "作者："


def credited_by_meta(articles: Sequence[Article], furniture: Sequence[LineInfo]) -> list[Article]:
    """The articles, each without authors given those of the meta line that stands in it or
    right before it."""
    out = list(articles)
    for line in furniture:
        meta = line.furniture
        if meta is None or not meta.authors:
            continue
        index = _article_of(out, line.number)
        if index is None or out[index].authors:
            continue
        article = out[index]
        byline = article.byline or TextItem(
            AUTHOR_LABEL + " ".join(meta.authors), Provenance(lines=LineSpan(line.number, line.number)), META_AUTHOR_CONFIDENCE
        )
        out[index] = replace(article, authors=meta.authors, byline=byline)
    return out


def _article_of(articles: Sequence[Article], number: int) -> int | None:
    """Index of the article whose lines hold line ``number``, else of the first that starts after it."""
    after: tuple[int, int] | None = None
    for index, article in enumerate(articles):
        span = article.provenance.lines
        if span is None:
            continue
        if span.first <= number <= span.last:
            return index
        if span.first > number and (after is None or span.first < after[0]):
            after = (span.first, index)
    return after[1] if after is not None else None
