"""Features of the *heading run* a line belongs to (``RUN_NAMES``), part of the line's own vector in
the learned line classifier (segment.linefeatures): what stands around a short run of headline-like
lines is what tells a sub-heading (the article goes on: body text of the same column on both
sides, sharing its words) from the title of another article (a byline after it, words shared with
one side only). Everything here reads only ``LineInfo`` fields and cheap string tests.

Like segment.linefeatures, this module must not import ``segment.roles``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate
from operator import add
from typing import TYPE_CHECKING

from banmian.layout.lines import LineInfo
from banmian.segment.bylines import AGENCY_OPENING, BYLINE_PREFIX, OPENING_FIRST_CHARS
from banmian.segment.lineshape import FIRST_LINE_MAX_SHORTFALL_EM, FIRST_LINE_MIN_SHORTFALL_EM, shaped

if TYPE_CHECKING:
    from banmian.segment.linefeatures import Vector

#: CJK characters, the ranges of layout.punctuation.is_cjk (a regular expression: one call a run
#: instead of one a character).
CJK_CHARS = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff\uf900-\ufaff]+")
#: A heading run (consecutive headline-like lines, blank lines skipped) longer than this many
#: lines is not a headline: kicker, two title lines, subtitle and a wrapped subtitle line make 5.
MAX_RUN_LINES = 5
#: Run lengths are counted up to this many lines (then scaled to 0..1): a sub-heading has one or
#: two, a headline stack more.
RUN_CAP = 4
#: Characters of text on each side of a run compared with it for shared words: about a short
#: paragraph, the text next to a sub-heading that continues or opens the same story.
OVERLAP_WINDOW_CHARS = 200
#: A heading run ends after a line filling less than this share of its column when a paragraph
#: starts below it: a one-line sub-heading is a short phrase; body lines of narrow columns fill
#: 0.85–0.95 (compressed punctuation), and must not break a paragraph into runs.
RUN_BREAK_FILL = 0.8
#: Two bodies around a sub-heading share their column: widths within this many em (the same
#: tolerance as segment.subheadings.SUBHEADING_SAME_COLUMN).
SAME_COLUMN_EM = 1.5

#: Features of the heading run a line belongs to, part of its own vector (after OWN_NAMES). A run
#: is a stretch of at most MAX_RUN_LINES headline-like lines (``LineInfo.headable`` or a dash
#: subtitle; no date, furniture or jump) that does not continue a paragraph; lines outside such
#: runs (nearly all body lines) have zeros here, which keeps their vectors few and cached.
RUN_NAMES: tuple[str, ...] = (
    "run",  # the line is in a heading run: the other run features are live
    "run_lines",  # lines in the run / RUN_CAP, capped at 1
    "run_shaped",  # some line of the run is letter-spaced, phrased or wider than its column
    "run_page_top",  # nothing before the run: the page's first text
    "run_after_jump",  # the line before is a jump note (下转…): a body-first page's title follows
    "run_prev_body",  # the line before holds a sentence mark: body text
    "run_prev_short_end",  # the line before ends a sentence and is visibly short: a paragraph end
    "run_next_byline",  # the line after opens with a byline or dateline or is one: a new article
    "run_next_body",  # the line after is body text (a comma or sentence mark, no byline)
    "run_between_bodies",  # body text on both sides
    "run_same_column",  # …and both of the same column width: one article's column
    "overlap_prev",  # share of the run's character pairs in the OVERLAP_WINDOW_CHARS before it
    "overlap_next",  # …in the OVERLAP_WINDOW_CHARS after it
    "overlap_both",  # the smaller of the two: a sub-heading shares words with both sides
    "page_position",  # share of the page's text lines before the run
)
#: What a line outside any heading run has for RUN_NAMES.
NO_RUN: tuple[float | bool, ...] = (False,) * len(RUN_NAMES)


def _opens_article(line: LineInfo) -> bool:
    text = line.text
    return (
        line.leading_byline is not None
        or line.byline_line is not None
        or (text[:1] in OPENING_FIRST_CHARS and (BYLINE_PREFIX.match(text) is not None or AGENCY_OPENING.match(text) is not None))
    )


def _continues(line: LineInfo) -> bool:
    """Whether a line straight below a run reads as the run's text going on. It starts something
    when indented, shaped like a headline, opening a byline, or shaped like a paragraph's first
    line and free of sentence marks (a line ending a sentence is often as short, from its
    half-width punctuation: 「……颁发奖状。」)."""
    shortfall = line.column_width - line.width
    return not (
        line.indented
        or shaped(line)
        or (not line.has_sentence_punct and FIRST_LINE_MIN_SHORTFALL_EM <= shortfall <= FIRST_LINE_MAX_SHORTFALL_EM)
        or _opens_article(line)
    )


def char_pairs(text: str) -> set[str]:
    """Adjacent CJK character pairs of ``text``, punctuation and Latin skipped (as
    segment.affinity.bigrams): the words a headline shares with its article."""
    chars = "".join(CJK_CHARS.findall(text))
    return set(map(add, chars, chars[1:]))


def _overlap(pairs: set[str], window: str) -> float:
    return len([pair for pair in pairs if pair in window]) / len(pairs) if pairs and window else 0.0


def run_vectors(lines: Sequence[LineInfo], index: Sequence[int]) -> dict[int, Vector]:
    """RUN_NAMES vectors of the lines in heading runs, by position among the non-blank lines
    ``index``. A run is a maximal stretch of at most MAX_RUN_LINES headline-like lines (blank lines
    skipped) that is not part of a paragraph: the line before it (if any) ends a sentence, holds no
    sentence mark (a byline, a jump note) or is set off by a blank line; its last line does not end
    mid-clause (，、); and the line straight below it, if any, starts something (``_continues``):
    otherwise it is the paragraph's next line, and the run the paragraph's lines that hold no
    sentence mark. Only these few runs are measured, so the page costs little."""
    m = len(index)
    # Headline-like: could be a headline (no sentence mark …) or a dash subtitle, and not a date,
    # furniture or a jump note. Inlined: this runs on every line.
    nb = [lines[i] for i in index]
    member = [
        (ln.headable or ln.dash_subtitle) and ln.date_line is None and ln.furniture is None and ln.jump is None for ln in nb
    ]
    texts: list[str] | None = None  # the page's text, joined at the first run measured
    offsets: list[int] = []
    joined = ""
    out: dict[int, Vector] = {}
    j = 0
    while j < m:
        if not member[j]:
            j += 1
            continue
        a = j
        j += 1
        # A heading run ends where a short line (under RUN_BREAK_FILL) is followed by a paragraph's
        # start: a sub-heading or a title, then a first line with no sentence mark. Across a blank
        # line (pdftotext's block end) only a headline's shape goes on: the next block of a stack.
        while j < m and member[j]:
            above, below = nb[j - 1], nb[j]
            if index[j] - index[j - 1] > 1:
                linked = shaped(below) or shaped(above)
            else:
                linked = above.width >= RUN_BREAK_FILL * above.column_width or _continues(below)
            if not linked:
                break
            j += 1
        b = j  # the run is positions a..b-1
        if b - a > MAX_RUN_LINES:
            continue
        prev = nb[a - 1] if a > 0 else None
        if prev is not None and not (prev.ends_sentence or not prev.has_sentence_punct or index[a] - index[a - 1] > 1):
            continue  # the paragraph goes on through these lines
        if nb[b - 1].ends_continuing:
            continue
        nxt = nb[b] if b < m else None
        if nxt is not None and index[b] - index[b - 1] == 1 and _continues(nxt):
            continue  # the paragraph runs on into the next line
        run_lines = nb[a:b]
        if texts is None:
            texts = [ln.text for ln in nb]
            offsets = [0, *accumulate(map(len, texts))]
            joined = "".join(texts)
        run_text = "".join(texts[a:b])
        start, stop = offsets[a], offsets[b]
        before = joined[max(0, start - OVERLAP_WINDOW_CHARS) : start]
        # A paragraph that opens by repeating the run (a lead-in printed as a sub-heading, as the
        # synthetic pages make theirs) would count the run's own words: they are skipped.
        if joined.startswith(run_text, stop):
            stop += len(run_text)
        after = joined[stop : stop + OVERLAP_WINDOW_CHARS]
        pairs = char_pairs(run_text)
        over_prev = _overlap(pairs, before)
        over_next = _overlap(pairs, after)
        prev_body = prev is not None and prev.has_sentence_punct
        next_opens = nxt is not None and _opens_article(nxt)
        next_body = nxt is not None and not next_opens and (nxt.has_sentence_punct or "，" in nxt.text)
        between = prev_body and next_body
        vector = (
            True,
            min(b - a, RUN_CAP) / RUN_CAP,
            any(map(shaped, run_lines)),
            prev is None,
            prev is not None and prev.jump is not None,
            prev_body,
            prev is not None and prev.ends_sentence and prev.column_width - prev.width >= FIRST_LINE_MIN_SHORTFALL_EM,
            next_opens,
            next_body,
            between,
            between and abs(prev.column_width - nxt.column_width) <= SAME_COLUMN_EM,
            over_prev,
            over_next,
            min(over_prev, over_next),
            a / m,
        )
        for k in range(a, b):
            out[k] = vector
    return out
