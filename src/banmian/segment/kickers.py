"""Kicker 引题, title 主题 and plain subtitle 副题 of one headline group of a stack (segment.stacks
forms the groups).

Rules:
- A line reads as the kicker of the next (``kicker_score``) when it is shorter, in smaller type
  than a spaced or wide title, ends in a verb of speech such as 强调 or a dash leading into the
  title, or is set as parallel phrases or over a title that is.
- The units of one stack divide into kicker, title and plain subtitle by learned weights
  (``segment.headpairs``), overruled where the units' shapes and words settle it
  (``segment.unitshapes``: no kicker holds a colon inside it, a column tag closes a title, a unit
  of closed clauses is a kicker, a person's next deed or the news's figures are the subtitle, units
  a blank line sets apart are no wrapped title), and except a short line naming who took part in
  the title's event (「何春生出席」), which is the title's subtitle (segment.participants), and a
  dated note in brackets closing the stack (「（2024年3月12日）」 under a speech's title), which is
  its subtitle too, and so is a unit closing on a phrase set apart that names who took part
  (「……等 林晓出席」).
- A unit of six characters or fewer naming only an event's verb (「论坛举行」) ends a wrapped
  title (``headpairs.bare_event_tail``).
- Three units or more are divided break by break (``_divide``); no title holds a unit ending in a
  dash before its last unit: the dash leads into what follows it, so the kicker ends there. A unit
  opening on 就 that starts a statement's title (「就……答记者问」, STATEMENT) ends the kicker (its
  speaker) above it.
"""

from __future__ import annotations

import re

from banmian.segment.headpairs import (
    BARE_TAIL_WRAP_ODDS,
    KICKER_ENDING,
    KICKER_LEADS,
    bare_event_tail,
    pair_cues,
    pair_reading,
    pair_scores,
)
from banmian.segment.headunits import (
    Unit,
    dated_note,
    is_banner_shaped,
)
from banmian.segment.linefeatures import KICKER_DASH
from banmian.segment.pairweights import Reading, pair_weights
from banmian.segment.participants import (
    participant_line,
    participants_below,
    participants_closing,
    participants_under_wrapped,
)
from banmian.segment.roles import Role
from banmian.segment.unitshapes import (
    blocks_apart,
    clauses_closed,
    closes_title,
    leads_into_title,
    no_kicker,
    quantity_below,
    subject_goes_on,
    summary_below,
    tag_on_a_stub,
    too_long_for_title,
)

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
#: From this score a kicker + title pair is kept even when the page seems to want more headlines.
FIRM_KICKER_SCORE = 1.0
#: What a title opening on 就 says of its speaker: a statement, a talk, answers to the press. The
#: corpus's 4 titles that open on the preposition 就 (not the word 就业) all name one, each under its
#: speaker as the kicker (a spokesman, an office's head, a committee); the 7 kickers that open on 就
#: head titles of other news (messages of congratulation).
STATEMENT = re.compile(r"发表声明|发表谈话|答记者问")
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


def group_fields(members: list[Unit], subtitle_free: bool, wraps: bool = True) -> tuple[Unit | None, Unit, Unit | None]:
    """Kicker, title and plain subtitle of a group; two units go by ``pair_reading``, three or more
    by ``_divide``, and a plain subtitle only where the stack has no dashed one. ``wraps``: a unit
    may be a title's wrapped line; not in a text never wrapped (segment.unwrapped), which sets each
    headline element on a line of its own."""
    if subtitle_free and len(members) >= 2 and dated_note(members[-1].text):
        # A dated note closes the stack as its subtitle; the units above it divide without one.
        kicker, title, _ = group_fields(members[:-1], False, wraps)
        return kicker, title, Unit(Role.SUBTITLE, members[-1].lines)
    if len(members) >= DIVIDED_MEMBERS:
        return _divide(members, subtitle_free, wraps)
    if len(members) == 2 and subtitle_free and (
        participants_below(*members)
        or participants_under_wrapped(*members)
        or participant_line(members[1])
        or summary_below(members[1])
        or participants_closing(members[1])
    ):
        return None, members[0], Unit(Role.SUBTITLE, members[1].lines)
    if len(members) == 2 and subtitle_free and closes_title(members[0]) and not tag_on_a_stub(members[0]):
        # The column tag ends the title: the unit under it is no wrap and has no kicker over it.
        return None, members[0], Unit(Role.SUBTITLE, members[1].lines)
    # A banner-shaped first unit stays a kicker: the page plan may read it as a banner (assign).
    if (
        len(members) == 2
        and not leads_into_title(members[0])
        and (not is_banner_shaped(members[0]) or tag_on_a_stub(members[1]))
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
        if reading is Reading.WRAPPED_TITLE and not wraps:
            reading = Reading.TITLE_SUBTITLE if subtitle_free and pair_scores(*members)[1] > 0 else Reading.KICKER_TITLE
        if reading is Reading.WRAPPED_TITLE:
            return None, _joined(members), None
        if reading is Reading.TITLE_SUBTITLE:
            return None, members[0], Unit(Role.SUBTITLE, members[1].lines)
    if not wraps and len(members) == 2:
        return members[0], members[1], None
    kicker, title = _kicker_title(members)
    return kicker, title, None


def _title_above(first: Unit, second: Unit, subtitle_free: bool) -> Reading:
    """How two units divide when the first is no kicker (``no_kicker``): the reading the pair
    weights like better of a wrapped title and a title over its subtitle, where the stack allows
    it (no wrap across a blank line, no plain subtitle over a dashed one)."""
    wrapped, subtitle = pair_scores(first, second)
    if blocks_apart(first, second):
        return Reading.TITLE_SUBTITLE if subtitle_free else Reading.KICKER_TITLE
    return Reading.WRAPPED_TITLE if wrapped >= subtitle or not subtitle_free else Reading.TITLE_SUBTITLE


def _divide(members: list[Unit], subtitle_free: bool, wraps: bool = True) -> tuple[Unit | None, Unit, Unit | None]:
    """Three or more units of one stack (a kicker or title that ``units_of`` left in pieces, a
    run the page forced into one stack): each break between two units is read like a pair of
    units — a wrap inside one field, the kicker's end or the title's end — and the division into
    kicker, title and plain subtitle whose breaks the pair weights like best wins. Reading the
    breaks one by one, rather than the first unit against the rest, lets a kicker wrapped over two
    lines stand over a title wrapped over two (「……县长林」/「晓发表……」/「依法……」/「积极……」).
    Divisions the weights like equally go as a pair does (``PairWeights.reading``): a break whose
    odds are even is a kicker's end, so a kicker, and the shortest one, wins the tie. A title longer
    than any title is set (``too_long_for_title``) is read only when no division avoids one."""
    odds = [_break_odds(a, b) for a, b in zip(members, members[1:], strict=False)]
    if not wraps:
        odds = [(APART_WRAP_ODDS, subtitle) for _, subtitle in odds]
    firm = (kicker_score(members[0], members[1]) >= FIRM_KICKER_SCORE or is_banner_shaped(members[0])) and not no_kicker(
        members[0], members[1]
    )
    n = len(members)
    best: tuple[bool, bool, float, bool, int, int] | None = None
    starts = (1,) if firm else [k for k in range(n) if k == 0 or not _kicker_refused(members, k)]
    if subtitle_free and participants_closing(members[-1]):
        starts = (0,)  # an event's title over who took part stands under no kicker
    statement = _statement_start(members)
    if statement is not None:
        starts = (statement,)  # 「林晓」/「就……」/「……答记者问」: the speaker over the statement's title
    for start in starts:  # the title's first unit: members before it are the kicker
        # The title ends before members[end]; the members after it are a plain subtitle.
        for end in _title_ends(members, start, subtitle_free):
            fits = not too_long_for_title(_joined(members[start:end]))
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


def _statement_start(members: list[Unit]) -> int | None:
    """The first unit after the first that opens on 就 where the units from it on name a
    statement (STATEMENT): the title of 「县政府新闻发言人」/「就……答记者问」 opens on 就, and the
    speaker over it is the kicker. A 就 phrase over a title of another kind is the kicker itself
    (「就建县七十周年」/「……致全县人民的慰问信」)."""
    for k in range(1, len(members)):
        if members[k].text.startswith("就") and STATEMENT.search("".join(m.text for m in members[k:])) is not None:
            return k
    return None


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
    if start < n - 1 and (participants_below(members[-2], members[-1]) or participant_line(members[-1])):
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
