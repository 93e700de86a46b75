"""Headline units that name who took part in the title's event: the title's subtitle.

A title announcing an event (「……研讨会举行」, 「……会议开幕」) is often followed by a line naming who
took part (「何春生出席」, 「林晓主持」), or by a summary of the event closing on such a phrase
(「审议三项草案 林晓出席」). That line is the title's subtitle (副题), never a kicker's title nor the
title's wrapped tail; segment.kickers asks these tests before its learned weights, which met few such
groups on the training pages.
"""

from __future__ import annotations

import re

from banmian.fields.personnames import has_surname
from banmian.segment.headpairs import PART_TAKEN
from banmian.segment.headunits import PARTICIPANT_NAME_CHARS, WRAP_TAIL_SHARE, Unit, complete_above_short

#: Characters of the name opening a line that names who took part (「林晓出席」, 「欧阳晓峰致辞」): a
#: Chinese personal name holds two to four.
PARTICIPANT_NAME_MAX_CHARS = 4
#: Most characters of a headline's last phrase that names who took part (「林晓出席」, 「何春生主持
#: 会议」; ``participants_closing``): a name and a short verb phrase. In the corpus's headlines,
#: 10 of 338 subtitles close on such a phrase after a space, and none of 2,109 titles or 582 kickers.
PARTICIPANT_PHRASE_MAX_CHARS = 12
#: A line that is nothing but who took part (``participant_line``): a name, then 出席, 主持, 致辞,
#: 讲话, 批示, 参加 or 宣读, with at most what they attended (「林晓出席」, 「何春生作出批示」, 「林晓出席
#: 开幕式」). The deeds a title reports for itself (会见, 看望, 考察) are left out. Of the corpus's
#: headlines of PARTICIPANT_PHRASE_MAX_CHARS characters or fewer that open so, 20 are subtitles and
#: none a title; one kicker opens so on an ordinal, not a name (「第一次参加……」), which the
#: surname test (fields.personnames.has_surname) leaves out.
PARTICIPANT_LINE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:作出|出席并)?(?:出席|主持|致辞|讲话|批示|参加|宣读)")
#: Characters no name holds: a headline's words before a verb (「贺信并致辞」, 「……等林晓参加」).
NOT_IN_NAMES = frozenset("并等和与及的在")


def participants_below(first: Unit, second: Unit) -> bool:
    """A short line under a title that names who took part in its event (「……研讨会举行」/「何春生出
    席」) is the title's subtitle: ``units_of`` kept it from being the title's wrapped tail for the
    same reason (``complete_above_short``), and no kicker stands over so short a title. Of the
    training pages' two-unit groups (seeds 1000 and 1001) of this shape that the truth reads, all
    15 are a title over its subtitle; the pair weights, with few such groups to learn from, read
    some as one wrapped title."""
    widest = max(line.width for line in first.lines)
    return (
        len(second.lines) == 1
        and second.width < WRAP_TAIL_SHARE * widest
        and complete_above_short(first.lines[-1], second.lines[0])
    )


def participants_under_wrapped(first: Unit, second: Unit) -> bool:
    """A line naming who took part in the event of a title wrapped over lines (「第三届文化旅游节在
    临」/「江开幕」/「林晓出席」) is the title's subtitle, however wide: the title's measure is narrow,
    so the line cannot be told short by it (``participants_below``). Of the training pages' groups
    of two units of this shape (seeds 1000 and 1001, pdfium and pdftotext text), 15 are a title over
    its subtitle and 1 a title wrapped. The name opens the line, right before its verb
    (PARTICIPANT_NAME_MAX_CHARS): a line naming someone further in is a title of its own
    (「何春生带队赴外地考察……」)."""
    found = PART_TAKEN.search(second.text)
    return (
        len(first.lines) > 1
        and len(second.lines) == 1
        and complete_above_short(first.lines[-1], second.lines[0])
        and found is not None
        and found.start() <= PARTICIPANT_NAME_MAX_CHARS
    )


def participants_closing(second: Unit) -> bool:
    """A unit closing on a phrase of its own, set after a space, that names who took part in the
    event (「审议三项草案 林晓出席」, PARTICIPANT_PHRASE_MAX_CHARS) is the title's subtitle: a summary
    of the event and its participants, never a title under a kicker (none of the corpus's 10 such
    subtitles stands under a kicker). Seed-1001 pages, pdfium title
    accuracy 0.8834 -> 0.8840, subtitle F1 0.9042 -> 0.9064; held-out (seed 1002) title 0.8810 ->
    0.8816, subtitle 0.8914 -> 0.8938; evaluation set unchanged. A name opens the phrase, before its
    verb (PARTICIPANT_NAME_CHARS)."""
    found = None
    phrases = second.lines[-1].heading_text.split()
    if len(phrases) >= 2 and len(phrases[-1]) <= PARTICIPANT_PHRASE_MAX_CHARS:
        found = PART_TAKEN.search(phrases[-1])
    return found is not None and found.start() >= PARTICIPANT_NAME_CHARS


def participant_line(unit: Unit) -> bool:
    """The unit is one short line, one phrase, naming who took part in the title's event
    (PARTICIPANT_LINE, PARTICIPANT_PHRASE_MAX_CHARS): the title's subtitle wherever it closes the
    headline, however wide the title over it (``participants_below`` asks for a line short against
    its title's width, so misses one under a title broken over short lines: 「……打赢攻坚战」/「林晓作出
    批示」). A line of two phrases is ``participants_closing``'s."""
    text = unit.text.strip()
    if len(unit.lines) != 1 or " " in text or len(text) > PARTICIPANT_PHRASE_MAX_CHARS:
        return False
    found = PARTICIPANT_LINE.match(text)
    return found is not None and NOT_IN_NAMES.isdisjoint(found["name"]) and has_surname(found["name"])
