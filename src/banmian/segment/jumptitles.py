"""The title of a continued article over its 上接 note, and the headline under a 下转 note.

A page that carries on an article from another page often prints its title again right over the
note that says where it comes from (「青石镇的秋天」/「（上接第三版）」/ text). Set in the column, in a
narrow article, such a title may read to the line rules as a short line of text closing the
article above it; the note under it shows it is no text: the text above a 上接 note has ended (the
note opens another article's text), so a line between a finished sentence and the note is the
continued article's title.

The same holds under a 下转 note, which ends its article's text in its column: what the page prints
next is no more of that text. Where a plain line or a few follow it, without a sentence's end and
before a line that opens something (a paragraph's indented first line, a byline, a headline, the
page's furniture), they are a headline: the article's own title drawn after its body (many e-paper
PDFs draw the body first; pdfium prints it there) or the next article's. pdftotext, which prints
its blocks in reading order, goes on under the note with the next column's text, often mid-sentence:
the rule reads drawing-order text only (no blank lines marking blocks). Read in a layout dump's
columns it cost the evaluation set's -layout pages title accuracy 0.7423 -> 0.7417 and kicker F1
0.7069 -> 0.7051 for article F1 0.8591 -> 0.8601. On the seed-1001
development pages' pdfium text the lines under a 下转 note that the engine read as body were
all titles or kickers (9 of 9); none of the text there (captions, credits) was read as body. With
segment.headunits.breaks_figure (a title wrapped inside a year, 「……二〇二」/「〇年度……」, which such a
title under a note was): seed-1001 pdfium article F1 0.9529 -> 0.9538, title accuracy 0.8862 ->
0.8916; evaluation set pdfium 0.9759 -> 0.9761, title 0.9251 -> 0.9262, kicker F1 0.9030 -> 0.9052;
held-out (seed 1002) pdfium 0.9499 -> 0.9507, title 0.8828 -> 0.8852. A run whose last line runs on
into the text below it (「……全镇秋粮丰收的」/「重要基础。」) is a brief's or a column's text, however
short the line below: seed-1001 pdfium 0.9538 -> 0.9543, the other sets unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.layout.lines import LineInfo
from banmian.segment.items import ends_with_credit
from banmian.segment.roles import (
    _BODY,
    _HEADING,
    _JUMP,
    Role,
    _next_nonblank,
    _prev_nonblank,
    opens_with_byline,
)

#: Lines a title over a 上接 note takes at most: a title set in one column wraps onto a second line
#: (「全县秋粮收购量有望突破1.」/「2万吨（秋收一线）」); three lines of text without a sentence's end
#: are the end of a paragraph broken off, not a title.
TITLE_OVER_JUMP_MAX_LINES = 2
#: Sentence-final marks a title line never holds (inside or at its end).
SENTENCE_MARKS = frozenset("。！？")


#: Lines a headline under a 下转 note takes at most: a kicker over a title wrapped over two lines
#: (the longest run so read on the seed-1001 development pages); a longer run without a sentence's
#: end is text broken off.
TITLE_UNDER_JUMP_MAX_LINES = 3


def mark_titles_under_jump_ends(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Text lines right under a 下转 note, up to a line that opens something, are a headline."""
    for k, line in enumerate(lines):
        if roles[k] is not _JUMP or line.jump is None or line.jump.direction != "to":
            continue
        for j in _title_lines_under(lines, roles, k):
            roles[j] = _HEADING


def _title_lines_under(lines: Sequence[LineInfo], roles: list[Role], note: int) -> list[int]:
    """Indices of the lines under the 下转 note at ``note`` that are a headline, none when they read
    as text: the run must stop at a line that opens something, not at one that goes on with it."""
    from banmian.segment.headunits import visibly_unfinished

    found: list[int] = []
    j = _next_nonblank(lines, note + 1)
    while j is not None and len(found) < TITLE_UNDER_JUMP_MAX_LINES and _headline_line(lines[j], roles[j]):
        if found and _opens_text(lines[j]) and not visibly_unfinished(lines[found[-1]], lines[j]):
            break  # the headline ends where a paragraph opens under it, unless it visibly goes on
        found.append(j)
        j = _next_nonblank(lines, j + 1)
    if not found or ends_with_credit(lines, found[-1]):
        return []
    if j is not None and roles[j] is _BODY and visibly_unfinished(lines[found[-1]], lines[j]):
        return []  # the last line runs on into the text below it (「……全镇秋粮丰收的」/「重要基础。」)
    if j is None or roles[j] is not _BODY or _opens_text(lines[j]) or _closed_by_tag(lines[found[-1]]):
        return found
    return []


def _headline_line(line: LineInfo, role: Role) -> bool:
    """A text line a headline could be: no sentence's end, no byline, no indent (which opens a
    paragraph, where the extractor kept it)."""
    return _title_like(line, role) and not line.indented and not line.leading_space


def _opens_text(line: LineInfo) -> bool:
    """A text line that begins a paragraph or an article: indented (or short of its column by an
    indent that pdfium dropped), or opening with a byline."""
    from banmian.segment.intext import indent_short

    return line.indented or line.leading_space or opens_with_byline(line) or indent_short(line)


def _closed_by_tag(line: LineInfo) -> bool:
    """The line ends on a bracketed column tag (「……（青石观察）」): a title's end, whatever follows."""
    from banmian.segment.headpairs import CLOSING_TAG

    return CLOSING_TAG.search(line.text) is not None


def mark_titles_over_jumps(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Text lines right over a 上接 note, between it and a finished sentence (or a credit closing
    a brief, a notice's closing date, a headline, the page's start), are the continued article's
    title. A date alone is no title's line, here or over a 下转 note. With the closing date,
    pdfium title accuracy 0.9135 -> 0.9146 on the seed-1001 pages and 0.8965 -> 0.8971 held out,
    the evaluation set unchanged."""
    for k, line in enumerate(lines):
        if roles[k] is not _JUMP or line.jump is None or line.jump.direction != "from":
            continue
        title = _title_lines_over(lines, roles, k)
        for j in title:
            roles[j] = _HEADING


def _title_lines_over(lines: Sequence[LineInfo], roles: list[Role], note: int) -> list[int]:
    """Indices of the lines that are the title over the note at ``note``, none when the lines over
    it read as text."""
    found: list[int] = []
    j = _prev_nonblank(lines, note)
    while j is not None and len(found) < TITLE_OVER_JUMP_MAX_LINES and _title_like(lines[j], roles[j]):
        found.append(j)
        j = _prev_nonblank(lines, j)
    if found and ends_with_credit(lines, found[-1]):
        j = found.pop()  # the tail of a brief's credit broken over lines (「……（林晓 何」/「春生）」)
    if not found:
        return []
    if len(found) == TITLE_OVER_JUMP_MAX_LINES and j is not None and _title_like(lines[j], roles[j]):
        return []  # a longer run of lines without a sentence's end: a paragraph broken off
    if j is not None and roles[j] is _BODY and not (lines[j].ends_sentence or ends_with_credit(lines, j) or lines[j].date_line is not None):
        return []  # the text above goes on into these lines (a notice's closing date ends it)
    return found


def _title_like(line: LineInfo, role: Role) -> bool:
    """A text line that could be a title: no sentence's end in it, no byline opening it, not a date
    alone (a notice's closing date, which ends the text above as a full stop does)."""
    return role is _BODY and not SENTENCE_MARKS & set(line.text) and not opens_with_byline(line) and line.date_line is None
