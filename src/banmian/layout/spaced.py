"""Pages whose every character stands apart, read with the spaces between characters gone.

OCR engines (Tesseract's Chinese models among them) print a space between every two characters of
a line: 「本 报 讯 （ 记 者   林 晓 ）」. Read as it stands, every line looks letter-spaced like a
headline and no word is whole. Rules:

* a page is spaced throughout when at least ``MIN_SPACED_LINES_SHARE`` of its lines of
  ``MIN_LINE_CHARS`` characters or more hold a single space in at least ``MIN_GAP_SHARE`` of the
  places between two characters. A page where only headlines are letter-spaced (the real sample,
  「市 政 府 党 组」) has far fewer such lines;
* on such a page a single space between two characters is dropped, and a wider gap (the page's own
  space, spaced out in turn: 「者   林」) becomes one space, which the spacing rules then read as
  printed (fields.spacing).

Line numbers stay as they are: only spaces go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Lines shorter than this (characters, spaces aside) say nothing: 「1 2」 is spaced either way.
MIN_LINE_CHARS = 6
#: A line is spaced out when a single space stands in at least this share of the places between
#: its characters (0.8: OCR leaves a few pairs joined, around Latin runs and punctuation).
MIN_GAP_SHARE = 0.8
#: A page is spaced throughout when at least this share of its lines are. Letter-spaced headlines
#: make up a few per cent of a page's lines; an OCR page's lines nearly all.
MIN_SPACED_LINES_SHARE = 0.6

_SINGLE_GAP = re.compile(r"(?<=\S) (?=\S)")
_WIDE_GAP = re.compile(r"(?<=\S)[ \u3000]{2,}(?=\S)")


def unspace_page(lines: Sequence[str]) -> tuple[str, ...] | None:
    """The page's lines with the spaces between characters gone, or ``None`` when the page is not
    spaced throughout."""
    # A spaced-out page holds about as many spaces as characters: two counts settle most pages.
    page = "".join(lines)
    spaces = page.count(" ")
    if spaces < MIN_GAP_SHARE * MIN_SPACED_LINES_SHARE * (len(page) - spaces):
        return None
    counted = spaced = 0
    for line in lines:
        chars = len(line) - line.count(" ") - line.count("\u3000")
        if chars < MIN_LINE_CHARS:
            continue
        counted += 1
        # Pairs, less those a wide gap stands between. Only gaps between characters count: a
        # layout dump's padding (tens of spaces before and between its columns) counted in
        # pairs of spaces left no places at all, and its pages read as spaced out (6 of the
        # evaluation set's 200 -layout pages lost every article so).
        places = chars - 1 - len(_WIDE_GAP.findall(line))
        if len(_SINGLE_GAP.findall(line)) >= MIN_GAP_SHARE * places:
            spaced += 1
    if not counted or spaced < MIN_SPACED_LINES_SHARE * counted:
        return None
    return tuple(_unspace(line) for line in lines)


def _unspace(line: str) -> str:
    body = line.lstrip()
    indent = line[: len(line) - len(body)]
    return indent + _SINGLE_GAP.sub("", _WIDE_GAP.sub("\x00", body)).replace("\x00", " ")
