"""The text either side of a run of lines, as the in-text title rules (segment.intext) read it:
back to where the article above begins, on to where the text below stops, past the blank lines
that end an extractor's blocks; and whether the text above a line has finished (a sentence's end
outside any quotation, or a brief's closing credit).
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.layout.lines import LineInfo
from banmian.segment.items import closes_credit
from banmian.segment.roles import _BODY, Role


def previous_filled(lines: Sequence[LineInfo], k: int) -> int | None:
    """The line above ``k`` past blank lines: pdftotext ends each text block with one, and the
    title of a block of its own, set in a column's width, comes after it."""
    k -= 1
    while k >= 0 and lines[k].blank:
        k -= 1
    return k if k >= 0 else None


def text_above(lines: Sequence[LineInfo], roles: list[Role], start: int, limit: int) -> str:
    """Up to ``limit`` characters of the text right above ``start``, back to where its
    article begins (a line that is not body text: a headline, a byline, a caption, or the line
    opening with the article's byline, whose text is the article's and what is above it not);
    blank lines between blocks are passed over."""
    texts = _body_texts(lines, roles, range(start - 1, -1, -1), limit, to_byline=True)
    return "".join(reversed(texts))[-limit:]


def text_below(lines: Sequence[LineInfo], roles: list[Role], stop: int, limit: int) -> str:
    """Up to ``limit`` characters of the text from ``stop``, up to the next line that is
    not body text; blank lines between blocks are passed over."""
    return "".join(_body_texts(lines, roles, range(stop, len(lines)), limit, to_byline=False))[:limit]


def _body_texts(lines: Sequence[LineInfo], roles: list[Role], order: range, limit: int, to_byline: bool) -> list[str]:
    """The texts of the body lines met in ``order`` until ``limit`` characters are read or a line
    that is not body text comes; ``to_byline``: the line opening with a byline is the last."""
    out: list[str] = []
    size = 0
    for k in order:
        if lines[k].blank:
            continue
        if size >= limit or roles[k] is not _BODY:
            break
        out.append(lines[k].text)
        size += len(lines[k].text)
        if to_byline and lines[k].leading_byline is not None:
            break
    return out


def finished(lines: Sequence[LineInfo], roles: list[Role], k: int) -> bool:
    """The text above ended at line ``k``: a sentence's end outside any open quotation
    (``inside_quote``: seed 1005's pdfium pages 0.9619 -> 0.9621, the other sets unchanged) or a
    brief's closing credit, whole or broken over two lines."""
    line = lines[k]
    if roles[k] is not _BODY or line.blank:
        return False
    return (line.ends_sentence and not inside_quote(lines, roles, k)) or closes_credit(lines, k)


#: Characters of text read back from a sentence's end for the quotation it may stand in: a
#: speaker's words run over a few sentences (「“……新书两千册。」/「儿童阅览区……”林晓说……」).
QUOTE_LOOKBACK_CHARS = 300


def inside_quote(lines: Sequence[LineInfo], roles: list[Role], k: int) -> bool:
    """The last quotation mark before the end of line ``k`` (read back through the text, at most
    QUOTE_LOOKBACK_CHARS characters) opens a quotation: the sentence ended inside the speaker's
    words, and the text goes on with them, whatever the next line looks like."""
    read = 0
    for j in range(k, -1, -1):
        if lines[j].blank:
            continue
        if roles[j] is not _BODY or read >= QUOTE_LOOKBACK_CHARS:
            return False
        text = lines[j].text
        opening, closing = text.rfind("“"), text.rfind("”")
        if opening != closing:  # one of them is on the line: the later one tells
            return opening > closing
        read += len(text)
    return False
