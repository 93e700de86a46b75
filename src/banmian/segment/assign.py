"""Which headline belongs to which body.

Both readings of the page's order are tried, headlines before their bodies and after them, and
the cheaper one wins (segment.readings); in each, a run of headlines pairs with the bodies next to
it and the headlines left over go to the bodies that found none (segment.attach).

A body that no headline took, no brief and no article opening, joins the headed article sharing
most of its words (``_merge_headless``): every article but a brief has a headline.

Sub-headings are decided first (segment.subheadings): a short heading run between two bodies of
the same column width, after a finished paragraph and before a paragraph that does not open a new
article, joins the two into one article. Photo captions go to their articles last
(segment.photos).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from banmian.layout.lines import SUBTITLE_DASHES
from banmian.segment.affinity import affinity, bigrams, body_opening
from banmian.segment.apartkickers import join_apart_kickers
from banmian.segment.attach import attach
from banmian.segment.bannertitles import titles_from_banners
from banmian.segment.bodiless import join_bodiless_stacks
from banmian.segment.boxtitles import title_first_box_items
from banmian.segment.bylinedtwice import split_twice_bylined
from banmian.segment.closings import join_notice_closings
from banmian.segment.editornotes import join_editor_notes
from banmian.segment.headfits import Fits
from banmian.segment.headless import merge_headless
from banmian.segment.headunits import Unit, is_banner_shaped
from banmian.segment.items import Item, ItemKind
from banmian.segment.junctions import printed_lines
from banmian.segment.lineclass import LineProbs
from banmian.segment.plans import (
    ADJACENT_CONFIDENCE,
    CUT_CONFIDENCE,
    DISTANT_CONFIDENCE,
    GUESSED_JOIN_CONFIDENCE,
    ORPHAN_CONFIDENCE,
    ArticlePlan,
    PagePlan,
)
from banmian.segment.readings import Reading, reading
from banmian.segment.restated import move_restated_titles
from banmian.segment.roles import Role
from banmian.segment.sectionlabels import numbered_section_heads
from banmian.segment.stacks import Stack, parse_heads, title_by_place_alone
from banmian.segment.stitch import stitch
from banmian.segment.subheadings import is_subheading, opens_the_text_below
from banmian.segment.titlesastext import title_from_text_runs
from banmian.segment.unitshapes import blocks_apart
from banmian.segment.unwrapped import jumps_with_their_text, spaced_subheadings, split_at_article_gaps
from banmian.segment.wrappedtitles import unwrapped_stack

#: A phrased kicker sharing less than this share of its character pairs with the article's opening
#: is a slogan banner standing above the headline.
SLOGAN_MAX_AFFINITY = 0.05
#: …and less than this right under the masthead or page header, where slogan banners stand (报眼,
#: 通栏): on the evaluation set every phrased kicker printed there was a banner (this limit and
#: none scored the same: pdfium banner F1 0.921 -> 0.930, pdftotext 0.818 -> 0.836, held-out
#: 0.923 -> 0.927 and 0.829 -> 0.837). A lead story's own phrased kicker, which its text restates,
#: stays a kicker.
PAGE_TOP_SLOGAN_MAX_AFFINITY = 0.3
#: A phrased title sharing less than this share of its character pairs with the article's opening,
#: under a kicker sharing at least RESTATED_KICKER_AFFINITY of its own, is a slogan banner printed
#: under the article's title (``_slogan_title``). Of the phrased titles under a kicker on the
#: training and evaluation pages (seeds 1000, 1001 and the evaluation seed, pdfium text), those
#: sharing under 0.1 share at most 0.53 of the kicker's pairs; the banner printed under a title
#: on the real sample page, read without its blank lines, shares 0.08 and its title 0.85.
SLOGAN_TITLE_MAX_AFFINITY = 0.1
RESTATED_KICKER_AFFINITY = 0.8


def plan_page(
    items: list[Item],
    rejoin_pieces: bool = True,
    probs: Sequence[LineProbs] | None = None,
    split_blocks: bool = True,
    blocks_marked: bool = False,
    in_reading_order: bool = False,
) -> PagePlan:
    """``probs``: the line classifier's probabilities for the page, when available; they settle
    whether a heading between two bodies is a sub-heading or a title. ``split_blocks``: body runs
    may be cut at the extractor's block breaks (segment.foreignblocks). ``blocks_marked``: blank lines
    end the extractor's blocks (pagemarks.blank_marks_blocks), and headline lines printed in one
    block belong to one stack (segment.stacks)."""
    if in_reading_order:
        items = jumps_with_their_text(split_at_article_gaps(items))
    entries = _group_bodies(items, probs, blocks_marked, spaced_subheadings(items) if in_reading_order else {})
    if rejoin_pieces:
        entries = stitch(entries, split_blocks)
    above_bylines = _runs_above_bylines(entries)
    parses = {
        id(e): parse_heads(e, byline_below=id(e) in above_bylines, blocks_marked=blocks_marked, wraps=not in_reading_order)
        for e in entries
        if isinstance(e, Item) and e.kind is ItemKind.HEADS
    }
    fits = Fits()
    orders = (True,) if in_reading_order else (True, False)
    readings = [reading(entries, parses, first, fits, above_bylines, blocks_marked, not in_reading_order) for first in orders]
    best, *others = sorted(readings, key=lambda r: r.cost)
    margin = others[0].cost - best.cost if others else float("inf")
    if not best.headline_first and split_blocks:
        entries, best = _read_twice_bylined_apart(entries, best, fits, blocks_marked)
    return _build(entries, best.parses, best.headline_first, margin, fits, blocks_marked)


def _read_twice_bylined_apart(entries: list, best: Reading, fits: Fits, blocks_marked: bool) -> tuple[list, Reading]:
    """The page read again, headlines after bodies, with the articles that would carry two
    bylines cut where the first one's title stands (segment.bylinedtwice), when that reading costs
    no more."""
    cut = split_twice_bylined(entries, best.parses, fits)
    if cut is None:
        return entries, best
    above_bylines = _runs_above_bylines(cut)
    parses = {**best.parses}
    for entry in cut:
        if isinstance(entry, Item) and entry.kind is ItemKind.HEADS and id(entry) not in parses:
            parses[id(entry)] = parse_heads(entry, byline_below=id(entry) in above_bylines, blocks_marked=blocks_marked)
    again = reading(cut, parses, False, fits, above_bylines, blocks_marked)
    return (cut, again) if again.cost <= best.cost else (entries, best)


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


def _group_bodies(
    items: list[Item], probs: Sequence[LineProbs] | None = None, blocks_marked: bool = False, spaced: Mapping[int, bool] | None = None
) -> list[Item | ArticlePlan]:
    """Bodies chained by sub-headings become one plan; other items stay as they are.

    A heading that the body right under it opens with, word for word, and that no body before it
    took as its sub-heading (the text above stops mid-sentence, is a caption or another article's)
    is a section's heading printed at the top of a column whose article began elsewhere
    (pdftotext prints the column as a block of its own): it heads that section as its sub-heading,
    and the section is a piece of another article (``ArticlePlan.claimed``), which asks for no
    headline and joins the article sharing its words (segment.headless). Taken for a title, it made
    a one-section article of its own. Evaluation set article F1: pdftotext 0.7029 -> 0.7043,
    pdftotext -layout 0.7599 -> 0.7605, pdfium 0.9649 -> 0.9659; held-out set pdftotext 0.6390 ->
    0.6393, pdfium 0.9429 -> 0.9437; pdftotext paragraph F1 0.95873 -> 0.95895. Read as the
    section's first line of text instead, article F1 was the same with the claim (without it,
    pdftotext 0.7029 unchanged) and paragraph F1 fell to 0.95867."""
    out: list[Item | ArticlePlan] = []
    headings: dict[int, Item] = {}  # section bodies (by identity) -> the heading printed over them
    numbered = numbered_section_heads(items)
    k = 0
    while k < len(items):
        item = items[k]
        following = items[k + 1] if k + 1 < len(items) else None
        if _section_heading(item, following):
            headings[id(following)] = item
            k += 1
            continue
        if item.kind is not ItemKind.BODY:
            out.append(item)
            k += 1
            continue
        heading = headings.get(id(item))
        plan = ArticlePlan(parts=[item] if heading is None else [heading, item], claimed=heading is not None)
        while k + 2 < len(items) and _subheading(
            items[k], items[k + 1], items[k + 2], probs, blocks_marked, spaced or {}, id(items[k + 1]) in numbered
        ):
            plan.parts.extend([items[k + 1], items[k + 2]])
            k += 2
        out.append(plan)
        k += 1
    return out


def _subheading(
    prev: Item,
    item: Item,
    nxt: Item,
    probs: Sequence[LineProbs] | None,
    blocks_marked: bool,
    spaced: Mapping[int, bool],
    numbered: bool,
) -> bool:
    """As the page's spacing says where it says (segment.unwrapped.spaced_subheadings), else as
    segment.subheadings reads the heading (``numbered``: segment.sectionlabels)."""
    if id(item) in spaced:
        return spaced[id(item)]
    return is_subheading(prev, item, nxt, probs, blocks_marked, numbered)


def _section_heading(item: Item, following: Item | None) -> bool:
    """A heading whose words the body right under it opens with (segment.subheadings)."""
    if item.kind is not ItemKind.HEADS or following is None or following.kind is not ItemKind.BODY:
        return False
    return opens_the_text_below(item, following)


def _build(
    entries: list, parses: dict, headline_first: bool, margin: float, fits: Fits, blocks_marked: bool = False
) -> PagePlan:
    reading = attach(entries, parses, headline_first, fits, final=True)
    pairs, leftover = reading.pairs, reading.leftover
    taken: set[int] = set()
    if blocks_marked:
        leftover, taken = join_apart_kickers(entries, parses, pairs, leftover)
        leftover = move_restated_titles(entries, pairs, leftover)
    leftover = [*leftover, *_subtitles_set_apart(entries, pairs)]
    plans: list[ArticlePlan] = []
    plan_at: dict[int, ArticlePlan] = {}
    for k, entry in enumerate(entries):
        if isinstance(entry, ArticlePlan):
            if k in pairs:
                entry.stack, adjacent = pairs[k]
                entry.confidence = ADJACENT_CONFIDENCE if adjacent else DISTANT_CONFIDENCE
            if entry.guessed_joins:
                entry.confidence = min(entry.confidence, GUESSED_JOIN_CONFIDENCE)
            if entry.cut:
                entry.confidence = min(entry.confidence, CUT_CONFIDENCE)
            plans.append(entry)
            plan_at[k] = entry
    merged = merge_headless(plans, blocks_marked)
    plans = join_notice_closings([p for p in plans if id(p) not in merged])
    plan_at = {k: merged.get(id(p), p) for k, p in plan_at.items()}
    banners: list[Unit] = []
    for stack, run in leftover:
        if _lone_slogan(stack):
            banners.append(stack.title)
            continue
        host = _bylined_body_below(entries, run, stack, plan_at)
        if host is not None:
            host.stack = stack if host.stack is None else replace(host.stack, bylines=stack.bylines)
            continue
        plan = ArticlePlan(parts=[], stack=stack, confidence=ORPHAN_CONFIDENCE)
        plans.append(plan)
        plan_at[run] = plan
    for entry in entries:
        if isinstance(entry, Item) and entry.kind is ItemKind.HEADS:
            banners.extend(b for b in parses[id(entry)].banners if id(b) not in taken)
    page_top = frozenset(e.first for e in entries if isinstance(e, Item) and e.under_furniture)
    # Last lines of headline runs over a web page's meta line: their stacks hold no slogan.
    over_meta = frozenset(e.last for e in entries if isinstance(e, Item) and e.over_meta)
    for plan in plans:
        unwrapped = unwrapped_stack(plan)
        if unwrapped is not None:
            plan.stack = unwrapped
        if plan.stack is not None and plan.stack.units and plan.stack.units[-1].lines[-1].number in over_meta:
            continue
        slogan = _slogan_kicker(plan, page_top)
        if slogan is not None:
            banners.append(slogan)
            plan.stack = replace(plan.stack, kicker=None)
        slogan = _slogan_title(plan)
        if slogan is not None:
            banners.append(slogan)
            plan.stack = replace(plan.stack, kicker=None, title=plan.stack.kicker)
    plans = title_first_box_items(plans)
    kept = {id(plan) for plan in plans}
    plan_at = {k: plan for k, plan in plan_at.items() if id(plan) in kept}
    banners = titles_from_banners(plans, banners, printed_lines(entries), page_top)
    # The photo modules build on this one's plans, so they are imported here.
    from banmian.segment.captionattach import attach_captions
    from banmian.segment.photokickers import title_photos_from_kickers
    from banmian.segment.photos import (
        pair_photo_news,
        retitle_photos,
        return_photo_kickers,
        title_photos_below_headlines,
        title_photos_under_banners,
    )
    from banmian.segment.phototrades import credited_titles_to_bylines, return_restated_titles
    from banmian.segment.sharedtitles import split_shared_titles

    attach_captions(entries, plans, plan_at, parses)
    plans = pair_photo_news(plans)
    title_photos_below_headlines(plans)
    return_photo_kickers(plans)
    retitle_photos(plans)
    title_photos_from_kickers(plans)
    if blocks_marked:
        return_restated_titles(plans)
    plans = credited_titles_to_bylines(plans)
    banners = title_photos_under_banners(plans, banners)
    if not blocks_marked:
        title_from_text_runs(plans, headline_first)
    split_shared_titles(plans)
    plans = join_bodiless_stacks(plans)
    plans.sort(key=_plan_position)
    plans = join_editor_notes(plans)
    banner_texts = [(unit.text, unit.lines[0].number, unit.lines[-1].number) for unit in banners]
    banner_texts.sort(key=lambda banner: banner[1])
    return PagePlan(tuple(plans), tuple(banner_texts), headline_first, margin)


def _subtitles_set_apart(entries: list, pairs: dict[int, tuple[Stack, bool]]) -> list[tuple[Stack, int]]:
    """Plain subtitles (no dash) that a blank line sets apart from their title, taken out of their
    stacks in ``pairs`` and returned as left-over headlines of their runs: where blank lines mark
    pdftotext's blocks, a title over its subtitle is printed in one block (segment.unitshapes.
    blocks_apart), and a headline in a block of its own under a title is another article's. On
    the evaluation set's pdftotext pages 6 of the 46 plain subtitles set apart so were the truth's."""
    apart: list[tuple[Stack, int]] = []
    for k, (stack, adjacent) in list(pairs.items()):
        subtitle, title = stack.subtitle, stack.title
        if subtitle is None or title is None or subtitle.text.startswith(SUBTITLE_DASHES) or not blocks_apart(title, subtitle):
            continue
        pairs[k] = (replace(stack, subtitle=None), adjacent)
        run = next(
            (n for n, e in enumerate(entries) if isinstance(e, Item) and e.kind is ItemKind.HEADS and subtitle.lines[0] in e.lines),
            None,
        )
        if run is not None:
            apart.append((Stack(None, Unit(Role.HEADING, subtitle.lines), None, (), stack.confidence), run))
    return apart


def _bylined_body_below(entries: list, run: int, stack: Stack, plan_at: dict[int, ArticlePlan]) -> ArticlePlan | None:
    """The body right below a left-over stack of bylines alone, when that body has none: a byline
    is printed over its article's text in any drawing order, so on a page read body first (the
    title drawn after the text) it still stands above the text, not under the text before it."""
    if stack.kicker is not None or stack.title is not None or stack.subtitle is not None or not stack.bylines:
        return None
    host = plan_at.get(run + 1)
    if host is None or not host.parts or host.parts[0].first != stack.bylines[-1].lines[-1].number + 1:
        return None
    return host if host.stack is None or not host.stack.bylines else None


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


def _slogan_kicker(plan: ArticlePlan, page_top: frozenset[int]) -> Unit | None:
    """A phrased "kicker" none of whose words recur in the article is a banner above the headline
    (文明你我他 清廉之风扑面), not the article's kicker (新渡口 新气象 over a story of the 渡口).
    Right under the masthead or page header (``page_top``: first lines of items printed there)
    a phrased kicker is a banner unless the article restates it (PAGE_TOP_SLOGAN_MAX_AFFINITY)."""
    stack = plan.stack
    if stack is None or stack.kicker is None or not plan.parts or not is_banner_shaped(stack.kicker):
        return None
    opening = body_opening(plan.parts)
    kicker_fit = affinity(bigrams(stack.kicker.text), opening)
    limit = PAGE_TOP_SLOGAN_MAX_AFFINITY if stack.kicker.lines[0].number in page_top else SLOGAN_MAX_AFFINITY
    return stack.kicker if kicker_fit < limit else None


def _slogan_title(plan: ArticlePlan) -> Unit | None:
    """A phrased title under a kicker, where the article restates the kicker nearly whole and
    hardly a word of the title, is a slogan banner printed under the article's title (「临江县召开
    秋粮收购推进会」 over 「建设美丽家园 共享绿色生活」, a banner over the next story):
    segment.stacks reads a phrased line right under a plain one as its title by its place alone
    (``title_by_place_alone``), and a title's words recur in its article."""
    stack = plan.stack
    if stack is None or stack.kicker is None or stack.title is None or not plan.parts:
        return None
    if not title_by_place_alone(stack.kicker, stack.title):
        return None
    opening = body_opening(plan.parts)
    title_fit = affinity(bigrams(stack.title.text), opening)
    kicker_fit = affinity(bigrams(stack.kicker.text), opening)
    return stack.title if title_fit < SLOGAN_TITLE_MAX_AFFINITY and kicker_fit >= RESTATED_KICKER_AFFINITY else None


def _plan_position(plan: ArticlePlan) -> int:
    """Where the plan's article starts on the page: its first part, else its headline, else its
    first caption. A stack whose units the refinements all moved elsewhere (a photo's caption left
    behind) holds no line to place it by."""
    if plan.parts:
        return plan.parts[0].first
    if plan.stack is not None and plan.stack.units:
        return plan.stack.first_line
    return plan.captions[0].first if plan.captions else 0
