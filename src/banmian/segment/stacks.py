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

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from banmian.fields.wordbreak import breaks_word
from banmian.layout.lines import LineInfo
from banmian.segment.items import Item
from banmian.segment.linefeatures import KICKER_DASH
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
#: Every phrase of a slogan banner is a word group of at least this many characters (节约用水,
#: 绿色出行); a "phrase" of one or two is a piece of a title that the extractor spaced apart.
BANNER_MIN_PHRASE_CHARS = 3
BANNER_MIN_PHRASES_ALONE = 3
#: A kicker may end with a dash that leads into the title below it (……成就展——), or with a colon
#: that gives the speaker of the title's words (「县气象台首席预报员：」); a title breaks after its own
#: colon far more rarely (titles holding a colon are 3% of the corpus's, kickers ending in one 1%
#: of its articles, and a title's break rarely falls right at its colon).
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
# subtitle (副题 without a dash). Each cue below that holds adds its weight, in log-odds, to one
# reading against kicker + title. Which cue holds is decided here; the weights are learned: a
# multinomial logistic fit on the two-unit groups this module meets on the generator's training
# pages, shipped in ``stack_model.json`` beside this module and refitted with ``python -m
# banmian.eval.train_stacks`` (same pages, same weights). Only cues that hold of newspaper headlines
# generally are used.
#: Widths of the second line's widest line over the first's. A wrapped title's second line is no
#: wider than its first, which filled the measure: above this ratio it is no wrap, rather a
#: subtitle, which is set smaller and so holds more characters.
WIDER_SECOND_RATIO = 1.2
#: Lines of about equal width (ratio within these bounds) are the halves of one title.
BALANCED_RATIO = (0.8, 1.05)
#: A second line under this share of the first: a long kicker (smaller type) over a short title
#: (short wrapped tails were joined by ``units_of`` already).
TAIL_RATIO = 0.5
#: A second line at TAIL_RATIO to this share of the first, likewise.
SHORTER_SECOND_RATIO = 0.8
#: A comma or enumeration mark in the first unit: kickers are clauses; a title rarely holds a
#: comma before its break, nor one over its subtitle. In the second unit: a title's own clause or
#: a subtitle's, not a wrap.
CLAUSE_MARKS = frozenset("，、；,;")
#: A line of this many characters or more (CJK) is small type, a kicker or subtitle: display type
#: holds fewer characters a line.
LONG_LINE_CHARS = 18
#: A second line of this many characters or fewer is a wrapped tail.
SHORT_TAIL_CHARS = 3
#: Figures belong to subtitles, which give the details.
FIGURES = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿]")
#: A first unit that opens a quotation or bracket and does not close it breaks inside the title
#: (「全县开展“清洁」/「家园”行动」): no kicker ends inside a quotation.
OPENERS = "“‘（《(「"
CLOSERS = "”’）》)」"
#: A second unit ending with a bracketed column tag (「（经济聚焦）」) is a title line: the tag goes
#: with the main title, not the subtitle.
TAG_ENDINGS = ("）", ")")


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
        and not _leads_into_lines(prev, line)
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
    if min(len(phrase) for phrase in line.heading_text.split()) < BANNER_MIN_PHRASE_CHARS:
        return False  # 「林晓 同志逝世」: a gap the extractor put inside a title, no slogan's
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


#: The cues of ``pair_cues``, in its order: the names of the weights in ``stack_model.json``,
#: shared by inference and training (eval.train_stacks).
PAIR_CUES: tuple[str, ...] = (
    "lead",
    "phrased_second",
    "phrased_first",
    "wider_second",
    "balanced",
    "tail",
    "shorter_second",
    "first_clause",
    "second_clause",
    "long_first",
    "long_second",
    "short_tail",
    "figures",
    "unclosed",
    "tagged",
)
#: Cues that say nothing about one reading: their weight for it is held at 0 in the fit. A phrased
#: first line and figures are told of a subtitle, not of a title's wrap (a wrapped title may hold
#: phrases or figures in either half); equal widths and a tail of a few characters are told of a
#: wrap, not of a subtitle.
SILENT_CUES: frozenset[tuple[str, Reading]] = frozenset(
    {
        ("phrased_first", Reading.WRAPPED_TITLE),
        ("figures", Reading.WRAPPED_TITLE),
        ("balanced", Reading.TITLE_SUBTITLE),
        ("short_tail", Reading.TITLE_SUBTITLE),
    }
)
STACK_MODEL_FILE = "stack_model.json"
#: Bumped when the file's layout changes; a file of another format is refused, not misread.
STACK_MODEL_FORMAT = 1
#: The readings the weights speak for, in the order of each weight pair; kicker + title is the
#: reading they are log-odds against.
SCORED_READINGS: tuple[Reading, Reading] = (Reading.WRAPPED_TITLE, Reading.TITLE_SUBTITLE)


class StackModelError(ValueError):
    """The stack model file is missing or does not fit this code (another format or other cues)."""


@dataclass(frozen=True, slots=True)
class PairWeights:
    """Log-odds of (wrapped title, title + subtitle) against kicker + title: with no cue, and for
    each cue of ``PAIR_CUES`` in its order."""

    bias: tuple[float, float]
    cues: tuple[tuple[float, float], ...]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> PairWeights:
        """Refuses a file of another format, readings or cues rather than misread it."""
        if not isinstance(data, Mapping):
            raise StackModelError(f"stack model is a {type(data).__name__}, expected an object")
        if data.get("format") != STACK_MODEL_FORMAT:
            raise StackModelError(f"stack model format {data.get('format')!r}, expected {STACK_MODEL_FORMAT}")
        readings = tuple(data.get("readings", ()))
        if readings != tuple(r.value for r in SCORED_READINGS):
            raise StackModelError(f"stack model readings {list(readings)!r}, expected {[r.value for r in SCORED_READINGS]!r}")
        weights = data.get("weights")
        if not isinstance(weights, Mapping) or set(weights) != set(PAIR_CUES):
            names = set(weights) if isinstance(weights, Mapping) else set()
            missing = sorted(set(PAIR_CUES) - names)
            extra = sorted(names - set(PAIR_CUES))
            raise StackModelError(
                f"stack model cues differ from segment.stacks.PAIR_CUES (missing {missing}, unknown {extra}): retrain it"
                " with python -m banmian.eval.train_stacks"
            )
        return cls(_pair(data.get("bias"), "bias"), tuple(_pair(weights[name], name) for name in PAIR_CUES))

    def scores(self, cues: tuple[bool, ...]) -> tuple[float, float]:
        """Log-odds of (wrapped title, title + subtitle) against kicker + title, given which cues
        of ``PAIR_CUES`` hold (``pair_cues``)."""
        wrapped, subtitle = self.bias
        for cue, (to_wrapped, to_subtitle) in zip(cues, self.cues, strict=True):
            if cue:
                wrapped += to_wrapped
                subtitle += to_subtitle
        return wrapped, subtitle

    def reading(self, cues: tuple[bool, ...]) -> Reading:
        """The likeliest reading: kicker + title unless another scores above it."""
        wrapped, subtitle = self.scores(cues)
        if wrapped <= 0 and subtitle <= 0:
            return Reading.KICKER_TITLE
        return Reading.WRAPPED_TITLE if wrapped >= subtitle else Reading.TITLE_SUBTITLE


def _pair(value: Any, name: str) -> tuple[float, float]:
    if not isinstance(value, list | tuple) or len(value) != 2 or not all(isinstance(v, int | float) for v in value):
        raise StackModelError(f"stack model weights of {name!r}: {value!r}, expected two numbers")
    return float(value[0]), float(value[1])


@cache
def pair_weights() -> PairWeights:
    """The shipped weights, read once per process."""
    try:
        text = resources.files("banmian.segment").joinpath(STACK_MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise StackModelError(
            f"stack model {STACK_MODEL_FILE} is missing from banmian.segment: reinstall the package or"
            " train it with python -m banmian.eval.train_stacks"
        ) from exc
    return PairWeights.from_data(json.loads(text))


def pair_reading(first: Unit, second: Unit, weights: PairWeights | None = None) -> Reading:
    """The likeliest reading of two units in one stack, by the shipped weights unless others are
    given. A plain subtitle (副题 without a dash) is told from a kicker only by its shape: longer,
    with figures, under a title that is no clause."""
    return (weights or pair_weights()).reading(pair_cues(first, second))


def pair_cues(first: Unit, second: Unit) -> tuple[bool, ...]:
    """Which cue of ``PAIR_CUES`` holds, in its order; widths and characters are those of each
    unit's widest line."""
    top = max(first.lines, key=lambda ln: ln.width)
    low = max(second.lines, key=lambda ln: ln.width)
    ratio = low.width / max(top.width, 0.5)
    opened = sum(first.text.count(c) for c in OPENERS) > sum(first.text.count(c) for c in CLOSERS)
    return (
        # A first unit ending in a verb of speech, a dash or a colon leads into its title.
        first.text.endswith(KICKER_LEADS) or bool(KICKER_ENDING.search(first.text)),
        # A second line of paired phrases under a plain one is the main title.
        low.phrases >= 2 and top.phrases < 2,
        # A phrased first line over a plain one is a title; the plain line after it, its subtitle.
        top.phrases >= 2 and low.phrases < 2,
        ratio > WIDER_SECOND_RATIO,
        BALANCED_RATIO[0] <= ratio <= BALANCED_RATIO[1],
        ratio < TAIL_RATIO,
        TAIL_RATIO <= ratio < SHORTER_SECOND_RATIO,
        bool(CLAUSE_MARKS & set(first.text)),
        bool(CLAUSE_MARKS & set(second.text)),
        top.cjk >= LONG_LINE_CHARS,
        low.cjk >= LONG_LINE_CHARS,
        low.cjk <= SHORT_TAIL_CHARS,
        bool(FIGURES.search(second.text)),
        opened,
        second.text.endswith(TAG_ENDINGS),
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


def _leads_into(kicker: Unit, title: Unit) -> bool:
    return _leads_into_lines(kicker.lines[-1], title.lines[0])


def _leads_into_lines(last: LineInfo, first: LineInfo) -> bool:
    """A plain headline line set tight over a line of two phrases at most half as wide (「……今日在
    城东广场开幕」/「产销对接 助农增收」): a kicker in small type over its main title — not a title wrapping
    onto a short tail, nor a line over a banner. Tight: where blank lines mark blocks, the kicker
    and a banner stand apart alike and the shape alone cannot tell them."""
    tight = first.number == last.number + 1
    return tight and last.phrases < 2 and first.phrases == 2 and first.width < WRAP_TAIL_SHARE * last.width


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
            prev = units[k - 1] if k > 0 else None
            under_kicker = prev is not None and prev.role is Role.HEADING and not is_banner_shaped(prev) and _leads_into(prev, unit)
            if (unit.lines[0].phrases >= BANNER_MIN_PHRASES_ALONE or not title_follows) and not under_kicker:
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
    # As many dash subtitles apart as titles: the headlines of side-by-side articles printed in a
    # row (pdftotext), each title with its own subtitle, no kicker among them.
    one_each = len(heads) == len(_subtitle_units(segment)) > 1
    sizes: list[int] = []
    k = 0
    while k < len(heads):
        if not one_each and k + 1 < len(heads) and kicker_score(heads[k], heads[k + 1]) >= KICKER_PAIR_SCORE:
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
    subtitles = _subtitle_units(segment)
    # One subtitle to each group, in order, where there are as many; otherwise all are the last
    # group's (a subtitle whose second line the units did not join is still that one subtitle).
    paired = len(subtitles) == len(groups) > 1
    subtitle_lines = tuple(ln for u in subtitles for ln in u.lines)
    subtitle = Unit(Role.SUBTITLE, subtitle_lines) if subtitle_lines else None
    bylines = tuple(u for u in extras if u.role is Role.BYLINE)
    stacks: list[Stack] = []
    k = 0
    for n, size in enumerate(groups):
        members = heads[k : k + size]
        k += size
        last = n == len(groups) - 1
        own_subtitle = subtitles[n] if paired else (subtitle if last else None)
        kicker, title, plain = _fields(members, own_subtitle is None)
        confidence = 0.9 if size == 1 else min(0.95, 0.6 + kicker_score(members[0], members[-1]) / 2)
        stacks.append(Stack(kicker, title, plain or own_subtitle, bylines if last else (), confidence))
    if not stacks and (subtitle or bylines):
        stacks.append(Stack(None, None, subtitle, bylines, 0.5))
    return stacks


def _subtitle_units(segment: list[Unit]) -> list[Unit]:
    return [u for u in segment if u.role is Role.SUBTITLE]


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
