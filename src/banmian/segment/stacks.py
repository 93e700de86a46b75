"""Headline stacks from heading runs: kicker 引题 / title 主题 / subtitle 副题 / byline, and banners.

The lines of a run are first read as units (segment.headunits); a stack's group of headline units
divides into its fields in segment.kickers.

Rules:
- A line of three or more space-separated phrases without punctuation is a banner (建设美丽家园 共享
  绿色生活 人人参与植树); so is one of two phrases unless a title follows it in the same run, where
  it is a kicker (新渡口 新气象 / 南北两岸新渡口码头主体完工). A phrased line followed by a
  subtitle or a byline is a title (春耕正当时 干劲正足 / ——…); so is a two-phrase line ending a
  run set tight (no blank line) over a body that opens with its byline (本报讯……). Measured on the 200-page
  evaluation set, such lines are titles 71 times and banners 4; with three phrases or more, 20
  and 6, so those stay banners. One that no body takes is a banner after all (segment.assign).
  A phrased line over a kicker that leads into its own title with a dash is a banner: no kicker
  stands over another.
- Where blank lines end the extractor's blocks, a run's last headline line printed in a block of
  its own, tight over a body that opens with its byline, is that body's title, not a subtitle: read
  as one, its words went to the stack above it, and that title took the body while the line was
  left over and dropped (the commonest way a title ended in pdftotext's unplaced text). Evaluation
  set, pdftotext title accuracy 0.5773 -> 0.5811, kicker F1 0.6000 -> 0.6018 (banner F1 0.8458 ->
  0.8446: a slogan over a title that now heads no body); held-out 0.5247 -> 0.5289, kicker 0.6015
  -> 0.6064, subtitle 0.8041 -> 0.8108; seed-1001 pages 0.5265 -> 0.5304. Asking only that the
  run be set tight over its body, bylined or not: evaluation title 0.5827, banner 0.8400, seed-1001
  0.5298, held-out article F1 0.6532 -> 0.6528.
- A subtitle (——…) or a byline line closes the stack of the title before it.
- Where blank lines end the extractor's blocks (pdftotext), headline units printed in one block
  are one stack: a title wrapped in a narrow column, a title over its subtitle or a kicker over its
  title, hardly ever two articles' headlines (``stackgroups.stack_cuts``). A stack may still span blocks.
- Two headline lines in a row are a kicker and a title when the first looks like a kicker
  (``segment.kickers.kicker_score``: shorter, smaller type than a spaced or wide title, ends in a
  verb of speech such as 强调); otherwise they are the titles of two stacks. How many stacks a run
  holds can be forced (``demand``) when the neighbouring bodies say how many headlines they need.
"""

from __future__ import annotations

from dataclasses import dataclass

from banmian.fields.furniture import newspaper_name
from banmian.fields.notice import is_notice_title
from banmian.segment.headpairs import CLAUSE_MARKS, CLOSING_TAG, PART_TAKEN
from banmian.segment.headunits import (
    BANNER_MIN_PHRASES_ALONE,
    Unit,
    is_banner_shaped,
    leads_into_lines,
    units_of,
)
from banmian.segment.items import Item
from banmian.segment.kickers import group_fields, kicker_score
from banmian.segment.linefeatures import KICKER_DASH
from banmian.segment.roles import BOX_LABELS, Role
from banmian.segment.stackgroups import default_groups, heads_of, reach_demand, stack_cuts, subtitle_units
from banmian.segment.unitshapes import leads_into_title

#: A title under its kicker is set as two or three parallel phrases at most; a line of four or
#: more is a slogan banner wherever it stands (on the training pages, seeds 1000 and 1001, of the 8
#: such lines closing a run under a plain headline in pdfium's and pdftotext's text, 7 are banners
#: and none a title).
TITLE_UNDER_KICKER_MAX_PHRASES = 3
#: A group of at least this many headline units whose last is set apart over its body's byline
#: (``_tight_title_apart``) ends on a stack of its own: the units above it are another article's
#: (of two, the upper is the title's kicker). Evaluation set, pdftotext title accuracy 0.5773 ->
#: 0.5811 with it, 0.5779 without (every group kept whole, its last unit its title), kicker F1
#: 0.6018 and 0.5991 (from 0.6000); seed-1001 pages 0.5265 -> 0.5304 and 0.5293.
TIGHT_TITLE_OWN_STACK_FROM = 3


@dataclass(frozen=True, slots=True)
class Stack:
    kicker: Unit | None
    title: Unit | None
    subtitle: Unit | None
    bylines: tuple[Unit, ...]
    confidence: float

    @property
    def units(self) -> tuple[Unit, ...]:
        """Its kicker, title, subtitle and bylines, those it has."""
        return tuple(u for u in (self.kicker, self.title, self.subtitle, *self.bylines) if u is not None)

    @property
    def first_line(self) -> int:
        return min(u.lines[0].number for u in self.units)


@dataclass(frozen=True, slots=True)
class HeadParse:
    stacks: tuple[Stack, ...]
    banners: tuple[Unit, ...]
    #: Fewest and most stacks the run could hold; ``demand`` is clamped to this range.
    min_stacks: int
    max_stacks: int


def parse_heads(
    item: Item, demand: int | None = None, byline_below: bool = False, blocks_marked: bool = False, wraps: bool = True
) -> HeadParse:
    """``byline_below``: the text right after the run opens with a byline (本报讯……), so the
    run's last line heads that article and is no banner. ``blocks_marked``: blank lines end the
    extractor's blocks, and headline units printed in one block are never cut into two stacks.
    ``wraps``: a headline may be wrapped over lines; not in a text never wrapped (segment.unwrapped)."""
    units = units_of(item, wraps)
    # Over a web page's meta line the run is one article's headline: none of it is a banner.
    banners, rest = ([], units) if item.over_meta else _split_banners(units, byline_below)
    segments = _segments(rest)
    cuts = [stack_cuts(seg, blocks_marked) for seg in segments]
    groups_per_segment = [default_groups(seg, cut) for seg, cut in zip(segments, cuts, strict=True)]
    min_stacks = sum(1 for seg in segments if heads_of(seg))
    max_stacks = sum(len(cut) + 1 for seg, cut in zip(segments, cuts, strict=True) if heads_of(seg))
    if demand is not None:
        target = max(min_stacks, min(max_stacks, demand))
        groups_per_segment = reach_demand(segments, groups_per_segment, target, cuts)
    stacks: list[Stack] = []
    titled = byline_below and blocks_marked and bool(segments) and _tight_title_apart(segments[-1])
    for n, (seg, groups) in enumerate(zip(segments, groups_per_segment, strict=True)):
        stacks.extend(_stacks_of(seg, groups, titled and n == len(segments) - 1, wraps))
    return HeadParse(tuple(stacks), tuple(banners), min_stacks, max_stacks)


def _leads_into(kicker: Unit, title: Unit) -> bool:
    return leads_into_lines(kicker.lines[-1], title.lines[0])


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
                and (
                    _leads_into(prev, unit)
                    or prev.text.endswith(KICKER_DASH)
                    or (nxt is None and _closes_under_kicker(prev, unit))
                )
            )
            # Over a kicker leading into its own title with a dash, a colon or a verb of speech
            # (「……负责人：」, 「……时强调」), or set as clauses (「……，……」), a slogan is no kicker: no
            # kicker stands over another.
            over_kicker = nxt is not None and (nxt.text.endswith(KICKER_DASH) or _leads_on(nxt, units, k + 1))
            if (unit.lines[0].phrases >= BANNER_MIN_PHRASES_ALONE or not title_follows or over_kicker) and not under_kicker:
                banners.append(unit)
                continue
        rest.append(unit)
    return banners, rest


def _leads_on(unit: Unit, units: list[Unit], k: int) -> bool:
    """``unit`` (``units[k]``) leads into a title (unitshapes.leads_into_title: a dash, a colon, a
    verb of speech), or holds a clause mark (kickers are clauses: headpairs.CLAUSE_MARKS), and a
    headline unit follows it: a kicker over that title."""
    follows = k + 1 < len(units) and units[k + 1].role is Role.HEADING
    return follows and (leads_into_title(unit) or bool(CLAUSE_MARKS & set(unit.text)))


def title_by_place_alone(kicker: Unit, title: Unit) -> bool:
    """Whether a phrased title is read so only because it closes its run right under its kicker
    (``_closes_under_kicker``), with no dash or long line leading into it: a reading the
    article's own words may still refute (segment.assign)."""
    return (
        is_banner_shaped(title)
        and not _leads_into(kicker, title)
        and not kicker.text.endswith(KICKER_DASH)
        and _closes_under_kicker(kicker, title)
    )


def _closes_under_kicker(prev: Unit, unit: Unit) -> bool:
    """A line of two or three phrases closing a run right under a plain headline line is the main
    title under its kicker (「临江县推进村庄整治」/「拆违建 治污水 美村容」), not a slogan banner: a
    banner stands over the page or between articles, not fixed to the foot of a headline. Right
    under: no blank line between (set apart by one in pdfium's text of the training pages, seeds
    1000 and 1001, such lines are banners 9 times and never a title). Not under a line closed by a
    column tag, which ends a title (no kicker ends so), nor under a notice's title (「关于……的通
    告」, complete in itself), nor under the paper's name (a masthead over the front page's
    banner), nor a line of four phrases or more, which is a banner's, nor one naming who took part
    (「……提请审议 林晓主持」: a subtitle's words, its end wrapped). On the same pages, of the lines
    this rule reads as titles, 28 are titles, 1 a banner and 1 neither in pdfium's text, 4 titles
    and 3 neither in pdftotext's."""
    return (
        unit.lines[0].number == prev.lines[-1].number + 1
        and unit.lines[0].phrases <= TITLE_UNDER_KICKER_MAX_PHRASES
        and CLOSING_TAG.search(prev.text) is None
        and newspaper_name(prev.text) is None
        and not is_notice_title(prev.text)
        and PART_TAKEN.search(unit.text) is None
    )


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
        if merged and not heads_of(seg):
            merged[-1].extend(seg)
        else:
            merged.append(seg)
    return merged


def _tight_title_apart(segment: list[Unit]) -> bool:
    """The segment ends on a headline unit printed in a block of its own lines, apart (a blank line)
    from the headline unit above it: set so over a body that opens with its byline, it is that
    body's title, never a subtitle (pdftotext prints a subtitle in its title's block). Read as a
    subtitle, its words went to the stack above it, whose title took the body."""
    if len(segment) < 2 or segment[-1].role is not Role.HEADING or segment[-2].role is not Role.HEADING:
        return False
    return segment[-1].lines[0].number != segment[-2].lines[-1].number + 1


def _stacks_of(segment: list[Unit], groups: list[int], last_titles: bool = False, wraps: bool = True) -> list[Stack]:
    """``last_titles``: the segment's last unit is its last group's title (``_tight_title_apart``);
    of three units or more, the units above it are another stack's."""
    heads = heads_of(segment)
    if last_titles and groups and groups[-1] >= TIGHT_TITLE_OWN_STACK_FROM:
        groups = [*groups[:-1], groups[-1] - 1, 1]
    extras = [u for u in segment if u.role is not Role.HEADING]
    subtitles = subtitle_units(segment)
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
        kicker, title, plain = group_fields(members, own_subtitle is None and not (last and last_titles), wraps)
        confidence = 0.9 if size == 1 else min(0.95, 0.6 + kicker_score(members[0], members[-1]) / 2)
        stacks.append(Stack(kicker, title, plain or own_subtitle, bylines if last else (), confidence))
    if not stacks and (subtitle or bylines):
        stacks.append(Stack(None, None, subtitle, bylines, 0.5))
    return stacks
