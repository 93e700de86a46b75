"""Full lines of running text that a sentence goes on from: the line under one is no headline.

A line that fills its column and stops mid-sentence goes on in the line below it, so that line,
however short or plain, starts no headline: the rules and the line classifier take such lines
for titles (a short line that ends the sentence, a full line with no punctuation to compress).
segment.runon applies these tests in its veto of headline lines (veto_words_across_breaks).
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.layout.lines import LineInfo
from banmian.layout.punctuation import CLOSERS, SQUEEZED_OPENING_MARKS
from banmian.segment.junctions import PARAGRAPH_INDENT
from banmian.segment.linefeatures import BOX_LABELS, KICKER_DASH
from banmian.segment.roles import (
    _BODY,
    _HEADING,
    _JUMP,
    CLAUSE_MARKS,
    Role,
    closed_by_credit,
    opens_with_byline,
)

#: How much wider (em) than the text's column a line of that column may be: punctuation
#: compression varies a full line's width by about an em either way.
COLUMN_LINE_MAX_OVERHANG = 1.5
#: A line filling this share of its column is a full one: a column's lines are full to within
#: an em of punctuation compression, about 0.95 of a 20 em column.
FULL_FILL = 0.9
#: A line may not end on an opening mark (禁则): the typesetter carries the mark, with the character
#: it opens on, to the next line and spreads the rest of the line, which the text layer prints an
#: em or so short. So much (em) is added to the reach of a line over one opening with such a mark.
#: Seed 1003 pdfium article F1 0.9756 -> 0.9763, body CER 1.80 % -> 1.63 % (a 1,200-character
#: article cut in two by a short line such as 「“嘿”了一声——」 read as a kicker); no other page of the
#: development sets changed.
OPENING_MARK_CARRY = 1.0


def full_line_in_sentence(above: LineInfo, line: LineInfo, below: LineInfo, below_role: Role) -> bool:
    """A full line of the column, between a full line of text that stops mid-sentence and the text
    (or the jump note) that goes on under it, carries that sentence on (「……现场的」/「观众们……
    特别受欢迎」/「希望……」): a headline never starts inside a sentence, and a sub-heading follows
    a finished paragraph. pdfium's lines of text with no punctuation to compress are the ones the
    line classifier takes for a title set in the column's width. A line above closed by a brief's
    credit (「……比赛。（林晓 何春生）」) is finished."""
    if (below_role is not _BODY and below_role is not _JUMP) or closed_by_credit(above.text):
        return False
    if below_role is _BODY and opens_with_byline(below):
        return False
    return (
        above.fill >= FULL_FILL
        and line.fill >= FULL_FILL
        and line.width <= line.column_width + COLUMN_LINE_MAX_OVERHANG
    )


def running_line_stops_open(above: LineInfo, line: LineInfo, opening: bool = False) -> bool:
    """A full line of running text in its column (one holding a clause mark, or a paragraph's
    indented opening line, full with its indent of PARAGRAPH_INDENT em) that ends no sentence,
    over a line within the column: its sentence goes on in that line, which no headline starts
    (「……负责人介绍，今年」/「全镇推广了以下三项新技术：」, the short line the line classifier takes
    for a title). On pdfium's text, article F1 0.9778 -> 0.9786 on the evaluation set, 0.9635 ->
    0.9665 on the seed-1001 pages, the held-out pages unchanged.

    Not a line closed by a dash (a kicker leading into its title), nor one not indented and closed
    by a closing mark (a quotation may end a paragraph there; an indented opening so closed, full
    with its indent, goes on: a paragraph seldom ends on its first line); nor a line below opening
    with a closing mark, which no typeset line does (a title the extractor broke before its mark),
    nor a box's label (简讯) under a column's last line, nor either line wider than the column (a
    kicker or title across columns). The caller also leaves a line over a byline alone.

    ``opening``: the line above is a paragraph's first (the text line before it ended a sentence),
    full with its indent though the extractor printed none (pdfium drops it); without a printed
    indent it still needs its clause mark: seed-1003 pages (a
    development set of this round), pdfium article F1 0.9483 -> 0.9508, title 0.8899 -> 0.8920;
    the evaluation, seed-1001 and held-out sets unchanged."""
    if above.text.endswith(KICKER_DASH) or line.text[:1] in CLOSERS or line.text in BOX_LABELS:
        return False
    if not above.indented and (CLAUSE_MARKS.isdisjoint(above.text) or above.text[-1:] in CLOSERS):
        return False
    column = above.column_width
    if max(above.width, line.width) > column + COLUMN_LINE_MAX_OVERHANG:
        return False
    reach = above.width + (PARAGRAPH_INDENT if above.indented or opening else 0.0)
    if line.text[:1] in SQUEEZED_OPENING_MARKS:
        reach += OPENING_MARK_CARRY
    return reach >= FULL_FILL * column


#: Full headline lines that may follow a full line squeezed into a sentence (full_line_in_sentence)
#: before the text goes on: the sentence may run over a few full lines that the rules took for a
#: headline together (pdfium spaces out the justified line under them, a headline's shape), and
#: each then stands over another headline line, not over text. With 2, the evaluation set's pdfium
#: article F1 0.9693 -> 0.9700, body CER 0.0185 -> 0.0182 (one article whose text ran on over two
#: such lines); pdftotext, -layout and the held-out set unchanged.
SQUEEZED_MAX_MORE_LINES = 2


def under_full_heading_lines(lines: Sequence[LineInfo], roles: list[Role], k: int) -> int | None:
    """The line right under the full headline lines that follow line ``k`` (at most
    SQUEEZED_MAX_MORE_LINES of them, each a full line of its column), or None where none follows."""
    j = k + 1
    while (
        j < len(lines)
        and j <= k + SQUEEZED_MAX_MORE_LINES
        and roles[j] is _HEADING
        and lines[j].fill >= FULL_FILL
        and lines[j].width <= lines[j].column_width + COLUMN_LINE_MAX_OVERHANG
    ):
        j += 1
    return j if k + 1 < j < len(lines) else None
