"""A headline left with no text of its own joins the headline it was printed against.

A page's plan can leave a stack that no body took and no photo caption claimed: it would print as
an article of a headline and nothing else. No article is printed so; such a stack is nearly always
a piece of the headline set right above or below it that the run's parse read as a headline of its
own (a kicker over its title over a photo: 「临江县召开春耕动员会」/「抓农时 保供给」, the second
read as a second title). When the lines of an article's headline run straight on into it (the two
share no line between them), the two are one headline again, divided into kicker, title and
subtitle by the pair weights (segment.kickers), as any units of one stack.

Lines right under a dashed subtitle (「——……」) that they touch go on with it: a title is never
set under its own subtitle. A box's label (简讯) is no headline piece: it heads its box alone.
A stack with a byline, or one that another headline does not touch, stays as it is: it may be a
photo's title or a headline whose body the page lost, and the reader sees it.
"""

from __future__ import annotations

from dataclasses import replace

from banmian.layout.lines import SUBTITLE_DASHES
from banmian.segment.headunits import Unit
from banmian.segment.kickers import group_fields
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import BOX_LABELS, Role
from banmian.segment.stacks import Stack

#: Confidence of a headline joined so: the join is a guess from the lines' places alone.
JOINED_CONFIDENCE = 0.6


def join_bodiless_stacks(plans: list[ArticlePlan]) -> list[ArticlePlan]:
    """``plans`` less the headline-only plans whose stack ran on into another plan's headline;
    that headline takes their lines."""
    joined: set[int] = set()
    for plan in plans:
        stack = plan.stack
        if plan.parts or plan.captions or stack is None or stack.bylines or not _joinable(stack):
            continue
        host = _touching(plan, plans, joined)
        if host is None:
            continue
        host.stack = _merged(host.stack, stack)
        joined.add(id(plan))
    return [p for p in plans if id(p) not in joined]


def _touching(orphan: ArticlePlan, plans: list[ArticlePlan], joined: set[int]) -> ArticlePlan | None:
    """The plan with a body whose headline lines run straight on into the orphan's (the line
    right above its first or right below its last), the one above first."""
    first, last = _span(orphan.stack)
    above = below = None
    for plan in plans:
        if plan is orphan or not plan.parts or plan.stack is None or id(plan) in joined or not _joinable(plan.stack):
            continue
        top, bottom = _span(plan.stack)
        if bottom == first - 1:
            above = plan
        elif top == last + 1:
            below = plan
    return above or below


def _merged(host: Stack, guest: Stack) -> Stack:
    confidence = min(host.confidence, JOINED_CONFIDENCE)
    lowest = max(_head_units(host), key=lambda u: u.lines[-1].number)
    if lowest is host.subtitle and lowest.text.startswith(SUBTITLE_DASHES) and _span(guest)[0] > lowest.lines[-1].number:
        if not lowest.text.strip("".join(SUBTITLE_DASHES) + " "):
            # A dash alone on its line ends the kicker above it (「……文化站站长林晓」/「——」): the
            # line below the dash is the title it leads into.
            above = tuple(ln for u in (host.kicker, host.title) if u is not None for ln in u.lines)
            kicker = Unit(Role.HEADING, (*above, *lowest.lines))
            title = Unit(Role.HEADING, tuple(ln for u in (guest.kicker, guest.title) if u is not None for ln in u.lines))
            return replace(host, kicker=kicker, title=title if title.lines else None, subtitle=guest.subtitle, confidence=confidence)
        tail = tuple(ln for u in _head_units(guest) for ln in u.lines)
        return replace(host, subtitle=Unit(Role.SUBTITLE, (*lowest.lines, *tail)), confidence=confidence)
    units = sorted(_head_units(host) + _head_units(guest), key=lambda u: u.lines[0].number)
    dashed = [u for u in units if u.text.startswith(SUBTITLE_DASHES)]
    members = [Unit(Role.HEADING, u.lines) for u in units if u not in dashed]
    if not members:
        return host
    kicker, title, plain = group_fields(members, not dashed)
    subtitle = Unit(Role.SUBTITLE, tuple(ln for u in dashed for ln in u.lines)) if dashed else plain
    return replace(host, kicker=kicker, title=title, subtitle=subtitle, confidence=confidence)


def _joinable(stack: Stack) -> bool:
    units = _head_units(stack)
    return bool(units) and not any(u.text.replace(" ", "") in BOX_LABELS for u in units)


def _head_units(stack: Stack) -> list[Unit]:
    return [u for u in (stack.kicker, stack.title, stack.subtitle) if u is not None]


def _span(stack: Stack) -> tuple[int, int]:
    """First and last line of the stack's headline (its bylines left out; an orphan has none)."""
    numbers = [ln.number for u in _head_units(stack) for ln in u.lines]
    return min(numbers), max(numbers)
