"""The truth of a page, in the export contract's shape, and the checks that tie it to the text layer."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

KINDS = ("article", "notice", "brief", "commentary", "photo")


@dataclass(frozen=True, slots=True)
class PageInfo:
    newspaper: str | None = None
    date: str | None = None
    page_number: int | None = None
    section: str | None = None


@dataclass(frozen=True, slots=True)
class TruthArticle:
    kind: str
    kicker: str | None
    title: str | None
    subtitle: str | None
    byline: str | None
    authors: tuple[str, ...]
    paragraphs: tuple[str, ...]
    subheadings: tuple[str, ...]
    captions: tuple[str, ...]
    continued_to: int | None
    continued_from: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kicker": self.kicker,
            "title": self.title,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "authors": list(self.authors),
            "paragraphs": list(self.paragraphs),
            "subheadings": list(self.subheadings),
            "captions": list(self.captions),
            "continued_to": self.continued_to,
            "continued_from": self.continued_from,
        }


@dataclass(frozen=True, slots=True)
class PageTruth:
    page: PageInfo
    banners: tuple[str, ...]
    articles: tuple[TruthArticle, ...]

    def to_dict(self) -> dict[str, Any]:
        info = self.page
        return {
            "page": {
                "newspaper": info.newspaper,
                "date": info.date,
                "page_number": info.page_number,
                "section": info.section,
            },
            "banners": list(self.banners),
            "articles": [a.to_dict() for a in self.articles],
        }


_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """NFKC without whitespace: the form in which truth and an extractor's text must agree."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def missing_paragraphs(truth: dict[str, Any], text: str) -> list[str]:
    """Paragraphs of ``truth`` (a truth dict) not found, article by article in order, in ``text``.

    Meant for drawing-order extractors (pdfium): each paragraph is printed as consecutive lines, so
    it must come out as one contiguous run, after the article's previous paragraph.
    """
    flat = squash(text)
    missing = []
    for article in truth["articles"]:
        pos = 0
        for para in article["paragraphs"]:
            found = flat.find(squash(para), pos)
            if found < 0:
                missing.append(para)
            else:
                pos = found + len(squash(para))
    return missing
