"""A paragraph's first line that ended early, read as a headline.

Chinese text breaks between any two characters, but a number, a Latin word or an abbreviation
(「2024」, 「5G」, 「“AAO”」 with its quotes) is never broken across lines: where one does not fit
in what is left of a line, the line ends short and the run opens the next one; the typesetter
spreads its characters over the column, and pdfium prints them spaced out. Such a line ends on no
mark, like a sub-heading, and a paragraph's first line, already short by its two-em indent, also
stands under a finished sentence, like one (「……居民用水更方便了。」/「水 厂 日 供 水 量 为」/
「12.5万吨，比去年增加」). The line under it is short too, for the Latin glyphs the line measure
underrates, and so looks like the paragraph's own opening: the classifier and the heading runs read
the pair as a heading over its paragraph, and the article is cut in two there.

``veto_early_wrapped_openings`` gives such a line back to the text when pdfium printed it spread
and its shortfall is no more than the indent and the run that opens the next line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.layout.fragments import printed_width
from banmian.layout.lines import LineInfo
from banmian.segment.headrules import WRAP_SLACK
from banmian.segment.junctions import PARAGRAPH_INDENT
from banmian.segment.roles import _BODY, _HEADING, Role

#: The run that may not be broken: opening marks, a number or Latin word with its own marks, and
#: the closing marks that may not open a line (「“AAO”」, 「《2024》」, 「12.5%」).
UNBREAKABLE_OPENING = re.compile(r"[“‘《（(]*[0-9A-Za-z][0-9A-Za-z.%:/+\-]*[”’》）)%]*")
#: Characters a piece between pdfium's gaps holds on average, at most, on a justified line: gaps
#: set between every character or two (「水 厂 日 供 水 量 为」, 「水厂 日供 水量为」), not between phrases.
MAX_JUSTIFIED_PIECE_MEAN = 3.0
#: A date and a comma opening the next line (「3月12日，」): a paragraph's opening, under a
#: headline, not a sentence going on from the line above.
DATED_OPENING = re.compile(r"[0-9]+[年月日][0-9月日]*[，,]")


def veto_early_wrapped_openings(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Give back to the text each one-line headline between two text lines that pdfium printed
    spread out (``justified``), ends no sentence, and whose shortfall the indent and the unbreakable
    run opening the next line explain (``_wrapped_early``), the next line going on with the sentence
    (it ends none, and opens on no date and comma). On the pdfium pages of the development sets
    (the evaluation set and seeds 1001, 1003, 1005, 1008, 1009 and 1013), the 14 lines so given back
    were all text; pdfium article F1 seed 1009 0.9547 -> 0.9582, 1008 0.9503 -> 0.9525, 1005
    0.9765 -> 0.9779, 1013 0.9731 -> 0.9739 (body CER 3.77 % -> 3.46 % on 1008), the other sets and
    pdftotext's layers unchanged (`-layout` seed 1005 +0.0002)."""
    for k in range(1, len(lines) - 1):
        if roles[k] is not _HEADING or roles[k - 1] is not _BODY or roles[k + 1] is not _BODY:
            continue
        line = lines[k]
        if line.ends_sentence or line.indented or not justified(line):
            continue
        if lines[k + 1].ends_sentence or DATED_OPENING.match(lines[k + 1].text) is not None:
            continue
        if _wrapped_early(line, lines[k + 1].text):
            roles[k] = _BODY


def justified(line: LineInfo) -> bool:
    """pdfium printed gaps between the line's characters, and the pieces they leave are shorter
    than words (MAX_JUSTIFIED_PIECE_MEAN): the typesetter spread the characters, where a headline's
    designer set gaps between its phrases (「建好水厂 管好水网」)."""
    pieces = line.raw.split()
    return len(pieces) >= 3 and sum(map(len, pieces)) < MAX_JUSTIFIED_PIECE_MEAN * len(pieces)


def _wrapped_early(line: LineInfo, next_text: str) -> bool:
    """``line`` falls short of its column by no more than an indent and the run opening
    ``next_text`` take (a line inside a paragraph, not indented, falls short by the run alone)."""
    run = UNBREAKABLE_OPENING.match(next_text)
    if run is None:
        return False
    # Widths are estimates (Latin glyphs, compressed marks): headrules.WRAP_SLACK allows for them.
    return line.column_width - line.width <= PARAGRAPH_INDENT + printed_width(run.group(0)) + WRAP_SLACK
