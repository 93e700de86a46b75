"""The two readings of a page's order, and what each costs.

Extractors put a headline either before its body (reading order, poppler) or after it (drawing
order of many e-paper PDFs: body first). A page is consistent, so both readings are tried and the
one that leaves fewer bodies without a headline, fewer headlines without a body, and fewer
headlines placed far from their body wins. A reading re-splits headline runs where the page asks
for more or fewer headlines than the default split gives, when that lowers its cost.
"""

from __future__ import annotations

from typing import NamedTuple

from banmian.segment.attach import attach
from banmian.segment.headfits import Fits
from banmian.segment.items import Item, ItemKind
from banmian.segment.phototitles import titles_caption_below
from banmian.segment.plans import ArticlePlan
from banmian.segment.stacks import HeadParse, parse_heads

# Costs of a reading (see module docstring); a missing pairing costs more than a distant one.
COST_ORPHAN_BODY = 2.0
COST_UNUSED_STACK = 2.0
COST_DISTANT = 1.0
#: The page's first item is a body (trailing reading expected) or its last is a headline.
COST_EDGE = 0.5
#: Cost units per unit of headline–body affinity (segment.affinity, 0–1) of an attachment: a title
#: whose words recur in its body outweighs the page-shape costs above when readings are close.
AFFINITY_WEIGHT = 2.0


class Reading(NamedTuple):
    """One way to read the page (headlines before or after their bodies) and what it costs."""

    cost: float
    headline_first: bool
    parses: dict


def reading(
    entries: list,
    parses: dict,
    headline_first: bool,
    fits: Fits,
    above_bylines: set[int],
    blocks_marked: bool = False,
    wraps: bool = True,
) -> Reading:
    """A reading, with headline runs re-split where the page asks for more or fewer headlines than
    the default split gives, when that lowers the cost."""
    cost, demand = _evaluate(entries, parses, headline_first, fits)
    if not demand:
        return Reading(cost, headline_first, parses)
    by_id = {id(e): e for e in entries}
    adjusted = {
        **parses,
        **{key: parse_heads(by_id[key], count, key in above_bylines, blocks_marked, wraps) for key, count in demand.items()},
    }
    adjusted_cost, _ = _evaluate(entries, adjusted, headline_first, fits)
    if adjusted_cost < cost:
        return Reading(adjusted_cost, headline_first, adjusted)
    return Reading(cost, headline_first, parses)


def _evaluate(entries: list, parses: dict, headline_first: bool, fits: Fits) -> tuple[float, dict[int, int]]:
    reading = attach(entries, parses, headline_first, fits)
    pairs, leftover, orphans = reading.pairs, reading.leftover, reading.orphans
    cost = COST_ORPHAN_BODY * len(orphans) + COST_UNUSED_STACK * len(leftover)
    cost -= AFFINITY_WEIGHT * sum(fits.fit(stack, entries[k]) for k, (stack, _) in pairs.items())
    cost += COST_DISTANT * sum(1 for _, adjacent in pairs.values() if not adjacent)
    first = next((e for e in entries if isinstance(e, ArticlePlan) or e.kind is ItemKind.HEADS), None)
    last = next((e for e in reversed(entries) if isinstance(e, ArticlePlan) or e.kind is ItemKind.HEADS), None)
    if headline_first:
        cost += COST_EDGE * (isinstance(first, ArticlePlan)) + COST_EDGE * (last is not None and not isinstance(last, ArticlePlan))
    else:
        cost += COST_EDGE * (first is not None and not isinstance(first, ArticlePlan)) + COST_EDGE * isinstance(last, ArticlePlan)
    demand: dict[int, int] = {}
    heads = [e for e in entries if isinstance(e, Item) and e.kind is ItemKind.HEADS and parses[id(e)].stacks]
    if orphans:
        # More headlines are wanted: let runs split kicker+title pairs.
        for e in heads:
            p: HeadParse = parses[id(e)]
            if p.max_stacks > len(p.stacks):
                demand[id(e)] = len(p.stacks) + len(orphans)
    elif leftover:
        for stack, run in leftover:
            if titles_caption_below(entries, run, stack, [], fits, parses):
                continue  # the photo's title under the run: not one headline too many
            key = id(entries[run])
            demand[key] = demand.get(key, len(parses[key].stacks)) - 1
    return cost, demand
