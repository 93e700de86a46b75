"""Sub-headings that the paragraph under them repeats as its lead: 「林晓在会上表示」/「林晓在会上表示，……」.

Some papers head a section with the opening words of its first paragraph, set on a line of their
own in the text's type, and the paragraph then opens with the same words again: a speaker
(「……副县长何春生表示」), a date (「2019年3月」) or a phrase (「在青石镇的茶园里」). Such a line looks
like a paragraph's short first line, and the rules or the line classifier read it as text, where
the engine joins it to the paragraph under it (the words printed twice in one paragraph, the
sub-heading lost); or they take the heading and the paragraph's first line for one headline of two
lines. No text repeats a line's words right under it, word for word, so the repeat settles it:

- the line (or the two lines) hold at least MIN_REPEATED_LEAD_CHARS characters, end on no mark of a
  finished sentence, and stand under a finished sentence, a lead-in's colon, a blank line or a line
  of another role (the colon and a repeat whose first line the classifier read as a caption's:
  pdfium article F1 seed 1013 0.9716 -> 0.9724, the other development sets unchanged);
- the text under them opens with all their words (spaces aside, as an extractor spaces figures
  out) and goes on past them with a mark of the clause (REPEAT_GOES_ON: 「……表示，」, 「2019年3月，」).

The heading's lines become a headline and the repeated lines text; segment.subheadings then reads
the headline, restated by its section, as a sub-heading (``subheadings.opens_the_text_below``).

Measured on the development sets (evaluation set, seeds 1001, 1003, 1005, 1013): pdfium
paragraph-start F1 +0.0004 to +0.0018, sub-headings found 775 -> 826 of the four seeds' 1,125;
pdftotext article F1 +0.0006 to +0.0016 on the four seeds and -0.0016 on the evaluation set (a
section that pdftotext printed after another article's block, now that article's section, and a
heading under a quoted sub-heading, read as a title); pdfium article F1 seed
1005 +0.0007 and seed 1003 -0.0008 (a title drawn after its body, over a text that now ends at
the sub-heading, with too little below it to tell the topic break). Not applied to the columns of
a layout dump read apart (layout.sidebyside): there the lanes break a section's text where its
heading's repeat is, and the rule cost `-layout` article F1 up to 0.0008 a set.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.layout.lines import LineInfo
from banmian.layout.punctuation import SENTENCE_FINAL
from banmian.segment.roles import _BODY, _HEADING, Role
from banmian.segment.subheadings import LEAD_IN_MARKS

#: Roles the heading's and the repeat's lines may have been given: text, a headline's line, or a
#: subtitle's (a dashed line, 「——办好家门口的学校」, over the item that repeats it).
_READABLE = frozenset({_BODY, _HEADING, Role.SUBTITLE})
#: …and the repeat's lines, a caption's too: the classifier takes a paragraph's short first line
#: with its indent dropped (「第一次使用新设备」) for a caption line.
_REPEAT_READABLE = _READABLE | {Role.CAPTION}

#: Fewest characters of a heading repeated under it: a phrase or a date (「2019年3月」), not a word
#: that two lines may open with by chance. As segment.subheadings.MIN_REPEATED_LEAD_CHARS.
MIN_REPEATED_LEAD_CHARS = 5
#: Lines a repeated heading may wrap over: a speaker's name and office in a narrow column.
MAX_HEADING_LINES = 2
#: Marks that the repeat goes on with: the clause the heading's words open. A repeat going on
#: without one (「2019年3月1日」 over 「2019年3月1日星期五」, a date over the page's dateline) is left.
REPEAT_GOES_ON = frozenset("，,：:、")


def mark_repeated_leads(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    # The cheap test first, asked of every line: a line one or two below opens with the line's
    # first character, as a repeat must.
    firsts = [line.text.lstrip()[:1] for line in lines]
    k = 0
    while k < len(lines):
        first = firsts[k]
        if not first or first not in firsts[k + 1 : k + 1 + MAX_HEADING_LINES]:
            k += 1
            continue
        found = _repeated_heading(lines, roles, k)
        if found is None:
            k += 1
            continue
        heading_stop, repeat_stop = found
        for j in range(k, heading_stop):
            roles[j] = _HEADING
        for j in range(heading_stop, repeat_stop):
            roles[j] = _BODY
        # The paragraph goes on until a sentence ends: headline lines that the rules read on past
        # the repeat (「在青石镇的茶园里，茶农」/「们正忙着……」) are its text too.
        while repeat_stop < len(lines) and roles[repeat_stop] is _HEADING and not lines[repeat_stop - 1].ends_sentence:
            roles[repeat_stop] = _BODY
            repeat_stop += 1
        k = repeat_stop


def _repeated_heading(lines: Sequence[LineInfo], roles: Sequence[Role], k: int) -> tuple[int, int] | None:
    """(end of the heading's lines, end of the lines holding its repeat), or None."""
    if roles[k] not in _READABLE or not _stands_at_a_start(lines, roles, k):
        return None
    heading = ""
    for stop in range(k + 1, min(k + 1 + MAX_HEADING_LINES, len(lines))):
        line = lines[stop - 1]
        if line.blank or roles[stop - 1] not in _READABLE:
            return None
        heading += _compact(line.text)
        if heading[-1:] in SENTENCE_FINAL:
            return None
        if len(heading) < MIN_REPEATED_LEAD_CHARS:
            continue
        repeat_stop = _repeat_end(lines, roles, stop, heading)
        if repeat_stop is not None:
            return stop, repeat_stop
    return None


def _repeat_end(lines: Sequence[LineInfo], roles: Sequence[Role], start: int, heading: str) -> int | None:
    """End of the lines from ``start`` that hold ``heading``'s words and the mark after them."""
    below = ""
    for stop in range(start, len(lines)):
        if lines[stop].blank or roles[stop] not in _REPEAT_READABLE:
            return None
        below += _compact(lines[stop].text)
        if len(below) > len(heading):
            goes_on = below.startswith(heading) and below[len(heading)] in REPEAT_GOES_ON
            return stop + 1 if goes_on else None
        if not heading.startswith(below) or lines[stop].date_line is not None:
            return None  # a repeat broken after a date: a line of a date alone closes a notice
    return None


def _stands_at_a_start(lines: Sequence[LineInfo], roles: Sequence[Role], k: int) -> bool:
    """A finished sentence, a lead-in's colon (「……实现了三项突破：」, over the first of the sections it
    announces), a blank line or a line of another role (a headline, a byline) above."""
    if k == 0:
        return False
    above = lines[k - 1]
    return above.blank or above.ends_sentence or above.text.endswith(LEAD_IN_MARKS) or roles[k - 1] not in _READABLE


def _compact(text: str) -> str:
    return "".join(text.split())
