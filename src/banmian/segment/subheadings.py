"""Sub-headings (小标题): a heading run between two bodies that continues one article.

Rules: the two bodies share their column's width; the text before the run ends a sentence (or a
lead-in closed by a colon, under a one-line heading or one its section repeats) and the
text after it opens no new article (no byline or dateline, no jump note, no notice closed by its
date, no brief closed by its authors, unless the classifier is sure of a sub-heading and a
paragraph ends before the credit); the run is set within the column in body-size type (at
most SUBHEADING_MAX_LINES lines, short of the column when it is one line, nearly full when it
wraps), is no notice's title, no banner and no report of an event (「……音乐会举办」, 「……同志逝世」,
「……专题片将播出」: the next article's title, unless the classifier is all but sure of a
sub-heading and the run holds no clause mark), nor a title drawn after its body (it restates the
opening of the text above it, and the text below it talks of other things), nor a run closed by a bracketed column tag
(「……（民生观察）」: segment.kickers.closes_title), which ends a title and never a sub-heading, unless
the text goes on across it (a title that the extractor printed amid another article's text: that
article stays whole). The line classifier's sub-heading share
(segment.lineclass.subheading_probability) overrides the width rules when it is sure either way;
where it takes the run for a title, the run is still a sub-heading when the text below goes on with
the matter of the text above (SUBHEADING_TOPIC_CARRY), opens with no byline and does not restate
the run as a news lead retells its title: one article's text. Where the classifier is short of
sure of a sub-heading, a text below that shares almost nothing with the text above
(SUBHEADING_TOPIC_BREAK) makes the run a title whatever its shape.
A heading whose words the text below opens with, word for word, is a sub-heading whatever its shape
and words: a section's heading that its first paragraph repeats as its lead (evaluation set pdfium
article F1 0.9627 -> 0.9634, pdftotext 0.7014 -> 0.7016; held-out pdftotext 0.6357 -> 0.6364).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.fields.notice import is_notice_title
from banmian.layout.lines import LineInfo
from banmian.layout.punctuation import SENTENCE_FINAL
from banmian.segment.headpairs import EVENT_VERBS, KICKER_LEADS
from banmian.segment.headunits import Unit, is_banner_shaped, units_of
from banmian.segment.items import Item, ItemKind, ends_with_credit
from banmian.segment.kickers import closes_title
from banmian.segment.lineclass import LineProbs, subheading_probability
from banmian.segment.roles import CLAUSE_MARKS, FULL_LINE_FILL

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
#: Characters of the section below a two-phrase heading read for its words: a few paragraphs.
SECTION_CHARS = 400
#: Share (0–1) of a two-phrase heading's character pairs that recur in the section below it for it
#: to be a sub-heading rather than a slogan banner (whose words the text does not take up). With
#: the topic test beside it, 0.1 and 0.3 gave the same figures on the evaluation set.
MIN_SECTION_AFFINITY = 0.2
#: The line classifier's sub-heading share (segment.lineclass.subheading_probability, 0–1) from
#: which a heading between two bodies is taken as a sub-heading whatever its width, and up to which
#: it is taken as a title whatever its shape. Between the two the width rules decide.
LEARNED_SUBHEADING_FROM = 0.7
LEARNED_TITLE_BELOW = 0.3
#: The classifier's sub-heading share from which a heading worded as an event's report
#: (「……茶厂1958年成立」) is still a sub-heading, when it holds no clause mark (a line of text broken
#: after 「……表示，茶厂成立」 may read so too).
LEARNED_EVENT_SUBHEADING_FROM = 0.9
#: …unless the text below goes on with the matter of the text above: at least this share (0–1) of
#: its character pairs (segment.intext.topic_carry) occur in the text just above, as within one
#: article, where a title's next article talks of other things. Measured on the evaluation set's
#: pdfium pages, on the headings between two bodies that the classifier took for titles and that
#: pass every other test here: the 5 sub-headings carry 0.10–0.15 of their pairs over (one 0.03),
#: the 8 titles at most 0.04; 0.08 lies between. End to end, pdfium article F1 0.9315 -> 0.9369 on
#: the evaluation set and 0.9169 -> 0.9200 on the held-out set (without the byline test below it,
#: held-out pdftotext lost 0.6083 -> 0.6077).
SUBHEADING_TOPIC_CARRY = 0.08
#: Under this share (0–1) of the text below's character pairs found just above, the heading is the
#: next article's title unless the classifier is sure of a sub-heading (LEARNED_SUBHEADING_FROM).
#: On the pdfium pages (the plain text, not its forms) of the evaluation set and seeds 1001, 1003
#: and 1005, of the headings the rules took for sub-headings with the classifier short of sure,
#: 100 characters or more below and no repeated lead, the 63 sub-headings carried 0.033 or more of
#: their pairs over, 9 of the 14 titles 0.024 or less (the others up to 0.11). Pdfium article F1:
#: seed 1005 0.9590 -> 0.9619 (body CER 3.38 % -> 2.96 %), 1003 0.9542 -> 0.9565, 1001 0.9725 ->
#: 0.9735, the evaluation set's plain text unchanged. pdftotext's default text moved -0.0008 to
#: +0.0012 by seed (evaluation set +0.0001). Made only where no blank lines mark blocks, the test
#: left that text as it was, but `-layout` on seed 1005 lost two articles whose title the in-text
#: rules newly find (segment.intext.MIN_RESTATEMENT_OVER_OPENING); made everywhere, with that
#: rule, `-layout` went 0.8345 -> 0.8353 on seed 1005 and 0.8803 -> 0.8803 on the evaluation set.
SUBHEADING_TOPIC_BREAK = 0.025
#: Characters of text below the heading the test needs: a short text shares few pairs with
#: anything. The 9 titles above had 190 or more below. Over 100, one sub-heading with 99–100
#: characters below (its carry 0.024) became a title in the evaluation page's NFKC and OCR forms
#: (article F1 0.9759 -> 0.9752 in both); over 150 the forms keep it, and every figure above is
#: the same.
TOPIC_BREAK_MIN_CHARS = 150
#: Under this share the heading is a title even where the classifier is sure of a sub-heading, when
#: TOPIC_BREAK_MIN_CHARS characters or more are read above it as well as below: the classifier
#: reads a short heading between two bodies alone, and the next article's text that shares hardly
#: a pair with the text above is no section of it. On the pdfium pages of the evaluation set and
#: seeds 1001, 1003 and 1005, the sure sub-headings with that much text either side carried 0.019
#: or more of their pairs over, the titles the classifier was sure of 0.006 to 0.012 (three; the
#: others 0.020 to 0.065, out of this test's reach). Pdfium article F1: evaluation set 0.9808 ->
#: 0.9815 (title 0.9381 -> 0.9392), seeds 1001 and 1005 +0.0008 and +0.0007 (1005's body CER
#: 2.96 % -> 2.72 %), 1003 unchanged; pdftotext +0.0008 to +0.0017 by set, `-layout` +0.0008 on
#: the evaluation set, the squeezed pages' pdfium 0.9666 -> 0.9688.
SURE_SUBHEADING_TOPIC_BREAK = 0.015


#: …or at least this share of the heading's character pairs in the opening of the text above where
#: none recur in the lead below: a title drawn after its body restates that body, and the next
#: article's lead has no word of it, while a sub-heading names what its own section goes on to tell.
#: On the seed-1001 development pages' pdfium text the one heading kept as a sub-heading under
#: these figures (0.58 above, none below, the topic changing) was a title drawn after its body.
TITLE_RESTATEMENT_ABOVE_ALONE = 0.45
#: A text below that carries more than segment.intext.MAX_TOPIC_CARRY of its pairs over, though
#: under SUBHEADING_TOPIC_CARRY (two reports from one field share some words), still begins another
#: article under a heading restated above (MIN_RESTATEMENT) whose lead below restates at most this
#: share of it, over TOPIC_BREAK_MIN_CHARS characters or more: a sub-heading restating its
#: article's opening is restated by its own section's lead too. On the pdfium pages of the
#: evaluation set and seeds 1001, 1003 and 1005, the headings read as sub-headings restated 0.6 or
#: more above and at most 0.3 below were titles (4) or lines of text (6), none a sub-heading.
#: Pdfium article F1 on seed 1003 0.9580 -> 0.9595 (title 0.9046 -> 0.9068), the other sets and
#: extractors unchanged (without the clause-mark test, a `-layout` squeezed page lost an article).
TITLE_ABOVE_MAX_LEAD = 0.25


def _subheading_shaped(item: Item, learned_sure: bool = False) -> bool:
    """``learned_sure``: the line classifier is sure it is a sub-heading; the width rules, which
    guard against titles of single-column articles, are then waived."""
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
    if any(u.text.endswith(KICKER_LEADS) for u in units[:-1]):
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


def _closed_by_column_tag(item: Item) -> bool:
    """The run's last unit ends on a bracketed column tag (「共话丰收（乡村观察）」): a paper sets the
    name of a column after an article's title, never after a sub-heading inside one. None of the
    sub-headings of the seed-1001 training pages' truths or of the evaluation set's ends on a
    bracket, while 451 and 437 of their titles do; pdfium read two such titles, a column tag closing
    each, as sub-headings of the article above (seed-1001 pages)."""
    units = units_of(item)
    return bool(units) and closes_title(units[-1])


def _titles_the_text_above(prev: Item, item: Item, nxt: Item) -> bool:
    """The run restates the opening of the text above it, and the text below it talks of other
    things: the title the paper drew after its article's body (pdfium prints it there), with the
    next article beginning below it. A sub-heading goes on with its article and, if it restates
    anything, restates its own section, below it."""
    from banmian.segment.affinity import BODY_OPENING_CHARS, affinity, bigrams
    from banmian.segment.intext import (
        LEAD_CHARS,
        MAX_TOPIC_CARRY,
        MIN_RESTATEMENT,
        MIN_TOPIC_CHARS,
        TOPIC_CHARS_ABOVE,
        TOPIC_CHARS_BELOW,
        topic_carry,
    )

    above = "".join([ln.text for ln in prev.lines])
    below = "".join([ln.text for ln in nxt.lines])[:TOPIC_CHARS_BELOW]
    if len(above) < MIN_TOPIC_CHARS or len(below) < MIN_TOPIC_CHARS:
        return False
    carry = topic_carry(above[-TOPIC_CHARS_ABOVE:], below)
    if carry >= SUBHEADING_TOPIC_CARRY:
        return False
    pairs = bigrams("".join([ln.text for ln in item.lines]))
    restated = affinity(pairs, above[:BODY_OPENING_CHARS])
    lead = affinity(pairs, below[:LEAD_CHARS])
    if carry > MAX_TOPIC_CARRY:
        # Some words shared across: only a title restated above and hardly below, over a long text,
        # and holding no clause mark, as a piece of a text line broken short may (「……、知」).
        return (
            len(below) >= TOPIC_BREAK_MIN_CHARS
            and restated >= MIN_RESTATEMENT
            and lead <= TITLE_ABOVE_MAX_LEAD
            and all(CLAUSE_MARKS.isdisjoint(line.text) for line in item.lines)
        )
    return (restated >= MIN_RESTATEMENT and restated > lead) or (lead == 0 and restated >= TITLE_RESTATEMENT_ABOVE_ALONE)


def is_subheading(
    prev: Item, item: Item, nxt: Item, probs: Sequence[LineProbs] | None = None, blocks_marked: bool = False
) -> bool:
    """``blocks_marked``: blank lines end the extractor's blocks (pdftotext), where a heading set in
    a block of its own between two bodies is as often the next article's title, whatever the line
    classifier says.

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
    learned = None
    if probs is not None and item.kind is ItemKind.HEADS:
        learned = subheading_probability(probs, range(item.lines[0].number - 1, item.lines[-1].number))
    if _reports_an_event(item) and not _sure_of_a_plain_subheading(item, learned):
        return False
    if _closed_by_column_tag(item) and not _topic_goes_on(prev, nxt):
        return False
    # The classifier's doubt is overruled only where the text goes on across the heading (tested last).
    learned_title = learned is not None and learned <= LEARNED_TITLE_BELOW
    # A heading that its section's first paragraph repeats as its lead is one, whatever its shape.
    repeated = opens_the_text_below(item, nxt)
    learned_sure = learned is not None and learned >= LEARNED_SUBHEADING_FROM
    shaped = repeated or _subheading_shaped(item, learned_sure=learned_sure)
    if not shaped:
        return False
    last, first = prev.lines[-1], nxt.lines[0]
    if not (last.ends_sentence or _leads_into(last, item, repeated)) or first.leading_byline is not None:
        return False
    if any(ln.jump is not None for ln in (last, first)):
        return False
    if nxt.lines[-1].date_line is not None:
        return False  # the text after it is a notice, closed by its date: a new article
    if ends_with_credit(nxt.lines, len(nxt.lines) - 1) and not (learned_sure and _opens_paragraphs(nxt)):
        return False  # the text after it is a brief, closed by its authors: 「……。（张三 李四）」
    if abs(last.column_width - first.column_width) > SUBHEADING_SAME_COLUMN:
        return False
    if repeated:
        return True
    # Last: the costliest tests (the character pairs of both texts).
    # Two phrases that the text below does not take up: a slogan banner or a title, unless the
    # classifier is sure of a sub-heading where no blank lines mark blocks (see the docstring).
    if (
        not (learned_sure and not blocks_marked)
        and any(is_banner_shaped(u) for u in units_of(item))
        and not _section_words_below(prev, item, nxt)
    ):
        return False
    if learned_title and (not _topic_goes_on(prev, nxt) or _lead_restates(item, nxt)):
        return False
    if _topic_breaks(prev, nxt, sure=learned_sure):
        return False
    return not _titles_the_text_above(prev, item, nxt)


def _opens_paragraphs(nxt: Item) -> bool:
    """The text holds a paragraph's end before the line whose sentence its closing credit follows
    (a short line ending a sentence, or a printed indent after its first line): a section of
    several paragraphs, whose last one may be a brief without a headline that a credit closes, run
    into it. Where the classifier is sure of a
    sub-heading over such a text, the credit no longer makes the heading a title: pdfium article F1
    0.9786 -> 0.9805 on the evaluation set, 0.9665 -> 0.9675 on the seed-1001 pages, the held-out
    pages unchanged (over any text so closed, the evaluation set lost two titles: a title drawn
    after its body over the next brief's headline)."""
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


def _leads_into(last: LineInfo, item: Item, repeated: bool) -> bool:
    """The text above ends on a lead-in colon, and the heading is one line, or one its section
    repeats: the first of the sections that the lead-in announces (「……做法有三条：」/「一是突出服务」).
    A heading of two lines or more after a column's closing colon was as often the next article's
    title, printed where the column's list went on in another column. Evaluation set article F1:
    pdftotext 0.7043 -> 0.7050, pdftotext -layout 0.7605 -> 0.7612; held-out set pdftotext 0.6393 ->
    0.6414 (any heading after a colon: 0.7051, 0.7619 and 0.6414, with a two-line title so taken)."""
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


def _topic_goes_on(prev: Item, nxt: Item) -> bool:
    """The text below the heading goes on with the matter of the text above it
    (SUBHEADING_TOPIC_CARRY), and opens with no byline or dateline (「本报讯……」, 「新华社……电」),
    which a new article's text does however near its matter (two reports of one visit), even when
    the extractor broke it over lines."""
    from banmian.segment.bylines import BYLINE_PREFIX
    from banmian.segment.intext import topic_carry

    above, below = _topic_texts(prev, nxt)
    if BYLINE_PREFIX.match(below) is not None:
        return False
    return topic_carry(above, below) >= SUBHEADING_TOPIC_CARRY


def _topic_breaks(prev: Item, nxt: Item, sure: bool = False) -> bool:
    """The text below the heading shares almost nothing with the text above it (under
    SUBHEADING_TOPIC_BREAK of its character pairs, read over TOPIC_BREAK_MIN_CHARS characters or
    more): another article's text, whatever the heading's shape. ``sure``: the classifier is sure
    of a sub-heading, which only a text sharing still less with as much text above overrules
    (SURE_SUBHEADING_TOPIC_BREAK)."""
    from banmian.segment.intext import topic_carry

    above, below = _topic_texts(prev, nxt)
    if len(below) < TOPIC_BREAK_MIN_CHARS or (sure and len(above) < TOPIC_BREAK_MIN_CHARS):
        return False
    return topic_carry(above, below) < (SURE_SUBHEADING_TOPIC_BREAK if sure else SUBHEADING_TOPIC_BREAK)


def _topic_texts(prev: Item, nxt: Item) -> tuple[str, str]:
    """The end of the text above a heading and the start of the text below it, in the windows the
    in-text title rules read for a change of topic (segment.intext)."""
    from banmian.segment.intext import TOPIC_CHARS_ABOVE, TOPIC_CHARS_BELOW

    above = "".join([ln.text for ln in prev.lines])[-TOPIC_CHARS_ABOVE:]
    return above, "".join([ln.text for ln in nxt.lines])[:TOPIC_CHARS_BELOW]


def _lead_restates(item: Item, nxt: Item) -> bool:
    """The lead below restates most of the heading's words (segment.intext.MIN_RESTATEMENT of its
    character pairs in its first LEAD_CHARS characters: 「林晓出席县青年创业协会成立大会」/「县青年创业协会成立
    大会昨天……」): a news report's lead retells its title, so a heading the classifier takes for a
    title stays one even where the text around it shares its matter (two reports from one field).
    On the seed-1001 pages the one heading so restated among those the topic test kept as
    sub-headings was a title."""
    from banmian.segment.affinity import affinity, bigrams
    from banmian.segment.intext import LEAD_CHARS, MIN_RESTATEMENT

    below = "".join([ln.text for ln in nxt.lines])[:LEAD_CHARS]
    return affinity(bigrams("".join([ln.text for ln in item.lines])), below) >= MIN_RESTATEMENT


def _section_words_below(prev: Item, item: Item, nxt: Item) -> bool:
    """A sub-heading of two phrases (「农家书屋 就近借书」) names what its section goes on to tell: its
    words recur in the text below it, which goes on with the article above. A slogan banner's words
    (「健康生活每一天 节约用水」) do not recur, and below a title of two phrases (「修好乡村公路 方便群众出行」)
    another article's text talks of other things than the text above."""
    from banmian.segment.affinity import affinity, bigrams
    from banmian.segment.intext import MAX_TOPIC_CARRY, TOPIC_CHARS_ABOVE, topic_carry

    below = "".join([ln.text for ln in nxt.lines])[:SECTION_CHARS]
    if affinity(bigrams("".join([ln.text for ln in item.lines])), below) < MIN_SECTION_AFFINITY:
        return False
    above = "".join([ln.text for ln in prev.lines])[-TOPIC_CHARS_ABOVE:]
    return topic_carry(above, below) > MAX_TOPIC_CARRY
