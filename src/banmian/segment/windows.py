"""Text far longer than any page: pages run together without page breaks, read a window at a time.

``pdftotext -nopgbrk``, OCR output of many pages concatenated, a corpus dump: nothing marks where
one page ends. The engine pairs a page's pieces and headlines with one another (segment.stitch,
segment.attach), which costs the square of the pieces it holds: pdftotext's text of 80 pages of
the evaluation set took 42.7 s read as one page and 2.6 s read page by page. A text longer than
MAX_PAGE_LINES is read in windows of about WINDOW_LINES, each cut after a line that closes a
paragraph, and the windows' pages are joined into one page again: the cost grows with the text's
length (those 80 pages: 3.9 s). An article is split only where a cut falls inside it, and the page
says that it was read so (``read_in_windows`` warning).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from banmian.ingest.text import TextSource
from banmian.layout.punctuation import ends_sentence
from banmian.model import Page, PageInfo, PageWarning
from banmian.options import ParseOptions

#: A text longer than this (lines) holds several pages. The longest page of the 400 generated
#: pages of the evaluation and held-out sets has 967 lines (pdftotext, which prints a blank line
#: between blocks); the real sample page 561, the real page in ``../shared/real`` 446.
MAX_PAGE_LINES = 2000
#: How long a window is (lines): about three pages of pdftotext's text. Shorter windows cut more
#: articles; longer ones pay more for the pairs of pieces they hold, and pair more pieces of
#: different pages. 40 pages of the evaluation set run together, scored against their truths
#: together (article F1): pdftotext's text 0.435 read as one page, 0.553 / 0.532 / 0.527 in
#: windows of 600 / 1000 / 1500 lines (0.672 page by page); pdfium's 0.905 as one page, 0.886 /
#: 0.914 in windows of 600 / 1000 (0.973 page by page).
WINDOW_LINES = 1000
#: A cut is looked for in this many lines before a window's end (about a column and a half of
#: body text): far enough back to find a paragraph's last line almost always.
CUT_SEARCH_LINES = 60
#: A paragraph's last line is shorter than the longest of the lines just above it by at least
#: this many characters (its column's lines are full; a last line seldom is).
LAST_LINE_SHORTFALL_CHARS = 2
#: How many lines above a candidate cut show its column's full width.
COLUMN_SAMPLE_LINES = 4
#: The stable code of the warning a page read in windows carries (README, "The JSON contract").
WARNING_CODE = "read_in_windows"


def needs_windows(source: TextSource) -> bool:
    return len(source.lines) > MAX_PAGE_LINES


def read_in_windows(source: TextSource, options: ParseOptions, parse: Callable[[TextSource, ParseOptions], Page]) -> Page:
    """One page from the windows of a text too long to be one (``parse`` reads each window)."""
    parts = windows(source)
    pages = [parse(part, options) for part in parts]
    return join_pages(pages, source, len(parts))


def windows(source: TextSource) -> tuple[TextSource, ...]:
    """The source cut into windows of about WINDOW_LINES, each keeping its lines' numbers."""
    lines = source.lines
    cuts = [0]
    while len(lines) - cuts[-1] > WINDOW_LINES + CUT_SEARCH_LINES:
        cuts.append(_cut_before(lines, cuts[-1] + WINDOW_LINES))
    cuts.append(len(lines))
    return tuple(
        replace(source, lines=lines[a:b], page_starts=(), first_line=source.first_line + a)
        for a, b in zip(cuts, cuts[1:], strict=False)
    )


def _cut_before(lines: Sequence[str], limit: int) -> int:
    """Where the window ending near ``limit`` (a line index) stops: after the last line before it
    that closes a paragraph (a sentence ends and the line stops short of its column), else at
    ``limit`` itself."""
    for cut in range(limit, limit - CUT_SEARCH_LINES, -1):
        last = lines[cut - 1].strip()
        if last and ends_sentence(last) and _short_of_column(lines, cut - 1, len(last)):
            return cut
    return limit


def _short_of_column(lines: Sequence[str], index: int, length: int) -> bool:
    above = [len(line.strip()) for line in lines[max(0, index - COLUMN_SAMPLE_LINES) : index]]
    return bool(above) and length <= max(above) - LAST_LINE_SHORTFALL_CHARS


def join_pages(pages: Sequence[Page], source: TextSource, count: int) -> Page:
    """The windows' pages as one: items in order (articles numbered again), the page's facts from
    the first window that states each, every warning once, and one saying how it was read."""
    # The engine builds on this module, so its message is imported here.
    from banmian.segment.engine import unplaced_warning

    articles = [a for page in pages for a in page.articles]
    unplaced = tuple(u for page in pages for u in page.unplaced)
    warnings: dict[str, PageWarning] = {}
    for page in pages:
        for warning in page.warnings:
            warnings.setdefault(warning.code, warning)
    if unplaced:
        warnings["unplaced_text"] = unplaced_warning(len(unplaced))  # counted over all windows
    warnings[WARNING_CODE] = PageWarning(
        WARNING_CODE,
        f"the text has {len(source.lines)} lines and no page break, more than one page holds "
        f"(over {MAX_PAGE_LINES}); it was read in {count} windows cut after paragraphs, and an "
        "article across a cut is split there",
    )
    first = pages[0]
    return Page(
        info=_first_stated(page.info for page in pages),
        banners=tuple(b for page in pages for b in page.banners),
        articles=tuple(replace(a, id=f"a{k}") for k, a in enumerate(articles, start=1)),
        furniture=tuple(f for page in pages for f in page.furniture),
        unplaced=unplaced,
        warnings=tuple(warnings.values()),
        source=replace(first.source, line_count=len(source.lines)),
    )


def _first_stated(stated: Iterable[PageInfo]) -> PageInfo:
    infos = list(stated)
    return PageInfo(
        newspaper=next((i.newspaper for i in infos if i.newspaper is not None), None),
        date=next((i.date for i in infos if i.date is not None), None),
        page_number=next((i.page_number for i in infos if i.page_number is not None), None),
        section=next((i.section for i in infos if i.section is not None), None),
    )

