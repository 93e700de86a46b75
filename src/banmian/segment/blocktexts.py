"""The texts compared at an extractor's block breaks inside body runs (segment.foreignblocks):
the run a break follows, the blocks that open mid-paragraph and the plans that end open. Their
character pairs and the words across junctions are found once and kept, as each break asks about
the same blocks and the second pass about the same junctions.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import NamedTuple

from banmian.fields.wordbreak import breaks_word
from banmian.layout.lines import LineInfo
from banmian.segment.affinity import GrowingPairs, bigrams
from banmian.segment.items import Item
from banmian.segment.junctions import lines_open_end, parts_pairs, piece_start, printed_lines
from banmian.segment.plans import ArticlePlan


class RunText:
    """The text a block break in a body part follows: the plan's parts before the part
    (``before``), and the part's lines from the last cut (``first``) to the break (``upto``, set at
    each break). Its character pairs are taken only where a rule asks for them, and grown from
    break to break: taken afresh (a plan's whole text at each break) they were half the
    stitcher's time on the real sample page."""

    __slots__ = ("_added", "_grown", "before", "first", "lines", "upto")

    def __init__(self, before: list[Item], lines: tuple[LineInfo, ...], first: int) -> None:
        self.before = before
        self.lines = lines
        self.first = first
        self.upto = first
        self._grown: GrowingPairs | None = None
        self._added = first  # lines[first:_added] are in _grown

    def pairs(self) -> AbstractSet[str]:
        """``bigrams`` of the text; the set grows when a later break asks (read it at once)."""
        if self._grown is None:
            self._grown = GrowingPairs()
            self._grown.add("".join([ln.text for part in self.before for ln in part.lines]))
        if self._added < self.upto:
            self._grown.add("".join([ln.text for ln in self.lines[self._added : self.upto]]))
            self._added = self.upto
        return self._grown.pairs


class BlockStart(NamedTuple):
    """A block's open first line and the block's lines."""

    line: LineInfo
    block: tuple[LineInfo, ...]


class BlockStarts(NamedTuple):
    """The blocks' open starts, and what was found of them so far: the words across junctions
    (segmenting is the costly part, and the second pass asks again about the same junctions) and
    the character pairs of blocks (each block is compared with several runs)."""

    blocks: list[BlockStart]
    joins: dict[tuple[int, int], bool]
    pairs: dict[tuple[int, int], frozenset[str]]

    def pairs_of(self, block: tuple[LineInfo, ...]) -> frozenset[str]:
        """The character pairs of ``block``, by its first and last lines."""
        key = (block[0].number, block[-1].number)
        found = self.pairs.get(key)
        if found is None:
            found = self.pairs[key] = bigrams("".join([ln.text for ln in block]))
        return found

    def joins_word(self, end: LineInfo, start: LineInfo) -> bool:
        """``breaks_word`` across the junction of ``end`` and ``start``, asked once a page: the
        second pass meets the same junctions, and jieba's segmentation costs about 10 µs each."""
        key = (end.number, start.number)
        found = self.joins.get(key)
        if found is None:
            found = self.joins[key] = breaks_word(end.text, start.text)
        return found


class OpenEnd(NamedTuple):
    """A plan's open last line and the character pairs of the plan's text."""

    line: LineInfo
    pairs: frozenset[str]


def block_edges(entries: list) -> tuple[list[OpenEnd], list[BlockStart]]:
    """The plans' open ends (a column that ran out mid-sentence) and the open starts of every block
    of their bodies (a column opening mid-paragraph, or with a paragraph's last line).

    Only a plan's last line counts as an end: a block inside a run that stops mid-sentence is
    nearly always continued by the block printed after it, and letting it claim other blocks cost
    pdftotext 0.02 of article F1 on the synthetic set.
    """

    ends: list[OpenEnd] = []
    starts: list[BlockStart] = []
    printed = printed_lines(entries)
    for entry in entries:
        if not isinstance(entry, ArticlePlan) or not entry.bodies:
            continue
        lines = tuple([ln for part in entry.bodies for ln in part.lines])
        for k, line in enumerate(lines):
            if (k == 0 or line.number != lines[k - 1].number + 1) and piece_start(line):
                starts.append(BlockStart(line, block_at(lines, k)))
        if lines_open_end(lines, printed):
            ends.append(OpenEnd(lines[-1], parts_pairs(entry.parts)))
    return ends, starts


def block_at(lines: tuple[LineInfo, ...], k: int) -> tuple[LineInfo, ...]:
    """The block opening at ``lines[k]``: the lines printed on from it without a break."""
    end = k + 1
    while end < len(lines) and lines[end].number == lines[end - 1].number + 1:
        end += 1
    return lines[k:end]
