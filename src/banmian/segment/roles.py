"""Line roles: body text, headline candidates, bylines, subtitles, captions, jump notes, furniture.

Rules, in order of precedence (each general to Chinese newspaper typesetting):
1. Page furniture (page header, masthead, editor credits) is recognised by its grammar (a header
   that the extractor broke into lines: segment.headerpieces).
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
   all, and a short line stranded before the page's furniture is a headline (segment.runon); the
   one headline line under a notice's formal title (「关于……的公告」), over its text, is text
   (segment.noticeheads); credit lines are read in context (segment.creditlines).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from enum import StrEnum

from banmian.fields.notice import is_notice_title
from banmian.layout.lines import LineInfo
from banmian.segment.bylines import AGENCY_OPENING, BYLINE_PREFIX, DATELINE, OPENING_FIRST_CHARS
from banmian.segment.lineclass import LineProbs
from banmian.segment.linefeatures import BOX_LABELS
from banmian.segment.pagemarks import (
    blank_lines_at_all,
    blank_marks_blocks,
    indent_marks_paragraphs,
    unwrapped_in_order,
)

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
#: Furniture kinds that are also ordinary words of a text (a section name, a paper's name).
WEAK_FURNITURE = frozenset({"section", "name"})
#: A paper's name counts as masthead when other furniture stands within this many lines of it.
MASTHEAD_NEIGHBOURHOOD = 3
#: A line filling this share of its column is a full body line, which the next line continues.
FULL_LINE_FILL = 0.8
#: Marks of a clause inside a line (a title seldom has one, running text mostly does).
CLAUSE_MARKS = frozenset("，、；：,;:")


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


def assign_roles(
    lines: Sequence[LineInfo],
    learned: bool = True,
    probs: Sequence[LineProbs] | None = None,
    side_by_side: bool = False,
    unwrapped: bool | None = None,
) -> list[Role]:
    """Roles of the page's lines. ``side_by_side``: the lines are the columns of a layout-preserving
    dump read apart (layout.sidebyside), whose blank lines are gaps between rows, not block ends.
    ``unwrapped``: the text was never wrapped (segment.unwrapped), as the engine found it; None
    asks ``pagemarks.unwrapped_in_order`` here.

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
    # These modules build on this one's roles and helpers, so they are imported here.
    from banmian.segment.bracketheads import mark_bracket_openings
    from banmian.segment.captions import mark_captions, mark_photo_titles
    from banmian.segment.creditlines import (
        settle_closing_credit_lines,
        settle_closing_notes,
        settle_credit_tails,
        settle_open_byline_brackets,
        settle_photo_source_tags,
    )
    from banmian.segment.dashes import (
        mark_subtitle_tails,
        mark_titles_under_dash_kickers,
        veto_run_in_leads,
        veto_run_on_dashes,
    )
    from banmian.segment.earlywraps import veto_early_wrapped_openings
    from banmian.segment.headrules import mark_headings
    from banmian.segment.intext import mark_in_text_titles
    from banmian.segment.jumptitles import mark_titles_over_jumps, mark_titles_under_jump_ends
    from banmian.segment.leadlines import veto_lead_lines
    from banmian.segment.learnedroles import combine_learned
    from banmian.segment.markedheads import mark_marked_subheadings
    from banmian.segment.namebylines import mark_name_bylines
    from banmian.segment.noticeheads import mark_wrapped_notice_titles, veto_heads_under_notice_titles
    from banmian.segment.openings import veto_connective_openings, veto_headlines_over_full_lines
    from banmian.segment.overopenings import (
        mark_headline_tops,
        mark_headlines_over_openings,
        mark_runs_over_printed_indents,
    )
    from banmian.segment.repeatedleads import mark_repeated_leads
    from banmian.segment.runon import (
        mark_labelled_tails,
        mark_stranded_headlines,
        veto_heads_beside_jumps,
        veto_openings_under_wide_headlines,
        veto_words_across_breaks,
    )
    from banmian.segment.runopenings import release_paragraph_openings
    from banmian.segment.unwrapped import mark_unwrapped_headings

    mark_captions(lines, roles)
    blank_marked = blank_marks_blocks(lines)
    mark_headings(lines, roles, blank_marked, indents)
    _mark_exclaimed_titles(lines, roles)
    if learned:
        combine_learned(lines, roles, blank_marked, probs, layout_rows=side_by_side)
    veto_connective_openings(lines, roles)
    settle_credit_tails(lines, roles)
    settle_open_byline_brackets(lines, roles)
    settle_closing_credit_lines(lines, roles)
    settle_closing_notes(lines, roles)
    # Blank lines between blocks, counted once: the in-text titles and the drawing-order rules below.
    blank_lines = blank_lines_at_all(lines)
    mark_in_text_titles(lines, roles, blocks_marked=blank_lines and not side_by_side, indents=indents)
    mark_wrapped_notice_titles(lines, roles)
    veto_heads_under_notice_titles(lines, roles)
    mark_photo_titles(lines, roles)
    mark_headlines_over_openings(lines, roles)
    mark_bracket_openings(lines, roles)
    mark_stranded_headlines(lines, roles)
    veto_run_on_dashes(lines, roles)
    mark_subtitle_tails(lines, roles)
    mark_labelled_tails(lines, roles)
    if not side_by_side:
        veto_openings_under_wide_headlines(lines, roles)
    # Before the run-on test: the lines a lead's first line runs on from are the lead's too.
    veto_lead_lines(lines, roles)
    veto_words_across_breaks(lines, roles)
    veto_early_wrapped_openings(lines, roles)
    veto_headlines_over_full_lines(lines, roles)
    mark_marked_subheadings(lines, roles)
    if not side_by_side:
        # Not on a layout dump's columns read apart, whose lanes break a section's text elsewhere.
        mark_runs_over_printed_indents(lines, roles)
        mark_repeated_leads(lines, roles)
    veto_run_in_leads(lines, roles)
    mark_titles_under_dash_kickers(lines, roles)
    veto_heads_beside_jumps(lines, roles)
    mark_titles_over_jumps(lines, roles)
    if not blank_lines:
        # Drawing order only: pdftotext's blocks go on under a 下转 note with another column's text.
        mark_titles_under_jump_ends(lines, roles)
        if not side_by_side:
            mark_headline_tops(lines, roles)
    mark_name_bylines(lines, roles)
    if unwrapped is None:
        unwrapped = not side_by_side and unwrapped_in_order(lines)
    if unwrapped:
        mark_unwrapped_headings(lines, roles)
    release_paragraph_openings(lines, roles)
    # Closing lines settled again, last: the drawing-order rules above read a short line over a
    # headline's shape as that headline's top.
    settle_closing_notes(lines, roles)
    settle_photo_source_tags(lines, roles)
    return roles


#: A title that exclaims or asks (「河道清淤正当时！」, 「……还能再快些吗？」) ends with this mark, then at most
#: closing quotes or brackets and a bracketed column tag (「（评论员随笔）」).
EXCLAIMED_TITLE = re.compile(r"^[^。！？!?；;]{2,30}[！？!?][”’」』]?(?:[（(][^（）()。！？]{1,16}[）)])?$")
#: The marks such a title ends with: the cheap test of a line before the runs through it are read.
_EXCLAMATION = re.compile("[！？!?]")


#: Lines a title that exclaims or asks may wrap over: a column of 9 em holds its 30 characters and
#: a column tag in three.
EXCLAIMED_TITLE_MAX_LINES = 3


def _mark_exclaimed_titles(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Lines that end in 「！」 or 「？」 (then at most a column tag) and hold no other sentence mark,
    between a finished text and a byline (or a line opening with one), are a title: the
    headline-over-byline layout, for the titles that the headline rules skip because they end a
    sentence. A narrow column wraps such a title, its tag too (「县里的公交线路」/「还要调整吗？（民生」
    /「热线）」). Only runs holding one of the marks are read: a few lines a page."""
    for j, line in enumerate(lines):
        if roles[j] is _BODY and line.has_sentence_punct and _EXCLAMATION.search(line.text) is not None:
            run = _exclaimed_run(lines, roles, j)
            if run is not None:
                for k in run:
                    roles[k] = _HEADING


def _exclaimed_run(lines: Sequence[LineInfo], roles: list[Role], marked: int) -> range | None:
    """The run of up to EXCLAIMED_TITLE_MAX_LINES body lines through line ``marked`` that reads as
    such a title, shortest first: it ends right above a byline and starts under a finished text."""
    for end in range(marked, min(marked + EXCLAIMED_TITLE_MAX_LINES, len(lines))):
        if roles[end] is not _BODY or lines[end].blank:
            return None
        below = _next_nonblank(lines, end + 1)
        if below is None or (roles[below] is not _BYLINE and not opens_with_byline(lines[below])):
            continue
        for size in range(end - marked + 1, EXCLAIMED_TITLE_MAX_LINES + 1):
            run = range(end - size + 1, end + 1)
            if run.start < 0 or any(roles[k] is not _BODY or lines[k].blank for k in run):
                break
            above = _prev_nonblank(lines, run.start)
            finished = above is None or lines[above].ends_sentence or roles[above] is not _BODY
            if finished and EXCLAIMED_TITLE.match("".join([lines[k].text for k in run])) is not None:
                return run
    return None


#: A dateline broken before its 电 (「本报临江4月10」/「日电（记者 ……」): the paper or agency, a
#: place and a date's figures, alone on the line.
BROKEN_DATELINE_FIGURE = re.compile(r"[0-9]")


def opens_with_byline(line: LineInfo) -> bool:
    return (
        line.leading_byline is not None
        or (
            line.text[:1] in OPENING_FIRST_CHARS
            and (
                BYLINE_PREFIX.match(line.text) is not None
                or (AGENCY_OPENING.match(line.text) is not None and BROKEN_DATELINE_FIGURE.search(line.text) is not None)
            )
        )
    )


def _prev_nonblank(lines: Sequence[LineInfo], start: int) -> int | None:
    for k in range(start - 1, -1, -1):
        if not lines[k].blank:
            return k
    return None


def runs_of(roles: Sequence[Role | None], role: Role) -> Iterator[tuple[int, int]]:
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


def ends_block(lines: Sequence[LineInfo], roles: list[Role], stop: int) -> bool:
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


#: Closing marks of quotations and book titles by their opening mark.
QUOTE_CLOSERS = {"“": "”", "《": "》", "「": "」", "『": "』"}


def closes_unopened(text: str) -> bool:
    """The line closes a quotation or book title that it did not open: it goes on with a sentence
    begun above it. A headline or subtitle closes what it opens (one wrapped over lines opens it in
    a headline line, not in text)."""
    for opening, close in QUOTE_CLOSERS.items():
        if close not in text:
            continue
        depth = 0
        for char in text:
            depth += (char == opening) - (char == close)
            if depth < 0:
                return True  # 「……纪实》《春到青石镇」 closes one before it opens the next
    return False


def _settle_furniture(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Furniture in context: a paper's name alone is furniture only beside other furniture (the
    masthead block); a weak piece (a section name, a name) that continues the sentence of the line
    above is body text, unless a strong piece follows it (``_over_strong_furniture``)."""
    n = len(lines)
    for i in range(n):
        line = lines[i]
        if roles[i] is not _FURNITURE or line.furniture is None or line.furniture.kind not in WEAK_FURNITURE:
            continue
        near = range(max(0, i - MASTHEAD_NEIGHBOURHOOD), min(n, i + MASTHEAD_NEIGHBOURHOOD + 1))
        furniture_near = any(roles[k] is _FURNITURE for k in near if k != i)
        prev = lines[i - 1] if i > 0 else None
        runs_on = prev is not None and not prev.blank and roles[i - 1] is _BODY and not prev.ends_sentence and prev.fill >= FULL_LINE_FILL
        if runs_on and not _over_strong_furniture(lines, roles, i):
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


def _over_strong_furniture(lines: Sequence[LineInfo], roles: list[Role], i: int) -> bool:
    """The line right under a weak piece (the paper's name, a section's) is a strong piece of
    furniture (the page's date with its weekday, its number): the two are the page header that the
    extractor printed under the last line of a title (「……（青石镇秋季运动会特别报道）」/「临江晚报」/
    「2019年10月26日 星期六」), whose sentence the weak piece does not go on. Evaluation set pdfium title accuracy 0.9457 -> 0.9468
    (two titles lost the name, page-info accuracy 0.9912 -> 0.9941); seed 1003 article F1 +0.0002,
    seed 1005 -0.0002 (a title glued to the name before, left alone without it)."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return (
        below is not None
        and roles[i + 1] is _FURNITURE
        and below.furniture is not None
        and below.furniture.kind not in WEAK_FURNITURE
    )


def _bare_date(line: LineInfo) -> bool:
    """A line that is only a date (no weekday): furniture or a notice's closing, by context."""
    return line.date_line is not None and (line.furniture is None or line.furniture.kind == "date")


def headable(line: LineInfo) -> bool:
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

