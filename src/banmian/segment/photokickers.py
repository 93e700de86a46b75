"""A photo's title read as the kicker of an unrelated article's headline.

pdftotext prints a photo's own title (图片新闻) apart from its caption, often right above the
headline of another article, and the two then read as a kicker over that article's title. Such a
line is told from a real kicker by its article's text: a kicker leads into its article, so the
lead paragraph restates it, while the headline under it is restated and the photo's title is not.
A photo left without a title takes the nearest such line printed before its caption (a title
stands above its photo), within PHOTO_KICKER_REACH source lines.
"""

from __future__ import annotations

from dataclasses import replace

from banmian.segment.affinity import affinity, bigrams, body_opening
from banmian.segment.headunits import Unit
from banmian.segment.plans import DISTANT_CONFIDENCE, ArticlePlan
from banmian.segment.stacks import Stack

#: A kicker whose character pairs the article's opening restates at most this much (affinity, 0–1)
#: may be a photo's title. pdftotext on the evaluation set: the photo titles read as kickers were
#: restated 0.0–0.1; about four in five real kickers more than 0.12.
PHOTO_KICKER_MAX_BODY_FIT = 0.12
#: ... while the article's opening restates the headline under it at least this much (0–1): the
#: headline is the article's own, so the line above it is not a lead-in the text goes on from
#: (most photo titles read as kickers sat over headlines restated 0.33–0.89; evaluation set).
PHOTO_KICKER_MIN_TITLE_FIT = 0.3
#: The kicker's first line at most this many source lines before the photo's caption: pdftotext
#: printed the two 5–34 lines apart on the evaluation set.
PHOTO_KICKER_REACH = 45
#: A line this short (characters) is a lead-in label (「林晓强调」), not a photo's title.
PHOTO_KICKER_MIN_CHARS = 6
#: How a lead-in kicker ends (「……——」, 「……：」): it runs on into the headline under it.
LEAD_IN_ENDINGS = ("—", "：", ":")


def title_photos_from_kickers(plans: list[ArticlePlan]) -> None:
    """A photo without a title takes the nearest kicker above its caption that is not its
    article's lead-in."""
    # Asked once: taking a kicker only takes it from its donor, which then has none to give.
    donors = [p for p in plans if _foreign_kicker(p)]
    for photo in [p for p in plans if not p.parts and p.captions and p.stack is None]:
        line = photo.captions[0].first
        near = [
            p for p in donors if p.stack.kicker is not None and 0 < line - p.stack.kicker.lines[0].number <= PHOTO_KICKER_REACH
        ]
        if not near:
            continue
        donor = max(near, key=lambda p: p.stack.kicker.lines[0].number)
        kicker = donor.stack.kicker
        donor.stack = replace(donor.stack, kicker=None)
        photo.stack = Stack(None, Unit(kicker.role, kicker.lines), None, (), DISTANT_CONFIDENCE)
        photo.confidence = DISTANT_CONFIDENCE


def _foreign_kicker(plan: ArticlePlan) -> bool:
    """The article's kicker is not restated by its opening while its title is: a line set above
    the headline that the text does not go on from, which a lead-in would be."""
    stack = plan.stack
    if not plan.parts or stack is None or stack.kicker is None or stack.title is None:
        return False
    if stack.subtitle is not None and stack.bylines:
        return False  # a full display (kicker, title, subtitle over its byline) is set as one
    words = stack.kicker.text
    if len(words) < PHOTO_KICKER_MIN_CHARS or words.endswith(LEAD_IN_ENDINGS):
        return False
    opening = body_opening(plan.parts)
    return (
        affinity(bigrams(words), opening) <= PHOTO_KICKER_MAX_BODY_FIT
        and affinity(bigrams(stack.title.text), opening) >= PHOTO_KICKER_MIN_TITLE_FIT
    )
