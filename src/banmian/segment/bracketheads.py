"""A headline's first lines left in the text above it: the bracket it closes opened there.

A title wrapped over several lines of a narrow column may hold a clause mark (「山水青石，茶香」)
or open its column tag at a line's end (「青石镇人气旺了（」/「乡村观察）」), and the rules and the line
classifier then take only its last lines for a headline, leaving the first ones at the end of the
text above. A headline run that ends by closing a bracket it never opened is the end of a title
whose opening stands above it: the text lines right above the run, back to the one that opens the
bracket and on up to the line after a finished sentence, are the headline's first lines, when
none of them ends a sentence itself and the whole is a title closed by its column tag
(segment.unitshapes.closes_title). pdfium article F1 on the evaluation set 0.9805 -> 0.9808, seed
1005's title accuracy 0.8956 -> 0.8962; pdftotext's title accuracy +0.0005 on the evaluation set
and seeds 1003 and 1005; seed 1001 unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.layout.lines import LineInfo
from banmian.segment.headunits import Unit
from banmian.segment.roles import _BODY, _HEADING, Role
from banmian.segment.unitshapes import PHOTO_CREDIT_ENDING, closes_title

#: Brackets a title's line may open and a later line close: a column tag's (「……（乡村观察）」). A
#: run closing a quotation was as often a paragraph's last words taken for a headline (「……到深夜”」):
#: with quotation marks too, the evaluation set's pdfium article F1 fell.
TAG_BRACKETS = (("（", "）"), ("(", ")"))
CLOSING_BRACKETS = tuple(right for _, right in TAG_BRACKETS)
#: A title holds no full stop (it may hold a question or exclamation mark before its tag: 「……了
#: 吗？（经济观察）」); a line that does ends a sentence before any bracket it opens.
FULL_STOP = "。"
#: At most this many lines of text above the run are taken for its first lines: a title set over
#: four or five lines of a narrow column (9–10 em) leaves up to three behind.
MAX_LINES_ABOVE = 3


def mark_bracket_openings(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Turn to headline the first lines of a title left in the text above its run (see the
    module's docstring); runs on every headline run under a line of text."""
    n = len(lines)
    k = 1
    while k < n:
        if roles[k] is not _HEADING or roles[k - 1] is not _BODY:
            k += 1
            continue
        stop = k
        while stop < n and roles[stop] is _HEADING:
            stop += 1
        start = _opening_above(lines, roles, k, stop)
        if start is not None:
            for j in range(start, k):
                roles[j] = _HEADING
        k = stop


def _opening_above(lines: Sequence[LineInfo], roles: Sequence[Role], k: int, stop: int) -> int | None:
    """First line of the title whose last lines the run ``k:stop`` holds, or None: the run ends on
    a closing bracket it does not open, the lines above it (at most MAX_LINES_ABOVE, none ending a
    sentence) open that bracket and go on back to a line of text that ends one, and the whole is
    a title closed by its column tag."""
    text = "".join([ln.text for ln in lines[k:stop]])
    if not text.endswith(CLOSING_BRACKETS) or _balanced(text):
        return None
    opened = False
    for j in range(k - 1, max(k - 1 - MAX_LINES_ABOVE, -1), -1):
        line = lines[j]
        if roles[j] is not _BODY or line.blank or line.ends_sentence or line.leading_byline is not None:
            return None  # a byline's bracket (「本报讯（记者 林」/「晓）」) opens no column tag
        if FULL_STOP in line.text:
            return None  # a sentence ends on it: a brief's credit after it (「……比赛。（林晓」/「何春生）」)
        text = line.text + text
        if not opened and _balanced(text):
            opened = True
            if _after_photo_credit(line.text):
                return None
        if opened and _text_ends_above(lines, roles, j):
            return j if closes_title(Unit(Role.HEADING, tuple(lines[j:stop]))) else None
    return None


def _after_photo_credit(text: str) -> bool:
    """The bracket the line opens follows a photographer's credit (「……摄影报道（青石视」/「觉）……」):
    it names a picture agency, whatever title the run goes on to close (unitshapes.closes_title reads
    only the last tag)."""
    opened_at = max(text.rfind(left) for left, _ in TAG_BRACKETS)
    return PHOTO_CREDIT_ENDING.search(text[:opened_at]) is not None


def _text_ends_above(lines: Sequence[LineInfo], roles: Sequence[Role], j: int) -> bool:
    """Nothing of running text goes on into line ``j``: it opens the page, or the line above it is
    no text line, or ends a sentence."""
    above = j - 1
    return above < 0 or roles[above] is not _BODY or lines[above].blank or lines[above].ends_sentence


def _balanced(text: str) -> bool:
    """Every closing bracket of ``text`` follows its opening one."""
    for left, right in TAG_BRACKETS:
        depth = 0
        for ch in text:
            if ch == left:
                depth += 1
            elif ch == right:
                depth -= 1
                if depth < 0:
                    return False
    return True
