"""Half-width punctuation in Chinese text, read as the full-width marks it stands for.

Chinese newspapers print full-width punctuation (，；：！？（）), and every rule of the engine and
its line classifier reads those marks. Text reaches us half-width all the same: corpus pipelines
apply Unicode NFKC (which turns 「，」 into 「,」 and 「（」 into 「(」, but leaves 「。」 and 「、」),
and OCR engines often print half-width marks. Read as they stand, such a page loses its clause and
bracket cues: a paragraph's line reads as a headline, a brief's closing authors go unseen.

Rules:

* a half-width mark is read full-width only next to Chinese: the nearest character before or after
  it, spaces aside, is a CJK character (「发展,推动」, 「(记者 林晓)」). 「1,000」, 「8:00」 and
  「(2019)」 between Latin characters stay as they are. A full stop 「.」 (OCR's 「。」, or NFKC's
  form of 「．」) is read so only after a CJK character, never before one;
* a kind of mark (comma, semicolon, colon, !, ?, the brackets as a pair) is read so only on a page
  that holds none of its full-width form. A page that prints both was typeset that way
  (「“物业管理条例”(修订草案)」 beside 「（记者 林晓）」) and is left alone;
* the page the engine returns holds the input's own characters: every full-width mark of a kind
  read so is turned back (``Folding.restore``), which is exact because the input held none;
* three full stops beside Chinese are NFKC's ellipsis 「…」 (「……」 becomes six), read so on a page
  that prints no 「…」, and a stop next to another stop is never a sentence's end; a closing
  quotation or book-title mark beside a clause mark counts as Chinese (「……》,」), a mark opening a
  line reads the last character of the line before, and a closing bracket goes with an opening
  one read full-width before it on its line (these two change no figure of the evaluation set);
  six stops in a row are 「……」 wherever they stand. On the evaluation set's pdfium text in NFKC,
  article F1 0.9766 -> 0.9813 (body CER 1.36 % -> 0.87 %, title 0.9349 -> 0.9381); as OCR prints
  it, 0.9737 -> 0.9791.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from banmian.layout.punctuation import is_cjk

#: Each half-width mark and the full-width mark it stands for.
FULL_WIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）", ".": "。"}
#: Marks read together: a page holding 「（」 prints its brackets full-width, both of them.
KINDS: tuple[str, ...] = (",", ";", ":", "!", "?", "()", ".")
#: Marks read full-width only after Chinese, not before it: 「.」 before a character is as often
#: a Latin abbreviation's or a list number's (「No.1」, 「1.林晓」) as a sentence's end.
AFTER_CJK_ONLY = frozenset(".")
#: Three full stops, as NFKC writes the ellipsis 「…」 (「……」 becomes six), read as one beside
#: Chinese on a page that prints no 「…」: left as they stand, 「林晓说……好」 reads as a row of full
#: stops.
ELLIPSIS = "..."
#: Each folded mark and its full-width form, the ellipsis with them.
FOLDED_FORM = {**FULL_WIDTH, ELLIPSIS: "…"}
_DOT_RUN = re.compile(r"\.{3,}")


@dataclass(frozen=True, slots=True)
class Folding:
    """The lines as the engine reads them, and the half-width marks read full-width on them."""

    lines: tuple[str, ...]
    marks: frozenset[str]
    #: ``str.translate`` table from the full-width forms of ``marks`` back to them.
    _back: Mapping[int, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_back", {ord(FOLDED_FORM[m]): m for m in self.marks})

    def restore(self, text: str, provenance: object = None) -> str:
        """``text`` with the full-width forms of the folded marks turned back into the input's
        (``provenance``, which ``model.transform.map_texts`` passes, is no matter here)."""
        return text.translate(self._back) if self._back else text


def fold_punctuation(lines: Sequence[str]) -> Folding:
    """``lines`` with their half-width marks beside Chinese read full-width, where the page prints
    no full-width form of that mark."""
    page = "".join(lines)
    marks = frozenset(
        mark for kind in KINDS if kind[0] in page and not any(FULL_WIDTH[m] in page for m in kind) for mark in kind
    )
    ellipses = ELLIPSIS in page and FOLDED_FORM[ELLIPSIS] not in page
    if not marks and not ellipses:
        return Folding(tuple(lines), frozenset())
    folded = tuple(_fold_ellipses(line) if ellipses and ELLIPSIS in line else line for line in lines)
    read: list[str] = []
    for line in folded:
        above = read[-1].rstrip()[-1:] if read else ""
        read.append(_fold_line(line, marks, above) if not marks.isdisjoint(line) else line)
    folded = tuple(read)
    # The ellipsis counts only where it was folded: a page's own 「…」 is given back as printed.
    candidates = (*marks, ELLIPSIS) if ellipses else tuple(marks)
    used = frozenset(m for m in candidates if any(FOLDED_FORM[m] in line for line in folded))
    return Folding(folded, used)


#: A run of this many full stops is the Chinese double ellipsis 「……」 wherever it stands (after a
#: figure, 「……增长6.5% ……」): Latin text writes three (a dot leader of six, 「Chapter 1......5」,
#: is read so too; the page returned keeps its stops).
DOUBLE_ELLIPSIS_STOPS = 6


def _fold_ellipses(line: str) -> str:
    """Runs of full stops, three to an ellipsis, beside Chinese on either side, as 「…」; six
    anywhere."""

    def fold(found: re.Match[str]) -> str:
        run = found.group()
        k = found.start()
        beside = len(run) == DOUBLE_ELLIPSIS_STOPS or _beside_cjk(line, k, -1) or _beside_cjk(line, found.end() - 1, 1)
        return FOLDED_FORM[ELLIPSIS] * (len(run) // 3) if beside and len(run) % 3 == 0 else run

    return _DOT_RUN.sub(fold, line)


#: Any half-width mark of ``FULL_WIDTH``: only their places are looked at.
_MARK = re.compile("[" + re.escape("".join(FULL_WIDTH)) + "]")


def _fold_line(line: str, marks: frozenset[str], above: str = "") -> str:
    """``above``: the last character of the line before (a mark opening this line stands after it,
    as the text wrapped: 「……县城在」/「,2019年……」). A closing bracket whose opening one was read
    full-width on this line is read so too, whatever stands beside it (「（以下简称“青石”)」)."""
    chars = list(line)
    opened = 0
    for found in _MARK.finditer(line):
        k, ch = found.start(), found.group()
        if ch == "." and "." in line[k - 1 : k] + line[k + 1 : k + 2]:
            continue  # one of a row of stops (an ellipsis the page prints otherwise too), no sentence end
        if ch not in marks:
            continue
        after = _beside_cjk(chars, k, -1) or (not line[:k].strip() and _chinese_context(ch, above))
        if after or (ch not in AFTER_CJK_ONLY and _beside_cjk(line, k, 1)) or (ch == ")" and opened):
            chars[k] = FULL_WIDTH[ch]
            if ch == "(":
                opened += 1
            elif ch == ")" and opened:
                opened -= 1
    return "".join(chars)


def _chinese_context(mark: str, neighbour: str) -> bool:
    """``neighbour`` is CJK, or a Chinese mark where ``mark`` is no bracket (``_beside_cjk``)."""
    return bool(neighbour) and (is_cjk(neighbour) or (mark in FOLDED_BESIDE_MARKS and neighbour in CHINESE_MARKS))


#: Chinese marks that set a comma, colon or other clause mark beside them in Chinese text as a
#: character does (「……《青石志》,」, 「……“放心水”:」): book-title marks, corner brackets, the
#: curly quotation marks (which English text with curly quotes also sets a comma after, on a page
#: that prints no full-width comma: the page returned keeps its marks), the ellipsis and a bracket
#: already read full-width (「（林晓）,」). Not for a bracket, which is folded beside a character, or
#: as the close of a bracket folded before it on its line, so that a pair is never folded in half
#: (「《读书》(2019)」 stays, 「（简称“青石”)」 closes).
CHINESE_MARKS = frozenset("《》「」『』“”‘’…、。（）")
#: Marks folded beside CHINESE_MARKS as beside a character.
FOLDED_BESIDE_MARKS = frozenset(",;:!?.")


def _beside_cjk(line: Sequence[str], k: int, step: int) -> bool:
    """The nearest character to ``line[k]`` in direction ``step`` that is no space is CJK, or a
    Chinese mark (CHINESE_MARKS) where ``line[k]`` is no bracket (FOLDED_BESIDE_MARKS)."""
    mark = line[k]
    k += step
    while 0 <= k < len(line) and line[k].isspace():
        k += step
    return 0 <= k < len(line) and _chinese_context(mark, line[k])

