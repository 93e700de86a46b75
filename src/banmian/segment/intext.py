"""Titles printed inside the running text: between the end of one article and the body of the next,
with nothing but their words to set them apart.

An extractor that follows the PDF's drawing order (pdfium) prints a short article's title in the
run of its column: right after its own body when the paper draws the title last
(「……故事比赛。」/「县图书馆办读书月」/「县青年创业协会……」), or right before it (「……故事比赛。」/
「县青年创业协会在城东会」/「展中心成立何春生当会长」/「县青年创业协会昨天……」). No blank line, byline
or type size marks it, and it is as plain as a line of text, so neither the headline rules nor the
line classifier take it. Three things do give it away, together:

- it stands between two articles: the text above it ends a sentence, and the text below it talks
  of something else (few of its character pairs occur in the text above: within one article the
  next paragraph goes on with the same names and things);
- it restates its article: most of its character pairs come back in the text just above it (its
  body, when the title is drawn after it) or in the lead right below it; or nearly half come back
  above and none in the lead below (a title drawn after its body, the next article's lead
  restating nothing of it);
- it is a headline's phrase: no clause mark, quotes and brackets closed, and its last word does
  not run on into the line below (that is a paragraph's first line: 「县第五届春季运动会组委」/「会……」).

Page-level cues stand in for the topic and restatement tests where the page gives them:

- where the extractor kept the printed paragraph indents (pdfium on some papers prints them as
  ideographic spaces), a run of one to three unindented lines after a finished sentence, right above
  an indented line, opens no paragraph and ends none: it is a heading, whatever its words. On the
  evaluation set's pdfium pages 136 of the 138 such runs were a title's, a kicker's, a subtitle's
  or a sub-heading's words (the sub-heading rules then keep an article's own ones in it), and the
  5 that the other rules missed were 3 titles and 2 sub-headings. pdfium article F1 0.9400 ->
  0.9415 on the evaluation set, 0.9229 -> 0.9245 on the held-out set; runs of up to three lines
  there (MAX_INDENTED_PAGE_TITLE_LINES) take a kicker over a title of two lines, and the kicker may
  close on the colon that gives the title's speaker (SPEAKER_COLON);
- a brief's closing credit (「……比赛。（林晓 何春生）」) ends an article for certain, so a title right
  under it need not restate its article as much (MIN_RESTATEMENT_AFTER_CREDIT);
- where the indent is left only as a shortfall (pdfium drops it without filling the gap), a line
  below the run that is short by the indent and ends no sentence opens a paragraph, and a run not
  short by an indent itself, ending no sentence over it, opens no paragraph and ends none: it need
  not restate its article as much either (MIN_RESTATEMENT_OVER_OPENING).

pdftotext ends each text block with a blank line, and prints a title set in its column's width in
the block of its body, first: there the blank lines are passed over when the text either side is
read, and only a block's first lines are candidates, whatever sentence the block before breaks off
(a column's last block may stop mid-sentence, its text going on in another column), but not the
first line of a block that is a paragraph's, two characters short of the column (the indent the
extractor dropped). Measured on the evaluation set, pdftotext article F1 0.6690 -> 0.6702 and
title accuracy 0.4666 -> 0.4688 (held-out 0.6070 -> 0.6085); candidates anywhere in a block after
a finished sentence gave the held-out set 0.6062. A title printed so under a kicker set in a
block of its own has no text above it to change topic from: its lead alone must restate it
(MIN_RESTATEMENT_UNDER_HEADLINE). A layout-preserving dump read apart into columns
has blank lines between rows, not blocks: there every line is a candidate (`pdftotext -layout`
0.7273 -> 0.7296, title 0.5594 -> 0.5638).

segment.roles runs this after the line classifier, whose doubts it overrides, and before the veto
of words across breaks, which still applies.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.layout.lines import LineInfo, full_punctuation_width
from banmian.segment.affinity import affinity, bigrams
from banmian.segment.headingtopics import TITLE_ABOVE_MIN_PAIRS, TITLE_RESTATEMENT_ABOVE_ALONE
from banmian.segment.headunits import Unit
from banmian.segment.items import closes_credit
from banmian.segment.linefeatures import KICKER_DASH
from banmian.segment.roles import (
    _BODY,
    _HEADING,
    CLAUSE_MARKS,
    FIRST_LINE_SHORTFALL,
    FULL_LINE_FILL,
    Role,
    headable,
)
from banmian.segment.runon import PARTICLE_OPENINGS, dangles
from banmian.segment.subheadings import EVENT_TITLE_ENDING
from banmian.segment.textaround import finished, previous_filled, text_above, text_below
from banmian.segment.unitshapes import closes_title

#: A title set in the running text wraps over at most this many lines: a column of 9–16 em holds a
#: title of up to 32 characters in two lines (the evaluation set's in-text titles: 1 or 2 lines).
MAX_IN_TEXT_TITLE_LINES = 2
#: Lines of such a run where the page keeps its printed indents: a kicker over a title wrapped
#: over two lines, unindented above an indented line. Pdfium kicker F1 on the evaluation set 0.9131
#: -> 0.9143, seed 1005's titles +0.0005, seeds 1001 and 1003 unchanged; with layout.rows handing
#: the indent of a paragraph cut off a headline's row to the paragraph's piece, seed 1005's article
#: F1 0.9654 -> 0.9661 (body CER 2.31 % -> 2.18 %, title accuracy 0.9009 -> 0.9025). Three lines on
#: every page: seeds 1003 and 1005 lost titles (−0.0005 each) and seed 1003 an article.
MAX_INDENTED_PAGE_TITLE_LINES = 3
#: Characters of text read above the title and below it to tell whether the topic changes there:
#: about three short paragraphs above, one below.
TOPIC_CHARS_ABOVE = 400
TOPIC_CHARS_BELOW = 200
#: Fewer characters than this either side (the page's edge, a headline or byline close by) say
#: nothing about a change of topic: sixty characters are a short paragraph. With 100 the evaluation
#: set's pdfium pages kept fewer in-text titles (9 title lines instead of 13) and no fewer mistakes.
MIN_TOPIC_CHARS = 60
#: At most this share (0–1) of the character pairs below the title occur above it: a new article.
#: Measured on the evaluation set's pdfium pages (runs of one or two lines after a finished
#: sentence, holding no clause mark, not running a word into the next line): the in-text titles
#: score 0.01–0.09 (two 0.15, one 0.27), the paragraph starts inside an article mostly over 0.1;
#: 0.05 kept 16 of the 27 titles and 208 of the 1146 paragraph starts, 0.1 kept 23 and 542. End to
#: end, with the other tests, 0.03 and 0.08 gave pdfium article F1 0.0026 and 0.0017 below 0.05.
MAX_TOPIC_CARRY = 0.05
#: Characters of the text above a title read for its restatement, back to its article's start: a
#: title drawn after its body restates the body's lead, which may stand some paragraphs up (one on
#: the evaluation set's pages stood about 500 characters up). 1200 holds a short article whole;
#: it gave pdfium article F1 0.0017 above reading the topic window's 400 for both tests.
RESTATED_CHARS_ABOVE = 1200
#: Characters of the lead below a title that may restate it (the in-block title rule's window).
LEAD_CHARS = 120
#: At least this share (0–1) of the title's character pairs recurs in the text above it or in the
#: lead below it. On the same runs, under MAX_TOPIC_CARRY, 0.6 kept 12 of the 16 titles and 12 of
#: the 208 paragraph starts; 0.5 kept 13 titles and 21 paragraph starts. End to end, 0.5 and 0.7
#: gave pdfium article F1 0.0019 and 0.0008 below 0.6.
MIN_RESTATEMENT = 0.6
#: A line that reports an event (「……节开幕」, 「……项目揭晓」: segment.subheadings.EVENT_TITLE_ENDING)
#: has a news title's shape, which few paragraphs' first lines have: it needs less of a change of
#: topic and less of its words restated. So has a kicker closed by a dash over its title (pdfium
#: article F1 0.929 -> 0.930 on the evaluation set, the held-out set unchanged). With 0.1 and 0.3 (the first values tried) pdfium article
#: F1 went 0.920 -> 0.921 on the evaluation set and 0.903 -> 0.904 on the held-out set.
MAX_EVENT_TOPIC_CARRY = 0.1
MIN_EVENT_RESTATEMENT = 0.3
#: Share (0–1) of a title's character pairs that recur in its lead when the text above it ends with
#: a brief's closing credit (segment.roles.closed_by_credit): the credit already ends an article,
#: and a brief's title, set over a lead of a few lines, restates less of it than a report's. On the
#: evaluation set's pdfium pages the titles under a credit restated 0.33–0.94 of their pairs, the
#: first lines of untitled briefs that pass the other tests 0–0.22. End to end, pdfium article F1
#: 0.9419 -> 0.9429 at 0.3 (0.9427 at 0.2; with no restatement asked 0.9410: five briefs' first
#: lines taken for titles); the held-out set unchanged.
MIN_RESTATEMENT_AFTER_CREDIT = 0.3
#: Share (0–1) of a title's character pairs that recur in its lead when the block above it is a
#: headline (a kicker set in a block of its own, the title printed in its body's block): no text
#: above says where one topic ends, so the lead alone must restate the title. On pdftotext's pages
#: of the evaluation set title accuracy 0.5458 -> 0.5469 and kicker F1 0.5502 -> 0.5524, the rest
#: and the held-out set unchanged. At 0.3 (the value after a brief's credit), with 20 characters of
#: lead asked and under subtitle lines too, article F1 fell 0.7024 -> 0.7016; at 0.5 title accuracy
#: gained 0.0005 only (kicker F1 nothing).
MIN_RESTATEMENT_UNDER_HEADLINE = 0.4
#: Share (0–1) of a title's character pairs that recur above it or in its lead when the line below
#: it is shaped as a paragraph's opening and the title's lines are not (``_over_opening``): the
#: brief's credit's value. A title drawn after its body restates 0.45–0.55 of its pairs there
#: (「……（乡村观察）」: a column tag's pairs recur nowhere), which the plain 0.6 refused and the
#: line classifier read as text. pdfium article F1 on seed 1005 0.9561 -> 0.9590, body CER 3.82 %
#: -> 3.38 %; seed 1003 0.9534 -> 0.9542, seed 1001 0.9720 -> 0.9725; the evaluation set
#: unchanged. At 0.15 (and at 0) seed 1003's body CER fell 0.11 points more, one sub-heading was
#: taken for a title and pdftotext's evaluation pages lost an article. Not where blank lines mark
#: blocks: there seed 1005's pdftotext pages lost 0.0006.
MIN_RESTATEMENT_OVER_OPENING = 0.3
#: Share (0–1) of the character pairs below a run that occur above it, under which a run over an
#: opening-shaped line (``_over_opening``) is a title whatever it restates: the text either side
#: shares next to nothing, so two articles meet there, and the run opens no paragraph and ends
#: none. Some titles restate little of their articles (a column tag's words, a sidebar's title
#: closed by its column's name). Seed 1003's pdfium pages: article F1 0.9629 -> 0.9637, body CER
#: 2.78 % -> 2.60 %, title accuracy 0.9106 -> 0.9117; the evaluation set and seeds 1001 and 1005
#: unchanged. At 0.02
#: a sub-heading of seed 1003 was taken for a title (an article lost) and the evaluation set's
#: pdftotext pages lost 0.0002.
UNRESTATED_MAX_CARRY = 0.01
#: How far (em) from a paragraph's two-em indent a block's single first line may fall short of its
#: column and still read as that paragraph's first line, its indent dropped (punctuation set half
#: width, the column estimate's error): under a headline such a line opens the text, not a title.
INDENT_TOLERANCE = 0.5
#: Characters that only ever begin a word (副部长, 第三届): a line ending in one runs on into the
#: next, whatever the dictionary makes of the junction (「县文化馆副」/「馆长林晓……」: jieba may pair the
#: prefix with the character before it rather than with the word after it).
BOUND_PREFIXES = frozenset("副第")
#: Marks that end a clause, which a title does not hold: segment.roles.CLAUSE_MARKS less the
#: enumeration comma 「、」, which joins the names a title lists (「……县青年、妇女创业协会……」) as it joins a
#: sentence's; a run holding one must report an event (EVENT_TITLE_ENDING) to be a title.
TITLE_CLAUSE_MARKS = CLAUSE_MARKS - {"、"}
#: Clause marks a title that a column tag closes may hold: its clauses' commas.
TAGGED_TITLE_CLAUSE_MARKS = frozenset("，,")
#: Fill (line width over its column's, 0–1 and past) above which a line is not the column's running
#: text: compressed punctuation and half-width digits make full lines of one measure differ by up
#: to a tenth, so a line more than a tenth wider than its column is set on another measure, as a
#: headline line over a narrower column is. Of the two-line runs read as a paragraph's opening on
#: the development sets' pdfium pages (evaluation set, seeds 1001, 1003 and 1005; 241 runs), 13
#: had a second line past 1.05: 5 a title's (1.12–1.76), 3 a headline's run on into other lines
#: (1.36–1.64), 5 a paragraph's (1.05–1.13; the topic tests still turn away the one past 1.1).
#: Kicker F1 0.9119 -> 0.9131 on the evaluation set, 0.8899 -> 0.8923 and 0.8812 -> 0.8824 on
#: seeds 1003 and 1005; article F1 and titles unchanged. The same test reads a block's first line
#: in pdftotext's text (``_title_run``): its figures there, on those four sets and on the
#: `-layout` texts, are unchanged.
OVERRUN_FILL = 1.1
#: Closing a run's first line where the page keeps its indents, the colon of a kicker giving the
#: speaker of its title's words (segment.headpairs.KICKER_LEADS): a line of text ending on a colon
#: introduces the words of a paragraph, which opens indented there. Seed 1013's pdfium pages: one
#: article and one title more (0.9666 -> 0.9668); the other development sets unchanged.
SPEAKER_COLON = "："
#: Pairs of marks that a headline's phrase closes (a paragraph's first line may break inside them).
PAIRED_MARKS = (("“", "”"), ("（", "）"), ("《", "》"), ("‘", "’"))


def mark_in_text_titles(
    lines: Sequence[LineInfo], roles: list[Role], blocks_marked: bool = False, indents: bool = False
) -> None:
    """Body lines between two articles that restate one of them become headings (see the module's
    docstring); the longest run that qualifies is taken. ``blocks_marked``: the extractor ends each
    text block with a blank line (pdftotext), and a headline opens a block, so the first lines of a
    block are the candidates, after whatever text: a title set in its column's width over its body,
    in one block. ``indents``: the page's paragraphs keep their printed indents
    (segment.pagemarks.indent_marks_paragraphs), so an unindented run above an indented line is a
    heading."""
    n = len(lines)
    k = 1
    while k < n - 1:
        above = previous_filled(lines, k)
        candidate = above is not None and (above < k - 1 if blocks_marked else finished(lines, roles, above))
        run = _title_run(lines, roles, k, blocks_marked, indents) if candidate else None
        if run is None:
            k += 1
            continue
        for j in run:
            roles[j] = _HEADING
        k = run.stop


def _title_run(lines: Sequence[LineInfo], roles: list[Role], start: int, blocks_marked: bool, indents: bool) -> range | None:
    n = len(lines)
    size = 0
    longest = MAX_INDENTED_PAGE_TITLE_LINES if indents and not blocks_marked else MAX_IN_TEXT_TITLE_LINES
    speaker_first = indents and not blocks_marked and _speaker_kicker(lines[start], roles[start])
    while size < longest and start + size < n:
        if not (_plain_line(lines[start + size], roles[start + size]) or (size == 0 and speaker_first)):
            break
        size += 1
    if all(roles[k] is _HEADING for k in range(start, start + size)):
        return None  # nothing to add: the rules found it all
    for stop in range(start + size, start, -1):
        if blocks_marked and stop - start == 1 and stop < n and paragraph_start_shaped(lines[start], lines[stop]):
            continue  # a block opening on a paragraph whose indent the extractor dropped
        if stop >= n or roles[stop] is not _BODY or lines[stop].blank:
            continue
        if lines[stop - 1].text.endswith(SPEAKER_COLON):
            continue  # the colon leads into the title below it
        if indents and not blocks_marked and lines[stop].indented and _headline_phrase(lines, start, stop):
            return range(start, stop)  # no paragraph opens unindented, and a paragraph's end ends a sentence
        if stop - start > MAX_IN_TEXT_TITLE_LINES:
            continue  # a run this long is a headline only over an indented line
        if _between_articles(lines, roles, start, stop, blocks_marked):
            return range(start, stop)
    return None


def _headline_phrase(lines: Sequence[LineInfo], start: int, stop: int) -> bool:
    """Lines ``start:stop`` read as a headline's phrase: quotes and brackets closed, and its last
    word not running on into line ``stop``."""
    from banmian.fields.wordbreak import breaks_word

    text = "".join([ln.text for ln in lines[start:stop]])
    below_line = lines[stop].text
    hangs = dangles(text) or text[-1] in BOUND_PREFIXES or below_line[:1] in PARTICLE_OPENINGS
    if "、" in text and EVENT_TITLE_ENDING.search(text) is None:
        return False  # names listed in a line of text, unless the line reports an event
    return closed_phrase(text) and not hangs and not breaks_word(lines[stop - 1].text, below_line)


def _between_articles(
    lines: Sequence[LineInfo], roles: list[Role], start: int, stop: int, blocks_marked: bool = False
) -> bool:
    text = "".join([ln.text for ln in lines[start:stop]])
    if stop - start > 1 and paragraph_start_shaped(lines[start], lines[start + 1]):
        return False
    if not _headline_phrase(lines, start, stop):
        return False
    if lines[stop].date_line is not None:
        return False  # a signing office above its date closes a notice (「临江县司法局」/「2024年……」)
    if _ends_under_full_line(lines, stop):
        return False
    above = text_above(lines, roles, start, RESTATED_CHARS_ABOVE)
    below = text_below(lines, roles, stop, TOPIC_CHARS_BELOW)
    if blocks_marked and _under_headline(lines, roles, start):
        if stop - start == 1 and indent_short(lines[start]):
            return False  # a paragraph's first line, its indent dropped, under its article's headline
        # No text above to change topic from: the title's lead below must restate it.
        restated = affinity(bigrams(text), below[:LEAD_CHARS])
        return len(below) >= MIN_TOPIC_CHARS and restated >= MIN_RESTATEMENT_UNDER_HEADLINE
    if len(above) < MIN_TOPIC_CHARS or len(below) < MIN_TOPIC_CHARS:
        return False  # too little text either side to tell one topic from two
    # A news title's shape, which few paragraphs' first lines have: it reports an event, or a kicker
    # leads into it with a dash (「……出台“十条措施”——」/「……小微企业……」).
    event = EVENT_TITLE_ENDING.search(text) is not None or (stop - start > 1 and lines[start].text.endswith(KICKER_DASH))
    carry = topic_carry(above[-TOPIC_CHARS_ABOVE:], below)
    if carry > (MAX_EVENT_TOPIC_CARRY if event else MAX_TOPIC_CARRY):
        return False
    pairs = bigrams(text)
    need = MIN_EVENT_RESTATEMENT if event else MIN_RESTATEMENT
    if start > 0 and not lines[start - 1].blank and closes_credit(lines, start - 1):
        need = min(need, MIN_RESTATEMENT_AFTER_CREDIT)  # a brief's credit ended the text above
    if not blocks_marked and _over_opening(lines, start, stop):
        if carry < UNRESTATED_MAX_CARRY:
            return True  # two articles for certain, and the run neither opens the text below nor ends one
        need = min(need, MIN_RESTATEMENT_OVER_OPENING)
    restated_above, restated_below = affinity(pairs, above), affinity(pairs, below[:LEAD_CHARS])
    # Its body's words above (headingtopics.TITLE_RESTATEMENT_ABOVE_ALONE, the share read for a
    # heading between two bodies, there over the body's opening, here over RESTATED_CHARS_ABOVE) and
    # none in the next article's lead: the title drawn after its body, restated less than
    # MIN_RESTATEMENT asks. At least TITLE_ABOVE_MIN_PAIRS pairs, so that a short run does not match
    # by chance. Pdfium article F1 on the evaluation set 0.9823 -> 0.9830 (body CER 0.78 % -> 0.68 %,
    # title 0.9409 -> 0.9419) and on seed 1003 0.9649 -> 0.9657; the other sets and extractors
    # unchanged. Not where blank lines mark blocks, whose first lines are read by the block rules
    # alone.
    if (
        not blocks_marked
        and restated_below == 0
        and len(pairs) >= TITLE_ABOVE_MIN_PAIRS
        and restated_above >= TITLE_RESTATEMENT_ABOVE_ALONE
    ):
        return True
    return max(restated_above, restated_below) >= need


def _ends_under_full_line(lines: Sequence[LineInfo], stop: int) -> bool:
    """The run's last line fills its column and the line under it is a paragraph's short last line,
    one clause ending a sentence (「……青石镇村民」/「何春生感慨地说。」): the run is the start of that
    sentence (a quotation's speaker after it closed), not a title, whose text opens under it with a
    paragraph's first line. Seed-1003 pdfium article F1 +0.0007; the evaluation set and seeds 1001
    and 1005 unchanged (the same with the run's last line at 0.95 of its column). One clause only:
    two phrases ending on a full stop (「建设新农村，共享好生活。」) are as often a slogan under a
    title (a subtitle of the squeezed evaluation pages' pdftotext -raw text, lost without it)."""
    below = lines[stop]
    if not below.ends_sentence or below.fill >= FULL_LINE_FILL or lines[stop - 1].fill < FULL_LINE_FILL:
        return False
    return CLAUSE_MARKS.isdisjoint(below.text)


def _over_opening(lines: Sequence[LineInfo], start: int, stop: int) -> bool:
    """Line ``stop`` is shaped as a paragraph's opening (short of its column by the indent, ending
    no sentence) and no line of the run is: the run opens no paragraph and, ending no sentence,
    ends none."""
    below = lines[stop]
    return indent_short(below) and not below.ends_sentence and not any(indent_short(ln) for ln in lines[start:stop])


def restated_in_lead(heading: str, below: str) -> bool:
    """The lead of the text ``below`` (its first LEAD_CHARS characters) holds MIN_RESTATEMENT of the
    heading's character pairs: a news lead retells its title."""
    return affinity(bigrams(heading), below[:LEAD_CHARS]) >= MIN_RESTATEMENT


def topic_carry(above: str, below: str) -> float:
    """Share (0–1) of the character pairs of ``below`` that occur in ``above``: within one article
    the text goes on with the same names and things; across two it mostly does not."""
    below_pairs = bigrams(below)
    return len(below_pairs & bigrams(above)) / len(below_pairs) if below_pairs else 0.0


def paragraph_start_shaped(first: LineInfo, second: LineInfo) -> bool:
    """An indented first line over a line that runs to the column's width: how a paragraph starts
    (「林晓在会上介绍了全」/「县今年新修农村公路的情况……」). A wrapped title's lines are of about one width,
    or the second is the shorter. Widths count the marks full: a title's line set with quotes or
    book-title marks (「临江“三园两带”建设」) is as wide as the next, where half-width marks would
    make it an em short. A second line running past its column (OVERRUN_FILL) is no line of the
    column's text: a title's second line, set wider than the text under it."""
    shortfall = full_punctuation_width(second) - full_punctuation_width(first)
    return FULL_LINE_FILL <= second.fill <= OVERRUN_FILL and shortfall >= FIRST_LINE_SHORTFALL


def closed_phrase(text: str) -> bool:
    """Quotes and brackets closed, and no figure or range left hanging at the end (「……建成仅2」/
    「年……」, 「……气温在5—」/「12摄氏度……」); a kicker's closing 「——」 is a headline's."""
    if not text or text[-1].isdigit() or (text.endswith("—") and not text.endswith("——")):
        return False
    return marks_closed(text)


def marks_closed(text: str) -> bool:
    """Every quotation mark, bracket and book-title mark the text opens, it closes (PAIRED_MARKS)."""
    return all(text.count(left) == text.count(right) for left, right in PAIRED_MARKS)


def _plain_line(line: LineInfo, role: Role) -> bool:
    """A line that a headline's phrase could be: body text (or a headline line the rules found,
    whose wrapped end the title takes along), no clause mark, and not indented (a headline is
    centred or flush; an indent opens a paragraph, where the extractor kept it)."""
    if (role is not _BODY and role is not _HEADING) or line.blank or line.leading_space or line.indented:
        return False
    if not headable(line):
        return False
    return TITLE_CLAUSE_MARKS.isdisjoint(line.text) or _tagged_title_line(line)


def _speaker_kicker(line: LineInfo, role: Role) -> bool:
    """A kicker giving the speaker of the title's words (「县水利局负责人：」/「全力保障春灌用水」): a
    plain line but for the colon closing it (SPEAKER_COLON)."""
    return line.text.endswith(SPEAKER_COLON) and _plain_line(line._replace(text=line.text[:-1]), role)


def _tagged_title_line(line: LineInfo) -> bool:
    """A line that a column tag closes (「林晓谈读书，书香满青石（读书观察）」, unitshapes.closes_title) and
    whose clause marks are commas alone: a title of two clauses, for no line of a paragraph ends on
    a column's name. Each line is read alone (``_plain_line``): a comma on a line that no tag
    closes, such as the first of a title's two lines, still stops the run. Seed 1003's pdfium pages: article F1 0.9565 -> 0.9580, title
    accuracy 0.9024 -> 0.9046; the evaluation set and seeds 1001 and 1005 unchanged."""
    if not (TITLE_CLAUSE_MARKS - TAGGED_TITLE_CLAUSE_MARKS).isdisjoint(line.text):
        return False
    return closes_title(Unit(Role.HEADING, (line,)))


def _under_headline(lines: Sequence[LineInfo], roles: list[Role], start: int) -> bool:
    """The block before line ``start`` ends with a headline line: a kicker or title set in a block
    of its own, over the block of the article's text that the title opens."""
    above = previous_filled(lines, start)
    return above is not None and above < start - 1 and roles[above] is _HEADING


def indent_short(line: LineInfo) -> bool:
    """The line falls short of its column by about a paragraph's indent (PARAGRAPH_INDENT)."""
    from banmian.segment.junctions import PARAGRAPH_INDENT

    shortfall = line.column_width - full_punctuation_width(line)
    return abs(shortfall - PARAGRAPH_INDENT) <= INDENT_TOLERANCE
