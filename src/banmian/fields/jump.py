"""转版 jump notes: where an article continues on, or comes from, another page.

Rules:

* "to" notes: 下转 / 下接 / 转 (下转第二版, 下接第二版, 转A3版, 下转2版); "from" notes: 上接 / 接 / 紧接 / 承 / 续
  (上接第一版, 接第1版, 续一版).
* The page is 第N版 or N版 with N in Arabic (ASCII or full-width), Chinese numerals (一 … 九十九),
  or a lettered page (A3, B12). ``page_number`` is the numeric part; ``page_label`` is the page as
  printed without 第/版 (``"二"``, ``"A3"``).
* A bracketed note （…）, (…), ［…］ or 〔…〕 is a jump wherever it stands; a place on the page may
  follow the page (下转第二版·右下, 下转第2版中). An unbracketed one (上接1版) counts
  only at the very start or end of the text, since 转第4版 inside a sentence may be prose.
* Extraction spaces between the characters (「（下 转 第 二 版）」) are allowed, and so is an arrow
  beside the note (「（下转第二版▶）」, 「◀上接第1版」).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.fields.numerals import FULLWIDTH_DIGITS, chinese_to_int

_S = "[ \t\u00a0\u3000]*"
_OPEN = "[（(［\\[〔]"
_CLOSE = "[）)］\\]〕]"
_PAGE = rf"(?P<label>[A-Za-zＡ-Ｚａ-ｚ]?{_S}[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})"
_VERB = rf"(?P<verb>下{_S}[转接]|上{_S}接|紧{_S}接|转|接|承|续)"
_CORE = rf"{_VERB}{_S}(?:第{_S})?{_PAGE}{_S}(?:版|面)"
#: Where on the page the article goes on, after the page in a bracketed note (「（下转第二版·右下）」,
#: 「（下转第2版中）」, 「（下转第2版中间）」, 「（下转第三版左下角）」): part of the note.
_PLACE = rf"(?:[·•]?{_S}[上中下左右]{{1,2}}(?:方|部|栏|间|角)?)?"
#: An arrow some papers set beside the note, pointing the reader on or back (「（下转第二版▶）」,
#: 「◀上接第1版」): part of the note, inside its brackets or at its edge.
_ARROWS = "▶▷►▸◀◁◄◂→←⇒↓↑▼▲△▽"
_ARROW = f"[{_ARROWS}]?"
_BRACKETED = re.compile(rf"{_OPEN}{_S}{_ARROW}{_S}{_CORE}{_S}{_PLACE}{_S}{_ARROW}{_S}{_CLOSE}")
_BARE_START = re.compile(rf"^[\s]*{_ARROW}{_S}{_CORE}")
_BARE_END = re.compile(rf"{_CORE}{_S}{_ARROW}[\s。.]*$")
_EDGE = " \t\u00a0\u3000\r\n"
_TO_VERBS = frozenset({"下转", "下接", "转"})
_FULL_LATIN = str.maketrans("ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
                            "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ")


@dataclass(frozen=True, slots=True)
class Jump:
    text: str
    direction: str  # "to" | "from"
    page_number: int | None
    page_label: str
    start: int
    end: int


def _jump(text: str, m: re.Match[str]) -> Jump:
    verb = "".join(m.group("verb").split())
    label = "".join(m.group("label").split()).translate(_FULL_LATIN).translate(FULLWIDTH_DIGITS)
    digits = label.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    start, end = m.start(), m.end()
    # Bare matches may have swallowed surrounding whitespace, an arrow or a full stop; offsets exclude it.
    while start < end and text[start] in _EDGE + _ARROWS:
        start += 1
    while end > start and text[end - 1] in _EDGE + _ARROWS + "。.":
        end -= 1
    return Jump(
        text="".join(text[start:end].split()),
        direction="to" if verb in _TO_VERBS else "from",
        page_number=chinese_to_int(digits),
        page_label=label,
        start=start,
        end=end,
    )


def find_jump(text: str) -> Jump | None:
    """The first jump note in the text (bracketed anywhere, bare only at the start or end)."""
    if "转" not in text and "接" not in text and "承" not in text and "续" not in text:
        return None  # fast path: almost no paragraph has a jump
    m = _BRACKETED.search(text)
    if m is not None:
        return _jump(text, m)
    m = _BARE_START.match(text) or _BARE_END.search(text)
    return None if m is None else _jump(text, m)


def is_jump_line(line: str) -> bool:
    """True when the line holds a jump note and nothing else."""
    j = find_jump(line)
    if j is None:
        return False
    return not (line[: j.start].strip(_EDGE + _ARROWS) or line[j.end :].strip(_EDGE + _ARROWS + "。."))
