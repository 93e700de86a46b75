"""How the scorer reads text: NFKC, no whitespace, and the parts of an article it compares.

Extractors differ in full-width/half-width forms and in where they put spaces and line breaks;
neither is a reconstruction error, so every comparison is made on ``norm(text)``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

_WHITESPACE = re.compile(r"\s+")


#: Distinct strings whose normal form is remembered: a page's texts are read by several metrics.
NORM_CACHE_SIZE = 1 << 16


def norm(text: str | None) -> str:
    """NFKC-normalise ``text`` and drop every whitespace character (``None`` reads as "")."""
    if not text:
        return ""
    return _norm(text)


@lru_cache(maxsize=NORM_CACHE_SIZE)
def _norm(text: str) -> str:
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", text))


def norm_all(texts: Iterable[str | None] | None) -> list[str]:
    """Normalised non-empty strings of ``texts``, in order (empty ones carry no information)."""
    return [n for n in (norm(t) for t in texts or ()) if n]


def paragraphs(article: Mapping[str, Any]) -> list[str]:
    """The article's normalised non-empty paragraphs (subheadings included, as in the contract)."""
    return norm_all(article.get("paragraphs"))


def body(article: Mapping[str, Any]) -> str:
    """The normalised body: paragraphs joined with nothing between them."""
    return "".join(paragraphs(article))


def field(article: Mapping[str, Any], key: str) -> str:
    """A normalised single-string field (title, kicker, subtitle …); missing reads as ""."""
    value = article.get(key)
    return norm(value) if isinstance(value, str) else ""


def captions(article: Mapping[str, Any]) -> list[str]:
    return norm_all(article.get("captions"))


def authors(article: Mapping[str, Any]) -> list[str]:
    return norm_all(article.get("authors"))


def jumps(article: Mapping[str, Any]) -> tuple[int | None, int | None]:
    """``(continued_to, continued_from)``; missing keys read as ``None``."""
    return article.get("continued_to"), article.get("continued_from")


def articles(page: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return list(page.get("articles") or ())


def banners(page: Mapping[str, Any]) -> list[str]:
    return norm_all(page.get("banners"))
