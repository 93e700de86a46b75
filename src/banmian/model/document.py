"""Page, article and their parts, with provenance and confidence on every item.

Coordinates: ``BBox`` is in PDF points with the origin at the *top-left* of the page and y
growing downwards (the reading direction), so boxes from PDFs, scans and renders compare directly.
Source lines are 1-based and inclusive, counted in the decoded input text, so a user can open the
input at that line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_NAME = "banmian.page"
#: Bump the minor version for added fields, the major version for anything that breaks readers.
#: 1.1: ``line_pieces`` on provenance (an item rejoined from runs of lines printed apart).
#: 1.2: ``source.page_index`` for a page of a file of several (a PDF's, or a text layer's pages
#: between form feeds).
#: 1.3: article kinds ``listing`` and ``advertisement`` (page matter that is no article).
SCHEMA_VERSION = "1.3"
#: Lines an item's run may skip and still be one piece: the blank line an extractor prints between
#: two blocks of one column. More skipped lines hold other text, so the item was printed apart.
MAX_LINES_SKIPPED_IN_PIECE = 1


@dataclass(frozen=True, slots=True)
class BBox:
    """A rectangle on a page, in points, origin top-left."""

    x0: float
    y0: float
    x1: float
    y1: float

    def union(self, other: BBox) -> BBox:
        return BBox(min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1))

    def to_list(self) -> list[float]:
        return [round(self.x0, 2), round(self.y0, 2), round(self.x1, 2), round(self.y1, 2)]


@dataclass(frozen=True, slots=True)
class LineSpan:
    """Source lines ``first``..``last`` (1-based, inclusive) of the decoded input."""

    first: int
    last: int

    def __post_init__(self) -> None:
        if self.first < 1 or self.last < self.first:
            raise ValueError(f"bad line span {self.first}..{self.last}")

    def union(self, other: LineSpan) -> LineSpan:
        return LineSpan(min(self.first, other.first), max(self.last, other.last))

    @staticmethod
    def pieces_of(numbers: Sequence[int]) -> tuple[LineSpan, ...]:
        """The runs of ``numbers`` (source lines in reading order) that stand together in the input;
        a new run starts where the order goes back or skips more than a blank line."""
        out: list[LineSpan] = []
        first = prev = numbers[0]
        for number in numbers[1:]:
            if not prev < number <= prev + 1 + MAX_LINES_SKIPPED_IN_PIECE:
                out.append(LineSpan(first, prev))
                first = number
            prev = number
        out.append(LineSpan(first, prev))
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an item came from: source lines for text input, page and box for PDF and scans."""

    lines: LineSpan | None = None  # all of the item's lines lie within this span
    page_index: int | None = None
    bbox: BBox | None = None
    #: Where the item was rejoined from runs of lines printed apart (an extractor printed an
    #: article's columns in separate places): those runs, in reading order; empty when ``lines``
    #: is one run.
    pieces: tuple[LineSpan, ...] = ()

    @staticmethod
    def of_lines(numbers: Sequence[int]) -> Provenance:
        """Provenance of the source lines ``numbers``, in reading order."""
        if not numbers:
            return Provenance()
        pieces = LineSpan.pieces_of(numbers)
        return Provenance(lines=LineSpan(min(numbers), max(numbers)), pieces=pieces if len(pieces) > 1 else ())

    def union(self, other: Provenance) -> Provenance:
        lines = other.lines if self.lines is None else self.lines if other.lines is None else self.lines.union(other.lines)
        bbox = other.bbox if self.bbox is None else self.bbox if other.bbox is None else self.bbox.union(other.bbox)
        return Provenance(lines=lines, page_index=self.page_index if self.page_index is not None else other.page_index, bbox=bbox)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.lines is not None:
            out["lines"] = [self.lines.first, self.lines.last]
        if self.pieces:
            out["line_pieces"] = [[piece.first, piece.last] for piece in self.pieces]
        if self.page_index is not None:
            out["page_index"] = self.page_index
        if self.bbox is not None:
            out["bbox"] = self.bbox.to_list()
        return out


@dataclass(frozen=True, slots=True)
class TextItem:
    """A piece of text the engine placed (a title, a caption, a banner …).

    ``confidence`` is the engine's estimate, in [0, 1], that the *decision* that made this item
    (its role and its attachment) is right; it is not an OCR character confidence.
    """

    text: str
    provenance: Provenance = field(default_factory=Provenance)
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "confidence": round(self.confidence, 3), **self.provenance.to_dict()}


class ParagraphRole(StrEnum):
    BODY = "body"
    SUBHEADING = "subheading"
    #: A signing office, a date or a credit line that closes a notice or an article.
    CLOSING = "closing"


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    role: ParagraphRole = ParagraphRole.BODY
    provenance: Provenance = field(default_factory=Provenance)
    #: Confidence that this paragraph starts and ends where it does (the joins and the breaks).
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "role": self.role.value,
            "confidence": round(self.confidence, 3),
            **self.provenance.to_dict(),
        }


class ArticleKind(StrEnum):
    ARTICLE = "article"
    NOTICE = "notice"
    BRIEF = "brief"
    COMMENTARY = "commentary"
    PHOTO = "photo"
    #: Page matter that is no article, kept so that nothing is lost: a weather forecast, a
    #: programme guide, a table of figures (one paragraph a line) …
    LISTING = "listing"
    #: … and a classified advertisement (招租, 招聘启事, 遗失声明). Plain-text output leaves both out.
    ADVERTISEMENT = "advertisement"


@dataclass(frozen=True, slots=True)
class JumpNote:
    """A 转版 note: ``to`` for 下转第二版, ``from`` for 上接第一版."""

    text: str
    direction: str  # "to" | "from"
    page_number: int | None
    provenance: Provenance = field(default_factory=Provenance)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "direction": self.direction, "page_number": self.page_number, **self.provenance.to_dict()}


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    kind: ArticleKind = ArticleKind.ARTICLE
    kicker: TextItem | None = None
    title: TextItem | None = None
    subtitle: TextItem | None = None
    byline: TextItem | None = None
    authors: tuple[str, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    captions: tuple[TextItem, ...] = ()
    jumps: tuple[JumpNote, ...] = ()
    #: Confidence that this article's boundaries and headline attachment are right.
    confidence: float = 1.0
    provenance: Provenance = field(default_factory=Provenance)

    @property
    def subheadings(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.paragraphs if p.role is ParagraphRole.SUBHEADING)

    @property
    def continued_to(self) -> int | None:
        return next((j.page_number for j in self.jumps if j.direction == "to"), None)

    @property
    def continued_from(self) -> int | None:
        return next((j.page_number for j in self.jumps if j.direction == "from"), None)

    @property
    def body_text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """The export contract's article object, plus provenance and confidences under extra keys."""

        def text(item: TextItem | None) -> str | None:
            return None if item is None else item.text

        def detail(item: TextItem | None) -> dict[str, Any] | None:
            return None if item is None else item.to_dict()

        return {
            "id": self.id,
            "kind": self.kind.value,
            "kicker": text(self.kicker),
            "title": text(self.title),
            "subtitle": text(self.subtitle),
            "byline": text(self.byline),
            "authors": list(self.authors),
            "paragraphs": [p.text for p in self.paragraphs],
            "subheadings": list(self.subheadings),
            "captions": [c.text for c in self.captions],
            "continued_to": self.continued_to,
            "continued_from": self.continued_from,
            "confidence": round(self.confidence, 3),
            "provenance": {
                **self.provenance.to_dict(),
                "kicker": detail(self.kicker),
                "title": detail(self.title),
                "subtitle": detail(self.subtitle),
                "byline": detail(self.byline),
                "paragraphs": [p.to_dict() for p in self.paragraphs],
                "captions": [c.to_dict() for c in self.captions],
                "jumps": [j.to_dict() for j in self.jumps],
            },
        }


@dataclass(frozen=True, slots=True)
class PageInfo:
    newspaper: str | None = None
    date: dt.date | None = None
    page_number: int | None = None
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "newspaper": self.newspaper,
            "date": None if self.date is None else self.date.isoformat(),
            "page_number": self.page_number,
            "section": self.section,
        }


@dataclass(frozen=True, slots=True)
class PageWarning:
    """Something the user should know about the result: ``code`` is stable, ``message`` is for people."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What the page was read from: a path (or ``None`` for a string or stdin) and how."""

    path: str | None = None
    encoding: str | None = None
    kind: str = "text"  # "text" | "pdf" | "ocr"
    line_count: int = 0
    page_index: int | None = None


@dataclass(frozen=True, slots=True)
class Page:
    info: PageInfo = field(default_factory=PageInfo)
    banners: tuple[TextItem, ...] = ()
    articles: tuple[Article, ...] = ()
    #: Page furniture: masthead, page header, editor credits. Kept out of articles, never dropped.
    furniture: tuple[TextItem, ...] = ()
    #: Text the engine could not place anywhere; kept so that nothing is silently lost.
    unplaced: tuple[TextItem, ...] = ()
    warnings: tuple[PageWarning, ...] = ()
    source: SourceInfo = field(default_factory=SourceInfo)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_NAME,
            "schema_version": SCHEMA_VERSION,
            "page": self.info.to_dict(),
            "banners": [b.text for b in self.banners],
            "articles": [a.to_dict() for a in self.articles],
            "furniture": [f.to_dict() for f in self.furniture],
            "unplaced": [u.to_dict() for u in self.unplaced],
            "banner_details": [b.to_dict() for b in self.banners],
            "warnings": [w.to_dict() for w in self.warnings],
            "source": {
                "path": self.source.path,
                "encoding": self.source.encoding,
                "kind": self.source.kind,
                "line_count": self.source.line_count,
                # Which page of its file (0-based): a PDF's, or a text layer's between form feeds.
                **({} if self.source.page_index is None else {"page_index": self.source.page_index}),
            },
        }
