"""Digit runs that the extractor broke across lines, put back together.

Chinese typesetting never breaks a run of Latin digits across lines, but Founder e-paper PDFs set
digits in a font of their own, and their text layers (pdftotext, pdfium) often print a number's
digits on lines of their own: 「……3月」/「1」/「2日起……」, 「共有 4」/「0」/「余支队伍……」,
「1」/「8」/「7」/「2年」. Left alone, such fragments look like short lines (paragraph ends) and cut
headlines and paragraphs apart. Rules, applied top to bottom:

* a line's trailing digits move to the start of the next line when that line is a number's
  fragment alone (「共有 4」/「0」/「余支队伍」, which the last rule then joins to the text below),
  unless they are a clock time's minutes (「08:00」). A number broken at the end of a line of text
  (「……热闹非凡。20」/「19年建成的……」) stays where the page printed its pieces: the paragraph's text
  joins them again, and moved down they made the line below wider than its column by their width,
  which the heading rules read as a headline's larger type (a body line cut out as a title). Pdfium
  article F1 on the seven development sets: +0.0013 (seed 1009), +0.0007 (evaluation set), +0.0002
  on three, unchanged on two; pdftotext and its -layout text within ±0.0010;
* a line ending in a decimal point takes up the rest of its number when that stands alone on the
  line below (「……增长8.」/「2%」): a headline broken inside a figure;
* a line made only of a number's end, closed by a percent sign (「95%」, 「.2%」), goes back up
  onto the line above when that ends on a character or digit (「……覆盖率达」/「95%」, 「……增长6」/
  「.2%」): nothing of the number follows the sign, and the line above is where it began, a headline
  broken inside its figure most often, whose last line would otherwise run into the text below;
* a line made only of a number fragment (digits, 「.」 「:」 「%」 「-」) inside a block joins the
  line below it, which finishes the number (「19」 + 「日上午」), unless that line is a short label
  that no number runs into (「10」/「社会」: a page header's number and section name).

A fragment next to a blank line stays as it is: that is a page number or a header's piece, which
the furniture rules read. Each joined line keeps the span of source lines its text came from, and
the engine maps provenance back to them (segment.renumber), so line numbers still point into the
input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from banmian.layout.punctuation import is_cjk

#: Longest run of digits (characters) taken for a fragment: a year is four.
MAX_FRAGMENT_CHARS = 4
#: A clock time's minutes (「08:00」) are whole, not a number broken at the line end: a web page's
#: meta line ends on its time, and the paragraph under it may open on a date (「10月20日，……」).
TRAILING_DIGITS = re.compile(rf"(?<![0-9])(?<![0-9][:：])([0-9]{{1,{MAX_FRAGMENT_CHARS}}})[ \t\u3000]*$")
#: Last characters of a line that may be (part of) a broken number.
DIGIT_ENDS = frozenset("0123456789.:%：-")
LEADING_DIGIT = re.compile(r"^[ \t\u3000]*[0-9]")
#: Signs that close a number: a fragment ending on one is the number's end.
NUMBER_CLOSERS = ("%", "％")
#: Longest line (characters) taken for a number fragment alone: a fragment grows as the digits
#: printed after it join it (「1」「2」「6」「.」「8」 → 「126.8」), up to a long figure.
MAX_NUMBER_CHARS = 12
FRAGMENT_ONLY = re.compile(rf"^[ \t\u3000]*[0-9.:%：\-]{{1,{MAX_NUMBER_CHARS}}}[ \t\u3000]*$")


#: Characters that follow a number in running text: units, measure words, 余/多 (「0」/「余支队伍」).
NUMBER_FOLLOWERS = frozenset("年月日时分秒号个名家户人万亿千百元角岁次届期条项件座台辆吨米亩余多倍%％.")
#: A label alone on a line: a few CJK characters and nothing else (a section's name, 社会).
LABEL_LINE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*$")


def _number_goes_on(above: str) -> bool:
    """The line above ends where a number may follow in the same line: a character or a digit, not a
    mark that ends a sentence or a clause (the number then opens what follows)."""
    last = above.rstrip()[-1:]
    return bool(last) and (last.isdigit() or is_cjk(last))


def is_label_line(nxt: str) -> bool:
    """The line below a number fragment is a label of its own, not the number's continuation: a
    page header broken into lines (「10」/「社会」/「2019年10月6日 星期日」, as PyMuPDF prints it)."""
    return LABEL_LINE.match(nxt) is not None and nxt.strip()[0] not in NUMBER_FOLLOWERS


class JoinedLine(NamedTuple):
    """A line as the engine reads it, and the source lines (1-based, inclusive) its text came from.

    A named tuple, as layout.lines.LineInfo: one is made per line of every page, and a frozen
    dataclass's constructor costs twice as much."""

    text: str
    first: int
    last: int


def rejoin_split_numbers(raw_lines: Sequence[str], spans: Sequence[JoinedLine] | None = None) -> list[JoinedLine]:
    """The lines once split numbers are whole again, each with its source lines. ``spans``: the
    source lines each of ``raw_lines`` already stands for (layout.fragments), else one each."""
    lines = list(raw_lines)
    firsts = list(range(1, len(lines) + 1)) if spans is None else [span.first for span in spans]
    lasts = firsts[:] if spans is None else [span.last for span in spans]
    out: list[JoinedLine] = []
    n = len(lines)
    # tuple.__new__ is what JoinedLine._make calls, less its length check and its Python-level
    # frame: a call saved on every line of every page.
    make = tuple.__new__
    k = 0
    while k < n:
        line = lines[k]
        nxt = lines[k + 1] if k + 1 < n else None
        stripped = line.rstrip()
        # Cheap gates first: nearly every line ends in a character or a mark, not a digit.
        if nxt is not None and stripped[-1:] in DIGIT_ENDS and nxt.strip():
            inside = k > 0 and bool(lines[k - 1].strip())
            if inside and out and stripped.endswith(NUMBER_CLOSERS) and FRAGMENT_ONLY.match(line) and _number_goes_on(out[-1].text):
                # 「……覆盖率达」/「95%」: the number's end goes back up to where it began.
                out[-1] = make(JoinedLine, (out[-1].text.rstrip() + line.strip(), out[-1].first, lasts[k]))
                k += 1
                continue
            if FRAGMENT_ONLY.match(line) and (inside or LEADING_DIGIT.match(nxt)) and not is_label_line(nxt):
                lines[k + 1] = line.strip() + nxt.lstrip()
                firsts[k + 1] = firsts[k]
                k += 1
                continue
            if stripped[-2:-1].isdigit() and stripped.endswith(".") and FRAGMENT_ONLY.match(nxt):
                # 「……增长8.」/「2%」: the end of a decimal alone below its point goes back up; it
                # ends the line (the fragment rule above would carry it on into the next line).
                out.append(make(JoinedLine, (stripped + nxt.strip(), firsts[k], lasts[k + 1])))
                k += 2
                continue
            trailing = TRAILING_DIGITS.search(line)
            if trailing and FRAGMENT_ONLY.match(nxt) and line[: trailing.start()].strip():
                lines[k + 1] = trailing.group(1) + nxt.lstrip()
                firsts[k + 1] = lasts[k]
                line = line[: trailing.start()].rstrip()
        out.append(make(JoinedLine, (line, firsts[k], lasts[k])))
        k += 1
    return out
