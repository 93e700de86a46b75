"""The page as Markdown, for people reviewing a reconstruction.

One ``##`` heading per article (and no other ``##``), so the article count is visible at a glance
and a Markdown outline lists the titles. Unplaced text and warnings close the page, under a rule,
because a reviewer must see what the engine could not place or was unsure of.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from banmian.export.labels import closing_credit, jump_line, page_info_line
from banmian.model import Article, ArticleKind, Page, ParagraphRole, TextItem

UNTITLED = "(untitled)"
#: Kinds of page matter that is no article, named under the heading so a reviewer sees it so read.
NOT_ARTICLE_LABELS = {ArticleKind.LISTING: "*(listing)*", ArticleKind.ADVERTISEMENT: "*(advertisement)*"}
#: Heading when neither the page info nor a source file name is known.
UNKNOWN_PAGE = "(page)"

#: Characters Markdown would read as markup anywhere in a line. ``~`` matters in Chinese text:
#: ranges such as 3~5天 would become strikethrough on GitHub.
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]<>~])")
#: Line starts Markdown would read as a heading, a list item or a rule (``>`` and ``*`` are inline).
_BLOCK_MARKUP = re.compile(r"^([#+-])")
#: ``1.`` / ``1)`` at a line start would make an ordered list (and renumber it).
_ORDERED_LIST = re.compile(r"^(\d+)([.)])")


def page_to_markdown(page: Page) -> str:
    """Header, banners, the articles, then unplaced text and warnings; ends in a newline."""
    blocks = [f"# {escape_markdown(_page_title(page))}"]
    blocks += [f"**{escape_markdown(b.text)}**" for b in page.banners]
    for article in page.articles:
        blocks += _article(article)
    tail = _unplaced(page) + _warnings(page)
    if tail:
        blocks += ["---", *tail]
    return "\n\n".join(blocks) + "\n"


def _page_title(page: Page) -> str:
    info = page_info_line(page.info)
    if info:
        return info
    return PurePath(page.source.path).name if page.source.path else UNKNOWN_PAGE


def _article(article: Article) -> list[str]:
    blocks = []
    if article.kicker is not None:
        blocks.append(f"*{escape_markdown(article.kicker.text)}*")
    blocks.append("## " + (escape_markdown(article.title.text) if article.title is not None else UNTITLED))
    if article.kind in NOT_ARTICLE_LABELS:
        blocks.append(NOT_ARTICLE_LABELS[article.kind])
    if article.subtitle is not None:
        blocks.append(f"**{escape_markdown(article.subtitle.text)}**")
    closing = closing_credit(article)
    if article.byline is not None and not closing:
        blocks.append(escape_markdown(article.byline.text))
    if article.authors:
        blocks.append("Authors: " + "、".join(escape_markdown(a) for a in article.authors))
    blocks += [jump_line(j) for j in article.jumps if j.direction == "from"]
    for paragraph in article.paragraphs:
        text = escape_markdown(paragraph.text)
        blocks.append(f"### {text}" if paragraph.role is ParagraphRole.SUBHEADING else text)
    if closing and article.byline is not None:
        blocks.append(escape_markdown(article.byline.text))
    blocks += [f"> {escape_markdown(c.text)}" for c in article.captions]
    blocks += [jump_line(j) for j in article.jumps if j.direction == "to"]
    return blocks


def _unplaced(page: Page) -> list[str]:
    if not page.unplaced:
        return []
    return ["**Unplaced text**", "\n".join(f"- {escape_markdown(u.text)}{_where(u)}" for u in page.unplaced)]


def _warnings(page: Page) -> list[str]:
    if not page.warnings:
        return []
    return ["**Warnings**", "\n".join(f"- `{w.code}`: {escape_markdown(w.message)}" for w in page.warnings)]


def _where(item: TextItem) -> str:
    lines = item.provenance.lines
    if lines is None:
        return ""
    return f" (line {lines.first})" if lines.first == lines.last else f" (lines {lines.first}–{lines.last})"


def escape_markdown(text: str) -> str:
    """Text as one Markdown line that shows as written: markup escaped, breaks made spaces."""
    text = " ".join(text.split("\n")).strip()
    text = _BLOCK_MARKUP.sub(r"\\\1", _INLINE_MARKUP.sub(r"\\\1", text))
    return _ORDERED_LIST.sub(r"\1\\\2", text)
