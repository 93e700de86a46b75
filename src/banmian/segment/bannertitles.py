"""Titles that the headline rules took for slogan banners.

A title of two balanced phrases (「修好乡村公路 方便群众出行」) has a slogan banner's shape, and the
headline rules read such a line as a banner when nothing in its own run pairs it with a body. Two
positions show that it is a title after all:

- it stands right over an article that got no headline (or right under it, where the paper drew
  the title after its body and no byline opens the body), with no other line between them: a
  banner stands over the page or a group of articles, and one of two phrases beside a headless
  body is that body's missing title (banners of three or four slogans are left alone: no title is
  built so). Not under the text when the page's header or masthead stands between them: a line
  printed right under the header tops the page's next part (evaluation set pdfium title +0.0005,
  banner F1 +0.0044; seed 1003's banner F1 +0.0075; no set lost);
- drawn right under a headless article's text, it may be followed by a second line of two phrases:
  a headline is drawn whole after its body, so that line, when the text restates it, is the title
  under it as kicker (``_title_drawn_under``; seed 1005 pdfium title 0.9130 -> 0.9135, kicker F1
  0.8912 -> 0.8923, banner F1 0.9517 -> 0.9552; the evaluation set and seeds 1001, 1003 and 1013
  unchanged, pdftotext unchanged);
- it stands right under a headline that ends on a verb of speech (「林晓在调研时强调」): such a line is
  a kicker, and what follows it is what was said, the title, however many phrases it has;
- it stands right over the title of an article that has no kicker, and the article's text takes
  up its words (``KICKER_MIN_RECURRENCE``): it is that article's kicker (「植茶苗 修茶路 建茶厂」 over
  「青石镇茶产业带动农民增收」). A slogan banner speaks to the whole page, and its words are not the
  text's. Pdfium kicker F1 +0.0023 to +0.0068 and banner F1 +0.0065 to +0.0219 on the evaluation
  set and seeds 1001, 1003, 1005 and 1013; pdftotext's and `-layout`'s banner F1 +0.0029 to
  +0.0105 on seven of their ten readings of those sets, every other figure unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from banmian.segment.affinity import affinity, bigrams, body_opening
from banmian.segment.drawnafter import BODY_FIRST_JOIN_MIN_FIT
from banmian.segment.headpairs import KICKER_ENDING
from banmian.segment.headunits import Unit
from banmian.segment.plans import ArticlePlan
from banmian.segment.stacks import Stack

#: Most phrases of a banner-shaped line that may be a headless article's title: two-phrase titles
#: are common (「依法治水 还河于民」), three or more phrases are the slogan banners' own shape.
MAX_TITLE_PHRASES = 2
#: Fewest characters of text under a banner that make an article it may title: a stray piece of a
#: column cut off its article (「……专家学者与会。」) is no article, and a banner over it stays one. A
#: brief's text runs to two lines of a column at least.
MIN_TITLED_TEXT_CHARS = 30
#: Least share (0–1) of a banner-shaped line's character pairs that the text under the title below
#: it must hold for the line to be that title's kicker. On the pdfium pages of the evaluation set
#: and seeds 1001, 1003, 1005 and 1013, of the lines read as banners right over a title with no
#: kicker, the 119 banners of the truth shared at most 0.31 of their pairs with that article's text
#: (88 none), 19 of the 21 kickers 0.36 to 0.82 (the other two 0.27 and 0); 0.4 leaves a margin
#: over the banners. pdftotext's such banners shared at most 0.25.
KICKER_MIN_RECURRENCE = 0.4


def titles_from_banners(
    plans: Sequence[ArticlePlan], banners: list[Unit], held: frozenset[int], page_top: frozenset[int]
) -> list[Unit]:
    """Give the plans the titles that stand among ``banners`` (see the module's docstring); return
    the banners left. ``held`` holds the numbers of the page's lines that some item holds
    (``segment.junctions.printed_lines``): two lines with none of them between stand next to each
    other (blank lines aside). ``page_top``: the first lines of the items printed right under the
    page's furniture (header, masthead)."""
    left = list(banners)
    for plan in plans:
        headless = _headless(plan.stack)
        banner = _headless_title(plan, left, held, page_top) if headless else _speech_object(plan, left, held)
        if banner is None:
            kicker = None if headless else _restated_kicker(plan, left, held)
            if kicker is not None:
                left.remove(kicker)
                plan.stack = replace(plan.stack, kicker=kicker)
            continue
        left.remove(banner)
        title = _title_drawn_under(plan, banner, left, held) if headless else None
        if title is not None:
            left.remove(title)
            plan.stack = Stack(banner, title, None, plan.stack.bylines if plan.stack else (), plan.confidence)
        elif plan.stack is None:
            plan.stack = Stack(None, banner, None, (), plan.confidence)
        elif headless:
            plan.stack = replace(plan.stack, title=banner)
        else:
            plan.stack = replace(plan.stack, kicker=plan.stack.title, title=banner)
    return left


def _headless(stack: Stack | None) -> bool:
    """No headline line: no stack, or one of bylines only (or none)."""
    return stack is None or (stack.kicker is None and stack.title is None and stack.subtitle is None)


def _headless_title(plan: ArticlePlan, banners: list[Unit], held: frozenset[int], page_top: frozenset[int]) -> Unit | None:
    if not plan.parts or plan.claimed:
        return None
    if sum(len(line.text) for part in plan.parts for line in part.lines) < MIN_TITLED_TEXT_CHARS:
        return None
    first, last = plan.parts[0].lines[0].number, plan.parts[-1].lines[-1].number
    bylined = plan.stack is not None and bool(plan.stack.bylines)
    if bylined:
        first = min(first, plan.stack.first_line)  # the title stands over the byline, never under the body
    for banner in banners:
        if banner.lines[0].phrases > MAX_TITLE_PHRASES:
            continue
        top, bottom = banner.lines[0].number, banner.lines[-1].number
        below = not bylined and top not in page_top and _adjacent(last, top, held)
        if _adjacent(bottom, first, held) or below:
            return banner
    return None


def _title_drawn_under(plan: ArticlePlan, kicker: Unit, banners: list[Unit], held: frozenset[int]) -> Unit | None:
    """A second line of two phrases right under the banner a headless article took, drawn after
    its text, is the title under that kicker when the text restates it
    (``drawnafter.BODY_FIRST_JOIN_MIN_FIT``): a headline is drawn whole after its body."""
    if not plan.parts or not _adjacent(plan.parts[-1].lines[-1].number, kicker.lines[0].number, held):
        return None
    opening = body_opening(plan.parts)
    for banner in banners:
        if banner.lines[0].phrases > MAX_TITLE_PHRASES or not _adjacent(kicker.lines[-1].number, banner.lines[0].number, held):
            continue
        if affinity(bigrams(banner.text), opening) >= BODY_FIRST_JOIN_MIN_FIT:
            return banner
    return None


def _speech_object(plan: ArticlePlan, banners: list[Unit], held: frozenset[int]) -> Unit | None:
    stack = plan.stack
    if stack is None or stack.kicker is not None or stack.title is None or stack.subtitle is not None:
        return None
    if KICKER_ENDING.search(stack.title.text) is None:
        return None
    end = stack.title.lines[-1].number
    return next((b for b in banners if _adjacent(end, b.lines[0].number, held)), None)


def _restated_kicker(plan: ArticlePlan, banners: list[Unit], held: frozenset[int]) -> Unit | None:
    stack = plan.stack
    if stack is None or stack.kicker is not None or stack.title is None or not plan.parts:
        return None
    top = stack.title.lines[0].number
    text: str | None = None
    for banner in banners:
        if not _adjacent(banner.lines[-1].number, top, held):
            continue
        if text is None:
            text = body_opening(plan.parts, None)
        if affinity(bigrams(banner.text), text) >= KICKER_MIN_RECURRENCE:
            return banner
    return None


def _adjacent(upper: int, lower: int, held: frozenset[int]) -> bool:
    """Line ``lower`` comes right after line ``upper``: no line between them holds text."""
    return upper < lower and not any(k in held for k in range(upper + 1, lower))
