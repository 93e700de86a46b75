"""Lines of two neighbouring columns printed in turn inside one block: a reading order in doubt.

pdftotext interleaves the columns of a page set with loose leading as one-line blocks
(``layout.interleave`` reads those apart); on some real Founder pages it prints two columns of an
article line by line *inside* one block, without the blank lines (the real page in ``../shared``,
a brief's second and third columns: a line of one, then a line of the other, and so on), its digits split off as well, and no rule reads such text apart yet. What the text does show is
that its lines do not go on one into the next, but into the line after next: a dictionary word runs
across few of the junctions of neighbouring lines inside a sentence (true junctions: about 39 %,
``layout.interleave``) and across many of those two lines apart. The engine says so (a page
warning and lower confidences for the articles holding such lines), as the issue asks, rather than
present a mixed text as sure.

Rules: a window of ALTERNATION_WINDOW text lines of one block (blank lines end blocks) with at
least MIN_JUNCTIONS junctions inside sentences alternates when at most MAX_STRAIGHT_SHARE of its
neighbouring lines' junctions carry a word across and at least MIN_SKIP_SHARE of its junctions two
lines apart do. Measured on the first 100 pages of the evaluation set: no window of pdftotext's
1,181 blocks, nor of pdfium's pages, alternates; on the real page one block of 17 lines does
(straight 0.0, two apart 0.2).
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.fields.wordbreak import breaks_word, may_break_word
from banmian.layout.lines import LineInfo

#: Text lines (count) read together: enough junctions to tell, few enough to find one block's
#: stretch of alternating lines in a page printed without blank lines.
ALTERNATION_WINDOW = 16
#: Fewest junctions inside sentences (count) a window needs to be judged.
MIN_JUNCTIONS = 8
#: Most share (0–1) of neighbouring lines' junctions carrying a word across in an alternating window.
MAX_STRAIGHT_SHARE = 0.1
#: Least share (0–1) of the junctions of lines two apart carrying a word across in one.
MIN_SKIP_SHARE = 0.15


def alternating_lines(lines: Sequence[LineInfo]) -> list[int]:
    """Numbers (``LineInfo.number``) of the text lines in windows that alternate; empty mostly."""
    flagged: set[int] = set()
    for block in _blocks(lines):
        step = max(1, ALTERNATION_WINDOW // 2)
        for start in range(0, max(1, len(block) - ALTERNATION_WINDOW // 2), step):
            window = block[start : start + ALTERNATION_WINDOW]
            if _alternates(window):
                flagged.update(line.number for line in window)
    return sorted(flagged)


def _blocks(lines: Sequence[LineInfo]) -> list[list[LineInfo]]:
    blocks: list[list[LineInfo]] = [[]]
    for line in lines:
        if line.blank:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    return [block for block in blocks if len(block) >= MIN_JUNCTIONS + 2]


def _alternates(window: Sequence[LineInfo]) -> bool:
    straight = [(a, b) for a, b in zip(window, window[1:], strict=False) if not a.ends_sentence]
    if len(straight) < MIN_JUNCTIONS:
        return False
    allowed = MAX_STRAIGHT_SHARE * len(straight)
    across = 0
    for a, b in straight:  # most windows read straight on: stop at the words across that show it
        across += may_break_word(a.text, b.text)
        if across > allowed:
            return False
    skips = [(a, b) for a, b in zip(window, window[2:], strict=False) if not a.ends_sentence]
    return sum(1 for a, b in skips if breaks_word(a.text, b.text)) >= MIN_SKIP_SHARE * len(skips)
