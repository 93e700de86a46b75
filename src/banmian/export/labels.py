"""Lines that the Markdown and the plain-text outputs word the same way."""

from __future__ import annotations

from banmian.model import Article, JumpNote, PageInfo

#: Brackets a brief's closing credit is printed in (「……开幕。（林晓 何春生）」).
CREDIT_BRACKETS = (("（", "）"), ("(", ")"))


def page_info_line(info: PageInfo) -> str:
    """``临江日报 · 2024-03-12 · 第1版 · 要闻`` from what is known; empty when nothing is."""
    parts = [
        info.newspaper,
        None if info.date is None else info.date.isoformat(),
        None if info.page_number is None else f"第{info.page_number}版",
        info.section,
    ]
    return " · ".join(p for p in parts if p)


def jump_line(jump: JumpNote) -> str:
    """``→ 下转第2版`` / ``← 上接第1版``, normalised so readers need not parse 第二版 / 第2版 / 2版.

    The note as printed is used when its page number is unknown, so nothing is lost.
    """
    if jump.direction == "to":
        return "→ " + (f"下转第{jump.page_number}版" if jump.page_number is not None else jump.text)
    return "← " + (f"上接第{jump.page_number}版" if jump.page_number is not None else jump.text)


def closing_credit(article: Article) -> bool:
    """The byline is a bracket of names alone, a brief's credit that closes its text on the page
    (「（林晓 何春生）」): the outputs print it after the text, where the page does, not over it as a
    byline that opens the article (「本报讯（记者 林晓）」)."""
    if article.byline is None:
        return False
    text = article.byline.text.strip()
    return any(text.startswith(left) and text.endswith(right) for left, right in CREDIT_BRACKETS)
