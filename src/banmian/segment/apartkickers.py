"""A kicker printed in a block of its own over its title's block, read back as one stack.

Where blank lines mark the extractor's blocks (pdftotext), a kicker stands in a block of its own
and its title in the next, the title set tight (no blank line) over the article's first column:
「临江县推进秋粮收购」, a blank line, 「颗粒归仓 农民满意」, the text. The run's parse reads two
title-only stacks there, and the pairing gives the first to another body, or the title under it
to another body. When the body right under the title restates the upper headline's words, as an
article's lead restates its kicker, the two are that article's kicker and title; so is a
phrased line closing the run there that the parse read as a slogan banner (「抢抓晴好天气 确保颗粒
归仓」): the text restates it too, and a banner is not set tight over one article's first column.
Evaluation set, pdftotext: title 0.5621 -> 0.5643, kicker F1 0.5758 -> 0.5886, banner F1 0.8359
-> 0.8392, author F1 0.7667 -> 0.7676, article F1 0.7197 unchanged; pdftotext -layout title
0.6896 -> 0.6902, kicker 0.6776 -> 0.6829, banner 0.8448 -> 0.8485; pdfium unchanged (no blank
lines). Held-out set, pdftotext article F1 0.6520 -> 0.6522, kicker 0.5736 -> 0.5762; -layout
kicker 0.6527 -> 0.6517 (a title wrapped over two blocks read as kicker and title).
"""

from __future__ import annotations

from banmian.segment.affinity import affinity, bigrams, body_opening
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.stacks import HeadParse, Stack
from banmian.segment.unitshapes import blocks_apart

#: The body's lead must hold at least this share (0–1) of the upper headline's own CJK character
#: pairs (those the lower one lacks) for the upper headline to be read as its kicker: a kicker
#: names what the lead tells. Two notices of one formula (「林晓获评劳动模范」, 「何春生获评劳动
#: 模范」) share most pairs; only the name tells whose the text is. On the evaluation set's pdftotext pages the joins
#: kept at 0.5 had 0.56 to 1.0.
APART_KICKER_MIN_AFFINITY = 0.5
#: …and at least this share of the lower headline's pairs: a title's words come back in its text,
#: a headline of another article, set over this body by the page's drawing order, shares none
#: (the three joins that lowered the title score without it shared 0.0; the right ones 0.17 to
#: 1.0).
APART_TITLE_MIN_AFFINITY = 0.1
#: Characters of the body's opening compared (the lead): with 400, a short article's text
#: stitched onto the next one's (two notices in one narrow column) held the other's name
#: (pdftotext article F1 0.7195 at 400, 0.7197 at 200; title 0.5638 both).
APART_LEAD_CHARS = 200


def join_apart_kickers(
    entries: list, parses: dict, pairs: dict[int, tuple[Stack, bool]], leftover: list[tuple[Stack, int]]
) -> tuple[list[tuple[Stack, int]], set[int]]:
    """Rewrites ``pairs`` (body index -> stack, adjacent) where a run's last stack is a title-only
    headline in a block of its own over a title, or a phrased line read as a banner, set tight over
    the body below, that body restating both; returns ``leftover`` less the stacks so joined, and
    the banners (by identity) read as titles."""
    taken: set[int] = set()
    for k, entry in enumerate(entries[:-1]):
        below = entries[k + 1]
        if not isinstance(entry, Item) or entry.kind is not ItemKind.HEADS or not isinstance(below, ArticlePlan):
            continue
        if not below.parts or below.parts[0].first != entry.last + 1:
            continue
        found = _apart_pair(parses[id(entry)], entry.last)
        if found is None:
            continue
        upper, lower, banner = found
        title = banner if banner is not None else lower.title
        opening = body_opening(below.parts, APART_LEAD_CHARS)
        upper_pairs, lower_pairs = bigrams(upper.title.text), bigrams(title.text)
        if affinity(upper_pairs - lower_pairs, opening) < APART_KICKER_MIN_AFFINITY:
            continue
        if affinity(lower_pairs, opening) < APART_TITLE_MIN_AFFINITY:
            continue
        if _fits_its_own_body(upper, entries, pairs, k + 1, affinity(upper_pairs, opening)):
            continue
        held = pairs.get(k + 1)
        if held is not None and not (_holds(held[0], upper) or (lower is not None and _holds(held[0], lower))):
            continue
        bylines = () if lower is None else lower.bylines
        joined = Stack(upper.title, title, None, bylines, upper.confidence if lower is None else lower.confidence)
        parts = [upper] if lower is None else [upper, lower]
        for n, (stack, _) in list(pairs.items()):
            if any(_holds(stack, part) for part in parts):
                del pairs[n]
        pairs[k + 1] = (joined, True)
        leftover = [(s, run) for s, run in leftover if not any(_holds(s, part) for part in parts)]
        if banner is not None:
            taken.add(id(banner))
    return leftover, taken


def _apart_pair(parse: HeadParse, last_line: int) -> tuple[Stack, Stack | None, Unit | None] | None:
    """The run's closing title-only stack and what closes the run under it in a block of its own:
    a stack with a title and no kicker or subtitle, or a phrased line read as a banner."""
    stacks = parse.stacks
    if not stacks:
        return None
    closing = [b for b in parse.banners if b.lines[-1].number == last_line]
    if closing:
        upper, banner = stacks[-1], closing[0]
        if _bare_title(upper) and upper.title.lines[-1].number < banner.lines[0].number and blocks_apart(upper.title, banner):
            return upper, None, banner
        return None
    if len(stacks) < 2:
        return None
    upper, lower = stacks[-2], stacks[-1]
    if not _bare_title(upper) or lower.title is None or lower.kicker is not None or lower.subtitle is not None:
        return None
    if lower.units[-1].lines[-1].number != last_line or not blocks_apart(upper.title, lower.title):
        return None
    return upper, lower, None


def _bare_title(stack: Stack) -> bool:
    return stack.title is not None and stack.kicker is None and stack.subtitle is None and not stack.bylines


def _holds(stack: Stack, part: Stack) -> bool:
    """Whether a paired stack is ``part`` (by its title's lines; the pairing may have added
    bylines to it)."""
    return stack.title is not None and part.title is not None and stack.title.lines[0] is part.title.lines[0]


def _fits_its_own_body(upper: Stack, entries: list, pairs: dict[int, tuple[Stack, bool]], below: int, fit: float) -> bool:
    """The upper headline is paired with another body that restates it at least as much."""
    for n, (stack, _) in pairs.items():
        if n != below and _holds(stack, upper):
            other = entries[n]
            return bool(other.parts) and affinity(bigrams(upper.title.text), body_opening(other.parts)) >= fit
    return False
