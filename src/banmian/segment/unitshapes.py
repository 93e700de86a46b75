"""What two headline units' shapes and words say of how they divide, before any weights are asked
(segment.kickers divides a group with these and the learned pair weights of segment.headpairs).

Rules:
- A unit holding a colon inside it (「林晓：扎根山村」) is no kicker: it sets a title's subject
  before its words; nor is a phrase of two characters over a title closed by its column tag
  (「青石」/「茶香飘四方（乡村观察）」), nor a unit ending on a count that needs its noun
  (「……开设首个」) (``no_kicker``).
- A column tag in brackets closes a title, never a kicker, unless a photographer's credit word
  stands before it (``closes_title``); a tag on a unit of a few characters is a wrapped title's
  tail (``tag_on_a_stub``).
- A unit of clauses whose last clause is whole and leaves no quotation open (「抓好秋收、抓紧秋
  种」) is complete: a kicker, not a wrapped title's first line (``clauses_closed``).
- A unit opening on a person's name and a verb over a unit opening on a verb (「林晓出席……」/
  「宣读……」) is a title over its subtitle (``subject_goes_on``), and so is a unit going on to a
  measured quantity (「……超3000吨」) under one without (``quantity_below``).
- A unit ending in a dash, a colon or a verb of speech leads into the title below it
  (``leads_into_title``); one longer than any title is a kicker or subtitle
  (``too_long_for_title``), and one so long set as clauses sums up the news under its title
  (``summary_below``).
- Two units a blank line sets apart (pdftotext's blocks) are no title wrapped over two lines,
  unless the first visibly goes on (``blocks_apart``).
"""

from __future__ import annotations

import re

from banmian.fields.wordbreak import first_words
from banmian.segment.headpairs import (
    CLAUSE_MARKS,
    CLOSERS,
    CLOSING_TAG,
    COLONS,
    KICKER_ENDING,
    KICKER_LEADS,
    OPENERS,
    VERB_TAG,
    core_characters,
)
from banmian.segment.headunits import Unit, visibly_unfinished

#: Most CJK characters a title holds (a column tag closing it left out): of the training pages'
#: truths (seeds 1000 and 1001), no title of 3,680 holds 35 or more, while 5 of 979 kickers and 19
#: of 139 plain subtitles do (summaries of a meeting's decisions, the list of those who attended).
TITLE_MAX_CHARS = 34

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
#: CJK characters, column tag left out, up to which a tagged unit is a stub (``tag_on_a_stub``): a
#: title under a kicker names its news in more (of the corpus's 582 titles under a kicker, 2 hold
#: four characters or fewer besides a column tag, one of them tagged), while the tail of a wrapped
#: title may hold one or two.
TAGGED_STUB_MAX_CHARS = 4


def tag_on_a_stub(unit: Unit) -> bool:
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
    while 105 titles of 3,680 do), a short first phrase (``short_phrase``), or one ending on a
    count that needs its noun (「……开设首个」/「“读书角”」, COUNT_ENDING)."""
    if leads_into_title(first) or not core_characters(first):
        return False
    return any(c in first.text[:-1] for c in COLONS) or short_phrase(first, second) or COUNT_ENDING.search(first.text) is not None


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
        and not leads_into_title(first)
        and not blocks_apart(first, second)
        and not closes_title(second)
        and QUANTITY.search(first.text) is None
    )


def short_phrase(first: Unit, second: Unit) -> bool:
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


def leads_into_title(unit: Unit) -> bool:
    """A unit ending in a dash, a colon or a verb of speech leads into the title below it."""
    return unit.text.endswith(KICKER_LEADS) or KICKER_ENDING.search(unit.text) is not None


def too_long_for_title(unit: Unit) -> bool:
    """A unit holding more characters than a display line set over a few lines ever does is in
    small type, a kicker or a subtitle, never the title (TITLE_MAX_CHARS)."""
    return core_characters(unit) > TITLE_MAX_CHARS


def summary_below(second: Unit) -> bool:
    """A second unit too long for a title and set as clauses (「明确三项重点任务，……；部署秋粮收
    购……」) sums up the news under its title: the title's subtitle. Without clause marks, a unit
    so long is more often two headlines the lines ran together, which a later step may still part."""
    return too_long_for_title(second) and bool(CLAUSE_MARKS & set(second.text))


def blocks_apart(first: Unit, second: Unit) -> bool:
    """A blank line stands between two headline units and the first is not visibly unfinished:
    where blank lines mark the extractor's blocks (pdftotext), a title wrapped over lines and a
    title over its subtitle are printed in one block, while a kicker is printed in a block of its
    own (segment.kickers.APART_WRAP_ODDS). Pages without blank lines never show the cue."""
    gap = second.lines[0].number > first.lines[-1].number + 1
    return gap and not visibly_unfinished(first.lines[-1], second.lines[0])
