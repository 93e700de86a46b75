"""Sub-headings set after a mark: 「■一次特别的出警」, 「◆小本子里的大民生」, 「一、压实工作责任」.

Features and long reports divide their text with sub-headings that many papers open with a mark,
a black square or a diamond, or number with Chinese ordinals. Set in the column like a paragraph
(indented, in the text's own type), such a line has nothing else of a headline, and the line
classifier, which met few of them on the training pages, reads it as a paragraph's short first
line. The mark settles it where the line is shaped as a heading and stands between paragraphs:

- the line opens with a sub-heading mark (``MARKS``) or a Chinese ordinal and its 、;
- it holds no sentence mark (a list item in the text is a sentence: 「一、……，……。」) and is short of
  its column by more than a paragraph's last line would need to be read as running on
  (MAX_FILL);
- the line above ends a sentence, or a blank line or a headline stands there, and a paragraph
  opens under it (indented, or short of the line below it by an indent); a numbered item of a
  list in the text runs on into its next line instead. A short line without a sentence mark right
  under it, over a paragraph's opening, is the sub-heading's wrapped end (「一、青石镇把群众的小」/
  「事当成大事来办」).

segment.subheadings then reads it, between two bodies of one measure, as a sub-heading of the
article, not a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.layout.lines import LineInfo
from banmian.segment.roles import _BODY, _HEADING, FIRST_LINE_SHORTFALL, Role, _next_nonblank

#: Marks that open a sub-heading: squares, diamonds, triangles, bullets.
MARKS = "■□◆◇▲△●○"
#: How a marked or numbered sub-heading opens.
MARKED_OPENING = re.compile(rf"^[{MARKS}]|^[一二三四五六七八九十]{{1,3}}、")
#: First characters of a marked or numbered opening.
_OPENING_CHARS = frozenset(MARKS + "一二三四五六七八九十")
#: A marked line filling more of its column than this is a line of text that opens with the mark
#: (a list's item running on): a sub-heading is a short phrase.
MAX_FILL = 0.8
#: A paragraph's first line stops short of its column by its indent, two em, and at most one em more
#: where the next word did not fit (em): shorter, it is a line of its own, not a paragraph's start.
INDENT_MAX_SHORTFALL = 3.0
#: Characters set at half width (figures, Latin letters): a line holding them is short of its column.
_HALF_WIDTH = re.compile(r"[0-9A-Za-z]")
#: Roles after which a line stands at a paragraph's start: a finished sentence is checked apart.
_BEFORE = frozenset({Role.HEADING, Role.SUBTITLE, Role.BYLINE})


def mark_marked_subheadings(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    for k, line in enumerate(lines):
        if line.text[:1] not in _OPENING_CHARS or roles[k] is not _BODY:
            continue  # the cheap test first: most lines open otherwise
        if MARKED_OPENING.match(line.text) is None or not _short_phrase(line):
            continue
        if not _paragraph_start(lines, roles, k):
            continue
        below = _next_text(lines, k)
        if below is not None and roles[below] is _BODY and _short_phrase(lines[below]) and _opens_paragraph(lines, roles, _next_text(lines, below)):
            roles[k] = roles[below] = _HEADING  # a sub-heading wrapped onto a second line
        elif _opens_paragraph(lines, roles, below):
            roles[k] = _HEADING


def _short_phrase(line: LineInfo) -> bool:
    return not line.has_sentence_punct and "，" not in line.text and line.fill <= MAX_FILL


def _paragraph_start(lines: Sequence[LineInfo], roles: Sequence[Role], k: int) -> bool:
    if k == 0 or lines[k - 1].blank:
        return True
    return lines[k - 1].ends_sentence or roles[k - 1] in _BEFORE


def _next_text(lines: Sequence[LineInfo], k: int | None) -> int | None:
    return None if k is None else _next_nonblank(lines, k + 1)


def _opens_paragraph(lines: Sequence[LineInfo], roles: Sequence[Role], j: int | None) -> bool:
    """A paragraph opens at line ``j``: it is indented, or short of the line under it by an indent
    (FIRST_LINE_SHORTFALL, as pdfium prints an indent it dropped). A numbered item of a list in
    the text runs on into the line under it instead (「二、巡逻中发现的隐患」/「要当场登记……」)."""
    if j is None or roles[j] is not _BODY:
        return False
    if lines[j].indented:
        return True
    after = j + 1
    if after >= len(lines) or roles[after] is not _BODY:
        return False
    line, under = lines[j], lines[after]
    if line.width <= under.width - FIRST_LINE_SHORTFALL:
        return True
    # Only where the line under it is short for a reason of its own (a paragraph's last line, or
    # digits set at half width) does it tell nothing: then the first line is short of its column by
    # about an indent, and runs on. A short line under it that ends no sentence and holds no digits
    # is a heading's wrapped tail (「一、出台新规是」/「持续优化服务环境的」/「重要举措」). Not a line
    # opening on a number or Latin word: the item's line above may have ended early because that
    # did not fit (「四、本决定自」/「2019年10月27日」/「起施行。」).
    if not (under.ends_sentence or _HALF_WIDTH.search(under.text)) or line.ends_sentence or line.text[:1].isascii():
        return False
    return short_by_indent(line)


def short_by_indent(line: LineInfo) -> bool:
    """The line stops short of its column by about a paragraph's indent (INDENT_MAX_SHORTFALL)."""
    return line.column_width - INDENT_MAX_SHORTFALL <= line.width <= line.column_width - FIRST_LINE_SHORTFALL
