"""A headline line over a full line of text is that text's line: a paragraph's opening or middle.

Every paragraph of a Chinese newspaper opens with a two-character indent, and the text under a
headline opens a paragraph (or a byline does): the line right under a headline's last line is
short of its column by that indent, even where the extractor drops the indent itself (pdfium
prints the opening's characters without the gap). A line that fills the measure of the text below
it is no such opening but a line that goes on from the one above, so a plain line over it (short of
that measure by the indent, or not short at all) is the opening or a middle line of the same
paragraph (「……和展览二十场。」/「青石镇新建的文化站主要」/「包括图书室、排练厅和书画室」), which the
rules, the classifier or the in-text title rule read as a headline because it stops at a phrase's
end after a finished sentence, or stands right under a box label (简讯).

The measure is read from the text below, not from the column estimate around the line, which a
headline set wider or a short article beside misleads: the widest of the next few lines that go
on to the line after them (a paragraph's last line says nothing about the measure).

Seed-1001 development pages, pdfium: article F1 0.9497 -> 0.9529, body CER 0.0324 -> 0.0304, title
0.8818 -> 0.8840 (six articles that a line of their text split or merged found again, two lost:
a title's first line over its second line that other rules read as text, and a notice whose text
line, rightly undone, left the lines above it a headline). Not the last line of a stack (a title
under its kicker, a subtitle's wrapped line): 0.9523 without that exception. Evaluation set pdfium
article F1 0.9722 -> 0.9759, body CER 0.0175 -> 0.0138; figures of every reading in the commit.

A headline line that opens on a connective and its comma (「此外，」, 「同时，」, 「据了解，」) opens a
sentence going on from the text above, and the headline lines under it carry that sentence on
(``veto_connective_openings``): the classifier reads a paragraph's first lines as a heading where
the extractor printed them short of the column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.fields.engagements import names_an_engagement
from banmian.fields.notice import is_notice_title
from banmian.layout.lines import LineInfo
from banmian.segment.headpairs import TAG_ENDINGS
from banmian.segment.linefeatures import BOX_LABELS
from banmian.segment.roles import (
    _BODY,
    _HEADING,
    _SUBTITLE,
    FIRST_LINE_MAX_SHORTFALL,
    FIRST_LINE_SHORTFALL,
    WIDE_HEADING_MARGIN,
    Role,
    opens_with_byline,
)

#: Lines under the line below a headline line (at most this many) whose widths give the measure
#: of the text there: a paragraph's middle lines fill it, and two or three of them are enough
#: (2, 3 and 4 gave the same article F1 on the development pages).
MEASURE_LINES = 3
#: Connectives that open a sentence going on from the one before (besides, meanwhile, so, it is
#: learned …), then a clause mark. Of the corpus's 2,109 articles no kicker, title or subtitle
#: opens so, nor does any heading (sub-headings too) in the development sets' truth. Time words
#: (目前, 如今, 近年来) and ordinals (首先, 其次) are left out: a kicker or a section's heading may
#: open with one.
CONNECTIVE_OPENING = re.compile(
    r"^(?:此外|另外|同时|与此同时|因此|为此|对此|然而|但是|不过|而且|其中|据悉|据了解|据介绍|据统计"
    r"|随后|总之|所以|于是|事实上|实际上|可见|比如|例如|另一方面|值得一提的是)[，,]"
)
#: Lines a sentence opened on a connective carries on at most, its first included: a paragraph's
#: first lines printed short of the column (two on the evaluation set's page that called for the
#: rule). Headline lines further down are left to the other rules: on a page that prints no blank
#: lines the next article's headline may follow a short paragraph directly.
MAX_CONNECTIVE_RUN_LINES = 3
#: Roles of a headline stack's lines: a line under one of them (but a box label) ends a stack.
_HEADS = frozenset({_HEADING, _SUBTITLE})


def veto_headlines_over_full_lines(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """The last line of a headline run that is plain (not spaced out, not phrased, not wider than
    the text below), at most a paragraph's indent short of the text's measure, over a body line
    that fills that measure, is body text: that body line goes on from it."""
    n = len(lines)
    for k in range(n - 1):
        if roles[k] is not _HEADING or roles[k + 1] is not _BODY:
            continue
        line, below = lines[k], lines[k + 1]
        if k > 0 and roles[k - 1] in _HEADS and lines[k - 1].text not in BOX_LABELS:
            continue  # the last line of a stack (a title under its kicker, a subtitle wrapped)
        if not _plain(line, below) or below.blank or below.indented or below.leading_space or opens_with_byline(below):
            continue
        measure = _measure_below(lines, roles, k + 1)
        if measure is None or below.width < measure - FIRST_LINE_SHORTFALL:
            continue  # the line below is short by an indent: the text opens there
        if line.width > measure + WIDE_HEADING_MARGIN or measure - line.width > FIRST_LINE_MAX_SHORTFALL:
            continue  # set wider than the text, or much shorter than a paragraph's opening
        roles[k] = _BODY


def _plain(line: LineInfo, below: LineInfo) -> bool:
    """Shaped like a line of text: no headline's spacing or phrases, no sentence's end, no column
    tag, no notice's title or box label (which head what follows whatever it looks like), nor a
    report of an official's engagement (fields.engagements), whose title heads a text that pdfium
    may print apart from it."""
    text = line.text
    return not (
        line.blank
        or line.ends_sentence
        or line.letter_spaced
        or line.phrases > 1
        or text.endswith(TAG_ENDINGS)
        or text in BOX_LABELS
        or is_notice_title(text)
        or names_an_engagement(text, below.text)
    )


def _measure_below(lines: Sequence[LineInfo], roles: Sequence[Role], start: int) -> float | None:
    """The widest of the MEASURE_LINES body lines after ``start`` that go on to the next line (no
    sentence's end), all in one run of body lines; None where there is none."""
    widest: float | None = None
    for j in range(start + 1, min(len(lines), start + 1 + MEASURE_LINES)):
        if roles[j] is not _BODY or lines[j].blank:
            break
        if not lines[j].ends_sentence and (widest is None or lines[j].width > widest):
            widest = lines[j].width
    return widest


def veto_connective_openings(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A headline line opening on a connective (CONNECTIVE_OPENING) and the headline lines under it,
    up to the one that ends its sentence and MAX_CONNECTIVE_RUN_LINES in all, are text: in-text
    title rules read the text above a title back to the first heading, and read too little of it
    where such lines stay headings. Pdfium article F1 on the evaluation set 0.9815 -> 0.9823 (body
    CER 0.87 % -> 0.78 %, title accuracy 0.9392 -> 0.9403), seed 1001 0.9750 -> 0.9757; pdftotext
    +0.0002 and +0.0003 on seeds 1003 and 1005. Left out of the lines that may head
    (layout.lines.LineInfo.headable) as well, the classifier's heading runs changed and seed 1005's
    `-layout` text lost an article."""
    for k, line in enumerate(lines):
        if roles[k] is not _HEADING or CONNECTIVE_OPENING.match(line.text) is None:
            continue
        for j in range(k, min(len(lines), k + MAX_CONNECTIVE_RUN_LINES)):
            if roles[j] is not _HEADING:
                break
            roles[j] = _BODY
            if lines[j].ends_sentence:
                break
