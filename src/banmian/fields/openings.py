"""How a line opens when it opens a byline or dateline (电头): where the byline grammar is asked.

Rules:
- An article's first line opens with a byline or dateline: 本报讯, 本报记者, 本报评论员, 新华社…,
  本报北京5月3日电, 据新华社电, 记者 张三 … (``BYLINE_PREFIX``).
- A line that is only an agency and a place or date is a dateline the extractor broke before its
  电 (「本报西安10月17日」/「电（记者 崔韵浩）」) (``AGENCY_OPENING``).
- A news agency's name (新华社, 中新社, 人民日报) opens a byline only with a reporter's role, a
  place and date or a gap after it: a line that names the agency as its subject or a department
  of it (「人民日报文化中心推出……」) is a headline's or a sentence's. Read as a byline, such a
  kicker on the evaluation set's pdfium pages was never headable, and its article merged with the
  one above: pdfium article F1 0.9523 -> 0.9554.
- A byline of the dateline kind (本报讯（…）, 新华社北京3月8日电（…）) opens the first paragraph
  even when the line is wrapped right after it; the other kinds (本报记者 程远山) may stand on a line
  of their own in the headline stack (``DATELINE``).
- Many local papers set a mark before a byline (「□本报记者 林晓」, 「■本报讯（记者 林晓）」) or
  their dateline in lenticular brackets (「【本报讯】」): a typographic ornament, not text;
  ``without_ornament`` takes it off before any rule reads the line.
The grammar itself (names, roles, offsets) is ``fields.byline``.
"""

from __future__ import annotations

import re

#: What follows a news agency's name in a byline or dateline: a reporter's or commentator's role
#: (人民日报记者, 新华社评论员), a place and date up to 电 or 讯 (新华社北京3月8日电), a date, a gap, a
#: place of up to four characters where the extractor broke the line, or nothing. A line that
#: goes on otherwise names the agency as its subject or a department of it
#: (「新华社举办……」, 「人民日报文化中心……」): a headline's or a sentence's words, no byline. The
#: place is no office of the agency's (「人民日报社社长林」/「晓……」, 「人民日报社副总编」/「辑……」,
#: 「人民日报新媒体」/「中心……」, a department or edition ending on 部, 版 or 室), which a sentence
#: names as its subject. 社 after 人民日报 closes the agency's name at the line's end only: a
#: dateline names the paper without it (「人民日报北京……电」), and 「人民日报社代」/「表……」 is a
#: sentence's subject. Read as a dateline, such a line cut
#: its article in two. Pdfium article F1 on seeds 1001, 1003 and 1005 +0.0002, +0.0012 and
#: +0.0007; `-layout` on seed 1005 +0.0007, the squeezed pages' `-raw` +0.0014; the evaluation
#: set unchanged.
_AGENCY_BYLINE_TAIL = r"(?:记者|评论员|特约|通讯员|社?[^，。、]{0,12}?[电讯]|[^，。、]{0,12}?\d|\s|(?!社[^，。、]|副|总编|新媒体|[^，。、]{0,3}[部版室]$)[^，。、]{0,4}$)"
BYLINE_PREFIX = re.compile(
    r"^(?:本报讯|本报记者|本报特约|本报评论员|本报通讯员|据新华社|(?:新华社|中新社|人民日报)"
    + _AGENCY_BYLINE_TAIL
    + r"|据.{1,6}报道|本报[^，。]{1,12}电|记者\s)"
)
AGENCY_OPENING = re.compile(
    r"^(?:本报(?=[^，。、]{0,12}$)|(?:新华社|中新社|人民日报社?|据新华社)(?=[^，。、]{0,12}$)" + _AGENCY_BYLINE_TAIL + ")"
)
#: The first characters of every BYLINE_PREFIX and AGENCY_OPENING match (本报, 据…, 新华社, 中新社,
#: 人民日报, 记者): the cheap test before either pattern, which a line failing it fails only after
#: trying each of its alternatives; hundreds of lines a page are asked.
OPENING_FIRST_CHARS = frozenset("本据新中人记")
DATELINE = re.compile(r"^(?:本报讯|[^，。（(]{0,16}电[（(])")
#: A date alone (2020年5月31日): a notice's closing line or a header piece, never a headline.
DATE_ONLY = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


#: The three above as one pattern: one scan for the question most lines are asked.
_ANY_OPENING = re.compile("|".join(f"(?:{p.pattern})" for p in (BYLINE_PREFIX, AGENCY_OPENING, DATE_ONLY)))


def opens_byline(text: str) -> bool:
    """The text opens with a byline or dateline, or is an agency's broken dateline, or a date. Its
    first character is asked first (OPENING_FIRST_CHARS, or a digit for a date: ``str.isdecimal``
    is what a digit class matches), the cheap test most lines fail at once."""
    first = text[:1]
    return (first in OPENING_FIRST_CHARS or first.isdecimal()) and _ANY_OPENING.match(text) is not None


#: Marks set before a byline as ornament (□本报记者 林晓, ■本报讯……, ●本报讯……).
BYLINE_ORNAMENTS = frozenset("□■●○◎◆◇★☆▲△▶►•")


#: A dateline set in lenticular brackets (【本报讯】, 【新华社北京3月1日电】): the brackets are ornament.
BRACKETED_DATELINE = re.compile(r"【([^【】]{2,16})】")
#: First characters of a line that may carry an ornament (the cheap test before ``without_ornament``).
ORNAMENT_STARTS = BYLINE_ORNAMENTS | {"【"}


def _opens_credits(text: str) -> bool:
    """The text opens with credits that the byline grammar reads (「融媒体记者 林晓」, 「见习记者 林晓
    通讯员 何春生」), beyond the openings of BYLINE_PREFIX."""
    from banmian.fields.byline import leading_byline

    return leading_byline(text) is not None


def without_ornament(line: str) -> str:
    """``line`` without the ornament before its byline (「□本报记者 林晓」 → 「本报记者 林晓」,
    「【本报讯】……」 → 「本报讯……」), its indent kept; any other line as it is."""
    body = line.lstrip()
    if not body or body[0] not in ORNAMENT_STARTS:
        return line
    if body[0] == "【":
        found = BRACKETED_DATELINE.match(body)
        if found is None or not opens_byline(found.group(1)):
            return line
        after = body[found.end() :]
        # The bracket stood as a gap between the dateline and what follows (「【本报讯】记者 林晓」).
        rest = found.group(1) + ("" if after[:1] in "（( " else " ") + after
    else:
        rest = body[1:].lstrip()
    if not opens_byline(rest) and not _opens_credits(rest):
        return line
    return line[: len(line) - len(body)] + rest
