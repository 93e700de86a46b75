"""A brief's closing credit printed before the last lines of its text, put back after them.

A brief closes with its authors in brackets set flush right on its last line (「……借阅登记情况
等。（林晓 何春生）」). pdftotext reads that line as two pieces and may print the credit first, on a
line of its own, between the brief's last lines:

    重点为图书更新、开放时间和
    （林晓 何春生）              <- the credit, printed before the line it stands on
    借阅登记情况等。
                                 <- the block ends

Left there, the credit splits the brief's last sentence and no rule sees a brief closed by its
authors (the credit follows no finished sentence). Rule: a line that is nothing but bracketed
names, under a line that does not end a sentence, followed by at most MAX_LINES_AFTER lines of
which only the last ends a sentence and which end their block (a blank line or the page's end),
goes after those lines. The lines keep their source lines (provenance points at the page as it
was printed).
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.fields.trailingcredits import trailing_authors
from banmian.layout.digits import JoinedLine
from banmian.layout.punctuation import ends_sentence

#: Lines of a brief's text the credit may have been printed before: the last line it stands on,
#: and the pieces pdftotext cut that line into where it holds a quotation or a number.
MAX_LINES_AFTER = 3
#: Longest credit line (characters): brackets and a few names.
MAX_CREDIT_CHARS = 24


def move_credits_after_last_lines(lines: Sequence[JoinedLine]) -> list[JoinedLine]:
    out = list(lines)
    k = 1
    while k < len(out):
        stop = _moved_to(out, k)
        if stop is not None:
            out[k:stop] = [*out[k + 1 : stop], out[k]]
            k = stop
        k += 1
    return out


def _moved_to(lines: list[JoinedLine], k: int) -> int | None:
    """Where the credit on line ``k`` goes (the index after the brief's last line), or None."""
    text = lines[k].text.strip()
    if not text or len(text) > MAX_CREDIT_CHARS or text[0] not in "（(" or not _credit_alone(text):
        return None
    above = lines[k - 1].text.strip()
    if not above or ends_sentence(above):
        return None
    for stop in range(k + 2, min(k + 2 + MAX_LINES_AFTER, len(lines) + 1)):
        last = lines[stop - 1].text.strip()
        if not last or _credit_alone(last):
            return None
        if ends_sentence(last):
            block_ends = stop == len(lines) or not lines[stop].text.strip()
            return stop if block_ends else None
    return None


def _credit_alone(text: str) -> bool:
    found = trailing_authors(text)
    return found is not None and found.start == 0
