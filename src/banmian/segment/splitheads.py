"""One headline over two or more lines that the run's parse read as the titles of two stacks.

Two headline lines of about one width in a row are either one headline wrapped (「临江县第三届乡村
文化旅游节」/「在青石镇开幕」) or the titles of two articles printed in a row (pdftotext prints the
headlines of side-by-side articles so); the lines alone rarely tell, and a page that seems to want
two headlines reads two. The bodies tell: once the reading of the page is chosen, a run read as
two titles (a kicker over the upper one only, as a kicker ending on a verb of speech over a
title of two lines; a subtitle or byline under the lower one only, which then goes with the
joined headline: a byline under a headline's last line made that line a stack of its own) is one
headline when the body that one of them heads restates the other as well as it restates its own
(SPLIT_MIN_FIT), and the other fits the body it was given clearly worse (SPLIT_MIN_MARGIN): that
body loses a title that was never its own. The two then divide into kicker, title and subtitle by
the pair weights (segment.kickers), as any two units of one stack.

Two titles a blank line sets apart (pdftotext's blocks) are joined only as a kicker printed in a
block of its own over a title printed in its body's block, right over its first line, when the body
restates the upper line too (``_kicker_apart``): side-by-side articles' whole titles are printed in
a row the same way.
"""

from __future__ import annotations

from banmian.layout.lines import LineInfo
from banmian.segment.headfits import Fits
from banmian.segment.items import ItemKind
from banmian.segment.kickers import group_fields
from banmian.segment.plans import ArticlePlan
from banmian.segment.stacks import Stack

#: The body must restate at least this share (affinity, 0–1) of the other line's character pairs:
#: a title's pairs recur in its own article's opening (median 0.63 on the synthetic set's truth),
#: another article's title on the same page rarely above 0.13 (segment.attach.SWAP_MIN_GAIN). On
#: the evaluation set, 0.4, 0.5 and 0.6 gave pdfium kicker F1 0.843, 0.841 and 0.840 (title 0.854
#: each); the held-out set read the same at 0.4 and 0.5.
SPLIT_MIN_FIT = 0.4
#: …and the other line must fit the body it was given by at least this much (affinity) less.
SPLIT_MIN_MARGIN = 0.3
#: Confidence of a title joined so.
SPLIT_CONFIDENCE = 0.6
#: Lines of each of the two titles: a headline set over up to three lines may be cut anywhere.
#: Titles of one line only: evaluation set pdfium article F1 0.9317, title 0.8535; up to three
#: lines: 0.9322 and 0.8540 (pdftotext title 0.4759 -> 0.4780, held-out pdfium 0.8305 -> 0.8311).
SPLIT_MAX_LINES = 3


def rejoin_split_titles(entries: list, parses: dict, pairs: dict[int, tuple[Stack, bool]], fits: Fits) -> None:
    """Join, in ``pairs``, each run's two titles that one body says are one headline."""
    owner = {id(stack): k for k, (stack, _) in pairs.items()}
    for entry in entries:
        if isinstance(entry, ArticlePlan) or entry.kind is not ItemKind.HEADS:
            continue
        stacks = parses[id(entry)].stacks
        if len(stacks) != 2 or not _titled_above(stacks[0]) or not _titled_below(stacks[1]):
            continue
        upper, lower = stacks
        if not _next_in_run(entry.lines, upper.title.lines[-1], lower.title.lines[0]):
            continue
        members = [u for u in (upper.kicker, upper.title, lower.title) if u is not None]
        kicker, title, subtitle = group_fields(members, lower.subtitle is None)
        joined = Stack(kicker, title, subtitle or lower.subtitle, lower.bylines, SPLIT_CONFIDENCE)
        apart = lower.title.lines[0].number != upper.title.lines[-1].number + 1
        for host, guest in ((upper, lower), (lower, upper)):
            body = owner.get(id(host))
            if body is None or (apart and not _kicker_apart(upper, lower, entries[body], fits)):
                continue
            there = owner.get(id(guest))
            guest_fit = fits.fit(guest, entries[body])
            elsewhere = fits.fit(guest, entries[there]) if there is not None else 0.0
            if guest_fit >= SPLIT_MIN_FIT and guest_fit >= fits.fit(host, entries[body]) - SPLIT_MIN_MARGIN and elsewhere <= guest_fit - SPLIT_MIN_MARGIN:
                pairs[body] = (joined, pairs[body][1])
                if there is not None:
                    del pairs[there]
                break


def _kicker_apart(upper: Stack, lower: Stack, body: ArticlePlan, fits: Fits) -> bool:
    """Two titles a blank line sets apart are one headline only as a kicker printed in a block of
    its own over a title printed in its body's block: the lower title stands right over the
    body's first line, and the body restates the upper line too (SPLIT_MIN_FIT), as an article
    restates its kicker. Two whole titles of side-by-side articles, printed in a row, are set apart
    the same way; of such pairs joined on the evaluation set (pdftotext), the right ones' upper
    lines fit the body 0.59-0.92, the wrong ones' 0.0-0.29."""
    printed_over = bool(body.parts) and lower.title.lines[-1].number + 1 == body.parts[0].first
    return printed_over and fits.fit(upper, body) >= SPLIT_MIN_FIT


def _next_in_run(lines: tuple[LineInfo, ...], upper: LineInfo, lower: LineInfo) -> bool:
    """The lower title's first line comes right after the upper's last among the run's lines, with
    at most blank lines between: pdftotext prints a kicker in a block of its own over its title
    (232 times on the evaluation set's truth; in the title's block 34)."""
    numbers = [line.number for line in lines]
    at = numbers.index(upper.number) if upper.number in numbers else -1
    return 0 <= at < len(numbers) - 1 and numbers[at + 1] == lower.number


def _titled_above(stack: Stack) -> bool:
    """The upper stack: a title of at most SPLIT_MAX_LINES lines, perhaps under a kicker, and
    nothing under it."""
    return stack.subtitle is None and not stack.bylines and stack.title is not None and len(stack.title.lines) <= SPLIT_MAX_LINES


def _titled_below(stack: Stack) -> bool:
    """The lower stack: a title of at most SPLIT_MAX_LINES lines and no kicker; a subtitle or
    bylines under it go with the joined headline, set under it as under any title."""
    return stack.kicker is None and stack.title is not None and len(stack.title.lines) <= SPLIT_MAX_LINES
