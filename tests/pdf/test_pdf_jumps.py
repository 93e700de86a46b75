"""Jump notes across the pages of one PDF: （下转第二版） on page 1 meets （上接第一版） on page 2.
All text is invented."""

from __future__ import annotations

from pathlib import Path

from pdfdraw import Sheet, save

from banmian.pdf import parse_pdf, parse_pdf_document
from banmian.pdf.jumps import link_jumps, title_likeness

HEAD = "新建的图书馆将在下个月正式向市民开放，馆内藏书超过十万册，设有少儿阅览区和自习"
TAIL = "室，每天开放十二个小时。馆长表示，今后还会举办讲座和读书会，欢迎市民参加。"
OTHER = "另一篇文章也从第一版转到这里，内容与图书馆无关，讲的是公园里新种的树木和花草。"


def _front(s: Sheet, x: float, title: str, text: str) -> None:
    s.text(x, 160, title, size=20)
    y = s.column(x, 200, [text], chars=12)
    s.text(x + 12 * 10 - 70, y, "（下转第二版）")


def _back(s: Sheet, x: float, title: str, text: str) -> None:
    s.text(x, 160, title, size=16)
    s.text(x, 185, "（上接第一版）")
    s.column(x, 205, [text], chars=12, indent=False)


def _pdf(tmp_path: Path) -> Path:
    """
    ::

        page 1: 图书馆下月开放 …（下转第二版）   公园新种树木 …（下转第二版）
        page 2: 公园新种树木 （上接第一版）…     图书馆开放 （上接第一版）…
    """
    one, two = Sheet(), Sheet()
    _front(one, 40, "图书馆下月开放", HEAD)
    _front(one, 300, "公园新种树木花草", OTHER[:30])
    _back(two, 40, "公园新种树木", OTHER[30:])
    _back(two, 300, "图书馆开放", TAIL)
    return save(tmp_path / "j.pdf", [one, two])


def test_parts_keep_their_notes_on_their_pages(tmp_path: Path) -> None:
    pages = parse_pdf(_pdf(tmp_path))
    assert [a.continued_to for a in pages[0].articles] == [2, 2]
    assert [a.continued_from for a in pages[1].articles] == [1, 1]


def test_linked_article_is_whole_once_with_its_pages(tmp_path: Path) -> None:
    result = parse_pdf_document(_pdf(tmp_path))
    assert len(result.pages) == 2
    by_title = {a.article.title.text: a for a in result.linked if a.article.title}
    assert set(by_title) == {"图书馆下月开放", "公园新种树木花草"}
    library = by_title["图书馆下月开放"]
    assert library.pages == (1, 2)
    # The page break cut a sentence: its halves are one paragraph again, in order.
    assert [p.text for p in library.article.paragraphs] == [HEAD + TAIL]
    assert library.article.continued_to is None and library.article.continued_from is None
    assert [(p.page_index, p.article_id) for p in library.parts] == [(0, "a1"), (1, "a2")]
    data = result.to_dict()
    assert len(data["pages"]) == 2
    assert [a["pages"] for a in data["linked_articles"]] == [[1, 2], [1, 2]]


def test_no_link_without_a_matching_page(tmp_path: Path) -> None:
    one, two = Sheet(), Sheet()
    one.text(40, 160, "转到第三版的文章", size=20)
    y = one.column(40, 200, [HEAD], chars=12)
    one.text(40 + 12 * 10 - 70, y, "（下转第三版）")
    _back(two, 40, "图书馆开放", TAIL)
    assert link_jumps(parse_pdf(save(tmp_path / "n.pdf", [one, two]))) == []


def test_title_likeness_reads_shortened_titles() -> None:
    assert title_likeness("图书馆下月开放", "图书馆开放") == 1.0
    assert title_likeness("图书馆下月开放", "公园新种树木") == 0.0
    assert title_likeness("", "任何") == 0.0
