"""What the archive answers with: typed, immutable records shared by the CLI, the web pages, the
REST API (whose OpenAPI schemas are generated from these classes) and the exports."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a highlighted text: ``hit`` when it matched the query."""

    text: str
    hit: bool = False


@dataclass(frozen=True, slots=True)
class NewspaperSummary:
    #: The name the archive files it under (from the file names or ``--newspaper``).
    name: str | None
    #: The masthead printed on its pages, when the engine found one.
    title: str | None
    issue_count: int
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True, slots=True)
class IssueSummary:
    id: int
    newspaper: str | None
    title: str | None
    date: str | None
    page_count: int
    article_count: int


@dataclass(frozen=True, slots=True)
class PageSummary:
    id: int
    issue_id: int
    page_number: int | None
    section: str | None
    kind: str
    #: A page image can be drawn (the page came from a PDF that is still where it was ingested from).
    has_image: bool
    article_count: int


@dataclass(frozen=True, slots=True)
class Region:
    """An article's box on the page image, as fractions (0–1) of the image's width and height."""

    article_uid: str
    number: int
    title: str | None
    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    uid: str
    issue_id: int
    newspaper: str | None
    date: str | None
    pages: list[int]
    kind: str
    kicker: str | None
    title: str | None
    subtitle: str | None
    byline: str | None
    authors: list[str]
    char_count: int


@dataclass(frozen=True, slots=True)
class ParagraphRecord:
    text: str
    #: body, subheading or closing (see ``banmian.ParagraphRole``).
    role: str


@dataclass(frozen=True, slots=True)
class ArticleLink:
    """Another printed piece of the same article, or the whole article a piece belongs to."""

    uid: str
    page_id: int
    page_number: int | None


@dataclass(frozen=True, slots=True)
class ArticleDetail:
    summary: ArticleSummary
    paragraphs: list[ParagraphRecord]
    subheadings: list[str]
    captions: list[str]
    continued_to: int | None
    continued_from: int | None
    confidence: float
    #: The pages it is printed on, in order.
    page_refs: list[PageSummary]
    #: For a piece of an article continued across pages: the whole article.
    whole: ArticleLink | None = None
    #: For a whole article: its printed pieces, in order.
    parts: list[ArticleLink] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PageDetail:
    summary: PageSummary
    issue: IssueSummary
    banners: list[str]
    articles: list[ArticleSummary]
    regions: list[Region]
    #: The reconstruction, in the export contract's format (``banmian.page`` JSON).
    page: dict[str, Any]
    previous_id: int | None
    next_id: int | None


@dataclass(frozen=True, slots=True)
class IssueDetail:
    issue: IssueSummary
    pages: list[PageSummary]


@dataclass(frozen=True, slots=True)
class SearchFilters:
    newspaper: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    page_number: int | None = None
    author: str | None = None
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    article: ArticleSummary
    title: list[Segment]
    snippet: list[Segment]
    #: BM25 (lower is better, as SQLite reports it); 0 when listing without a query.
    score: float


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str | None
    total: int
    offset: int
    limit: int
    hits: list[SearchHit]


def to_dict(record: Any) -> dict[str, Any]:
    """A record as JSON-ready data (dates already ISO strings)."""
    data = asdict(record)
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()}
