"""Dash lines among the text: subtitles (——……) or not, and the kickers that lead into a title with one.

A dash opens a subtitle under its title (「——临江县茶产业纪实」), but it also opens the items of a
dashed list in running text, a range of figures (「1」/「—9月」) and a sentence's own aside; a line
closed by a dash is a kicker leading into its title, or a paragraph's run-in lead. segment.roles
calls these rules after the headline rules and the line classifier:

- a dash line under a body line that ends no sentence goes on with it, and so does one that stops
  at a clause mark or runs a word into the text below, or closes a quotation the text opened, or
  runs a sentence on to a paragraph's short last line under it in running text, or
  leaves one open that the text below goes on in (seed-1001 pdfium article F1 0.9682 -> 0.9690,
  the other sets unchanged), or stands inside running text within its column (``veto_run_on_dashes``); a plain line right after
  a finished sentence over a true subtitle is that subtitle's title, unless the text under the
  dash line goes on in a full line that opens no byline (seed-1001 pdfium article F1 0.9712 ->
  0.9720, the other sets unchanged);
- the lines a subtitle wraps over before the byline that opens the text are the subtitle's
  (``mark_subtitle_tails``);
- a heading line closed by a dash inside running text is a run-in lead, not a kicker
  (``veto_run_in_leads``);
- a tagged question or exclamation under a dash kicker is its title, and so is one plain line
  under it over a paragraph's opening or a byline (``mark_titles_under_dash_kickers``).
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.fields.wordbreak import breaks_word
from banmian.layout.lines import TAGGED_QUESTION_END, LineInfo
from banmian.segment.bylinedtwice import opens_paragraph
from banmian.segment.headunits import WRAP_TAIL_SHARE, visibly_unfinished
from banmian.segment.intext import marks_closed
from banmian.segment.linefeatures import BOX_LABELS, KICKER_DASH
from banmian.segment.overopenings import OPENING_MIN_SHORTFALL_EM
from banmian.segment.roles import (
    _BODY,
    _BYLINE,
    _HEADING,
    _SUBTITLE,
    CLAUSE_MARKS,
    FULL_LINE_FILL,
    Role,
    closes_unopened,
    opens_with_byline,
)
from banmian.segment.runon import quote_runs_on

#: How a dashed list item's line may end where a subtitle's never does: mid-sentence.
LIST_ITEM_ENDINGS = frozenset("，、；")
#: A dashed list item is set in the column's measure: at most this much (em) wider than the column
#: (a subtitle across several columns is wider; the list items measured were all within it).
DASH_ITEM_MAX_OVERHANG = 0.5


def veto_run_on_dashes(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A dash line under a body line that ends no sentence goes on with that sentence
    (「本届读书节以“书香」/「——阅读点亮生活”为主题」), and a dash before a figure is a range
    (「1」/「—9月，……」): neither is a subtitle, which follows a headline or a finished text."""
    # A dash line's neighbour may be a dash line itself that this veto makes text (a list item
    # repeated under its own lead-in): the second pass reads the roles the first settled.
    for k in [*range(1, len(lines)), *range(1, len(lines))]:
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
        # …and one that leaves a quotation open which the text below goes on in (「——十月二十日，“茶乡」/
        # 「之夜”晚会……」): a subtitle closes what it opens.
        # …and one whose sentence (a clause mark inside it) ends on the paragraph's short last line
        # under it, in running text (「——精准施策」/「——精准施策，小微企业」/「融资难缓解。」).
        # None of these where the dash line's lines run on to the byline that opens the text
        # (_subtitle_tail_end): a long subtitle wrapped in a narrow column may break its first line
        # anywhere, at a comma, inside a word or inside a quotation; the whole subtitle still ends
        # where its words end.
        listed = below is not None and (
            line.text[-1:] in LIST_ITEM_ENDINGS
            or breaks_word(line.text, below.text)
            or quote_runs_on(line, below)
            or (_ends_its_paragraph_below(line, below) and _in_running_text(above, roles[k - 1]))
        )
        goes_on = _text_goes_on_below(line, below)
        if (listed or goes_on) and _subtitle_tail_end(lines, roles, k) is not None:
            listed = goes_on = False  # the subtitle wraps down to its byline: read once, here
        if not (ranged or listed or goes_on) and roles[k - 1] is _BODY and _title_over_subtitle(lines, roles, k - 1):
            roles[k - 1] = _HEADING  # a title drawn inside the text, its subtitle under it
            continue
        # 「……《春到青石镇」/「——临江县乡村振兴纪实》」: a dash inside a book title or quotation the
        # text opened (closes_unopened) is text too.
        if ranged or listed or closes_unopened(line.text) or (roles[k - 1] is _BODY and not above.ends_sentence) or _dash_item_in_text(line, above, below, roles[k - 1]):
            roles[k] = _BODY


#: Most lines a subtitle wraps over after its dash line: a long subtitle in a narrow column.
SUBTITLE_TAIL_MAX_LINES = 8


def mark_subtitle_tails(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """The lines a subtitle wrapped over, between its dash line and the byline or dateline that
    opens the article's text (「——青石镇茶农」/「讲述种茶故事 林晓」/「到场采访」/「本报临江 4 月 10」/
    「日电……」), are the subtitle's, however like text the classifier finds them: the text opens
    with its byline, so nothing between the dash and it is text. At most SUBTITLE_TAIL_MAX_LINES
    of them, none holding a sentence's end. With up to four lines, subtitle F1 on pdftotext's text
    0.7563 -> 0.7577 (evaluation set), 0.7554 -> 0.7631 (seed 1001), 0.8094 -> 0.8106 (held out),
    seed-1001 pdfium article F1 0.9690 -> 0.9692, no figure lost. With up to eight, and the dash
    line kept as a subtitle wherever it breaks (veto_run_on_dashes): pdftotext article F1 0.7267 ->
    0.7281 (evaluation set) and 0.6632 -> 0.6642 (held out, where title accuracy lost 0.5449 ->
    0.5443), seed-1001 pdfium 0.9697 -> 0.9705."""
    for k in range(len(lines) - 1):
        if roles[k] is not _SUBTITLE:
            continue
        end = _subtitle_tail_end(lines, roles, k)
        if end is not None:
            for j in range(k + 1, end):
                roles[j] = _SUBTITLE


def _subtitle_tail_end(lines: Sequence[LineInfo], roles: list[Role], k: int) -> int | None:
    """The byline line that the dash line ``k`` runs on to over one to SUBTITLE_TAIL_MAX_LINES
    lines of no sentence's end (None where it does not)."""
    n = len(lines)
    if lines[k].ends_sentence:
        return None
    end = k + 1
    while end < n and end - k <= SUBTITLE_TAIL_MAX_LINES and _tail_line(lines[end - 1], lines[end], roles[end], end == k + 1):
        end += 1
    if end == k + 1 or end >= n:
        return None
    return end if roles[end] is _BYLINE or opens_with_byline(lines[end]) else None


def _tail_line(above: LineInfo, line: LineInfo, role: Role, first: bool) -> bool:
    """A line that may go on with a subtitle: text or a headline line, no box label, no sentence's
    end, no byline. A headline line right under the dash line only where that line is visibly
    unfinished: under a whole subtitle drawn after its article's text, the next article's title
    stands there, over its byline; a short tail (narrower than WRAP_TAIL_SHARE of the dash line)
    is the subtitle's wrapped end all the same."""
    if role is _HEADING:
        if first and not (visibly_unfinished(above, line) or line.width < WRAP_TAIL_SHARE * above.width):
            return False
    elif role is not _BODY:
        return False
    return not line.blank and line.text not in BOX_LABELS and not line.has_sentence_punct and not opens_with_byline(line)


def _ends_its_paragraph_below(line: LineInfo, below: LineInfo) -> bool:
    """The dash line runs a sentence on (a clause mark inside it) that ends on the short line under
    it, a paragraph's last line holding no clause mark (「——精准施策，小微企业」/「融资难缓解。」): a
    paragraph of a dashed list; a subtitle ends where its words end, and the text under it opens a
    paragraph of its own. Without the clause mark asked of the dash line, a layout dump's subtitle
    over another column's last line read as text (evaluation set -layout subtitle F1 0.8083 ->
    0.8056); with it, a new development set's pdfium article F1 (seed 1003) 0.9508 -> 0.9517, the
    other sets unchanged."""
    return (
        not CLAUSE_MARKS.isdisjoint(line.text)
        and not line.ends_sentence
        and (not line.column_width or line.width <= line.column_width + DASH_ITEM_MAX_OVERHANG)
        and below.leading_byline is None
        and below.ends_sentence
        and below.fill < FULL_LINE_FILL
        and CLAUSE_MARKS.isdisjoint(below.text)
    )


def _in_running_text(above: LineInfo, role: Role) -> bool:
    """The line over a dash line is text with punctuation or another dash line, not a headline: a
    dashed list's paragraphs stand in running text, a subtitle under its title."""
    if role is _HEADING:
        return False
    return above.dash_subtitle or above.has_sentence_punct or not CLAUSE_MARKS.isdisjoint(above.text)


def _title_over_subtitle(lines: Sequence[LineInfo], roles: list[Role], k: int) -> bool:
    """Body line ``k``, right over a subtitle, is its title: a plain line (no clause mark, no
    sentence end) right after a finished sentence, drawn with its subtitle between two texts
    (「……林晓说。」/「让青石镇的茶农富起来」/「——临江县茶产业纪实」), where a sentence that went on into
    the dash would not have ended on the line above."""
    line = lines[k]
    if k == 0 or not line.headable or not CLAUSE_MARKS.isdisjoint(line.text) or line.leading_byline is not None:
        return False
    above = lines[k - 1]
    return roles[k - 1] is _BODY and not above.blank and above.ends_sentence


def _text_goes_on_below(line: LineInfo, below: LineInfo | None) -> bool:
    """The text line under a dash line within its column fills that column and opens no byline: it
    opens no paragraph, so it goes on with the text above it, the dash line's sentence
    (「走进青石镇东头的茶场」/「——全县首个有机茶基地」/「里，茶农们正忙着……」), while the text under a
    subtitle opens its article with a byline or a paragraph's indented first line."""
    return (
        below is not None
        and not below.blank
        and line.width <= line.column_width + DASH_ITEM_MAX_OVERHANG
        and below.width > below.column_width - OPENING_MIN_SHORTFALL_EM  # no paragraph's opening
        and not opens_with_byline(below)
    )


def veto_run_in_leads(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A heading line closed by a dash inside a block of running text (a finished sentence right
    above it, text right below it) is a paragraph's run-in lead printed on a line of its own
    (「农村电商快速发展——」/「今年全县农产品网上销售……」), not a kicker: a kicker's dash leads
    into the title under it, which is a headline, not text."""
    for k in range(1, len(lines) - 1):
        line = lines[k]
        if roles[k] is not _HEADING or not line.text.endswith(KICKER_DASH):
            continue
        below = lines[k + 1]
        if roles[k + 1] is not _BODY or below.blank or below.leading_byline is not None:
            continue
        if _dash_item_in_text(line, lines[k - 1], below, roles[k - 1]):
            roles[k] = _BODY


#: Most lines a tagged title under a dash kicker wraps over: a title of up to 34 characters
#: (unitshapes.TITLE_MAX_CHARS) with its tag, in display type a narrow column holds six to ten of a line.
TAGGED_TITLE_MAX_LINES = 3


def mark_titles_under_dash_kickers(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A line closing a question or exclamation with its column's tag (「“……才放心！”（人物）」,
    TAGGED_QUESTION_END) right under a kicker that leads into its title with a dash is that title:
    the dash promises a headline, and the tag closes it, though its sentence mark reads as text. So
    are the lines of such a title wrapped in a narrow column (「“青石镇的茶，才」/「放心！”（人物）」),
    up to TAGGED_TITLE_MAX_LINES, none of them a byline. Failing that, one plain line under the
    kicker over a paragraph's opening or a byline is the title (``_plain_title_under_dash``)."""
    for k in range(1, len(lines)):
        kicker = roles[k - 1] is _HEADING and lines[k - 1].text.rstrip().endswith(KICKER_DASH)
        if not kicker:
            continue
        if not _mark_tagged_title(lines, roles, k) and _plain_title_under_dash(lines, roles, k):
            roles[k] = _HEADING


def _mark_tagged_title(lines: Sequence[LineInfo], roles: list[Role], k: int) -> bool:
    """Mark the lines from ``k`` down to one closing a question or exclamation with its tag as the
    title (TAGGED_QUESTION_END); whether there were such lines."""
    text = ""
    for j in range(k, min(len(lines), k + TAGGED_TITLE_MAX_LINES)):
        if roles[j] is not _BODY or lines[j].blank or opens_with_byline(lines[j]):
            return False
        text += lines[j].text.strip()
        if TAGGED_QUESTION_END.match(text) is not None:
            roles[k : j + 1] = [_HEADING] * (j + 1 - k)
            return True
    return False


def _plain_title_under_dash(lines: Sequence[LineInfo], roles: list[Role], k: int) -> bool:
    """The line under a dash kicker is its title when the text below opens there: a byline or a
    paragraph's opening follows (printed indented, or short by the indent over a full line:
    ``bylinedtwice.opens_paragraph``), and the line ends no sentence, leaves no quotation or bracket
    open and ends on no mark of a clause going on (「……带领乡亲致富——」/「荒山变成了茶园」/「本报讯……」).
    pdfium prints such a page body first, the title after its text, and the line classifier takes a
    one-line title in body type for text. Pdfium title accuracy: seed 1001 +0.0005, seed 1013
    +0.0011; the evaluation set and seeds 1003 and 1005 unchanged. Without the opening asked for
    below, seeds 1003 and 1005 lost titles: a title wrapped over two lines had its first line taken
    alone."""
    line = lines[k]
    if roles[k] is not _BODY or line.blank or opens_with_byline(line) or line.has_sentence_punct or line.ends_continuing:
        return False
    if not marks_closed(line.text.strip()) or k + 1 >= len(lines):
        return False
    below = lines[k + 1]
    return opens_with_byline(below) or below.indented or (k + 2 < len(lines) and opens_paragraph(lines, k + 1))


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
