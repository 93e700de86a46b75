"""Kicker 引题, title 主题 and plain subtitle 副题 of one headline group of a stack (segment.stacks
forms the groups).

Rules:
- A line reads as the kicker of the next (``kicker_score``) when it is shorter, in smaller type
  than a spaced or wide title, ends in a verb of speech such as 强调 or a dash leading into the
  title, or is set as parallel phrases or over a title that is.
- Two units a blank line sets apart (pdftotext's blocks) are no title wrapped over two lines,
  unless the first visibly goes on: a wrapped title stands in one block, a kicker often in a block
  of its own (``blocks_apart``).
- The units of one stack divide into kicker, title and plain subtitle by learned weights
  (``segment.headpairs``), except a short line naming who took part in the title's event
  (「何春生出席」), which is the title's subtitle (segment.participants), and a dated note in brackets closing the stack
  (「（2024年3月12日）」 under a speech's title), which is its subtitle too, and so is a unit closing on a
  phrase set apart that names who took part (「……等 林晓出席」). Three units or more are divided
  break by break.
- A unit opening on a person's name and a verb over a unit opening on a verb (「林晓出席……」/
  「宣读……」) is a title over its subtitle, the lower unit telling what the same person did next
  (``subject_goes_on``), and so is a unit going on to a measured quantity (「……超3000吨」) under
  one without (``quantity_below``): the subtitle carries the news's figures.
- A unit of clauses whose last clause is whole and leaves no quotation open (「抓好秋收、抓紧秋
  种」) is a kicker, not a wrapped title's first line (``clauses_closed``).
- No title holds a unit ending in a dash before its last unit: the dash leads into what follows
  it, so the kicker ends there (``_divide``).
- No kicker holds a colon inside it (「林晓：扎根山村」 opens a title), nor is one a phrase of two
  characters over a title closed by its column tag (「青石」/「茶香飘四方（乡村观察）」) (``no_kicker``).
"""

from __future__ import annotations

import re

from banmian.fields.wordbreak import first_words
from banmian.segment.headpairs import (
    BARE_TAIL_WRAP_ODDS,
    CLAUSE_MARKS,
    CLOSERS,
    CLOSING_TAG,
    COLONS,
    KICKER_ENDING,
    KICKER_LEADS,
    OPENERS,
    VERB_TAG,
    Reading,
    bare_event_tail,
    core_characters,
    pair_cues,
    pair_reading,
    pair_weights,
)
from banmian.segment.headunits import (
    Unit,
    dated_note,
    is_banner_shaped,
    visibly_unfinished,
)
from banmian.segment.linefeatures import KICKER_DASH
from banmian.segment.participants import participants_below, participants_closing, participants_under_wrapped
from banmian.segment.roles import Role

KICKER_SPEECH_WEIGHT = 0.6
KICKER_DASH_WEIGHT = 1.0  # 「……集结——」 leads into its title
KICKER_SHORTER_WEIGHT = 0.4
KICKER_PHRASES_WEIGHT = 0.3
#: A plain line over a title of parallel phrases (「……丰收节开幕」/「晒丰收果实 展乡村新貌」)
#: is that title's kicker: main titles are the ones set as paired phrases.
KICKER_OVER_PHRASED_TITLE_WEIGHT = 0.3
KICKER_BIGGER_TITLE_WEIGHT = 0.3
KICKER_SPACED_PENALTY = 0.6
#: Two headline units the page needs in one stack are a kicker and a title from this score: the
#: lines of one wrapped title were joined into one unit already (units_of), so two units that
#: stayed apart are more often kicker and title than a title in two pieces.
FORCED_PAIR_KICKER_SCORE = 0.0
#: Log-odds of a wrapped title against kicker + title at a break between two units that a blank
#: line sets apart (``blocks_apart``), in place of the learned ones: far below any the learned
#: weights give, so no wrap. In the evaluation set's pdftotext text, of the titles printed over
#: several lines 557 stand in one block and 2 across a blank line, while a kicker stands in a block
#: of its own over its title 232 times and in the title's block 34. A title and its subtitle stand
#: in one block (162 times, never apart), yet the learned title-over-subtitle odds are kept there:
#: units set apart that they read so are mostly two articles' headlines that the page forced into
#: one stack, and that reading keeps the first as the title (pdftotext title accuracy 0.4981 with
#: them kept, 0.4965 with such a pair read as kicker and title, 0.4970 with only ``_divide``'s).
APART_WRAP_ODDS = -5.0
#: Most CJK characters a title holds (a column tag closing it left out): of the training pages'
#: truths (seeds 1000 and 1001), no title of 3,680 holds 35 or more, while 5 of 979 kickers and 19
#: of 139 plain subtitles do (summaries of a meeting's decisions, the list of those who attended).
TITLE_MAX_CHARS = 34
#: From this score a kicker + title pair is kept even when the page seems to want more headlines.
FIRM_KICKER_SCORE = 1.0
#: Fewest CJK characters a kicker holds when it does not lead into its title with a dash or a colon:
#: of the training pages' 979 kickers (seeds 1000 and 1001), the shortest without one hold three
#: (an office's short name, 「县委办」), while a title's first phrase printed on a line of its own,
#: 「青石」/「茶香飘四方（乡村观察）」, may hold two or one.
MIN_KICKER_CHARS = 3
#: Credit words that close a photographer's credit (「林晓 何春生摄影报道」, 「何春生摄」): before a
#: bracketed name they credit a picture agency (「……摄影报道（青石视觉）」), not a column. Of the
#: training pages' truths (seeds 1000, 1001 and 1003) no kicker, title or subtitle ends on one
#: before its tag; 报道 alone is left out, since a series' title may end on it (「……系列报道（上）」).
PHOTO_CREDIT_ENDING = re.compile(r"(?:摄影报道|摄影|摄)$")
#: A count in words ending a unit (「首个」, 「两项」, 「一批」), not an ordinal (「第五十二位」): it needs
#: the noun on the line below, so the unit is cut inside its phrase. No kicker or title of the
#: training pages' truths (seeds 1000 and 1001) ends on one but for ordinals.
COUNT_ENDING = re.compile(r"(?<![第0-9一二两三四五六七八九十百千])[首每一二两三四五六七八九十百千几多]+[个项名位件次批种条家座]$")
#: A measured quantity: a figure in digits and its unit (「3000吨」, 「2.6万人次」, 「45.5%」). Of the
#: two-unit groups that the pair weights read as kicker + title on the training pages (seeds 1000
#: and 1001, pdfium text) whose lower unit goes on to one and whose upper unit holds none
#: (``quantity_below``), the truth reads 9 as a title over its subtitle, 3 as a wrapped title
#: (read wrong either way) and none as kicker + title.
QUANTITY = re.compile(r"[0-9０-９][0-9０-９.．]*(?:万|亿)?(?:人次|亿元|万元|元|个|列|场|条|项|人|%|％|吨|亩|家|户|名|位|件|座|所|台|辆|架|只|天|笔|次|批|套|公里|米|倍)")
#: Characters of a unit's last clause (after its last comma or enumeration mark) from which the
#: unit is complete (``clauses_closed``): of the two-unit groups on the training pages (seeds 1000
#: and 1001, pdfium text) that the pair weights read as a wrapped title and whose first unit holds
#: a clause mark and no open quotation, the 3 whose last clause holds 3 characters or more are all
#: a kicker over its title; the 2 wrapped titles break 1 and 2 characters after the mark.
CLOSED_CLAUSE_CHARS = 3
#: jieba's part-of-speech tags of a person's name.
PERSON_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
#: Verbs that report words (the kicker's 「……强调」), anywhere in a unit: a unit holding one is a
#: kicker over the words it reports, whatever follows the verb.
SPEECH_VERBS = re.compile(r"强调|指出|表示|要求|提出|寄语|批示|讲话|指示")
#: CJK characters, column tag left out, up to which a tagged unit is a stub (``_tag_on_a_stub``): a
#: title under a kicker names its news in more (of the corpus's 582 titles under a kicker, 2 hold
#: four characters or fewer besides a column tag, one of them tagged), while the tail of a wrapped
#: title may hold one or two.
TAGGED_STUB_MAX_CHARS = 4
#: A group of this many units or more is divided break by break (``_divide``): two units are read
#: as a pair, with their own rules for a banner-shaped or firm kicker.
DIVIDED_MEMBERS = 3


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


def group_fields(members: list[Unit], subtitle_free: bool) -> tuple[Unit | None, Unit, Unit | None]:
    """Kicker, title and plain subtitle of a group; two units go by ``pair_reading``, three or more
    by ``_divide``, and a plain subtitle only where the stack has no dashed one."""
    if subtitle_free and len(members) >= 2 and dated_note(members[-1].text):
        # A dated note closes the stack as its subtitle; the units above it divide without one.
        kicker, title, _ = group_fields(members[:-1], False)
        return kicker, title, Unit(Role.SUBTITLE, members[-1].lines)
    if len(members) >= DIVIDED_MEMBERS:
        return _divide(members, subtitle_free)
    if len(members) == 2 and subtitle_free and (
        participants_below(*members) or participants_under_wrapped(*members) or _summary_below(members[1]) or participants_closing(members[1])
    ):
        return None, members[0], Unit(Role.SUBTITLE, members[1].lines)
    if len(members) == 2 and subtitle_free and closes_title(members[0]) and not _tag_on_a_stub(members[0]):
        # The column tag ends the title: the unit under it is no wrap and has no kicker over it.
        return None, members[0], Unit(Role.SUBTITLE, members[1].lines)
    # A banner-shaped first unit stays a kicker: the page plan may read it as a banner (assign).
    if (
        len(members) == 2
        and not _leads_into_title(members[0])
        and (not is_banner_shaped(members[0]) or _tag_on_a_stub(members[1]))
    ):
        reading = Reading.WRAPPED_TITLE if bare_event_tail(members[1]) else pair_reading(members[0], members[1])
        if reading is Reading.WRAPPED_TITLE and (blocks_apart(members[0], members[1]) or clauses_closed(members[0])):
            reading = Reading.KICKER_TITLE
        if reading is Reading.TITLE_SUBTITLE and not subtitle_free:
            reading = Reading.KICKER_TITLE
        if reading is Reading.KICKER_TITLE and no_kicker(*members):
            reading = _title_above(members[0], members[1], subtitle_free)
        if reading is Reading.KICKER_TITLE and subtitle_free and (subject_goes_on(*members) or quantity_below(*members)):
            reading = Reading.TITLE_SUBTITLE
        if reading is Reading.WRAPPED_TITLE:
            return None, _joined(members), None
        if reading is Reading.TITLE_SUBTITLE:
            return None, members[0], Unit(Role.SUBTITLE, members[1].lines)
    kicker, title = _kicker_title(members)
    return kicker, title, None


def _tag_on_a_stub(unit: Unit) -> bool:
    """A column tag closing a unit of a few characters (「茶山（乡村新貌）」): too little to be a title
    under a kicker, so it is the tail of a title wrapped over two lines, and a first unit of two
    phrases over it (「青石镇茶园 荒坡变」) that would stay a kicker for its banner shape is read by
    the pair weights. Evaluation set, pdfium title 0.9300 -> 0.9316, kicker 0.9016 -> 0.9046;
    held-out 0.8959 -> 0.8965; seed-1001 pages unchanged. Asking only for the tag, a slogan over a
    tagged title (「绿水青山 美丽临江」/「……（青石论坛）」) joined it (pdftotext banner F1 0.8446 ->
    0.8353; a pdfium article lost on the seed-1001 pages)."""
    return closes_title(unit) and core_characters(unit) <= TAGGED_STUB_MAX_CHARS


def no_kicker(first: Unit, second: Unit) -> bool:
    """A unit that cannot be the kicker of the unit under it, so opens the title: one holding a
    colon inside it (「林晓：扎根山村」), which sets a title's subject before its words (of the
    training pages' truths, seeds 1000 and 1001, no kicker of 979 holds a colon before its end,
    while 105 titles of 3,680 do), a short first phrase (``_short_phrase``), or one ending on a
    count that needs its noun (「……开设首个」/「“读书角”」, COUNT_ENDING)."""
    if _leads_into_title(first) or not core_characters(first):
        return False
    return any(c in first.text[:-1] for c in COLONS) or _short_phrase(first, second) or COUNT_ENDING.search(first.text) is not None


def clauses_closed(unit: Unit) -> bool:
    """A unit of clauses (「抓好秋收、抓紧秋种」) whose last clause holds CLOSED_CLAUSE_CHARS characters
    or more and which leaves no quotation or bracket open is complete: a kicker, not the first line
    of a wrapped title. A title wrapped over two lines breaks inside its last clause, leaving a
    short piece after the comma (「青石镇，茶」/「园飘香」, 「这些说法，你」/「听过吗」)."""
    text = unit.text.rstrip()
    last = max(text.rfind(mark) for mark in "，、")
    if last < 0:
        return False
    opened = sum(text.count(c) for c in OPENERS) > sum(text.count(c) for c in CLOSERS)
    return not opened and sum(1 for c in text[last + 1 :] if "\u4e00" <= c <= "\u9fff") >= CLOSED_CLAUSE_CHARS


def subject_goes_on(first: Unit, second: Unit) -> bool:
    """A unit opening on a person's name and what the person did (「林晓出席……论坛」, 「林晓抵达
    临江」), over a unit opening on a verb (「宣读……贺信」, 「开始……考察」), is a title over its
    subtitle: the lower unit has no subject of its own and tells what the same person did next,
    while a title under a kicker is a headline of its own. Not where the upper unit reports
    words (「林晓强调……」 over the words, a kicker), nor over a title closed by its column tag.
    Names and verbs are jieba's tags. Of the two-unit groups of this shape that the pair weights
    read as kicker + title on the training pages (seeds 1000 and 1001, pdfium text, no dashed
    subtitle in the stack), the truth reads all 5 as a title over its subtitle; with units
    reporting words left in, 13 more, all kicker + title (SPEECH_VERBS)."""
    if closes_title(second) or SPEECH_VERBS.search(first.text) is not None:
        return False
    upper = first_words(first.text.replace(" ", ""))
    lower = first_words(second.text.replace(" ", ""), 1)
    return (
        len(upper) == 2
        and upper[0][1] in PERSON_NAME_TAGS
        and upper[1][1] == VERB_TAG
        and bool(lower)
        and lower[0][1] == VERB_TAG
    )


def quantity_below(first: Unit, second: Unit) -> bool:
    """A unit that goes on to a measured quantity (「……超3000吨」, 「……达2.6万人次」) under one that
    gives none is the title's subtitle, which carries the figures of the news. Not a unit opening
    on its count (「30个……」), a title's shape, nor one closed by a column tag (a title), nor under a
    unit that leads into its title, nor one a blank line sets apart (``blocks_apart``: a title
    and its subtitle stand in one block, while two articles' headlines printed in a row do not)."""
    found = QUANTITY.search(second.text)
    return (
        found is not None
        and found.start() > 0
        and not _leads_into_title(first)
        and not blocks_apart(first, second)
        and not closes_title(second)
        and QUANTITY.search(first.text) is None
    )


def _short_phrase(first: Unit, second: Unit) -> bool:
    """A unit of fewer than MIN_KICKER_CHARS characters of Chinese but at least two characters in
    all (「青石」, 「20年」) over a title closed by its column tag is that title's first phrase,
    printed on a line of its own. Over other headlines such a line is as often the page's section
    label (「要闻」), which the kicker reading at least keeps out of the title. A lone character is a
    line's wrapped tail (「……连成」/「片」), which tells nothing of the unit below it."""
    visible = sum(1 for c in first.text if c.isalnum())
    return core_characters(first) < MIN_KICKER_CHARS and visible >= 2 and closes_title(second) and not closes_title(first)


def closes_title(unit: Unit) -> bool:
    """A unit closed by a column tag in brackets (「……（民生观察）」) ends a title, never a kicker: no
    kicker of the training pages' 979 ends on a bracket, while 922 titles of 3,680 end on a column
    tag (seeds 1000 and 1001). A tag alone (a photo's credit, 「（林晓摄）」) closes no title, nor one
    after a photographer's credit word (PHOTO_CREDIT_ENDING: 「林晓 何春生摄影报道（青石视觉）」 names
    a picture agency)."""
    found = CLOSING_TAG.search(unit.text)
    return found is not None and core_characters(unit) > 0 and PHOTO_CREDIT_ENDING.search(unit.text, 0, found.start()) is None


def _title_above(first: Unit, second: Unit, subtitle_free: bool) -> Reading:
    """How two units divide when the first is no kicker (``no_kicker``): the reading the pair
    weights like better of a wrapped title and a title over its subtitle, where the stack allows
    it (no wrap across a blank line, no plain subtitle over a dashed one)."""
    wrapped, subtitle = pair_weights().scores(pair_cues(first, second))
    if blocks_apart(first, second):
        return Reading.TITLE_SUBTITLE if subtitle_free else Reading.KICKER_TITLE
    return Reading.WRAPPED_TITLE if wrapped >= subtitle or not subtitle_free else Reading.TITLE_SUBTITLE


def _leads_into_title(unit: Unit) -> bool:
    """A unit ending in a dash, a colon or a verb of speech leads into the title below it."""
    return unit.text.endswith(KICKER_LEADS) or KICKER_ENDING.search(unit.text) is not None


def _too_long_for_title(unit: Unit) -> bool:
    """A unit holding more characters than a display line set over a few lines ever does is in
    small type, a kicker or a subtitle, never the title (TITLE_MAX_CHARS)."""
    return core_characters(unit) > TITLE_MAX_CHARS


def _summary_below(second: Unit) -> bool:
    """A second unit too long for a title and set as clauses (「明确三项重点任务，……；部署秋粮收
    购……」) sums up the news under its title: the title's subtitle. Without clause marks, a unit
    so long is more often two headlines the lines ran together, which a later step may still part."""
    return _too_long_for_title(second) and bool(CLAUSE_MARKS & set(second.text))


def _divide(members: list[Unit], subtitle_free: bool) -> tuple[Unit | None, Unit, Unit | None]:
    """Three or more units of one stack (a kicker or title that ``units_of`` left in pieces, a
    run the page forced into one stack): each break between two units is read like a pair of
    units — a wrap inside one field, the kicker's end or the title's end — and the division into
    kicker, title and plain subtitle whose breaks the pair weights like best wins. Reading the
    breaks one by one, rather than the first unit against the rest, lets a kicker wrapped over two
    lines stand over a title wrapped over two (「……县长林」/「晓发表……」/「依法……」/「积极……」).
    Divisions the weights like equally go as a pair does (``PairWeights.reading``): a break whose
    odds are even is a kicker's end, so a kicker, and the shortest one, wins the tie. A title longer
    than any title is set (``_too_long_for_title``) is read only when no division avoids one."""
    odds = [_break_odds(a, b) for a, b in zip(members, members[1:], strict=False)]
    firm = (kicker_score(members[0], members[1]) >= FIRM_KICKER_SCORE or is_banner_shaped(members[0])) and not no_kicker(
        members[0], members[1]
    )
    n = len(members)
    best: tuple[bool, bool, float, bool, int, int] | None = None
    starts = (1,) if firm else [k for k in range(n) if k == 0 or not _kicker_refused(members, k)]
    if subtitle_free and participants_closing(members[-1]):
        starts = (0,)  # an event's title over who took part stands under no kicker
    for start in starts:  # the title's first unit: members before it are the kicker
        # The title ends before members[end]; the members after it are a plain subtitle.
        for end in _title_ends(members, start, subtitle_free):
            fits = not _too_long_for_title(_joined(members[start:end]))
            # A dash leads into what follows it: no title holds one before its last unit.
            clean = not any(members[k].text.endswith(KICKER_DASH) for k in range(start, end - 1))
            key = (clean, fits, _division_odds(odds, start, end), start > 0, -start, -end)
            if best is None or key > best:
                best = key
    assert best is not None  # range(n) holds 0, so one division at least was scored
    _, _, _, _, start, end = best
    start, end = -start, -end
    kicker = _joined(members[:start]) if start else None
    subtitle = Unit(Role.SUBTITLE, tuple(ln for u in members[end:] for ln in u.lines)) if end < n else None
    return kicker, _joined(members[start:end]), subtitle


def _title_ends(members: list[Unit], start: int, subtitle_free: bool) -> range | tuple[int, ...]:
    """Where the title starting at ``members[start]`` may end (before ``members[end]``): anywhere
    when the stack has no dashed subtitle, before a last unit that names who took part in the
    event above it (``participants_below``), before the last unit when that closes on a phrase
    naming the participants (``participants_closing``: the subtitle, wrapped onto it, may begin
    higher; ``_divide`` lets no kicker stand over such a title), at the end when the dashed
    subtitle is the stack's.
    Never after a unit ending in a dash or a colon, which leads into the unit below it."""
    n = len(members)
    if not subtitle_free:
        return (n,)
    if start < n - 1 and participants_below(members[-2], members[-1]):
        return (n - 1,)
    if start < n - 1 and participants_closing(members[-1]):
        return tuple(end for end in range(start + 1, n) if not members[end - 1].text.endswith(KICKER_LEADS))
    # A unit ending in a dash or a colon leads into what follows it: no title ends there.
    return tuple(end for end in range(start + 1, n + 1) if end == n or not members[end - 1].text.endswith(KICKER_LEADS))


def _kicker_refused(members: list[Unit], start: int) -> bool:
    """Whether the units before ``members[start]`` together are no kicker of it (``no_kicker``)."""
    return no_kicker(_joined(members[:start]), members[start])


def _break_odds(first: Unit, second: Unit) -> tuple[float, float]:
    wrapped, subtitle = pair_weights().scores(pair_cues(first, second))
    if blocks_apart(first, second):
        return APART_WRAP_ODDS, subtitle
    return (BARE_TAIL_WRAP_ODDS if bare_event_tail(second) else wrapped), subtitle


def blocks_apart(first: Unit, second: Unit) -> bool:
    """A blank line stands between two headline units and the first is not visibly unfinished:
    where blank lines mark the extractor's blocks (pdftotext), a title wrapped over lines and a
    title over its subtitle are printed in one block, while a kicker is printed in a block of its
    own (APART_WRAP_ODDS). Pages without blank lines never show the cue."""
    gap = second.lines[0].number > first.lines[-1].number + 1
    return gap and not visibly_unfinished(first.lines[-1], second.lines[0])


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
