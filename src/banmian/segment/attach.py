"""Which headline each body gets, in one reading of the page (headlines before or after bodies).

Each run of headlines pairs with the bodies next to it: several stacks in a row face as many bodies
in a row when headlines come first, the nearest body alone when bodies come first. A caption or a
run of bylines alone between two bodies does not break their row; the bylines join the stack of the
body below them (evaluation set: pdftotext article F1 0.6705 -> 0.6742, title 0.478 -> 0.492;
held-out 0.6084 -> 0.6133, title 0.432 -> 0.449; pdftotext banner F1 0.839 -> 0.823: on a page
checked, a stray piece of text left without a headline took the banner over it as its title, which
segment.bannertitles now refuses, 0.827). Headlines left over in a run of several stacks (the
sample's last run holds two) go to the bodies that found none, those whose opening they fit best
first; ties keep page order. Body first, a brief of a box (简讯) takes no headline after it: it is
printed title first (``_boxed_brief``). Once the reading is chosen, the stacks of a run face their
bodies in the order their words fit best, when that order fits clearly better than page order
(evaluation set, pdftotext title 0.5323 -> 0.5334; pdfium unchanged), and a run read as two titles
may be one headline (segment.splitheads; body first, the title cut from the headline after its
body, segment.drawnafter) or two stacks crossed (segment.crossedheads), paired
headlines trade bodies where their words say so, and a headline right above a photo's caption may
stay the photo's title (segment.phototitles).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import permutations

from banmian.segment.crossedheads import uncross_runs
from banmian.segment.drawnafter import join_drawn_after
from banmian.segment.headfits import Fits
from banmian.segment.items import ItemKind
from banmian.segment.phototitles import photo_title_over_body, titles_caption_below
from banmian.segment.plans import ArticlePlan, is_brief
from banmian.segment.splitheads import rejoin_split_titles
from banmian.segment.stacks import Stack


def _neighbour_plan(entries: list, start: int, step: int, parses: dict) -> int | None:
    """Index of the body plan next to a headline run, looking past captions and banner-only runs,
    and past pieces cut off their run as another article's (``ArticlePlan.claimed``): such a piece
    is a column of an article printed apart, printed between a body and its headline (on a page
    read body first, pdftotext prints the headline after the body's last column, and a claimed
    piece printed after that column took the headline). Evaluation set, pdftotext article F1
    0.6795 -> 0.6832, title 0.4948 -> 0.4954, subtitle 0.6859 -> 0.6934, body CER 0.2691 ->
    0.2645; held-out set 0.6158 -> 0.6181, title 0.4509 -> 0.4539 (banner F1 0.8143 -> 0.8114)."""
    k = start + step
    while 0 <= k < len(entries):
        entry = entries[k]
        if isinstance(entry, ArticlePlan):
            if entry.claimed:
                k += step
                continue
            return k
        if entry.kind is ItemKind.CAPTION or (entry.kind is ItemKind.HEADS and _bylines_only(parses[id(entry)].stacks)):
            k += step
            continue
        return None
    return None


def _bylines_only(stacks: tuple[Stack, ...]) -> bool:
    """A run of banners, or of bylines alone: no headline, so the bodies on either side of it are
    still in a row (a byline set over its own article's text stands between two bodies)."""
    return all(s.kicker is None and s.title is None and s.subtitle is None for s in stacks)


def _join_bylines_below(entries: list, run: int, stacks: tuple[Stack, ...], pairs: dict, parses: dict) -> bool:
    """A run of bylines alone over a body that a headline run above already took (pdftotext prints
    side-by-side articles' headlines in a row, each byline over its text): the bylines join that
    headline's stack, which had none."""
    below = _neighbour_plan(entries, run, 1, parses)
    if below is None or below not in pairs or pairs[below][0].bylines:
        return False
    stack, adjacent = pairs[below]
    pairs[below] = (replace(stack, bylines=tuple(b for s in stacks for b in s.bylines)), adjacent)
    return True


def _neighbour_plans(entries: list, start: int, step: int, parses: dict, wanted: int, taken: dict) -> list[int]:
    """Up to ``wanted`` consecutive body plans next to a headline run, in page order."""
    found: list[int] = []
    k = start
    while len(found) < wanted:
        nxt = _neighbour_plan(entries, k, step, parses)
        if nxt is None or nxt in taken:
            break
        found.append(nxt)
        k = nxt
    return sorted(found)


@dataclass(frozen=True, slots=True)
class Attachment:
    """One reading of the page: which headline each body gets."""

    pairs: dict[int, tuple[Stack, bool]]  # entry index of a body plan → (its stack, adjacent?)
    leftover: list[tuple[Stack, int]]  # stacks no body took, with the entry index of their run
    orphans: list[int]  # entry indices of body plans without a headline


def attach(entries: list, parses: dict, headline_first: bool, fits: Fits, final: bool = False) -> Attachment:
    """``final``: the reading is chosen; now the stacks of a run face their bodies in the order their
    words fit (_order_by_fit), a headline right above a photo's caption may be kept
    for the photo although a body next to it has no headline (photo_title_over_body), and
    headlines trade bodies where their words say so (_swap_misfits). Neither decides between the
    two readings: both only refine the one chosen (and the trades cost a page's pairwise fits)."""
    pairs: dict[int, tuple[Stack, bool]] = {}
    extras: list[tuple[Stack, int]] = []
    for k, entry in enumerate(entries):
        if isinstance(entry, ArticlePlan) or entry.kind is not ItemKind.HEADS:
            continue
        run_stacks = parses[id(entry)].stacks
        stacks = list(run_stacks)
        if not stacks:
            continue
        if _bylines_only(run_stacks) and _join_bylines_below(entries, k, run_stacks, pairs, parses):
            continue
        # Several stacks in a row face as many bodies in a row (pdftotext reads the titles of
        # side-by-side articles first): pair them in order, the stacks nearest the bodies first.
        # Body-first extractors draw each body just before its own headline: only the nearest pairs.
        wanted = len(stacks) if headline_first else 1
        bodies = _neighbour_plans(entries, k, 1 if headline_first else -1, parses, wanted, pairs)
        if not headline_first:
            bodies = [b for b in bodies if not _boxed_brief(entries[b], fits)]
        if bodies:
            chosen = stacks[-len(bodies) :] if headline_first else stacks[: len(bodies)]
            if final:
                chosen = _order_by_fit(entries, chosen, bodies, fits)
            for stack, plan_index in zip(chosen, bodies, strict=True):
                if final and stack is run_stacks[-1] and photo_title_over_body(entries, k, stack, plan_index, headline_first, fits):
                    continue  # stays in the run: a left-over headline that titles the photo below
                pairs[plan_index] = (stack, True)
            taken = {id(pairs[b][0]) for b in bodies if b in pairs}
            stacks = [s for s in stacks if id(s) not in taken]
        extras.extend((s, k) for s in stacks)
    if not headline_first:
        _title_briefs(entries, pairs, extras, fits)
    # A piece cut off its run because another plan repeats its words (segment.foreignblocks) is no orphan
    # either: it is part of an article printed apart, and a left-over headline offered to it is
    # another article's (measured with the cut: pdftotext article F1 on the evaluation set 0.6458 ->
    # 0.6471, kicker 0.453 -> 0.462, pdftotext-layout 0.7181 -> 0.7195, kicker 0.495 -> 0.507;
    # held-out set 0.5928 -> 0.5933). Nor is a piece opening mid-paragraph that no open end took
    # (``ArticlePlan.unjoined``, segment.stitch).
    orphans = [
        k
        for k, e in enumerate(entries)
        if isinstance(e, ArticlePlan) and k not in pairs and not fits.brief(e) and not e.claimed and not e.unjoined
    ]
    # Left-over headlines go to the bodies without one that they fit best (their words recur in
    # the body's opening); ties keep page order.
    # A left-over headline right above a photo caption that fits it clearly better than any body
    # without a headline is that photo's title (图片新闻): it stays for the photo (segment.photos.pair_photo_news).
    offered = [n for n, (stack, run) in enumerate(extras) if not titles_caption_below(entries, run, stack, orphans, fits, parses, final)]
    candidates = sorted((-fits.fit(extras[n][0], entries[k]), n, k) for n in offered for k in orphans)
    placed: set[int] = set()
    for _, n, k in candidates:
        if n in placed or k in pairs:
            continue
        pairs[k] = (extras[n][0], False)
        placed.add(n)
    leftover = [extra for n, extra in enumerate(extras) if n not in placed]
    if final:
        rejoin_split_titles(entries, parses, pairs, fits)
        if not headline_first:
            join_drawn_after(entries, parses, pairs, fits)
        uncross_runs(entries, parses, pairs, fits)
        _swap_misfits(entries, pairs, fits)
        leftover = _untaken(leftover, pairs)
    return Attachment(pairs, leftover, [k for k in orphans if k not in pairs])


def _untaken(leftover: list[tuple[Stack, int]], pairs: dict[int, tuple[Stack, bool]]) -> list[tuple[Stack, int]]:
    """The left-over stacks less the lines that a refinement gave a paired stack: a title joined
    to the line above it (segment.splitheads) or a crossed stack (segment.crossedheads) may take a
    left-over stack's line, which must not also head an article of its own (the line would print
    twice). A stack with nothing left goes."""
    taken = {ln.number for stack, _ in pairs.values() for unit in stack.units for ln in unit.lines}
    kept: list[tuple[Stack, int]] = []
    for stack, run in leftover:
        if not any(ln.number in taken for unit in stack.units for ln in unit.lines):
            kept.append((stack, run))
            continue
        free = [None if u is None or any(ln.number in taken for ln in u.lines) else u for u in (stack.kicker, stack.title, stack.subtitle)]
        bylines = tuple(b for b in stack.bylines if not any(ln.number in taken for ln in b.lines))
        if any(free) or bylines:
            kept.append((replace(stack, kicker=free[0], title=free[1], subtitle=free[2], bylines=bylines), run))
    return kept


#: Two headlines paired with bodies trade bodies when that raises the sum of their fits by at least
#: this much (affinity, 0–1 each): a title's words recur in its own article's opening (median 0.63
#: of its character pairs on the synthetic set's truth) and rarely in another's on the same page
#: (95 % of such pairs under 0.13), so a trade worth 0.3 is no chance. pdftotext prints the
#: headline blocks of side-by-side articles apart from their bodies and in another order: there
#: title accuracy went 0.329 -> 0.371 (0.2, 0.3, 0.5, 0.8 gave 0.372, 0.371, 0.365, 0.348; 0.3
#: kept pdftotext's banner F1, which 0.2 lowered).
SWAP_MIN_GAIN = 0.3
#: A run of at most this many stacks is paired with its bodies in the order that fits best (all
#: orders are tried: 24 for four stacks): a bound on the work, not a tuned value; longer runs keep
#: page order and rely on the trades.
MAX_ORDERED_STACKS = 4
#: Rounds of trading; each round takes the best trade left.
SWAP_MAX_ROUNDS = 20


def _order_by_fit(entries: list, stacks: list[Stack], bodies: list[int], fits: Fits) -> list[Stack]:
    """The stacks of one run in the order that pairs each with the body its words fit, when that
    order fits clearly better than page order (by SWAP_MIN_GAIN): pdftotext prints side-by-side
    headlines in a row, not always in their bodies' order, and a headline set over a photo's
    caption must be weighed against the body it really heads before it is taken for the photo's."""
    if len(stacks) < 2 or len(stacks) > MAX_ORDERED_STACKS:
        return stacks

    def total(order: tuple[Stack, ...]) -> float:
        return sum(fits.fit(stack, entries[body]) for stack, body in zip(order, bodies, strict=True))

    def each_gains(order: tuple[Stack, ...]) -> bool:
        # A stack that fits no body (a box's label, 简讯) has nothing to say where it goes.
        return all(
            new is old or fits.fit(new, entries[body]) > fits.fit(new, entries[bodies[stacks.index(new)]])
            for new, old, body in zip(order, stacks, bodies, strict=True)
        )

    as_read = total(tuple(stacks))
    best = max((order for order in permutations(stacks) if each_gains(order)), key=total)
    return list(best) if total(best) >= as_read + SWAP_MIN_GAIN else stacks


def _swap_misfits(entries: list, pairs: dict[int, tuple[Stack, bool]], fits: Fits) -> None:
    """Headlines paired by position alone can face the wrong bodies (pdftotext reads the headlines
    of side-by-side articles in a row, and a body-first page's order can shift by one): trade the
    pairs whose words say so, best trade first. A traded pair no longer counts as adjacent.

    The gain of every pair of pairs is taken once; a trade changes only the gains of the two pairs
    it touches (a page's text run together from many pages holds hundreds of pairs)."""
    keys = sorted(pairs)
    order = {key: n for n, key in enumerate(keys)}

    def gain(a: int, b: int) -> float:
        sa, sb = pairs[a][0], pairs[b][0]
        return fits.fit(sa, entries[b]) + fits.fit(sb, entries[a]) - fits.fit(sa, entries[a]) - fits.fit(sb, entries[b])

    def offer(a: int, b: int) -> None:
        found = gain(a, b)
        if found >= SWAP_MIN_GAIN:
            trades[(a, b)] = found
        else:
            trades.pop((a, b), None)

    trades: dict[tuple[int, int], float] = {}
    for n, a in enumerate(keys):
        for b in keys[n + 1 :]:
            offer(a, b)
    for _ in range(SWAP_MAX_ROUNDS):
        if not trades:
            return
        # The best trade; among equal gains the first in page order, as a scan in that order finds.
        a, b = max(trades, key=lambda pair: (trades[pair], -order[pair[0]], -order[pair[1]]))
        sa, sb = pairs[a][0], pairs[b][0]
        # The headlines trade places; each byline stays with the text it was printed over.
        pairs[a] = (replace(sb, bylines=sa.bylines), False)
        pairs[b] = (replace(sa, bylines=sb.bylines), False)
        for other in keys:
            for moved in (a, b):
                if other != moved:
                    offer(min(moved, other), max(moved, other))  # keys are in page order


def _boxed_brief(plan: ArticlePlan, fits: Fits) -> bool:
    """A brief (closed by its authors in brackets) that opens straight on its text, with no byline:
    a brief of a box (简讯), which the paper prints title first even on a page whose articles are
    drawn body first, so the headline after it is not its own but the next item's or a photo's
    (``_title_briefs`` gives it the one above). On the seed-1001 pages (pdfium), all 13 briefs that
    took the headline after them were wrong: 7 had no title, 5 took the next brief's. An article opening on its byline (「本报讯（记者 …）」) that ends on a
    bracket is no such brief: it keeps the headline drawn after it."""
    return fits.brief(plan) and plan.bodies[0].lines[0].leading_byline is None


def _title_briefs(
    entries: list, pairs: dict[int, tuple[Stack, bool]], extras: list[tuple[Stack, int]], fits: Fits | None = None
) -> None:
    """A brief left without a headline on a body-first page takes the left-over headline right
    above it: briefs in a box (简讯) are printed title first even where the page's articles are
    drawn body first, and a brief is no orphan that the left-over headlines are offered to.
    ``fits``: the page's memo, which tells briefs once a page (``Fits.brief``)."""
    brief = is_brief if fits is None else fits.brief
    for k, entry in enumerate(entries):
        if k == 0 or k in pairs or not isinstance(entry, ArticlePlan) or not brief(entry):
            continue
        above = [n for n, (_, run) in enumerate(extras) if run == k - 1]
        if above:
            stack, _ = extras.pop(above[-1])
            pairs[k] = (stack, True)
