"""A writer's bare name on a line of its own under a title: a commentary's or a feature's byline.

Theory, commentary and feature pages credit their writers by name alone, set on a line under the
title (「把小事办成实事」/「林晓」/ the text). The byline grammar reads bare names (fields.byline,
surname first), but the line features ask it only of lines holding a role word or a mark
(layout.lines.STANDALONE_BYLINE_CUE), since a bare name alone proves nothing: a paragraph's last
line may hold only a name. So the rule reads the lines around it:

- the line is only one or two names by the grammar's strict reading, each of two or three
  characters opening with a common surname, and no name is a word of jieba's dictionary nor
  makes one with the end of the line above (「金牌」, 「服务千」/「万旅客」: a title's wrapped tail);
- the line above is a title's shape: no sentence mark, no clause mark at its end, and it starts a
  block (the page's first line, under a blank line, under furniture, under a finished sentence);
- the line below opens a paragraph (indented, or short of its column by about an indent), and so
  does no paragraph run on into the name;
- the text's first lines do not name them: a title over a person's name and a text about that
  person (「追记优秀共产党员」/「何春生」/「何春生同志……」) name the subject, not the writer.

Then the line above is a headline and the name its byline. Without it the name was read as the
title's last characters (「……实事林晓」) or as text.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.fields.byline import standalone_byline
from banmian.fields.personnames import has_surname
from banmian.fields.wordbreak import breaks_word, is_word
from banmian.layout.lines import LineInfo
from banmian.layout.punctuation import CONTINUING
from banmian.segment.markedheads import short_by_indent
from banmian.segment.roles import _BODY, _BYLINE, _FURNITURE, _HEADING, FIRST_LINE_SHORTFALL, Role

#: Longest line (CJK characters) read as names alone: two names of three characters.
MAX_NAME_LINE_CHARS = 6
#: Characters of each name (fewest, most): a writer's Chinese name; a four-character name or one
#: with a middle dot is more often a title's tail here (「……新西兰」/「前总理约翰·基」).
NAME_CHARS = (2, 3)
#: Lines of the text under the name searched for it: a lead names its subject in its first sentence.
LEAD_LINES = 4
#: Roles the name line may have been given: text, or a headline's short last line.
_NAME_ROLES = (_BODY, _HEADING)


def mark_name_bylines(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Marks the title and the name line under it (the rules above)."""
    for k in range(1, len(lines) - 1):
        line = lines[k]
        if roles[k] not in _NAME_ROLES or line.blank or line.cjk > MAX_NAME_LINE_CHARS or line.has_sentence_punct:
            continue  # the cheap tests first: most lines are longer or hold a mark
        if not _title_above(lines, roles, k) or not _opens_paragraph(lines, roles, k + 1):
            continue
        found = standalone_byline(line.raw.strip())
        if found is None or not found.bare or not found.authors or len(found.authors) > 2:
            continue
        if not all(_plain_name(name) for name in found.authors) or breaks_word(lines[k - 1].text, line.text):
            continue
        if _named_in_lead(found.authors, lines, k + 1):
            continue  # the title's subject (「追记优秀共产党员」/「何春生」), whom the text names
        roles[k - 1], roles[k] = _HEADING, _BYLINE


def _named_in_lead(names: tuple[str, ...], lines: Sequence[LineInfo], start: int) -> bool:
    """A name the text's first lines hold (LEAD_LINES): a person the title is about, not its
    writer, whom the text does not name."""
    lead = "".join(line.text for line in lines[start : start + LEAD_LINES])
    return any(name in lead for name in names)


def _plain_name(name: str) -> bool:
    """A name of NAME_CHARS characters with a common surname that is no word of jieba's
    dictionary: 「金牌」 and 「万旅客」 open with a surname too, the tail of a title wrapped."""
    return NAME_CHARS[0] <= len(name) <= NAME_CHARS[1] and has_surname(name) and not is_word(name)


def _title_above(lines: Sequence[LineInfo], roles: Sequence[Role], k: int) -> bool:
    title = lines[k - 1]
    if title.blank or roles[k - 1] not in (_BODY, _HEADING) or title.has_sentence_punct:
        return False
    if title.text[-1:] in CONTINUING or title.cjk < 2:
        return False
    if k - 1 == 0:
        return True
    above = lines[k - 2]
    return above.blank or roles[k - 2] is _FURNITURE or above.ends_sentence


def _opens_paragraph(lines: Sequence[LineInfo], roles: Sequence[Role], j: int) -> bool:
    line = lines[j]
    if roles[j] is not _BODY or line.blank or line.text[:1].isascii():
        return False
    if line.indented:
        return True
    below = lines[j + 1] if j + 1 < len(lines) else None
    if below is not None and roles[j + 1] is _BODY and line.width <= below.width - FIRST_LINE_SHORTFALL:
        return True
    return short_by_indent(line)
