"""How well a headline fits a body: the words of a title come back in its own article.

A headline summarises its article, so the character pairs of its title, kicker and subtitle recur
in the article's opening far more than in a neighbour's. This decides between the two readings of
a page (headlines before or after their bodies) where the page's shape alone cannot, and which
left-over headline belongs to which body without one.
"""

from __future__ import annotations

from operator import add

from banmian.layout.punctuation import CJK_RUN
from banmian.segment.items import Item
from banmian.segment.stacks import Stack

#: Characters of a body's opening compared with its headline: the lead paragraph names what the
#: title names; further down the text drifts to details.
BODY_OPENING_CHARS = 400


def stack_bigrams(stack: Stack) -> frozenset[str]:
    parts = [u.text for u in (stack.kicker, stack.title, stack.subtitle) if u is not None]
    return bigrams("".join(parts))


def body_opening(parts: list[Item], limit: int | None = BODY_OPENING_CHARS) -> str:
    """The first ``limit`` characters of a body (all of it with ``None``)."""
    if limit is None:
        return "".join([line.text for part in parts for line in part.lines])
    out: list[str] = []
    size = 0
    for part in parts:
        for line in part.lines:
            out.append(line.text)
            size += len(line.text)
            if limit is not None and size >= limit:
                return "".join(out)
    return "".join(out)


def affinity(title_bigrams: frozenset[str], opening: str) -> float:
    """Share (0–1) of the headline's CJK character pairs found in the body's opening."""
    if not title_bigrams or not opening:
        return 0.0
    return len([pair for pair in title_bigrams if pair in opening]) / len(title_bigrams)


def bigrams(text: str) -> frozenset[str]:
    """Adjacent pairs of the text's CJK characters, punctuation and Latin skipped."""
    chars = "".join(CJK_RUN.findall(text))
    # Each character added to the next, in a C loop: the pairs chars[k : k + 2], a little faster.
    return frozenset(map(add, chars, chars[1:]))


class GrowingPairs:
    """``bigrams`` of a text that grows piece by piece, each piece scanned once: asking ``bigrams``
    of the whole text after each piece costs time quadratic in its length (the stitcher asks at
    every block break of a long body run: 15 times over 650 characters on the real sample page).
    Non-CJK characters are dropped one by one, so the pairs of a joined text are those of its
    pieces and the pair across each junction (the last CJK character before it and the first after).
    ``pairs`` is the set so far; it changes as pieces are added."""

    __slots__ = ("_last", "pairs")

    def __init__(self) -> None:
        self.pairs: set[str] = set()
        self._last = ""  # the text's last CJK character so far

    def add(self, text: str) -> None:
        chars = self._last + "".join(CJK_RUN.findall(text))
        if chars:
            self.pairs.update(map(add, chars, chars[1:]))
            self._last = chars[-1]
