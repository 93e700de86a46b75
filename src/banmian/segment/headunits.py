"""Headline units: the lines of a heading run read as the elements of a headline stack
(``units_of``), and the shapes segment.stacks reads of them.

Rules:
- Consecutive letter-spaced lines are one title set over several lines (「县 林 业 局 召 开 …」/「推 进 会」).
- So are a line that cannot end a headline (mid-clause, on 的/与/在, inside a word) and the next;
  a line and the next that opens on a connective standing as a word of its own (「和农村厅……」);
  the lines of a notice's formal title that they close together (「关于……」 down to 「……的公告」);
  a title and the column tag in brackets under it; a line that fills the headline's measure and a
  short tail under it in its block (no blank line between: pdftotext prints a title's tail in the
  title's block), unless the tail names who took part in the line's event (「何春生出席」, a
  subtitle of its own), the line leads into a title of two phrases or ends on a verb of speech
  (「……时强调」, a kicker over its title), or it is a slogan.
- A long subtitle that stops unfinished wraps onto a line no wider than its own; one that stops on a
  closing quote or title mark may still wrap onto a short tail.
- A banner is shaped as one line, not letter-spaced, of two phrases or more without punctuation,
  each a word group and wide enough; whether it is a banner is segment.stacks's to say.
"""

from __future__ import annotations

from dataclasses import dataclass

from banmian.fields.dates import find_dates
from banmian.fields.notice import is_formal_notice_title, is_notice_title
from banmian.fields.wordbreak import breaks_word, opens_with_connective
from banmian.layout.lines import LineInfo
from banmian.segment.headpairs import KICKER_ENDING, KICKER_LEADS, OPEN_ENDINGS, PART_TAKEN
from banmian.segment.items import Item
from banmian.segment.linefeatures import KICKER_DASH
from banmian.segment.roles import BOX_LABELS, Role

#: A banner of two phrases has phrases at least this long (em): shorter pairs are kicker-like
#: parallel phrases (抓党建 促发展).
BANNER_MIN_PHRASE_WIDTH = 3.0
#: Every phrase of a slogan banner is a word group of at least this many characters (节约用水,
#: 绿色出行); a "phrase" of one or two is a piece of a title that the extractor spaced apart.
BANNER_MIN_PHRASE_CHARS = 3
BANNER_MIN_PHRASES_ALONE = 3
#: A headline line under a full-measure one and narrower than this share of it is its wrapped tail.
WRAP_TAIL_SHARE = 0.5
#: A short line naming who took part in an event (「林晓出席」, 「何春生致辞」) is a subtitle of its own
#: when at least this many characters — a name — come before the verb: a wrapped tail that merely
#: finishes the verb phrase (「……论坛致」/「贺信」) has none.
PARTICIPANT_NAME_CHARS = 2
#: Headlines are set in a type bigger than the text (1.5–2.5× in the pages we know), so a headline
#: line that fills its measure counts fewer characters than a full column line: from this share of
#: the column's width (em of body type) a headline line may be full.
BIG_TYPE_FULL_SHARE = 0.6
#: A headline line after an unfinished subtitle is its wrapped end when it is at most this share of
#: the subtitle's line wide: the line that wrapped was full, and what it wraps to cannot be wider
#: than the measure, give or take half-width digits and punctuation (0.6 was tried first: it
#: split 「——今年接待游客达」/「一百二十五万人次」; pdfium subtitle F1 0.658 -> 0.721 at 1.2).
SUBTITLE_WRAP_SHARE = 1.2
#: A wrapped subtitle's line with another under it is full: at least this share of the width of
#: the subtitle's line above it (compressed punctuation and half-width digits make full lines of
#: one measure differ by up to a tenth).
SUBTITLE_MIDDLE_FULL_SHARE = 0.8
#: A subtitle line that ends on a closing quote or title mark may still go on in a short tail
#: (「——记县里开展“……”」/「读书月活动」): the quoted name ends, the phrase around it need not.
QUOTED_ENDINGS = ("”", "》")
#: A subtitle that ends with one of these is finished.
SUBTITLE_ENDINGS = ("》", "”", "）", ")", "。")
#: Characters a banner never contains.
BANNER_FORBIDDEN = frozenset("，。、；：！？“”‘’（）《》,.;:!?()")


@dataclass(frozen=True, slots=True)
class Unit:
    """One or more source lines read as a single headline element."""

    role: Role
    lines: tuple[LineInfo, ...]

    @property
    def text(self) -> str:
        if len(self.lines) == 1:
            return self.lines[0].heading_text
        return "".join([line.text for line in self.lines])

    @property
    def width(self) -> float:
        return sum(line.width for line in self.lines)

    @property
    def letter_spaced(self) -> bool:
        return any(line.letter_spaced for line in self.lines)

    @property
    def wide(self) -> bool:
        return any(line.width > line.column_width + 1.5 for line in self.lines)


#: Lines a notice's formal title (「关于……的公告」, up to 40 characters of matter) takes at most: about
#: six em a line in the narrowest column (「关于公开征求」/「《临江县养犬管」/「理规定（征求意」/……).
MAX_NOTICE_TITLE_LINES = 8


def units_of(item: Item, wraps: bool = True) -> list[Unit]:
    """The item's lines as headline units: a headline wrapped over lines is one unit. ``wraps``:
    lines may be a headline's wrapped ones; not in a text never wrapped (segment.unwrapped), where
    each line is an element of its own."""
    units: list[Unit] = []
    pending: list[LineInfo] = []
    notice_tails = _notice_title_tails(item) if wraps else frozenset()
    for k, (line, role) in enumerate(zip(item.lines, item.roles, strict=True)):
        # A box label (简讯) is a headline of its own: never the tail or the start of another.
        if (
            role is Role.HEADING
            and pending
            and not BOX_LABELS & {line.text, pending[-1].text}
            and (line.number in notice_tails or (wraps and _continues(pending[-1], line)))
        ):
            pending.append(line)
            continue
        if (
            role is Role.HEADING
            and not pending
            and units
            and wraps
            and _continues_subtitle(units[-1], line)
            and not _heads_own_lines(units[-1], item, k)
        ):
            units[-1] = Unit(Role.SUBTITLE, (*units[-1].lines, line))
            continue
        if pending:
            units.append(Unit(Role.HEADING, tuple(pending)))
            pending = []
        if role is Role.HEADING:
            pending = [line]
        else:
            units.append(Unit(role, (line,)))
    if pending:
        units.append(Unit(Role.HEADING, tuple(pending)))
    return units


def _continues(prev: LineInfo, line: LineInfo) -> bool:
    """A headline set over two lines: both letter-spaced, the first visibly unfinished, or a short
    tail under a line that fills the headline's measure (「……优化各项服务」/「保障措施」)."""
    if prev.letter_spaced and line.letter_spaced:
        return True
    if line.text.startswith(("（", "(")) and not prev.text.endswith(KICKER_DASH) and not dated_note(line.text):
        return True  # a column tag closing the title: 「临江 小微企业闯新路」/「（乡村振兴一线行）」
    if prev.text.count("（") > prev.text.count("）") and line.text.count("）") > line.text.count("（"):
        return True  # a column tag wrapped: 「……吗？（乡村」/「振兴一线行）」
    if visibly_unfinished(prev, line):
        return True
    return (
        line.number == prev.number + 1  # a title's tail is printed in its block (unitshapes.blocks_apart)
        and prev.width >= BIG_TYPE_FULL_SHARE * prev.column_width
        and line.width < WRAP_TAIL_SHARE * prev.width
        and not line.letter_spaced
        and not prev.text.endswith(KICKER_DASH)
        and not _speech_leads_into(prev, line)
        and not leads_into_lines(prev, line)
        and not complete_above_short(prev, line)
        and not _slogan_line(prev)
    )


def _speech_leads_into(prev: LineInfo, line: LineInfo) -> bool:
    """A full line ending on a verb of speech (「林晓在青石镇调研乡村振兴工作时强调」) leads into the
    title under it, however short that title (「抓实秋粮收储」): it is a kicker, and the short line is no
    wrapped tail of it. A tail that itself ends on such a verb finishes a kicker wrapped before its
    verb (「……作出批示」/「强调」). Seed-1001 pages, pdfium title accuracy 0.8818 -> 0.8834, kicker
    F1 0.8635 -> 0.8672; held-out (seed 1002) title 0.8804 -> 0.8810, subtitle F1 0.8889 -> 0.8914;
    evaluation set unchanged (without the exception for a tail ending on the verb, pdfium title
    0.9230 -> 0.9224)."""
    return KICKER_ENDING.search(prev.text) is not None and KICKER_ENDING.search(line.text) is None


def dated_note(text: str) -> bool:
    """A line opening a bracket that holds a date: the date a speech was given or a law adopted,
    printed in brackets under its title (「在临江县青石镇建镇70年纪念活动中的致辞」/「（2024年3月12日）」).
    It is the title's subtitle, not a column tag closing the title: a column tag names a column,
    never a day. Of the training pages' truths (seeds 1000 and 1001), 3 subtitles stand wholly in
    brackets; no kicker or title does."""
    return text.startswith(("（", "(")) and bool(find_dates(text))


def _slogan_line(line: LineInfo) -> bool:
    """Three or more phrases side by side (「文明你我他 擦亮临江名片 携手奔小康」): a banner, whole
    on its line, whatever short headline stands under it."""
    return line.phrases >= BANNER_MIN_PHRASES_ALONE and is_banner_shaped(Unit(Role.HEADING, (line,)))


#: Characters a figure is written in, and those a figure goes on with after a line break: a year or
#: count written out in Chinese numerals (「……二〇二」/「〇年度……」) or in digits. A line ending on
#: one over a line opening on the other breaks the figure, which no headline element ends or opens
#: with (the numeral 一 opens many words, so only 〇 and digits count as a figure's going on).
FIGURE_CHARACTERS = frozenset("0123456789〇零一二三四五六七八九十百千万")
FIGURE_GOING_ON = frozenset("0123456789〇")


def breaks_figure(prev: LineInfo, line: LineInfo) -> bool:
    """The line break falls inside a figure (「中央机关二〇二」/「〇年度招考……」: the year 二〇二〇)."""
    return prev.text[-1:] in FIGURE_CHARACTERS and line.text[:1] in FIGURE_GOING_ON


def visibly_unfinished(prev: LineInfo, line: LineInfo) -> bool:
    """A headline line that cannot end a headline: it stops mid-clause (，、), on 的/与/在
    (「……科技与」/「发展论坛……」), or inside a word that the next line finishes (「……空气质」/「量情况
    通报」), or the next line opens on a connective that is a word of its own (「……会见来访的省农业」/「和
    农村厅……」: no headline begins so), or inside a figure (breaks_figure). An unclosed bracket was tried as the same cue: evaluation set
    +0.001 title, held-out set subtitle -0.01."""
    return (
        (prev.ends_continuing and not prev.text.endswith(KICKER_LEADS))
        or prev.text[-1:] in OPEN_ENDINGS
        or breaks_word(prev.text, line.text)
        or opens_with_connective(line.text)
        or breaks_figure(prev, line)
    )


def _notice_title_tails(item: Item) -> frozenset[int]:
    """Numbers of the heading lines that go on a notice's formal title begun on a line above: 「关于……」
    over the rest of 「……的公告」, which neither line is alone (「关于临江县城区部分」/「区域临时停水的
    公告」; in a narrow column over as many as MAX_NOTICE_TITLE_LINES). Only a title that closes so
    counts: a line opening 「关于」 may head an essay (「关于乡村振兴的几点思考」)."""
    tails: set[int] = set()
    lines, roles = item.lines, item.roles
    for k, line in enumerate(lines):
        if roles[k] is not Role.HEADING or not line.text.startswith("关于") or is_notice_title(line.text):
            continue
        text = line.text
        for j in range(k + 1, min(len(lines), k + MAX_NOTICE_TITLE_LINES)):
            if roles[j] is not Role.HEADING:
                break
            text += lines[j].text
            if is_formal_notice_title(text):
                tails.update(ln.number for ln in lines[k + 1 : j + 1])
                break
    return frozenset(tails)


def complete_above_short(prev: LineInfo, line: LineInfo) -> bool:
    """A full line over a short one that are two elements, not a title and its wrapped tail: the
    short line names who took part in the upper line's event (「……文化节开幕」/「何春生出席」), a
    subtitle of its own. Left joined, the pair model never sees the two apart."""
    found = PART_TAKEN.search(line.text)
    return found is not None and found.start() >= PARTICIPANT_NAME_CHARS


def _continues_subtitle(previous: Unit, line: LineInfo) -> bool:
    """A long subtitle wraps: its line is unfinished and the next is no wider (「……主」/「题教育」)."""
    if previous.role is not Role.SUBTITLE:
        return False
    last = previous.lines[-1]
    if last.text.endswith(QUOTED_ENDINGS) and line.width < WRAP_TAIL_SHARE * last.width:
        return True
    return line.width < SUBTITLE_WRAP_SHARE * last.width and not last.text.endswith(SUBTITLE_ENDINGS)


def _heads_own_lines(subtitle: Unit, item: Item, index: int) -> bool:
    """The headline line at ``index`` goes on into a headline line of its own below it (a wrapped
    title's tail, ``_continues``) while it falls short of the subtitle's measure: a wrapped
    subtitle fills every line but its last, so a short line that still goes on is another
    headline's first line (「——……部署文化下乡活动」/「青石镇文化站新馆落成」/「开放」), not the
    subtitle's end."""
    line = item.lines[index]
    below = index + 1
    return (
        below < len(item.lines)
        and item.roles[below] is Role.HEADING
        and line.width < SUBTITLE_MIDDLE_FULL_SHARE * subtitle.lines[-1].width
        and _continues(line, item.lines[below])
    )


def leads_into_lines(last: LineInfo, first: LineInfo) -> bool:
    """A plain headline line set tight over a line of two phrases at most half as wide (「……今日在
    城东广场开幕」/「产销对接 助农增收」): a kicker in small type over its main title — not a title wrapping
    onto a short tail, nor a line over a banner. Tight: where blank lines mark blocks, the kicker
    and a banner stand apart alike and the shape alone cannot tell them."""
    tight = first.number == last.number + 1
    return tight and last.phrases < 2 and first.phrases == 2 and first.width < WRAP_TAIL_SHARE * last.width


def is_banner_shaped(unit: Unit) -> bool:
    if unit.role is not Role.HEADING or len(unit.lines) != 1 or unit.letter_spaced:
        return False
    line = unit.lines[0]
    if line.phrases < 2 or BANNER_FORBIDDEN & set(line.text):
        return False
    if min(len(phrase) for phrase in line.heading_text.split()) < BANNER_MIN_PHRASE_CHARS:
        return False  # 「林晓 同志逝世」: a gap the extractor put inside a title, no slogan's
    return line.width / line.phrases >= BANNER_MIN_PHRASE_WIDTH
