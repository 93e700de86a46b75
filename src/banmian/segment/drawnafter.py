"""A headline drawn after its body, whole: on a page read body first, the run after a body opens
with that body's whole headline.

Extractors that follow the drawing order of a body-first page print each article's headline right
after its text, kicker and title together. The run's parse may still cut a kicker from its title
(the two lines alone often read as two titles): the upper piece then heads the body above, and the
lower one, a title with no kicker, is left over for no body, or offered to a body elsewhere on the
page that has none. The lower title's words recur in the body above, however weakly: once the
reading is chosen, it joins the upper title as one headline of that body (kicker and title divided
by the pair weights, segment.kickers), with its subtitle and bylines, when it fits the body above
(BODY_FIRST_JOIN_MIN_FIT) better than the body it was given, and is no photo's title over a caption
that restates it better (segment.phototitles).

Measured (pdfium; pdftotext unchanged): evaluation set title accuracy 0.9506 -> 0.9517, kicker F1
0.9181 -> 0.9193, subtitle F1 0.9185 -> 0.9206; seed 1001 title 0.9299 -> 0.9310, banner F1
0.9421 -> 0.9461; seed 1003 article F1 0.9708 -> 0.9711, title 0.9209 -> 0.9237, kicker 0.8946 ->
0.8982; seed 1005 article F1 0.9706 -> 0.9713, title 0.9103 -> 0.9124, subtitle 0.8571 -> 0.8665;
seed 1013 article F1 0.9634 -> 0.9639, title 0.9010 -> 0.9032, kicker 0.8743 -> 0.8782. Of the 32
joins on these pages, 29 give the truth's kicker and title, 2 one title wrapped over two lines
(divided as kicker and title), 1 joins a column's commentary title to the article above it. Without
the caption test, seed 1001 lost a photo's title and an article (article F1 0.9785 -> 0.9780).

A brief of a box (简讯) is printed title first even on such a page (segment.attach), under a bare
title: where the run's second stack is a kicker over the title of the brief right under the run,
that kicker is the end of the headline over the body above (its title, or its subtitle, by the
pair weights), when the upper title fits that body (BODY_FIRST_JOIN_MIN_FIT) and the brief restates
the kicker no better than that body does (``_kicker_up``). Twice on the pages above, both right:
seed 1001 pdfium kicker F1 0.8870 -> 0.8880, subtitle 0.9278 -> 0.9300; seed 1005 title 0.9124 ->
0.9130, kicker 0.8891 -> 0.8912. Without the upper title's fit, an article's kicker wrapped over
two lines (the upper piece fitting the body above 0.06) lost its first line to that body
(evaluation set title 0.9517 -> 0.9512).
"""

from __future__ import annotations

from dataclasses import replace

from banmian.layout.lines import LineInfo
from banmian.segment.headfits import Fits
from banmian.segment.items import ItemKind
from banmian.segment.kickers import group_fields
from banmian.segment.phototitles import titles_caption_below
from banmian.segment.plans import ArticlePlan, is_brief
from banmian.segment.stacks import Stack

#: The lower title must share at least this much (affinity, 0–1) of its character pairs with the
#: body above: a title's pairs recur in its own article's opening (median 0.63 on the synthetic
#: set's truth), and of the right joins the weakest fit 0.11-0.13 (a slogan title restates little).
#: A bound of 0.01 joined the same; 0.2 lost the weak ones (seed 1003 pdfium title 0.9237 ->
#: 0.9215, article F1 0.9711 -> 0.9708; seed 1001 title 0.9310 -> 0.9299).
BODY_FIRST_JOIN_MIN_FIT = 0.1
#: Confidence of a headline joined so.
BODY_FIRST_JOIN_CONFIDENCE = 0.6


def join_drawn_after(entries: list, parses: dict, pairs: dict[int, tuple[Stack, bool]], fits: Fits) -> None:
    """Join, in ``pairs``, each run's first two titles that the body above says are one headline,
    and give the headline over the body above the kicker set over a brief's title below."""
    owner = {id(stack): k for k, (stack, _) in pairs.items()}
    for k, entry in enumerate(entries):
        if isinstance(entry, ArticlePlan) or entry.kind is not ItemKind.HEADS:
            continue
        stacks = parses[id(entry)].stacks
        if len(stacks) < 2:
            continue
        upper, lower = stacks[0], stacks[1]
        body = owner.get(id(upper))
        if body is None or body > k or not pairs[body][1] or not _bare_title(upper) or lower.title is None:
            continue
        there = owner.get(id(lower))
        if lower.kicker is not None:
            if there is not None and _brief_below(entries, k, there) and _next_in_run(entry.lines, upper.title.lines[-1], lower.kicker.lines[0]):
                _kicker_up(entries, pairs, fits, (body, upper), (there, lower))
            continue
        if not _next_in_run(entry.lines, upper.title.lines[-1], lower.title.lines[0]):
            continue
        if titles_caption_below(entries, k, lower, [body], fits, parses):
            continue  # over a photo's caption that restates it better: the photo's title
        if there is not None and pairs[there][1]:
            continue  # set next to a body of its own
        guest = fits.fit(lower, entries[body])
        elsewhere = fits.fit(lower, entries[there]) if there is not None else 0.0
        if guest < BODY_FIRST_JOIN_MIN_FIT or guest <= elsewhere:
            continue
        kicker, title, subtitle = group_fields([upper.title, lower.title], lower.subtitle is None)
        pairs[body] = (Stack(kicker, title, subtitle or lower.subtitle, lower.bylines, BODY_FIRST_JOIN_CONFIDENCE), True)
        if there is not None:
            del pairs[there]


def _brief_below(entries: list, run: int, at: int) -> bool:
    """The body at ``at`` is a brief and the first body under the run."""
    return at > run and is_brief(entries[at]) and not any(isinstance(e, ArticlePlan) for e in entries[run + 1 : at])


def _kicker_up(entries: list, pairs: dict[int, tuple[Stack, bool]], fits: Fits, above: tuple[int, Stack], below: tuple[int, Stack]) -> None:
    """A brief is printed title first, under a bare title: the kicker the run's parse set over its
    title is the end of the headline over the body above, when the brief restates it no better
    than that body does."""
    (body, upper), (brief, lower) = above, below
    piece = Stack(None, lower.kicker, None, (), lower.confidence)
    if fits.fit(upper, entries[body]) < BODY_FIRST_JOIN_MIN_FIT or fits.fit(piece, entries[brief]) > fits.fit(piece, entries[body]):
        return
    kicker, title, subtitle = group_fields([upper.title, lower.kicker], True)
    pairs[body] = (Stack(kicker, title, subtitle, (), BODY_FIRST_JOIN_CONFIDENCE), pairs[body][1])
    pairs[brief] = (replace(lower, kicker=None), pairs[brief][1])


def _bare_title(stack: Stack) -> bool:
    """A title alone: no kicker over it, nothing under it."""
    return stack.title is not None and stack.kicker is None and stack.subtitle is None and not stack.bylines


def _next_in_run(lines: tuple[LineInfo, ...], upper: LineInfo, lower: LineInfo) -> bool:
    numbers = [line.number for line in lines]
    at = numbers.index(upper.number) if upper.number in numbers else -1
    return 0 <= at < len(numbers) - 1 and numbers[at + 1] == lower.number
