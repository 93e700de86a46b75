"""A headline goes to the body that restates it, away from one that shares none of its words.

Where blank lines mark the extractor's blocks (pdftotext), headlines are printed away from their
bodies, and pairing them by place gives some a body that shares none of their words while their
own article, elsewhere on the page, has no headline or one whose words it does not share either.
An article's lead restates its title (segment.affinity): a title that its body does not restate
at all and that another body's lead restates nearly whole, that body holding no headline it
restates, is that body's. Only where blank lines mark blocks (segment.assign): pdfium prints a
headline next to its body.

Evaluation set, pdftotext: title 0.5643 -> 0.5703, article F1 0.7197 -> 0.7201, subtitle 0.7309
-> 0.7339, caption 0.6038 -> 0.6089, banner 0.8392 -> 0.8458, author 0.7676 -> 0.7681, body CER
0.2390 -> 0.2391, jump 0.6166 -> 0.6135 (a title line read as body text left behind joined
another article); -layout title 0.6902 -> 0.6940, article F1 0.8080 -> 0.8088, body CER 0.1573 ->
0.1555, subtitle 0.7481 -> 0.7462. Held-out set, pdftotext: title 0.5122 -> 0.5158, article F1
0.6522 -> 0.6523, body CER 0.3298 -> 0.3294, kicker 0.5762 -> 0.5751, caption 0.4939 -> 0.4911;
-layout title 0.6871 -> 0.6889, article F1 0.8094 -> 0.8099, subtitle 0.7614 -> 0.7646, caption
0.6967 -> 0.6995. Moving the kicker along with the title (instead of leaving it): pdftotext
kicker 0.5886 -> 0.5826; moving a stack into a body whose own kicker it restates: -layout kicker
0.6829 -> 0.6811; leaving bylines behind: pdftotext author 0.7670 -> 0.7681.

A stack whose kicker the body restates and whose title another body restates is split
(``_split``): evaluation set pdftotext title 0.5703 -> 0.5724, kicker 0.5886 -> 0.5904; held-out
title 0.5158 -> 0.5164, kicker 0.5751 -> 0.5762; -layout and pdfium unchanged. Splitting onto a
body whose own headline stands right over it too lost a photo's title on a -layout page (article
F1 0.8088 -> 0.8083).

Thresholds tried on the evaluation set (pdftotext title): RESTATED_MIN_FIT 0.5 / 0.6 / 0.7 gave
0.5714 / 0.5724 / 0.5703 (0.5 lost subtitles, 0.7339 -> 0.7283); UNRESTATED_MAX_FIT 0.05 / 0.1 /
0.15 gave 0.5708 / 0.5724 / 0.5724.

A bare title printed right under another body's bare title, both restated by that body, is that
body's title under its kicker (``_join_under``): pdftotext title 0.5724 -> 0.5730, kicker 0.5904
-> 0.5925; held-out -layout kicker 0.6517 -> 0.6518; -layout and held-out pdftotext unchanged.
Allowing a subtitle under the lower title took another article's subtitle along (-layout title
0.6940 -> 0.6934, subtitle 0.7462 -> 0.7411; held-out -layout title 0.6889 -> 0.6883, kicker
0.6517 -> 0.6507).
"""

from __future__ import annotations

from dataclasses import replace

from banmian.segment.affinity import affinity, bigrams, body_opening
from banmian.segment.headunits import Unit
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack

#: Characters of a body's opening compared with a title: the lead, which names what the title
#: names (segment.apartkickers.APART_LEAD_CHARS: with more, stitched neighbours' words creep in).
#: 120 / 200 / 300 characters: pdftotext title 0.5724 / 0.5730 / 0.5724, kicker 0.5904 / 0.5925 /
#: 0.5895, subtitle 0.7339 / 0.7339 / 0.7283 (article F1 0.7199 / 0.7201 / 0.7207).
RESTATED_LEAD_CHARS = 200
#: A title sharing less than this share (0–1) of its CJK character pairs with its body's lead is
#: not restated there. Of the 102 truth titles on the evaluation set's pdftotext pages that
#: another predicted article held, 83 were held by a body whose lead shares 0.0; a right title's lead shares
#: 0.63 at the median (segment.splitheads.SPLIT_MIN_FIT).
UNRESTATED_MAX_FIT = 0.1
#: A title whose pairs another body's lead holds at least this share of is restated there: of
#: those 102 misplaced titles, the own body's lead held at least 0.6 in 33.
RESTATED_MIN_FIT = 0.6
#: A stack whose kicker its body's lead restates at least this much (0–1), over a title it does
#: not restate and another body's lead restates, is two articles' titles read as one stack (on
#: the evaluation set's pdftotext pages, 8 matched articles had their title read as the kicker
#: over another article's title). 0.1 and 0.3 split the same stacks there.
SPLIT_KICKER_MIN_FIT = 0.3
#: Line numbers from a bare title's last line to the first of a headline read as its title
#: (``_kicker_over``): the next line, or the one after a blank line.
KICKER_OVER_MAX_GAP = 2
#: Titles of fewer CJK character pairs than this (a four-character title has three) are too
#: short to tell by their words: their pairs recur in any article on the topic.
RESTATED_MIN_PAIRS = 4


def move_restated_titles(entries: list, pairs: dict[int, tuple[Stack, bool]], leftover: list[tuple[Stack, int]]) -> list[tuple[Stack, int]]:
    """Rewrites ``pairs`` (body index -> stack, adjacent): each paired or left-over stack whose
    title its body does not restate goes to the body restating it most, when that body holds no
    stack or one it does not restate; a stack so displaced takes the moved one's body when that
    body restates it more, and is left over otherwise. Returns the new left-over list."""
    leads = {k: body_opening(e.parts, RESTATED_LEAD_CHARS) for k, e in enumerate(entries) if _open_body(e)}
    candidates = [(k, stack) for k, (stack, _) in pairs.items()] + [(None, stack) for stack, _ in leftover]
    moved: set[int] = set()
    for here, stack in candidates:
        title = _title_pairs(stack)
        if title is None or here in moved:
            continue
        split = False
        if here is not None:
            lead = leads.get(here, "")
            if affinity(title, lead) >= UNRESTATED_MAX_FIT:
                continue
            kicker = bigrams(stack.kicker.text) if stack.kicker is not None else frozenset()
            split = affinity(kicker, lead) >= SPLIT_KICKER_MIN_FIT
            if not split and affinity(kicker, lead) >= UNRESTATED_MAX_FIT:
                continue
        fits = sorted(((affinity(title, lead), k) for k, lead in leads.items() if k != here and k not in moved), reverse=True)
        if not fits or fits[0][0] < RESTATED_MIN_FIT:
            continue
        there = fits[0][1]
        held = pairs.get(there)
        if held is not None and _title_pairs(held[0]) is None:
            continue  # too short to tell
        if held is not None and _restated_here(held[0], _title_pairs(held[0]), leads[there]):
            if not split and _kicker_over(held[0], stack):
                leftover = _join_under(stack, here, there, pairs, leftover)
                moved.add(there)
            continue  # that body's own headline
        if split and held is not None and held[1]:
            continue  # a headline set right over its body stays there
        if split:
            leftover = _split(stack, here, there, pairs, leftover)
        else:
            leftover = _move(stack, here, there, pairs, leftover, leads)
        moved.add(there)
    return leftover


def _move(
    stack: Stack, here: int | None, there: int, pairs: dict[int, tuple[Stack, bool]], leftover: list[tuple[Stack, int]], leads: dict[int, str]
) -> list[tuple[Stack, int]]:
    """Gives ``stack`` (paired with body ``here``, or left over with ``None``) to body ``there``.
    A paired stack leaves its kicker and bylines behind: they stand over the body it was printed
    over (a kicker that body restates keeps the stack where it is, ``_restated_here``, and one it
    does not restate is no likelier the moved title's). The stack ``there`` held takes ``here``
    when that body shares any of its title's pairs, and is left over otherwise."""
    held = pairs.get(there)
    pairs[there] = (stack if here is None else replace(stack, kicker=None, bylines=()), False)
    leftover = _take(stack, here, pairs, leftover)
    if held is not None:
        displaced = held[0]
        if here is not None and here not in pairs and affinity(bigrams(displaced.title.text), leads.get(here, "")) > 0:
            pairs[here] = (displaced, False)
        else:
            leftover.append((displaced, there))
    return leftover


def _kicker_over(upper: Stack, lower: Stack) -> bool:
    """A bare title printed right over another bare one (at most a blank line between): where
    pdftotext prints a kicker in a block of its own, the two may be one stack."""
    if upper.kicker is not None or upper.subtitle is not None or upper.title is None:
        return False
    if lower.kicker is not None or lower.subtitle is not None:
        return False
    return 0 < lower.title.lines[0].number - upper.title.lines[-1].number <= KICKER_OVER_MAX_GAP


def _join_under(stack: Stack, here: int | None, there: int, pairs: dict[int, tuple[Stack, bool]], leftover: list[tuple[Stack, int]]) -> list[tuple[Stack, int]]:
    """Body ``there`` restates both its headline and ``stack``'s title, printed right under it:
    its headline is the kicker, ``stack``'s the title."""
    upper, adjacent = pairs[there]
    bylines = upper.bylines if here is not None else (*upper.bylines, *stack.bylines)
    pairs[there] = (Stack(upper.title, stack.title, None, bylines, upper.confidence), adjacent)
    return _take(stack, here, pairs, leftover)


def _take(stack: Stack, here: int | None, pairs: dict[int, tuple[Stack, bool]], leftover: list[tuple[Stack, int]]) -> list[tuple[Stack, int]]:
    """Takes a stack away from body ``here`` (or from the left-over list with ``None``), leaving
    its kicker and bylines over that body."""
    if here is None:
        return [(s, run) for s, run in leftover if s is not stack]
    if stack.kicker is not None or stack.bylines:
        pairs[here] = (Stack(stack.kicker, None, None, stack.bylines, stack.confidence), pairs[here][1])
    else:
        del pairs[here]
    return leftover


def _split(stack: Stack, here: int, there: int, pairs: dict[int, tuple[Stack, bool]], leftover: list[tuple[Stack, int]]) -> list[tuple[Stack, int]]:
    """The stack's "kicker", which body ``here`` restates, is that body's title; its "title",
    which body ``there`` restates, is that body's: two articles' titles printed one over the other,
    read as one stack. The stack ``there`` held is left over."""
    held = pairs.get(there)
    pairs[here] = (Stack(None, Unit(Role.HEADING, stack.kicker.lines), stack.subtitle, stack.bylines, stack.confidence), pairs[here][1])
    pairs[there] = (Stack(None, stack.title, None, (), stack.confidence), False)
    if held is not None:
        leftover.append((held[0], there))
    return leftover


def _restated_here(stack: Stack, title: frozenset[str], lead: str) -> bool:
    """The body's lead restates the stack's title or its kicker: a kicker right for its body over
    a title that is another's is a stack the parse built wrong, not a headline set apart."""
    kicker = bigrams(stack.kicker.text) if stack.kicker is not None else frozenset()
    return max(affinity(title, lead), affinity(kicker, lead)) >= UNRESTATED_MAX_FIT


def _open_body(entry: object) -> bool:
    return isinstance(entry, ArticlePlan) and bool(entry.parts) and not entry.claimed


def _title_pairs(stack: Stack) -> frozenset[str] | None:
    if stack.title is None:
        return None
    pairs = bigrams(stack.title.text)
    return pairs if len(pairs) >= RESTATED_MIN_PAIRS else None
