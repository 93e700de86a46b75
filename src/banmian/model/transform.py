"""One change applied to every text a page holds, the page's structure and provenance untouched.

The text engine reads some inputs in a normalised form (layout.halfwidth: half-width punctuation
read full-width) and gives the page back in the input's own characters with this; any later path
that reads a normalised text (OCR) can do the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from banmian.model.document import Article, Page, TextItem


def map_texts(page: Page, change: Callable[[str], str]) -> Page:
    """``page`` with ``change`` applied to every text in it: headlines, bylines and authors,
    paragraphs, captions, jump notes, banners, furniture, unplaced text and the page's names."""

    def item(found: TextItem | None) -> TextItem | None:
        return None if found is None else replace(found, text=change(found.text))

    def article(found: Article) -> Article:
        return replace(
            found,
            kicker=item(found.kicker),
            title=item(found.title),
            subtitle=item(found.subtitle),
            byline=item(found.byline),
            authors=tuple(change(a) for a in found.authors),
            paragraphs=tuple(replace(p, text=change(p.text)) for p in found.paragraphs),
            captions=tuple(item(c) for c in found.captions),
            jumps=tuple(replace(j, text=change(j.text)) for j in found.jumps),
        )

    info = page.info
    return replace(
        page,
        info=replace(
            info,
            newspaper=None if info.newspaper is None else change(info.newspaper),
            section=None if info.section is None else change(info.section),
        ),
        banners=tuple(item(b) for b in page.banners),
        articles=tuple(article(a) for a in page.articles),
        furniture=tuple(item(f) for f in page.furniture),
        unplaced=tuple(item(u) for u in page.unplaced),
    )
