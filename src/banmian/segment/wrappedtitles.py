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
from banmian.segment.headpairs import KICKER_ENDING, LONG_LINE_CHARS
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
#: Characters across the break, half on either side, that must occur in the text for a kicker a
#: blank line sets apart to be a wrapped title's first line: more than the three that a kicker in
#: the same block needs, as the blank line says kicker.
FOUR_ACROSS = 4
#: Marks that end a headline element: the element is finished, not broken at its line's end.
CLOSING_MARKS = "：:，,"


def unwrapped_stack(plan: ArticlePlan) -> Stack | None:
    """The plan's headline with a kicker over its title (``kicker_is_wrapped_title``) or a title
    over its subtitle (``subtitle_is_wrapped_title``) read as one wrapped title, where the text
    shows the wrap; None where it does not."""
    stack = plan.stack
    if stack is None or stack.title is None or not plan.parts:
        return None
    if kicker_is_wrapped_title(plan):
        return replace(stack, kicker=None, title=_joined(stack.kicker, stack.title, stack.title))
    if subtitle_is_wrapped_title(plan):
        return replace(stack, title=_joined(stack.title, stack.subtitle, stack.title), subtitle=None)
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
    title). A blank line between the two (``blocks_apart``: where blank lines mark blocks, a kicker
    stands in one of its own) is outweighed only by FOUR_ACROSS characters across the break: a
    `pdftotext -layout` dump, read in lanes, prints blank rows inside a title set large. `-layout`
    title accuracy +0.0011 to +0.0016 on seeds 1001, 1003, 1005 and 1013 (kicker F1 +0.0009 to
    +0.0027), the evaluation set's unchanged; seed 1005 lost an article there (-0.0002), and
    pdftotext's title accuracy gained 0.0005 on it."""
    stack = plan.stack
    if stack is None or stack.kicker is None or stack.title is None or not plan.parts:
        return False
    head, tail = stack.kicker.text, stack.title.text
    if not head or not tail or head.endswith(KICKER_DASH) or head[-1] in CLOSING_MARKS or is_banner_shaped(stack.kicker):
        return False
    if KICKER_ENDING.search(head) is not None:
        return False
    text = body_opening(plan.parts, None)
    half = FOUR_ACROSS // 2
    if blocks_apart(stack.kicker, stack.title) and (head[-half:] + tail[:half]) not in text:
        return False  # a wrapped title stands in one block (segment.unitshapes.blocks_apart)
    if SPEECH_VERBS.search(head) is not None:
        return False  # it reports words (「林晓强调推进青石镇……」): the title under it gives them
    if stack.title.lines[0].width > WRAP_MAX_GROWTH * stack.kicker.lines[-1].width:
        return False  # a wrapped title's first line filled its measure: the next one is no longer
    return _runs_on(head, tail, text)


def subtitle_is_wrapped_title(plan: ArticlePlan) -> bool:
    """A "subtitle" that is the second line of a wrapped title: the title runs on across the
    break in the article's own text (「青石镇与临江县签订茶叶」/「购销协议三年增长两成」).
    Not a subtitle that a double dash opens (「——」): the dash sets it apart, and a text restating
    it may run the title's last words on into the dash by chance (a single dash joins a name
    broken over the two lines: 「……中国」/「—东盟……」); nor one of LONG_LINE_CHARS characters or more:
    a subtitle is set smaller than its title and holds more characters, and a long one detailing a
    meeting opens with words that the title's last ones run on into in the text by chance
    (「……委员长会议」/「决定……」 over a text telling of 「会议决定」). On the pdfium pages of the
    evaluation set and seeds 1001, 1003, 1005 and 1013, of the titles over a plain subtitle with three
    characters across the break in the text, 11 of the 14 read wrong were wrapped titles with 6 to
    16 characters under the break (the other 3 had a title read wrong either way), and the 7 read
    right had subtitles of 23 characters or more.
    Pdfium title accuracy: evaluation set 0.9550 -> 0.9560, seeds 1001 +0.0005, 1003 +0.0005, 1005
    0.9198 -> 0.9224, 1013 +0.0011 (subtitle F1 +0.0020 to +0.0109); pdftotext's title accuracy
    +0.0000 to +0.0021 and `-layout`'s +0.0000 to +0.0016 by set."""
    stack = plan.stack
    if stack is None or stack.title is None or stack.subtitle is None or not plan.parts:
        return False
    head, tail = stack.title.text, stack.subtitle.text
    if not head or not tail or tail.startswith(KICKER_DASH) or head[-1] in CLOSING_MARKS:
        return False
    if is_banner_shaped(stack.title) or blocks_apart(stack.title, stack.subtitle):
        return False
    if sum(line.cjk for line in stack.subtitle.lines) >= LONG_LINE_CHARS:
        return False
    return _runs_on(head, tail, body_opening(plan.parts, None))


def _runs_on(head: str, tail: str, text: str) -> bool:
    """Three characters across the break between ``head`` and ``tail`` occur in ``text``."""
    return (head[-2:] + tail[0]) in text or (head[-1] + tail[:2]) in text


def _joined(upper: Unit, lower: Unit, title: Unit) -> Unit:
    """The two units as one, in the title's role."""
    return Unit(title.role, (*upper.lines, *lower.lines))
