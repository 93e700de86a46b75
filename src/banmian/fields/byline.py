"""Bylines and datelines (电头): who wrote an article, who took its photos, and for which agency.

Grammar (matched on a copy with all whitespace squeezed out, ``fields.squeezed``; the widths of the
removed gaps are kept, because they are the only evidence of where one name ends and the next
begins):

* dateline: ``[据] AGENCY [PLACE] [M月D日] 电|讯`` — 本报讯, 本报北京5月3日电, 新华社北京3月8日电,
  本报临江3月8日讯, 本报3月8日讯, 本报8日讯, 据新华社电 — optionally followed by credits in brackets: 本报讯（记者 孙立）, 本报讯（记者 韩启明
  通讯员 方雪 柯文涛）, or unbracketed credits that begin with a role word. A dateline without a
  date must be followed by a bracket, a gap or the end, so 「本报联合电视台举办…」 is not one.
* credits: ``(ROLE NAMES)+ [摄|摄影|摄影报道|报道]``. ROLE is 记者, 通讯员, 评论员 with optional
  prefixes (本报/新华社/人民日报 …, a local paper's own name as its datelines print it: 临江日报;
  a media centre or station: 临江县融媒体中心; 驻埃及/赴X, 特约/特派/见习/实习/摄影/首席, the
  newsroom's media: 全媒体/融媒体/融媒/新媒体/视频), or 实习生, (特约)撰稿, 撰文, 文/图. NAMES are 2–4 ideographs each (longer with a · for minority names), separated by
  gaps, 、 or ，; how a run of them splits into names is ``fields.personnames``.
* Where nothing but the gaps and the surname says "name" — bare names on a line (「侯志坚」),
  names after a role at the start of a paragraph without brackets (「本报记者 钱程 …」), a bracket
  closing a brief (「（邹菲 项雅静）」) — names are split strictly (``fields.personnames``: each
  begins with a common surname or is a padded two-character name). Such bylines come back with
  ``bare`` set when no role word or agency was printed, so the caller can weigh them lower.
* A bracket closing a brief that holds one gap-free token of four to six characters is two names
  printed without their gap (「（林晓何春生）」: PyMuPDF keeps no gap the page made by placing alone)
  when exactly one cut gives two names of two or three characters, each beginning with a common
  surname (``glued_pair``); otherwise it is a word. On the real page in ../shared read through
  PyMuPDF, the text path then agrees with the PDF path on 12 of 14 articles instead of 10 (body
  CER 18.4 % -> 5.0 %); the synthetic pages, whose credits keep their gaps, are unchanged.
* Names alone after a paper's author mark (「□林晓」, AUTHOR_MARKS) are a byline, not bare: the mark
  says what the line is, as a commentary or a feature prints its author under the title.
* A role word glued to text (「记者从市委获悉」, 「本报记者日前走访」) is prose, not a byline.
* 摄 / 摄影 after names credits photographers; 摄影报道 and 文/图 credit them as authors and
  photographers.
* ``text`` is spaced as ``fields.squeezed`` renders it. ``fields.trailingcredits.trailing_authors`` gives the bracket's
  content as ``text`` (记者 张三), while its ``start``/``end`` cover the brackets, for stripping.

Joining a paragraph's lines at a break inside a credit is ``fields.creditbreaks``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.fields.personnames import IDEOGRAPHS, NAME_CHARS, has_surname, names_in
from banmian.fields.slashcredits import slash_credits
from banmian.fields.squeezed import Squeezed, render, squeeze

#: Most squeezed characters a byline can take at the start of a paragraph (characters): the
#: longest real dateline plus three roles with names fits in 60; 80 leaves room, and bounds the work.
MAX_BYLINE_CHARS = 80
#: Longest bracket content (characters) read as credits: five names with two role words fit.
MAX_BRACKET_CHARS = 40
#: Most names (count) in one byline; more than this is a list in running text.
MAX_NAMES = 8
#: Most tokens (count) after an unbracketed role word that may still be names.
MAX_NAME_TOKENS = 8

#: Marks a paper sets before an author's name alone on its line (「□林晓」 under a commentary's title,
#: 「◎林晓」): boxes and the bullseye. Bullets (●, ◆, ★) open the items of lists, whose one-word
#: items (「●林业局」) would read as names.
AUTHOR_MARKS = frozenset("□■◎")
#: Brackets around credits (「本报讯（记者 孙立）」) and names closing a brief, full-width and ASCII,
#: and the lenticular brackets some papers set their credits in (「本报讯【记者 孙立】」).
OPEN_BRACKETS = "（(【"
CLOSE_BRACKETS = "）)】"

_AGENCY = (
    "本报|新华社|中新社|人民日报|光明日报|经济日报|中国日报|解放军报|工人日报|农民日报|法制日报|法治日报|"
    "科技日报|中国青年报|中央社|法新社|路透社|美联社|共同社|塔斯社"
)
_DATELINE = re.compile(
    rf"(?P<ju>据)?(?P<agency>{_AGENCY}|[{IDEOGRAPHS}]{{2,6}}(?:日报|晚报))"
    rf"(?:(?P<place>[{IDEOGRAPHS}]{{0,10}}?)(?P<date>(?:\d{{1,2}}月)?\d{{1,2}}日)[电讯]|(?P<place2>[{IDEOGRAPHS}]{{0,10}}?)(?P<dl>电|讯))"
)
#: A local paper's dateline of its town, without an agency (「临江讯」, 「青石3月10日讯」): two to four
#: characters of the place, then the bracket of credits (``_place_dateline``).
_PLACE_DATELINE = re.compile(rf"(?P<place>[{IDEOGRAPHS}]{{2,4}}?)(?P<date>(?:\d{{1,2}}月)?\d{{1,2}}日)?讯")
#: Words ending in 讯 that are no place's dateline, whatever stands before them (「经济快讯」,
#: 「要闻简讯」): box labels and kinds of news.
NOT_DATELINES = ("简讯", "快讯", "短讯", "喜讯", "通讯", "资讯", "电讯", "图讯")
#: A county's or city's media centre or station, whose reporters a local paper credits by its name
#: (「临江县融媒体中心记者 林晓」, 「县融媒体中心记者」): county papers have printed their news so since the
#: media centres took them over.
_NEWSROOM = rf"[{IDEOGRAPHS}]{{0,8}}(?:融媒体中心|融媒中心|广播电视台|电视台|新闻中心)"
_ROLE = re.compile(
    rf"(?P<org>{_AGENCY}|[{IDEOGRAPHS}]{{2,6}}(?:日报|晚报)|{_NEWSROOM})?(?P<post>[驻赴][{IDEOGRAPHS}]{{1,10}}?)?"
    r"(?P<kind>(?:特派|特约|见习|实习|首席|全媒体|融媒体?|新媒体|视频|摄影|专职)?(?:记者|通讯员|评论员)|实习生|(?:特约)?撰稿人?|撰文|作者|文[·・]图[/／]|文[/／]图|图[/／]文|文[/／]|(?:图|摄影)[/／]|摄影(?!记者|报道|$))"
    r"[:：]?"
)
# Public-office titles before a name on a byline line (「某某部部长 万家明」, speeches).
_OFFICE = re.compile(
    rf"[{IDEOGRAPHS}]{{1,20}}(?:总理|主席|部长|书记|省长|市长|县长|区长|主任|院长|校长|大使|总统|首相|会长|局长|厅长|委员|教授|研究员)"
)
#: Characters of one name glued to its role and closed by a gap (「记者林晓 3月10日」): a given
#: name of one or two characters after a surname.
GLUED_NAME_CHARS = (2, 3)
#: 「报道：」 closing role-led credits in running text (「本报讯 记者 林晓 报道：……」).
_REPORTED = re.compile(r"报道[：:]")
#: Names glued to their role and closed by 报道 and a colon or a gap: 「记者林晓报道：」,
#: 「记者林晓何春生报道 ……」 (``_reported_glued``).
_GLUED_REPORT = re.compile(rf"[{IDEOGRAPHS}]{{2,12}}?(?P<report>报道)(?P<colon>[：:])?")
_PHOTO_SUFFIX = re.compile(r"(?:摄影报道|摄影|摄|报道|文[/／]图|图[/／]文)$")
#: Credit words that name the writers and the photographers at once, before or after the names.
_TEXT_AND_PHOTOS = frozenset({"文/图", "文／图", "图/文", "图／文", "文·图/", "文・图/", "文·图／", "文・图／"})
#: Credit words before names that say what they did, not who they are: 「文/林晓」 wrote, 「图/何春生」
#: and 「摄影/何春生」 took the photos (features and commentaries print them so). Before a role word
#: they only qualify it (「文/本报记者 林晓」).
_TEXT_BY = frozenset({"文/", "文／"})
#: 「摄影 何春生」 (「撰文 林晓 摄影 何春生」) names the photographer as 「摄影/」 does, its names held to
#: surnames (a column's label reads 「摄影 天地」); after names (「林晓 摄影」) it is their suffix
#: (_PHOTO_SUFFIX), which _ROLE does not match at the end.
_BARE_PHOTO = "摄影"
_PHOTOS_BY = frozenset({"图/", "图／", "摄影/", "摄影／", _BARE_PHOTO})
_SINGLE_CREDITS = _TEXT_BY | _PHOTOS_BY
#: A credit word closing the names after a gap, with no slash (「林晓 何春生 文」, 「周敏 图」): the text
#: or the photographs are theirs. Glued to the last name it is the name's own character (「李文」).
_BARE_SUFFIXES = "文图"
_CREDIT_WORDS = _TEXT_AND_PHOTOS | _SINGLE_CREDITS
# Cheap gate for leading bylines: the first characters an agency, paper or role word can have.
_PREFILTER = re.compile(
    rf"[\s\u3000]*(?:据[\s\u3000]*)?(?:[本新中人光经法科工农解路美共塔记通实见特撰文首专全融视摄图作]|[{IDEOGRAPHS}]{{2,6}}(?:日|晚)"
    rf"|[{IDEOGRAPHS}]{{2,4}}(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?讯[\s\u3000]*[（(【])"
)
# Characters of role words, datelines, office titles and photo suffixes (cheap gate).
_ROLE_CUES = frozenset("记者通讯员评论实习撰文图电摄报长任理席记委员授")
#: A name closed by a slash and its writing or its pictures (「林晓/文」, 「何春生/图」:
#: ``fields.slashcredits``); 「何春生/摄」 alone the grammar here reads as 「何春生 摄」.
_SLASH_CLOSED_NAME = re.compile(r"[/／](?:文图|图文|文|图)(?:\s|$)")
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
class _Credits:
    authors: list[str]
    photographers: list[str]
    agency: str | None
    bounds: set[int]  # squeezed indices where a printed gap is kept as one space
    bare: bool


def _credits(sq: Squeezed, s: int, e: int, *, strict_bare: bool, allow_office: bool = False) -> _Credits | None:
    """Parse ``c[s:e]`` as ``(ROLE NAMES)+``; names before the first role are bare names.

    ``strict_bare`` is for text outside a dateline's brackets: bare names and names glued to
    their role need surnames, and no name may cut a gap-free token.
    """
    c = sq.c
    # A credit word glued to the character before it is a name's end (「姚文/摄」), not a credit.
    roles = [m for m in _ROLE.finditer(c, s, e) if not (m.group("kind") in _SINGLE_CREDITS and m.start() > s and sq.gaps[m.start()] == 0)]
    closing_credit = bool(roles) and roles[-1].start() > s and roles[-1].end() == e and roles[-1].group("kind") in _TEXT_AND_PHOTOS
    if closing_credit:
        roles.pop()  # 「本报记者 林晓 文/图」, 「林晓 何春生 文/图」: the credit closes the names, their suffix
    # 「文/图 本报记者 林晓」, 「文/本报记者 林晓」: a credit word before the role, names after it.
    lead_photos = False
    if len(roles) > 1 and roles[0].start() == s and roles[0].group("kind") in _CREDIT_WORDS and roles[0].end() == roles[1].start():
        lead_photos = roles[0].group("kind") in _TEXT_AND_PHOTOS
        roles.pop(0)
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
    bare = not roles and not closing_credit
    for m, a, b in spans:
        kind = m.groupdict().get("kind") if m is not None else None
        if m is not None:
            bounds.add(m.start())
            bounds.add(a)
            org = m.groupdict().get("org")
            if org and agency is None:
                agency = org
        photo = _PHOTO_SUFFIX.search(c, a, b) if b - a > 1 else None
        # 「林晓 何春生 文」, 「林晓 图」: a bare 文 or 图 set apart after the names says what they did; not
        # inside a dateline's brackets, where a gap the extractor put inside a name is as likely.
        bare_suffix = strict_bare and photo is None and b - a > 2 and c[b - 1] in _BARE_SUFFIXES and sq.gaps[b - 1] > 0
        stop = b
        as_author, as_photo = True, lead_photos or bool(kind and "摄影" in kind)
        if kind in _PHOTOS_BY:
            as_author, as_photo = False, True
        elif kind in _TEXT_AND_PHOTOS:
            as_photo = True
        if photo is not None:
            stop = photo.start()
            bounds.add(stop)
            suffix = photo.group()
            as_photo = as_photo or suffix.startswith("摄") or suffix in _TEXT_AND_PHOTOS
            as_author = suffix in ("摄影报道", "报道") or suffix in _TEXT_AND_PHOTOS
        elif bare_suffix:
            stop = b - 1
            bounds.add(stop)
            as_author, as_photo = c[stop] == "文", c[stop] == "图"
        if as_photo and kind and "摄影" in kind and photo is None:
            as_author = False
        if stop <= a:
            if kind and "评论员" in kind and b == a:
                continue  # 本报评论员: a byline without names
            return None
        glued = m is not None and sq.gaps[a] == 0
        # After a bare 摄影 (no slash, no 记者) only names with surnames: 「摄影 天地」 is a column's label.
        strict = (strict_bare and (m is None or glued)) or kind == _BARE_PHOTO
        names = names_in(sq, a, stop, strict, strict_bare, bounds)
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


def _make(
    sq: Squeezed,
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
        text=render(sq, s, e, all_bounds),
        authors=tuple(cr.authors) if cr else (),
        photographers=tuple(cr.photographers) if cr else (),
        agency=agency or (cr.agency if cr else None),
        place=place or None,
        date_text=date_text,
        start=sq.pos[s],
        end=sq.pos[e - 1] + 1,
        bare=bare,
    )


def _unbracketed(sq: Squeezed, s: int) -> tuple[int, _Credits] | None:
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
        glued = _reported_glued(sq, m.end())
        if glued is None:
            return _glued_name_before_gap(sq, s, m.end())
        cr = _credits(sq, s, glued.start("report"), strict_bare=False)
        return (glued.end(), cr) if cr is not None and cr.authors and _names_look_real(cr) else None
    ends = []
    k = m.end()
    while k < len(c) and len(ends) < MAX_NAME_TOKENS:
        j = k + 1
        while j < len(c) and gaps[j] == 0:
            j += 1
        if not NAME_CHARS.fullmatch(c, k, j) or j - k > 6:
            break
        ends.append(j)
        k = j
    for end in reversed(ends):  # the longest run of tokens that parses
        cr = _credits(sq, s, end, strict_bare=True)
        if cr is not None and cr.authors + cr.photographers and _names_look_real(cr):
            reported = _REPORTED.match(c, end)  # 「记者 林晓 报道：」
            return (end if reported is None else reported.end()), cr
    return None


def _reported_glued(sq: Squeezed, at: int) -> re.Match[str] | None:
    """Names glued to their role at ``at``, closed by 报道 and a colon, or by 报道 set apart from the
    text after it (the end, or a gap): 报道 glued to prose goes on a sentence (「记者林晓报道称」)."""
    glued = _GLUED_REPORT.match(sq.c, at)
    if glued is None or glued.group("colon") or glued.end() == len(sq.c) or sq.gaps[glued.end()] > 0:
        return glued
    return None


def _glued_name_before_gap(sq: Squeezed, s: int, name_at: int) -> tuple[int, _Credits] | None:
    """「本报讯 记者林晓 3月10日，……」: one name glued to its role, GLUED_NAME_CHARS long and set
    apart by a gap from the text after it; prose glued to a role (「记者从市委获悉」) runs on
    without a gap there, and a name must begin with a surname. Another role and its names after
    the gap go on the credits (「记者林晓 通讯员何春生 ……」), read by the same grammar."""
    for length in GLUED_NAME_CHARS:
        end = name_at + length
        if end < len(sq.c) and sq.gaps[end] > 0 and NAME_CHARS.fullmatch(sq.c, name_at, end):
            cr = _credits(sq, s, end, strict_bare=True)
            if cr is not None and len(cr.authors + cr.photographers) == 1 and _names_look_real(cr):
                return _with_next_role(sq, s, end, cr)
    return None


def _with_next_role(sq: Squeezed, s: int, end: int, cr: _Credits) -> tuple[int, _Credits]:
    """The credits ``c[s:end]`` (``cr``) and the role-led credits right after their gap, if any."""
    following = _unbracketed(sq, end) if _ROLE.match(sq.c, end) is not None else None
    if following is None:
        return end, cr
    longer = _credits(sq, s, following[0], strict_bare=True)
    named = len(longer.authors + longer.photographers) if longer is not None else 0
    if longer is None or named <= len(cr.authors + cr.photographers) or not _names_look_real(longer):
        return end, cr
    return following[0], longer


def _names_look_real(cr: _Credits) -> bool:
    # In running text every name after a role must look like a name, not only bare ones.
    return all(has_surname(name) or "·" in name for name in cr.authors + cr.photographers)


def names_a_role(text: str) -> bool:
    """The text holds a role word of the credits grammar (记者, 通讯员, 实习生, 文/ …)."""
    return _ROLE.search(text) is not None


def leading_byline(text: str) -> Byline | None:
    """A byline or dateline at the start of ``text``; ``end`` indexes ``text`` itself."""
    if not _PREFILTER.match(text):
        return None
    sq = squeeze(text, 0, MAX_BYLINE_CHARS)
    c = sq.c
    if not c:
        return None
    m = _DATELINE.match(c)
    if m is not None and (m.group("date") or _dateless_ok(sq, m.end())):
        end = m.end()
        bounds = {m.end()}
        cr = None
        if end < len(c) and c[end] in OPEN_BRACKETS:
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
    placed = _place_dateline(sq)
    if placed is not None:
        return placed
    found = _unbracketed(sq, 0)
    if found is None:
        return None
    end, cr = found
    return _make(sq, 0, end, cr)


def _place_dateline(sq: Squeezed) -> Byline | None:
    """A local paper's dateline of its town alone (「临江讯（记者 林晓）」, 「青石3月10日讯（通讯员 何春生）」):
    no agency, so the bracket must follow at once and name a role (not a box's label: 简讯)."""
    c = sq.c
    m = _PLACE_DATELINE.match(c)
    if m is None or (m.group("place") + "讯").endswith(NOT_DATELINES) or m.end() >= len(c) or c[m.end()] not in OPEN_BRACKETS:
        return None
    close = _closing(c, m.end())
    if close is None:
        return None
    cr = _credits(sq, m.end() + 1, close, strict_bare=False)
    if cr is None or cr.bare or not cr.authors + cr.photographers:
        return None
    return _make(sq, 0, close + 1, cr, place=m.group("place"), date_text=m.group("date"), bounds={m.end()})


def _dateless_ok(sq: Squeezed, end: int) -> bool:
    return end == len(sq.c) or sq.gaps[end] > 0 or sq.c[end] in OPEN_BRACKETS


def _closing(c: str, open_at: int) -> int | None:
    stop = min(len(c), open_at + MAX_BRACKET_CHARS + 2)
    for k in range(open_at + 1, stop):
        if c[k] in CLOSE_BRACKETS:
            return k
        if c[k] in OPEN_BRACKETS:
            return None
    return None


def standalone_byline(line: str, lead: Byline | None = None, lead_known: bool = False) -> Byline | None:
    """A line that is only a byline: a dateline with credits, role-led credits or bare names.
    ``lead`` with ``lead_known``: ``leading_byline(line)``, which the caller has already (the line
    features ask both), so that the grammar does not run twice on the line."""
    if not _SENTENCE_PUNCT.isdisjoint(line):
        return None
    if _SLASH_CLOSED_NAME.search(line):
        slashed = _slash_closed(line)
        if slashed is not None:
            return slashed  # read first: the grammar below takes the slash for a gap between names
    if _ROLE_CUES.isdisjoint(line) and len(line) > 4 and not any(ch.isspace() or ch in "·•・．" for ch in line):
        return None  # no role word, and one gap-free run too long to be a name
    sq = squeeze(line, 0, MAX_BYLINE_CHARS + 1)
    c = sq.c
    if not c or len(c) > MAX_BYLINE_CHARS:
        return None
    if not lead_known:
        lead = leading_byline(line) if _PREFILTER.match(line) else None
    if lead is not None and lead.end >= sq.pos[-1] + 1:
        return lead
    if c[0] in OPEN_BRACKETS and c[-1] in CLOSE_BRACKETS:
        inner = _credits(sq, 1, len(c) - 1, strict_bare=True)
        if inner is not None and inner.authors + inner.photographers:
            return _make(sq, 0, len(c), inner, bare=inner.bare)
        return None
    if c[0] in AUTHOR_MARKS:
        # 「□林晓」: a commentary's or a feature's author after the paper's mark, no role word needed.
        marked = _credits(sq, 1, len(c), strict_bare=True)
        if marked is None or not marked.authors:
            return None
        return _make(sq, 1, len(c), marked)
    cr = _credits(sq, 0, len(c), strict_bare=True, allow_office=True)
    if cr is None or not cr.authors + cr.photographers:
        return None
    return _make(sq, 0, len(c), cr, bare=cr.bare)


def _slash_closed(line: str) -> Byline | None:
    """「林晓/文 何春生/图」: each name closed by its work (``fields.slashcredits``)."""
    found = slash_credits(line, _ROLE)
    if found is None:
        return None
    start = len(line) - len(line.lstrip())
    return Byline(found.text, found.authors, found.photographers, found.agency, start=start, end=len(line.rstrip()))
