"""Notice titles (公告, 通告, 通知 …): an announcement printed as an article.

Rules:
- A title ending with a notice word (通报, 公告, 通告, 启事, 声明, 公示, 通知, 决定, 决议, 名单)
  makes its article a notice (``NOTICE_TITLE``).
- 「关于……的通告」 is the formal title of an official notice: nothing else on a page is phrased so,
  so such a line is a headline wherever it stands, even where a line classifier trained on news
  pages doubts it (``is_formal_notice_title``). So is a short line ending with a notice word and
  holding no sentence or clause mark (「……空气质量情况通报」, ``is_notice_title``): text that
  wraps right after 通报 holds the clause that led up to it. Not where the word follows 了, 进行 or
  予以 (「……进行了通报」/「表扬。……」): the word is a verb there, and no title in the synthetic
  pages' truths ends so.
- A notice is signed by an organisation: a name ending in 局, 委, 办公室, 政府 … with no comma
  (``is_signing_office``); the date under it closes the notice.
"""

from __future__ import annotations

import re

#: The formula that closes a notice: 特此公告。, 特此通知！ …
CLOSING_FORMULA = re.compile(r"^特此(?:公告|通告|通知|通报|公示|声明|函告|告知)[。！!]?$")
NOTICE_WORDS = ("通报", "公告", "通告", "启事", "声明", "公示", "通知", "决定", "决议", "名单")
NOTICE_TITLE = re.compile(rf"(?:{'|'.join(NOTICE_WORDS)})$")
#: The endings NOTICE_TITLE finds (``$`` also matches before a final newline): tested first, as a
#: search for the pattern tries every position of the line.
_NOTICE_ENDINGS = (*NOTICE_WORDS, *(word + "\n" for word in NOTICE_WORDS))
#: 关于 + the matter (2–40 characters, no sentence or clause mark) + 的 + a notice word.
FORMAL_NOTICE_TITLE = re.compile(rf"关于[^，。；！？]{{2,40}}的(?:{'|'.join(NOTICE_WORDS)})")


#: A notice's short title, in characters: 「××县空气质量情况通报」 is ten to twenty.
NOTICE_TITLE_CHARS = (4, 30)
_CLAUSE_MARKS = frozenset("，。；！？、：")


#: Words before a notice word that make it a verb in running text (「县里对……进行了通报」).
VERB_LEADS = ("了", "进行", "予以")
_VERB_USES = tuple(lead + word for lead in VERB_LEADS for word in NOTICE_WORDS)

#: The last characters of the notice words: every notice title (the formal ones too) ends in one,
#: spaces and a final newline aside, which most lines asked about fail at once.
NOTICE_LAST_CHARS = frozenset(word[-1] for word in NOTICE_WORDS)


def is_notice_title(text: str) -> bool:
    if text.rstrip(" \n")[-1:] not in NOTICE_LAST_CHARS:
        return False
    compact = text.replace(" ", "")
    low, high = NOTICE_TITLE_CHARS
    return (
        low <= len(compact) <= high
        and not compact.rstrip("\n").endswith(_VERB_USES)
        and _CLAUSE_MARKS.isdisjoint(compact)
        and (
            (compact.endswith(_NOTICE_ENDINGS) and NOTICE_TITLE.search(compact) is not None)
            or is_formal_notice_title(compact)
        )
    )


def is_formal_notice_title(text: str) -> bool:
    return FORMAL_NOTICE_TITLE.fullmatch(text.replace(" ", "")) is not None


#: A notice is signed by an organisation, whose name ends with one of these (局, 委员会, 办公室 …).
OFFICE_ENDINGS = ("局", "委", "会", "院", "处", "办", "部", "队", "厅", "所", "站", "室", "中心", "公司", "政府", "小组", "集团", "银行", "学校", "医院")


def is_signing_office(text: str) -> bool:
    return "，" not in text and text.endswith(OFFICE_ENDINGS)
