"""A photo's title that a body's lead restates goes back to that body.

Where blank lines mark the extractor's blocks (pdftotext), a photo's caption and the headlines
near it are printed in an order that the photo steps (segment.photos) read by place: a caption
printed right over two headlines, the second over its own body's byline, gave the photo that
second headline and the body the first, another article's (「临江县秋粮收储进度过半」 over 「林晓
会见青石镇代表团」 over 「本报讯（记者 何春生）……林晓会见了……」). An article's lead restates its
title (segment.affinity), a photo's caption restates its own title when it has one, and a
headline that neither the caption nor its present body restates while another body's lead
restates it nearly whole is that body's: the photo and the body trade titles, the photo keeping
the body's old one so that no headline is lost (its truth is unknown; it is not this body's).

Only the title moves: a kicker, subtitle or byline stays where it was printed (segment.restated
does the same for bodies). The thresholds are segment.restated's, measured there on the same
kind of misplacement.

A "photo" of a headline and a caption that is only its credit (「林晓 摄」), printed right over a
text that opens with its byline and has no headline, is that text's title and photo credit
(``credited_titles_to_bylines``, on every page): evaluation set caption F1 pdftotext 0.6046 ->
0.6071, -layout 0.8118 -> 0.8143; seed-1001 pages pdftotext title 0.5435 -> 0.5446, -layout
0.7772 -> 0.7783; held-out and pdfium unchanged.
"""

from __future__ import annotations

from dataclasses import replace

from banmian.fields.caption import without_credit
from banmian.segment.affinity import affinity, bigrams, body_opening
from banmian.segment.plans import DISTANT_CONFIDENCE, ArticlePlan
from banmian.segment.restated import (
    RESTATED_LEAD_CHARS,
    RESTATED_MIN_FIT,
    RESTATED_MIN_PAIRS,
    UNRESTATED_MAX_FIT,
)


def return_restated_titles(plans: list[ArticlePlan]) -> None:
    """Trades titles between photos and the bodies restating them (rewrites the plans' stacks)."""
    photos = [p for p in plans if not p.parts and p.captions and p.stack is not None and p.stack.title is not None]
    if not photos:
        return
    bodies = [p for p in plans if p.parts and not p.claimed]
    leads = {id(p): body_opening(p.parts, RESTATED_LEAD_CHARS) for p in bodies}
    taken: set[int] = set()
    for photo in photos:
        title = bigrams(photo.stack.title.text)
        if len(title) < RESTATED_MIN_PAIRS:
            continue  # too short to tell by its words
        caption = without_credit(photo.caption_text)
        if affinity(title, caption) >= UNRESTATED_MAX_FIT:
            continue  # the photo's own title, restated by its caption
        fits = [(affinity(title, leads[id(p)]), k) for k, p in enumerate(bodies) if id(p) not in taken]
        fit, best = max(fits, default=(0.0, -1))
        if fit < RESTATED_MIN_FIT:
            continue
        body = bodies[best]
        if _keeps_own_headline(body, leads[id(body)]):
            continue
        _trade(photo, body)
        taken.add(id(body))


#: Lines from a photo's credit to the byline under it, and from its title to the credit, within
#: which the three are one article's title, photo credit and byline (``credited_titles_to_bylines``).
CREDIT_BYLINE_REACH = 2


def credited_titles_to_bylines(plans: list[ArticlePlan]) -> list[ArticlePlan]:
    """A "photo" made of a headline and a caption that is only a credit (「林晓 摄」), printed right
    over a text that opens with its byline and has no headline, is that text's title and its photo's
    credit: an article printed title, photo, text (the credit under the photo, the byline under the
    credit). A text under a byline always has a headline, a photo news item needs words of its own.
    Returns the plans without the photos so absorbed."""
    absorbed: set[int] = set()
    for photo in plans:
        if photo.parts or not photo.captions or photo.stack is None or photo.stack.title is None:
            continue
        if without_credit(photo.caption_text).strip():
            continue  # a caption with words of its own: photo news
        if not 0 < photo.captions[0].first - photo.stack.title.lines[-1].number <= CREDIT_BYLINE_REACH:
            continue  # the headline stands right over the credit
        below = photo.captions[-1].last
        body = next(
            (
                p
                for p in plans
                if p.parts
                and (p.stack is None or p.stack.title is None)
                and 0 < p.parts[0].first - below <= CREDIT_BYLINE_REACH
                and p.parts[0].lines[0].leading_byline is not None
            ),
            None,
        )
        if body is None:
            continue
        if body.stack is None:
            body.stack = photo.stack
        else:  # bylines alone: the photo's headline fields join them
            body.stack = replace(body.stack, kicker=photo.stack.kicker, title=photo.stack.title, subtitle=photo.stack.subtitle)
        body.captions[:0] = photo.captions
        body.confidence = min(body.confidence, DISTANT_CONFIDENCE)
        absorbed.add(id(photo))
    return [p for p in plans if id(p) not in absorbed]


def _keeps_own_headline(body: ArticlePlan, lead: str) -> bool:
    """The body's lead restates its own title or kicker, so that headline is right where it is; or
    its title is too short to tell by its words (a box's label, 简讯, heads its box's first item)."""
    stack = body.stack
    if stack is None:
        return False
    if stack.title is not None and len(bigrams(stack.title.text)) < RESTATED_MIN_PAIRS:
        return True
    own = [unit for unit in (stack.title, stack.kicker) if unit is not None]
    return any(affinity(bigrams(unit.text), lead) >= UNRESTATED_MAX_FIT for unit in own)


def _trade(photo: ArticlePlan, body: ArticlePlan) -> None:
    moved = photo.stack.title
    if body.stack is None:
        body.stack = replace(photo.stack, kicker=None, subtitle=None, bylines=())
        rest = replace(photo.stack, title=None)
        photo.stack = rest if rest.units else None
    else:
        rest = replace(photo.stack, title=body.stack.title)  # None when the body had bylines alone
        photo.stack = rest if rest.units else None
        body.stack = replace(body.stack, title=moved)
    body.confidence = min(body.confidence, DISTANT_CONFIDENCE)
