"""Headline stacks from heading runs: kicker 引题 / title 主题 / subtitle 副题 / byline, and banners.

Rules:
- Consecutive letter-spaced lines are one title set over several lines (「县 林 业 局 召 开 …」/「推 进 会」).
- A line of three or more space-separated phrases without punctuation is a banner (建设美丽家园 共享
  绿色生活 人人参与植树); so is one of two phrases unless a title follows it in the same run, where
  it is a kicker (新渡口 新气象 / 南北两岸新渡口码头主体完工). A phrased line followed by a
  subtitle or a byline is a title (春耕正当时 干劲正足 / ——…).
- A subtitle (——…) or a byline line closes the stack of the title before it.
- Two headline lines in a row are a kicker and a title when the first looks like a kicker (shorter,
  smaller type than a spaced or wide title, ends in a verb of speech such as 强调); otherwise they
  are the titles of two stacks. How many stacks a run holds can be forced (``demand``) when the
  neighbouring bodies say how many headlines they need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from banmian.fields.wordbreak import breaks_word
from banmian.layout.lines import LineInfo
from banmian.segment.items import Item
from banmian.segment.roles import BOX_LABELS, Role

#: A kicker often ends with the verb that introduces the title's words (县长在河道巡查时强调).
KICKER_ENDING = re.compile(r"(强调|指出|表示|要求|提出|寄语|部署|批示|讲话|指示|时说|发现|看到)$")
KICKER_SPEECH_WEIGHT = 0.6
KICKER_DASH_WEIGHT = 1.0  # 「……集结——」 leads into its title
KICKER_SHORTER_WEIGHT = 0.4
KICKER_PHRASES_WEIGHT = 0.3
#: A plain line over a title of parallel phrases (「……丰收节开幕」/「晒丰收果实 展乡村新貌」)
#: is that title's kicker: main titles are the ones set as paired phrases.
KICKER_OVER_PHRASED_TITLE_WEIGHT = 0.3
KICKER_BIGGER_TITLE_WEIGHT = 0.3
KICKER_SPACED_PENALTY = 0.6
#: Pair two headline lines as kicker + title from this kicker score up.
KICKER_PAIR_SCORE = 0.3
#: Two headline units the page needs in one stack are a kicker and a title from this score: the
#: lines of one wrapped title were joined into one unit already (units_of), so two units that
#: stayed apart are more often kicker and title than a title in two pieces.
FORCED_PAIR_KICKER_SCORE = 0.0
#: From this score a kicker + title pair is kept even when the page seems to want more headlines.
FIRM_KICKER_SCORE = 1.0
#: A banner of two phrases has phrases at least this long (em): shorter pairs are kicker-like
#: parallel phrases (抓党建 促发展).
BANNER_MIN_PHRASE_WIDTH = 3.0
BANNER_MIN_PHRASES_ALONE = 3
#: A kicker may end with a dash that leads into the title below it (……成就展——), or with a colon
#: that gives the speaker of the title's words (「外交部发言人：」); a title breaks after its own
#: colon far more rarely (titles holding a colon are 3% of the corpus's, kickers ending in one 1%
#: of its articles, and a title's break rarely falls right at its colon).
KICKER_DASH = "——"
KICKER_LEADS = (KICKER_DASH, "：")
#: A headline line under a full-measure one and narrower than this share of it is its wrapped tail.
WRAP_TAIL_SHARE = 0.5
#: Headlines are set in a type bigger than the text (1.5–2.5× in the pages we know), so a headline
#: line that fills its measure counts fewer characters than a full column line: from this share of
#: the column's width (em of body type) a headline line may be full.
BIG_TYPE_FULL_SHARE = 0.6
#: A headline line after an unfinished subtitle is its wrapped end when it is at most this share of
#: the subtitle's line wide: the line that wrapped was full, and what it wraps to cannot be wider
#: than the measure, give or take half-width digits and punctuation (0.6 was tried first: it
#: split 「——今年接待游客达」/「一百二十五万人次」; pdfium subtitle F1 0.658 -> 0.721 at 1.2).
SUBTITLE_WRAP_SHARE = 1.2
#: A subtitle that ends with one of these is finished.
SUBTITLE_ENDINGS = ("》", "”", "）", ")", "。")
#: Characters a banner never contains.
BANNER_FORBIDDEN = frozenset("，。、；：！？“”‘’（）《》,.;:!?()")

# Two headline units left apart by ``units_of`` and set one above the other in one stack are read
# three ways: a kicker over its title, one title wrapped over two lines, or a title over a plain
# subtitle (副题 without a dash). Each cue adds its weight, in log-odds, to one reading against
# kicker + title. The weights are a multinomial logistic fit (L2 0.002) on the two-unit groups
# this module meets on the generator's training pages (seeds 1000 and 1001, pdfium and
# pdftotext: 1,137 + 583 groups labelled by the truth's kicker, title and subtitle), rounded to
# 0.1; it reads 78% of them right where always reading kicker + title reads 59%. Only cues that
# hold of newspaper headlines generally are used.
#: Wrapped title against kicker + title when no cue speaks (measured +0.1: about even).
WRAP_BIAS = 0.1
#: A title over a plain subtitle is rarer than a kicker over its title (measured -1.6).
SUBTITLE_BIAS = -1.6
#: A first unit ending in a verb of speech, a dash or a colon leads into the title (-3.5, -3.2).
WRAP_LEAD_WEIGHT = -3.5
SUBTITLE_LEAD_WEIGHT = -3.2
#: A second line of paired phrases under a plain one is the main title (-2.2, -0.5).
WRAP_PHRASED_SECOND_WEIGHT = -2.2
SUBTITLE_PHRASED_SECOND_WEIGHT = -0.5
#: A phrased first line over a plain one is a title, not a kicker, when a plain line follows it
#: that is no wrap of it: its subtitle (-1.2 for title + subtitle).
SUBTITLE_PHRASED_FIRST_WEIGHT = -1.2
#: Widths of the second line's widest line over the first's. A wrapped title's second line is no
#: wider than its first, which filled the measure: above this ratio (-1.0 wrapped, +0.6 subtitle,
#: which is set smaller and so holds more characters).
WIDER_SECOND_RATIO = 1.2
WRAP_WIDER_SECOND_WEIGHT = -1.0
SUBTITLE_WIDER_SECOND_WEIGHT = 0.6
#: Lines of about equal width (ratio within these bounds) are the halves of one title (+0.8).
BALANCED_RATIO = (0.8, 1.05)
WRAP_BALANCED_WEIGHT = 0.8
#: A second line under this share of the first: a long kicker (smaller type) over a short title
#: (-0.8 wrapped, -0.6 subtitle; short wrapped tails were joined by ``units_of`` already).
TAIL_RATIO = 0.5
WRAP_TAIL_WEIGHT = -0.8
SUBTITLE_TAIL_WEIGHT = -0.6
#: A second line at TAIL_RATIO to this share of the first, likewise (-1.0, -0.3).
SHORTER_SECOND_RATIO = 0.8
WRAP_SHORTER_SECOND_WEIGHT = -1.0
SUBTITLE_SHORTER_SECOND_WEIGHT = -0.3
#: A comma or enumeration mark in the first unit: kickers are clauses; a title rarely holds a
#: comma before its break, nor one over its subtitle (-1.6, -1.7).
CLAUSE_MARKS = frozenset("，、；,;")
WRAP_FIRST_CLAUSE_WEIGHT = -1.6
SUBTITLE_FIRST_CLAUSE_WEIGHT = -1.7
#: A clause in the second unit: a title's own clause or a subtitle's, not a wrap (-1.3, +0.4).
WRAP_SECOND_CLAUSE_WEIGHT = -1.3
SUBTITLE_SECOND_CLAUSE_WEIGHT = 0.4
#: A line of this many characters or more (CJK) is small type, a kicker or subtitle: display type
#: holds fewer characters a line. First unit (-1.9 wrapped, -1.1 subtitle); second unit (-1.3
#: wrapped, +1.0 subtitle).
LONG_LINE_CHARS = 18
WRAP_LONG_FIRST_WEIGHT = -1.9
SUBTITLE_LONG_FIRST_WEIGHT = -1.1
WRAP_LONG_SECOND_WEIGHT = -1.3
SUBTITLE_LONG_SECOND_WEIGHT = 1.0
#: A second line of this many characters or fewer is a wrapped tail (+0.8).
SHORT_TAIL_CHARS = 3
WRAP_SHORT_TAIL_WEIGHT = 0.8
#: Figures belong to subtitles, which give the details (+0.6).
FIGURES = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿]")
SUBTITLE_FIGURES_WEIGHT = 0.6
#: A first unit that opens a quotation or bracket and does not close it breaks inside the title
#: (「……请带上“文明」/「”这个行囊」): no kicker ends inside a quotation (+3.1, +1.2).
OPENERS = "“‘（《(「"
CLOSERS = "”’）》)」"
WRAP_UNCLOSED_WEIGHT = 3.1
SUBTITLE_UNCLOSED_WEIGHT = 1.2
#: A second unit ending with a bracketed column tag (「（经济聚焦）」) is a title line: the tag goes
#: with the main title, not the subtitle (+0.7 wrapped, -2.3 subtitle).
WRAP_TAGGED_WEIGHT = 0.7
SUBTITLE_TAGGED_WEIGHT = -2.3


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


@dataclass(frozen=True, slots=True)
class Stack:
    kicker: Unit | None
    title: Unit | None
    subtitle: Unit | None
    bylines: tuple[Unit, ...]
    confidence: float

    @property
    def first_line(self) -> int:
        parts = [u for u in (self.kicker, self.title, self.subtitle, *self.bylines) if u is not None]
        return min(u.lines[0].number for u in parts)


@dataclass(frozen=True, slots=True)
class HeadParse:
    stacks: tuple[Stack, ...]
    banners: tuple[Unit, ...]
    #: Fewest and most stacks the run could hold; ``demand`` is clamped to this range.
    min_stacks: int
    max_stacks: int


def units_of(item: Item) -> list[Unit]:
    units: list[Unit] = []
    pending: list[LineInfo] = []
    for line, role in zip(item.lines, item.roles, strict=True):
        # A box label (简讯) is a headline of its own: never the tail or the start of another.
        if role is Role.HEADING and pending and not BOX_LABELS & {line.text, pending[-1].text} and _continues(pending[-1], line):
            pending.append(line)
            continue
        if role is Role.HEADING and not pending and units and _continues_subtitle(units[-1], line):
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
    if line.text.startswith(("（", "(")) and not prev.text.endswith(KICKER_DASH):
        return True  # a column tag closing the title: 「临江 小微企业闯新路」/「（乡村振兴一线行）」
    if prev.ends_continuing and not prev.text.endswith(KICKER_LEADS):
        return True
    if breaks_word(prev.text, line.text):
        return True  # a headline ends where its words end: 「……空气质」/「量情况通报」 is one title
    return (
        prev.width >= BIG_TYPE_FULL_SHARE * prev.column_width
        and line.width < WRAP_TAIL_SHARE * prev.width
        and not line.letter_spaced
        and not prev.text.endswith(KICKER_DASH)
    )


def _continues_subtitle(previous: Unit, line: LineInfo) -> bool:
    """A long subtitle wraps: its line is unfinished and the next is no wider (「……主」/「题教育」)."""
    if previous.role is not Role.SUBTITLE:
        return False
    last = previous.lines[-1]
    return line.width < SUBTITLE_WRAP_SHARE * last.width and not last.text.endswith(SUBTITLE_ENDINGS)


def is_banner_shaped(unit: Unit) -> bool:
    if unit.role is not Role.HEADING or len(unit.lines) != 1 or unit.letter_spaced:
        return False
    line = unit.lines[0]
    if line.phrases < 2 or BANNER_FORBIDDEN & set(line.text):
        return False
    return line.width / line.phrases >= BANNER_MIN_PHRASE_WIDTH


def kicker_score(kicker: Unit, title: Unit) -> float:
    score = 0.0
    if kicker.text.endswith(KICKER_LEADS):
        score += KICKER_DASH_WEIGHT
    if KICKER_ENDING.search(kicker.text):
        score += KICKER_SPEECH_WEIGHT
    if kicker.width < title.width:
        score += KICKER_SHORTER_WEIGHT
    if kicker.lines[0].phrases >= 2:
        score += KICKER_PHRASES_WEIGHT
    elif title.lines[0].phrases >= 2:
        score += KICKER_OVER_PHRASED_TITLE_WEIGHT
    if (title.letter_spaced or title.wide) and not (kicker.letter_spaced or kicker.wide):
        score += KICKER_BIGGER_TITLE_WEIGHT
    if kicker.letter_spaced and not title.letter_spaced:
        score -= KICKER_SPACED_PENALTY
    return score


class Reading(StrEnum):
    """How two headline units of one stack divide into its fields."""

    KICKER_TITLE = "kicker_title"
    WRAPPED_TITLE = "wrapped_title"
    TITLE_SUBTITLE = "title_subtitle"


def pair_reading(first: Unit, second: Unit) -> Reading:
    """The likeliest reading of two units in one stack. A plain subtitle (副题 without a dash) is
    told from a kicker only by its shape: longer, with figures, under a title that is no clause."""
    wrapped, subtitle = _pair_scores(first, second)
    if wrapped <= 0 and subtitle <= 0:
        return Reading.KICKER_TITLE
    return Reading.WRAPPED_TITLE if wrapped >= subtitle else Reading.TITLE_SUBTITLE


def _pair_scores(first: Unit, second: Unit) -> tuple[float, float]:
    """Log-odds of (wrapped title, title + subtitle) against kicker + title."""
    top = max(first.lines, key=lambda ln: ln.width)
    low = max(second.lines, key=lambda ln: ln.width)
    wrapped, subtitle = WRAP_BIAS, SUBTITLE_BIAS
    for cue, (to_wrapped, to_subtitle) in _pair_cues(first, second, top, low):
        if cue:
            wrapped += to_wrapped
            subtitle += to_subtitle
    return wrapped, subtitle


def _pair_cues(
    first: Unit, second: Unit, top: LineInfo, low: LineInfo
) -> tuple[tuple[bool, tuple[float, float]], ...]:
    """Each cue with its (wrapped, subtitle) weights."""
    ratio = low.width / max(top.width, 0.5)
    opened = sum(first.text.count(c) for c in OPENERS) > sum(first.text.count(c) for c in CLOSERS)
    return (
        (
            first.text.endswith(KICKER_LEADS) or bool(KICKER_ENDING.search(first.text)),
            (WRAP_LEAD_WEIGHT, SUBTITLE_LEAD_WEIGHT),
        ),
        (low.phrases >= 2 and top.phrases < 2, (WRAP_PHRASED_SECOND_WEIGHT, SUBTITLE_PHRASED_SECOND_WEIGHT)),
        (top.phrases >= 2 and low.phrases < 2, (0.0, SUBTITLE_PHRASED_FIRST_WEIGHT)),
        (ratio > WIDER_SECOND_RATIO, (WRAP_WIDER_SECOND_WEIGHT, SUBTITLE_WIDER_SECOND_WEIGHT)),
        (BALANCED_RATIO[0] <= ratio <= BALANCED_RATIO[1], (WRAP_BALANCED_WEIGHT, 0.0)),
        (ratio < TAIL_RATIO, (WRAP_TAIL_WEIGHT, SUBTITLE_TAIL_WEIGHT)),
        (
            TAIL_RATIO <= ratio < SHORTER_SECOND_RATIO,
            (WRAP_SHORTER_SECOND_WEIGHT, SUBTITLE_SHORTER_SECOND_WEIGHT),
        ),
        (bool(CLAUSE_MARKS & set(first.text)), (WRAP_FIRST_CLAUSE_WEIGHT, SUBTITLE_FIRST_CLAUSE_WEIGHT)),
        (bool(CLAUSE_MARKS & set(second.text)), (WRAP_SECOND_CLAUSE_WEIGHT, SUBTITLE_SECOND_CLAUSE_WEIGHT)),
        (top.cjk >= LONG_LINE_CHARS, (WRAP_LONG_FIRST_WEIGHT, SUBTITLE_LONG_FIRST_WEIGHT)),
        (low.cjk >= LONG_LINE_CHARS, (WRAP_LONG_SECOND_WEIGHT, SUBTITLE_LONG_SECOND_WEIGHT)),
        (low.cjk <= SHORT_TAIL_CHARS, (WRAP_SHORT_TAIL_WEIGHT, 0.0)),
        (bool(FIGURES.search(second.text)), (0.0, SUBTITLE_FIGURES_WEIGHT)),
        (opened, (WRAP_UNCLOSED_WEIGHT, SUBTITLE_UNCLOSED_WEIGHT)),
        (second.text.endswith(("）", ")")), (WRAP_TAGGED_WEIGHT, SUBTITLE_TAGGED_WEIGHT)),
    )


def parse_heads(item: Item, demand: int | None = None) -> HeadParse:
    units = units_of(item)
    banners, rest = _split_banners(units)
    segments = _segments(rest)
    groups_per_segment = [_default_groups(seg) for seg in segments]
    min_stacks = sum(1 for seg in segments if _heads(seg))
    max_stacks = sum(len(_heads(seg)) for seg in segments)
    if demand is not None:
        target = max(min_stacks, min(max_stacks, demand))
        groups_per_segment = _reach(segments, groups_per_segment, target)
    stacks: list[Stack] = []
    for seg, groups in zip(segments, groups_per_segment, strict=True):
        stacks.extend(_stacks_of(seg, groups))
    return HeadParse(tuple(stacks), tuple(banners), min_stacks, max_stacks)


def _split_banners(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    banners: list[Unit] = []
    rest: list[Unit] = []
    for k, unit in enumerate(units):
        if is_banner_shaped(unit):
            nxt = units[k + 1] if k + 1 < len(units) else None
            if nxt is not None and nxt.role is not Role.HEADING:
                rest.append(unit)  # a subtitle or byline follows: this is a title
                continue
            title_follows = nxt is not None and not is_banner_shaped(nxt)
            if unit.lines[0].phrases >= BANNER_MIN_PHRASES_ALONE or not title_follows:
                banners.append(unit)
                continue
        rest.append(unit)
    return banners, rest


def _segments(units: list[Unit]) -> list[list[Unit]]:
    """Cut after every byline, after a subtitle not followed by a byline, and around a box label
    (简讯 heads its box alone: never a kicker, nor merged into a title)."""
    segments: list[list[Unit]] = []
    current: list[Unit] = []
    for k, unit in enumerate(units):
        boxed = unit.text in BOX_LABELS or (current and current[-1].text in BOX_LABELS)
        if unit.role is Role.HEADING and current and (current[-1].role is not Role.HEADING or boxed):
            segments.append(current)
            current = []
        current.append(unit)
        nxt = units[k + 1] if k + 1 < len(units) else None
        if unit.role is Role.BYLINE and (nxt is None or nxt.role is not Role.BYLINE):
            segments.append(current)
            current = []
    if current:
        segments.append(current)
    # A lone subtitle or byline without a headline before it belongs to the previous segment.
    merged: list[list[Unit]] = []
    for seg in segments:
        if merged and not _heads(seg):
            merged[-1].extend(seg)
        else:
            merged.append(seg)
    return merged


def _heads(segment: list[Unit]) -> list[Unit]:
    return [u for u in segment if u.role is Role.HEADING]


def _default_groups(segment: list[Unit]) -> list[int]:
    """Sizes of the headline groups (1 = title, 2 = kicker + title) of a segment, front to back."""
    heads = _heads(segment)
    sizes: list[int] = []
    k = 0
    while k < len(heads):
        if k + 1 < len(heads) and kicker_score(heads[k], heads[k + 1]) >= KICKER_PAIR_SCORE:
            sizes.append(2)
            k += 2
        else:
            sizes.append(1)
            k += 1
    return sizes


def _reach(segments: list[list[Unit]], groups: list[list[int]], target: int) -> list[list[int]]:
    """Merge or split groups until the run holds ``target`` stacks."""
    groups = [list(g) for g in groups]
    while sum(len(g) for g in groups) > target:
        seg_index = max(range(len(groups)), key=lambda s: len(groups[s]))
        g = groups[seg_index]
        if len(g) < 2:
            break
        g[-2:] = [g[-2] + g[-1]]
    while sum(len(g) for g in groups) < target:
        candidates = [
            (s, j)
            for s, g in enumerate(groups)
            for j, size in enumerate(g)
            if size > 1 and not _firm_pair(segments[s], g, j)
        ]
        if not candidates:
            break
        s, j = candidates[0]
        size = groups[s][j]
        groups[s][j : j + 1] = [1, size - 1]
    return groups


def _firm_pair(segment: list[Unit], sizes: list[int], index: int) -> bool:
    """A kicker + title pair with strong evidence (a leading dash, a verb of speech) is not split."""
    heads = _heads(segment)
    start = sum(sizes[:index])
    return sizes[index] == 2 and kicker_score(heads[start], heads[start + 1]) >= FIRM_KICKER_SCORE


def _stacks_of(segment: list[Unit], groups: list[int]) -> list[Stack]:
    heads = _heads(segment)
    extras = [u for u in segment if u.role is not Role.HEADING]
    # Subtitle lines the units did not join (a second dash line) are still the one subtitle's.
    subtitle_lines = tuple(ln for u in extras if u.role is Role.SUBTITLE for ln in u.lines)
    subtitle = Unit(Role.SUBTITLE, subtitle_lines) if subtitle_lines else None
    bylines = tuple(u for u in extras if u.role is Role.BYLINE)
    stacks: list[Stack] = []
    k = 0
    for n, size in enumerate(groups):
        members = heads[k : k + size]
        k += size
        last = n == len(groups) - 1
        own_subtitle = subtitle if last else None
        kicker, title, plain = _fields(members, own_subtitle is None)
        confidence = 0.9 if size == 1 else min(0.95, 0.6 + kicker_score(members[0], members[-1]) / 2)
        stacks.append(Stack(kicker, title, plain or own_subtitle, bylines if last else (), confidence))
    if not stacks and (subtitle or bylines):
        stacks.append(Stack(None, None, subtitle, bylines, 0.5))
    return stacks


def _fields(members: list[Unit], subtitle_free: bool) -> tuple[Unit | None, Unit, Unit | None]:
    """Kicker, title and plain subtitle of a group; two units go by ``pair_reading``, and a plain
    subtitle only where the stack has no dashed one."""
    # A banner-shaped first unit stays a kicker: the page plan may read it as a banner (assign).
    if (
        len(members) == 2
        and kicker_score(members[0], members[1]) < FIRM_KICKER_SCORE
        and not is_banner_shaped(members[0])
    ):
        reading = pair_reading(members[0], members[1])
        if reading is Reading.TITLE_SUBTITLE and not subtitle_free:
            reading = Reading.KICKER_TITLE
        if reading is Reading.WRAPPED_TITLE:
            return None, _joined(members), None
        if reading is Reading.TITLE_SUBTITLE:
            return None, members[0], Unit(Role.SUBTITLE, members[1].lines)
    if len(members) == 3 and pair_reading(members[1], members[2]) is Reading.WRAPPED_TITLE:
        title = _joined(members[1:])
        if pair_reading(members[0], title) is Reading.KICKER_TITLE:
            return members[0], title, None
    kicker, title = _kicker_title(members)
    return kicker, title, None


def _joined(members: list[Unit]) -> Unit:
    return Unit(Role.HEADING, tuple(ln for u in members for ln in u.lines))


def _kicker_title(members: list[Unit]) -> tuple[Unit | None, Unit]:
    if len(members) == 1:
        return None, members[0]
    if len(members) == 2 and kicker_score(members[0], members[1]) >= FORCED_PAIR_KICKER_SCORE:
        return members[0], members[1]
    if kicker_score(members[0], members[1]) >= KICKER_PAIR_SCORE:
        return members[0], _joined(members[1:])
    return None, _joined(members)
