"""Reading a page back from its JSON (``Page.to_dict``): the archive stores pages as JSON and
rebuilds the typed objects from it, so there is one model and one serialisation, never a second
set of loose dicts.

Only documents of this schema's major version are read; a document from a newer major version is
refused (its meaning may have changed), an older minor version reads with defaults for what it lacks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from banmian.errors import InputError
from banmian.model.document import (
    SCHEMA_NAME,
    SCHEMA_VERSION,
    Article,
    ArticleKind,
    BBox,
    JumpNote,
    LineSpan,
    Page,
    PageInfo,
    PageWarning,
    Paragraph,
    ParagraphRole,
    Provenance,
    SourceInfo,
    TextItem,
)


def page_from_dict(data: dict[str, Any]) -> Page:
    """The ``Page`` that ``Page.to_dict`` wrote; ``InputError`` for another schema or version."""
    if data.get("schema") != SCHEMA_NAME:
        raise InputError(f"not a {SCHEMA_NAME} document (schema {data.get('schema')!r})")
    major = str(data.get("schema_version", "")).split(".")[0]
    if major != SCHEMA_VERSION.split(".")[0]:
        raise InputError(f"{SCHEMA_NAME} version {data.get('schema_version')} is not readable by version {SCHEMA_VERSION}")
    info = data.get("page") or {}
    source = data.get("source") or {}
    return Page(
        info=PageInfo(
            newspaper=info.get("newspaper"),
            date=dt.date.fromisoformat(info["date"]) if info.get("date") else None,
            page_number=info.get("page_number"),
            section=info.get("section"),
        ),
        banners=tuple(_item(b) for b in data.get("banner_details", [])),
        articles=tuple(article_from_dict(a) for a in data.get("articles", [])),
        furniture=tuple(_item(f) for f in data.get("furniture", [])),
        unplaced=tuple(_item(u) for u in data.get("unplaced", [])),
        warnings=tuple(PageWarning(w["code"], w["message"]) for w in data.get("warnings", [])),
        source=SourceInfo(
            path=source.get("path"),
            encoding=source.get("encoding"),
            kind=source.get("kind", "text"),
            line_count=source.get("line_count", 0),
            page_index=source.get("page_index"),
        ),
    )


def article_from_dict(data: dict[str, Any]) -> Article:
    detail = data.get("provenance") or {}
    return Article(
        id=data["id"],
        kind=ArticleKind(data.get("kind", "article")),
        kicker=_optional_item(detail.get("kicker"), data.get("kicker")),
        title=_optional_item(detail.get("title"), data.get("title")),
        subtitle=_optional_item(detail.get("subtitle"), data.get("subtitle")),
        byline=_optional_item(detail.get("byline"), data.get("byline")),
        authors=tuple(data.get("authors", ())),
        paragraphs=tuple(_paragraphs(data, detail)),
        captions=tuple(_items(detail.get("captions"), data.get("captions", []))),
        jumps=tuple(_jump(j) for j in detail.get("jumps", [])),
        confidence=data.get("confidence", 1.0),
        provenance=_provenance(detail),
    )


def _provenance(data: dict[str, Any]) -> Provenance:
    lines = data.get("lines")
    bbox = data.get("bbox")
    return Provenance(
        lines=LineSpan(lines[0], lines[1]) if lines else None,
        page_index=data.get("page_index"),
        bbox=BBox(*bbox) if bbox else None,
        pieces=tuple(LineSpan(first, last) for first, last in data.get("line_pieces", ())),
    )


def _item(data: dict[str, Any]) -> TextItem:
    return TextItem(data["text"], _provenance(data), data.get("confidence", 1.0))


def _optional_item(detail: dict[str, Any] | None, text: str | None) -> TextItem | None:
    if detail is not None:
        return _item(detail)
    return None if text is None else TextItem(text)


def _items(details: list[dict[str, Any]] | None, texts: list[str]) -> list[TextItem]:
    """Detailed items when present (they carry provenance), else the contract's bare strings."""
    return [_item(d) for d in details] if details is not None else [TextItem(t) for t in texts]


def _paragraphs(data: dict[str, Any], detail: dict[str, Any]) -> list[Paragraph]:
    if "paragraphs" in detail:
        return [
            Paragraph(p["text"], ParagraphRole(p.get("role", "body")), _provenance(p), p.get("confidence", 1.0))
            for p in detail["paragraphs"]
        ]
    subheadings = set(data.get("subheadings", []))
    return [Paragraph(t, ParagraphRole.SUBHEADING if t in subheadings else ParagraphRole.BODY) for t in data.get("paragraphs", [])]


def _jump(data: dict[str, Any]) -> JumpNote:
    return JumpNote(data["text"], data["direction"], data.get("page_number"), _provenance(data))
