"""Text never hard-wrapped, a paragraph to a line, in reading order: web pages, corpus files and the
tool's own plain output (``banmian parse --format txt``) hold a page so.

``segment.pagemarks.unwrapped_in_order`` tells such a page (most lines that hold a sentence are
wider than any column, and they are whole paragraphs, not two columns' lines printed on one row).
There, rules made for hard-wrapped text mislead:

* the line classifier learned that a short line ending no sentence is mostly a paragraph's last
  line or a column's broken one; here every paragraph ends a sentence on its own line, so such a
  line is a headline's (``mark_unwrapped_headings``), and the stacks and the plan tell kicker,
  title, subtitle and sub-heading apart as on any page; and it learned that a lone wide line is a
  caption, where here every paragraph is one: a caption needs a picture's cue or a closing credit;
* the page is read in the order printed, headlines before their bodies (``segment.assign.plan_page``
  with ``in_reading_order``): no body block is moved to another article (segment.stitch,
  segment.foreignblocks), as the extractors' orders of columns would need;
* its blocks are paragraphs, not the one-line blocks of columns pdftotext interleaves
  (``layout.interleave`` is not asked), and each headline element stands on a line of its own:
  no headline is wrapped over lines (the stacks' ``wraps``, segment.stacks.parse_heads);
* space tells articles apart where the page sets more of it before an article than between
  paragraphs: body text is cut there (``split_at_article_gaps``), and a heading as far from the
  text above as a paragraph is a sub-heading (``spaced_subheadings``); a 下转 note printed after
  its article's captions joins its text (``jumps_with_their_text``).

Measured as the ``unwrapped`` column of ``banmian eval`` (the evaluation set's truth written as the
plain-text export writes a page, ``eval.forms``): at the start of round 35 the page was read as
interleaved columns and its blocks moved (article F1 0.095, body CER 94.9 %); with these rules
article F1 0.989, body CER 0.33 %, title accuracy 0.980 (fresh seed 1019: 0.096 → 0.980). Without
the headline rule article F1 was 0.02 lower; with it but without ``CLAUSE_COMMA``, cut-off
paragraphs and uncued captions read as titles (0.903); without the spacing of sub-headings, 0.903
as well; headings in a row each set apart as a paragraph (a section's heading over a
sub-heading) read as a kicker over a title gave 0.958; headlines read as wrapped over lines (the
stacks' ``wraps``, off here) gave title accuracy 0.942; captions with a bare 摄 inside a word
(拍摄) cut articles in two (article F1 0.971).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from banmian.fields.caption import photo_credit
from banmian.fields.notice import is_notice_title
from banmian.layout.lines import PICTURE_CUE, LineInfo
from banmian.segment.items import Item, ItemKind
from banmian.segment.roles import _BODY, _CAPTION, _HEADING, Role

#: Longest line (CJK characters) read as a headline in a text never wrapped: the corpus's longest
#: titles and plain subtitles run to about 45 characters, a column tag included; a paragraph that
#: ends no sentence and is longer than that was cut off (its article goes on elsewhere).
MAX_UNWRAPPED_HEADING_CHARS = 48
#: A comma inside a line: a clause, as a paragraph has; few headlines hold one.
CLAUSE_COMMA = "，"


def mark_unwrapped_headings(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Roles of a text never wrapped settled: captions without a caption's cue are text
    (``_cued_caption``), a notice's signing office is text (``_signs_a_notice``), and the lines
    below are headlines.

    In a text never wrapped (a paragraph to a line, pagemarks.never_wrapped) every paragraph
    ends a sentence on its own line, so a text line that ends none and holds no clause run on
    (ending on a comma) is a headline's line: a kicker, title, subtitle or sub-heading, which the
    stacks and the plan then tell apart. The line classifier, which learned from hard-wrapped pages
    where such lines are mostly a paragraph's last or a column's broken ones, took them for text."""
    for k, line in enumerate(lines):
        if roles[k] is _CAPTION and not _cued_caption(line):
            roles[k] = _BODY  # 摄 inside a word (拍摄, 摄影师) in a paragraph: no picture's line
            continue
        if roles[k] is _HEADING and (_signs_a_notice(lines, roles, k) or (not line.headable and _closes_text_above(lines, k))):
            roles[k] = _BODY  # the classifier read the short line (an office, a credit) as a headline
            continue
        if roles[k] is not _BODY or line.blank or line.ends_sentence or line.ends_continuing or line.indented:
            continue  # an indented line opens a paragraph, cut off where it ends no sentence
        if not line.headable and _closes_text_above(lines, k):
            continue  # a brief's bracket of names after its text, nearer to it than to what follows
        if line.leading_byline is not None or line.byline_line is not None or line.date_line is not None:
            continue  # a byline or a dateline on a line of its own, a notice's date
        below = _next_text(lines, k)
        if below is not None and below.date_line is not None:
            continue  # the office signing a notice, over its date
        if below is not None and below.jump is not None and below.jump.direction == "to":
            continue  # a paragraph cut off where its article goes on on another page (下转)
        if line.has_sentence_punct or CLAUSE_COMMA in line.text:
            continue  # a sentence or a clause inside: a paragraph cut off, or a caption without a cue
        if line.cjk <= MAX_UNWRAPPED_HEADING_CHARS:
            roles[k] = _HEADING


def _next_text(lines: Sequence[LineInfo], k: int) -> LineInfo | None:
    """The first text line after line ``k``, blank lines passed over."""
    return next((lines[j] for j in range(k + 1, len(lines)) if not lines[j].blank), None)


def _cued_caption(line: LineInfo) -> bool:
    """The line names a picture (图为, 图片, a numbered photo: PICTURE_CUE) or closes on a
    photographer's credit (「……。 林晓 摄」): a caption's cues, where a paragraph's line is no wider
    than a caption's and a bare 摄 inside it (拍摄纪录片) says nothing."""
    return PICTURE_CUE.search(line.text) is not None or photo_credit(line.text) is not None


def _closes_text_above(lines: Sequence[LineInfo], k: int) -> bool:
    """Line ``k`` stands nearer (fewer blank lines) to a text line above it that ends a sentence
    than to the line below it: it closes that text (a brief's credit), it does not head the next."""
    above = k - 1
    while above >= 0 and lines[above].blank:
        above -= 1
    below = k + 1
    while below < len(lines) and lines[below].blank:
        below += 1
    if above < 0 or not lines[above].ends_sentence:
        return False
    return below >= len(lines) or k - above < below - k


def _signs_a_notice(lines: Sequence[LineInfo], roles: list[Role], k: int) -> bool:
    """Line ``k`` stands between a paragraph that ends a sentence and a date line: the office
    signing a notice (「临江县人民政府办公室」/「2024年3月12日」), its text's last lines but one."""
    above = next((j for j in range(k - 1, -1, -1) if not lines[j].blank), None)
    below = _next_text(lines, k)
    if above is None or below is None or below.date_line is None:
        return False
    return roles[above] is _BODY and lines[above].ends_sentence and not lines[k].has_sentence_punct


def spaced_subheadings(items: Sequence[Item]) -> dict[int, bool]:
    """Whether each heading between two bodies (by the heading item's identity) is a sub-heading,
    read from the blank lines above it, where the page sets them so: a text in reading order puts
    more space before an article's headline than between its paragraphs (the plain-text export two
    blank lines against one, a corpus file a blank line against none), and a sub-heading stands as
    far from the text above it as a paragraph does. Empty where the page sets no wider gap before
    any heading than between its paragraphs: then the sub-heading rules decide (segment.subheadings).
    A heading of more than one line (a kicker, a subtitle), over a byline or naming a notice is a
    title wherever it stands. On a crawled page whose headlines stand over a meta line
    (「来源：…… 作者：……」, ``Item.over_meta``), such a heading is a title and no other is: a run of
    headings set as close to the text above as its paragraphs is then a section's headings in a row
    (「茶农心声」/「林晓：青石镇茶叶合作社理事长」), not a kicker over its title."""
    between = [
        (items[k - 1], items[k], items[k + 1])
        for k in range(1, len(items) - 1)
        if items[k].kind is ItemKind.HEADS and items[k - 1].kind is ItemKind.BODY and items[k + 1].kind is ItemKind.BODY
    ]
    paragraph_gap = _paragraph_gap(items)
    gaps = {id(item): item.first - above.last - 1 for above, item, _ in between}
    meta_page = any(item.over_meta for item in items)
    if not gaps or (max(gaps.values()) <= paragraph_gap and not meta_page):
        return {}
    return {
        id(item): not item.over_meta
        and gaps[id(item)] <= paragraph_gap
        and _single_plain_heading(item, below, paragraph_gap, in_a_row=meta_page)
        for _, item, below in between
    }


def _paragraph_gap(items: Sequence[Item]) -> int:
    """Blank lines the page sets between two paragraphs (a line each): the commonest gap inside a
    body item and between two body items."""
    gaps = [b.number - a.number - 1 for item in items if item.kind is ItemKind.BODY for a, b in zip(item.lines, item.lines[1:], strict=False)]
    gaps += [b.first - a.last - 1 for a, b in zip(items, items[1:], strict=False) if a.kind is b.kind is ItemKind.BODY]
    return max(set(gaps), key=gaps.count) if gaps else 0


def split_at_article_gaps(items: Sequence[Item]) -> list[Item]:
    """Body items cut where the page sets more blank lines than between its paragraphs: there one
    article ends and the next begins without a headline (a brief after a report, the export's
    two blank lines against one). Left whole, the brief ran on as the report's last paragraphs."""
    paragraph_gap = _paragraph_gap(items)
    out: list[Item] = []
    for item in items:
        if item.kind is not ItemKind.BODY:
            out.append(item)
            continue
        start = 0
        for k in range(1, len(item.lines)):
            if item.lines[k].number - item.lines[k - 1].number - 1 > paragraph_gap:
                out.append(replace(item, lines=item.lines[start:k], roles=item.roles[start:k]))
                start = k
        out.append(item if start == 0 else replace(item, lines=item.lines[start:], roles=item.roles[start:]))
    return out


def _single_plain_heading(item: Item, below: Item, paragraph_gap: int, in_a_row: bool = False) -> bool:
    """One line, or lines each set apart from the next as paragraphs are (headings in a row: a
    section's heading over its first sub-heading), not a kicker over its title printed tight;
    ``in_a_row``: lines printed tight are headings in a row too (a crawled page, whose titles the
    meta lines mark)."""
    lines = item.lines
    apart = all(b.number - a.number - 1 == paragraph_gap > 0 for a, b in zip(lines, lines[1:], strict=False))
    if len(lines) > 1 and not apart and not in_a_row:
        return False
    return below.lines[0].leading_byline is None and not any(is_notice_title(line.text) for line in lines)


def jumps_with_their_text(items: Sequence[Item]) -> list[Item]:
    """A 下转 note standing alone after its article's captions (as the plain-text export and web
    pages print it, the captions after the text) joins the article's last text: left as a body of
    its own, a headline with no text (a banner) took it as its article."""
    out: list[Item] = []
    for item in items:
        target = _text_before_captions(out) if _lone_onward_jump(item) else None
        if target is None:
            out.append(item)
            continue
        text = out[target]
        out[target] = replace(text, lines=(*text.lines, *item.lines), roles=(*text.roles, *item.roles))
    return out


def _lone_onward_jump(item: Item) -> bool:
    return item.kind is ItemKind.BODY and all(
        role is Role.JUMP and line.jump is not None and line.jump.direction == "to" for line, role in zip(item.lines, item.roles, strict=True)
    )


def _text_before_captions(items: Sequence[Item]) -> int | None:
    """Index of the last body item, passing over captions only."""
    for k in range(len(items) - 1, -1, -1):
        if items[k].kind is ItemKind.BODY:
            return k
        if items[k].kind is not ItemKind.CAPTION:
            return None
    return None
