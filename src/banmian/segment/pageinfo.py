"""Page facts (newspaper, date, page number, section) from the page's own text.

Sources, strongest first: the page header and masthead (furniture); a front-page masthead's
publication lines imply page 1; a jump note 下转第2版 implies page 1, since jumps run forward and
only page 1 precedes page 2; a dated notice's closing date line gives the date. Options given by
the caller win over all of these.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.layout.lines import LineInfo
from banmian.model import Article, PageInfo, ParagraphRole
from banmian.options import ParseOptions


def page_info(furniture: Sequence[LineInfo], articles: Sequence[Article], options: ParseOptions) -> PageInfo:
    newspaper = date = page_number = section = None
    for line in furniture:
        f = line.furniture
        if f is None:
            continue
        newspaper = newspaper or f.newspaper
        date = date or f.date
        section = section or f.section
        if page_number is None and f.page_number is not None:
            page_number = f.page_number
        # The first furniture line that tells wins: a masthead printed over the page makes it page 1
        # before a bare number further down (a digit split off a date) can pass for a folio.
        if page_number is None and f.masthead:
            page_number = 1
    if page_number is None and any(a.continued_to == 2 for a in articles):
        page_number = 1
    if date is None:
        date = _notice_date(articles, furniture)
    return PageInfo(
        newspaper=options.newspaper or newspaper,
        date=options.date or date,
        page_number=options.page_number or page_number,
        section=options.section or section,
    )


def _notice_date(articles: Sequence[Article], furniture: Sequence[LineInfo]):
    from banmian.fields.dates import date_line

    for line in furniture:
        if line.date_line is not None:
            return line.date_line.date
    for article in articles:
        for paragraph in reversed(article.paragraphs):
            if paragraph.role is ParagraphRole.CLOSING:
                found = date_line(paragraph.text)
                if found is not None:
                    return found.date
    return None
