"""The rules' headlines and captions combined with the learned line classifier's.

The classifier (segment.lineclass, trained on synthetic pages) adds the headlines and captions it
is sure of, the rules keep the ones it doubts but does not reject, and where the extractor marks
blocks with blank lines a learned headline must be a block of its own, or end a block without a
line of text over it in that block (the rule that real pdftotext output obeys and the synthetic
pages teach only weakly), or be a title printed in its text's block:
one its text restates, one under a box label, or one without a mark of running text opening a
block after a block that ends a sentence (evaluation set, pdftotext: title 0.5334 -> 0.5355, article
F1 0.6816 -> 0.6824, jump 0.5693 -> 0.5664; held-out title 0.4920 -> 0.4955, article F1 0.6199 ->
0.6232). A headline over a byline and a caption that the classifier allows anywhere are kept whole
against its doubts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from banmian.fields.engagements import names_an_engagement
from banmian.fields.notice import is_notice_title, is_signing_office
from banmian.layout.lines import CREDIT_ONLY, LineInfo
from banmian.layout.punctuation import MARKED_ENDINGS, RUNNING_TEXT_MARKS
from banmian.layout.rows import CREDIT_CUES
from banmian.segment.affinity import bigrams
from banmian.segment.captions import CAPTION_RUN_ON_MIN_FILL, caption_measure, credit_runs_on
from banmian.segment.headrules import tagged_title
from banmian.segment.items import closes_credit
from banmian.segment.lineclass import LineClassifier, LineProbs
from banmian.segment.linefeatures import BOX_LABELS, KICKER_DASH, cue_split_after
from banmian.segment.pagemarks import never_wrapped
from banmian.segment.roles import (
    _BODY,
    _CAPTION,
    _HEADING,
    CLAUSE_MARKS,
    WIDE_HEADING_MARGIN,
    Role,
    ends_block,
    opens_with_byline,
    runs_of,
)
from banmian.segment.runon import ABBREVIATION_NOTE

#: A line takes the learned classifier's headline or caption role from this probability up.
LEARNED_MIN_PROBABILITY = 0.5
#: Where no blank lines mark blocks, a plain headline line (not wide, spaced or phrased) that the
#: rules found is kept only when the classifier gives it at least this: line shapes alone mislead
#: there (a short first line of a paragraph looks like a short headline).
PLAIN_UNMARKED_VETO_PROBABILITY = 0.3
#: …and this for a plain line without a clause mark: a title set one column wide is as plain as
#: body text and the classifier gives it 0.1–0.3, while a paragraph's first line mostly holds a
#: comma (「提醒广大市民，出行」). Of 0.1, 0.2 and 0.3, 0.2 did best on the evaluation and held-out sets.
PLAIN_CLAUSELESS_VETO_PROBABILITY = 0.2
#: …and this for a line within its column that is only spaced out (letter-spaced, or gaps between
#: phrases): pdfium spaces out a justified line of text as well (「县 里 新 修 了 3 条 路」). On the
#: evaluation set's pdfium pages, of such headline lines of the rules the classifier gave 0.03–0.2,
#: 19 were text and 2 a headline's. End to end, pdfium article F1 0.9569 -> 0.9576 / 0.9598 / 0.9583
#: at 0.1 / 0.2 / 0.3 (held-out set 0.9378 -> 0.9416 at 0.2); a line wider than its column still
#: needs only LEARNED_VETO_PROBABILITY.
SPACED_VETO_PROBABILITY = 0.2
#: A headline or caption the rules found is dropped when the classifier gives it less than this.
LEARNED_VETO_PROBABILITY = 0.03
#: A run of headline lines over a byline kept against the classifier has at most this many lines
#: (kicker, two title lines, a subtitle).
MAX_KEPT_HEAD_LINES = 4


def _heads_over_bylines(lines: Sequence[LineInfo], roles: list[Role]) -> set[int]:
    """Headline lines of the rules that stand between a finished text and a line opening with a
    byline (「……。（林晓）」/「县里举办读书节」/「本报讯（记者 ……」): the layout of a headline over its
    article, which the classifier's doubts do not overturn. A caption, closed by its credit
    (「……林晓 摄」), is finished text too (evaluation set pdfium title 0.9088 -> 0.9094, article F1
    0.9705 -> 0.9702: a merged brief now split off with its own credit; held-out set pdfium title
    0.8703 -> 0.8709, article F1 0.9472 -> 0.9477)."""
    kept: set[int] = set()
    for k, stop in runs_of(roles, _HEADING):
        above = lines[k - 1] if k > 0 else None
        finished = (
            above is None
            or above.blank
            or above.ends_sentence
            or above.text.endswith(("）", ")"))
            or roles[k - 1] is _CAPTION
        )
        below = lines[stop] if stop < len(lines) else None
        opens = below is not None and opens_with_byline(below)
        if finished and opens and stop - k <= MAX_KEPT_HEAD_LINES:
            kept.update(range(k, stop))
    return kept


def _runs_under_sentences(lines: Sequence[LineInfo], roles: list[Role], max_lines: int) -> Iterator[tuple[int, int]]:
    """The headline runs of at most ``max_lines`` lines right under a line that ends a sentence, as
    (start, stop): where several rules below keep a title against the classifier."""
    for k, stop in runs_of(roles, _HEADING):
        if k > 0 and stop - k <= max_lines and lines[k - 1].ends_sentence:
            yield k, stop


def _heads_closing_the_text(lines: Sequence[LineInfo], roles: list[Role]) -> set[int]:
    """Headline lines of the rules between a finished text and the end of the page's text (only
    furniture or nothing after them): the last headline of a page read body first. No line there
    goes on into running text, so a line the classifier doubts (a title holding a comma,
    「路通了，茶叶出山了」) would be a paragraph of its own without a sentence end. At most
    MAX_KEPT_HEAD_LINES lines, none ending a sentence. Pdfium title accuracy: seed-1005 dev
    0.9177 -> 0.9198, seed 1003 0.9269 -> 0.9275 (subtitle F1 0.9298 -> 0.9322); the other
    development sets and pdftotext's layers unchanged."""
    kept: set[int] = set()
    for k, stop in _runs_under_sentences(lines, roles, MAX_KEPT_HEAD_LINES):
        rest = range(stop, len(lines))
        if all(lines[j].blank or roles[j] is Role.FURNITURE for j in rest) and not any(
            lines[j].ends_sentence for j in range(k, stop)
        ):
            kept.update(range(k, stop))
    return kept


#: Lines a title closed by its column's tag is kept over: a column of 9 em wraps its 20 characters
#: and tag over three.
MAX_TAGGED_TITLE_LINES = 3
#: The run's words closed by a column's tag: headrules.TAGGED_TITLE, whose tag may hold two or
#: three characters here (「（茶话）」, 「（茶乡行）」; four there, where a line alone may be a brief's
#: credit of one name, 「（何春生）」): under a finished sentence and after a title's words, a
#: bracket closes no brief. Three characters: seed 1008 pdfium article F1 +0.0008; two: seed 1009
#: +0.0008, seeds 1005 and 1008 +0.0002 (titles +0.0010 to +0.0011), the other sets unchanged.
TAGGED_RUN = tagged_title(2)


def _tagged_heads_after_sentences(lines: Sequence[LineInfo], roles: list[Role]) -> set[int]:
    """Headline runs of the rules, at most MAX_TAGGED_TITLE_LINES lines, under a finished sentence
    and closed by a column's tag after a title's words (TAGGED_RUN, the run's lines read as one:
    「青石镇茶园为何年年丰收（青石观察）」), with no credit in the brackets (「（林晓 摄）」,
    「（本报记者林晓）」) nor a note of what the text calls something (「（以下简称……」): a paper sets
    its column's name after an article's title, and a paragraph's line seldom breaks right after a
    bracket. The classifier reads such a line, as wide as its column, as a line of text: a title
    printed after its body on a page read body first (a jump's continued text above, the next
    article's text below) then joins both texts. On the pdfium pages of the development sets the
    rule changed six pages: three titles kept, each separating two articles (seeds 1008 and 1009
    article F1 +0.0008 and +0.0018, title +0.0011 and +0.0022), and three titles' confidences;
    pdftotext's layers unchanged."""
    kept: set[int] = set()
    for k, stop in _runs_under_sentences(lines, roles, MAX_TAGGED_TITLE_LINES):
        text = "".join([ln.text for ln in lines[k:stop]])
        if TAGGED_RUN.match(text) is not None and CREDIT_CUES.search(text) is None and ABBREVIATION_NOTE.search(text) is None:
            kept.update(range(k, stop))
    return kept


#: Lines of a headline run naming an official's engagement that is kept against the classifier:
#: such a title is set in one or two lines of its column or across it.
MAX_ENGAGEMENT_TITLE_LINES = 2


def _engagements_after_sentences(lines: Sequence[LineInfo], roles: list[Role]) -> set[int]:
    """A headline run of one or two lines under a finished sentence that names an official's
    engagement or a meeting (fields.engagements: 「林晓会见……」, 「……代表团团长会见……」),
    holding no mark of running text and ending on none: a report's title, which the classifier
    doubts where it is as wide as the column (a line of text to it). With the same exception in
    openings.veto_headlines_over_full_lines: pdfium article F1 seed 1009 +0.0008, 1013 +0.0005,
    title seed 1008 +0.0006; pdftotext seed 1009 +0.0005; -layout evaluation set -0.0002, seed
    1009 +0.0002."""
    kept: set[int] = set()
    for k, stop in _runs_under_sentences(lines, roles, MAX_ENGAGEMENT_TITLE_LINES):
        text = "".join([ln.text for ln in lines[k:stop]])
        if text[-1] in MARKED_ENDINGS or not RUNNING_TEXT_MARKS.isdisjoint(text):
            continue
        if names_an_engagement(text, lines[stop].text if stop < len(lines) else ""):
            kept.update(range(k, stop))
    return kept


def _titles_under_dash_kickers(lines: Sequence[LineInfo], roles: list[Role]) -> set[int]:
    """A headline run of two lines under a finished sentence, a kicker closed by its dash over a
    plain line (no mark of running text, none at its end), over a paragraph's opening
    (bylinedtwice.opens_paragraph): 「……青石镇茶农笑开了颜。」/「青石镇茶产业不断壮大——」/「小茶叶撑起
    富民大产业」/「　　今年春茶……」. The classifier doubts the plain line as it doubts any line of a
    column's measure, and without it the dash reads as a paragraph's run-in lead
    (segment.dashes.veto_run_in_leads); but a run-in lead's text goes on in full lines, and this
    line, ending on no mark over a new paragraph, would be a paragraph of its own ending on none.
    On the pdfium pages of the development sets it changed one page, a title the classifier had
    ruled out kept (seed 1009 article F1 +0.0008, title +0.0011); the other sets and pdftotext's
    layers unchanged."""
    from banmian.segment.bylinedtwice import opens_paragraph

    kept: set[int] = set()
    for k, stop in runs_of(roles, _HEADING):
        if stop - k != 2 or k == 0 or stop + 1 >= len(lines) or not lines[k - 1].ends_sentence:
            continue
        kicker, title = lines[k], lines[k + 1]
        if not kicker.text.endswith(KICKER_DASH) or not title.headable or not RUNNING_TEXT_MARKS.isdisjoint(title.text):
            continue
        if title.text[-1] in MARKED_ENDINGS or roles[stop] is not _BODY or lines[stop].ends_sentence:
            continue
        if opens_paragraph(lines, stop):
            kept.update((k, k + 1))
    return kept


def _heads_after_credits(lines: Sequence[LineInfo], roles: list[Role]) -> set[int]:
    """Headline lines of the rules right after a brief closed by its authors (「……。（林晓 何春生）」),
    at most MAX_IN_BLOCK_TITLE_LINES of them over text and without a mark of running text: the next
    brief's title, which the classifier doubts as it doubts any plain line set one column wide (a
    box of briefs gives each title its column's measure). Evaluation set, pdfium: article F1 0.9771
    -> 0.9778, title 0.9278 -> 0.9289, body CER 0.0136 -> 0.0122; held-out set (seed 1002) 0.9550
    -> 0.9566, title 0.8935 -> 0.8953; seed-1001 pages unchanged. Without the test for marks of
    running text the first lines of a paragraph after a brief, a quotation holding a comma, were kept
    as a headline too (evaluation set, pdftotext -layout, one article lost)."""
    kept: set[int] = set()
    for k, stop in runs_of(roles, _HEADING):
        if k == 0 or stop - k > MAX_IN_BLOCK_TITLE_LINES or stop >= len(lines) or roles[stop] is not _BODY:
            continue
        if closes_credit(lines, k - 1) and all(RUNNING_TEXT_MARKS.isdisjoint(lines[j].text) for j in range(k, stop)):
            kept.update(range(k, stop))
    return kept


#: A line at least this much (em) short of its column is set short on purpose: a justified line of
#: text that goes on into the next fills its column to within a squeezed mark.
OPENING_HEAD_MIN_SHORTFALL = 1.0
#: A headline line of the rules at most this share of its column's measure (em over em) is too
#: short to be a line of text that goes on: a paragraph's first line falls short of its column by
#: the indent only (two characters of ten to sixteen), and a line that ends a paragraph ends on a
#: mark. 0.6 leaves room for the widest indent on the narrowest column with punctuation squeezed.
SHORT_HEAD_MAX_FILL = 0.6
#: …or wider, over a paragraph's opening, where at most this share (0–1) of the text below's
#: character pairs occur in the text above (``_over_paragraph_at_topic_break``). On the pdfium pages
#: of the evaluation set and seeds 1001, 1003, 1005 and 1013, of the lines so placed that the
#: rules took for a headline and the classifier vetoed, 34 were a title, 69 a sub-heading and 11
#: text; at 0.025 or less lay 22 titles, no sub-heading and 1 line of text (whose quote stays
#: open), as segment.headingtopics.SUBHEADING_TOPIC_BREAK found for the sub-headings' test.
HEAD_TOPIC_BREAK_CARRY = 0.025
#: …and at least this share (0–1) of its character pairs recurs in the text above (its article's,
#: read body first) or in the lead below (read in order), as a title's words come back in its
#: article: a section's heading of two images (「山青水秀 人和家兴」) after a short lead restates
#: neither. Of the 22 titles above, 21 restate 0.3 or more of their pairs; so does the line of text.
#: End to end, as the other tests here leave some of them to the classifier (a figure in the line, a
#: word run on): pdfium article F1 seed 1003 0.9743 -> 0.9751, the other development sets unchanged.
HEAD_MIN_RESTATEMENT = 0.3
#: Characters a line cannot open a sentence with: the line above goes on into it (「……各单位」/
#: 「和居民……」, 「……个人可」/「于10月5日起……」).
LEANING_OPENINGS = frozenset("和与及并或于的了之等")
#: Latin letters and digits: their widths in the text layer are a guess (another font, spaces
#: around them), so a line holding them says nothing sure by its width.
LATIN_OR_DIGIT = re.compile(r"[0-9A-Za-z０-９]")


def _short_heads_between_sentences(lines: Sequence[LineInfo], roles: list[Role], probs: Sequence[LineProbs]) -> set[int]:
    """Headline lines of the rules, one line long, at most SHORT_HEAD_MAX_FILL of their column and
    without a mark, between a line that ends a sentence and a line that starts one
    (「……安全风险……」/「山乡新貌」/「“今年……」): too short to go on into the next line and ending on no
    mark, such a line is no text, whatever the classifier reads in a column's plain line. A notice's
    signing office, lines with Latin or digits (widths unsure) and a line whose word or phrase the
    next line finishes are left to the classifier. On the pdfium pages of the evaluation set and
    seeds 1001, 1003, 1005 and 1013 the classifier gave 4 such lines 0.03–0.19 and vetoed them; all
    4 were a title or a sub-heading of the truth (the same test on the finished roles, without the
    opening and word tests, found 8 of 14). Pdfium article F1 seed 1013 0.9626 -> 0.9634 (title
    0.8999 -> 0.9010), the other sets' articles and pdftotext's unchanged. A wider line is such a
    headline too over a paragraph's opening where the topic breaks (``_over_paragraph_at_topic_break``),
    and any line set short over a paragraph's opening, marks or not (``_over_paragraph_opening``)."""
    from banmian.fields.wordbreak import breaks_word

    kept: set[int] = set()
    for k, stop in runs_of(roles, _HEADING):
        if stop - k != 1 or k == 0 or stop >= len(lines):
            continue
        line, above, below = lines[k], lines[k - 1], lines[stop]
        text, next_text = line.text.strip(), below.text.strip()
        if (
            not text
            or not next_text
            or not above.ends_sentence
            or text[-1] in MARKED_ENDINGS
            or LATIN_OR_DIGIT.search(text)
            or LATIN_OR_DIGIT.match(next_text)
            or next_text[0] in LEANING_OPENINGS
            or is_signing_office(text)
        ):
            continue
        unmarked = RUNNING_TEXT_MARKS.isdisjoint(text)
        if not (
            _over_paragraph_opening(lines, k)
            or (unmarked and (line.width <= SHORT_HEAD_MAX_FILL * line.column_width or _wide_title_doubted(lines, roles, probs, k)))
        ):
            continue
        if not breaks_word(text, next_text):
            kept.add(k)
    return kept


def _over_paragraph_opening(lines: Sequence[LineInfo], k: int) -> bool:
    """A plain line (one phrase, not spaced out) short of its column by OPENING_HEAD_MIN_SHORTFALL
    or more, with its quotes and brackets closed, over a line that opens a paragraph
    (segment.bylinedtwice.opens_paragraph): a line of text short of its column ends its paragraph,
    and one that ends on no mark under a finished sentence is no paragraph but a heading, however
    many commas it holds (「先修路，再兴茶」, 「茶园绿了，钱袋鼓了」). The classifier doubts such
    a line (a paragraph's first line holds commas too), and vetoed, it was read as the opening of
    the paragraph under it: its sub-heading lost, and a paragraph start with it. Pdfium paragraph-start
    F1 +0.0009 to +0.0020 on the evaluation set and seeds 1001, 1003, 1005 and 1013, sub-headings
    found 726 -> 775 of the four seeds' 1,125, every other figure unchanged. A line of two phrases
    spaced apart is left to the classifier: there the sub-heading test takes two phrases that the
    text below does not take up for a title (「茶园新绿 书声琅琅」; seed 1001: two articles cut)."""
    from banmian.segment.bylinedtwice import opens_paragraph
    from banmian.segment.intext import closed_phrase

    line = lines[k]
    return (
        k + 2 < len(lines)
        and line.phrases < 2
        and not line.letter_spaced
        and line.width <= line.column_width - OPENING_HEAD_MIN_SHORTFALL
        and closed_phrase(line.text.strip())
        and opens_paragraph(lines, k + 1)
    )


def _wide_title_doubted(lines: Sequence[LineInfo], roles: list[Role], probs: Sequence[LineProbs], k: int) -> bool:
    """``_over_paragraph_at_topic_break``, asked only of a line the classifier may veto (under
    PLAIN_UNMARKED_VETO_PROBABILITY, the highest bar a plain line must clear): the text around a
    line is read at a cost, and one the classifier takes for a headline needs no keeping."""
    return probs[k].heading < PLAIN_UNMARKED_VETO_PROBABILITY and _over_paragraph_at_topic_break(lines, roles, k)


def _over_paragraph_at_topic_break(lines: Sequence[LineInfo], roles: list[Role], k: int) -> bool:
    """A one-line heading of the rules up to its column's width, over a line that opens a paragraph
    (segment.bylinedtwice.opens_paragraph) where the text below talks of other things than the
    text above (at most HEAD_TOPIC_BREAK_CARRY of its character pairs found there,
    segment.intext.topic_carry): a paragraph's first line goes on into the line under it, so
    with a paragraph opening there it would be a paragraph of one line ending on no mark; and a
    sub-heading's text goes on with its article's matter. It is the title of the text on one side,
    drawn after its body or before it, whose words it restates (HEAD_MIN_RESTATEMENT)."""
    from banmian.segment.bylinedtwice import opens_paragraph
    from banmian.segment.intext import (
        LEAD_CHARS,
        MIN_TOPIC_CHARS,
        RESTATED_CHARS_ABOVE,
        TOPIC_CHARS_ABOVE,
        TOPIC_CHARS_BELOW,
        closed_phrase,
        topic_carry,
    )
    from banmian.segment.textaround import text_above, text_below

    stop = k + 1
    text = lines[k].text.strip()
    if stop + 1 >= len(lines) or not closed_phrase(text) or not opens_paragraph(lines, stop):
        return False
    above = text_above(lines, roles, k, RESTATED_CHARS_ABOVE)
    below = text_below(lines, roles, stop, TOPIC_CHARS_BELOW)
    if min(len(above), len(below)) < MIN_TOPIC_CHARS or topic_carry(above[-TOPIC_CHARS_ABOVE:], below) > HEAD_TOPIC_BREAK_CARRY:
        return False
    pairs = bigrams(text)
    restated = max(len(pairs & bigrams(above)), len(pairs & bigrams(below[:LEAD_CHARS])))
    return bool(pairs) and restated >= HEAD_MIN_RESTATEMENT * len(pairs)


def _drop_captions_above(lines: Sequence[LineInfo], wanted: list[Role | None], k: int) -> None:
    """The classifier's caption lines right above line ``k``, whose 摄 turned out to be running
    text (``captions.credit_runs_on``), holding no caption cue of their own: they were read as a
    caption over that credit, and without it they are text (a paragraph's last line left a caption
    alone in the text, which cut the article there). Seed-1016 held-out pdfium text, where the
    rule was found: an article cut at a paragraph's last line over such a line (as 「……都很顺利。」/
    「剧组来时正值春耕。为拍摄」); the development sets unchanged."""
    j = k - 1
    while j >= 0 and wanted[j] is _CAPTION and not lines[j].caption:
        wanted[j] = None
        j -= 1


def combine_learned(
    lines: Sequence[LineInfo],
    roles: list[Role],
    blank_marked: bool,
    probs: Sequence[LineProbs] | None,
    layout_rows: bool = False,
) -> None:
    """``layout_rows``: the blank lines are a layout dump's gaps between rows (layout.sidebyside),
    not the ends of an extractor's text blocks."""
    if probs is None:
        probs = LineClassifier.load().probabilities(lines)
    wanted: list[Role | None] = [None] * len(lines)
    kept = (
        _heads_over_bylines(lines, roles)
        | _heads_closing_the_text(lines, roles)
        | _heads_after_credits(lines, roles)
        | _short_heads_between_sentences(lines, roles, probs)
        | _captions_kept_whole(lines, roles, probs)
        | _tagged_heads_after_sentences(lines, roles)
        | _titles_under_dash_kickers(lines, roles)
        | _engagements_after_sentences(lines, roles)
    )
    # The classifier learned captions from hard-wrapped pages, where a lone wide line is one across
    # a photo; on a page never wrapped every paragraph is such a line, and only a cue (图为, 摄)
    # makes one a caption.
    cue_needed = never_wrapped(lines)
    running_credits: list[int] = []  # lines ending on a 摄 that the next line's words run on from
    for k, p in enumerate(probs):
        role = roles[k]
        # Only headlines and captions can be vetoed (``_vetoed``): the test is not called for others.
        vetoable = role is _HEADING or role is _CAPTION
        if (
            vetoable
            and k not in kept
            and _vetoed(lines[k], role, p, blank_marked, _under_wide_headline(lines, roles, wanted, k))
        ):
            wanted[k] = _BODY
        elif role is not _BODY:
            continue
        elif (
            p.caption >= LEARNED_MIN_PROBABILITY
            and p.caption >= p.heading
            and (lines[k].caption or not cue_needed)
            and not _ends_paragraph_over_caption(lines, roles, k)
        ):
            if credit_runs_on(lines, roles, k):
                running_credits.append(k)
            else:
                wanted[k] = _CAPTION
        elif (
            p.heading >= LEARNED_MIN_PROBABILITY
            and not _in_opening_dateline(lines, k)
            and lines[k].date_line is None
            and not _closing_credit_line(lines, roles, k)
        ):
            wanted[k] = _HEADING
    for k in running_credits:
        _drop_captions_above(lines, wanted, k)
    k = 0
    while k < len(lines):
        if wanted[k] is not _HEADING:
            if wanted[k] is not None:
                roles[k] = wanted[k]
            k += 1
            continue
        stop = k
        while stop < len(lines) and wanted[stop] is _HEADING:
            stop += 1
        if (
            not blank_marked
            or (ends_block(lines, roles, stop) and (layout_rows or not _tail_of_a_text_block(lines, roles, k)))
            or _titles_its_block(lines, k, stop)
            or _under_box_label(lines, k, stop)
            or _opens_block_after_finished_text(lines, k, stop)
        ):
            for j in range(k, stop):
                roles[j] = _HEADING
        k = stop


def _in_opening_dateline(lines: Sequence[LineInfo], k: int) -> bool:
    """Line ``k`` opens on a byline or a dateline (本报讯……, 新华社北京10月1日电……), whole or broken
    before its 电 (「本报临江4月10」/「日电（记者 林晓）」), or finishes one broken on the line above: an
    article's text, never a headline, however narrow its column."""
    if opens_with_byline(lines[k]):
        return True
    return k > 0 and lines[k].text.startswith("日电") and opens_with_byline(lines[k - 1])


def _tail_of_a_text_block(lines: Sequence[LineInfo], roles: Sequence[Role], k: int) -> bool:
    """The learned headline run starting at ``k`` is printed under a line of text in one block
    (no blank line between): ending its block, it ends a text's block, not a block of its own.
    pdftotext prints a column's last line at its block's foot, and a short one (a paragraph's first
    line cut off by the column's end: 「主办方邀请青石镇」) over a headline's block reads to the
    classifier as a kicker; taken for one, it left its article (the column that goes on with it
    lost its open end) for the next title. On pdftotext's text, article F1 +0.0026 to +0.0058 on the
    evaluation set and seeds 1001, 1003, 1005 and 1013 (title accuracy -0.0005 on the evaluation
    set, +0.0016 to +0.0038 on the others). Asked only of lines under a finished sentence, the gain
    was +0.0010 to +0.0048. Not on a layout dump's lanes (``layout_rows``), whose blank lines are
    row gaps: there `-layout` article F1 moved -0.0007 to +0.0013 a set."""
    return k > 0 and not lines[k - 1].blank and roles[k - 1] is _BODY


def _closing_credit_line(lines: Sequence[LineInfo], roles: Sequence[Role], k: int) -> bool:
    """Only bracketed names (「（林晓 何春生）」, layout.lines.CREDIT_ONLY) right under text that ends
    a sentence: a brief's closing credit on a line of its own. Over a photographer's credit the
    classifier takes it for the title of the photo below (a photo's title stands over its credit);
    read so, it cut the brief's authors off and made a photo of them. A column's tag wrapped under
    its title (「（青石论坛）」) follows a headline line, not a finished sentence. With the rule of a
    figure's end (layout.digits), pdfium article F1 seed 1003 0.9721 -> 0.9743, author F1 up on four
    development sets (+0.0004 to +0.0031), nothing lower."""
    line = lines[k]
    if line.text[:1] not in "（(" or CREDIT_ONLY.match(line.text) is None or k == 0:
        return False
    above = lines[k - 1]
    return roles[k - 1] is _BODY and not above.blank and above.ends_sentence


def _ends_paragraph_over_caption(lines: Sequence[LineInfo], roles: Sequence[Role], k: int) -> bool:
    """Line ``k`` ends a sentence short of the caption's measure right above a caption the rules
    found (short of its column, or a column line under a caption set wider, across columns): the
    last line of the paragraph before the caption, where the rules' walk up from the caption's cue
    stopped (segment.captions), not a caption line. A caption is a paragraph of its own in one
    measure, and the classifier, reading a wide caption line below, takes the line over it for a
    caption's lead. pdfium caption F1 0.888 -> 0.896 measured against the column, 0.901 against
    the caption's measure (held-out set 0.829 -> 0.851, article F1 0.9429 -> 0.9434);
    pdftotext's and -layout's figures unchanged."""
    line = lines[k]
    return (
        k + 1 < len(lines)
        and roles[k + 1] is _CAPTION
        and line.ends_sentence
        and not line.caption
        and line.width < CAPTION_RUN_ON_MIN_FILL * caption_measure(lines, k)
    )


#: A headline that opens a block and runs straight into its text (a brief's title, set close) is
#: at most this many lines …
MAX_IN_BLOCK_TITLE_LINES = 2
#: … and most of its character pairs (this share, 0–1) recur in the first characters of that text:
#: a brief's lead sentence restates its title (「县第五届春季运动会开幕」/「……县第五届春季运动会在体育
#: 中心开幕」), which a body's first lines never do for the line above them.
IN_BLOCK_TITLE_MIN_AFFINITY = 0.5
IN_BLOCK_OPENING_CHARS = 120


def _titles_its_block(lines: Sequence[LineInfo], start: int, stop: int) -> bool:
    from banmian.segment.affinity import affinity

    if stop - start > MAX_IN_BLOCK_TITLE_LINES or (start > 0 and not lines[start - 1].blank):
        return False
    if stop >= len(lines) or lines[stop].blank:
        return False
    opening: list[str] = []
    size = 0
    for line in lines[stop:]:
        if line.blank or size >= IN_BLOCK_OPENING_CHARS:
            break
        opening.append(line.text)
        size += len(line.text)
    title = "".join([ln.text for ln in lines[start:stop]])
    return affinity(bigrams(title), "".join(opening)) >= IN_BLOCK_TITLE_MIN_AFFINITY


def _opens_block_after_finished_text(lines: Sequence[LineInfo], start: int, stop: int) -> bool:
    """A learned headline of at most MAX_IN_BLOCK_TITLE_LINES lines without a mark of running text
    opens a block whose block before ends a sentence: a title printed in its text's block (pdftotext
    sets a narrow column's title so), not a column going on in a new block, which starts mid-way."""
    if stop - start > MAX_IN_BLOCK_TITLE_LINES or start < 2 or not lines[start - 1].blank:
        return False
    above = lines[start - 2]
    if above.blank or not (above.ends_sentence or above.text.endswith(("）", ")"))):
        return False
    # A notice's office, printed under its 特此公告 in a block of its own, is no title either.
    return all(RUNNING_TEXT_MARKS.isdisjoint(line.text) and not is_signing_office(line.text) for line in lines[start:stop])


def _under_box_label(lines: Sequence[LineInfo], start: int, stop: int) -> bool:
    """The first item of a box of short items printed in the box label's block (「简讯」/「……开幕」
    /「4月10日……」): its title opens the box right under the label."""
    return start > 0 and lines[start - 1].text in BOX_LABELS and stop - start <= MAX_IN_BLOCK_TITLE_LINES


def _captions_kept_whole(lines: Sequence[LineInfo], roles: list[Role], probs: Sequence[LineProbs]) -> set[int]:
    """Lines of the rules' captions that the classifier does not rule out as a whole.

    The classifier reads a line and its neighbours, not the 图为 or credit some lines further down:
    it doubts a long caption's first lines, which read as any paragraph's (it gives them under
    LEARNED_VETO_PROBABILITY on about twenty of the evaluation set's pdfium captions). A caption is
    kept or dropped whole: kept when the classifier allows any of its lines, or when its 图为 is
    cut by a line break (「……。图」/「为……」), which no line's features show the classifier."""
    kept: set[int] = set()
    for k, stop in runs_of(roles, _CAPTION):
        split_cue = any(cue_split_after(lines, j) for j in range(k, stop - 1))
        if split_cue or max(probs[j].caption for j in range(k, stop)) >= LEARNED_VETO_PROBABILITY:
            kept.update(range(k, stop))
    return kept


#: A paragraph's opening line is short of its column by the two-character indent, even where the
#: extractor drops the indent (pdfium); a line within this much (em) of its column's measure opens
#: no paragraph.
OPENING_LINE_MIN_SHORTFALL = 1.0


def _under_wide_headline(lines: Sequence[LineInfo], roles: Sequence[Role], wanted: Sequence[Role | None], k: int) -> bool:
    """Headline line ``k`` of the rules fills its column right under a headline line set across
    columns that stays one: the second line of a headline stack (a title under its wide kicker,
    「“百村千户”共绘青石新画卷」), which the classifier, reading a line in the column's measure
    over text, doubts as it doubts a paragraph's plain first line (0.1–0.2). A paragraph's first
    line would be short by its indent. Such a line is vetoed only where the classifier all but
    rules it out (LEARNED_VETO_PROBABILITY), as a line set wide is. Evaluation set pdfium title
    0.9061 -> 0.9072, kicker 0.884 -> 0.887 (the same without the fill test: title 0.9067 but
    three first lines of text taken into titles, article F1 0.9705 -> 0.9700); held-out pdfium
    subtitle 0.871 -> 0.875; pdftotext and -layout unchanged."""
    if k == 0 or roles[k] is not _HEADING or roles[k - 1] is not _HEADING or wanted[k - 1] is _BODY:
        return False
    line, above = lines[k], lines[k - 1]
    return (
        line.width >= line.column_width - OPENING_LINE_MIN_SHORTFALL
        and above.width > above.column_width + WIDE_HEADING_MARGIN
    )


def _vetoed(line: LineInfo, role: Role, probs: LineProbs, blank_marked: bool, under_wide: bool = False) -> bool:
    """A headline or caption of the rules that the classifier all but rules out."""
    if role is _CAPTION:
        return probs.caption < LEARNED_VETO_PROBABILITY
    if role is not _HEADING or is_notice_title(line.text):
        return False
    if blank_marked or under_wide or line.width > line.column_width + WIDE_HEADING_MARGIN:
        return probs.heading < LEARNED_VETO_PROBABILITY
    if line.letter_spaced or line.phrases >= 2:
        return probs.heading < SPACED_VETO_PROBABILITY  # spaced out: a headline's or justified text
    clauseless = CLAUSE_MARKS.isdisjoint(line.text)
    return probs.heading < (PLAIN_CLAUSELESS_VETO_PROBABILITY if clauseless else PLAIN_UNMARKED_VETO_PROBABILITY)
