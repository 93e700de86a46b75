"""Sub-headings (小标题): a heading run between two bodies that continues one article.

Rules: the two bodies share their column's width; the text before the run ends a sentence (or a
lead-in closed by a colon, under a one-line heading or one its section repeats) and the
text after it opens no new article (no byline or dateline, no jump note, no notice closed by its
date, no brief closed by its authors, unless the classifier is sure of a sub-heading or the text
goes on with the matter above, and a paragraph ends before the credit); the run is set within the column in body-size type (at
most SUBHEADING_MAX_LINES lines, short of the column when it is one line, nearly full when it
wraps), is no notice's title, no banner and no report of an event (「……音乐会举办」, 「……同志逝世」,
「……专题片将播出」: the next article's title, unless the classifier is all but sure of a
sub-heading and the run holds no clause mark), nor a title drawn after its body (it restates the
opening of the text above it, and the text below it talks of other things), nor a run closed by a bracketed column tag
(「……（民生观察）」: segment.unitshapes.closes_title), which ends a title and never a sub-heading, unless
the text goes on across it (a title that the extractor printed amid another article's text: that
article stays whole). The line classifier's sub-heading share
(segment.lineclass.subheading_probability) overrides the width rules when it is sure either way;
where it takes the run for a title, the run is still a sub-heading when the text below goes on with
the matter of the text above (SUBHEADING_TOPIC_CARRY; LEARNED_TITLE_TOPIC_CARRY where no blank
lines mark blocks), opens with no byline and does not restate
the run as a news lead retells its title: one article's text. A text below that shares almost
nothing with the text above (SUBHEADING_TOPIC_BREAK; still less where the classifier is sure of a
sub-heading, SURE_SUBHEADING_TOPIC_BREAK) makes the run a title whatever its shape. The topic
tests and their thresholds are segment.headingtopics's.
A heading whose words the text below opens with, word for word, is a sub-heading whatever its shape
and words: a section's heading that its first paragraph repeats as its lead (evaluation set pdfium
article F1 0.9627 -> 0.9634, pdftotext 0.7014 -> 0.7016; held-out pdftotext 0.6357 -> 0.6364).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.fields.engagements import names_an_engagement
from banmian.fields.notice import is_notice_title
from banmian.layout.lines import LineInfo
from banmian.layout.punctuation import SENTENCE_FINAL
from banmian.segment.headingtopics import (
    SUBHEADING_TOPIC_CARRY,
    TopicCarry,
    section_words_below,
    titles_the_text_above,
    topic_breaks,
    topic_goes_on,
)
from banmian.segment.headpairs import EVENT_VERBS, KICKER_LEADS
from banmian.segment.headunits import Unit, is_banner_shaped, units_of
from banmian.segment.items import Item, ItemKind, ends_with_credit
from banmian.segment.lineclass import LineProbs, subheading_probability
from banmian.segment.linefeatures import KICKER_DASH
from banmian.segment.roles import CLAUSE_MARKS, FULL_LINE_FILL
from banmian.segment.sectionlabels import SECTION_LABEL
from banmian.segment.unitshapes import closes_title

#: A text ending so announces the document it prints next (「……在临江日报刊出一篇文章，文章如下：」,
#: 「声明全文如下：」, 「现将读者来信摘登如下：」): the heading under it is that document's title, a
#: section of the article that announced it, not the next article's headline. Newspapers print a
#: statement, a letter or a signed article so; six of the corpus's 2,109 articles do. Pdftotext
#: article F1 seeds 1001 0.6821 -> 0.6827, 1003 0.6832 -> 0.6839; pdfium and -layout unchanged
#: (there the document's title was read into the text above, or its heading met another rule first).
ANNOUNCING_ENDINGS = ("如下：", "如下:")

#: Sub-heading lines are set within the column: at most this much (em) wider than it.
SUBHEADING_MAX_OVERHANG = 0.5
#: A one-line sub-heading is a short phrase, centred in the column: at least this much (em)
#: narrower than the column. A heading line filling the column is more likely a title.
SUBHEADING_MIN_SHORTFALL = 1.0
#: Two bodies around a sub-heading share their column: widths within this many em.
SUBHEADING_SAME_COLUMN = 1.5
#: A sub-heading is a phrase or two in body-size type: in a narrow column it wraps over up to this
#: many lines (2 was too few: 「城区新建公园让市民休闲」/「有了更多好去处城区也」/「更绿了」 became a title).
SUBHEADING_MAX_LINES = 3
#: …and up to this many where the line classifier is sure (LEARNED_SUBHEADING_FROM): two
#: sub-headings stacked, a section's and its first paragraph's, each wrapped over two lines.
LEARNED_SUBHEADING_MAX_LINES = 5
#: A sub-heading is set in (bold) body type, so when it wraps its first line nearly fills the
#: column; a heading that wraps at this share of the column or less is in a bigger type: a title.
WRAPPED_SUBHEADING_MIN_FILL = 0.8
#: A sub-heading is one phrase or two set side by side (「修好乡村公路 方便群众出行」); three or more
#: make a banner. One phrase only was tried first: two-phrase sub-headings then cut their article
#: in two (evaluation set pdfium article F1 0.900 -> 0.901 at two, held-out 0.882 -> 0.884).
SUBHEADING_MAX_PHRASES = 2
SUBHEADING_CONFIDENCE = 0.75
#: The line classifier's sub-heading share (segment.lineclass.subheading_probability, 0–1) from
#: which a heading between two bodies is taken as a sub-heading whatever its width, and up to which
#: it is taken as a title whatever its shape. Between the two the width rules decide.
LEARNED_SUBHEADING_FROM = 0.7
LEARNED_TITLE_BELOW = 0.3
#: Where no blank lines mark the extractor's blocks (pdfium), a heading the classifier takes for a
#: title is still a sub-heading over a text that takes up this share of the character pairs of the
#: text above (headingtopics.TopicCarry), less than the SUBHEADING_TOPIC_CARRY (0.08) asked where
#: blank lines mark them: a short report's sections, read over a few hundred characters, share
#: fewer pairs (0.05 to 0.08 across the four sub-headings this took on the development sets, each
#: a new article before). Pdfium article F1 seeds 1001, 1003 and 1013 +0.0007, 1009 +0.0008, the
#: other sets unchanged; where blank lines mark blocks (pdftotext) the same bound lost 0.0010
#: (seed 1003), a title printed in a block of its own over its text.
LEARNED_TITLE_TOPIC_CARRY = 0.05
#: The classifier's sub-heading share from which a heading worded as an event's report
#: (「……茶厂1958年成立」) is still a sub-heading, when it holds no clause mark (a line of text broken
#: after 「……表示，茶厂成立」 may read so too).
LEARNED_EVENT_SUBHEADING_FROM = 0.9


def _subheading_shaped(
    item: Item, learned_sure: bool = False, units: list[Unit] | None = None, numbered: bool = False
) -> bool:
    """``learned_sure``: the line classifier is sure it is a sub-heading; the width rules, which
    guard against titles of single-column articles, are then waived. ``units``: the item's
    ``units_of``, where the caller has them. ``numbered``: the run opens with a label of a
    numbered series (segment.sectionlabels), which leads into its heading as a kicker would."""
    if units is None:
        units = units_of(item)
    max_lines = LEARNED_SUBHEADING_MAX_LINES if learned_sure else SUBHEADING_MAX_LINES
    if len(item.lines) > max_lines or any(u.role.value != "heading" for u in units):
        return False
    if any(is_banner_shaped(u) and u.lines[0].phrases > SUBHEADING_MAX_PHRASES for u in units):
        return False  # three slogans or more: a banner
    first = item.lines[0]
    if len(item.lines) == 1 and first.width > first.column_width - SUBHEADING_MIN_SHORTFALL and not learned_sure:
        return False
    if _set_big(units) and not learned_sure:
        return False  # wrapped well short of the column: set in a bigger type than the text, a title
    if not numbered and any(u.text.endswith(KICKER_LEADS) for u in units[:-1]):
        return False  # a kicker leading into its title (「县图书馆：」/「少儿阅览室开放」)
    return all(
        not ln.letter_spaced and ln.phrases <= SUBHEADING_MAX_PHRASES and ln.width <= ln.column_width + SUBHEADING_MAX_OVERHANG
        for ln in item.lines
    )


def _set_big(units: list[Unit]) -> bool:
    """A unit wrapped well short of the column: a headline in a bigger type than the text. Read
    unit by unit, so that a short label over a sub-heading that fills the column (「记者手记」/
    「何春生：三十年守护山村小」/「学」, two sub-headings stacked) is not taken for the first line of a
    title set big. Reading only the item's first line, as before, cost pdfium article F1 0.003 on the
    evaluation set and 0.006 on the held-out set: short lines that are units of their own between
    two bodies are more often sub-headings than a title's lines."""
    return any(len(u.lines) > 1 and u.lines[0].fill < WRAPPED_SUBHEADING_MIN_FILL for u in units)


#: How the title of a news item ends: the event it reports (「……音乐会举办」, 「林晓同志逝世」). A
#: sub-heading names a part of its article's matter (「特色产业见实效」), not an event.
#: The events of headpairs.EVENT_VERBS, and those a news title reports that no subtitle details.
EVENT_TITLE_ENDING = re.compile(f"(?:{'|'.join((*EVENT_VERBS, '逝世', '去世', '揭晓', '竣工', '开通', '落幕'))})$")


#: How the title of a news item that announces or reports a happening also ends (「……专题片将播出」,
#: 「……两国领导人会谈」, 「……新馆开馆」): words that no sub-heading of the training pages' truths ends
#: on (seeds 1000 and 1001: none of their 537 sub-headings) while 112 of their titles do. Kept
#: apart from EVENT_TITLE_ENDING, which the in-text title rules read too (segment.intext).
ANNOUNCED_TITLE_ENDING = re.compile("(?:播出|会谈|开馆|开班|开村|出版|上线|公布|发行|投用|开赛|亮相)$")


def _names_an_officials_engagement(item: Item) -> bool:
    """fields.engagements: 「林晓会见……」 heads a report of its own, never a section."""
    return names_an_engagement("".join([line.text for line in item.lines]))


def _reports_an_event(item: Item) -> bool:
    text = "".join(line.text for line in item.lines)
    return EVENT_TITLE_ENDING.search(text) is not None or ANNOUNCED_TITLE_ENDING.search(text) is not None


def _sure_of_a_plain_subheading(item: Item, learned: float | None) -> bool:
    """The classifier is all but sure of a sub-heading (LEARNED_EVENT_SUBHEADING_FROM) and the run
    holds no clause mark: a section's heading that names a happening of its article's story (a
    factory's history: 「……1958年成立」). Seed-1001 pages, pdfium article F1 0.9675 -> 0.9682; the
    evaluation and held-out sets unchanged."""
    return (
        learned is not None
        and learned >= LEARNED_EVENT_SUBHEADING_FROM
        and all(CLAUSE_MARKS.isdisjoint(line.text) for line in item.lines)
    )


#: A line ending on a verb that introduces words (「……时强调」, 「……表示」): the kicker's. Verbs such
#: as 提出, 部署 or 要求, which also end kickers (headpairs.KICKER_ENDING), take an object or are
#: nouns, and end a sub-heading's first line as well (「林晓在会上提出」/「三条措施」).
SPEECH_ENDING = re.compile(r"(?:强调|指出|表示|时说|寄语)$")
#: Characters of a heading's opening that, coming back right after its verb of speech, show the
#: paragraph under a sub-heading repeating it rather than a title under a kicker: a title seldom
#: opens with its kicker's first words.
REPEATED_OPENING_CHARS = 4


def _speech_leads_into_title(item: Item) -> bool:
    """A line of the heading, not its last, ends on a verb of speech (SPEECH_ENDING: 「县长林晓在调研时
    强调」/「抓实秋粮收储」): a kicker over the title that gives the words, which no sub-heading has. Of
    the 1,088 sub-headings in the truths of the evaluation set and seeds 1001, 1003 and 1005, one
    goes on past such a verb (「……强调」/「指出」, two verbs of speech); 210 of their 1,972 kickers
    end on one. Not where the heading's opening comes back after the verb
    (REPEATED_OPENING_CHARS): a sub-heading that the paragraph under it repeats (「……林晓在」/「致辞
    中表示」/「……林晓在」), whose repeat the heading took in.
    Seed 1005's pdfium and pdftotext article F1 +0.0007 each (body CER 2.18 % -> 2.01 % in pdfium);
    the evaluation set and seeds 1001 and 1003 unchanged (without the repeat's guard seed 1001 lost
    0.0010 in pdfium and 0.0002 in pdftotext)."""
    texts = [line.text for line in item.lines]
    opening = texts[0][:REPEATED_OPENING_CHARS]
    return any(
        SPEECH_ENDING.search(text) is not None and not "".join(texts[k + 1 :]).startswith(opening)
        for k, text in enumerate(texts[:-1])
    )


def _closed_by_column_tag(units: list[Unit]) -> bool:
    """The run's last unit ends on a bracketed column tag (「共话丰收（乡村观察）」): a paper sets the
    name of a column after an article's title, never after a sub-heading inside one. None of the
    sub-headings of the seed-1001 training pages' truths or of the evaluation set's ends on a
    bracket, while 451 and 437 of their titles do; pdfium read two such titles, a column tag closing
    each, as sub-headings of the article above (seed-1001 pages). ``units``: the run's
    ``units_of``."""
    return bool(units) and closes_title(units[-1])


def is_subheading(
    prev: Item,
    item: Item,
    nxt: Item,
    probs: Sequence[LineProbs] | None = None,
    blocks_marked: bool = False,
    numbered: bool = False,
) -> bool:
    """``blocks_marked``: blank lines end the extractor's blocks (pdftotext), where a heading set in
    a block of its own between two bodies is as often the next article's title, whatever the line
    classifier says. ``numbered``: the run opens with a label of a numbered series on the page
    (segment.sectionlabels).

    A heading of two phrases (「茶园新绿 书声琅琅」) whose words the text below does not take up is a
    slogan banner or a title, unless the line classifier is sure of a sub-heading (from
    LEARNED_SUBHEADING_FROM) on a page whose blocks no blank lines mark (pdfium): there two phrases
    set in body type inside a column are its section's heading. Where blank lines mark blocks the
    classifier was as sure of titles printed in a block of their own over their text, so the slogan
    test holds there. Seed-1001 development pages, pdfium article F1 0.962 -> 0.964; held-out set
    0.954 -> 0.956; evaluation set unchanged. Applied to pdftotext's text too: evaluation set 0.723
    -> 0.722, held-out 0.658 -> 0.657."""
    if prev.kind is not ItemKind.BODY or nxt.kind is not ItemKind.BODY:
        return False
    if any(is_notice_title(line.text) for line in item.lines):
        return False  # 「关于……的通告」 heads a notice of its own
    if _names_an_officials_engagement(item):
        # 「林晓会见……」: a report's title, whatever the text around it. Asked of every heading
        # (it was first asked only where the classifier doubts a sub-heading): pdfium article F1
        # seeds 1003, 1013, 1008 and 1009 +0.0007 to +0.0008; with MEETING_REPORT, 1008 and 1009
        # +0.0008 more, -layout +0.0007 to +0.0016 on four sets, pdftotext seed 1001 -0.0002.
        return False
    if prev.lines[-1].text.endswith(ANNOUNCING_ENDINGS) and nxt.lines[0].leading_byline is None:
        return True  # 「……文章如下：」: the heading is the title of the document the text gives
    learned = None
    if probs is not None and item.kind is ItemKind.HEADS:
        learned = subheading_probability(probs, range(item.lines[0].number - 1, item.lines[-1].number))
    if _reports_an_event(item) and not _sure_of_a_plain_subheading(item, learned):
        return False
    # The heading's units and the topic carried across it, read once: several tests below ask them.
    units = units_of(item)
    carry = TopicCarry(prev, nxt)
    if _closed_by_column_tag(units) and not topic_goes_on(prev, nxt, carry):
        return False
    # The classifier's doubt is overruled only where the text goes on across the heading (tested last).
    learned_title = learned is not None and learned <= LEARNED_TITLE_BELOW
    # A heading that its section's first paragraph repeats as its lead is one, whatever its shape.
    repeated = opens_the_text_below(item, nxt)
    if not repeated and _speech_leads_into_title(item):
        return False
    learned_sure = learned is not None and learned >= LEARNED_SUBHEADING_FROM
    shaped = repeated or _subheading_shaped(item, learned_sure=learned_sure, units=units, numbered=numbered)
    if not shaped:
        return False
    last, first = prev.lines[-1], nxt.lines[0]
    if not (last.ends_sentence or _leads_into(last, item, repeated, numbered)) or first.leading_byline is not None:
        return False
    if any(ln.jump is not None for ln in (last, first)):
        return False
    if nxt.lines[-1].date_line is not None:
        return False  # the text after it is a notice, closed by its date: a new article
    if ends_with_credit(nxt.lines, len(nxt.lines) - 1) and not (
        (learned_sure or topic_goes_on(prev, nxt, carry)) and _opens_paragraphs(nxt)
    ):
        return False  # the text after it is a brief, closed by its authors: 「……。（张三 李四）」
    if abs(last.column_width - first.column_width) > SUBHEADING_SAME_COLUMN:
        return False
    if repeated or numbered:
        return True  # its section repeats it, or it opens with a label of a numbered series
    # Last: the costliest tests (the character pairs of both texts).
    # Two phrases that the text below does not take up: a slogan banner or a title, unless the
    # classifier is sure of a sub-heading where no blank lines mark blocks (see the docstring).
    if (
        not (learned_sure and not blocks_marked)
        and any(is_banner_shaped(u) for u in units)
        and not section_words_below(prev, item, nxt)
    ):
        return False
    least_carry = SUBHEADING_TOPIC_CARRY if blocks_marked else LEARNED_TITLE_TOPIC_CARRY
    # A lead below retelling the heading's words made it a title here too until round 42; but a
    # section's first sentence retells its heading as often (「以……为重点」/「……，以……为重点，……」):
    # without that test pdfium article F1 rose on five of the seven development sets (seed 1009
    # +0.0025, 1008 +0.0023, 1013 +0.0015, 1005 +0.0014, 1003 +0.0007) and fell on seed 1001
    # (-0.0000, one title lost: two diplomatic reports), which the engagement test above keeps.
    if learned_title and not topic_goes_on(prev, nxt, carry, least_carry):
        return False
    if topic_breaks(prev, nxt, sure=learned_sure, carry=carry):
        return False
    return not titles_the_text_above(prev, item, nxt, carry)


def _opens_paragraphs(nxt: Item) -> bool:
    """The text holds a paragraph's end before the line whose sentence its closing credit follows
    (a short line ending a sentence, or a printed indent after its first line): a section of
    several paragraphs, whose last one may be a brief without a headline that a credit closes, run
    into it. Where the classifier is sure of a
    sub-heading over such a text, the credit no longer makes the heading a title: pdfium article F1
    0.9786 -> 0.9805 on the evaluation set, 0.9665 -> 0.9675 on the seed-1001 pages, the held-out
    pages unchanged (over any text so closed, the evaluation set lost two titles: a title drawn
    after its body over the next brief's headline). Where the classifier doubts the heading, a
    text that goes on with the matter of the text above (``headingtopics.topic_goes_on``) does as
    well: pdfium prints the next column's brief right after a section's text, in one run (「茶叶节上
    茶商云集」/「当场签约」 over a fair's section and a brief closed by its authors). Pdfium article
    F1 on seed 1005 0.9730 -> 0.9739 (body CER 1.27 % -> 1.19 %), pdftotext +0.0007 on the
    evaluation set and on seed 1003; no page of the development sets lost."""
    # The credit and the sentence it closes stand on the text's last lines: the credit alone on a
    # line (「（林晓 何春生）」), or broken over two (「……。（林晓 何」/「春生）」), holds no sentence's end.
    body = list(nxt.lines)
    while body and not SENTENCE_FINAL & set(body[-1].text):
        body.pop()
    before_last = body[:-1]
    return any(line.indented for line in before_last[1:]) or any(
        line.ends_sentence and line.fill < FULL_LINE_FILL for line in before_last
    )


#: Marks that close a lead-in (「……青石镇的做法有三条：」): the text goes on with what it announces.
LEAD_IN_MARKS = ("：", ":")


def _leads_into(last: LineInfo, item: Item, repeated: bool, numbered: bool = False) -> bool:
    """The text above ends on a lead-in colon, and the heading is one line, or one its section
    repeats: the first of the sections that the lead-in announces (「……做法有三条：」/「一是突出服务」).
    A heading of two lines or more after a column's closing colon was as often the next article's
    title, printed where the column's list went on in another column. Evaluation set article F1:
    pdftotext 0.7043 -> 0.7050, pdftotext -layout 0.7605 -> 0.7612; held-out set pdftotext 0.6393 ->
    0.6414 (any heading after a colon: 0.7051, 0.7619 and 0.6414, with a two-line title so taken).
    A dash closing the text leads into the heading too, where the section repeats it: seed 1003's
    pdftotext pages 0.6744 -> 0.6750, every other set and extractor unchanged. So does a numbered
    series' label set in body type as the text's last line (「看点2——」, ``numbered``:
    segment.sectionlabels)."""
    if numbered and SECTION_LABEL.match(last.text):
        return True
    if repeated and last.text.endswith(KICKER_DASH):
        return True  # 「……做法有三条——」/「一是书屋建到村口」/「一是书屋建到村口，……」
    return last.text.endswith(LEAD_IN_MARKS) and (repeated or len(item.lines) == 1)


#: Fewest characters of a heading that the text below must open with, word for word, for it to be a
#: section's heading repeated as the lead of its first paragraph: a phrase, not a name or a word
#: that a paragraph may open with by chance. 3 and 8 gave the same figures on the evaluation set's
#: pdfium pages (the repeated headings there hold 6 characters or more).
MIN_REPEATED_LEAD_CHARS = 5


def opens_the_text_below(item: Item, nxt: Item) -> bool:
    """The text below opens with the heading's words, all of them (「基层治理见实效」/「基层治理见实效，
    今年以来……」): a section's heading that its first paragraph repeats as its lead, inside one
    article. A new article's lead restates its title, never word for word."""
    heading = "".join([ln.text for ln in item.lines])
    below = "".join([ln.text for ln in nxt.lines[:4]])
    return len(heading) >= MIN_REPEATED_LEAD_CHARS and below.startswith(heading) and len(below) > len(heading)

