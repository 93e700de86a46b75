"""The squeezed copy of a byline that the grammar (``fields.byline``) is matched on, and the byline
rendered back from it as printed.

Rules:

* All whitespace is squeezed out, and the width of each removed gap is kept: the gaps are the only
  evidence of where one name ends and the next begins (``fields.personnames`` splits by them). An
  ideographic space or a tab counts two ASCII spaces.
* ``text`` keeps one space where the source printed a gap between parts (role, names, suffix)
  and none inside a name or next to brackets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WHITESPACE = re.compile(r"\s+")
_GAP_CHARS = {" ": 1, "\u00a0": 1, "\t": 2, "\u3000": 2, "\n": 1, "\r": 0}
_PUNCT_NO_SPACE = set("（）()、，,；;：:“”")


@dataclass(slots=True)
class Squeezed:
    """Text without whitespace; ``gaps[i]`` is the width removed before ``c[i]``, ``pos`` maps back."""

    c: str
    gaps: list[int]
    pos: list[int]


def squeeze(text: str, start: int, limit: int) -> Squeezed:
    pieces: list[str] = []
    gaps: list[int] = []
    pos: list[int] = []
    count = 0
    gap = 0
    i = start
    for m in _WHITESPACE.finditer(text, start):
        if m.start() > i:
            take = min(m.start() - i, limit - count)
            pieces.append(text[i : i + take])
            gaps.append(gap if count else 0)
            gaps.extend([0] * (take - 1))
            pos.extend(range(i, i + take))
            count += take
            if count >= limit:
                return Squeezed("".join(pieces), [*gaps, 0], pos)
        gap = sum(_GAP_CHARS.get(ch, 1) for ch in m.group())
        i = m.end()
    if i < len(text):
        take = min(len(text) - i, limit - count)
        pieces.append(text[i : i + take])
        gaps.append(gap if count else 0)
        gaps.extend([0] * (take - 1))
        pos.extend(range(i, i + take))
        gap = 0
    gaps.append(gap)  # the gap after the last character (sentinel)
    return Squeezed("".join(pieces), gaps, pos)


def render(sq: Squeezed, s: int, e: int, bounds: set[int]) -> str:
    """The byline as printed, with one space where a gap was printed at a part boundary."""
    out = []
    c, gaps = sq.c, sq.gaps
    for i in range(s, e):
        if i > s and i in bounds and gaps[i] > 0 and c[i] not in _PUNCT_NO_SPACE and c[i - 1] not in _PUNCT_NO_SPACE:
            out.append(" ")
        out.append(c[i])
    return "".join(out)
