"""Pages printed in traditional characters, read through their simplified forms.

Every grammar of the engine (bylines 本报讯/记者, captions 图为/摄, jump notes 下转第二版, dates,
notices) and its line classifier were written for simplified text; a Hong Kong, Taiwan or Macau
paper, or a back issue from before 1956, prints 本報訊（記者 林曉）, 圖為, 下轉第二版. Rules:

* a page is read through OpenCC's traditional-to-simplified conversion when it holds at least
  ``MIN_CUE_CHARS`` of a few very common traditional-only characters (這們個來時會說對國為與發經…)
  and the conversion changes at least ``MIN_CHANGED_SHARE`` of its characters: a simplified page
  that names a person 乾 or quotes one traditional title is read as it is;
* the conversion is character for character (OpenCC's t2s keeps every line's length, which is
  checked: a line whose length would change is read unconverted), so source line numbers and
  every position in a line still point into the input;
* the page returned holds the input's own characters (``ScriptReading.restore``): a converted
  character the page prints in one form only is given that form; one it prints in several (干 for
  幹 and 乾) is found, in order, in the converted text of the source lines its text came from, and
  takes the input's character at that place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

import opencc

from banmian.model import Provenance

#: Traditional-only forms of some of the commonest characters of news text: a simplified page holds
#: few or none of them, a traditional one hundreds.
TRADITIONAL_CUES = "這們個來時會說對國為與發經後實現點業開關長問題進過還當體機學無認從黨區設總報記導讀縣鄉傳參種"
_CUE = re.compile(f"[{TRADITIONAL_CUES}]")
#: Fewest cue characters on a page read as traditional: the cheap gate before the conversion, which
#: MIN_CHANGED_SHARE then confirms. A simplified page holds none, or a few where it quotes a
#: traditional name or title, whose conversion changes well under MIN_CHANGED_SHARE of the page;
#: three let a traditional brief of two or three sentences through (ten, as before, left such a
#: page unread: 「本報訊（記者 ……）」 was no byline, 「（下轉第二版）」 no jump note).
MIN_CUE_CHARS = 3
#: Share of a page's characters the conversion must change: about a fifth on a traditional page,
#: well under 1 % on a simplified one.
MIN_CHANGED_SHARE = 0.05
#: Characters before an ambiguous one that must match with it where it is looked up in its source
#: lines: three tell 「干部」 from 「干净」 whichever comes first in the line.
AMBIGUOUS_CONTEXT_CHARS = 3


@dataclass(frozen=True, slots=True)
class ScriptReading:
    """The lines as the engine reads them and, where they were converted, how to give back the
    input's characters."""

    lines: tuple[str, ...]
    original: tuple[str, ...] | None = None
    #: ``str.translate`` table from each converted character to the one form the page prints for
    #: it, where the page prints only one.
    back: Mapping[int, str] = field(default_factory=dict)
    #: Converted characters the page prints in several forms (干 for 幹 and 乾, or 干 itself).
    ambiguous: frozenset[str] = frozenset()

    def restore(self, text: str, provenance: Provenance | None, first_line: int = 1) -> str:
        """``text``, read from the converted lines, in the input's characters. A character the page
        prints in several forms is found, in order, in the converted text of the lines
        ``provenance`` names (the whole page without one) and takes the input's character there.
        ``first_line``: the file's line number of the page's first line (a page after a form feed)."""
        if self.original is None:
            return text
        restored = text.translate(self.back)
        if self.ambiguous.isdisjoint(text):
            return restored
        numbers = _line_numbers(provenance, len(self.lines), first_line - 1)
        converted = "".join(self.lines[n - 1] for n in numbers)
        printed = "".join(self.original[n - 1] for n in numbers)
        out = list(restored)
        at = 0
        for k, ch in enumerate(text):
            if ch not in self.ambiguous:
                continue
            # The character with the few before it: a text may begin inside a line that holds
            # the same character earlier (a headline and a body printed side by side).
            window = text[max(0, k - AMBIGUOUS_CONTEXT_CHARS) : k + 1]
            found = converted.find(window, at)
            found = found + len(window) - 1 if found >= 0 else converted.find(ch, at)
            if found >= 0:
                out[k] = printed[found]
                at = found + 1
        return "".join(out)


def read_simplified(lines: Sequence[str]) -> ScriptReading:
    """``lines`` converted to simplified characters when the page is printed in traditional ones."""
    page = "\n".join(lines)
    if len(_CUE.findall(page)) < MIN_CUE_CHARS:
        return ScriptReading(tuple(lines))
    converter = _converter()
    converted = tuple(_convert_line(converter, line) for line in lines)
    forms: dict[str, set[str]] = {}
    changed = 0
    for line, new in zip(lines, converted, strict=True):
        if line == new:
            continue
        for printed, read in zip(line, new, strict=True):
            if printed != read:
                changed += 1
                forms.setdefault(read, set()).add(printed)
    if changed < MIN_CHANGED_SHARE * len(page):
        return ScriptReading(tuple(lines))
    for read, printed_forms in forms.items():
        if read in page:
            printed_forms.add(read)  # the page prints the simplified form too
    back = {ord(read): printed.pop() for read, printed in forms.items() if len(printed) == 1}
    ambiguous = frozenset(read for read, printed in forms.items() if len(printed) > 1)
    return ScriptReading(converted, tuple(lines), back, ambiguous)


def _convert_line(converter: opencc.OpenCC, line: str) -> str:
    new = converter.convert(line)
    return new if len(new) == len(line) else line


@cache
def _converter() -> opencc.OpenCC:
    """OpenCC's converter, loaded once (its dictionaries take ~20 ms)."""
    return opencc.OpenCC("t2s")


def _line_numbers(provenance: Provenance | None, count: int, offset: int) -> list[int]:
    """The lines of the page (1-based) a text was read from, in reading order; all lines without
    provenance. ``offset``: lines of the file before the page (provenance counts in the file)."""
    if provenance is None or provenance.lines is None:
        return list(range(1, count + 1))
    spans = provenance.pieces or (provenance.lines,)
    return [n for span in spans for n in range(max(1, span.first - offset), min(span.last - offset, count) + 1)]
