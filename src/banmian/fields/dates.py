"""Full dates (year, month and day) in running text and on date lines.

Rules:

* Forms: 2020年5月31日 (spaces allowed anywhere inside, as extraction leaves them: 2020 年 5 月
  31 日), 2020-05-31, 2020.05.31, 2020/05/31 (one separator throughout), and Chinese numerals
  二〇二〇年五月三十一日. Full-width digits count as digits.
* A date that does not exist (2020年2月30日) or a year outside ``MIN_YEAR``..``MAX_YEAR`` is not
  a date; a dotted number glued to more digits (12020.05.311) is not one either.
* Dates without a year (5月31日) are left alone: the year cannot be known from the text.
* A *date line* is a line that is only a date, optionally followed by the weekday (星期日, 周日,
  礼拜天, Sunday) and a lunar date (农历庚子年闰四月初九) — the closing line of a notice or the
  date on a masthead or page header.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from banmian.fields.numerals import FULLWIDTH_DIGITS, chinese_to_int

#: Earliest year (calendar year) accepted; Chinese-language papers start in the 19th century.
MIN_YEAR = 1800
#: Latest year accepted; beyond it a four-digit number before 年 is a quantity, not a year.
MAX_YEAR = 2100

_S = "[ \t\u00a0\u3000]*"
_CN_DIGIT = "〇零○Ｏ一二三四五六七八九"
_CN_SMALL = "一二三四五六七八九十"
_DATE = re.compile(
    rf"(?<!\d)(?P<y>\d{_S}\d{_S}\d{_S}\d){_S}年{_S}(?P<m>\d{{1,2}}){_S}月{_S}(?P<d>\d{{1,2}}){_S}[日号]"
    rf"|(?<![\d.\-/])(?P<y2>\d{{4}})(?P<sep>[-./])(?P<m2>\d{{1,2}})(?P=sep)(?P<d2>\d{{1,2}})(?![\d.]\d|\d)"
    rf"|(?P<y3>[{_CN_DIGIT}]{{4}}){_S}年{_S}(?P<m3>[{_CN_SMALL}]{{1,2}}){_S}月{_S}(?P<d3>[{_CN_SMALL}]{{1,3}}){_S}[日号]"
)
_TAIL = re.compile(
    rf"{_S}(?:[（(]?(?:星期|礼拜)[一二三四五六日天七][）)]?|周[一二三四五六日]"
    rf"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:农历|夏历|阴历)[{_CN_DIGIT}十廿卅甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥年闰正冬腊月初日]+)"
)
_LINE_EDGE = " \t\u00a0\u3000\r\n"


@dataclass(frozen=True, slots=True)
class DateMatch:
    date: dt.date
    start: int
    end: int
    text: str


def _to_date(m: re.Match[str]) -> dt.date | None:
    if m.group("y") is not None:
        y, mo, d = int("".join(m.group("y").split())), int(m.group("m")), int(m.group("d"))
    elif m.group("y2") is not None:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    else:
        cy, cm, cd = chinese_to_int(m.group("y3")), chinese_to_int(m.group("m3")), chinese_to_int(m.group("d3"))
        if cy is None or cm is None or cd is None:
            return None
        y, mo, d = cy, cm, cd
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def find_dates(text: str) -> tuple[DateMatch, ...]:
    """Every valid full date in the text, in order, with offsets into ``text``."""
    norm = text.translate(FULLWIDTH_DIGITS)  # one-to-one, so offsets still index ``text``
    out = []
    for m in _DATE.finditer(norm):
        date = _to_date(m)
        if date is not None:
            out.append(DateMatch(date, m.start(), m.end(), text[m.start() : m.end()]))
    return tuple(out)


def date_line(line: str) -> DateMatch | None:
    """The date when the whole line is a date (plus weekday or lunar tail), else ``None``."""
    norm = line.translate(FULLWIDTH_DIGITS)
    start = len(norm) - len(norm.lstrip(_LINE_EDGE))
    m = _DATE.match(norm, start)
    if m is None:
        return None
    date = _to_date(m)
    if date is None:
        return None
    pos = m.end()
    while (t := _TAIL.match(norm, pos)) is not None and t.end() > pos:
        pos = t.end()
    if norm[pos:].strip(_LINE_EDGE):
        return None
    return DateMatch(date, m.start(), m.end(), line[m.start() : m.end()])
