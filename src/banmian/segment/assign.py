"""Which headline belongs to which body.

Extractors put a headline either before its body (reading order, poppler) or after it (drawing
order of many e-paper PDFs: body first). A page is consistent, so both readings are tried and the
one that leaves fewer bodies without a headline, fewer headlines without a body, and fewer
headlines placed far from their body wins. Headlines left over in a run of several stacks (the
sample's last run holds two) go to the bodies that found none, in page order.

A body that no headline took, no brief and no article opening, joins the headed article sharing
most of its words (``_merge_headless``): every article but a brief has a headline.

Sub-headings are decided first (segment.subheadings): a short heading run between two bodies of
the same column width, after a finished paragraph and before a paragraph that does not open a new
article, joins the two into one article. Photo captions go to their articles last
(segment.photos).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import add
from typing import NamedTuple

from banmian.fields.caption import without_credit
from banmian.segment.affinity import affinity, bigrams, body_opening, stack_bigrams
from banmian.segment.bannertitles import held_lines, titles_from_banners
from banmian.segment.closings import join_notice_closings
from banmian.segment.headless import merge_headless
from banmian.segment.headpairs import KICKER_ENDING
from banmian.segment.headunits import Unit, is_banner_shaped
from banmian.segment.items import Item, ItemKind
from banmian.segment.lineclass import LineProbs
from banmian.segment.plans import (
    ADJACENT_CONFIDENCE,
    DISTANT_CONFIDENCE,
    GUESSED_JOIN_CONFIDENCE,
    ORPHAN_CONFIDENCE,
    ArticlePlan,
    PagePlan,
    is_brief,
)
from banmian.segment.stacks import KICKER_DASH, HeadParse, Stack, parse_heads
from banmian.segment.stitch import stitch
from banmian.segment.subheadings import is_subheading

# Costs of a reading (see module docstring); a missing pairing costs more than a distant one.
COST_ORPHAN_BODY = 2.0
COST_UNUSED_STACK = 2.0
COST_DISTANT = 1.0
#: The page's first item is a body (trailing reading expected) or its last is a headline.
COST_EDGE = 0.5
#: Cost units per unit of headline–body affinity (segment.affinity, 0–1) of an attachment: a title
#: whose words recur in its body outweighs the page-shape costs above when readings are close.
AFFINITY_WEIGHT = 2.0
#: A phrased kicker sharing less than this share of its character pairs with the article's opening
#: is a slogan banner standing above the headline.
SLOGAN_MAX_AFFINITY = 0.05
#: A left-over headline right above a photo caption stays the photo's title when it shares this
#: much more of its character pairs (affinity, 0–1) with the caption than with any body lacking a
#: headline: a photo's own caption restates its title, a distant body rarely does.
PHOTO_TITLE_FIT_MARGIN = 0.1
#: A headline right above a photo caption whose words recur in no body beside it (affinity at
#: most this, 0–1) is the photo's title. Measured on the 200-page evaluation set (pdfium): of
#: headlines over a caption, photo titles fit the body they were given 0.0–0.1, story headlines
#: over their own photo's caption 0.12 and more (most above 0.3).
PHOTO_TITLE_MAX_BODY_FIT = 0.1
#: A caption joins an article that holds at least this share of its character pairs.
CAPTION_MIN_AFFINITY = 0.15
def plan_page(
    items: list[Item],
    rejoin_pieces: bool = True,
    probs: Sequence[LineProbs] | None = None,
    split_blocks: bool = True,
) -> PagePlan:
    """``probs``: the line classifier's probabilities for the page, when available; they settle
    whether a heading between two bodies is a sub-heading or a title. ``split_blocks``: body runs
    may be cut at the extractor's block breaks (segment.foreignblocks)."""
    entries = _group_bodies(items, probs)
    if rejoin_pieces:
        entries = stitch(entries, split_blocks)
    above_bylines = _runs_above_bylines(entries)
    parses = {
        id(e): parse_heads(e, byline_below=id(e) in above_bylines)
        for e in entries
        if isinstance(e, Item) and e.kind is ItemKind.HEADS
    }
    fits = _Fits()
    readings = (_reading(entries, parses, first, fits, above_bylines) for first in (True, False))
    best, other = sorted(readings, key=lambda r: r.cost)
    return _build(entries, best.parses, best.headline_first, other.cost - best.cost, fits)


class Reading(NamedTuple):
    """One way to read the page (headlines before or after their bodies) and what it costs."""

    cost: float
    headline_first: bool
    parses: dict


def _reading(entries: list, parses: dict, headline_first: bool, fits: _Fits, above_bylines: set[int]) -> Reading:
    """A reading, with headline runs re-split where the page asks for more or fewer headlines than
    the default split gives, when that lowers the cost."""
    cost, demand = _evaluate(entries, parses, headline_first, fits)
    if not demand:
        return Reading(cost, headline_first, parses)
    by_id = {id(e): e for e in entries}
    adjusted = {
        **parses,
        **{key: parse_heads(by_id[key], count, key in above_bylines) for key, count in demand.items()},
    }
    adjusted_cost, _ = _evaluate(entries, adjusted, headline_first, fits)
    if adjusted_cost < cost:
        return Reading(adjusted_cost, headline_first, adjusted)
    return Reading(cost, headline_first, parses)


def _runs_above_bylines(entries: list) -> set[int]:
    """Identities of the headline runs set tight (no blank line) over a body opening with a byline
    or a dateline (本报讯（记者 林晓）……): whatever ends the run heads that article. Where blank
    lines mark blocks, a banner too stands in a block of its own right above an article's first
    block (the demo page's), so a blank line between them says nothing."""
    return {
        id(entry)
        for entry, nxt in zip(entries, entries[1:], strict=False)
        if isinstance(entry, Item)
        and entry.kind is ItemKind.HEADS
        and isinstance(nxt, ArticlePlan)
        and nxt.parts
        and nxt.parts[0].first == entry.last + 1
        and nxt.parts[0].lines[0].leading_byline is not None
    }


def _group_bodies(items: list[Item], probs: Sequence[LineProbs] | None = None) -> list[Item | ArticlePlan]:
    """Bodies chained by sub-headings become one plan; other items stay as they are."""
    out: list[Item | ArticlePlan] = []
    k = 0
    while k < len(items):
        item = items[k]
        if item.kind is not ItemKind.BODY:
            out.append(item)
            k += 1
            continue
        plan = ArticlePlan(parts=[item])
        while k + 2 < len(items) and is_subheading(items[k], items[k + 1], items[k + 2], probs):
            plan.parts.extend([items[k + 1], items[k + 2]])
            k += 2
        out.append(plan)
        k += 1
    return out


def _neighbour_plan(entries: list, start: int, step: int, parses: dict) -> int | None:
    """Index of the body plan next to a headline run, looking past captions and banner-only runs."""
    k = start + step
    while 0 <= k < len(entries):
        entry = entries[k]
        if isinstance(entry, ArticlePlan):
            return k
        if entry.kind is ItemKind.CAPTION or (entry.kind is ItemKind.HEADS and not parses[id(entry)].stacks):
            k += step
            continue
        return None
    return None


class _Fits:
    """How well each headline fits each body (``affinity``), remembered for one page's planning:
    both readings and their re-splits ask the same pairs again. Keyed by identity; the stacks and
    plans are held here, so no key is reused by a new object while the memo lives, and no plan's
    parts change while it does (planning mutates plans only after the last ``_attach``)."""

    __slots__ = ("_bigrams", "_fits", "_openings")

    def __init__(self) -> None:
        self._bigrams: dict[int, tuple[Stack, frozenset[str]]] = {}
        self._openings: dict[int, tuple[ArticlePlan, frozenset[str]]] = {}
        self._fits: dict[tuple[int, int], float] = {}

    def pairs(self, stack: Stack) -> frozenset[str]:
        """The stack's character pairs (``stack_bigrams``)."""
        held = self._bigrams.get(id(stack))
        if held is None:
            held = self._bigrams[id(stack)] = (stack, stack_bigrams(stack))
        return held[1]

    def fit(self, stack: Stack, plan: ArticlePlan) -> float:
        """``affinity`` of the stack's pairs in the plan's opening. The opening is kept as the set
        of its adjacent character pairs: a pair of characters occurs in a text exactly when it is
        one of the text's adjacent pairs, so a set intersection gives what ``affinity``'s
        substring tests give, for a page's many headline-body pairs at the cost of one."""
        key = (id(stack), id(plan))
        found = self._fits.get(key)
        if found is None:
            pairs = self.pairs(stack)
            held = self._openings.get(id(plan))
            if held is None:
                opening = body_opening(plan.parts)
                held = self._openings[id(plan)] = (plan, frozenset(map(add, opening, opening[1:])))
            found = self._fits[key] = len(pairs & held[1]) / len(pairs) if pairs and held[1] else 0.0
        return found


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


def _attach(entries: list, parses: dict, headline_first: bool, fits: _Fits, final: bool = False) -> Attachment:
    """``final``: the reading is chosen; now a headline right above a photo's caption may be kept
    for the photo although a body next to it has no headline (_photo_title_over_body), and
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
        # Several stacks in a row face as many bodies in a row (pdftotext reads the titles of
        # side-by-side articles first): pair them in order, the stacks nearest the bodies first.
        # Body-first extractors draw each body just before its own headline: only the nearest pairs.
        wanted = len(stacks) if headline_first else 1
        bodies = _neighbour_plans(entries, k, 1 if headline_first else -1, parses, wanted, pairs)
        if bodies:
            chosen = stacks[-len(bodies) :] if headline_first else stacks[: len(bodies)]
            for stack, plan_index in zip(chosen, bodies, strict=True):
                if final and stack is run_stacks[-1] and _photo_title_over_body(entries, k, stack, plan_index, headline_first, fits):
                    continue  # stays in the run: a left-over headline that titles the photo below
                pairs[plan_index] = (stack, True)
            taken = {id(pairs[b][0]) for b in bodies if b in pairs}
            stacks = [s for s in stacks if id(s) not in taken]
        extras.extend((s, k) for s in stacks)
    if not headline_first:
        _title_briefs(entries, pairs, extras)
    # A piece cut off its run because another plan repeats its words (segment.foreignblocks) is no orphan
    # either: it is part of an article printed apart, and a left-over headline offered to it is
    # another article's (measured with the cut: pdftotext article F1 on the evaluation set 0.6458 ->
    # 0.6471, kicker 0.453 -> 0.462, pdftotext-layout 0.7181 -> 0.7195, kicker 0.495 -> 0.507;
    # held-out set 0.5928 -> 0.5933).
    orphans = [
        k
        for k, e in enumerate(entries)
        if isinstance(e, ArticlePlan) and k not in pairs and not is_brief(e) and not e.claimed
    ]
    # Left-over headlines go to the bodies without one that they fit best (their words recur in
    # the body's opening); ties keep page order.
    # A left-over headline right above a photo caption that fits it clearly better than any body
    # without a headline is that photo's title (图片新闻): it stays for the photo (segment.photos.pair_photo_news).
    offered = [n for n, (stack, run) in enumerate(extras) if not _titles_caption_below(entries, run, stack, orphans, fits, parses, final)]
    candidates = sorted((-fits.fit(extras[n][0], entries[k]), n, k) for n in offered for k in orphans)
    placed: set[int] = set()
    for _, n, k in candidates:
        if n in placed or k in pairs:
            continue
        pairs[k] = (extras[n][0], False)
        placed.add(n)
    leftover = [extra for n, extra in enumerate(extras) if n not in placed]
    if final:
        _swap_misfits(entries, pairs, fits)
    return Attachment(pairs, leftover, [k for k in orphans if k not in pairs])


#: Two headlines paired with bodies trade bodies when that raises the sum of their fits by at least
#: this much (affinity, 0–1 each): a title's words recur in its own article's opening (median 0.63
#: of its character pairs on the synthetic set's truth) and rarely in another's on the same page
#: (95 % of such pairs under 0.13), so a trade worth 0.3 is no chance. pdftotext prints the
#: headline blocks of side-by-side articles apart from their bodies and in another order: there
#: title accuracy went 0.329 -> 0.371 (0.2, 0.3, 0.5, 0.8 gave 0.372, 0.371, 0.365, 0.348; 0.3
#: kept pdftotext's banner F1, which 0.2 lowered).
SWAP_MIN_GAIN = 0.3
#: Rounds of trading; each round takes the best trade left.
SWAP_MAX_ROUNDS = 20


def _swap_misfits(entries: list, pairs: dict[int, tuple[Stack, bool]], fits: _Fits) -> None:
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


def _title_briefs(entries: list, pairs: dict[int, tuple[Stack, bool]], extras: list[tuple[Stack, int]]) -> None:
    """A brief left without a headline on a body-first page takes the left-over headline right
    above it: briefs in a box (简讯) are printed title first even where the page's articles are
    drawn body first, and a brief is no orphan that the left-over headlines are offered to."""
    for k, entry in enumerate(entries):
        if k == 0 or k in pairs or not isinstance(entry, ArticlePlan) or not is_brief(entry):
            continue
        above = [n for n, (_, run) in enumerate(extras) if run == k - 1]
        if above:
            stack, _ = extras.pop(above[-1])
            pairs[k] = (stack, True)


def _titles_caption_below(
    entries: list, run: int, stack: Stack, orphans: list[int], fits: _Fits, parses: dict, unrestated: bool = False
) -> bool:
    """A left-over headline right above a photo's caption is the photo's title when the caption
    restates it better than any body without a headline does, or (``unrestated``, asked once the
    reading is chosen, so that the choice itself is not swayed) when no body without one restates
    it at all: a caption that is only a credit restates nothing, yet the headline over it is the
    photo's rather than a far body's."""
    caption = _caption_below(entries, run)
    if caption is None or stack is not parses[id(entries[run])].stacks[-1]:
        return False
    body_fit = max((fits.fit(stack, entries[k]) for k in orphans), default=0.0)
    if unrestated and body_fit <= PHOTO_TITLE_MAX_BODY_FIT:
        return True
    return _caption_fit(stack, caption, fits) > PHOTO_TITLE_FIT_MARGIN + body_fit


def _caption_below(entries: list, run: int) -> Item | None:
    nxt = entries[run + 1] if run + 1 < len(entries) else None
    return nxt if isinstance(nxt, Item) and nxt.kind is ItemKind.CAPTION else None


def _caption_fit(stack: Stack, caption: Item, fits: _Fits) -> float:
    return affinity(fits.pairs(stack), without_credit("".join([ln.text for ln in caption.lines])))


def _photo_title_over_body(entries: list, run: int, stack: Stack, body: int, headline_first: bool, fits: _Fits) -> bool:
    """The last headline of a run set right above a photo's caption titles the photo, not the body
    next to the run, when that body does not restate it (fit at most PHOTO_TITLE_MAX_BODY_FIT).

    Read headline first, a caption between a headline and its body is rare (none among the
    evaluation set's pdfium pages): the caption under the headline is the photo's. Read body first, a story's headline is followed
    by its own photo's caption, which restates the story: there a caption with words takes an
    unrestated headline only when it restates the headline and not the body (a caption that is
    nothing but a credit has no words to restate either, and takes it).
    """
    caption = _caption_below(entries, run)
    if caption is None:
        return False
    body_fit = fits.fit(stack, entries[body])
    words = without_credit("".join([ln.text for ln in caption.lines]))
    if not headline_first and words.strip():
        # Body first, a story's own photo follows its headline, and its caption restates the
        # story: only a caption that restates the title and not the body is the photo's own.
        restates_body = affinity(bigrams(words), body_opening(entries[body].parts, None)) >= CAPTION_MIN_AFFINITY
        return (
            not restates_body
            and body_fit <= PHOTO_TITLE_MAX_BODY_FIT
            and _caption_fit(stack, caption, fits) > PHOTO_TITLE_FIT_MARGIN + body_fit
        )
    return body_fit <= PHOTO_TITLE_MAX_BODY_FIT or _caption_fit(stack, caption, fits) > PHOTO_TITLE_FIT_MARGIN + body_fit


def _evaluate(entries: list, parses: dict, headline_first: bool, fits: _Fits) -> tuple[float, dict[int, int]]:
    reading = _attach(entries, parses, headline_first, fits)
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
            if _titles_caption_below(entries, run, stack, [], fits, parses):
                continue  # the photo's title under the run: not one headline too many
            key = id(entries[run])
            demand[key] = demand.get(key, len(parses[key].stacks)) - 1
    return cost, demand


def _build(entries: list, parses: dict, headline_first: bool, margin: float, fits: _Fits) -> PagePlan:
    reading = _attach(entries, parses, headline_first, fits, final=True)
    pairs, leftover = reading.pairs, reading.leftover
    plans: list[ArticlePlan] = []
    plan_at: dict[int, ArticlePlan] = {}
    for k, entry in enumerate(entries):
        if isinstance(entry, ArticlePlan):
            if k in pairs:
                entry.stack, adjacent = pairs[k]
                entry.confidence = ADJACENT_CONFIDENCE if adjacent else DISTANT_CONFIDENCE
            if entry.guessed_joins:
                entry.confidence = min(entry.confidence, GUESSED_JOIN_CONFIDENCE)
            plans.append(entry)
            plan_at[k] = entry
    merged = merge_headless(plans)
    plans = join_notice_closings([p for p in plans if id(p) not in merged])
    plan_at = {k: merged.get(id(p), p) for k, p in plan_at.items()}
    banners: list[Unit] = []
    for stack, run in leftover:
        if _lone_slogan(stack):
            banners.append(stack.title)
            continue
        plan = ArticlePlan(parts=[], stack=stack, confidence=ORPHAN_CONFIDENCE)
        plans.append(plan)
        plan_at[run] = plan
    for entry in entries:
        if isinstance(entry, Item) and entry.kind is ItemKind.HEADS:
            banners.extend(parses[id(entry)].banners)
    for plan in plans:
        if _kicker_is_wrapped_title(plan):
            kicker, title = plan.stack.kicker, plan.stack.title
            plan.stack = replace(plan.stack, kicker=None, title=Unit(title.role, (*kicker.lines, *title.lines)))
        slogan = _slogan_kicker(plan)
        if slogan is not None:
            banners.append(slogan)
            plan.stack = replace(plan.stack, kicker=None)
    banners = titles_from_banners(plans, banners, held_lines(_items_of(entries)))
    # The photo module builds on this one's plans, so it is imported here.
    from banmian.segment.photos import (
        attach_captions,
        pair_photo_news,
        retitle_photos,
        title_photos_below_headlines,
    )

    attach_captions(entries, plans, plan_at, parses)
    plans = pair_photo_news(plans)
    title_photos_below_headlines(plans)
    retitle_photos(plans)
    plans.sort(key=_plan_position)
    banner_texts = [(unit.text, unit.lines[0].number, unit.lines[-1].number) for unit in banners]
    banner_texts.sort(key=lambda banner: banner[1])
    return PagePlan(tuple(plans), tuple(banner_texts), headline_first, margin)


def _items_of(entries: list) -> list[Item]:
    """Every item of the page's entries: the plans' parts and captions, and the items left apart."""
    out: list[Item] = []
    for entry in entries:
        if isinstance(entry, ArticlePlan):
            out.extend([*entry.parts, *entry.captions])
        else:
            out.append(entry)
    return out


def _lone_slogan(stack: Stack) -> bool:
    """A banner-shaped title alone (no kicker, subtitle or byline) that no body took: a slogan
    banner that happened to stand over a byline, kept from the banners only for that body."""
    return (
        stack.title is not None
        and stack.kicker is None
        and stack.subtitle is None
        and not stack.bylines
        and is_banner_shaped(stack.title)
    )


def _kicker_is_wrapped_title(plan: ArticlePlan) -> bool:
    """A "kicker" that is the first line of a wrapped title: the word broken at the line end
    (「中越加强电力技」/「术与设备对接」) occurs whole in the article's own text. Not a kicker that
    ends on a verb of speech (「林晓在调研时强调」): its text may well run 「强调发展……」 on."""
    stack = plan.stack
    if stack is None or stack.kicker is None or stack.title is None or not plan.parts:
        return False
    head, tail = stack.kicker.text, stack.title.text
    if not head or not tail or head.endswith(KICKER_DASH) or head[-1] in "：:，," or is_banner_shaped(stack.kicker):
        return False
    if KICKER_ENDING.search(head) is not None:
        return False
    return (head[-1] + tail[0]) in body_opening(plan.parts, None)


def _slogan_kicker(plan: ArticlePlan) -> Unit | None:
    """A phrased "kicker" none of whose words recur in the article is a banner above the headline
    (文明你我他 清廉之风扑面), not the article's kicker (新渡口 新气象 over a story of the 渡口)."""
    stack = plan.stack
    if stack is None or stack.kicker is None or not plan.parts or not is_banner_shaped(stack.kicker):
        return None
    opening = body_opening(plan.parts)
    kicker_fit = affinity(bigrams(stack.kicker.text), opening)
    return stack.kicker if kicker_fit < SLOGAN_MAX_AFFINITY else None


def _plan_position(plan: ArticlePlan) -> int:
    if plan.parts:
        return plan.parts[0].first
    if plan.stack is not None:
        return plan.stack.first_line
    return plan.captions[0].first if plan.captions else 0
