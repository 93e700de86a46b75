"""The page as plain text, for reading and for text corpora.

Only what a reader of the articles wants: headline lines, paragraphs, captions and jump notes.
Page furniture, listings and advertisements (articles of kind ``listing`` and ``advertisement``),
unplaced text and warnings are left to the JSON and Markdown outputs, where they are labelled; in
a text corpus they would pass for article text.
"""

from __future__ import annotations

from banmian.export.labels import closing_credit, jump_line, page_info_line
from banmian.model import Article, ArticleKind, Page

#: Between two articles: two blank lines, one more than between paragraphs, so the gap is visible.
ARTICLE_GAP = "\n\n\n"
#: Between two blocks of one article (title block, paragraphs, captions): one blank line.
BLOCK_GAP = "\n\n"
#: Kinds of page matter that is no article's text.
LEFT_OUT_KINDS = frozenset({ArticleKind.LISTING, ArticleKind.ADVERTISEMENT})


def page_to_text(page: Page) -> str:
    """Header line (when the page info is known), banners, then the articles; ends in a newline."""
    parts = [page_info_line(page.info), BLOCK_GAP.join(b.text for b in page.banners)]
    parts += [_article(a) for a in page.articles if a.kind not in LEFT_OUT_KINDS]
    return ARTICLE_GAP.join(p for p in parts if p) + "\n"


def _article(article: Article) -> str:
    """Title block as consecutive lines (kicker, title, subtitle, byline), then one block each; a
    brief's closing credit after its text (``labels.closing_credit``)."""
    closing = closing_credit(article)
    head = (article.kicker, article.title, article.subtitle, None if closing else article.byline)
    blocks = ["\n".join(item.text for item in head if item is not None)]
    blocks += [jump_line(j) for j in article.jumps if j.direction == "from"]
    blocks += [p.text for p in article.paragraphs]
    if closing and article.byline is not None:
        blocks.append(article.byline.text)
    blocks += [c.text for c in article.captions]
    blocks += [jump_line(j) for j in article.jumps if j.direction == "to"]
    return BLOCK_GAP.join(b for b in blocks if b)
