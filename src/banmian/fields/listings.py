"""Lines of page matter that is no article: listings and classified advertisements.

Local papers print, beside their articles, a weather forecast, the evening's television
programmes, a box of classified advertisements (旺铺招租, 招聘启事, 遗失声明). None of it is
prose: read as text it becomes a headline over a run of figures, or the tail of the article above.
These are the cues of its lines; segment.listings finds the blocks.

Rules:
- A record line (``is_record_line``) holds at least RECORD_MIN_FIGURES clock times (8:00) or
  temperatures (8℃) and no sentence mark (。，；！？): a line of a timetable or a forecast. Prose
  naming a time or a temperature holds a comma or a full stop, and seldom two of them within one
  line of a column. An entry of a contents box, ending on the page it points to (「……2版」), is one
  too.
- A contact line (``is_contact_line``) opens on a contact label (电话, 联系电话, 咨询电话, 热线,
  联系人, 地址 …) and a colon: an advertisement's last lines, and a notice's.
- A telephone number (``holds_phone_number``) is a run of PHONE_MIN_DIGITS digits or more, an
  area code and a hyphen allowed.
- An advertisement's heading (``is_ad_heading``) is a short line with no sentence mark ending on
  a word that offers or announces (招租, 出售, 转让, 招聘, 启事, 声明 …). A notice's heading ends on
  通告 or 公告 and is an article of its own (kind ``notice``).
"""

from __future__ import annotations

import re

#: A clock time (8:00, 19：30), a temperature (8℃, -3 °C), digits full-width or not, or the page
#: an entry of a contents box points to (``CONTENTS_ENTRY``).
RECORD_FIGURE = re.compile(
    r"[0-9０-９]{1,2}\s*[:：]\s*[0-9０-９]{2}|-?[0-9０-９]+(?:\.[0-9]+)?\s*(?:℃|°C)|[…·.\s][0-9０-９A-D]{1,3}\s*版\s*$"
)
#: Characters without which a line holds no record's figure (a clock time's colon, a temperature's
#: sign, a page reference's 版): most lines of a page hold none, and skip the record tests.
RECORD_CUE = re.compile("[:：℃°版]")
#: An entry of a contents box (导读): a headline, a leader or a gap, and the page it is on (「青石镇
#: 举办春季招聘会 ……2版」). A jump note names its page after 转 or 接 in brackets, never so.
CONTENTS_ENTRY = re.compile(r"[…·.\s][0-9０-９A-D]{1,3}\s*版\s*$")
#: Figures of a record a line holds at least: a programme's start and the next one's, a day's
#: lowest and highest temperature. One alone is as often a time named in prose.
RECORD_MIN_FIGURES = 2
#: Marks of running prose; a record line holds none.
SENTENCE_MARKS = frozenset("。，；！？,;!?")
#: Labels that open a contact line.
CONTACT_LABEL = re.compile(r"^\s*(?:联系|咨询|报名|订购|订餐|服务|投诉)?(?:电话|热线|手机|联系人|地址|微信|邮箱)\s*[:：]")
#: Digits of the shortest telephone number: a local number without its area code has seven.
PHONE_MIN_DIGITS = 7
PHONE_NUMBER = re.compile(rf"(?<![0-9])(?:0[0-9]{{2,3}}\s*[-－]\s*)?[0-9]{{{PHONE_MIN_DIGITS},11}}(?![0-9])")
#: Words that end an advertisement's heading: it offers premises, goods or posts, or announces a
#: loss or a notice of a private party (遗失声明, 寻人启事).
AD_HEADING_ENDINGS = ("招租", "出租", "出售", "转让", "招聘", "招生", "招商", "启事", "声明", "优惠")
#: A line ending on such a word (the cheap scan for headings' candidates).
AD_HEADING_END = re.compile(f"(?:{'|'.join(AD_HEADING_ENDINGS)})\\s*$", re.MULTILINE)
#: Most characters of an advertisement's heading: a heading, not a line of text ending on the word.
AD_HEADING_MAX_CHARS = 12


def _prose(text: str) -> bool:
    return not SENTENCE_MARKS.isdisjoint(text)


def may_hold_record(text: str) -> bool:
    """Cheap gate before the record tests: a record's figure needs one of these characters."""
    return RECORD_CUE.search(text) is not None


def is_record_line(text: str) -> bool:
    if _prose(text) or not may_hold_record(text):
        return False
    return len(RECORD_FIGURE.findall(text)) >= RECORD_MIN_FIGURES or CONTENTS_ENTRY.search(text) is not None


def is_contact_line(text: str) -> bool:
    return CONTACT_LABEL.match(text) is not None


def holds_phone_number(text: str) -> bool:
    return PHONE_NUMBER.search(text) is not None


def is_ad_heading(text: str) -> bool:
    if not text.rstrip().endswith(AD_HEADING_ENDINGS):
        return False
    compact = "".join(text.split())
    return 0 < len(compact) <= AD_HEADING_MAX_CHARS and not _prose(compact) and compact.endswith(AD_HEADING_ENDINGS)
