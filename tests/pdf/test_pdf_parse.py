"""Whole pages through ``parse_pdf``: furniture, articles, columns, paragraphs, captions, briefs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import opencc
from pdfdraw import Sheet, save

from banmian.model import ArticleKind, ParagraphRole
from banmian.options import ParseOptions
from banmian.pdf import parse_pdf

P1 = "本报讯（记者 张明）本市昨天开放了三座新公园，市民可以免费进入游览，周末人数很多。"
P2 = "园内种植了上百种花木，并设有儿童游乐区和健身步道，方便附近居民锻炼身体。"
P3 = "管理处表示，今后还将增加座椅和饮水点，让游客在园中停留得更舒适一些。"


def _page(tmp_path: Path) -> Sheet:
    """
    ::

        第3版      综合新闻      2019年10月5日 星期六      责任编辑：王五
        ──────────────────────────────────────────────────────────────
              新公园开门迎客 (20 pt)            │  引题在上 (13 pt)
        ┌ col 1 ──────┐ ┌ col 2 ──────┐         │  主标题在这里 (18 pt)
          本报讯（记者…   …园中停留得更舒      │  ——副题在下 (12 pt)
        …               适一些。                │  [photo]
                                                │  caption (9 pt)
                                                │  body …
    """
    s = Sheet(width=600, height=800)
    s.text(40, 40, "第3版", size=14)
    s.text(120, 40, "综合新闻", size=12)
    s.text(260, 40, "2019年10月5日 星期六", size=9)
    s.text(450, 40, "责任编辑：王五", size=9)
    s.rule(40, 48, 560, 48)
    s.text(70, 90, "新公园开门迎客", size=20)
    y = 120
    col1 = [P1, P2]
    # Two columns of 12 characters, 14 pt apart: P2 runs from the foot of column 1 to column 2.
    end = s.column(40, y, col1, chars=12)
    assert end > y
    s.column(40 + 120 + 14, y, [P3], chars=12)
    s.rule(320, 70, 320, 400)
    s.text(330, 90, "引题在上", size=13)
    s.text(330, 110, "主标题在这里", size=18)
    s.text(330, 130, "——副题在下", size=12)
    s.photo(330, 140, 200, 100)
    s.text(330, 254, "图为游客在公园里散步。", size=9)
    s.column(330, 280, ["第二篇文章的正文在照片下面开始，有两行文字这样。"], chars=15)
    return s


def test_page_info_and_furniture(tmp_path: Path) -> None:
    page = parse_pdf(save(tmp_path / "p.pdf", [_page(tmp_path)]))[0]
    assert page.info.page_number == 3
    assert page.info.date == dt.date(2019, 10, 5)
    assert page.info.section == "综合新闻"
    assert any("责任编辑" in f.text for f in page.furniture)
    assert all("责任编辑" not in p.text for a in page.articles for p in a.paragraphs)


def test_options_win_over_the_page(tmp_path: Path) -> None:
    path = save(tmp_path / "p.pdf", [_page(tmp_path)])
    page = parse_pdf(path, ParseOptions(page_number=7, newspaper="测试日报"))[0]
    assert page.info.page_number == 7
    assert page.info.newspaper == "测试日报"


def test_articles_columns_and_paragraphs(tmp_path: Path) -> None:
    page = parse_pdf(save(tmp_path / "p.pdf", [_page(tmp_path)]))[0]
    titles = [a.title.text if a.title else None for a in page.articles]
    assert titles == ["新公园开门迎客", "主标题在这里"]
    first, second = page.articles
    assert first.byline is not None and first.authors == ("张明",)
    assert [p.text for p in first.paragraphs] == [P1.removeprefix("本报讯（记者 张明）"), P2, P3]
    assert second.kicker is not None and second.kicker.text == "引题在上"
    assert second.subtitle is not None and second.subtitle.text == "——副题在下"
    assert [c.text for c in second.captions] == ["图为游客在公园里散步。"]
    assert [p.text for p in second.paragraphs] == ["第二篇文章的正文在照片下面开始，有两行文字这样。"]
    assert first.kind is ArticleKind.ARTICLE


def test_every_part_has_a_box_on_its_page(tmp_path: Path) -> None:
    page = parse_pdf(save(tmp_path / "p.pdf", [_page(tmp_path)]))[0]
    data = page.to_dict()
    for article in data["articles"]:
        prov = article["provenance"]
        assert prov["page_index"] == 0 and len(prov["bbox"]) == 4
        assert prov["title"]["bbox"][0] >= prov["bbox"][0]
        for para in prov["paragraphs"]:
            x0, y0, x1, y1 = para["bbox"]
            assert 0 <= x0 < x1 <= 600 and 0 <= y0 < y1 <= 800
    second = page.articles[1]
    assert second.captions[0].provenance.bbox is not None
    assert second.provenance.bbox is not None and second.provenance.bbox.y0 < 100  # includes the kicker


def test_subheading_is_its_own_paragraph(tmp_path: Path) -> None:
    s = Sheet()
    s.text(40, 60, "长文标题", size=20)
    y = s.column(40, 100, ["第一段的内容写在这里，共有若干文字。"], chars=12)
    s.text(70, y + 4, "小标题", size=11)
    s.column(40, y + 20, ["第二段的内容也写在这里，同样有文字。"], chars=12)
    article = parse_pdf(save(tmp_path / "s.pdf", [s]))[0].articles[0]
    assert [p.role for p in article.paragraphs] == [ParagraphRole.BODY, ParagraphRole.SUBHEADING, ParagraphRole.BODY]
    assert article.subheadings == ("小标题",)


def test_briefs_box(tmp_path: Path) -> None:
    """
    ::

        ┌──────────────────────┐
        │        简  讯        │
        │ 第一条简讯标题 (11)  │
        │   正文……（李明 王芳）│
        │   另一条……（林远）   │
        └──────────────────────┘
    """
    s = Sheet()
    s.box(30, 40, 220, 240)
    s.text(100, 70, "简讯", size=16, char_space=16)
    s.text(40, 100, "第一条简讯标题", size=11)
    s.column(40, 120, ["县里举办了一场读书分享会，吸引了许多读者参加。（李明 王芳）"], chars=18)
    s.column(40, 190, ["图书馆新增了一批少儿读物，欢迎家长带孩子借阅。（林远）"], chars=18)
    page = parse_pdf(save(tmp_path / "b.pdf", [s]))[0]
    assert [a.kind for a in page.articles] == [ArticleKind.BRIEF, ArticleKind.BRIEF]
    first, second = page.articles
    assert first.title is not None and first.title.text == "第一条简讯标题"
    assert first.authors == ("李明", "王芳")
    assert first.paragraphs[0].text == "县里举办了一场读书分享会，吸引了许多读者参加。"
    assert second.title is None and second.authors == ("林远",)
    assert page.banners == ()


def test_jump_note_sets_continued_to(tmp_path: Path) -> None:
    s = Sheet()
    s.text(40, 60, "转版的文章", size=20)
    y = s.column(40, 100, ["这篇文章很长，版面放不下，剩下的内容转到后面的版面继续刊登"], chars=12)
    s.text(40 + 12 * 10 - 70, y, "（下转第二版）", size=10)
    article = parse_pdf(save(tmp_path / "j.pdf", [s]))[0].articles[0]
    assert article.continued_to == 2
    assert "下转" not in article.body_text


def test_multi_page_pdf_gives_one_page_each_in_order(tmp_path: Path) -> None:
    sheets = []
    for title in ("第一页标题", "第二页标题", "第三页标题"):
        s = Sheet()
        s.text(40, 60, title, size=20)
        s.column(40, 100, [f"{title}下面的正文，只有一段文字而已。"], chars=12)
        sheets.append(s)
    pages = parse_pdf(save(tmp_path / "m.pdf", sheets))
    assert [p.articles[0].title.text for p in pages if p.articles[0].title] == ["第一页标题", "第二页标题", "第三页标题"]
    assert [p.source.page_index for p in pages] == [0, 1, 2]


def test_a_page_printed_in_traditional_characters_is_read_and_given_back_as_printed(tmp_path: Path) -> None:
    to_traditional = opencc.OpenCC("s2t").convert
    s = Sheet(width=600, height=800)
    s.text(40, 40, "第3版", size=14)
    s.text(120, 40, to_traditional("综合新闻"), size=12)
    s.text(260, 40, to_traditional("2019年10月5日 星期六"), size=9)
    s.text(70, 90, to_traditional("新公园开门迎客"), size=20)
    s.column(40, 120, [to_traditional(P1), to_traditional(P2)], chars=12)
    s.photo(330, 140, 200, 100)
    s.text(330, 254, to_traditional("图为游客在公园里散步。"), size=9)
    page = parse_pdf(save(tmp_path / "p.pdf", [s]))[0]
    assert page.info.section == "綜合新聞"
    assert page.info.date == dt.date(2019, 10, 5)
    (article,) = [a for a in page.articles if a.paragraphs]
    assert article.title is not None and article.title.text == "新公園開門迎客"
    assert article.byline is not None and article.byline.text == "本報訊（記者 張明）"
    assert article.authors == ("張明",)
    assert [p.text for p in article.paragraphs] == [to_traditional(P1).removeprefix("本報訊（記者 張明）"), to_traditional(P2)]
    assert [c.text for a in page.articles for c in a.captions] == [to_traditional("图为游客在公园里散步。")]
