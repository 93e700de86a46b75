"""Whitespace that text extraction adds to Chinese type, and how wide a line is.

Rules:

* Chinese is set without spaces, so a run of spaces (ASCII, U+3000 inside a line, NBSP, tab)
  with a CJK character on either side is an artefact and is removed: 「5 月 24 日」→「5月24日」,
  「本 报 讯（记 者」→「本报讯（记者」. CJK means ideographs, CJK and full-width punctuation
  (，。、：；“”‘’（）《》—…·) and full-width forms.
* Between two Latin words or numbers the space is real and kept as one space: 「iPhone 12」.
* Headlines are different: a letter-spaced headline (most gaps separate single characters) loses
  its gaps, but the gaps between multi-character phrases of a banner or a two-part title are
  meaningful and become one space: 「建设美丽家园 共享绿色生活」.
* Width is measured in em: CJK and full-width characters are 1, ASCII and half-width 0.5.
"""

from __future__ import annotations

import re
import unicodedata

# Character classes, shared (as regex class bodies) by the other field modules.
_IDEO = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: CJK punctuation, general punctuation set full-width in Chinese type, full-width forms.
_CJK_PUNCT = "\u3001-\u303f\u2014-\u2027\u00b7\u30fb\uff01-\uffef\ufe30-\ufe4f"
_CJK = _IDEO + _CJK_PUNCT
#: Spaces inside a line: ASCII space, tab, NBSP, ideographic space, thin and other spaces.
_SPACE = " \t\u00a0\u3000\u2002-\u200b\u202f"

_GAP_NEXT_TO_CJK = re.compile(f"[{_SPACE}]+(?=[{_CJK}])|(?<=[{_CJK}])[{_SPACE}]+")
_ANY_GAP = re.compile(f"[{_SPACE}]+")
_GAP_SPLIT = re.compile(f"([{_SPACE}]+)")
_IDEO_CHAR = re.compile(f"[{_IDEO}]")
# A token's last and first runs of ideographs, cut at punctuation: 「讯（记」 ends in 记.
_LAST_IDEO_RUN = re.compile(f"[{_IDEO}]+$")
_FIRST_IDEO_RUN = re.compile(f"^[{_IDEO}]+")

#: Share (0..1) of single-character pieces among the pieces beside CJK gaps above which a line
#: counts as letter-spaced. 0.6: a letter-spaced title has nearly all singles; a name line such
#: as 「本报记者 王 茵」 (2 of 3) or a banner of phrases stays below it.
LETTER_SPACED_SHARE = 0.6
#: Fewest single-character pieces (count) for a letter-spaced verdict: two singles (「楷 书」)
#: are also what a spaced two-character name looks like, so they prove nothing on their own.
LETTER_SPACED_MIN_SINGLES = 3
#: A gap at least this many times (ratio) the letter gap separates phrases in letter-spaced type:
#: typesetters put about an em between phrases and a quarter to half an em between letters.
PHRASE_GAP_RATIO = 2.0


def collapse_spacing(text: str) -> str:
    """Body text without extraction spaces; Latin-to-Latin spaces kept as one space."""
    out = _GAP_NEXT_TO_CJK.sub("", text)
    return _ANY_GAP.sub(" ", out).strip(_SPACE + "\n\r")


def _gap_width(gap: str) -> int:
    # An ideographic space is one em, two ASCII spaces.
    return sum(2 if ch in "\u3000\t" else 1 for ch in gap)


def _pieces(text: str) -> tuple[list[str], list[str]]:
    parts = _GAP_SPLIT.split(text.strip(_SPACE + "\n\r"))
    return parts[0::2], parts[1::2]


_CJK_ONE = re.compile(f"[{_CJK}]")
_WHITE_RUN = re.compile(r"\s+")
_ASCII_VISIBLE = re.compile(r"[\x21-\x7e]")
#: Non-ASCII characters outside the ranges known to be full width (CJK, Hangul, full-width forms).
_UNUSUAL = re.compile(r"[^\s\x00-\x7f\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6]")


def _sides(left: str, right: str) -> tuple[str | None, str | None]:
    """The ideograph runs touching a gap, or ``None`` where that side is not an ideograph."""
    lm = _LAST_IDEO_RUN.search(left)
    rm = _FIRST_IDEO_RUN.match(right)
    return (lm.group() if lm else None), (rm.group() if rm else None)


def _all_sides(tokens: list[str]) -> list[tuple[str | None, str | None]]:
    """``_sides`` of every gap, in order."""
    return [_sides(tokens[i], tokens[i + 1]) for i in range(len(tokens) - 1)]


def _single_share(tokens: list[str], sides: list[tuple[str | None, str | None]]) -> tuple[int, int]:
    """Single-character pieces and all pieces beside gaps between two ideographs, each once."""
    seen: dict[tuple[int, int], bool] = {}
    for i, (lrun, rrun) in enumerate(sides):
        if lrun is None or rrun is None:
            continue  # digit, Latin or punctuation beside the gap: says nothing about spacing
        # A token that is one run is one piece; 「讯（记」 has two (its end and its start).
        seen[(i, 0 if len(lrun) == len(tokens[i]) else 1)] = len(lrun) == 1
        seen[(i + 1, 0 if len(rrun) == len(tokens[i + 1]) else -1)] = len(rrun) == 1
    return sum(seen.values()), len(seen)


def _letter_spaced(tokens: list[str], sides: list[tuple[str | None, str | None]]) -> bool:
    singles, total = _single_share(tokens, sides)
    return singles >= LETTER_SPACED_MIN_SINGLES and singles >= LETTER_SPACED_SHARE * total


def is_letter_spaced(text: str) -> bool:
    """True when the gaps of a line mostly separate single characters (spaced-out type)."""
    tokens, _ = _pieces(text)
    return _letter_spaced(tokens, _all_sides(tokens))


def collapse_heading_spacing(text: str) -> str:
    """A headline or banner with letter spacing removed and one space between its phrases."""
    return heading_spacing(text)[0]


def heading_spacing(text: str) -> tuple[str, bool]:
    """``collapse_heading_spacing(text)`` and ``is_letter_spaced(text)`` at once: the line features
    want both, and both read the same pieces and gaps."""
    tokens, gaps = _pieces(text)
    if not gaps:
        return tokens[0], False
    sides = _all_sides(tokens)
    spaced = _letter_spaced(tokens, sides)
    widths = [_gap_width(g) for g in gaps]
    letter_gap = min(widths)
    out = [tokens[0]]
    for i, gap in enumerate(widths):
        left, right = tokens[i], tokens[i + 1]
        lrun, rrun = sides[i]
        if lrun is not None and rrun is not None:
            if spaced:
                # Letter gaps go; a wider phrase gap, or one between two words, stays.
                keep = (gap >= PHRASE_GAP_RATIO * letter_gap) or (len(lrun) > 1 and len(rrun) > 1)
            else:
                keep = len(lrun) > 1 or len(rrun) > 1
        elif (bool(left) and bool(_CJK_ONE.match(left[-1]))) or (bool(right) and bool(_CJK_ONE.match(right[0]))):
            keep = False  # digit or punctuation beside CJK: an artefact, as in body text
        else:
            keep = True  # Latin beside Latin
        if keep:
            out.append(" ")
        out.append(right)
    return "".join(out), spaced


def without_justification_gaps(heading: str) -> str:
    """A headline's text (``collapse_heading_spacing``'s) less the gaps an extractor printed across
    a justified line: where any piece between gaps is one ideograph alone, which no phrase is,
    every gap beside CJK in the line is the justification's (「林晓 会 见临江县茶商代表 团」,
    「青石镇茶叶 节在 镇上开 幕」: pdfium spreads a short headline over its measure). Lines of
    phrases (「绿色生态 设计精致 保障周全」) keep their gaps. Output text only: the line features
    read the gaps as printed."""
    if " " not in heading or not any(len(piece) == 1 and _IDEO_CHAR.match(piece) for piece in heading.split(" ")):
        return heading
    return _GAP_NEXT_TO_CJK.sub("", heading)


def phrase_count(text: str) -> int:
    """How many multi-character phrases a banner or title line is made of."""
    return sum(1 for tok in collapse_heading_spacing(text).split(" ") if len(tok) > 1)


def display_width(text: str) -> float:
    """Printed width in em, for comparing a line with the column width."""
    # Count by class with regexes (one C-level pass each) instead of a Python loop per character:
    # every non-space character is 1 em, minus 0.5 for each half-width one.
    visible = len(text) - sum(len(m) for m in _WHITE_RUN.findall(text))
    half = len(_ASCII_VISIBLE.findall(text))
    for ch in _UNUSUAL.findall(text):
        # Ambiguous-width characters count as full width: Chinese fonts set them so.
        if unicodedata.east_asian_width(ch) not in "WFA":
            half += 1
    return visible - 0.5 * half
