"""What is drawn over a page, worked out once from the ``Page`` for both the PNG and the HTML view.

An article's region is the union of its items' boxes (kicker, title, subtitle, byline, paragraphs,
captions, jump notes): that is what the engine actually attached to the article, so a paragraph
wrongly attached shows up as a region stretched across the page. The article's own box is used
only when none of its items has one.
"""

from __future__ import annotations

from dataclasses import dataclass

from banmian.model import Article, BBox, Page, Provenance
from banmian.render.palette import (
    LABEL_BYLINE,
    LABEL_CAPTION,
    LABEL_KICKER,
    LABEL_SUBTITLE,
    LABEL_TITLE,
    Colour,
    article_colour,
    article_number,
)

#: Kinds of the shaded, non-article boxes.
BANNER = "banner"
FURNITURE = "furniture"


@dataclass(frozen=True, slots=True)
class ItemBox:
    """One part of an article: its box and its letter (``None`` for a paragraph)."""

    bbox: BBox
    label: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleRegion:
    """An article on the page: ``position`` is its 0-based order, ``number`` the one shown."""

    position: int
    number: int
    article: Article
    colour: Colour
    bbox: BBox
    items: tuple[ItemBox, ...]


@dataclass(frozen=True, slots=True)
class TextBox:
    """A banner, a piece of furniture or unplaced text: its kind, text and box."""

    kind: str
    text: str
    bbox: BBox


@dataclass(frozen=True, slots=True)
class PageRegions:
    articles: tuple[ArticleRegion, ...]
    shaded: tuple[TextBox, ...]
    unplaced: tuple[TextBox, ...]


def page_regions(page: Page, page_index: int) -> PageRegions:
    """The regions of ``page``, which is PDF page ``page_index``; boxes from other pages are left out."""
    articles = []
    for position, article in enumerate(page.articles):
        items = _items(article, page_index)
        bbox = _union([i.bbox for i in items]) or _box(article.provenance, page_index)
        if bbox is None:
            continue  # nothing to draw (an article read from a text layer)
        number = article_number(article.id, position)
        articles.append(ArticleRegion(position, number, article, article_colour(position), bbox, items))
    shaded = [
        TextBox(kind, item.text, box)
        for kind, group in ((BANNER, page.banners), (FURNITURE, page.furniture))
        for item in group
        if (box := _box(item.provenance, page_index)) is not None
    ]
    unplaced = [
        TextBox("unplaced", item.text, box)
        for item in page.unplaced
        if (box := _box(item.provenance, page_index)) is not None
    ]
    return PageRegions(tuple(articles), tuple(shaded), tuple(unplaced))


def _items(article: Article, page_index: int) -> tuple[ItemBox, ...]:
    labelled = (
        (article.kicker, LABEL_KICKER),
        (article.title, LABEL_TITLE),
        (article.subtitle, LABEL_SUBTITLE),
        (article.byline, LABEL_BYLINE),
    )
    provenances: list[tuple[Provenance, str | None]] = [(i.provenance, label) for i, label in labelled if i is not None]
    provenances += [(p.provenance, None) for p in article.paragraphs]
    provenances += [(c.provenance, LABEL_CAPTION) for c in article.captions]
    provenances += [(j.provenance, None) for j in article.jumps]
    return tuple(ItemBox(box, label) for prov, label in provenances if (box := _box(prov, page_index)) is not None)


def _box(provenance: Provenance, page_index: int) -> BBox | None:
    if provenance.bbox is None or provenance.page_index not in (None, page_index):
        return None
    return provenance.bbox


def _union(boxes: list[BBox]) -> BBox | None:
    if not boxes:
        return None
    out = boxes[0]
    for box in boxes[1:]:
        out = out.union(box)
    return out
