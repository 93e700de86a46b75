"""An article while the page is planned (segment.assign), and the plan of a page.

Mutable only while planning: the pairing of headlines and bodies (segment.assign), the stitching
of pieces (segment.stitch) and the photo captions (segment.photos) fill the plans in, and the
articles are built from them (segment.build).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from banmian.segment.items import Item, ItemKind, ends_with_credit
from banmian.segment.stacks import Stack

#: Confidence of a headline attachment: a headline next to its body, one placed from afar, none.
ADJACENT_CONFIDENCE = 0.9
DISTANT_CONFIDENCE = 0.6
ORPHAN_CONFIDENCE = 0.5
#: An article holding a piece joined on only because it came next in the extractor's order (no
#: word across the junction): at most this confidence, as low as one without a headline.
GUESSED_JOIN_CONFIDENCE = 0.5
#: An article cut off another that would have carried two bylines (segment.bylinedtwice): at most
#: this confidence. The cut is read from the bylines and a heading's place, not from its words; a
#: headline placed from afar is as uncertain.
CUT_CONFIDENCE = DISTANT_CONFIDENCE


@dataclass(slots=True)
class ArticlePlan:
    """An article being put together (internal, mutable only while planning)."""

    parts: list[Item]  # BODY items and sub-heading HEADS items, in reading order
    stack: Stack | None = None
    captions: list[Item] = field(default_factory=list)
    confidence: float = ORPHAN_CONFIDENCE
    guessed_joins: int = 0  # pieces joined on in extraction order alone (segment.stitch)
    # Cut off the run it was printed in because another plan repeats its words (segment.foreignblocks):
    # a piece of an article printed apart, which asks for no headline of its own.
    claimed: bool = False
    # Opens mid-paragraph and no open end took it (segment.stitch): a column of an article printed
    # apart, offered no left-over headline.
    unjoined: bool = False
    # Cut off an article that would have carried two bylines (segment.bylinedtwice).
    cut: bool = False

    @property
    def bodies(self) -> list[Item]:
        return [p for p in self.parts if p.kind is ItemKind.BODY]

    @property
    def caption_text(self) -> str:
        """Its captions' text, lines run together."""
        return "".join([ln.text for c in self.captions for ln in c.lines])


@dataclass(frozen=True, slots=True)
class PagePlan:
    articles: tuple[ArticlePlan, ...]
    banner_texts: tuple[tuple[str, int, int], ...]  # (text, first line, last line)
    headline_first: bool
    mode_margin: float


def is_brief(plan: ArticlePlan) -> bool:
    """A body closed by its authors in brackets (「……。（林晓 何春生）」) is a brief: it needs no
    headline, so it is no orphan that left-over headlines must go to, nor one that asks the page
    for more headlines (a brief's own title sits right above it and is paired first)."""
    last = plan.bodies[-1].lines if plan.bodies else ()
    return bool(last) and last[-1].text.endswith(("）", ")")) and ends_with_credit(last, len(last) - 1)
