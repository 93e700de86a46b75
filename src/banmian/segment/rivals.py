"""Plans that claim a block printed after another article's finished sentence (segment.foreignblocks).

On a page whose blocks are column segments, a block after a finished sentence belongs to another
plan when that plan shares far more of its character pairs than the run it follows does, and
more for its size: pdftotext printed that article's column after the run's last one.
"""

from __future__ import annotations

from banmian.layout.lines import LineInfo
from banmian.segment.blocktexts import BlockStarts, RunText
from banmian.segment.junctions import (
    CLAIM_MIN_SHARED_PAIRS,
    CLAIM_SHARED_FACTOR,
    claims,
    parts_pairs,
    piece_start,
)
from banmian.segment.plans import ArticlePlan

#: A block after a finished sentence is cut off the run it follows (on a page of column segments,
#: segment.foreignblocks.COLUMN_BLOCKS_MIN_BREAKS) when another plan shares far more of its CJK
#: character pairs (CLAIM_MIN_SHARED_PAIRS, CLAIM_SHARED_FACTOR) and, per character pair of that
#: plan's text, at least this many times as many as the run does per pair of its own (a long text
#: shares more pairs with any block by chance, a short run fewer; the run's shared pairs are
#: counted as at least RIVAL_MIN_OWN_SHARED). Measured on pdftotext's pages of the evaluation set:
#: of the paragraph-start blocks claimed on the shared pairs alone, 19 of the 24 under 1.5 were cut
#: inside one article by the truth, 9 of the 49 over it; with 1.5, of the 106 cuts the rule makes,
#: 83 fall between two articles, 6 inside one, 17 unread (lines the engine joined). pdftotext
#: article F1 there 0.6463 / 0.6469 / 0.6463 at 1 / 1.5 / 2 (0.6409 without the rule),
#: pdftotext-layout 0.7191 / 0.7195 / 0.7189.
RIVAL_RATE_FACTOR = 1.5
#: The share above counts the run's shared pairs as at least this many (pairs): a run sharing none
#: still needs the other plan to share some pairs for its size.
RIVAL_MIN_OWN_SHARED = 0.5


class Rivals:
    """The page's plans that may claim a block after a finished sentence: those that do not open
    mid-paragraph themselves (such a piece is likelier the block's own continuation than another
    article: without this test the rule gained 0.003 of pdftotext article F1 on the evaluation set
    instead of 0.005, measured before claimed pieces were kept from left-over headlines).
    Their character pairs are taken on first asking; ``current``: the plan being cut, which claims
    none of its own blocks; ``cut``: the first lines of the blocks claimed."""

    __slots__ = ("_pairs", "cut", "current", "plans")

    def __init__(self, entries: list) -> None:
        # Each plan's parts as they stand before any cut (a plan cut keeps its last piece).
        self.plans = [
            (e, list(e.parts)) for e in entries if isinstance(e, ArticlePlan) and e.bodies and not piece_start(e.bodies[0].lines[0])
        ]
        self.current: ArticlePlan | None = None
        self.cut: set[int] = set()
        self._pairs: dict[int, frozenset[str]] = {}

    def claim(self, block: tuple[LineInfo, ...], own: RunText, starts: BlockStarts) -> bool:
        """Whether another plan shares far more of the block's character pairs than the run it
        follows, and more for its size (RIVAL_RATE_FACTOR); the block is noted as cut."""
        pairs = starts.pairs_of(block)
        if len(pairs) < CLAIM_MIN_SHARED_PAIRS:
            return False
        own_pairs = own.pairs()
        if not own_pairs:
            return False
        own_shared = len(pairs & own_pairs)
        if CLAIM_SHARED_FACTOR * own_shared >= len(pairs):
            return False  # no plan can share far more of the block's pairs: none are asked
        own_rate = max(own_shared, RIVAL_MIN_OWN_SHARED) / len(own_pairs)
        for plan, parts in self.plans:
            if plan is self.current:
                continue
            found = self._pairs.get(id(plan))
            if found is None:
                found = self._pairs[id(plan)] = parts_pairs(parts)
            shared = len(pairs & found)
            if claims(shared, own_shared, False) and shared >= RIVAL_RATE_FACTOR * own_rate * len(found):
                self.cut.add(block[0].number)
                return True
        return False
