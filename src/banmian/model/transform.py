"""One change applied to every text a page holds, the page's structure and provenance untouched.

The text engine reads some inputs in a normalised form (layout.halfwidth: half-width punctuation
read full-width; layout.script: traditional characters read simplified) and gives the page back in
the input's own characters with this; any later path that reads a normalised text (OCR) can do the
same. The change is told where each text came from (its provenance; an author name gets its
byline's, the page's names none).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from banmian.model.document import Article, Page, Provenance, TextItem

#: A change of one text, told the text's provenance where it has one.
TextChange = Callable[[str, Provenance | None], str]


def map_texts(page: Page, change: TextChange) -> Page:
    """``page`` with ``change`` applied to every text in it: headlines, bylines and authors,
    paragraphs, captions, jump notes, banners, furniture, unplaced text and the page's names."""

    def item(found: TextItem | None) -> TextItem | None:
        return None if found is None else replace(found, text=change(found.text, found.provenance))

    def article(found: Article) -> Article:
        byline = None if found.byline is None else found.byline.provenance
        return replace(
            found,
            kicker=item(found.kicker),
            title=item(found.title),
            subtitle=item(found.subtitle),
            byline=item(found.byline),
            authors=tuple(change(a, byline) for a in found.authors),
            paragraphs=tuple(replace(p, text=change(p.text, p.provenance)) for p in found.paragraphs),
            captions=tuple(item(c) for c in found.captions),
            jumps=tuple(replace(j, text=change(j.text, j.provenance)) for j in found.jumps),
        )

    info = page.info
    return replace(
        page,
        info=replace(
            info,
            newspaper=None if info.newspaper is None else change(info.newspaper, None),
            section=None if info.section is None else change(info.section, None),
        ),
        banners=tuple(item(b) for b in page.banners),
        articles=tuple(article(a) for a in page.articles),
        furniture=tuple(item(f) for f in page.furniture),
        unplaced=tuple(item(u) for u in page.unplaced),
    )
