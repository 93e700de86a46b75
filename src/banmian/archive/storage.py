"""What the archive stores of a page and of an article, and nothing twice.

``Page.to_dict`` is the export contract: each article's paragraphs and captions appear once as
plain strings (the contract's fields) and once more with their provenance. The archive keeps only
the detailed form, from which ``page_from_dict`` rebuilds the same ``Page`` (and so the same
contract); an article row keeps just what the reader shows of it (paragraph texts with their roles,
captions): its provenance stays in its page. On a 20,000-page archive this stores each text once
less (measured with ``banmian bench --archive``).
"""

from __future__ import annotations

from typing import Any

from banmian.model import Article

#: Keys of an article's contract object that repeat its provenance details.
REPEATED_ARTICLE_KEYS = ("paragraphs", "subheadings", "captions")


def stored_page(page: dict[str, Any]) -> dict[str, Any]:
    """The page's contract dict without the texts its provenance details repeat."""
    articles = [{k: v for k, v in a.items() if k not in REPEATED_ARTICLE_KEYS} for a in page["articles"]]
    return {**{k: v for k, v in page.items() if k != "banners"}, "articles": articles}


def stored_article(article: Article) -> dict[str, Any]:
    """What the reader, the search index and the exports need of an article row."""
    return {
        "paragraphs": [[p.text, p.role.value] for p in article.paragraphs],
        "captions": [c.text for c in article.captions],
    }
