"""Line breaks inside a byline's credits: joining a paragraph's lines without losing the gap
between two names.

Rules:

* Extractors drop the space that separated two names at a line end, and the names of a credit
  are told apart by their spaces (``fields.personnames``): at a break inside a credit, a space is
  put back where whole names stand on both sides of it.
* A name broken over the lines (「（吕洋伟 孙」/「春）」) reads as one name: at a closing credit the
  joined reading is tried first; in an open one a piece of one character is half of a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.fields.byline import CLOSE_BRACKETS, MAX_BRACKET_CHARS, Byline
from banmian.fields.trailingcredits import trailing_authors

#: A credit's roles, as they open the names in a bracket (「（记者 林晓」).
CREDIT_ROLES = ("记者", "通讯员", "实习生")
_CREDIT_OPENED = re.compile(rf"[（(][^（(）)]*(?:{'|'.join(CREDIT_ROLES)})[^（(）)]*$")
#: A name's piece left on a line or carried to the next: two characters or more make a name of
#: their own (「林晓」/「何春）」); one is half of a name broken over the lines (「孙」/「春）」).
MIN_WHOLE_NAME_CHARS = 2
#: Longest piece read as one name (four characters: a two-character surname and given name).
MAX_NAME_PIECE_CHARS = 4
_CLOSE_TUPLE = tuple(CLOSE_BRACKETS)


def join_at_credit_break(head: str, tail: str) -> str:
    """``head + tail`` joined at a line break, with a space put at the break when it stands between
    two names of a closing credit.

    Extractors drop the space that separated two names at a line end (「……。（韩茵」/「叶思）」), and
    the names of a credit are told apart by their spaces; a name broken over the lines
    (「（吕洋伟 孙」/「春）」) still reads as joined, which is tried first.
    """
    return _join_at_credit_break(head, tail)[0]


def credit_across_break(head: str, tail: str) -> tuple[str, Byline | None]:
    """``join_at_credit_break(head, tail)`` and the bracketed names closing that text
    (``trailing_authors``): the join reads them to choose its text, and the credits grammar is
    costly to run again on the text it chose."""
    text, credit, read = _join_at_credit_break(head, tail)
    return text, credit if read else trailing_authors(text)


def _join_at_credit_break(head: str, tail: str) -> tuple[str, Byline | None, bool]:
    """``join_at_credit_break``'s text, its closing names, and whether those were read (only where
    ``tail`` ends with a bracket)."""
    joined = head + tail
    if not tail.endswith(_CLOSE_TUPLE):
        return joined, None, False
    credit = trailing_authors(joined)
    if credit is not None and not _glued(credit):
        return joined, credit, True
    spaced = head + " " + tail
    found = trailing_authors(spaced)
    # Two names read glued (「（韩冰林晓）」, fields.personnames.glued_pair) take the break as their gap.
    if found is not None and (credit is None or found.authors == credit.authors):
        return spaced, found, True
    return joined, credit, True


def _glued(credit: Byline) -> bool:
    """Two names read out of one gap-free token (byline.glued_pair): the text has no gap."""
    return len(credit.authors) == 2 and not credit.photographers and " " not in credit.text


def join_at_name_break(head: str, tail: str) -> str:
    """``head + tail`` joined at a line break inside an open credit (「本报讯（记者 林晓」/
    「何春）……」), with a space at the break when whole names stand on both sides of it: the
    extractor dropped the space between two names at the line end."""
    if _CREDIT_OPENED.search(head[-MAX_BRACKET_CHARS:]) is None:
        return head + tail
    before = re.split(r"[\s（(：:]", head)[-1]
    after = re.split(r"[\s）)，,]", tail, maxsplit=1)[0]
    whole = len(before) >= MIN_WHOLE_NAME_CHARS and len(after) >= MIN_WHOLE_NAME_CHARS
    return head + " " + tail if whole and _is_name_piece(before) and _is_name_piece(after) else head + tail


def join_at_name_breaks(pieces: Sequence[str]) -> str:
    """``join_at_name_break`` folded over the pieces (a paragraph's lines), left to right. A name
    break needs a credit's role word before it: without one anywhere, the pieces are only
    concatenated, which is what every step would give (most paragraphs, every line of a page)."""
    plain = "".join(pieces)
    if not any(role in plain for role in CREDIT_ROLES):
        return plain
    joined = pieces[0]
    for piece in pieces[1:]:
        joined = join_at_name_break(joined, piece)
    return joined


def _is_name_piece(text: str) -> bool:
    return 0 < len(text) <= MAX_NAME_PIECE_CHARS and all("\u4e00" <= ch <= "\u9fff" for ch in text)
