"""Two headline stacks side by side that the extractor printed row by row, crossed.

pdftotext reads the headlines of two articles set side by side line by line across both, when
their lines stand at about the same heights: kicker A, kicker B, title A, title B. Read in page
order, the run then divides into stacks of the wrong pieces (kicker A over kicker B, title A over
title B), or stays one stack when only one body stands next to it. On the evaluation set's
pdftotext pages, 16 of the 34 runs of four headline units whose stacks all found a body were
crossed in this way (8 were two stacks in page order, 10 something else); pdfium, which follows
the drawing order, printed none.

The run's shape cannot tell the readings apart (a kicker and a title look alike in text), but the
bodies can: a headline's words come back in its own article's opening. So once the reading of the
page is chosen, a run of four headline units is read crossed, first unit with third and second
with fourth, when each crossed stack then fits a body of its own (CROSSED_MIN_FIT) and together
they fit clearly better than the run as it was read (CROSSED_MIN_GAIN). A run read as one stack
gives its second crossed stack to the body without a headline that it fits best.
"""

from __future__ import annotations

from dataclasses import replace

from banmian.segment.headfits import Fits
from banmian.segment.headunits import Unit, units_of
from banmian.segment.items import Item, ItemKind
from banmian.segment.kickers import group_fields
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack

#: Reading a run crossed must raise the summed fit (affinity, 0–1 each) of its stacks to their
#: bodies by at least this much. On the evaluation set's pdftotext pages the crossed runs that
#: CROSSED_MIN_FIT lets through gain 0.24 and more, and two stacks in page order mostly lose by
#: crossing, each crossed one holding half of another article's words.
CROSSED_MIN_GAIN = 0.2
#: Each crossed stack must fit its own body at least this much (affinity, 0–1): the halves of one
#: article's headline (a kicker and a title each wrapped in two pieces) gain too when crossed, one
#: of them facing a body that is not theirs, which it hardly fits. Of the evaluation set's runs
#: (all three pdftotext readings and pdfium) that gain CROSSED_MIN_GAIN, the crossed ones fit 0.26
#: and more, the others 0.19 at most: the bound is set between.
CROSSED_MIN_FIT = 0.22
#: Headline units of a run that can be two crossed stacks of two. Runs of three (two stacks read
#: as one over two, 「title A / title B / ——subtitle A」) were tried too: on the evaluation set
#: pdftotext title accuracy 0.467 either way, `pdftotext -layout` caption F1 0.640 -> 0.638 (a
#: kicker over a title wrapped in two pieces is three units of one stack).
CROSSED_UNITS = 4
#: Confidence of a crossed stack: the order it was read in was the extractor's, not the page's.
CROSSED_CONFIDENCE = 0.6


def uncross_runs(entries: list, parses: dict, pairs: dict[int, tuple[Stack, bool]], fits: Fits) -> None:
    """Read crossed, in ``pairs``, each run of four headline units that its bodies say is crossed."""
    owner = {id(stack): k for k, (stack, _) in pairs.items()}
    for entry in entries:
        if isinstance(entry, ArticlePlan) or entry.kind is not ItemKind.HEADS:
            continue
        stacks = parses[id(entry)].stacks
        if not 1 <= len(stacks) <= 2 or any(id(s) not in owner for s in stacks):
            continue
        units = _crossable_units(entry, stacks)
        if units is None:
            continue
        crossed = (_stack(units[0::2]), _stack(units[1::2]))
        bodies = [owner[id(s)] for s in stacks]
        bylines: tuple[Unit, ...] = ()
        if len(bodies) == 1:
            free = [k for k, e in enumerate(entries) if isinstance(e, ArticlePlan) and e.parts and _untitled(pairs.get(k))]
            if not free:
                continue
            host = bodies[0]
            near = max(crossed, key=lambda s: fits.fit(s, entries[host]))
            far = crossed[1] if near is crossed[0] else crossed[0]
            if fits.fit(far, entries[host]) >= CROSSED_MIN_FIT:
                continue  # one article's kicker, title and subtitle: each fits the body below
            other = max(free, key=lambda k: fits.fit(far, entries[k]))
            if other in pairs:
                bylines = pairs[other][0].bylines  # a stack of bylines alone heads that body
            bodies.append(other)
            crossed = (near, far)
        was = sum(fits.fit(s, entries[k]) for s, k in zip(stacks, bodies, strict=False))
        straight = [fits.fit(s, entries[k]) for s, k in zip(crossed, bodies, strict=True)]
        swapped = [fits.fit(s, entries[k]) for s, k in zip(crossed[::-1], bodies, strict=True)]
        if sum(swapped) > sum(straight):
            crossed, straight = crossed[::-1], swapped
        if sum(straight) < was + CROSSED_MIN_GAIN or min(straight) < CROSSED_MIN_FIT:
            continue
        for stack, k in zip(crossed, bodies, strict=True):
            pairs[k] = (stack, False)
        if bylines:
            pairs[bodies[1]] = (replace(crossed[1], bylines=bylines), False)


def _untitled(pair: tuple[Stack, bool] | None) -> bool:
    """A body without a headline, or with a stack of bylines alone."""
    return pair is None or (pair[0].kicker is None and pair[0].title is None and pair[0].subtitle is None)


def _crossable_units(entry: Item, stacks: tuple[Stack, ...]) -> list[Unit] | None:
    """The run's four headline units, when its stacks hold them and nothing else (no byline): the
    shape a crossed pair of stacks is read in. A dashed subtitle may end the run (it goes with the
    title two units above it: 「kicker A / title B / title A / ——subtitle B」), none may open it."""
    if any(s.bylines for s in stacks):
        return None
    units = units_of(entry)
    if len(units) != CROSSED_UNITS or units[0].role is not Role.HEADING or units[1].role is not Role.HEADING:
        return None
    if any(u.role not in (Role.HEADING, Role.SUBTITLE) for u in units[2:]):
        return None
    held = {ln.number for s in stacks for u in (s.kicker, s.title, s.subtitle) if u is not None for ln in u.lines}
    if held != {ln.number for u in units for ln in u.lines}:
        return None
    return units


def _stack(members: list[Unit]) -> Stack:
    """The stack of two units read one above the other, a dashed subtitle under its title."""
    upper, lower = members
    if lower.role is Role.SUBTITLE:
        return Stack(None, upper, lower, (), CROSSED_CONFIDENCE)
    kicker, title, subtitle = group_fields(members, True)
    return Stack(kicker, title, subtitle, (), CROSSED_CONFIDENCE)
