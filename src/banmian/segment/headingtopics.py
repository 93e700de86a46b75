"""Whether the text goes on across a heading between two bodies, read from the character pairs
either side: the topic tests that segment.subheadings applies to a heading shaped as a sub-heading.

Within one article the text goes on with the same names and things, and a section's lead takes up
its heading's words; across two, the text below talks of other things, and a title the paper drew
after its body restates that body's opening rather than the lead below it. The pairs are counted
by segment.intext.topic_carry and segment.affinity over the windows the in-text title rules read
(segment.intext.TOPIC_CHARS_ABOVE, TOPIC_CHARS_BELOW); segment.intext is imported where it is used,
as it imports segment.subheadings.
"""

from __future__ import annotations

from banmian.segment.affinity import BODY_OPENING_CHARS, affinity, bigrams
from banmian.segment.bylines import BYLINE_PREFIX
from banmian.segment.items import Item
from banmian.segment.roles import CLAUSE_MARKS

#: Characters of the section below a two-phrase heading read for its words: a few paragraphs.
SECTION_CHARS = 400
#: Share (0–1) of a two-phrase heading's character pairs that recur in the section below it for it
#: to be a sub-heading rather than a slogan banner (whose words the text does not take up). With
#: the topic test beside it, 0.1 and 0.3 gave the same figures on the evaluation set.
MIN_SECTION_AFFINITY = 0.2

#: A heading the classifier takes for a title (subheadings.LEARNED_TITLE_BELOW) is a sub-heading
#: where the text below goes on with the matter of the text above: at least this share (0–1) of
#: its character pairs (segment.intext.topic_carry) occur in the text just above, as within one
#: article, where a title's next article talks of other things. Measured on the evaluation set's
#: pdfium pages, on the headings between two bodies that the classifier took for titles and that
#: pass every other test here: the 5 sub-headings carry 0.10–0.15 of their pairs over (one 0.03),
#: the 8 titles at most 0.04; 0.08 lies between. End to end, pdfium article F1 0.9315 -> 0.9369 on
#: the evaluation set and 0.9169 -> 0.9200 on the held-out set (without the byline test below it,
#: held-out pdftotext lost 0.6083 -> 0.6077).
SUBHEADING_TOPIC_CARRY = 0.08
#: Under this share (0–1) of the text below's character pairs found just above, the heading is the
#: next article's title where the classifier is short of sure of a sub-heading
#: (subheadings.LEARNED_SUBHEADING_FROM; where it is sure, SURE_SUBHEADING_TOPIC_BREAK). On the
#: pdfium pages (the plain text, not its forms) of the evaluation set and seeds 1001, 1003 and
#: 1005, of the headings the rules took for sub-headings with the classifier short of sure, 100
#: characters or more below and no repeated lead, the 63 sub-headings carried 0.033 or more of
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


#: A heading is the title drawn after the text above it (``titles_the_text_above``) where the text
#: below carries at most MAX_TOPIC_CARRY of its pairs over and the heading restates MIN_RESTATEMENT
#: of its pairs there, more than in the lead below, or at least this share of them in the opening of
#: the text above where none recur in the lead below: a title drawn after its body restates that
#: body, and the next article's lead has no word of it, while a sub-heading names what its own
#: section goes on to tell.
#: On the seed-1001 development pages' pdfium text the one heading kept as a sub-heading under
#: these figures (0.58 above, none below, the topic changing) was a title drawn after its body.
TITLE_RESTATEMENT_ABOVE_ALONE = 0.45
#: A text below that carries more than segment.intext.MAX_TOPIC_CARRY of its pairs over, though
#: under SUBHEADING_TOPIC_CARRY (two reports from one field share some words), still begins another
#: article under a heading restated above (MIN_RESTATEMENT) whose lead below restates at most this
#: share of it, over TOPIC_BREAK_MIN_CHARS characters or more: a sub-heading restating its
#: article's opening is restated by its own section's lead too. On the pdfium pages of the
#: evaluation set and seeds 1001, 1003 and 1005, the headings read as sub-headings that restated
#: 0.6 or more above and at most 0.3 below were titles (4, their leads restating 0 to 0.2 of their
#: pairs) or lines of text (6, 0 to 0.2; none within this test's reach of carry and length), never
#: a sub-heading; 0.25 keeps the titles' 0.2 with a pair's margin for a heading of about 8 pairs.
#: Pdfium article F1 on seed 1003 0.9580 -> 0.9595 (title 0.9046 -> 0.9068), the other sets and
#: extractors unchanged (without the clause-mark test, a `-layout` squeezed page lost an article).
TITLE_ABOVE_MAX_LEAD = 0.25
#: …and the heading holds at least this many character pairs: a name of two to four characters
#: (「林晓」 over the answer of an interview) recurs in the text above it by chance; the titles the
#: test found held 6 and 10. With none, a squeezed page's `pdftotext -raw` text lost an article.
TITLE_ABOVE_MIN_PAIRS = 4


class TopicCarry:
    """The share of the character pairs of the text below a heading that occur just above it
    (segment.intext.topic_carry over ``topic_texts``), taken once, on first asking: a heading's
    topic tests (``topic_goes_on``, ``topic_breaks``, ``titles_the_text_above``) all read it, and
    the pairs of both windows are the costly part (on the real sample page, half of those taken
    were taken again)."""

    __slots__ = ("_texts", "_value", "nxt", "prev")

    def __init__(self, prev: Item, nxt: Item) -> None:
        self.prev = prev
        self.nxt = nxt
        self._texts: tuple[str, str] | None = None
        self._value: float | None = None

    def texts(self) -> tuple[str, str]:
        """``topic_texts``: the end of the text above, the start of the text below."""
        if self._texts is None:
            self._texts = topic_texts(self.prev, self.nxt)
        return self._texts

    def value(self) -> float:
        """``topic_carry`` of the two texts."""
        if self._value is None:
            from banmian.segment.intext import topic_carry

            self._value = topic_carry(*self.texts())
        return self._value


def titles_the_text_above(prev: Item, item: Item, nxt: Item, carry: TopicCarry | None = None) -> bool:
    """The run restates the opening of the text above it, and the text below it talks of other
    things: the title the paper drew after its article's body (pdfium prints it there), with the
    next article beginning below it. A sub-heading goes on with its article and, if it restates
    anything, restates its own section, below it. ``carry``: the heading's, where the caller keeps
    it."""
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
    # The windows of ``TopicCarry``: the end of the text above, the start of the text below.
    share = carry.value() if carry is not None else topic_carry(above[-TOPIC_CHARS_ABOVE:], below)
    if share >= SUBHEADING_TOPIC_CARRY:
        return False
    pairs = bigrams("".join([ln.text for ln in item.lines]))
    restated = affinity(pairs, above[:BODY_OPENING_CHARS])
    lead = affinity(pairs, below[:LEAD_CHARS])
    if share > MAX_TOPIC_CARRY:
        # Some words shared across: only a title restated above and hardly below, over a long text,
        # and holding no clause mark, as a piece of a text line broken short may (「……、知」), nor
        # so short that the text restates it by chance (a name over an interview's answer).
        return (
            len(below) >= TOPIC_BREAK_MIN_CHARS
            and len(pairs) >= TITLE_ABOVE_MIN_PAIRS
            and restated >= MIN_RESTATEMENT
            and lead <= TITLE_ABOVE_MAX_LEAD
            and all(CLAUSE_MARKS.isdisjoint(line.text) for line in item.lines)
        )
    return (restated >= MIN_RESTATEMENT and restated > lead) or (lead == 0 and restated >= TITLE_RESTATEMENT_ABOVE_ALONE)


def topic_goes_on(prev: Item, nxt: Item, carry: TopicCarry | None = None, least: float = SUBHEADING_TOPIC_CARRY) -> bool:
    """The text below the heading goes on with the matter of the text above it
    (SUBHEADING_TOPIC_CARRY), and opens with no byline or dateline (「本报讯……」, 「新华社……电」),
    which a new article's text does however near its matter (two reports of one visit), even when
    the extractor broke it over lines. ``carry``: the heading's, where the caller keeps it;
    ``least``: the share asked, where the caller asks another."""
    if carry is None:
        carry = TopicCarry(prev, nxt)
    if BYLINE_PREFIX.match(carry.texts()[1]) is not None:
        return False
    return carry.value() >= least


def topic_breaks(prev: Item, nxt: Item, sure: bool = False, carry: TopicCarry | None = None) -> bool:
    """The text below the heading shares almost nothing with the text above it (under
    SUBHEADING_TOPIC_BREAK of its character pairs, read over TOPIC_BREAK_MIN_CHARS characters or
    more): another article's text, whatever the heading's shape. ``sure``: the classifier is sure
    of a sub-heading, which only a text sharing still less with as much text above overrules
    (SURE_SUBHEADING_TOPIC_BREAK). ``carry``: the heading's, where the caller keeps it."""
    if carry is None:
        carry = TopicCarry(prev, nxt)
    above, below = carry.texts()
    if len(below) < TOPIC_BREAK_MIN_CHARS or (sure and len(above) < TOPIC_BREAK_MIN_CHARS):
        return False
    return carry.value() < (SURE_SUBHEADING_TOPIC_BREAK if sure else SUBHEADING_TOPIC_BREAK)


def topic_texts(prev: Item, nxt: Item) -> tuple[str, str]:
    """The end of the text above a heading and the start of the text below it, in the windows the
    in-text title rules read for a change of topic (segment.intext)."""
    from banmian.segment.intext import TOPIC_CHARS_ABOVE, TOPIC_CHARS_BELOW

    above = "".join([ln.text for ln in prev.lines])[-TOPIC_CHARS_ABOVE:]
    return above, "".join([ln.text for ln in nxt.lines])[:TOPIC_CHARS_BELOW]


def section_words_below(prev: Item, item: Item, nxt: Item) -> bool:
    """A sub-heading of two phrases (「农家书屋 就近借书」) names what its section goes on to tell: its
    words recur in the text below it, which goes on with the article above. A slogan banner's words
    (「健康生活每一天 节约用水」) do not recur, and below a title of two phrases (「修好乡村公路 方便群众出行」)
    another article's text talks of other things than the text above."""
    from banmian.segment.intext import MAX_TOPIC_CARRY, TOPIC_CHARS_ABOVE, topic_carry

    below = "".join([ln.text for ln in nxt.lines])[:SECTION_CHARS]
    if affinity(bigrams("".join([ln.text for ln in item.lines])), below) < MIN_SECTION_AFFINITY:
        return False
    above = "".join([ln.text for ln in prev.lines])[-TOPIC_CHARS_ABOVE:]
    return topic_carry(above, below) > MAX_TOPIC_CARRY
