"""Page furniture: masthead and page-header lines, which belong to no article.

Rules:

* A line is furniture only when it is made *entirely* of furniture pieces (whitespace between
  them): a body sentence that merely contains a date or 第二版 is not furniture.
* Pieces: page numbers (第2版, 第二版, 02版, A2, ·第2版·, 第04版：社会 with its section), dates (2019年10月1日 with 星期二 and a
  农历 tail; a numeric date before a weekday even with its year broken, 「019.6.18 星期二」), credits (责任编辑：王五, 版式设计, 校对, 美编, 值班主任 …, 本版 before any, a colon or a slash
  before the names), issue data
  (国内统一连续出版物号 CN22-0033, 总第3807期, 今日四版, 邮发代号 12-34, ××日报社出版), a
  section name (综合新闻, 要闻) and the paper's name (××日报, or in capitals, LINJIANG DAILY, only
  beside other pieces: NBA or CCTV alone are words).
* A bare number (「2」) is a page number only beside another piece, and beside one section label at
  most (「当年已是 82 岁高龄的老党员」 is a body line whose number the extractor spaced): alone it may be a digit that
  extraction split off a date (「5月\\n1\\n5日」). A date alone with no weekday is left to
  ``dates.date_line``: it is as likely the closing date of a notice. A section name alone counts
  only when it looks like one (ends in 新闻/要闻/专版/副刊/周刊 …).
* A web page's meta line under its title (「来源：临江日报  作者：林晓  发布时间：2024-04-12 08:30」),
  as crawled news pages and corpus files print it: its source (来源, 稿源), author (作者) and time
  (发布时间 before a date, a clock time after one; plain 时间 and 日期 only beside a source or an
  author, as a notice's lines print them too) are pieces too. The source names the paper where it
  ends on one (「临江新闻网－临江日报」 → 临江日报); the authors go to the article the line stands in
  (segment.webmeta). A date with a clock time (「2024-04-12 08:30」) is such a line's, never a
  notice's closing date. A count of readers (「浏览次数：1234」) and the page's tools (「【字号：大 中
  小】」, 「【打印】【关闭】」, 「分享到：」) are such a line's pieces too, or a line of their own. In
  brackets after a text's last sentence (「（来源：临江日报）」) such a
  note is the text's last words (layout.punctuation.CLOSING_NOTE), not furniture.
* ``kind`` is the most specific piece: page_number > section > meta > date > credits > edition > masthead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from banmian.fields.dates import _DATE, _to_date
from banmian.fields.numerals import FULLWIDTH_DIGITS, chinese_to_int

#: Labels of boxes of short items (简讯 …): a headline of their own over the box, no article's
#: (segment.roles and the others read them from here, through segment.linefeatures).
BOX_LABELS = frozenset({"简讯", "短讯", "快讯", "要闻简报", "简报", "新闻简讯", "资讯", "图片新闻"})
#: Longest furniture line (characters, whitespace excluded): a full page header with date and
#: three credits is about 45; anything longer is text.
MAX_FURNITURE_CHARS = 60
#: Longest paper name (characters) accepted by ``newspaper_name``: 中国老年报, 上海证券报 …
MAX_NAME_CHARS = 10
#: Longest section label (characters) in a page header.
MAX_SECTION_CHARS = 8

#: Words that make a line of capitals alone a paper's name (LINJIANG DAILY, QINGSHI EVENING NEWS):
#: other capitals alone are words or names of the text (NBA ALL STAR, WORLD HEALTH ORGANIZATION).
LATIN_PAPER_WORDS = frozenset({"DAILY", "NEWS", "TIMES", "EVENING", "POST", "HERALD", "JOURNAL", "GAZETTE", "PRESS", "WEEKLY", "TRIBUNE"})
#: A section label this short (characters) is accepted beside a bare page number (要闻, 国际, 时评).
SHORT_SECTION_CHARS = 4

_IDEO = "\u3400-\u4dbf\u4e00-\u9fff"
_S = "[ \t\u00a0\u3000]*"
_CN_NUM = "一二三四五六七八九十"
_DOTS = "[·•・]"
#: A credited name is no word ending in 报: that is the paper's name after the credits (「责任编辑：
#: 王五 沧溪报」).
_NOT_PAPER = rf"(?![{_IDEO}]{{1,8}}报(?![{_IDEO}]))"
#: Labels of a web page's meta line (see the module's rules); each is followed by a colon.
SOURCE_LABELS = ("信息来源", "来源", "稿源", "出处")
AUTHOR_LABELS = ("作者",)
#: A publication time's labels; plain 时间 and 日期 head a notice's lines too (「时间：2024年3月12日
#: 9:00」 over 「地点：……」), so they count only beside a source or an author.
PUBLISHED_LABELS = ("发布时间", "发表时间", "更新时间", "发布日期")
TIME_LABELS = ("时间", "日期")
#: Labels of a crawled page's count of readers, before a number.
COUNT_LABELS = ("浏览次数", "浏览量", "阅读量", "阅读数", "点击数", "点击量", "访问量", "浏览", "阅读", "点击")
#: A crawled page's tools, each alone or in 【】 (「【字号：大 中 小】」, 「【打印】【关闭】」, 「分享到：」):
#: no newspaper prints them, and read as text they became a title's subtitle or an article's last
#: paragraphs.
PAGE_TOOLS = (
    rf"字号{_S}[:：]?{_S}(?:大{_S}中{_S}小|T{_S}[|｜]{_S}T)",
    "打印本页", "打印此文", "打印", "关闭窗口", "关闭本页", "关闭", rf"分享到{_S}[:：]?", "我要纠错", "返回顶部",
    "扫一扫在手机打开当前页",
)
#: Longest source a meta line names (characters): 「临江新闻网－临江日报」, 「临江县融媒体中心」.
MAX_SOURCE_CHARS = 24
#: A credited name (2–4 characters, a middle dot allowed), no label before a colon.
_NAME = rf"[{_IDEO}·]{{2,4}}(?![{_IDEO}]*{_S}[:：/／])"
#: One name of an author piece's names.
_CREDITED_NAME = re.compile(rf"[{_IDEO}·]{{2,4}}")
_PIECES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # An e-paper's header names the section after a colon (「第04版：社会」, 「A2版:要闻」).
    ("page", re.compile(rf"{_DOTS}?{_S}第{_S}(?P<p1>[0-9]{{1,3}}|[{_CN_NUM}]{{1,3}}){_S}版(?:{_S}[:：]|{_S}{_DOTS}?)")),
    ("page", re.compile(rf"(?P<p2>[A-H]?[0-9]{{1,2}}){_S}版(?:{_S}[:：]|(?![{_IDEO}]))")),
    ("date", _DATE),
    # A numeric date whose year the extractor broke off (「2」/「019.」/「6.」/「18 星期二」 joined as
    # 「019.6.18 星期二」): a header date by the weekday after it, its value unknown.
    ("date", re.compile(rf"[0-9]{{1,4}}[.．/][0-9]{{1,2}}[.．/][0-9]{{1,2}}(?={_S}[（(]?(?:星期|礼拜))")),
    ("date", re.compile(rf"(?:[（(]?(?:星期|礼拜)[一二三四五六日天][）)]?|(?:农历|夏历)[{_IDEO}]{{2,12}})")),
    ("credits", re.compile(
        rf"(?:本版)?(?:责任编辑|责编|版式设计|版式|美术编辑|美编|文字校对|责任校对|校对|文字编辑|编辑|组版|排版|制作|审读|终审|值班编辑|值班主任|执行主编|主编|照排|图片编辑|视觉设计|设计)"
        rf"{_S}[:：/／]{_S}(?:{_NOT_PAPER}[{_IDEO}·]{{2,4}}(?![{_IDEO}]*{_S}[:：/／]))?(?:{_S}[、，,]?{_S}{_NOT_PAPER}[{_IDEO}·]{{2,4}}(?![{_IDEO}]*{_S}[:：/／]))*"
    )),
    ("masthead", re.compile(rf"国内统一连续出版物号{_S}[:：]?{_S}(?:CN{_S}\d{{2}}{_S}[-－—]{_S}\d{{4}}(?:/[A-Z]+)?)?")),
    ("masthead", re.compile(rf"CN{_S}\d{{2}}{_S}[-－—]{_S}\d{{4}}(?:/[A-Z]+)?")),
    # The paper's name in capitals, as page headers print it (LINJIANG DAILY, NEW LINJIANG).
    ("latin_name", re.compile(r"[A-Z]{2,}(?:[ .&'-]+[A-Z]{2,}){0,5}")),
    ("masthead", re.compile(rf"邮发代号{_S}[:：]?{_S}\d{{1,2}}{_S}[-－—]{_S}\d{{1,4}}")),
    ("masthead", re.compile(rf"(?P<publisher>[{_IDEO}]{{2,12}}(?:日报|晚报|报))社{_S}(?:出版|主办|编辑出版)")),
    ("masthead", re.compile(rf"(?:社址|地址|邮编|电话|定价|广告经营许可证)[:：]?{_S}[^ \t\u3000]{{1,30}}")),
    ("edition", re.compile(rf"今日{_S}(?:[0-9]{{1,3}}|[{_CN_NUM}]{{1,3}}){_S}版")),
    ("edition", re.compile(rf"总第{_S}[0-9]{{1,6}}{_S}期|第{_S}[0-9]{{1,6}}{_S}期")),
    # A bare page number; the extractor may glue it to the credits after it (「县域新闻 3责任编辑：」).
    # Not a day's or month's number (「30 日」): a date in a sentence that a header's words open
    # (「临江日报 30 日要闻 4 版推出……」).
    ("page", re.compile(r"(?P<p3>[A-H][0-9]{1,2}|[0-9]{1,2})(?=[ \t\u3000/／]|$|责任编辑|责编|编辑)(?![ \t\u3000]*[年月日])")),
    # Names that end the credits of the line above (「包美芬 /版式设计：……」): only before a slash.
    ("credit_names", re.compile(rf"[{_IDEO}·]{{2,4}}(?={_S}[/／｜|])")),
    ("name", re.compile(rf"[{_IDEO}]{{2,8}}(?:日报|晚报|时报|商报|都市报|早报|周报)")),
    # A county paper may be called just 「××报」: beside other header pieces (never alone, see
    # _verdict), a word ending in 报 that is no 通报/简报/… is the paper's name.
    ("name", re.compile(rf"[{_IDEO}]{{1,8}}报(?![{_IDEO}])")),
    # A section of two names joined by a middle dot (「理论·评论」, 「文化·旅游」) is one section.
    ("section", re.compile(rf"(?P<sec>[{_IDEO}]{{2,{MAX_SECTION_CHARS}}}?(?:{_DOTS}[{_IDEO}]{{2,{MAX_SECTION_CHARS}}}?)?)(?={_S}{_DOTS}|{_S}$|[ \t\u3000])")),
    # A web page's meta line (see the module's rules), last: no header piece opens on its labels.
    ("source", re.compile(rf"(?:{'|'.join(SOURCE_LABELS)}){_S}[:：]{_S}(?P<source>[^ \t\u3000:：]{{1,{MAX_SOURCE_CHARS}}})")),
    ("author", re.compile(rf"(?:{'|'.join(AUTHOR_LABELS)}){_S}[:：]{_S}(?P<authors>{_NAME}(?:{_S}[、，,]?{_S}{_NAME})*)")),
    ("published_label", re.compile(rf"(?:{'|'.join(PUBLISHED_LABELS)}){_S}[:：]")),
    ("time_label", re.compile(rf"(?:{'|'.join(TIME_LABELS)}){_S}[:：]")),
    # A page's count of readers (「浏览次数：1234」) and its tools (「【字号：大 中 小】」, 「【打印】」,
    # 「分享到：」), which a crawled page prints around its text.
    ("count", re.compile(rf"(?:{'|'.join(COUNT_LABELS)}){_S}[:：]{_S}[0-9]{{1,9}}{_S}次?")),
    ("page_tool", re.compile(rf"【?(?:{'|'.join(PAGE_TOOLS)})】?")),
    # A clock time after a date (「08:30」, 「08:30:15」): a web page's time stamp.
    ("clock", re.compile(r"(?<![0-9])[0-2]?[0-9][:：][0-5][0-9](?:[:：][0-5][0-9])?(?![0-9])")),
)
#: A named group or a reference to one, in a pattern's source.
_GROUP_NAME = re.compile(r"[(][?]P([<=])(\w+)")


def _any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One alternation of the patterns, in order, each one's group names made its own."""
    alternatives = []
    for k, pattern in enumerate(patterns):
        source = _GROUP_NAME.sub(lambda m, k=k: f"(?P{m.group(1)}g{k}_{m.group(2)}", pattern.pattern)
        alternatives.append(f"(?:{source})")
    return re.compile("|".join(alternatives))


#: Every piece's pattern in one alternation: where it matches nothing, no piece starts, which most
#: lines sent here (body lines holding a digit or 报) show at their first character; one scan finds
#: that instead of a match per piece.
_ANY_PIECE = _any_of(tuple(p for _, p in _PIECES))
_SECTION_ALONE = re.compile(rf"[{_IDEO}]{{0,6}}(?:新闻|要闻|专版|专刊|副刊|周刊|综合|视点|评论|广告)")
#: Between pieces: spaces, the slash or bar that many headers print between credits (责任编辑：王五 /
#: 版式设计：赵六), or a middle dot (「临江日报 · 2024-03-12 · 第3版」, as the text export heads a page).
_GAP = re.compile(rf"{_S}(?:[/／|｜·•・]{_S})*")
_SENTENCE_PUNCT = frozenset("，。；！？“”‘’《》…")
#: A character of a word right after a date, no gap between: running text, where a header sets
#: its pieces apart (「2023年6月8日 地方」).
_WORD_CHAR = re.compile(rf"[{_IDEO}]")
#: The kind of a web page's meta line (see the module's rules).
META_KIND = "meta"
_KIND_ORDER = ("page_number", "section", META_KIND, "date", "credits", "edition", "masthead")
#: The pieces only a web page's meta line holds.
_META_PIECES = frozenset({"source", "author", "published_label", "time_label", "clock", "count", "page_tool"})
#: Masthead and edition pieces that only a front page prints (see ``Furniture.masthead``).
_FRONT_PAGE_PIECE = re.compile(r"国内统一连续出版物号|CN|邮发代号|今日|总第")
#: A paper's name closing the publisher's words (「……机关报临江日报」 → 临江日报).
_PAPER_AT_END = re.compile(r"[^报]{2,8}(?:日报|晚报|报)$")
_NOT_PAPER_ENDINGS = ("通报", "汇报", "举报", "情报", "海报", "简报", "公报", "预报", "喜报", "捷报", "电报", "板报", "小报", "申报", "呈报", "填报", "上报", "回报", "警报", "学报")


@dataclass(frozen=True, slots=True)
class Furniture:
    kind: str  # "page_number" | "section" | "meta" | "date" | "credits" | "masthead" | "edition"
    text: str
    page_number: int | None = None
    section: str | None = None
    date: dt.date | None = None
    newspaper: str | None = None
    #: The line holds data only a front page's masthead prints (the CN number, 邮发代号, 今日八版, 总第
    #: N期, the publisher), whatever its most specific piece: the page is page 1 unless a page number on the
    #: page says otherwise. An issue number (第12期) or a telephone number is no such data: a weekly
    #: section's header and an inside page's credits print them too.
    masthead: bool = False
    #: The people a web page's meta line credits (「作者：林晓 周敏」), in its order.
    authors: tuple[str, ...] = ()


def newspaper_name(line: str) -> str | None:
    """The paper's name when the line is only that (临江日报, 某某晚报), else ``None``."""
    s = "".join(line.split())
    if not 3 <= len(s) <= MAX_NAME_CHARS or not s.endswith("报") or s.endswith(_NOT_PAPER_ENDINGS):
        return None
    if not re.fullmatch(f"[{_IDEO}]+", s):
        return None
    return s


def classify_furniture(line: str) -> Furniture | None:
    """What kind of furniture the line is, with the page facts it gives, or ``None``."""
    if not _SENTENCE_PUNCT.isdisjoint(line):
        return None  # furniture has no sentences
    norm = line.translate(FULLWIDTH_DIGITS).strip()
    if not norm or len("".join(norm.split())) > MAX_FURNITURE_CHARS:
        return None
    found: list[str] = []
    authors: tuple[str, ...] = ()
    page = section = newspaper = None
    date = None
    has_weekday = date_runs_on = front_page = False
    pos = 0
    while pos < len(norm):
        pos = _GAP.match(norm, pos).end()
        if pos >= len(norm):
            break
        if _ANY_PIECE.match(norm, pos) is None:
            return None
        for kind, pattern in _PIECES:
            m = pattern.match(norm, pos)
            if m is None or m.end() == pos:
                continue
            if kind == "page":
                label = next(g for g in (m.groupdict().get(k) for k in ("p1", "p2", "p3")) if g)
                page = page if page is not None else chinese_to_int(label.lstrip("ABCDEFGH"))
                bare = m.groupdict().get("p3")
                # 「A2」 alone is a page; a bare 「2」 only beside other header pieces.
                found.append("bare_page" if bare and bare[0].isdigit() else "page_number")
            elif kind == "date":
                if m.re is _DATE:
                    date = date or _to_date(m)
                    if _to_date(m) is None:
                        return None
                    date_runs_on = date_runs_on or _WORD_CHAR.match(norm, m.end()) is not None
                else:
                    has_weekday = True
                found.append("date")
            elif kind == "name":
                if m.group().endswith(_NOT_PAPER_ENDINGS):
                    continue
                newspaper = newspaper or m.group()
                found.append("name")
            elif kind == "section":
                section = section or m.group("sec")
                found.append("section")
            elif kind == "source":
                newspaper = newspaper or _paper_in_source(m.group("source"))
                found.append(kind)
            elif kind == "author":
                authors += tuple(_CREDITED_NAME.findall(m.group("authors")))
                found.append(kind)
            elif kind == "masthead" and m.groupdict().get("publisher"):
                # 「临江日报社出版」: the paper is 临江日报, not the words glued before it (「……机关报」).
                publisher = _PAPER_AT_END.search(m.group("publisher"))
                newspaper = newspaper or (publisher.group() if publisher else m.group("publisher"))
                front_page = True
                found.append(kind)
            elif kind in ("masthead", "edition"):
                front_page = front_page or _FRONT_PAGE_PIECE.match(m.group()) is not None
                found.append(kind)
            else:
                found.append(kind)
            pos = m.end()
            break
        else:
            return None
    verdict = _verdict(line.strip(), found, page, section, date, has_weekday, newspaper, date_runs_on)
    if verdict is None:
        return None
    return replace(verdict, masthead=front_page, authors=authors) if front_page or authors else verdict


def _paper_in_source(source: str) -> str | None:
    """The paper a meta line's source names: its last run of characters, where that is a paper's
    name (``newspaper_name``: 「临江新闻网－临江日报」 → 临江日报; 「新华社」 names no paper)."""
    runs = re.findall(rf"[{_IDEO}]+", source)
    return newspaper_name(runs[-1]) if runs else None


def _looks_like_section(section: str | None) -> bool:
    # Beside a bare number, a phrase must look like a section label, not a wrapped body line.
    return section is not None and (len(section) <= SHORT_SECTION_CHARS or bool(_SECTION_ALONE.fullmatch(section)))


def _verdict(text, found, page, section, date, has_weekday, newspaper, date_runs_on) -> Furniture | None:
    kinds = set(found)
    if "credit_names" in kinds:
        if "credits" not in kinds:
            return None  # names before a slash, and no credit keyword: not a header
        kinds.discard("credit_names")
    strong = kinds - {"bare_page", "section", "name", "latin_name"}
    if kinds == {"latin_name"} and len(found) == 1 and LATIN_PAPER_WORDS & set(text.split()):
        # The paper's name in capitals on a line of its own (LINJIANG DAILY): a weak piece,
        # furniture only in the masthead's company (segment.roles).
        return Furniture("name", text)
    kinds.discard("latin_name")  # capitals count only beside other pieces (NBA, CCTV are words)
    if kinds & _META_PIECES:
        if found[0] not in _META_PIECES and found[0] not in ("date", "name"):
            return None  # 「数据来源：……」 under a chart: a meta line opens on its labels, its date or its paper
        stamped = "date" in kinds and bool(kinds & {"published_label", "clock"}) and "time_label" not in kinds
        if kinds & {"source", "author"} or stamped or kinds <= {"page_tool", "count"}:
            # A time's label or clock stands with a date; plain 时间/日期 only beside a source or author.
            return Furniture(META_KIND, text, date=date, newspaper=newspaper)
        return None
    if kinds == {"date"} and not has_weekday:
        return None  # a lone date: maybe a notice's closing line
    glued = kinds == {"date", "section"} and not has_weekday and date_runs_on
    if glued and not _SECTION_ALONE.fullmatch(section or ""):
        return None  # 「……于2023年6月8日因病」: a sentence goes on after the date, no header
    if not strong:
        if kinds == {"section"} and len(found) == 1 and _SECTION_ALONE.fullmatch(section or ""):
            return Furniture("section", text, section=section)
        if "bare_page" in kinds and found.count("section") <= 1 and ("name" in kinds or _looks_like_section(section)):
            pass  # 「2 综合新闻」; not 「当年已是 82 岁高龄的……」, a body line with a spaced number
        else:
            return None
    if "bare_page" in kinds:
        kinds.add("page_number")
    kind = next(k for k in _KIND_ORDER if k in kinds)
    return Furniture(kind, text, page_number=page, section=section, date=date, newspaper=newspaper)
