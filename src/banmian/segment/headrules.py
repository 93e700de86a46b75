"""Headline runs among the body lines, by the shape of the lines and what stands around them.

A heading run is a run of lines with no sentence-final mark that starts a block and reads as a
headline: its cues add up to HEADING_SCORE_THRESHOLD (the HEADING_* weights). Strong cues are a
headline's shape (wider than the column, letter-spaced, phrases set apart by spaces) and what
follows it (a byline, a subtitle, another headline, the page end); a plain short line needs a
paragraph start after it and no sign of being running text (full lines, commas, a long plain run
in big type). Where the extractor marks blocks with blank lines a headline is a block of its own.
The shortest run that reaches the threshold is taken, so a headline glued to the first line of a
body does not swallow that line. segment.roles runs this after the grammar-given roles and the
captions, before the line classifier's word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.fields.notice import is_notice_title
from banmian.layout.lines import ASCII_WIDTH_SAVING, LineInfo
from banmian.layout.punctuation import is_cjk
from banmian.segment.items import closes_credit
from banmian.segment.linefeatures import BOX_LABELS, KICKER_DASH
from banmian.segment.roles import (
    _BODY,
    _CLOSING,
    _HEADING,
    _SET_APART,
    FIRST_LINE_MAX_SHORTFALL,
    FIRST_LINE_SHORTFALL,
    WIDE_HEADING_MARGIN,
    Role,
    _next_nonblank,
    ends_block,
    headable,
    opens_with_byline,
)

#: A line of digits and symbols at most this wide (em) is a fragment of its neighbours (「2%」).
FRAGMENT_MAX_WIDTH = 3.0
#: A heading run is at most this many lines; longer runs are body text without punctuation (lists).
MAX_HEADING_RUN = 4
# Heading-run score (_shortest_heading_run): weights of the cues, in points; a run is a
# headline from HEADING_SCORE_THRESHOLD up. Set so that one strong cue (a headline's shape, or a
# byline straight after it) carries a run, and a plain short line needs a paragraph start after it
# and no sign of being running text.
HEADING_SCORE_THRESHOLD = 0.5
HEADING_SHAPED = 2.0  # wider than the column, letter-spaced, or phrases separated by spaces
HEADING_STRONG_NEXT = 1.5  # followed by a byline, a subtitle, another headline or the page end
HEADING_PARAGRAPH_NEXT = 0.75  # followed by a paragraph's first line
HEADING_TEXT_GOES_ON = -1.0  # followed by what reads as the rest of a sentence
HEADING_FULL_LINE = 0.75  # per plain line that fills its column, as running text does
HEADING_FULL_FILL = 0.93  # "fills its column": within about 1 em of a 13 em column
HEADING_COMMA = 0.25  # per plain line holding a comma: clauses are rarer in headlines than in text
HEADING_LONG_PLAIN_RUN = 1.0  # a plain run longer than PLAIN_HEADING_MAX_LINES
PLAIN_HEADING_MAX_LINES = 2
#: Lines of a headline set in a type bigger than the text wrap at most at this share of the column.
BIG_TYPE_MAX_FILL = 0.8
#: A paragraph visibly ended just before (a short line closing a sentence) and the run does not
#: look like the indented first line of the next one.
HEADING_AFTER_PARAGRAPH_END = 0.5
HEADING_OWN_BLOCK = 0.5  # the run is a block of its own where extractors mark blocks
HEADING_NOT_OWN_BLOCK = 0.5  # …and is not (pdftotext glues a title to the byline below it)
#: The interpunct of a foreign name (间隔号, 「安东尼奥·罗西」) is set in half an em in running text,
#: as the compressed marks are: read at a full em, a column line holding two is an em wider than
#: its column, a title's shape, and the paragraph's first line above it a title's first line. Only
#: the shape tests here read it so (the line's width, which the line classifier reads too, counts it
#: full: read at half there, the classifier took a brief's lines for a title on the held-out set).
#: Evaluation set, pdfium: article F1 0.9683 -> 0.9693, body CER 0.0195 -> 0.0185, jump 0.9649 ->
#: 0.9695; pdftotext title 0.5534 -> 0.5540; pdftotext -layout article F1 0.8040 -> 0.8033, body
#: CER 0.1568 -> 0.1578, title 0.6820 -> 0.6815, jump 0.7738 -> 0.7700 (one page: the paragraph
#: found there is not stitched back to its article); held-out set unchanged.
INTERPUNCT_WIDTH_SAVING = 0.5
#: A number, a Latin word or an abbreviation with its marks (「12.5%」「5G」「2019-2020」) is never
#: broken across lines: where one does not fit in what is left of a line, the line ends short and
#: the run opens the next one. Measured on the generated development pages (pdfium): middle lines
#: of paragraphs that end 1.5 em or more short of their column are followed by a line that opens
#: with such a run in 446 of 3599 cases (12 %), against 1112 of 34825 (3 %) of all middle lines.
_LEADING_LATIN_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%:/-]*")
#: A line may end this much (em) shorter than the run that was wrapped off it would need, and
#: still be a full line: the widths of Latin glyphs and of compressed punctuation are estimates.
#: With the shortfall bound at the run's width plus 1 em: development pages (pdfium) article F1
#: 0.9492 -> 0.9497, title 0.8807 -> 0.8818; evaluation set pdfium subtitle 0.9073 -> 0.9113, the
#: other figures unchanged. Any run at all (no bound): development article F1 0.9494, title 0.8823;
#: a slack of 0.5 em measured as 1 em, 1.5 em development article F1 0.9494 (kicker 0.8645). A
#: line opening with 《“（ (a mark that may not end a line) read the same way lost an evaluation
#: article (pdfium F1 0.9722 -> 0.9715): real papers compress such marks, so the gap is no cue.
WRAP_SLACK = 1.0
#: A line closed by a column's tag in brackets (「……吗？（民生观察②）」, 「……新路子（乡村振兴）」) and
#: holding no mark of running text before it: a title's shape, however full its column, for a
#: paper sets its column's name after an article's title. The tag holds four characters or more
#: and no gap, so that a brief's closing credit of names (「（林晓 何春生）」) is none, and the text
#: before it at most the one question or exclamation mark a title ends on.
TAGGED_TITLE_MIN_TAG_CHARS = 4


def tagged_title(min_tag_chars: int) -> re.Pattern[str]:
    """TAGGED_TITLE's shape, its tag holding ``min_tag_chars`` to 20 characters."""
    return re.compile(rf"^[^。，、；：？！…]+[？！]?”?[（(][^（）()\s，。？！、；]{{{min_tag_chars},20}}[）)]$")


TAGGED_TITLE = tagged_title(TAGGED_TITLE_MIN_TAG_CHARS)


def mark_headings(lines: Sequence[LineInfo], roles: list[Role], blank_marked: bool, indents: bool) -> None:
    """Body lines of ``roles`` that open a heading run become headings: from each line that could
    start one, the shortest run that scores as a headline (``_shortest_heading_run``)."""
    # An indented line opens a paragraph: headlines are centred or flush, never indented. Asked
    # once per line; only the few lines that could head a run are visited.
    # ``headable`` inlined: this runs on every line of the page.
    headable = [
        ln.headable and ln.leading_byline is None and ln.date_line is None and not (indents and ln.indented)
        for ln in lines
    ]
    n = len(lines)
    free = 0  # lines before this are already in a heading run
    for i in [k for k in range(n) if headable[k]]:
        if i < free or roles[i] is not _BODY or not _starts_block(lines, roles, i, blank_marked):
            continue
        if _under_notice_title(lines, roles, i) and not _shaped(lines[i]):
            continue
        limit = i
        # Digits that the extractor broke off a headline line (「增长8.」/「2%」) stay with it.
        while (
            limit < n
            and roles[limit] is _BODY
            and (headable[limit] or _is_fragment(lines[limit]) or (limit > i and _tag_closes(lines, roles, i, limit + 1)))
            and limit - i < MAX_HEADING_RUN
        ):
            limit += 1
        # Shortest run first: a headline line followed by body text without punctuation (a
        # banner glued to the first line of a body) must not swallow that text.
        run = _shortest_heading_run(lines, roles, i, limit, blank_marked)
        if run is not None:
            for k in run:
                roles[k] = _HEADING
            free = run.stop


def _shaped(line: LineInfo) -> bool:
    """A headline's own shape: letter-spaced, phrases set apart, wider than the column, or closed
    by a column tag (``_shortest_heading_run`` reads the same)."""
    return (
        line.letter_spaced
        or line.phrases >= 2
        or _set_width(line) > line.column_width + WIDE_HEADING_MARGIN
        or TAGGED_TITLE.match(line.text) is not None
    )


def _tag_closes(lines: Sequence[LineInfo], roles: list[Role], start: int, stop: int) -> bool:
    """The run's last line is a column's tag alone in brackets (「（乡村新貌·茶乡行）」) closing a title's
    words on the lines above (``titlesastext.closed_by_column_tag``): a title's shape, as
    TAGGED_TITLE on one line. ``headable`` refuses such a line alone, as a brief's credit of names
    (CREDIT_ONLY), so the run may reach it here. Asked only of a last line opening on a bracket.
    Not right over a caption: a photo's title there is ``captions.mark_photo_titles``' to read (the
    line classifier may take its words for the caption's and leave the tag a heading alone).
    Pdfium: seed-1013 dev article F1 0.9649 -> 0.9659, title 0.9060 -> 0.9076; seed 1005 title
    0.9166 -> 0.9177; seed 1003 article 0.9716 -> 0.9721; pdftotext title +0.0005 to +0.0022 on
    every development set; nothing down by more than 0.0001."""
    tag = lines[stop - 1].text.strip()
    if not tag.startswith(("（", "(")) or (stop < len(lines) and roles[stop] is Role.CAPTION):
        return False
    # Imported here, past the cheap test: titlesastext imports this module's peers.
    from banmian.segment.titlesastext import closed_by_column_tag

    return not _names_only(tag[1:-1]) and closed_by_column_tag(lines[start:stop], roles[start:stop])


def _names_only(inner: str) -> bool:
    """The bracket holds people's names only (「周敏」, 「林晓 何春生」): a brief's credit under its
    last line, which ends no sentence when its words close the brief (「……六百余人」/「（周敏）」),
    not a column's tag. Names of two or three characters with a common surname."""
    from banmian.fields.personnames import has_surname

    names = inner.replace("、", " ").split()
    return bool(names) and all(NAME_LENGTHS[0] <= len(n) <= NAME_LENGTHS[1] and has_surname(n) for n in names)


#: Characters of a person's name in a brief's closing credit.
NAME_LENGTHS = (2, 3)


def _under_notice_title(lines: Sequence[LineInfo], roles: list[Role], start: int) -> bool:
    """The line right above, in the same block, is a notice's whole title (「……情况通报」,
    「关于……的公告」): a notice's text begins under its title, with no second headline line (a title
    broken over lines ends on its notice word only on its last line), so the line here opens the
    text, however short its indent leaves it (「因供水管网改造」/「施工需要，……」). Across a blank
    line (another block) anything may follow the title: pdftotext prints blocks out of order. A
    line in a headline's own shape (``_shaped``) under such a title heads the text all the same:
    the line above was a kicker ending on a notice word (「县水利局郑重声明」)."""
    prev = start - 1
    return prev >= 0 and roles[prev] is _HEADING and is_notice_title(lines[prev].text)


def _after_paragraph_end(lines: Sequence[LineInfo], roles: list[Role], start: int) -> bool:
    """The text before visibly finished: a short line closing a sentence, a caption, a jump note,
    a notice's date, a brief's credit; or nothing stands before but a box's label (简讯), whose
    first item opens under it."""
    prev = start - 1
    while prev >= 0 and lines[prev].blank:
        prev -= 1
    if prev < 0:
        return False
    line = lines[prev]
    if roles[prev] in _CLOSING or line.date_line is not None or closes_credit(lines, prev) or line.text in BOX_LABELS:
        return True
    return line.ends_sentence and line.width <= line.column_width - FIRST_LINE_SHORTFALL


def _set_width(line: LineInfo) -> float:
    """The line's width (em) with its interpuncts set in half an em (INTERPUNCT_WIDTH_SAVING)."""
    return line.width - INTERPUNCT_WIDTH_SAVING * line.text.count("·")


def _first_line_shaped(line: LineInfo) -> bool:
    return FIRST_LINE_SHORTFALL <= line.column_width - line.width <= FIRST_LINE_MAX_SHORTFALL


def _is_fragment(line: LineInfo) -> bool:
    """A few digits or symbols alone on a line: a piece the extractor broke off its neighbours."""
    return not line.blank and line.cjk == 0 and line.width <= FRAGMENT_MAX_WIDTH


def _starts_block(lines: Sequence[LineInfo], roles: list[Role], i: int, blank_marked: bool) -> bool:
    prev = i - 1
    if prev < 0:
        return True
    if lines[prev].blank:
        return True
    if roles[prev] in _SET_APART:
        return True
    if lines[prev].date_line is not None:
        return True  # a notice's closing date ends its block
    if closes_credit(lines, prev):
        return True  # 「……。（张三 李四）」 closes a brief, the credit whole or broken over two lines
    # A heading straight after body text: only where the extractor does not mark blocks with blanks.
    return not blank_marked and lines[prev].ends_sentence


def _shortest_heading_run(lines: Sequence[LineInfo], roles: list[Role], start: int, limit: int, blank_marked: bool) -> range | None:
    """The shortest run of punctuation-free lines from ``start`` (ending by ``limit``) that reads
    as a headline: its score (the HEADING_* weights) reaches HEADING_SCORE_THRESHOLD. The run's
    cues add up line by line, so each longer candidate costs only its last line."""
    shaped = big = False
    full = commas = 0
    opens_after_end: bool | None = None  # asked once, the first time a plain run needs it
    first_shaped = False
    for stop in range(start + 1, limit + 1):
        last = lines[stop - 1]
        fill = last.fill
        shaped = shaped or _shaped(last) or (stop - start > 1 and _tag_closes(lines, roles, start, stop))
        full += fill >= HEADING_FULL_FILL
        commas += "，" in last.text
        big = big or fill >= BIG_TYPE_MAX_FILL
        if last.ends_continuing and not last.text.endswith(KICKER_DASH):
            continue  # a headline does not end mid-clause
        nxt = _next_nonblank(lines, stop)
        if nxt is not None and lines[nxt].date_line is not None:
            continue  # a signing office above its date closes a notice
        after = _what_follows(lines, roles, nxt)
        score = (HEADING_SHAPED if shaped else 0.0) + FOLLOW_SCORES.get(after, HEADING_TEXT_GOES_ON)
        if not shaped:
            if after != FOLLOW_STRONG:
                score -= HEADING_FULL_LINE * full
            score -= HEADING_COMMA * commas
            if stop - start > PLAIN_HEADING_MAX_LINES and big:
                score -= HEADING_LONG_PLAIN_RUN
            if opens_after_end is None:
                opens_after_end = _after_paragraph_end(lines, roles, start)
                first_shaped = _first_line_shaped(lines[start])
            # A line short by an indent opens a paragraph, unless the next line is shaped so too
            # where blank lines mark blocks: a paragraph goes on in a full line, so of two such
            # lines the upper is a title printed in its text's block. With the box label above,
            # evaluation set pdftotext article F1 0.7229 -> 0.7254, title 0.5855 -> 0.5909, -layout
            # 0.8691 -> 0.8693; seed-1001 pages pdftotext 0.6713 -> 0.6728, -layout 0.8629 ->
            # 0.8650; held-out pdftotext 0.6600 -> 0.6602, -layout 0.8586 -> 0.8599, pdfium title
            # 0.8953 -> 0.8959. Also without blank lines, pdfium lost three articles on the
            # evaluation set (0.9778 -> 0.9764): its widths are rougher (a name's interpuncts).
            if opens_after_end and (not first_shaped or (blank_marked and after == FOLLOW_PARAGRAPH)):
                score += HEADING_AFTER_PARAGRAPH_END
        if blank_marked:
            score += HEADING_OWN_BLOCK if ends_block(lines, roles, stop) else -HEADING_NOT_OWN_BLOCK
        if score >= HEADING_SCORE_THRESHOLD:
            return range(start, stop)
    return None


FOLLOW_STRONG = "strong"  # a byline, subtitle, another headline, furniture, the page end
FOLLOW_PARAGRAPH = "paragraph"  # a line shaped like a paragraph's first line
FOLLOW_TEXT = "text"  # a line that reads as the continuation of running text
#: What follows adds this to a run's score; FOLLOW_TEXT adds HEADING_TEXT_GOES_ON.
FOLLOW_SCORES = {FOLLOW_STRONG: HEADING_STRONG_NEXT, FOLLOW_PARAGRAPH: HEADING_PARAGRAPH_NEXT}


#: Marks that close a clause or sentence. A line opening with one character and one of them ends
#: a clause that the line above began (「从今年全镇新修的村道里程」/「看，……」), however short that line falls
#: (a paragraph's first line, not a headline); 、 is left out, as it follows a list's numeral (「一、」).
#: Not across a blank line, where pdftotext prints another column's text. Pdfium article F1 seed
#: 1009 +0.0008, 1001 +0.0002, evaluation set -0.0002 (a three-line run the classifier vetoed
#: whole, now two lines it keeps); pdftotext seed 1008 title -0.0006, -layout 1008 -0.0002.
CLAUSE_CLOSERS = frozenset("，。；：！？")


def _what_follows(lines: Sequence[LineInfo], roles: list[Role], nxt: int | None) -> str:
    """What the line after a run says about the run: does something new begin there?"""
    if nxt is None or roles[nxt] is not _BODY:
        return FOLLOW_STRONG
    line = lines[nxt]
    if opens_with_byline(line):
        return FOLLOW_STRONG
    if line.letter_spaced or line.phrases >= 2 or _set_width(line) > line.column_width + WIDE_HEADING_MARGIN:
        return FOLLOW_STRONG if headable(line) else FOLLOW_TEXT
    if line.leading_space or line.indented:
        return FOLLOW_PARAGRAPH
    if line.text[1:2] in CLAUSE_CLOSERS and is_cjk(line.text[0]) and not lines[nxt - 1].blank:
        return FOLLOW_TEXT  # 「看，……」: the last character of a clause begun on the line above
    shortfall = line.column_width - line.width
    if not line.ends_sentence and FIRST_LINE_SHORTFALL <= shortfall <= FIRST_LINE_MAX_SHORTFALL:
        if not lines[nxt - 1].blank and _wrapped_early(lines, roles, nxt, shortfall):
            return FOLLOW_TEXT
        return FOLLOW_PARAGRAPH
    return FOLLOW_TEXT


def _wrapped_early(lines: Sequence[LineInfo], roles: list[Role], nxt: int, shortfall: float) -> bool:
    """The line at ``nxt`` ends short because the number or Latin word opening the next line could
    not be broken and did not fit in the rest of it: a full line of running text, not an indented
    paragraph start. Asked only where no blank line stands between the run and ``nxt`` (a blank
    is the extractor's own block cue, and pdftotext's short lines are read by it)."""
    after = _next_nonblank(lines, nxt + 1)
    if after is None or roles[after] is not _BODY:
        return False
    line = lines[after]
    if line.indented or line.leading_space:
        return False
    return wrap_explains(shortfall, line.text)


def wrap_explains(shortfall: float, next_text: str) -> bool:
    """Whether a line ``shortfall`` em short of its column ended so because the number or Latin
    word opening the next line (``next_text``) could not be broken and did not fit (WRAP_SLACK)."""
    run = _LEADING_LATIN_RUN.match(next_text)
    return run is not None and (1.0 - ASCII_WIDTH_SAVING) * len(run.group(0)) + WRAP_SLACK >= shortfall
