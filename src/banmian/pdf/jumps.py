"""Jump notes across the pages of one PDF: an article cut by 「（下转第二版）」 and its
continuation headed by 「（上接第一版）」 are read as one article.

Matching, for every part with a "to" note on page P pointing at page N:

* candidates are the articles on page N (by printed page number, else by position in the PDF)
  with a "from" note pointing back at P; a "from" note without a page number matches any P;
* the continuation repeats the title (often shortened: 「县里送温暖」 for the front page's
  「县里为困难群众送温暖」), so candidates are ranked by how much of the shorter title the
  longer one holds in order (``title_likeness``); with one candidate, no title is needed, with
  several the best one must reach ``MIN_TITLE_LIKENESS``;
* each part is used once; chains (page 1 → 2 → 3) follow "to" notes on the continuations.

The pages keep their parts as they are (each with its ``continued_to`` / ``continued_from``): the
linked article is an addition, exported once, whole, with ``pages`` and its ``parts`` in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from banmian.model import Article, Page, Paragraph

#: With several continuations to choose from, the best must share at least this share (0..1) of
#: the shorter title, in order (a repeated title is shortened, not rewritten).
MIN_TITLE_LIKENESS = 0.5
#: Characters that end a sentence: a part whose last paragraph ends otherwise was cut mid-paragraph,
#: and the continuation's first paragraph runs on from it.
SENTENCE_END = frozenset("。！？…”’」』")


@dataclass(frozen=True, slots=True)
class ArticlePart:
    """One printed piece of a linked article: where it is and which page article it is."""

    page_index: int  # 0-based position in the PDF
    page_number: int  # printed page number (its position + 1 when none is printed)
    article_id: str

    def to_dict(self) -> dict[str, Any]:
        return {"page_index": self.page_index, "page_number": self.page_number, "article_id": self.article_id}


@dataclass(frozen=True, slots=True)
class LinkedArticle:
    """An article printed over several pages, whole: the first part's headline and byline, the
    parts' paragraphs and captions in order, no jump notes (they are on the parts)."""

    article: Article
    parts: tuple[ArticlePart, ...]

    @property
    def pages(self) -> tuple[int, ...]:
        return tuple(p.page_number for p in self.parts)

    def to_dict(self) -> dict[str, Any]:
        return {**self.article.to_dict(), "pages": list(self.pages), "parts": [p.to_dict() for p in self.parts]}


def page_number(page: Page, position: int) -> int:
    return page.info.page_number if page.info.page_number is not None else position + 1


def title_likeness(a: str, b: str) -> float:
    """Share of the shorter title found, in order, in the longer one (longest common subsequence)."""
    a, b = "".join(a.split()), "".join(b.split())
    if not a or not b:
        return 0.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    prev = [0] * (len(long_) + 1)
    for ch in short:
        cur = [0]
        for j, other in enumerate(long_):
            cur.append(prev[j] + 1 if ch == other else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1] / len(short)


def link_jumps(pages: Sequence[Page]) -> list[LinkedArticle]:
    """The articles continued across pages of one document, each whole, in reading order of their
    first parts."""
    numbers = [page_number(p, i) for i, p in enumerate(pages)]
    used: set[tuple[int, str]] = set()
    out: list[LinkedArticle] = []
    for i, page in enumerate(pages):
        for article in page.articles:
            if (i, article.id) in used or article.continued_to is None or article.continued_from is not None:
                continue
            chain = [(i, article)]
            while True:
                pi, part = chain[-1]
                nxt = _continuation(pages, numbers, pi, part, used | {(k, a.id) for k, a in chain})
                if nxt is None:
                    break
                chain.append(nxt)
                if nxt[1].continued_to is None:
                    break
            if len(chain) > 1:
                used.update((k, a.id) for k, a in chain)
                out.append(_whole(chain, numbers))
    return out


def _continuation(
    pages: Sequence[Page], numbers: Sequence[int], i: int, part: Article, taken: set[tuple[int, str]]
) -> tuple[int, Article] | None:
    target = part.continued_to
    candidates = [
        (k, a)
        for k, p in enumerate(pages)
        if k != i and numbers[k] == target
        for a in p.articles
        if (k, a.id) not in taken and any(j.direction == "from" and j.page_number in (None, numbers[i]) for j in a.jumps)
    ]
    if not candidates:
        return None
    title = part.title.text if part.title else ""
    scored = sorted(candidates, key=lambda c: -title_likeness(title, c[1].title.text if c[1].title else ""))
    best = scored[0]
    if len(candidates) > 1 and title_likeness(title, best[1].title.text if best[1].title else "") < MIN_TITLE_LIKENESS:
        return None
    return best


def _whole(chain: Sequence[tuple[int, Article]], numbers: Sequence[int]) -> LinkedArticle:
    first = chain[0][1]
    paragraphs: list[Paragraph] = []
    captions = []
    authors: dict[str, None] = {}
    for n, (_, a) in enumerate(chain):
        authors.update(dict.fromkeys(a.authors))
        captions += a.captions
        body = list(a.paragraphs)
        if n and paragraphs and body and paragraphs[-1].text[-1:] not in SENTENCE_END:
            # The page break cut a paragraph: its halves are one paragraph again.
            head = paragraphs.pop()
            body[0] = replace(head, text=head.text + body[0].text, confidence=min(head.confidence, body[0].confidence))
        paragraphs += body
    whole = replace(
        first,
        id="j" + "-".join(f"{k + 1}.{a.id}" for k, a in chain),
        authors=tuple(authors),
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        jumps=(),
        confidence=min(a.confidence for _, a in chain),
    )
    parts = tuple(ArticlePart(k, numbers[k], a.id) for k, a in chain)
    return LinkedArticle(whole, parts)
