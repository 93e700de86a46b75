"""Page facts from the furniture lines: newspaper name, date, page number and section.

Each furniture line (masthead or page header, cut at gaps by ``lines``) is read with
``banmian.fields.furniture``; a letter-spaced masthead name (「柳  岸  日  报」) is read without
its spaces. In a page header a short phrase beside the page number is the section (版名), even when
it does not end in 新闻/要闻. Values in ``ParseOptions`` win over the page's own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from banmian.fields.dates import date_line, find_dates
from banmian.fields.furniture import classify_furniture, newspaper_name
from banmian.model import Article, PageInfo, Provenance, TextItem
from banmian.options import ParseOptions
from banmian.pdf.lines import PdfLine

#: A notice's closing date is among its last this many paragraphs (signing body, date).
CLOSING_LINES = 3
#: Longest phrase (characters) taken as the section beside a page number.
MAX_SECTION_CHARS = 6
#: A page header's bare page number (「3」, 「A3」 is read by ``classify_furniture``).
_BARE_NUMBER = re.compile(r"^[0-9]{1,2}$")
_IDEO_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


def page_info(lines: Sequence[PdfLine], options: ParseOptions, articles: Sequence[Article] = ()) -> PageInfo:
    """Page facts from the furniture; without a printed date, a notice's closing date line gives
    it, and without a page number a front-page sign (masthead, a jump to page 2) gives 1."""
    newspaper = date = number = section = None
    loose_sections: list[str] = []
    bare_numbers: list[int] = []
    masthead = False
    for ln in sorted(lines, key=lambda ln: (ln.y0, ln.x0)):
        squeezed = "".join(ln.text.split())
        name = newspaper_name(squeezed)
        if name is not None and newspaper is None:
            newspaper = name
            continue
        f = classify_furniture(ln.text) or classify_furniture(squeezed)
        if f is None and _BARE_NUMBER.match(squeezed):
            bare_numbers.append(int(squeezed))
            continue
        if f is None:
            if _IDEO_ONLY.match(squeezed) and len(squeezed) <= MAX_SECTION_CHARS:
                loose_sections.append(squeezed)
            continue
        newspaper = newspaper or f.newspaper
        date = date or f.date
        if date is None:
            found = find_dates(ln.text)
            date = found[0].date if found else None
        number = number if number is not None else f.page_number
        masthead = masthead or f.kind in ("masthead", "edition")
        section = section or f.section
    if number is None and bare_numbers:
        number = bare_numbers[0]
    if number is None and masthead:
        number = 1  # a masthead (paper name with issue data) heads the front page
    if number is None and any(a.continued_to == 2 for a in articles):
        number = 1
    if date is None:
        date = _closing_date(articles)
    if section is None and number is not None and loose_sections:
        section = loose_sections[0]
    return PageInfo(
        newspaper=options.newspaper or newspaper,
        date=options.date or date,
        page_number=options.page_number if options.page_number is not None else number,
        section=options.section or section,
    )


def _closing_date(articles: Sequence[Article]) -> dt.date | None:
    for article in articles:
        for paragraph in article.paragraphs[-CLOSING_LINES:]:
            found = date_line(paragraph.text)
            if found is not None:
                return found.date
    return None


def furniture_items(lines: Sequence[PdfLine], page: int) -> list[TextItem]:
    from banmian.pdf.articles import line_box

    return [
        TextItem(" ".join(ln.text.split()), Provenance(page_index=page, bbox=line_box([ln])))
        for ln in sorted(lines, key=lambda ln: (ln.y0, ln.x0))
    ]
