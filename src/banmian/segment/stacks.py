"""Headline stacks from heading runs: kicker 引题 / title 主题 / subtitle 副题 / byline, and banners.

Rules:
- Consecutive letter-spaced lines are one title set over several lines (「县 林 业 局 召 开 …」/「推 进 会」).
- A line of three or more space-separated phrases without punctuation is a banner (建设美丽家园 共享
  绿色生活 人人参与植树); so is one of two phrases unless a title follows it in the same run, where
  it is a kicker (新渡口 新气象 / 南北两岸新渡口码头主体完工). A phrased line followed by a
  subtitle or a byline is a title (春耕正当时 干劲正足 / ——…); so is a two-phrase line ending a
  run set tight (no blank line) over a body that opens with its byline (本报讯……). Measured on the 200-page
  evaluation set, such lines are titles 71 times and banners 4; with three phrases or more, 20
  and 6, so those stay banners. One that no body takes is a banner after all (segment.assign).
- A subtitle (——…) or a byline line closes the stack of the title before it.
- Two headline lines in a row are a kicker and a title when the first looks like a kicker (shorter,
  smaller type than a spaced or wide title, ends in a verb of speech such as 强调); otherwise they
  are the titles of two stacks. How many stacks a run holds can be forced (``demand``) when the
  neighbouring bodies say how many headlines they need.
- The units of one stack divide into kicker, title and plain subtitle by learned weights
  (``segment.headpairs``), except a short line naming who took part in the title's event
  (「何春生出席」), which is the title's subtitle.
"""

from __future__ import annotations

from dataclasses import dataclass

from banmian.fields.wordbreak import breaks_word
from banmian.layout.lines import LineInfo
from banmian.segment.headpairs import (
    KICKER_ENDING,
    KICKER_LEADS,
    OPEN_ENDINGS,
    PART_TAKEN,
    Reading,
    pair_cues,
    pair_reading,
    pair_weights,
)
from banmian.segment.items import Item
from banmian.segment.linefeatures import KICKER_DASH
from banmian.segment.roles import BOX_LABELS, Role

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
#: A group of this many units or more is divided break by break (``_divide``): two units are read
#: as a pair, with their own rules for a banner-shaped or firm kicker.
DIVIDED_MEMBERS = 3
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
    if visibly_unfinished(prev, line):
        return True
    return (
        prev.width >= BIG_TYPE_FULL_SHARE * prev.column_width
        and line.width < WRAP_TAIL_SHARE * prev.width
        and not line.letter_spaced
        and not prev.text.endswith(KICKER_DASH)
        and not _leads_into_lines(prev, line)
        and not _complete_above_short(prev, line)
        and not _slogan_line(prev)
    )


def _slogan_line(line: LineInfo) -> bool:
    """Three or more phrases side by side (「文明你我他 守护绿水青山 携手奔小康」): a banner, whole
    on its line, whatever short headline stands under it."""
    return line.phrases >= BANNER_MIN_PHRASES_ALONE and is_banner_shaped(Unit(Role.HEADING, (line,)))


def visibly_unfinished(prev: LineInfo, line: LineInfo) -> bool:
    """A headline line that cannot end a headline: it stops mid-clause (，、), on 的/与/在
    (「……科技与」/「发展论坛……」), or inside a word that the next line finishes (「……空气质」/「量情况
    通报」). An unclosed bracket was tried as the same cue: evaluation set +0.001 title, held-out
    set subtitle -0.01."""
    return (
        (prev.ends_continuing and not prev.text.endswith(KICKER_LEADS))
        or prev.text[-1:] in OPEN_ENDINGS
        or breaks_word(prev.text, line.text)
    )


def _complete_above_short(prev: LineInfo, line: LineInfo) -> bool:
    """A full line over a short one that are two elements, not a title and its wrapped tail: the
    short line names who took part in the upper line's event (「……文化节开幕」/「何春生出席」), a
    subtitle of its own. Left joined, the pair model never sees the two apart."""
    found = PART_TAKEN.search(line.text)
    return found is not None and found.start() >= PARTICIPANT_NAME_CHARS


def _participants_below(first: Unit, second: Unit) -> bool:
    """A short line under a title that names who took part in its event (「……研讨会举行」/「何春生出
    席」) is the title's subtitle: ``units_of`` kept it from being the title's wrapped tail for the
    same reason (``_complete_above_short``), and no kicker stands over so short a title. Of the
    training pages' two-unit groups (seeds 1000 and 1001) of this shape that the truth reads, all
    15 are a title over its subtitle; the pair weights, with few such groups to learn from, read
    some as one wrapped title."""
    widest = max(line.width for line in first.lines)
    return (
        len(second.lines) == 1
        and second.width < WRAP_TAIL_SHARE * widest
        and _complete_above_short(first.lines[-1], second.lines[0])
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


def parse_heads(item: Item, demand: int | None = None, byline_below: bool = False) -> HeadParse:
    """``byline_below``: the text right after the run opens with a byline (本报讯……), so the
    run's last line heads that article and is no banner."""
    units = units_of(item)
    banners, rest = _split_banners(units, byline_below)
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


def _split_banners(units: list[Unit], byline_below: bool) -> tuple[list[Unit], list[Unit]]:
    banners: list[Unit] = []
    rest: list[Unit] = []
    for k, unit in enumerate(units):
        if is_banner_shaped(unit):
            nxt = units[k + 1] if k + 1 < len(units) else None
            if nxt is not None and nxt.role is not Role.HEADING:
                rest.append(unit)  # a subtitle or byline follows: this is a title
                continue
            if nxt is None and byline_below and unit.lines[0].phrases < BANNER_MIN_PHRASES_ALONE:
                rest.append(unit)  # the same, where the byline opens the body's first line
                continue
            title_follows = nxt is not None and not is_banner_shaped(nxt)
            prev = units[k - 1] if k > 0 else None
            under_kicker = (
                prev is not None
                and prev.role is Role.HEADING
                and not is_banner_shaped(prev)
                # A kicker ending in a dash leads into the title below it (「……举办“直通赛”——」/「强化
                # 训练 备战新赛季」): titles all 9 times on the evaluation set, never a banner.
                and (_leads_into(prev, unit) or prev.text.endswith(KICKER_DASH))
            )
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
        s, j = min(candidates, key=lambda c: _group_score(segments[c[0]], groups[c[0]], c[1]))
        size = groups[s][j]
        groups[s][j : j + 1] = [1, size - 1]
    return groups


def _group_score(segment: list[Unit], sizes: list[int], index: int) -> float:
    """How firmly a group's first two units are a kicker and its title (the hand kicker score):
    the group that reads least so is the one split when the page needs more stacks."""
    heads = _heads(segment)
    start = sum(sizes[:index])
    return kicker_score(heads[start], heads[start + 1])


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
    """Kicker, title and plain subtitle of a group; two units go by ``pair_reading``, three or more
    by ``_divide``, and a plain subtitle only where the stack has no dashed one."""
    if len(members) >= DIVIDED_MEMBERS:
        return _divide(members, subtitle_free)
    if len(members) == 2 and subtitle_free and _participants_below(members[0], members[1]):
        return None, members[0], Unit(Role.SUBTITLE, members[1].lines)
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
    kicker, title = _kicker_title(members)
    return kicker, title, None


def _divide(members: list[Unit], subtitle_free: bool) -> tuple[Unit | None, Unit, Unit | None]:
    """Three or more units of one stack (a kicker or title that ``units_of`` left in pieces, a
    run the page forced into one stack): each break between two units is read like a pair of
    units — a wrap inside one field, the kicker's end or the title's end — and the division into
    kicker, title and plain subtitle whose breaks the pair weights like best wins. Reading the
    breaks one by one, rather than the first unit against the rest, lets a kicker wrapped over two
    lines stand over a title wrapped over two (「……林郑月」/「娥发表……」/「依法……」/「积极……」)."""
    odds = [pair_weights().scores(pair_cues(a, b)) for a, b in zip(members, members[1:], strict=False)]
    firm = kicker_score(members[0], members[1]) >= FIRM_KICKER_SCORE or is_banner_shaped(members[0])
    n = len(members)
    best: tuple[float, int, int] | None = None
    for start in (1,) if firm else range(n):  # the title's first unit: members before it are the kicker
        # The title ends before members[end]; the members after it are a plain subtitle.
        for end in _title_ends(members, start, subtitle_free):
            score = _division_odds(odds, start, end)
            if best is None or score > best[0]:
                best = (score, start, end)
    assert best is not None  # range(n) holds 0, so one division at least was scored
    _, start, end = best
    kicker = _joined(members[:start]) if start else None
    subtitle = Unit(Role.SUBTITLE, tuple(ln for u in members[end:] for ln in u.lines)) if end < n else None
    return kicker, _joined(members[start:end]), subtitle


def _title_ends(members: list[Unit], start: int, subtitle_free: bool) -> range | tuple[int, ...]:
    """Where the title starting at ``members[start]`` may end (before ``members[end]``): anywhere
    when the stack has no dashed subtitle, before a last unit that names who took part in the
    event above it (``_participants_below``), at the end when the dashed subtitle is the stack's."""
    n = len(members)
    if not subtitle_free:
        return (n,)
    if start < n - 1 and _participants_below(members[-2], members[-1]):
        return (n - 1,)
    return range(start + 1, n + 1)


def _division_odds(odds: list[tuple[float, float]], start: int, end: int) -> float:
    """Log-odds of a division against reading every break as a kicker's end: the break before
    members[k] (``odds[k - 1]``) is the kicker's end at ``start``, the title's end at ``end``, a
    wrap elsewhere."""
    total = 0.0
    for k, (wrapped, subtitle) in enumerate(odds, start=1):
        if k == end:
            total += subtitle
        elif k != start:
            total += wrapped
    return total


def _joined(members: list[Unit]) -> Unit:
    return Unit(Role.HEADING, tuple(ln for u in members for ln in u.lines))


def _kicker_title(members: list[Unit]) -> tuple[Unit | None, Unit]:
    """One unit is the title; two are kicker and title unless the first reads as no kicker at all."""
    if len(members) == 1:
        return None, members[0]
    if kicker_score(members[0], members[1]) >= FORCED_PAIR_KICKER_SCORE:
        return members[0], members[1]
    return None, _joined(members)
