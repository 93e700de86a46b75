"""Photo captions (图片说明) and the photo credits that end them.

Rules:

* Cues, each with a weight (the chance, roughly, that a text with only that cue is a caption):
  图为 or a numbered photo opening the text (图①：, 图1：) (0.6); a closing 摄 credit (本报记者 林晓 摄, 何春生/摄, （摄影 张三）) (0.7); 新华社发 /
  记者…摄 inside brackets (0.5); 供图 / 资料图片 / 图片由……提供 / 图片来源： (0.6); 左图/右图/上图/下图/图一 (0.5); 图片 (0.3);
  an opening date or place phrase (5月28日，) adds a little (0.1).
* A credit without a role word needs names that begin with a common surname (fields.personnames' list).
* Cues combine as independent evidence: score = 1 − Π(1 − w).
* Captions are short: above ``LONG_TEXT_CHARS`` the score is damped by ``LONG_TEXT_DAMPING``,
  since a news paragraph may mention 图片 or quote a 摄影 exhibition.
"""

from __future__ import annotations

import re

from banmian.fields.byline import Byline
from banmian.fields.personnames import has_surname

#: Characters beyond which a text is more likely a body paragraph than a caption (characters);
#: nearly all captions fit in 150, a long one in 250.
LONG_TEXT_CHARS = 250
#: Factor applied to the score of a text longer than ``LONG_TEXT_CHARS`` (0..1).
LONG_TEXT_DAMPING = 0.6

_IDEO = "\u3400-\u4dbf\u4e00-\u9fff"
_S = "[ \t\u00a0\u3000]*"
_NAME = rf"[{_IDEO}·]{{2,4}}"
# Names need a printed separator between them: an optional one makes the search backtrack badly.
_NAMES = rf"{_NAME}(?:(?:[ \t\u00a0\u3000]+|[、，]){_NAME}){{0,4}}"
_ROLE = r"(?:本报|新华社|中新社|人民日报)?(?:特约|实习|见习)?(?:摄影)?记者|通讯员|摄影"
# The credit at the end: 「本报记者 林晓 摄」, 「何春生/摄」, 「（摄影 张三）」, 「新华社发（张三 摄）」.
_CREDIT = re.compile(
    rf"(?:(?P<role>{_ROLE})[:：]?{_S})?(?P<names>{_NAMES}){_S}[/／]?{_S}(?:摄影|摄)[)）]?{_S}[。]?{_S}$"
    rf"|[（(]{_S}(?:摄影|图)[:：/／]?{_S}(?P<names2>{_NAMES}){_S}[）)]{_S}$"
    rf"|(?P<agency>新华社|中新社)发(?:{_S}[（(](?:{_ROLE})?{_S}(?P<names3>{_NAMES}){_S}摄?{_S}[）)])?{_S}[。]?{_S}$"
)
_SPLIT = re.compile("[ \t\u00a0\u3000、，]+")
_CUES: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile("图为"), 0.6),
    # A numbered photo at the caption's start (「图①：」, 「图1：」, 「图一：」), as a page of several prints it.
    (re.compile("^图[①-⑩1-9一二三四五六][：:]"), 0.6),
    (re.compile(rf"供图|资料图片|资料照片|(?:^|(?<=[。！？\s（(]))(?:图片|照片)由[{_IDEO}]{{2,20}}提供|(?:图片|照片)来源[:：]|图源[:：]"), 0.6),
    (re.compile("(?:左上|右上|左下|右下|左|右|上|下|中)图|图[一二三四1-4][：:]"), 0.5),
    (re.compile("图片"), 0.3),
)
#: An opening date or place phrase (「6月2日，」): weak evidence, matched at the start only.
_OPENING = re.compile(rf"\d{{1,2}}月\d{{1,2}}日|[{_IDEO}]{{2,6}}[，,]")
_OPENING_WEIGHT = 0.1
#: Characters from the end (characters) searched for a credit: the longest credit with a role
#: and five names is about 30.
CREDIT_TAIL_CHARS = 40
#: Characters every cue but the opening date/place one contains; texts without them skip those cues.
_CUE_CHARS = frozenset("图摄发片")
_CREDIT_WEIGHT = 0.7
_AGENCY_WEIGHT = 0.5


def photo_credit(text: str) -> Byline | None:
    """The 摄 credit closing a caption, with its offsets in ``text``."""
    if "摄" not in text and "发" not in text and "图" not in text:
        return None
    offset = max(0, len(text) - CREDIT_TAIL_CHARS)
    m = _CREDIT.search(text, offset)
    if m is None:
        return None
    names = _credited_names(m)
    if names is None:
        # Searching again from the next character read more credits (「新华社发 林晓摄」, whose
        # leftmost match takes 「新华社发」 for a name): seed 1001's pdfium caption F1 rose 0.004, but
        # seed 1003's pdfium article F1 fell 0.0019 (two pages lost articles), so the first match
        # decides.
        return None
    agency = m.group("agency") or _agency(m.group("role"))
    start = m.start()
    end = len(text.rstrip(" \t\u00a0\u3000。"))
    if start > 0 and text[start - 1] in "（(" and text[end - 1] in "）)":
        start -= 1  # the credit's own bracket: 「（记者 林晓 摄）」
    return Byline(
        text=" ".join(text[start:end].split()),
        photographers=names,
        agency=agency,
        start=start,
        end=end,
    )


def _credited_names(m: re.Match[str]) -> tuple[str, ...] | None:
    """The photographers a credit match names, or ``None`` where its names are no names."""
    names_text = m.group("names") or m.group("names2") or m.group("names3") or ""
    names = tuple(dict.fromkeys(n for n in _SPLIT.split(names_text) if n))
    if any(len(n) < 2 for n in names):
        return None
    if m.group("names") and not m.group("role") and not all(has_surname(n) or "·" in n for n in names):
        return None  # 「他喜欢摄影」: without a role word, only surnames make a credit
    return names


def without_credit(text: str) -> str:
    """The caption's own words, its closing 摄 credit cut off: a credit names the photographer, and
    its 本报记者 recurs in every article's byline, so it tells nothing about which story a photo shows."""
    credit = photo_credit(text)
    return text[: credit.start].rstrip() if credit is not None else text


def _agency(role: str | None) -> str | None:
    if not role:
        return None
    for org in ("本报", "新华社", "中新社", "人民日报"):
        if role.startswith(org):
            return org
    return None


def caption_score(text: str) -> float:
    """How likely (0..1) a paragraph or line is a photo caption."""
    miss = 1.0 - _OPENING_WEIGHT if _OPENING.match(text) else 1.0
    if _CUE_CHARS.isdisjoint(text):
        return round(1.0 - miss, 4)  # no other cue can be present
    for pattern, weight in _CUES:
        if pattern.search(text):
            miss *= 1.0 - weight
    credit = photo_credit(text)
    if credit is not None:
        miss *= 1.0 - (_CREDIT_WEIGHT if credit.photographers else _AGENCY_WEIGHT)
    score = 1.0 - miss
    if len(text) > LONG_TEXT_CHARS:
        score *= LONG_TEXT_DAMPING
    return round(score, 4)
