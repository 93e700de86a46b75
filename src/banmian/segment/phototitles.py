"""A headline right above a photo's caption: the photo's title, or a body's.

A left-over headline over a caption is the photo's title (图片新闻) when the caption restates it
better than any body left without a headline does, or, once the reading is chosen, when no such
body restates it at all. The last headline of a run over a caption titles the photo rather than
the body next to the run when that body does not restate it (segment.attach asks, the reading
chosen), unless the caption restates that body and not the headline: then the photo is the body's
own, printed between its headline and its text, and the headline is the body's (an essay's or a
commentary's title seldom recurs in its text).
"""

from __future__ import annotations

from banmian.fields.caption import without_credit
from banmian.segment.affinity import affinity, bigrams, body_opening
from banmian.segment.headfits import Fits
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.stacks import Stack

#: A left-over headline right above a photo caption stays the photo's title when it shares this
#: much more of its character pairs (affinity, 0–1) with the caption than with any body lacking a
#: headline: a photo's own caption restates its title, a distant body rarely does.
PHOTO_TITLE_FIT_MARGIN = 0.1
#: A headline right above a photo caption whose words recur in no body beside it (affinity at
#: most this, 0–1) is the photo's title. Measured on the 200-page evaluation set (pdfium): of
#: headlines over a caption, photo titles fit the body they were given 0.0–0.1, story headlines
#: over their own photo's caption 0.12 and more (most above 0.3).
PHOTO_TITLE_MAX_BODY_FIT = 0.1
#: A caption joins an article that holds at least this share of its character pairs; below it the
#: photo stands on its own. A standalone photo's caption near an article on a like subject shares
#: a few of its pairs (officials' titles, place names): on the evaluation set's pdfium pages six
#: such captions fit their neighbour 0.15–0.2, and two captions of the article's own photo did.
#: 0.15 -> 0.2 raised caption F1 (pdfium 0.850 -> 0.860, pdftotext 0.580 -> 0.590; held-out pdfium
#: 0.813 -> 0.818) and pdfium article F1 0.930 -> 0.931 (held-out 0.914 -> 0.916); 0.25 gave less.
CAPTION_MIN_AFFINITY = 0.2


def titles_caption_below(
    entries: list, run: int, stack: Stack, orphans: list[int], fits: Fits, parses: dict, unrestated: bool = False
) -> bool:
    """A left-over headline right above a photo's caption is the photo's title when the caption
    restates it better than any body without a headline does, or (``unrestated``, asked once the
    reading is chosen, so that the choice itself is not swayed) when no body without one restates
    it at all: a caption that is only a credit restates nothing, yet the headline over it is the
    photo's rather than a far body's."""
    caption = caption_below(entries, run)
    if caption is None or stack is not parses[id(entries[run])].stacks[-1]:
        return False
    body_fit = max((fits.fit(stack, entries[k]) for k in orphans), default=0.0)
    if unrestated and body_fit <= PHOTO_TITLE_MAX_BODY_FIT:
        return True
    return _caption_fit(stack, caption, fits) > PHOTO_TITLE_FIT_MARGIN + body_fit


def caption_below(entries: list, run: int) -> Item | None:
    nxt = entries[run + 1] if run + 1 < len(entries) else None
    return nxt if isinstance(nxt, Item) and nxt.kind is ItemKind.CAPTION else None


def _caption_fit(stack: Stack, caption: Item, fits: Fits) -> float:
    return affinity(fits.pairs(stack), without_credit("".join([ln.text for ln in caption.lines])))


def photo_title_over_body(entries: list, run: int, stack: Stack, body: int, headline_first: bool, fits: Fits) -> bool:
    """The last headline of a run set right above a photo's caption titles the photo, not the body
    next to the run, when that body does not restate it (fit at most PHOTO_TITLE_MAX_BODY_FIT).

    Read headline first, a caption between a headline and its body is rare in pdfium's order (none
    among the evaluation set's pdfium pages): the caption under the headline is the photo's, unless
    it restates the body and not the headline: pdftotext prints a story's own photo between its
    headline and its text, and an essay's or a commentary's title seldom recurs in its text.
    Read body first, a story's headline is followed by its own photo's caption, which restates the
    story: there a caption with words takes an unrestated headline only when it restates the
    headline and not the body (a caption that is nothing but a credit has no words to restate
    either, and takes it).
    """
    caption = caption_below(entries, run)
    if caption is None:
        return False
    body_fit = fits.fit(stack, entries[body])
    caption_fit = _caption_fit(stack, caption, fits)
    restates_body = _restates_body(without_credit("".join([ln.text for ln in caption.lines])), entries[body])
    if not headline_first and _words_in(caption):
        # Body first, a story's own photo follows its headline, and its caption restates the
        # story: only a caption that restates the title and not the body is the photo's own.
        return not restates_body and body_fit <= PHOTO_TITLE_MAX_BODY_FIT and caption_fit > PHOTO_TITLE_FIT_MARGIN + body_fit
    if restates_body and caption_fit <= PHOTO_TITLE_FIT_MARGIN + body_fit:
        return False  # the body's own photo, printed between its headline and its text
    return body_fit <= PHOTO_TITLE_MAX_BODY_FIT or caption_fit > PHOTO_TITLE_FIT_MARGIN + body_fit


def _words_in(caption: Item) -> bool:
    """Whether the caption holds words besides its credit."""
    return bool(without_credit("".join([ln.text for ln in caption.lines])).strip())


def _restates_body(words: str, body: ArticlePlan) -> bool:
    """The caption's words restate the body's opening (CAPTION_MIN_AFFINITY): the body's photo."""
    return bool(words.strip()) and affinity(bigrams(words), body_opening(body.parts, None)) >= CAPTION_MIN_AFFINITY
