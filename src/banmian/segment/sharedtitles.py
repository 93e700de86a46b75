"""Two articles' titles printed on one line, cut apart by the bodies that restate them.

Two articles set side by side have their titles on one row, and pdfium writes a row as one line:
「临江县召开春耕动员会 青石镇茶园扩种五千亩」. The headline steps read it as one title with a gap
between its phrases (「武汉 办好军运会 城市展新貌」 is one), and give it to one of the two texts;
the other is left without a title. The words tell them apart: an article's lead restates its
title (segment.affinity). Rule: a plan's title of one line, cut at a gap into two parts of which
its own lead restates one (more than ``UNRESTATED_MAX_FIT``) and not the other (at most that),
while the lead of a text without a title restates the other nearly whole (``RESTATED_MIN_FIT``),
keeps its part; the other text takes the rest as its title. A photo's caption restates its title
as a lead does: a photo's title beside an article's on one row is cut so too. The thresholds are
segment.restated's, measured there on titles printed away from their texts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from banmian.fields.caption import without_credit
from banmian.segment.affinity import affinity, bigrams, body_opening
from banmian.segment.headunits import Unit
from banmian.segment.plans import DISTANT_CONFIDENCE, ArticlePlan
from banmian.segment.restated import (
    RESTATED_LEAD_CHARS,
    RESTATED_MIN_FIT,
    RESTATED_MIN_PAIRS,
    UNRESTATED_MAX_FIT,
)
from banmian.segment.stacks import Stack


def split_shared_titles(plans: list[ArticlePlan]) -> None:
    """Rewrites the stacks of the plans whose one-line title holds another text's title."""
    untitled = [p for p in plans if p.parts and not p.claimed and (p.stack is None or p.stack.title is None)]
    if not untitled:
        return
    leads: dict[int, str] = {}

    def lead(plan: ArticlePlan) -> str:
        """The body's opening, or a photo's caption without its credit: what restates the title."""
        if id(plan) not in leads:
            leads[id(plan)] = body_opening(plan.parts, RESTATED_LEAD_CHARS) if plan.parts else without_credit(plan.caption_text)
        return leads[id(plan)]

    for plan in plans:
        title = plan.stack.title if plan.stack is not None else None
        if title is None or len(title.lines) != 1 or not (plan.parts or plan.captions) or " " not in title.text.strip():
            continue
        for own, other in _cuts(title.text):
            if affinity(bigrams(own), lead(plan)) <= UNRESTATED_MAX_FIT or affinity(bigrams(other), lead(plan)) > UNRESTATED_MAX_FIT:
                continue
            taker = _restating(bigrams(other), [p for p in untitled if p is not plan], lead)
            if taker is None:
                continue
            plan.stack = replace(plan.stack, title=_part(title, own))
            moved = _part(title, other)
            taker.stack = replace(taker.stack, title=moved) if taker.stack is not None else _stack_of(plan, moved)
            taker.confidence = min(taker.confidence, DISTANT_CONFIDENCE)
            untitled.remove(taker)
            break


def _cuts(text: str) -> list[tuple[str, str]]:
    """(kept part, moved part) for each gap of the title, each way round: both parts long enough
    to be told by their words (RESTATED_MIN_PAIRS)."""
    text = text.strip()
    out: list[tuple[str, str]] = []
    for k, ch in enumerate(text):
        if ch != " ":
            continue
        left, right = text[:k].strip(), text[k + 1 :].strip()
        if len(bigrams(left)) >= RESTATED_MIN_PAIRS and len(bigrams(right)) >= RESTATED_MIN_PAIRS:
            out.extend([(left, right), (right, left)])
    return out


def _restating(title_pairs: frozenset[str], candidates: list[ArticlePlan], lead: Callable[[ArticlePlan], str]) -> ArticlePlan | None:
    """The candidate whose lead restates the title most, if it restates it (RESTATED_MIN_FIT)."""
    fits = [(affinity(title_pairs, lead(p)), k) for k, p in enumerate(candidates)]
    fit, best = max(fits, default=(0.0, -1))
    return candidates[best] if fit >= RESTATED_MIN_FIT else None


def _part(title: Unit, text: str) -> Unit:
    """The title unit holding only ``text`` of its line (the source line stays its provenance)."""
    line = title.lines[0]
    return Unit(title.role, (line._replace(text=text.replace(" ", ""), heading_text=text, raw=text),))


def _stack_of(plan: ArticlePlan, title: Unit) -> Stack:
    """A stack holding only ``title``, for a text that had none."""
    return Stack(None, title, None, (), plan.stack.confidence if plan.stack is not None else DISTANT_CONFIDENCE)
