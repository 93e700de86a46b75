"""A page header that the extractor broke into lines, read as furniture.

A bare page number on a line of its own beside other furniture is the header's page number (「7」
under 「县域新闻」), and so is one standing alone in a block of its own (a folio printed apart). A
short section label set apart right before the header's date or number is its section (「文化」/
「2019年10月2日 星期三」), and so is one set apart right after the header's date or number with more
furniture after it (「第4版」/「体育」/「临江晚报」). Run before the line roles (segment.roles), which
then take these lines for furniture by their grammar. With the second case, the section labels read
as a kicker or title on the evaluation set's pdftotext readings went from 17 to 11 (`pdftotext
-layout` 24 to 19), and pdftotext kicker F1 0.5008 -> 0.5033 (held-out 0.4711 -> 0.4721).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.fields.furniture import Furniture
from banmian.layout.lines import LineInfo
from banmian.segment.roles import MASTHEAD_NEIGHBOURHOOD

#: A page number alone on a line (1–99).
BARE_PAGE_NUMBER = re.compile(r"[1-9][0-9]?")
#: A section label alone on a line: two to four CJK characters (要闻, 地方, 文化, 国际新闻). Its
#: length bounds (characters) are tested before the pattern, on every line of the page.
SECTION_LABEL_CHARS = (2, 4)
SECTION_LABEL = re.compile(rf"[\u4e00-\u9fff]{{{SECTION_LABEL_CHARS[0]},{SECTION_LABEL_CHARS[1]}}}")
#: Header pieces that a section label printed alone precedes: the page's date or number.
HEADER_PIECE_KINDS = frozenset({"date", "page_number"})


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
            beside = any(lines[k].furniture is not None and lines[k].furniture.kind != "name" for k in near if k != i)
            if beside or _alone_in_block(lines, i):
                out[i] = line._replace(furniture=Furniture("page_number", line.text, int(line.text), None, None, None))
        # Read against ``out``: a bare page number just above was found in this pass (「12」/「地方」/
        # 「临江晚报」). Evaluation set, pdftotext: two more sections read as furniture, not titles
        # (article F1 0.7235 -> 0.7229: the headlines of one page paired otherwise); seed-1001
        # pages title 0.5364 -> 0.5369, -layout 0.7537 -> 0.7542; held-out pages unchanged.
        elif SECTION_LABEL_CHARS[0] <= len(line.text) <= SECTION_LABEL_CHARS[1] and _section_label(out, i):
            out[i] = line._replace(furniture=Furniture("section", line.text, None, line.text, None, None))
    return tuple(out)


def _alone_in_block(lines: Sequence[LineInfo], i: int) -> bool:
    """Line ``i`` is a block of its own: blank lines (or the page's edges) right above and below it.
    A folio printed apart from the header, at the foot of the page or beside a headline, comes out
    of pdftotext so; a digit that extraction split off a number stays inside its text's block. On
    the evaluation set's pdftotext pages, 49 bare numbers stood alone in a block: all 49 were the
    page's number."""
    return (i == 0 or lines[i - 1].blank) and (i + 1 >= len(lines) or lines[i + 1].blank)


def _section_label(lines: Sequence[LineInfo], i: int) -> bool:
    return SECTION_LABEL.fullmatch(lines[i].text) is not None and (
        _header_piece_follows(lines, i) or _header_piece_precedes(lines, i)
    )


def _header_piece_precedes(lines: Sequence[LineInfo], i: int) -> bool:
    """Line ``i`` stands alone between blank lines, the text line before it is the header's date
    or page number and the one after it is furniture too (「第4版」/「体育」/「临江晚报」): a headline
    is followed by its text, not by the paper's name."""
    if not _set_apart(lines, i):
        return False
    before = _text_line(lines, i, -1)
    after = _text_line(lines, i, 1)
    return (
        before is not None
        and before.furniture is not None
        and before.furniture.kind in HEADER_PIECE_KINDS
        and after is not None
        and after.furniture is not None
    )


def _set_apart(lines: Sequence[LineInfo], i: int) -> bool:
    """Line ``i`` stands between two blank lines (not at the page's edge)."""
    return 0 < i < len(lines) - 1 and lines[i - 1].blank and lines[i + 1].blank


def _text_line(lines: Sequence[LineInfo], i: int, step: int) -> LineInfo | None:
    """The nearest line that is not blank from line ``i`` in the direction ``step``."""
    k = i + step
    while 0 <= k < len(lines) and lines[k].blank:
        k += step
    return lines[k] if 0 <= k < len(lines) else None


def _header_piece_follows(lines: Sequence[LineInfo], i: int) -> bool:
    """Line ``i`` stands alone between blank lines and the next text line is a dated or numbered
    piece of a page header; or, where no blank lines mark blocks (PyMuPDF prints the header's pieces
    a line each: 「10」/「社会」/「2019年10月6日 星期日」), it stands between a bare page number and such
    a piece."""
    if 0 < i < len(lines) - 1 and BARE_PAGE_NUMBER.fullmatch(lines[i - 1].text):
        follower = lines[i + 1].furniture
        if follower is not None and follower.kind in HEADER_PIECE_KINDS:
            return True
    if not _set_apart(lines, i):
        return False
    after = _text_line(lines, i, 1)
    follower = after.furniture if after is not None else None
    return follower is not None and follower.kind in HEADER_PIECE_KINDS
