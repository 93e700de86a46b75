"""Pages run together without page breaks are read in windows, and nothing of them is lost."""

from __future__ import annotations

from pathlib import Path

import banmian
from banmian.ingest.text import TextSource
from banmian.model import LineSpan, Page, Provenance, TextItem
from banmian.segment import windows
from banmian.segment.engine import unplaced_warning
from banmian.segment.windows import CUT_SEARCH_LINES, MAX_PAGE_LINES, WARNING_CODE, WINDOW_LINES

DEMO_PAGE = Path(__file__).resolve().parents[2] / "samples" / "demo-page.txt"
#: A full body line of an invented column and the short last line of its paragraph.
FULL_LINE = "临江县青石镇今年新修的机耕道通到了"
LAST_LINE = "各村的田头。"


def _source(lines: list[str], first_line: int = 1) -> TextSource:
    return TextSource(lines=tuple(lines), encoding="utf-8", first_line=first_line)


def test_a_page_of_ordinary_length_is_one_window() -> None:
    source = _source([FULL_LINE] * MAX_PAGE_LINES)
    assert not windows.needs_windows(source)
    assert windows.needs_windows(_source([FULL_LINE] * (MAX_PAGE_LINES + 1)))


def test_windows_are_cut_after_a_paragraphs_last_line_and_keep_line_numbers() -> None:
    # Paragraphs of nine full lines and a short last line: a cut falls after a last line.
    paragraph = [FULL_LINE] * 9 + [LAST_LINE]
    lines = paragraph * 250  # 2,500 lines
    parts = windows.windows(_source(lines, first_line=7))
    assert len(parts) == 3
    assert [p.first_line for p in parts][0] == 7
    for before, after in zip(parts, parts[1:], strict=False):
        assert after.first_line == before.first_line + len(before.lines)  # no line lost or read twice
        assert before.lines[-1] == LAST_LINE
        assert WINDOW_LINES - CUT_SEARCH_LINES < len(before.lines) <= WINDOW_LINES
    assert sum(len(p.lines) for p in parts) == len(lines)


def test_a_window_without_a_paragraph_end_near_its_limit_is_cut_at_the_limit() -> None:
    parts = windows.windows(_source([FULL_LINE] * 2500))
    assert [len(p.lines) for p in parts] == [WINDOW_LINES, WINDOW_LINES, 500]


def test_pages_run_together_come_out_as_one_page_with_every_line_kept() -> None:
    page_text = DEMO_PAGE.read_text(encoding="utf-8").rstrip("\n")
    one = banmian.parse(page_text)
    copies = MAX_PAGE_LINES // len(page_text.split("\n")) + 2
    text = "\n".join([page_text] * copies)
    page = banmian.parse(text)
    assert WARNING_CODE in {w.code for w in page.warnings}
    assert [a.id for a in page.articles] == [f"a{k}" for k in range(1, len(page.articles) + 1)]
    # A window's cut may split one article; every other article comes out as on its own page.
    titles = [a.title.text for a in page.articles if a.title is not None]
    for article in one.articles:
        if article.title is not None:
            assert titles.count(article.title.text) >= copies - 2, article.title.text
    assert page.info == one.info
    covered: set[int] = set()
    for article in page.articles:
        for item in (article.kicker, article.title, article.subtitle, article.byline, *article.paragraphs, *article.captions, *article.jumps):
            if item is not None:
                for span in item.provenance.pieces or (item.provenance.lines,):
                    covered.update(range(span.first, span.last + 1))
    for item in (*page.banners, *page.furniture, *page.unplaced):
        covered.update(range(item.provenance.lines.first, item.provenance.lines.last + 1))
    nonblank = {i + 1 for i, line in enumerate(text.split("\n")) if line.strip()}
    assert nonblank <= covered, sorted(nonblank - covered)[:10]
    assert max(covered) == max(nonblank)



def test_the_unplaced_warning_counts_every_windows_pieces() -> None:
    def window(first: int) -> Page:
        stray = TextItem("＊", Provenance(lines=LineSpan(first, first)), 0.0)
        return Page(unplaced=(stray,), warnings=(unplaced_warning(1),))

    source = _source([FULL_LINE] * 2500)
    page = windows.join_pages([window(5), window(1200), window(2400)], source, 3)
    assert [u.provenance.lines.first for u in page.unplaced] == [5, 1200, 2400]
    assert [w.message for w in page.warnings if w.code == "unplaced_text"] == [unplaced_warning(3).message]
    assert page.source.line_count == 2500
