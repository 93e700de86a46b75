"""Personal names in a byline's credits: where a run of name characters splits into names.

Rules:

* A name is 2–4 ideographs (longer with a · for minority names); names are separated by gaps,
  、 or ，.
* Splitting a run of names uses the gaps: pairs of single characters are one two-character name
  (「许  宁   白  露」 is 许宁 and 白露); two multi-character tokens are never one name; with no gaps
  (记者韩启明柯文涛) the split prefers names that begin with a common surname.
* Split strictly (where nothing but the gaps and the surname says "name", ``fields.byline``), every
  name must begin with a common surname, or be a two-character name printed with an em-wide inner
  gap (「岚  山」), People's Daily's way of setting two-character names to three-character width.
"""

from __future__ import annotations

import re

from banmian.fields.squeezed import Squeezed
from banmian.fields.wordbreak import breaks_word, is_word

#: Longest name with a middle dot (characters): 买买提·艾力, 阿依古丽·吐尔逊.
MAX_DOTTED_NAME_CHARS = 10
#: Gap width (ASCII spaces; an ideographic space counts 2) that marks a padded two-character name.
PADDED_NAME_GAP = 2

# Costs of splitting a run of names (dimensionless, compared only with each other).
_COST_FOUR_CHARS = 1.0  # four-character names are rare unless the surname is compound
_COST_NO_SURNAME = 1.5  # a name that does not start with a common surname
_COST_CUT_IN_TOKEN = 2.0  # two names printed with no gap between them
_COST_JOIN_SINGLE_MULTI = 0.8  # 「韩 启明」: letter spacing that split a name unevenly
_COST_JOIN_MULTI_MULTI = 3.0  # 「钱程 李四」 is two names
_COST_GAP_STEP = 0.5  # per space of difference from the narrowest/widest gap
_INF = float("inf")

# Common surnames. Characters that mostly begin ordinary words (文, 明, 国, 高 …) are included only
# where they are frequent surnames too; rare ones are left out on purpose, since a bare-name check
# that accepts 「国际」 or 「新闻」 would turn section labels into people.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿兰焦俞左柳甘祝"
    "宁尚舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓缪车项"
    "芦麦褚娄窦戚岑宫费卜晏席卫柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘麻苑迟"
    "邝谈匡鞠荆冀郁胥储栗燕楚鄢谌奚粟冼蔺阚帅屠朴廉禹祖漆邸雍辜裘亓邰赫逯诸嵇湛尉檀"
)
COMPOUND_SURNAMES = frozenset(
    {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "端木", "南宫"}
)

IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
NAME_CHARS = re.compile(f"[{IDEOGRAPHS}·•・．]+")
_SEPARATORS = "、，,；;/／"


def has_surname(name: str) -> bool:
    return name[:1] in _SURNAMES or name[:2] in COMPOUND_SURNAMES


def split_names(sq: Squeezed, s: int, e: int, strict: bool, whole_tokens: bool) -> list[tuple[int, int]] | None:
    """Best split of ``c[s:e]`` (only name characters) into names, as (start, end) pairs.

    ``strict``: every name needs a common surname or a padded two-character shape.
    ``whole_tokens``: names may not cut a gap-free token (outside brackets, 「从市委获悉」 is prose).
    """
    c, gaps = sq.c, sq.gaps
    n = e - s
    if n < 2:
        return None
    longest = MAX_DOTTED_NAME_CHARS if any(ch in "·•・．" for ch in c[s:e]) else 4
    # Token lengths: the gap-free run each character belongs to.
    tok_len = [0] * n
    i = 0
    while i < n:
        j = i + 1
        while j < n and gaps[s + j] == 0:
            j += 1
        for k in range(i, j):
            tok_len[k] = j - i
        i = j
    if whole_tokens and max(tok_len) > longest:
        return None  # a gap-free run too long for one name, and names may not cut it
    inner = [gaps[s + k] for k in range(1, n) if gaps[s + k] > 0]
    lo, hi = (min(inner), max(inner)) if inner else (0, 0)
    best: list[float] = [_INF] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for i in range(n):
        if best[i] == _INF:
            continue
        join = 0.0
        for j in range(i + 1, n + 1):
            if j - i > 1:
                k = j - 1  # the gap before c[s+k] is now inside the name
                g = gaps[s + k]
                if g > 0:
                    a, b = tok_len[k - 1], tok_len[k]
                    if a > 1 and b > 1:
                        join += _COST_JOIN_MULTI_MULTI
                    elif a > 1 or b > 1:
                        join += _COST_JOIN_SINGLE_MULTI
                    else:
                        join += _COST_GAP_STEP * (g - lo)
            name = c[s + i : s + j]
            dotted = "·" in name or "•" in name or "・" in name or "．" in name
            size = j - i
            if size > longest:
                break
            if size < 2 or (size > 4 and not dotted):
                continue
            cost = join
            if size == 4 and not dotted and name[:2] not in COMPOUND_SURNAMES:
                cost += _COST_FOUR_CHARS
            if not has_surname(name) and not dotted:
                padded = size == 2 and gaps[s + i + 1] >= PADDED_NAME_GAP
                if strict and not padded:
                    continue
                cost += 0 if padded else _COST_NO_SURNAME
            if j < n:
                g = gaps[s + j]
                if g == 0 and whole_tokens:
                    continue
                cost += _COST_CUT_IN_TOKEN if g == 0 else _COST_GAP_STEP * (hi - g)
            if best[i] + cost < best[j]:
                best[j] = best[i] + cost
                back[j] = i
    if best[n] == _INF:
        return None
    out = []
    j = n
    while j > 0:
        out.append((s + back[j], s + j))
        j = back[j]
    return out[::-1]


def names_in(sq: Squeezed, s: int, e: int, strict: bool, whole_tokens: bool, bounds: set[int]) -> list[str] | None:
    """Names in ``c[s:e]``, split at separators, or ``None`` when it is not only names."""
    names: list[str] = []
    c = sq.c
    start = s
    for k in range(s, e + 1):
        if k < e and c[k] not in _SEPARATORS:
            continue
        if k > start:
            stop = k - 1 if c[k - 1] == "等" else k
            if not NAME_CHARS.fullmatch(c, start, stop):
                return None
            parts = split_names(sq, start, stop, strict, whole_tokens)
            if parts is None:
                return None
            for a, b in parts:
                bounds.add(a)
                names.append(c[a:b])
        start = k + 1
    return names


#: Characters of each name in two names printed with no gap between them (``glued_pair``).
GLUED_PAIR_NAME_CHARS = (2, 3)
#: A token of ideographs only: a dotted minority name (买买提·艾力) or one with letters is never cut.
_IDEOGRAPH_RUN = re.compile(f"[{IDEOGRAPHS}]+")


def glued_pair(token: str) -> tuple[str, str] | None:
    """Two names an extractor printed without the gap between them (「林晓何春生」: PyMuPDF keeps no
    gap that the page made by placing, not by a space): the one way to cut the token into two names
    of two or three characters that both begin with a common surname, or None. Words are no names:
    no dictionary word may run across the cut (「石家庄市」, 「唐诗宋词」) nor make up a half
    (「白云」/「蓝天」: jieba's dictionary, fields.wordbreak), and a token opening with a compound
    surname (欧阳, 司马) is one name of four characters."""
    if token[:2] in COMPOUND_SURNAMES or not _IDEOGRAPH_RUN.fullmatch(token):
        return None
    low, high = GLUED_PAIR_NAME_CHARS
    cuts = [
        k
        for k in range(low, high + 1)
        if low <= len(token) - k <= high
        and has_surname(token[:k])
        and has_surname(token[k:])
        and not breaks_word(token[:k], token[k:])
        and not is_word(token[:k])
        and not is_word(token[k:])
    ]
    return (token[: cuts[0]], token[cuts[0] :]) if len(cuts) == 1 else None
