"""Bylines and datelines (电头): who wrote an article, who took its photos, and for which agency.

Grammar (matched on a copy with all whitespace squeezed out; the widths of the removed gaps are
kept, because they are the only evidence of where one name ends and the next begins):

* dateline: ``[据] AGENCY [PLACE] [M月D日] 电|讯`` — 本报讯, 本报北京5月3日电, 新华社北京3月8日电,
  据新华社电 — optionally followed by credits in brackets: 本报讯（记者 孙立）, 本报讯（记者 韩启明
  通讯员 方雪 柯文涛）, or unbracketed credits that begin with a role word. A dateline without a
  date must be followed by a bracket, a gap or the end, so 「本报联合电视台举办…」 is not one.
* credits: ``(ROLE NAMES)+ [摄|摄影|摄影报道|报道]``. ROLE is 记者, 通讯员, 评论员 with optional
  prefixes (本报/新华社/人民日报 …, 驻埃及/赴X, 特约/特派/见习/实习/摄影/首席), or 实习生,
  撰文, 文/图. NAMES are 2–4 ideographs each (longer with a · for minority names), separated by
  gaps, 、 or ，.
* Splitting a run of names uses the gaps: pairs of single characters are one two-character name
  (「许  宁   白  露」 is 许宁 and 白露); two multi-character tokens are never one name; with no gaps
  (记者韩启明柯文涛) the split prefers names that begin with a common surname.
* Where nothing but the gaps and the surname says "name" — bare names on a line (「侯志坚」),
  names after a role at the start of a paragraph without brackets (「本报记者 钱程 …」), a bracket
  closing a brief (「（邹菲 项雅静）」) — every name must begin with a common surname, or be a
  two-character name printed with an em-wide inner gap (「岚  山」), People's Daily's way of
  setting two-character names to three-character width. Such bylines come back with ``bare``
  set when no role word or agency was printed, so the caller can weigh them lower.
* A role word glued to text (「记者从市委获悉」, 「本报记者日前走访」) is prose, not a byline.
* 摄 / 摄影 after names credits photographers; 摄影报道 and 文/图 credit them as authors and
  photographers.
* ``text`` keeps one space where the source printed a gap between parts (role, names, suffix)
  and none inside a name or next to brackets. ``trailing_authors`` gives the bracket's content
  as ``text`` (记者 张三), while its ``start``/``end`` cover the brackets, for stripping.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: Most squeezed characters a byline can take at the start of a paragraph (characters): the
#: longest real dateline plus three roles with names fits in 60; 80 leaves room, and bounds the work.
MAX_BYLINE_CHARS = 80
#: Longest bracket content (characters) read as credits: five names with two role words fit.
MAX_BRACKET_CHARS = 40
#: Most names (count) in one byline; more than this is a list in running text.
MAX_NAMES = 8
#: Most tokens (count) after an unbracketed role word that may still be names.
MAX_NAME_TOKENS = 8
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
_COMPOUND_SURNAMES = frozenset(
    {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "端木", "南宫"}
)

_IDEO = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NAME_CHARS = re.compile(f"[{_IDEO}·•・．]+")
_WHITESPACE = re.compile(r"\s+")
_GAP_CHARS = {" ": 1, "\u00a0": 1, "\t": 2, "\u3000": 2, "\n": 1, "\r": 0}
_OPEN = "（("
_CLOSE = "）)"
_CLOSE_TUPLE = tuple(_CLOSE)
_SEPARATORS = "、，,；;/／"
_PUNCT_NO_SPACE = set("（）()、，,；;：:“”")

_AGENCY = (
    "本报|新华社|中新社|人民日报|光明日报|经济日报|中国日报|解放军报|工人日报|农民日报|法制日报|法治日报|"
    "科技日报|中国青年报|中央社|法新社|路透社|美联社|共同社|塔斯社"
)
_DATELINE = re.compile(
    rf"(?P<ju>据)?(?P<agency>{_AGENCY}|[{_IDEO}]{{2,6}}(?:日报|晚报))"
    rf"(?:(?P<place>[{_IDEO}]{{1,10}}?)(?P<date>\d{{1,2}}月\d{{1,2}}日)电|(?P<place2>[{_IDEO}]{{0,10}}?)(?P<dl>电|讯))"
)
_ROLE = re.compile(
    rf"(?P<org>{_AGENCY})?(?P<post>[驻赴][{_IDEO}]{{1,10}}?)?"
    r"(?P<kind>(?:特派|特约|见习|实习|首席|全媒体|融媒体|摄影|专职)?(?:记者|通讯员|评论员)|实习生|撰稿人?|撰文|文[/／]图|图[/／]文)"
    r"[:：]?"
)
# Public-office titles before a name on a byline line (「某某部部长 万家明」, speeches).
_OFFICE = re.compile(
    rf"[{_IDEO}]{{1,20}}(?:总理|主席|部长|书记|省长|市长|县长|区长|主任|院长|校长|大使|总统|首相|会长|局长|厅长|委员|教授|研究员)"
)
#: 「报道：」 closing role-led credits in running text (「本报讯 记者 林晓 报道：……」).
_REPORTED = re.compile(r"报道[：:]")
#: Names glued to their role and closed by 报道 and a colon: 「记者林晓报道：」, 「记者林晓何春生报道：」.
_GLUED_REPORT = re.compile(rf"[{_IDEO}]{{2,12}}?(?P<report>报道)[：:]")
_PHOTO_SUFFIX = re.compile(r"(?:摄影报道|摄影|摄|报道|文[/／]图|图[/／]文)$")
#: Credit words that name the writers and the photographers at once, before or after the names.
_TEXT_AND_PHOTOS = frozenset({"文/图", "文／图", "图/文", "图／文"})
#: 「文/」 before a role: the writers (「文/本报记者 林晓」).
_TEXT_BY = "文/"
# Cheap gate for leading bylines: the first characters an agency, paper or role word can have.
_PREFILTER = re.compile(
    rf"[\s\u3000]*(?:据[\s\u3000]*)?(?:[本新中人光经法科工农解路美共塔记通实见特撰文首专全融]|[{_IDEO}]{{2,6}}(?:日|晚))"
)
# Characters of role words, datelines, office titles and photo suffixes (cheap gate).
_ROLE_CUES = frozenset("记者通讯员评论实习撰文图电摄报长任理席记委员授")
#: Sentence punctuation never found in a byline line: its presence rejects a line at once.
_SENTENCE_PUNCT = frozenset("，。；！？“”‘’《》…")


@dataclass(frozen=True, slots=True)
class Byline:
    text: str
    authors: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    agency: str | None = None
    place: str | None = None
    date_text: str | None = None
    start: int = 0
    end: int = 0
    #: True when only names were printed (no role word, no agency): weaker evidence.
    bare: bool = False


@dataclass(slots=True)
class _Squeezed:
    """Text without whitespace; ``gaps[i]`` is the width removed before ``c[i]``, ``pos`` maps back."""

    c: str
    gaps: list[int]
    pos: list[int]


def _squeeze(text: str, start: int, limit: int) -> _Squeezed:
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
                return _Squeezed("".join(pieces), [*gaps, 0], pos)
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
    return _Squeezed("".join(pieces), gaps, pos)


def _has_surname(name: str) -> bool:
    return name[:1] in _SURNAMES or name[:2] in _COMPOUND_SURNAMES


@dataclass(slots=True)
class _Credits:
    authors: list[str]
    photographers: list[str]
    agency: str | None
    bounds: set[int]  # squeezed indices where a printed gap is kept as one space
    bare: bool


def _split_names(sq: _Squeezed, s: int, e: int, strict: bool, whole_tokens: bool) -> list[tuple[int, int]] | None:
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
            if size == 4 and not dotted and name[:2] not in _COMPOUND_SURNAMES:
                cost += _COST_FOUR_CHARS
            if not _has_surname(name) and not dotted:
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


def _names_in(sq: _Squeezed, s: int, e: int, strict: bool, whole_tokens: bool, bounds: set[int]) -> list[str] | None:
    """Names in ``c[s:e]``, split at separators, or ``None`` when it is not only names."""
    names: list[str] = []
    c = sq.c
    start = s
    for k in range(s, e + 1):
        if k < e and c[k] not in _SEPARATORS:
            continue
        if k > start:
            stop = k - 1 if c[k - 1] == "等" else k
            if not _NAME_CHARS.fullmatch(c, start, stop):
                return None
            parts = _split_names(sq, start, stop, strict, whole_tokens)
            if parts is None:
                return None
            for a, b in parts:
                bounds.add(a)
                names.append(c[a:b])
        start = k + 1
    return names


def _credits(sq: _Squeezed, s: int, e: int, *, strict_bare: bool, allow_office: bool = False) -> _Credits | None:
    """Parse ``c[s:e]`` as ``(ROLE NAMES)+``; names before the first role are bare names.

    ``strict_bare`` is for text outside a dateline's brackets: bare names and names glued to
    their role need surnames, and no name may cut a gap-free token.
    """
    c = sq.c
    roles = list(_ROLE.finditer(c, s, e))
    if len(roles) > 1 and roles[-1].end() == e and roles[-1].group("kind") in _TEXT_AND_PHOTOS:
        roles.pop()  # 「本报记者 林晓 文/图」: the credit closes the names, read as their suffix
    # 「文/图 本报记者 林晓」, 「文/本报记者 林晓」: a credit word before the role, names after it.
    lead_photos = False
    if len(roles) > 1 and roles[0].start() == s and roles[0].group("kind") in _TEXT_AND_PHOTOS and roles[0].end() == roles[1].start():
        roles.pop(0)
        s, lead_photos = roles[0].start(), True
    elif roles and roles[0].start() == s + len(_TEXT_BY) and c.startswith(_TEXT_BY, s):
        s = roles[0].start()
    if allow_office and not roles:
        m = _OFFICE.match(c, s, e)
        if m is not None and sq.gaps[m.end()] > 0:
            roles = [m]
    spans: list[tuple[re.Match[str] | None, int, int]] = []
    if not roles or roles[0].start() > s:
        spans.append((None, s, roles[0].start() if roles else e))
    for idx, m in enumerate(roles):
        spans.append((m, m.end(), roles[idx + 1].start() if idx + 1 < len(roles) else e))
    authors: list[str] = []
    photographers: list[str] = []
    agency = None
    bounds: set[int] = set()
    bare = not roles
    for m, a, b in spans:
        kind = m.groupdict().get("kind") if m is not None else None
        if m is not None:
            bounds.add(m.start())
            bounds.add(a)
            org = m.groupdict().get("org")
            if org and agency is None:
                agency = org
        photo = _PHOTO_SUFFIX.search(c, a, b) if b - a > 1 else None
        stop = b
        as_author, as_photo = True, lead_photos or bool(kind and "摄影" in kind)
        if photo is not None:
            stop = photo.start()
            bounds.add(stop)
            suffix = photo.group()
            as_photo = as_photo or suffix.startswith("摄") or suffix in _TEXT_AND_PHOTOS
            as_author = suffix in ("摄影报道", "报道") or suffix in _TEXT_AND_PHOTOS
        if as_photo and kind and "摄影" in kind and photo is None:
            as_author = False
        if stop <= a:
            if kind and "评论员" in kind and b == a:
                continue  # 本报评论员: a byline without names
            return None
        glued = m is not None and sq.gaps[a] == 0
        names = _names_in(sq, a, stop, strict_bare and (m is None or glued), strict_bare, bounds)
        if not names:
            return None
        for name in names:
            if as_author and name not in authors:
                authors.append(name)
            if as_photo and name not in photographers:
                photographers.append(name)
    if len(authors) + len(photographers) > MAX_NAMES:
        return None
    return _Credits(authors, photographers, agency, bounds, bare)


def _render(sq: _Squeezed, s: int, e: int, bounds: set[int]) -> str:
    """The byline as printed, with one space where a gap was printed at a part boundary."""
    out = []
    c, gaps = sq.c, sq.gaps
    for i in range(s, e):
        if i > s and i in bounds and gaps[i] > 0 and c[i] not in _PUNCT_NO_SPACE and c[i - 1] not in _PUNCT_NO_SPACE:
            out.append(" ")
        out.append(c[i])
    return "".join(out)


def _make(
    sq: _Squeezed,
    s: int,
    e: int,
    cr: _Credits | None,
    *,
    agency: str | None = None,
    place: str | None = None,
    date_text: str | None = None,
    bounds: set[int] | None = None,
    bare: bool = False,
) -> Byline:
    all_bounds = set(bounds or ()) | (cr.bounds if cr else set())
    return Byline(
        text=_render(sq, s, e, all_bounds),
        authors=tuple(cr.authors) if cr else (),
        photographers=tuple(cr.photographers) if cr else (),
        agency=agency or (cr.agency if cr else None),
        place=place or None,
        date_text=date_text,
        start=sq.pos[s],
        end=sq.pos[e - 1] + 1,
        bare=bare,
    )


def _unbracketed(sq: _Squeezed, s: int) -> tuple[int, _Credits] | None:
    """Role-led credits at ``s`` in running text: the role must be followed by a gap."""
    c, gaps = sq.c, sq.gaps
    m = _ROLE.match(c, s)
    if m is None:
        return None
    if any(gaps[k] > 0 for k in range(m.start() + 1, m.end())):
        return None  # letter-spaced role: names and prose cannot be told apart
    if m.end() == len(c):
        return (m.end(), _Credits([], [], m.group("org"), {s}, False)) if "评论员" in m.group("kind") else None
    if gaps[m.end()] == 0:
        # 「记者林晓报道：」: names glued to the role, closed by 报道 and a colon; else prose
        # (「记者从市委获悉」).
        glued = _GLUED_REPORT.match(c, m.end())
        if glued is None:
            return None
        cr = _credits(sq, s, glued.start("report"), strict_bare=False)
        return (glued.end(), cr) if cr is not None and cr.authors and _names_look_real(cr) else None
    ends = []
    k = m.end()
    while k < len(c) and len(ends) < MAX_NAME_TOKENS:
        j = k + 1
        while j < len(c) and gaps[j] == 0:
            j += 1
        if not _NAME_CHARS.fullmatch(c, k, j) or j - k > 6:
            break
        ends.append(j)
        k = j
    for end in reversed(ends):  # the longest run of tokens that parses
        cr = _credits(sq, s, end, strict_bare=True)
        if cr is not None and cr.authors + cr.photographers and _names_look_real(cr):
            reported = _REPORTED.match(c, end)  # 「记者 林晓 报道：」
            return (end if reported is None else reported.end()), cr
    return None


def _names_look_real(cr: _Credits) -> bool:
    # In running text every name after a role must look like a name, not only bare ones.
    return all(_has_surname(name) or "·" in name for name in cr.authors + cr.photographers)


def leading_byline(text: str) -> Byline | None:
    """A byline or dateline at the start of ``text``; ``end`` indexes ``text`` itself."""
    if not _PREFILTER.match(text):
        return None
    sq = _squeeze(text, 0, MAX_BYLINE_CHARS)
    c = sq.c
    if not c:
        return None
    m = _DATELINE.match(c)
    if m is not None and (m.group("date") or _dateless_ok(sq, m.end())):
        end = m.end()
        bounds = {m.end()}
        cr = None
        if end < len(c) and c[end] in _OPEN:
            close = _closing(c, end)
            if close is not None:
                cr = _credits(sq, end + 1, close, strict_bare=False)
                if cr is not None:
                    end = close + 1
        elif end < len(c) and sq.gaps[end] > 0:
            found = _unbracketed(sq, end)
            if found is not None:
                end, cr = found
        place = m.group("place") or m.group("place2")
        return _make(sq, 0, end, cr, agency=m.group("agency"), place=place, date_text=m.group("date"), bounds=bounds)
    found = _unbracketed(sq, 0)
    if found is None:
        return None
    end, cr = found
    return _make(sq, 0, end, cr)


def _dateless_ok(sq: _Squeezed, end: int) -> bool:
    return end == len(sq.c) or sq.gaps[end] > 0 or sq.c[end] in _OPEN


def _closing(c: str, open_at: int) -> int | None:
    stop = min(len(c), open_at + MAX_BRACKET_CHARS + 2)
    for k in range(open_at + 1, stop):
        if c[k] in _CLOSE:
            return k
        if c[k] in _OPEN:
            return None
    return None


def standalone_byline(line: str, lead: Byline | None = None, lead_known: bool = False) -> Byline | None:
    """A line that is only a byline: a dateline with credits, role-led credits or bare names.
    ``lead`` with ``lead_known``: ``leading_byline(line)``, which the caller has already (the line
    features ask both), so that the grammar does not run twice on the line."""
    if not _SENTENCE_PUNCT.isdisjoint(line):
        return None
    if _ROLE_CUES.isdisjoint(line) and len(line) > 4 and not any(ch.isspace() or ch in "·•・．" for ch in line):
        return None  # no role word, and one gap-free run too long to be a name
    sq = _squeeze(line, 0, MAX_BYLINE_CHARS + 1)
    c = sq.c
    if not c or len(c) > MAX_BYLINE_CHARS:
        return None
    if not lead_known:
        lead = leading_byline(line) if _PREFILTER.match(line) else None
    if lead is not None and lead.end >= sq.pos[-1] + 1:
        return lead
    if c[0] in _OPEN and c[-1] in _CLOSE:
        inner = _credits(sq, 1, len(c) - 1, strict_bare=True)
        if inner is not None and inner.authors + inner.photographers:
            return _make(sq, 0, len(c), inner, bare=inner.bare)
        return None
    cr = _credits(sq, 0, len(c), strict_bare=True, allow_office=True)
    if cr is None or not cr.authors + cr.photographers:
        return None
    return _make(sq, 0, len(c), cr, bare=cr.bare)


def join_at_credit_break(head: str, tail: str) -> str:
    """``head + tail`` joined at a line break, with a space put at the break when it stands between
    two names of a closing credit.

    Extractors drop the space that separated two names at a line end (「……。（韩茵」/「叶思）」), and
    the names of a credit are told apart by their spaces; a name broken over the lines
    (「（吕洋伟 孙」/「春）」) still reads as joined, which is tried first.
    """
    joined = head + tail
    if not tail.endswith(_CLOSE_TUPLE) or trailing_authors(joined) is not None:
        return joined
    spaced = head + " " + tail
    return spaced if trailing_authors(spaced) is not None else joined


#: A credit's roles, as they open the names in a bracket (「（记者 林晓」).
CREDIT_ROLES = ("记者", "通讯员", "实习生")
_CREDIT_OPENED = re.compile(rf"[（(][^（(）)]*(?:{'|'.join(CREDIT_ROLES)})[^（(）)]*$")
#: A name's piece left on a line or carried to the next: two characters or more make a name of
#: their own (「林晓」/「何春）」); one is half of a name broken over the lines (「孙」/「春）」).
MIN_WHOLE_NAME_CHARS = 2
#: Longest piece read as one name (four characters: a two-character surname and given name).
MAX_NAME_PIECE_CHARS = 4


def join_at_name_break(head: str, tail: str) -> str:
    """``head + tail`` joined at a line break inside an open credit (「本报讯（记者 林晓」/
    「何春）……」), with a space at the break when whole names stand on both sides of it: the
    extractor dropped the space between two names at the line end."""
    if _CREDIT_OPENED.search(head[-MAX_BRACKET_CHARS:]) is None:
        return head + tail
    before = re.split(r"[\s（(：:]", head)[-1]
    after = re.split(r"[\s）)，,]", tail, maxsplit=1)[0]
    whole = len(before) >= MIN_WHOLE_NAME_CHARS and len(after) >= MIN_WHOLE_NAME_CHARS
    return head + " " + tail if whole and _is_name_piece(before) and _is_name_piece(after) else head + tail


def join_at_name_breaks(pieces: Sequence[str]) -> str:
    """``join_at_name_break`` folded over the pieces (a paragraph's lines), left to right. A name
    break needs a credit's role word before it: without one anywhere, the pieces are only
    concatenated, which is what every step would give (most paragraphs, every line of a page)."""
    plain = "".join(pieces)
    if not any(role in plain for role in CREDIT_ROLES):
        return plain
    joined = pieces[0]
    for piece in pieces[1:]:
        joined = join_at_name_break(joined, piece)
    return joined


def _is_name_piece(text: str) -> bool:
    return 0 < len(text) <= MAX_NAME_PIECE_CHARS and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def trailing_authors(text: str) -> Byline | None:
    """Bracketed names closing a brief (「……活动。（邹菲 项雅静）」); offsets cover the brackets."""
    end = len(text.rstrip(" \t\u00a0\u3000\r\n。."))
    if end == 0 or text[end - 1] not in _CLOSE:
        return None
    lo = max(0, end - 1 - MAX_BRACKET_CHARS * 2)
    open_at = None
    for k in range(end - 2, lo - 1, -1):
        ch = text[k]
        if ch in _OPEN:
            open_at = k
            break
        if ch in _CLOSE or ch in "。！？":
            return None
    if open_at is None:
        return None
    sq = _squeeze(text, open_at + 1, MAX_BRACKET_CHARS + 1)
    n = len(sq.c) - 1  # squeezed content ends before the closing bracket
    if n < 2 or n > MAX_BRACKET_CHARS or sq.c[n] not in _CLOSE:
        return None
    cr = _credits(sq, 0, n, strict_bare=True)
    if cr is None or not cr.authors + cr.photographers:
        return None
    if cr.bare and len(cr.authors) == 1 and n > 3 and "·" not in cr.authors[0] and not any(sq.gaps[1:n]):
        return None  # one four-character token with no gap: a word, not a name
    return Byline(
        text=_render(sq, 0, n, cr.bounds),
        authors=tuple(cr.authors),
        photographers=tuple(cr.photographers),
        agency=cr.agency,
        start=open_at,
        end=end,
        bare=cr.bare,
    )
