"""The title of a continued article over its 上接 note.

A page that carries on an article from another page often prints its title again right over the
note that says where it comes from (「青石镇的秋天」/「（上接第三版）」/ text). Set in the column, in a
narrow article, such a title may read to the line rules as a short line of text closing the
article above it; the note under it shows it is no text: the text above a 上接 note has ended (the
note opens another article's text), so a line between a finished sentence and the note is the
continued article's title.
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
    _prev_nonblank,
    opens_with_byline,
)

#: Lines a title over a 上接 note takes at most: a title set in one column wraps onto a second line
#: (「全县秋粮收购量有望突破1.」/「2万吨（秋收一线）」); three lines of text without a sentence's end
#: are the end of a paragraph broken off, not a title.
TITLE_OVER_JUMP_MAX_LINES = 2
#: Sentence-final marks a title line never holds (inside or at its end).
SENTENCE_MARKS = frozenset("。！？")


def mark_titles_over_jumps(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Text lines right over a 上接 note, between it and a finished sentence (or a credit closing
    a brief, a headline, the page's start), are the continued article's title."""
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
    if j is not None and roles[j] is _BODY and not (lines[j].ends_sentence or ends_with_credit(lines, j)):
        return []  # the text above goes on into these lines
    return found


def _title_like(line: LineInfo, role: Role) -> bool:
    """A text line that could be a title: no sentence's end in it, no byline opening it."""
    return role is _BODY and not SENTENCE_MARKS & set(line.text) and not opens_with_byline(line)
