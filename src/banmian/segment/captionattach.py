"""Photo captions with their articles: which article, headline or photo each caption belongs to.

Rules: a caption goes to the article nearby (within CAPTION_REACH entries) that holds most of its
character pairs, at least CAPTION_MIN_AFFINITY, the credit left out; a bare credit goes to what
is printed right above it; a caption restating the headline line right above it (a headline with
no body, or printed after its body) is that line's photo, whatever article it fits; a caption
that fits no article takes the nearest headline left without a body, a headline set right above
another caption staying with that one; a caption that fits neither is a photo standing on its own
(segment.photos titles it).
"""

from __future__ import annotations

from banmian.fields.caption import without_credit
from banmian.segment.affinity import affinity, bigrams, body_opening
from banmian.segment.build import box_label
from banmian.segment.items import Item, ItemKind
from banmian.segment.phototitles import CAPTION_MIN_AFFINITY, caption_below
from banmian.segment.plans import ORPHAN_CONFIDENCE, ArticlePlan

#: Entries (items) on each side of a caption searched for its article.
CAPTION_REACH = 3
#: A caption restating at least this share (affinity, 0–1) of the character pairs of the headline
#: line right above it is that line's photo (photo news), whatever article beside it shares its
#: words. The three photo titles so read on the seed-1001 dev pages' pdfium text were restated
#: 0.83–0.92 by their captions; 0.35 and 0.7 gave the same figures as 0.5 there (caption F1 0.877
#: -> 0.885).
CAPTION_RESTATES_TITLE = 0.5


def attach_captions(entries: list, plans: list[ArticlePlan], plan_at: dict[int, ArticlePlan], parses: dict) -> None:
    """Where a photo caption goes.

    A caption describes its article's story, so it joins the nearby article whose text shares its
    words (caption–body affinity), or a nearby headline left without a body (photo news: a title
    over a photo); a caption that fits neither is a photo standing on its own.
    """
    stack_plan = {id(p.stack): p for p in plans if p.stack is not None}
    titled_caption = _captions_under_titles(entries, parses, stack_plan)
    for k, entry in enumerate(entries):
        if not (isinstance(entry, Item) and entry.kind is ItemKind.CAPTION):
            continue
        words = without_credit("".join([ln.text for ln in entry.lines]))
        if not words.strip():
            target = _plan_right_above(entries, k, parses, stack_plan)
            if target is not None:
                target.captions.append(entry)
                continue
        caption_pairs = bigrams(words)
        nearby = _nearby_plans(entries, k, parses, stack_plan)
        scored = [(affinity(caption_pairs, body_opening(p.parts, None)), -distance, p) for distance, p in nearby if p.parts]
        best = max(scored, key=lambda t: (t[0], t[1]), default=None)
        headline = _restated_headline_above(plans, entry, words)
        if best is not None and best[0] >= CAPTION_MIN_AFFINITY and (headline is None or headline is best[2]):
            target = best[2]
        elif headline is not None and not headline.parts and not headline.captions:
            target = headline
        elif headline is not None:
            target = None  # a photo of its own: its title is the line above (title_photos_below_headlines)
        else:
            target = _photo_title_near(nearby, k, titled_caption)
        if target is None:
            target = ArticlePlan(parts=[], confidence=ORPHAN_CONFIDENCE)
            plans.append(target)
        target.captions.append(entry)


def _restated_headline_above(plans: list[ArticlePlan], caption: Item, words: str) -> ArticlePlan | None:
    """The plan whose headline ends on the line right above the caption, when the caption restates
    that line (CAPTION_RESTATES_TITLE) and the plan has no body or was printed body first.

    A photo's title and its caption tell one event (「林晓会见何春生」/「……林晓在京会见何春生」),
    so a caption restating the line over it is that line's photo even where an article beside it
    on a like subject shares its words. A body-first article's headline ends its text, so what
    follows it is another piece, and the line is a photo's title read into that headline
    (title_photos_below_headlines gives it back); a headline-first article's own photo may stand
    between its headline and its text, and the caption stays with the article its words fit."""
    line = caption.first - 1
    for plan in plans:
        stack = plan.stack
        if stack is None or stack.title is None or stack.title.lines[-1].number != line:
            continue
        if plan.parts and plan.parts[0].first > stack.first_line:
            return None  # headline first: a caption under it is its own story's photo
        fit = affinity(bigrams(stack.title.lines[-1].text), words)
        return plan if fit >= CAPTION_RESTATES_TITLE else None
    return None


def _captions_under_titles(entries: list, parses: dict, stack_plan: dict) -> dict[int, int]:
    """The caption entry set right under each headline run's last headline (by the id of that
    headline's plan): a photo's title sits right above its own caption."""
    under: dict[int, int] = {}
    for j, entry in enumerate(entries[:-1]):
        if isinstance(entry, Item) and entry.kind is ItemKind.HEADS and caption_below(entries, j) is not None:
            stacks = parses[id(entry)].stacks
            plan = stack_plan.get(id(stacks[-1])) if stacks else None
            if plan is not None:
                under[id(plan)] = j + 1
    return under


def _photo_title_near(nearby: list[tuple[int, ArticlePlan]], k: int, titled_caption: dict[int, int]) -> ArticlePlan | None:
    """The nearest headline left without a body or a photo for the caption entry ``k`` (photo
    news), the one above first on a tie; a headline set right above another caption is that
    caption's title, not this one's."""
    free = [
        (distance, p)
        for distance, p in nearby
        if not p.parts
        and not p.captions
        and p.stack is not None
        and box_label(p) is None
        and titled_caption.get(id(p), k) == k
    ]
    return min(free, key=lambda t: t[0], default=(0, None))[1]


def _plan_right_above(entries: list, k: int, parses: dict, stack_plan: dict) -> ArticlePlan | None:
    """The article printed right above a caption that is only a credit (本报记者 林晓 摄): a lone
    credit has no words to match a story by, and it is set under its own photo, which stands
    under its article's headline or text (or is photo news under its own title)."""
    above = entries[k - 1] if k > 0 else None
    if isinstance(above, ArticlePlan):
        # A notice's closing that joined its notice (segment.closings) left its plan empty.
        return above if above.parts or above.stack is not None else None
    if isinstance(above, Item) and above.kind is ItemKind.HEADS and parses[id(above)].stacks:
        return stack_plan.get(id(parses[id(above)].stacks[-1]))
    return None


def _nearby_plans(entries: list, k: int, parses: dict, stack_plan: dict) -> list[tuple[int, ArticlePlan]]:
    """Plans within CAPTION_REACH entries of a caption, with their distance."""
    out: list[tuple[int, ArticlePlan]] = []
    for j in range(max(0, k - CAPTION_REACH), min(len(entries), k + CAPTION_REACH + 1)):
        other = entries[j]
        plan = None
        if isinstance(other, ArticlePlan):
            plan = other
        elif other.kind is ItemKind.HEADS and parses[id(other)].stacks:
            stacks = parses[id(other)].stacks
            plan = stack_plan.get(id(stacks[-1] if j < k else stacks[0]))
        if plan is not None and all(plan is not p for _, p in out):
            out.append((abs(j - k), plan))
    return out
