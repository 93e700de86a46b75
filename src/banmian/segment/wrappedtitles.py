"""A title wrapped over two lines that the headline's parse read as two of its elements.

The two-unit readings of segment.headpairs are made before a headline meets its body, from the
units' shapes and words alone. Once it has met it, the article's own text can settle them: a news
lead restates its title, and where it does, it runs on across the title's line break
(「临江县加强农机技」/「术与设备推广」: 「……农机技术与设备……」 in the text), while a kicker's last
characters and its title's first, or a title's and its subtitle's, meet in the text only by
chance. Three characters across the break must occur there, not two: two meet by chance in a long
text (「临江县秋季运动会」/「中学组林晓夺冠」 over a text telling of a race: 「会中」).
"""

from __future__ import annotations

from dataclasses import replace

from banmian.segment.affinity import body_opening
from banmian.segment.headpairs import KICKER_ENDING
from banmian.segment.headunits import Unit, is_banner_shaped
from banmian.segment.plans import ArticlePlan
from banmian.segment.stacks import KICKER_DASH, Stack
from banmian.segment.unitshapes import SPEECH_VERBS, blocks_apart

#: A title's line under a "kicker" more than this many times as wide (the widths as printed:
#: half-width digits count half) goes on no wrapped title: a title wraps when its first line is
#: full, and its next line, in the same type, holds at most about as much. The wrapped titles the
#: rule read on the development pages grew up to 1.6 times (a first line cut short before a long
#: name or figure); 2.0 leaves a margin over that.
WRAP_MAX_GROWTH = 2.0
#: Marks that end a headline element: the element is finished, not broken at its line's end.
CLOSING_MARKS = "：:，,"


def unwrapped_stack(plan: ArticlePlan) -> Stack | None:
    """The plan's headline with a kicker over its title read as one wrapped title
    (``kicker_is_wrapped_title``), where the text shows the wrap; None where it does not."""
    stack = plan.stack
    if stack is None or stack.title is None or not plan.parts:
        return None
    if kicker_is_wrapped_title(plan):
        return replace(stack, kicker=None, title=_joined(stack.kicker, stack.title, stack.title))
    return None


def kicker_is_wrapped_title(plan: ArticlePlan) -> bool:
    """A "kicker" that is the first line of a wrapped title: the title runs on across the break in
    the article's own text. Not a kicker that ends on a verb of speech (「林晓在调研时强调」): its text
    may well run 「强调发展……」 on; nor one that holds such a verb anywhere, nor one under which the
    title's line is more than twice as wide (WRAP_MAX_GROWTH): a news lead runs an office and its
    deed on (「……文化馆开展……」) as the kicker and title do. SPEECH_VERBS anywhere covers most of
    KICKER_ENDING's verbs; KICKER_ENDING adds endings that report no words (部署, 发现, 看到). pdfium title accuracy: evaluation set 0.9376
    -> 0.9381, seeds 1001, 1003 and 1005 +0.0011, +0.0016 and +0.0010; pdftotext's evaluation
    pages lost a title (a title over its subtitle, read as one title before, now as a kicker over a
    title)."""
    stack = plan.stack
    if stack is None or stack.kicker is None or stack.title is None or not plan.parts:
        return False
    head, tail = stack.kicker.text, stack.title.text
    if not head or not tail or head.endswith(KICKER_DASH) or head[-1] in CLOSING_MARKS or is_banner_shaped(stack.kicker):
        return False
    if KICKER_ENDING.search(head) is not None or blocks_apart(stack.kicker, stack.title):
        return False  # a wrapped title stands in one block (segment.unitshapes.blocks_apart)
    if SPEECH_VERBS.search(head) is not None:
        return False  # it reports words (「林晓强调推进青石镇……」): the title under it gives them
    if stack.title.lines[0].width > WRAP_MAX_GROWTH * stack.kicker.lines[-1].width:
        return False  # a wrapped title's first line filled its measure: the next one is no longer
    return _runs_on(head, tail, body_opening(plan.parts, None))


def _runs_on(head: str, tail: str, text: str) -> bool:
    """Three characters across the break between ``head`` and ``tail`` occur in ``text``."""
    return (head[-2:] + tail[0]) in text or (head[-1] + tail[:2]) in text


def _joined(upper: Unit, lower: Unit, title: Unit) -> Unit:
    """The two units as one, in the title's role."""
    return Unit(title.role, (*upper.lines, *lower.lines))
