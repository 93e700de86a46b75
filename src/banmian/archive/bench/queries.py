"""The query mix: ``QUERIES_PER_CLASS`` searches of every class (terms of 1 to 4 characters,
phrases, OR, NOT, filters, listings), drawn with the seed from the templates' own articles so
every query has hits.

Apart from the timing so what is asked and how long it takes can be read (and changed) apart.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from banmian.archive.bench.options import (
    AUTHOR,
    EITHER,
    EXCLUDE,
    FILTER_WINDOW_DAYS,
    FIRST_DATE,
    LISTING,
    MAX_DRAWS,
    NEWSPAPERS,
    ONE_CHAR,
    PAPER_DATES,
    PHRASE,
    QUERIES_PER_CLASS,
    THREE_FOUR_CHARS,
    TWO_CHARS,
)
from banmian.archive.bench.results import BuildResult
from banmian.archive.bench.templates import Template
from banmian.archive.records import SearchFilters
from banmian.archive.textindex import CJK
from banmian.errors import InputError

_CJK_RUN = re.compile(f"[{CJK}]+")


@dataclass(frozen=True, slots=True)
class QuerySpec:
    """One search as the reader would send it."""

    query_class: str
    query: str | None
    filters: SearchFilters = SearchFilters()

    def describe_filters(self) -> str:
        f = self.filters
        parts = [f"newspaper={f.newspaper}" if f.newspaper else "", f"author={f.author}" if f.author else ""]
        if f.date_from or f.date_to:
            parts.append(f"{f.date_from or ''}..{f.date_to or ''}")
        return " ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class TemplateArticle:
    """What the query terms are drawn from: one article's paragraphs and authors."""

    paragraphs: tuple[str, ...]
    authors: tuple[str, ...]

    def grams(self, n: int) -> frozenset[str]:
        """Runs of ``n`` CJK characters inside one paragraph (so the index holds them as a phrase)."""
        found = set()
        for paragraph in self.paragraphs:
            for run in _CJK_RUN.findall(paragraph):
                found.update(run[i : i + n] for i in range(len(run) - n + 1))
        return frozenset(found)


def template_articles(templates: Sequence[Template]) -> tuple[TemplateArticle, ...]:
    articles = []
    for template in templates:
        for page in template.pages:
            for article in page.articles:
                paragraphs = tuple(p.text for p in article.paragraphs)
                if any(_CJK_RUN.search(p) for p in paragraphs):
                    articles.append(TemplateArticle(paragraphs, tuple(article.authors)))
    if not articles:
        raise InputError("the templates hold no article with Chinese text to search for")
    return tuple(articles)


def draw_queries(articles: Sequence[TemplateArticle], build: BuildResult, seed: int) -> tuple[QuerySpec, ...]:
    """``QUERIES_PER_CLASS`` queries of every class, drawn from the templates' text with ``seed``."""
    rng = random.Random(seed)
    k = QUERIES_PER_CLASS
    last_date = FIRST_DATE + dt.timedelta(days=(build.planned_issues - 1) // len(NEWSPAPERS))
    specs: list[QuerySpec] = []
    specs += [QuerySpec(ONE_CHAR, q) for q in _sample(rng, _union(a.grams(1) for a in articles), k)]
    names = sorted(
        {name for a in articles for name in a.authors if len(name) == 2 and _CJK_RUN.fullmatch(name)}
    )
    two = _sample(rng, names, k // 2)
    two += _sample(rng, _union(a.grams(2) for a in articles) - set(two), k - len(two))
    specs += [QuerySpec(TWO_CHARS, q) for q in two]
    longer = _sample(rng, _union(a.grams(3) for a in articles), k // 2) + _sample(
        rng, _union(a.grams(4) for a in articles), k - k // 2
    )
    specs += [QuerySpec(THREE_FOUR_CHARS, q) for q in longer]
    specs += [
        QuerySpec(PHRASE, f'"{g[:2]} {g[2:]}"') for g in _sample(rng, _union(a.grams(4) for a in articles), k)
    ]
    specs += [
        QuerySpec(EITHER, f"{_gram(rng, a, 2)} OR {_gram(rng, b, 2)}")
        for a, b in (_pair(rng, articles) for _ in range(k))
    ]
    specs += [QuerySpec(EXCLUDE, q) for q in _not_queries(rng, articles, k)]
    specs += [
        QuerySpec(PAPER_DATES, _gram(rng, rng.choice(articles), 2), _paper_window(rng, last_date))
        for _ in range(k)
    ]
    specs += [
        QuerySpec(AUTHOR, term, SearchFilters(author=name)) for name, term in _author_terms(rng, articles, k)
    ]
    specs += [QuerySpec(LISTING, None, f) for f in _listings(rng, articles, last_date)]
    return tuple(specs)


def _union(sets: Iterator[frozenset[str]]) -> set[str]:
    out: set[str] = set()
    for s in sets:
        out |= s
    return out


def _sample(rng: random.Random, pool: set[str] | Sequence[str], k: int) -> list[str]:
    ordered = sorted(pool)
    return rng.sample(ordered, min(k, len(ordered)))


def _gram(rng: random.Random, article: TemplateArticle, n: int) -> str:
    grams = sorted(article.grams(n)) or sorted(article.grams(1))
    return rng.choice(grams)


def _pair(rng: random.Random, articles: Sequence[TemplateArticle]) -> tuple[TemplateArticle, TemplateArticle]:
    """Two different articles where the templates hold several (else the one twice)."""
    if len(articles) < 2:
        return articles[0], articles[0]
    first, second = rng.sample(list(articles), 2)
    return first, second


def _not_queries(rng: random.Random, articles: Sequence[TemplateArticle], k: int) -> list[str]:
    """「A NOT B」 where some article holds A and not B, so the answer is never empty."""
    found: list[str] = []
    for _ in range(MAX_DRAWS):
        if len(found) == k:
            break
        first, second = _pair(rng, articles)
        a, b = _gram(rng, first, 2), _gram(rng, second, 2)
        if a != b and any(a in x.grams(2) and b not in x.grams(2) for x in articles):
            found.append(f"{a} NOT {b}")
    return found


def _paper_window(rng: random.Random, last_date: dt.date) -> SearchFilters:
    """One newspaper over ``FILTER_WINDOW_DAYS`` days inside the archive's dates."""
    span = max(0, (last_date - FIRST_DATE).days - FILTER_WINDOW_DAYS + 1)
    start = FIRST_DATE + dt.timedelta(days=rng.randint(0, span))
    return SearchFilters(
        newspaper=rng.choice(NEWSPAPERS),
        date_from=start,
        date_to=start + dt.timedelta(days=FILTER_WINDOW_DAYS - 1),
    )


def _author_terms(rng: random.Random, articles: Sequence[TemplateArticle], k: int) -> list[tuple[str, str]]:
    """(author, a two-character term of one of that author's articles)."""
    signed = [a for a in articles if a.authors]
    if not signed:
        return []
    picks = [rng.choice(signed) for _ in range(k)]
    return [(rng.choice(a.authors), _gram(rng, a, 2)) for a in picks]


def _listings(
    rng: random.Random, articles: Sequence[TemplateArticle], last_date: dt.date
) -> list[SearchFilters]:
    """Browsing without a query: everything newest first (the front page), one newspaper, one
    newspaper over a month, one author."""
    authors = sorted({name for a in articles for name in a.authors})
    window = _paper_window(rng, last_date)
    listings = [SearchFilters(), SearchFilters(newspaper=rng.choice(NEWSPAPERS)), window]
    if authors:
        listings.append(SearchFilters(author=rng.choice(authors)))
    return listings
