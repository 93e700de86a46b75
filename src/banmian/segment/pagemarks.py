"""What the extractor's layout of a page's text says about the page.

An extractor marks the page's structure, or fails to, in ways that the line rules must know before
they read a line's shape: blank lines between text blocks (pdftotext), unless it printed every line
as a block of its own (interleaved columns); printed indents, unless every line carries one (a
layout-preserving extractor); and hard-wrapped lines, which a text never wrapped (a paragraph to a
line) lacks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.layout.lines import MAX_WIDE_MEASURE, LineInfo

#: Pages where at least this share of lines is blank come from an extractor that marks block
#: ends with blank lines (pdftotext); there a heading must start a block.
BLANK_MARKED_SHARE = 0.05
#: From this share of one-line blocks (see lines_in_own_blocks) the page's columns are taken to be
#: interleaved: on ordinary pdftotext output it is under 0.1, on interleaved pages over 0.6.
INTERLEAVED_SHARE = 0.4
#: Fewer text lines than this say nothing about interleaving (a short text of a few blocks).
MIN_LINES_FOR_INTERLEAVE = 30
#: Printed indents mark paragraphs only when fewer than this share of text lines carry one;
#: beyond it every line is indented (a layout-preserving extractor) and the indent says nothing.
INDENT_CUE_MAX_SHARE = 0.4
#: Share of a page's lines holding a sentence mark that are wider than any column
#: (``MAX_WIDE_MEASURE``) from which the page was never hard-wrapped. A wrapped page has a few
#: (captions across a photo, a wide lead); half cannot be a column's.
NEVER_WRAPPED_SHARE = 0.5
#: A gap between two Chinese characters inside a line: where a dump prints the lines of two columns
#: side by side (a paragraph never holds one; a letter-spaced headline is no wide line).
ROW_GAP = re.compile(r"[\u3400-\u9fff，。、；：！？”）][ \t\u3000]+[\u3400-\u9fff“（]")
#: Fewest wide lines (paragraphs) of a text read as never wrapped and in reading order: one or two
#: say little of how the page is set.
MIN_UNWRAPPED_PARAGRAPHS = 3
#: Least share (0–1) of the wide lines that end a sentence: a paragraph to a line ends one (a
#: caption's credit or a paragraph cut off where the article goes on aside); a page hard-wrapped
#: at a measure wider than MAX_WIDE_MEASURE breaks most sentences at its lines' ends. The
#: evaluation set's truth written a paragraph to a line: 0.76–1.0 a page (median 0.93); its first
#: page hard-wrapped at 32 characters: 0.13.
MIN_ENDING_SHARE = 0.6
#: Share (0–1) of a page's wide lines that may hold such a gap and still be its paragraphs: a
#: caption's credit is set apart so (「……。  林晓 摄」). Of the first 60 evaluation pages' truth
#: written a paragraph to a line, 0–0.19 of the wide lines hold one; of a pdftotext page of seed
#: 1013 printing its columns' lines side by side, 0.98.
MAX_GAPPED_SHARE = 0.5


def lines_in_own_blocks(lines: Sequence[LineInfo]) -> float:
    """Share of text lines that stand alone between blank lines.

    pdftotext prints each line as a block of its own when it cannot group a column's lines (loose
    leading on some Founder pages); it then orders those one-line blocks across neighbouring
    columns, interleaving them line by line. A high share is the sign of that.
    """
    edged = [True, *[bool(ln.blank) for ln in lines], True]  # the page's edges count as blank
    text_lines = edged.count(False)
    if text_lines < MIN_LINES_FOR_INTERLEAVE:
        return 0.0
    triples = zip(edged, edged[1:], edged[2:], strict=False)
    alone = sum(1 for before, blank, after in triples if before and after and not blank)
    return alone / text_lines


def blank_marks_blocks(lines: Sequence[LineInfo]) -> bool:
    """Blank lines end text blocks (pdftotext), unless every line is a block of its own."""
    blanks = sum(1 for ln in lines if ln.blank)
    return blanks >= BLANK_MARKED_SHARE * max(1, len(lines)) and lines_in_own_blocks(lines) < INTERLEAVED_SHARE


def blank_lines_at_all(lines: Sequence[LineInfo]) -> bool:
    """The extractor separates blocks with blank lines, in reading order or line by line
    (interleaved columns): a headline then stands in a block of its own, never inside the text."""
    return sum(1 for ln in lines if ln.blank) >= BLANK_MARKED_SHARE * max(1, len(lines))


def indent_marks_paragraphs(lines: Sequence[LineInfo]) -> bool:
    """Whether printed indents survived extraction: some lines, not all, start with one."""
    text_lines = sum(1 for ln in lines if not ln.blank)
    indented = sum(1 for ln in lines if ln.indented)
    return 0 < indented < INDENT_CUE_MAX_SHARE * max(1, text_lines)


def unwrapped_in_order(lines: Sequence[LineInfo]) -> bool:
    """A text never wrapped (``never_wrapped``) whose wide lines are whole paragraphs: most of
    them end a sentence (MIN_ENDING_SHARE), and few hold a gap between two Chinese characters
    (ROW_GAP). A dump that prints two columns' lines on
    one row, a space between them (pdftotext on some pages), is as wide, but gapped: its rows are no
    paragraphs and its order no reading order."""
    if not never_wrapped(lines):
        return False
    wide = [line for line in lines if line.has_sentence_punct and line.width > MAX_WIDE_MEASURE]
    if len(wide) < MIN_UNWRAPPED_PARAGRAPHS:
        return False  # a paragraph or two: a brief's text, whatever its width
    if sum(1 for line in wide if line.ends_sentence) < MIN_ENDING_SHARE * len(wide):
        return False  # wide lines that break sentences: a page hard-wrapped at a wide measure
    gapped = sum(1 for line in wide if ROW_GAP.search(line.raw.strip()) is not None)
    return gapped < MAX_GAPPED_SHARE * len(wide)


def never_wrapped(lines: Sequence[LineInfo]) -> bool:
    """Most lines that hold a sentence mark are wider than any column is set: the text was never
    hard-wrapped (a paragraph to a line, as web pages and corpus files hold it)."""
    sentences = [line.width for line in lines if line.has_sentence_punct]
    wide = sum(1 for width in sentences if width > MAX_WIDE_MEASURE)
    return bool(sentences) and wide >= NEVER_WRAPPED_SHARE * len(sentences)
