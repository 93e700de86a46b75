"""Line roles: body text, headline candidates, bylines, subtitles, captions, jump notes, furniture.

Rules, in order of precedence (each general to Chinese newspaper typesetting):
1. Page furniture (page header, masthead, editor credits) is recognised by its grammar.
2. A line that is only a jump note (（下转第二版）) is a jump; only a byline (本报记者 程远山 摄影报道)
   is a byline line; a line starting with —— is a subtitle.
3. A block of lines (between blank lines) whose text has strong caption cues (图为, 摄) and
   that sits apart from body text is a caption.
4. A *heading run* is a run of lines with no sentence-final mark inside that starts a block and is
   shaped like a headline: wider than the column (a title across columns), letter-spaced, several
   space-separated phrases, or short lines that a paragraph start follows. Whether a heading run
   is a title, a kicker, a sub-heading or a banner is decided later, in context (the run rules:
   segment.headrules).
5. Everything else is body text.
6. Last, a headline line whose sentence the text shows running on across the break is text after
   all, and a short line stranded before the page's furniture is a headline (segment.runon).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from enum import StrEnum

from banmian.fields.furniture import Furniture
from banmian.fields.notice import NOTICE_LAST_CHARS, is_notice_title
from banmian.layout.lines import MAX_WIDE_MEASURE, LineInfo
from banmian.segment.bylines import AGENCY_OPENING, BYLINE_PREFIX, DATELINE
from banmian.segment.lineclass import LineClassifier, LineProbs
from banmian.segment.linefeatures import BOX_LABELS, cue_split_after

#: A heading line at least this much wider (em) than its column is a title across columns.
WIDE_HEADING_MARGIN = 1.0
#: A line at least this much narrower (em) than its column is an indented first line (indent = 2 em,
#: less a compressed punctuation mark); used to tell that a paragraph starts after a heading.
FIRST_LINE_SHORTFALL = 1.0
#: A first line is at most this much (em) narrower than its column: a 2 em indent plus up to
#: 1.5 em of punctuation compression; a much shorter line ends a paragraph instead.
FIRST_LINE_MAX_SHORTFALL = 3.5
#: A line that is only a photographer's credit ends like this.
PHOTO_CREDIT_ENDINGS = ("摄", "摄）", "摄)")
#: Pages where at least this share of lines is blank come from an extractor that marks block
#: ends with blank lines (pdftotext); there a heading must start a block.
BLANK_MARKED_SHARE = 0.05
#: Furniture kinds that are also ordinary words of a text (a section name, a paper's name).
WEAK_FURNITURE = frozenset({"section", "name"})
#: A page number alone on a line (1–99).
BARE_PAGE_NUMBER = re.compile(r"[1-9][0-9]?")
#: A section label alone on a line: two to four CJK characters (要闻, 地方, 文化, 国际新闻). Its
#: length bounds (characters) are tested before the pattern, on every line of the page.
SECTION_LABEL_CHARS = (2, 4)
SECTION_LABEL = re.compile(rf"[\u4e00-\u9fff]{{{SECTION_LABEL_CHARS[0]},{SECTION_LABEL_CHARS[1]}}}")
#: Header pieces that a section label printed alone precedes: the page's date or number.
HEADER_PIECE_KINDS = frozenset({"date", "page_number"})
#: A paper's name counts as masthead when other furniture stands within this many lines of it.
MASTHEAD_NEIGHBOURHOOD = 3
#: A line filling this share of its column is a full body line, which the next line continues.
FULL_LINE_FILL = 0.8
#: From this share of one-line blocks (see lines_in_own_blocks) the page's columns are taken to be
#: interleaved: on ordinary pdftotext output it is under 0.1, on interleaved pages over 0.6.
INTERLEAVED_SHARE = 0.4
#: Fewer text lines than this say nothing about interleaving (a short text of a few blocks).
MIN_LINES_FOR_INTERLEAVE = 30
#: Printed indents mark paragraphs only when fewer than this share of text lines carry one;
#: beyond it every line is indented (a layout-preserving extractor) and the indent says nothing.
INDENT_CUE_MAX_SHARE = 0.4
#: A line takes the learned classifier's headline or caption role from this probability up.
LEARNED_MIN_PROBABILITY = 0.5
#: Share of a page's lines holding a sentence mark that are wider than any column
#: (``MAX_WIDE_MEASURE``) from which the page was never hard-wrapped. A wrapped page has a few
#: (captions across a photo, a wide lead); half cannot be a column's.
NEVER_WRAPPED_SHARE = 0.5
#: Where no blank lines mark blocks, a plain headline line (not wide, spaced or phrased) that the
#: rules found is kept only when the classifier gives it at least this: line shapes alone mislead
#: there (a short first line of a paragraph looks like a short headline).
PLAIN_UNMARKED_VETO_PROBABILITY = 0.3
#: …and this for a plain line without a clause mark: a title set one column wide is as plain as
#: body text and the classifier gives it 0.1–0.3, while a paragraph's first line mostly holds a
#: comma (「提醒广大群众，清零」). Of 0.1, 0.2 and 0.3, 0.2 did best on the evaluation and held-out sets.
PLAIN_CLAUSELESS_VETO_PROBABILITY = 0.2
#: Marks of a clause inside a line (a title seldom has one, running text mostly does).
CLAUSE_MARKS = frozenset("，、；：,;:")
#: A headline or caption the rules found is dropped when the classifier gives it less than this.
LEARNED_VETO_PROBABILITY = 0.03


class Role(StrEnum):
    BLANK = "blank"
    BODY = "body"
    HEADING = "heading"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    CAPTION = "caption"
    JUMP = "jump"
    FURNITURE = "furniture"


# The members under plain names for the per-line rules: on CPython 3.11 every ``Role.X`` passes
# through the enum metaclass's ``__getattr__`` hook (about 0.1 µs), thousands of times a page.
_BLANK, _BODY, _HEADING, _SUBTITLE = Role.BLANK, Role.BODY, Role.HEADING, Role.SUBTITLE
_BYLINE, _CAPTION, _JUMP, _FURNITURE = Role.BYLINE, Role.CAPTION, Role.JUMP, Role.FURNITURE
#: Roles that set a line apart from the text around it: a heading may start right after one.
_SET_APART = frozenset({Role.HEADING, Role.SUBTITLE, Role.BYLINE, Role.CAPTION, Role.JUMP, Role.FURNITURE})
#: Roles that close the text before them (a photo's caption, a 下转 note).
_CLOSING = frozenset({Role.CAPTION, Role.JUMP})


def lines_in_own_blocks(lines: Sequence[LineInfo]) -> float:
    """Share of text lines that stand alone between blank lines.

    pdftotext prints each line as a block of its own when it cannot group a column's lines (loose
    leading on some Founder pages); it then orders those one-line blocks across neighbouring
    columns, interleaving them line by line. A high share is the sign of that.
    """
    edged = [True, *[bool(ln.blank) for ln in lines], True]  # the page's edges count as blank
    text_lines = edged.count(False)
    if text_lines < MIN_LINES_FOR_INTERLEAVE:
        return 0.0
    triples = zip(edged, edged[1:], edged[2:], strict=False)
    alone = sum(1 for before, blank, after in triples if before and after and not blank)
    return alone / text_lines


def blank_marks_blocks(lines: Sequence[LineInfo]) -> bool:
    """Blank lines end text blocks (pdftotext), unless every line is a block of its own."""
    blanks = sum(1 for ln in lines if ln.blank)
    return blanks >= BLANK_MARKED_SHARE * max(1, len(lines)) and lines_in_own_blocks(lines) < INTERLEAVED_SHARE


def _blank_lines_at_all(lines: Sequence[LineInfo]) -> bool:
    """The extractor separates blocks with blank lines, in reading order or line by line
    (interleaved columns): a headline then stands in a block of its own, never inside the text."""
    return sum(1 for ln in lines if ln.blank) >= BLANK_MARKED_SHARE * max(1, len(lines))


def indent_marks_paragraphs(lines: Sequence[LineInfo]) -> bool:
    """Whether printed indents survived extraction: some lines, not all, start with one."""
    text_lines = sum(1 for ln in lines if not ln.blank)
    indented = sum(1 for ln in lines if ln.indented)
    return 0 < indented < INDENT_CUE_MAX_SHARE * max(1, text_lines)


def assign_roles(lines: Sequence[LineInfo], learned: bool = True, probs: Sequence[LineProbs] | None = None) -> list[Role]:
    """Roles of the page's lines.

    Grammar-given roles (furniture, jump notes, byline lines, subtitles, box labels) come first.
    Whether a remaining line is a headline, a caption or body text is then decided by the
    hand-weighted rules below and, when ``learned``, by the learned line classifier
    (segment.lineclass, trained on synthetic pages) together with them: the classifier adds the
    headlines and captions it is sure of, the rules keep the ones it doubts but does not reject,
    and where the extractor marks blocks with blank lines a learned headline must be a block of its
    own (the rule that real pdftotext output obeys and the synthetic pages teach only weakly).
    """
    roles = [_intrinsic_role(line) for line in lines]
    _settle_furniture(lines, roles)
    indents = indent_marks_paragraphs(lines)
    # Both modules build on this one's roles and helpers, so they are imported here.
    from banmian.segment.captions import mark_captions, mark_photo_titles
    from banmian.segment.headrules import mark_headings
    from banmian.segment.intext import mark_in_text_titles
    from banmian.segment.runon import mark_stranded_headlines, veto_words_across_breaks

    mark_captions(lines, roles)
    blank_marked = blank_marks_blocks(lines)
    mark_headings(lines, roles, blank_marked, indents)
    _mark_exclaimed_titles(lines, roles)
    if learned:
        _combine_learned(lines, roles, blank_marked, probs)
    if not _blank_lines_at_all(lines):
        mark_in_text_titles(lines, roles)
    _mark_wrapped_notice_titles(lines, roles)
    mark_photo_titles(lines, roles)
    mark_stranded_headlines(lines, roles)
    _veto_run_on_dashes(lines, roles)
    veto_words_across_breaks(lines, roles)
    return roles


#: A run of headline lines over a byline kept against the classifier has at most this many lines
#: (kicker, two title lines, a subtitle).
MAX_KEPT_HEAD_LINES = 4
#: How a dashed list item's line may end where a subtitle's never does: mid-sentence.
LIST_ITEM_ENDINGS = frozenset("，、；")
#: A dashed list item is set in the column's measure: at most this much (em) wider than the column
#: (a subtitle across several columns is wider; the list items measured were all within it).
DASH_ITEM_MAX_OVERHANG = 0.5



_BODY_OR_HEADING = frozenset({Role.BODY, Role.HEADING})


def _mark_wrapped_notice_titles(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Two lines that together are worded as a notice's title (「关于……实施临」/「时交通管制的
    通告」) are that title, wrapped: the wording rule of ``_intrinsic_role`` read across the break.
    Run after the line classifier, which doubts each half; a half that the rules already took for
    a headline is taken along."""
    for k in range(len(lines) - 1):
        first, second = lines[k], lines[k + 1]
        # Cheapest first: every notice title ends with a notice word's last character.
        if second.text[-1:] not in NOTICE_LAST_CHARS:
            continue
        if roles[k] not in _BODY_OR_HEADING or roles[k + 1] not in _BODY_OR_HEADING or roles[k] is roles[k + 1] is _HEADING:
            continue
        if not (_headable(first) and _headable(second)) or is_notice_title(first.text):
            continue
        if is_notice_title(first.text + second.text):
            roles[k] = roles[k + 1] = _HEADING


#: A title that exclaims or asks (「河道清淤正当时！」, 「……还能再快些吗？」) ends with this mark, then at most
#: closing quotes or brackets and a bracketed column tag (「（评论员随笔）」).
EXCLAIMED_TITLE = re.compile(r"^[^。！？!?；;]{2,30}[！？!?][”’」』]?(?:[（(][^（）()。！？]{1,16}[）)])?$")


def _mark_exclaimed_titles(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A line that ends in 「！」 or 「？」 and holds no other sentence mark, between a finished text
    and a line opening with a byline, is a title: the headline-over-byline layout, for the titles
    that the headline rules skip because they end a sentence."""
    for i, line in enumerate(lines):
        if roles[i] is not _BODY or not line.has_sentence_punct or EXCLAIMED_TITLE.match(line.text) is None:
            continue
        above = _prev_nonblank(lines, i)
        below = _next_nonblank(lines, i + 1)
        finished = above is None or lines[above].ends_sentence or roles[above] is not _BODY
        if finished and below is not None and _opens_with_byline(lines[below]):
            roles[i] = _HEADING


#: A dateline broken before its 电 (「本报临江4月10」/「日电（记者 ……」): the paper or agency, a
#: place and a date's figures, alone on the line.
BROKEN_DATELINE_FIGURE = re.compile(r"[0-9]")


def _opens_with_byline(line: LineInfo) -> bool:
    return (
        line.leading_byline is not None
        or BYLINE_PREFIX.match(line.text) is not None
        or (AGENCY_OPENING.match(line.text) is not None and BROKEN_DATELINE_FIGURE.search(line.text) is not None)
    )


def _prev_nonblank(lines: Sequence[LineInfo], start: int) -> int | None:
    for k in range(start - 1, -1, -1):
        if not lines[k].blank:
            return k
    return None


def _heads_over_bylines(lines: Sequence[LineInfo], roles: list[Role]) -> set[int]:
    """Headline lines of the rules that stand between a finished text and a line opening with a
    byline (「……。（林晓）」/「县里举办读书节」/「本报讯（记者 ……」): the layout of a headline over its
    article, which the classifier's doubts do not overturn."""
    kept: set[int] = set()
    for k, stop in _runs_of(roles, _HEADING):
        above = lines[k - 1] if k > 0 else None
        finished = above is None or above.blank or above.ends_sentence or above.text.endswith(("）", ")"))
        below = lines[stop] if stop < len(lines) else None
        opens = below is not None and _opens_with_byline(below)
        if finished and opens and stop - k <= MAX_KEPT_HEAD_LINES:
            kept.update(range(k, stop))
    return kept


def _runs_of(roles: Sequence[Role | None], role: Role) -> Iterator[tuple[int, int]]:
    """(start, stop) of each maximal run of lines with ``role``. Runs are few and short: the next
    one is found by ``list.index`` (a scan in C; its equality is a role's identity)."""
    n = len(roles)
    k = 0
    while True:
        try:
            k = roles.index(role, k)
        except ValueError:
            return
        stop = k + 1
        while stop < n and roles[stop] is role:
            stop += 1
        yield k, stop
        k = stop


def _combine_learned(
    lines: Sequence[LineInfo], roles: list[Role], blank_marked: bool, probs: Sequence[LineProbs] | None
) -> None:
    if probs is None:
        probs = LineClassifier.load().probabilities(lines)
    wanted: list[Role | None] = [None] * len(lines)
    kept = _heads_over_bylines(lines, roles) | _captions_kept_whole(lines, roles, probs)
    # The classifier learned captions from hard-wrapped pages, where a lone wide line is one across
    # a photo; on a page never wrapped every paragraph is such a line, and only a cue (图为, 摄)
    # makes one a caption.
    cue_needed = _never_wrapped(lines)
    for k, p in enumerate(probs):
        role = roles[k]
        # Only headlines and captions can be vetoed (``_vetoed``): the test is not called for others.
        vetoable = role is _HEADING or role is _CAPTION
        if vetoable and k not in kept and _vetoed(lines[k], role, p, blank_marked):
            wanted[k] = _BODY
        elif role is not _BODY:
            continue
        elif p.caption >= LEARNED_MIN_PROBABILITY and p.caption >= p.heading and (lines[k].caption or not cue_needed):
            wanted[k] = _CAPTION
        elif p.heading >= LEARNED_MIN_PROBABILITY and lines[k].leading_byline is None and lines[k].date_line is None:
            wanted[k] = _HEADING
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
        if not blank_marked or _ends_block(lines, roles, stop) or _titles_its_block(lines, k, stop) or _under_box_label(lines, k, stop):
            for j in range(k, stop):
                roles[j] = _HEADING
        k = stop


#: A headline that opens a block and runs straight into its text (a brief's title, set close) is
#: at most this many lines …
MAX_IN_BLOCK_TITLE_LINES = 2
#: … and most of its character pairs (this share, 0–1) recur in the first characters of that text:
#: a brief's lead sentence restates its title (「县第五届春季运动会开幕」/「……县第五届春季运动会在体育
#: 中心开幕」), which a body's first lines never do for the line above them.
IN_BLOCK_TITLE_MIN_AFFINITY = 0.5
IN_BLOCK_OPENING_CHARS = 120


def _titles_its_block(lines: Sequence[LineInfo], start: int, stop: int) -> bool:
    from banmian.segment.affinity import affinity, bigrams

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
    for k, stop in _runs_of(roles, _CAPTION):
        split_cue = any(cue_split_after(lines, j) for j in range(k, stop - 1))
        if split_cue or max(probs[j].caption for j in range(k, stop)) >= LEARNED_VETO_PROBABILITY:
            kept.update(range(k, stop))
    return kept


def _never_wrapped(lines: Sequence[LineInfo]) -> bool:
    """Most lines that hold a sentence mark are wider than any column is set: the text was never
    hard-wrapped (a paragraph to a line, as web pages and corpus files hold it)."""
    sentences = [line.width for line in lines if line.has_sentence_punct]
    wide = sum(1 for width in sentences if width > MAX_WIDE_MEASURE)
    return bool(sentences) and wide >= NEVER_WRAPPED_SHARE * len(sentences)


def _vetoed(line: LineInfo, role: Role, probs: LineProbs, blank_marked: bool) -> bool:
    """A headline or caption of the rules that the classifier all but rules out."""
    if role is _CAPTION:
        return probs.caption < LEARNED_VETO_PROBABILITY
    if role is not _HEADING or is_notice_title(line.text):
        return False
    plain = not (line.letter_spaced or line.phrases >= 2 or line.width > line.column_width + WIDE_HEADING_MARGIN)
    if not plain or blank_marked:
        return probs.heading < LEARNED_VETO_PROBABILITY
    clauseless = CLAUSE_MARKS.isdisjoint(line.text)
    return probs.heading < (PLAIN_CLAUSELESS_VETO_PROBABILITY if clauseless else PLAIN_UNMARKED_VETO_PROBABILITY)


def _ends_block(lines: Sequence[LineInfo], roles: list[Role], stop: int) -> bool:
    return stop >= len(lines) or lines[stop].blank or roles[stop] is not _BODY


def _intrinsic_role(line: LineInfo) -> Role:
    if line.blank:
        return _BLANK
    if line.text in BOX_LABELS:
        return _HEADING
    if line.furniture is not None and (line.date_line is None or line.furniture.kind != "date" or "星期" in line.text):
        return _FURNITURE
    if line.jump is not None and line.jump.end - line.jump.start >= len(line.text) - 1:
        return _JUMP
    if line.byline_line is not None and DATELINE.match(line.text) is None:
        if not line.byline_line.authors and line.text.endswith(PHOTO_CREDIT_ENDINGS):
            return _CAPTION  # 「闫宏刚 摄」 closes a photo caption, it is nobody's byline
        return _BYLINE
    if line.dash_subtitle and not line.has_sentence_punct:
        return _SUBTITLE
    if line.headable and is_notice_title(line.text):
        return _HEADING  # 「……情况通报」, 「关于……的通告」: a notice's title by its wording alone
    return _BODY


def _veto_run_on_dashes(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A dash line under a body line that ends no sentence goes on with that sentence
    (「本届读书节以“书香」/「——阅读点亮生活”为主题」), and a dash before a figure is a range
    (「1」/「—9月，……」): neither is a subtitle, which follows a headline or a finished text."""
    from banmian.fields.wordbreak import breaks_word

    for k in range(1, len(lines)):
        if roles[k] is not _SUBTITLE:
            continue
        above = lines[k - 1]
        ranged = lines[k].text[1:2].isdigit()
        # 「——我们将……，」 over text: an item of a dashed list, whose sentence goes on below; a
        # subtitle never stops at a comma (none of 373 dashed subtitles of the training pages does).
        line = lines[k]
        below = lines[k + 1] if k + 1 < len(lines) and roles[k + 1] is _BODY else None
        # …and so is one that runs on into the text below, a word across the break
        # (「——加快建设城乡公交网」/「络，……」): a subtitle ends where its words end.
        listed = below is not None and (line.text[-1:] in LIST_ITEM_ENDINGS or breaks_word(line.text, below.text))
        if ranged or listed or (roles[k - 1] is _BODY and not above.ends_sentence) or _dash_item_in_text(line, above, below, roles[k - 1]):
            roles[k] = _BODY


def _dash_item_in_text(line: LineInfo, above: LineInfo, below: LineInfo | None, above_role: Role) -> bool:
    """A dash line set inside a block of running text (a finished sentence right above it and a
    line of text right below it, no blank line either side, within the column) opens a paragraph
    of a dashed list (「——在林晓看来，……」), not a subtitle: a subtitle is set in its own type
    under the title, and an extractor prints it as a block apart from the text or over a byline.
    On pdftotext's pages of the evaluation set 7 such lines were all list items (none a subtitle),
    on the held-out set 1 of 1; on pdfium's 10 of 10 and 3 of 3."""
    if above_role is not _BODY or not above.ends_sentence or below is None or below.leading_byline is not None:
        return False
    return not line.column_width or line.width <= line.column_width + DASH_ITEM_MAX_OVERHANG


def with_bare_page_numbers(lines: Sequence[LineInfo]) -> tuple[LineInfo, ...]:
    """A bare page number on a line of its own is furniture beside other furniture: a page header
    that the extractor broke into lines (「7」 under 「县域新闻」). So is a short section label set
    apart in a block of its own right before a header piece (「文化」/「2019年10月2日 星期三」):
    a headline is followed by its text, not by the page's date."""
    out = list(lines)
    # Neighbours are counted in text lines: a header broken into blocks (「10」, blank, 「社会」, blank,
    # the date) keeps its pieces a few text lines apart however many blank lines stand between.
    filled = [k for k, line in enumerate(lines) if not line.blank]
    rank = {k: r for r, k in enumerate(filled)}
    for i, line in enumerate(lines):
        if line.furniture is not None:
            continue
        # BARE_PAGE_NUMBER is one or two digits: longer lines are passed over before the regex.
        if len(line.text) <= 2 and BARE_PAGE_NUMBER.fullmatch(line.text):
            r = rank[i]
            near = filled[max(0, r - MASTHEAD_NEIGHBOURHOOD) : r + MASTHEAD_NEIGHBOURHOOD + 1]
            if any(lines[k].furniture is not None and lines[k].furniture.kind != "name" for k in near if k != i):
                out[i] = line._replace(furniture=Furniture("page_number", line.text, int(line.text), None, None, None))
        elif SECTION_LABEL_CHARS[0] <= len(line.text) <= SECTION_LABEL_CHARS[1] and _section_label(lines, i):
            out[i] = line._replace(furniture=Furniture("section", line.text, None, line.text, None, None))
    return tuple(out)


def _section_label(lines: Sequence[LineInfo], i: int) -> bool:
    return SECTION_LABEL.fullmatch(lines[i].text) is not None and _header_piece_follows(lines, i)


def _header_piece_follows(lines: Sequence[LineInfo], i: int) -> bool:
    """Line ``i`` stands alone between blank lines and the next text line is a dated or numbered
    piece of a page header; or, where no blank lines mark blocks (PyMuPDF prints the header's pieces
    a line each: 「10」/「社会」/「2019年10月6日 星期日」), it stands between a bare page number and such
    a piece."""
    if 0 < i < len(lines) - 1 and BARE_PAGE_NUMBER.fullmatch(lines[i - 1].text):
        follower = lines[i + 1].furniture
        if follower is not None and follower.kind in HEADER_PIECE_KINDS:
            return True
    if i == 0 or not lines[i - 1].blank or i + 1 >= len(lines) or not lines[i + 1].blank:
        return False
    k = i + 1
    while k < len(lines) and lines[k].blank:
        k += 1
    follower = lines[k].furniture if k < len(lines) else None
    return follower is not None and follower.kind in HEADER_PIECE_KINDS


def _settle_furniture(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Furniture in context: a paper's name alone is furniture only beside other furniture (the
    masthead block); a weak piece (a section name, a name) that continues the sentence of the line
    above is body text."""
    n = len(lines)
    for i in range(n):
        line = lines[i]
        if roles[i] is not _FURNITURE or line.furniture is None or line.furniture.kind not in WEAK_FURNITURE:
            continue
        near = range(max(0, i - MASTHEAD_NEIGHBOURHOOD), min(n, i + MASTHEAD_NEIGHBOURHOOD + 1))
        furniture_near = any(roles[k] is _FURNITURE for k in near if k != i)
        prev = lines[i - 1] if i > 0 else None
        runs_on = prev is not None and not prev.blank and roles[i - 1] is _BODY and not prev.ends_sentence and prev.fill >= FULL_LINE_FILL
        if runs_on:
            roles[i] = _BODY
        elif line.furniture.kind == "name" and not furniture_near:
            dates = [k for k in near if k != i and _bare_date(lines[k])]
            if dates:
                # 「清河日报」 over 「2023年6月8日」: a masthead whose date prints no weekday (a notice
                # is signed by an office or 「××日报社」, never by the paper's bare name).
                for k in (i, *dates):
                    roles[k] = _FURNITURE
            else:
                roles[i] = _BODY


def _bare_date(line: LineInfo) -> bool:
    """A line that is only a date (no weekday): furniture or a notice's closing, by context."""
    return line.date_line is not None and (line.furniture is None or line.furniture.kind == "date")


def _headable(line: LineInfo) -> bool:
    """Could be part of a headline (computed once per line: layout.lines.LineInfo.headable)."""
    return line.headable and line.leading_byline is None and line.date_line is None


#: A line ending in bracketed names after a sentence end: a brief's closing credit.
CLOSED_BY_CREDIT = re.compile(r"[。！？…”][（(][^（）()]{2,24}[）)]$")


def closed_by_credit(text: str) -> bool:
    # The closing bracket first: a search over the whole line is wasted on lines not ending in one.
    return text.endswith(("）", ")")) and CLOSED_BY_CREDIT.search(text) is not None


def _next_nonblank(lines: Sequence[LineInfo], start: int) -> int | None:
    for k in range(start, len(lines)):
        if not lines[k].blank:
            return k
    return None
