"""A web page's meta line (「来源：…… 作者：…… 发布时间：……」) under its title (fields.furniture,
segment.webmeta).

All text is invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import banmian
from banmian.layout.lines import build_line_infos
from banmian.model import Article, LineSpan, Provenance, TextItem
from banmian.segment.webmeta import credited_by_meta

TITLE = "临江县青石镇百亩茶园喜迎丰收"
BODY = [
    "连日来，临江县青石镇百亩生态茶园进入采摘旺季，茶农们趁着晴好天气抢摘春茶，一派忙碌景象。",
    "“今年雨水足、气温适宜，茶叶品质比往年更好。”茶农何春生一边采茶一边告诉记者，他家的五亩茶园预计能增收两万元。",
    "近年来，青石镇立足山区资源优势，引导群众发展茶产业，建成标准化茶园三千余亩，带动四百余户农户增收。",
]
META = "来源：临江日报  作者：林晓 周敏  发布时间：2024-04-12 08:30"


def _page(meta: str, byline: str | None = None) -> banmian.Page:
    first = [f"{byline}{BODY[0]}"] if byline else [BODY[0]]
    return banmian.parse("\n".join([TITLE, meta, *first, *BODY[1:], "责任编辑：何春生"]) + "\n")


def test_the_meta_line_is_furniture_and_the_title_stays_the_title() -> None:
    page = _page(META)
    (article,) = page.articles
    assert article.title is not None and article.title.text == TITLE
    assert article.kicker is None
    assert [p.text for p in article.paragraphs] == BODY
    assert any(f.text.startswith("来源：临江日报") for f in page.furniture)


def test_the_meta_line_gives_the_page_its_paper_and_date() -> None:
    page = _page(META)
    assert page.info.newspaper == "临江日报"
    assert page.info.date == dt.date(2024, 4, 12)


def test_its_authors_go_to_an_article_that_names_none() -> None:
    (article,) = _page(META).articles
    assert article.authors == ("林晓", "周敏")
    assert article.byline is not None and article.byline.text == "作者：林晓 周敏"
    assert article.byline.provenance.lines == LineSpan(2, 2)


def test_a_byline_in_the_text_wins_over_the_meta_lines_author() -> None:
    (article,) = _page(META, byline="本报讯（记者 何春生）").articles
    assert article.authors == ("何春生",)
    assert article.byline is not None and article.byline.text == "本报讯（记者 何春生）"


def test_a_date_and_time_over_the_source_is_a_meta_line_too() -> None:
    page = _page("2024年03月12日 09:15 来源：临江日报")
    (article,) = page.articles
    assert article.title is not None and article.title.text == TITLE
    assert page.info.date == dt.date(2024, 3, 12)


def test_a_phrased_kicker_over_the_meta_line_stays_the_articles() -> None:
    """A kicker set as two phrases that the text does not restate reads as a slogan banner on a
    printed page; over a web page's meta line the run is one article's headline whole."""
    page = banmian.parse("\n".join(["守护青山绿水 共建美丽乡村", TITLE, META, *BODY]) + "\n")
    assert page.banners == ()
    (article,) = page.articles
    assert article.kicker is not None and article.kicker.text == "守护青山绿水 共建美丽乡村"
    assert article.title is not None and article.title.text == TITLE


def test_headings_in_a_row_inside_the_text_are_sub_headings_where_titles_stand_over_meta_lines() -> None:
    """On a crawled page the meta lines mark the titles: a section's heading over a speaker's
    name and post (「茶农心声」/「何春生：……」), set tight in the text, were a kicker and a title that
    cut the article in two."""
    second = ["县图书馆新馆正式向市民开放", "来源：临江日报  作者：周敏  发布时间：2024-04-13 08:00", *BODY[1:]]
    text = [TITLE, META, BODY[0], "茶农心声", "何春生：青石镇茶叶合作社理事长", *BODY[1:], "", *second]
    page = banmian.parse("\n".join(text) + "\n")
    assert [a.title.text for a in page.articles if a.title] == [TITLE, "县图书馆新馆正式向市民开放"]
    first = page.articles[0]
    assert first.kicker is None
    assert first.subheadings == ("茶农心声", "何春生：青石镇茶叶合作社理事长")
    assert [p.text for p in first.paragraphs] == [BODY[0], "茶农心声", "何春生：青石镇茶叶合作社理事长", *BODY[1:]]
    assert page.articles[1].authors == ("周敏",)


def test_the_tools_and_count_a_crawled_page_prints_are_furniture_not_text() -> None:
    """A count of readers glued to the meta line made it a headline again, and the page's tools
    under the text were read as its last paragraphs."""
    meta = META + "  浏览次数：1234"
    page = banmian.parse("\n".join([TITLE, meta, "【字号：大 中 小】", *BODY, "【打印】【关闭】", "分享到："]) + "\n")
    (article,) = page.articles
    assert article.title is not None and article.title.text == TITLE and article.kicker is None
    assert article.subtitle is None
    assert [p.text for p in article.paragraphs] == BODY
    assert article.authors == ("林晓", "周敏")
    assert [f.text for f in page.furniture][1:] == ["【字号：大中小】", "【打印】【关闭】", "分享到："]


def _article(first: int, last: int, authors: tuple[str, ...] = ()) -> Article:
    return Article(id=f"a{first}", title=TextItem("标题"), authors=authors, provenance=Provenance(lines=LineSpan(first, last)))


def test_the_authors_go_to_the_article_holding_the_line_else_the_next_one() -> None:
    lines = build_line_infos(["作者：林晓"] * 12)
    meta_in_second, meta_before_all = lines[6], lines[0]
    articles = [_article(2, 5), _article(6, 10)]
    holding = credited_by_meta(articles, [meta_in_second])
    assert [a.authors for a in holding] == [(), ("林晓",)]
    before = credited_by_meta(articles, [meta_before_all])
    assert [a.authors for a in before] == [("林晓",), ()]
    # After the last article there is no article the line could stand in.
    assert [a.authors for a in credited_by_meta(articles, [lines[11]])] == [(), ()]


def test_an_article_with_authors_of_its_own_keeps_them() -> None:
    lines = build_line_infos(["作者：林晓"] * 4)
    (kept,) = credited_by_meta([_article(1, 4, ("周敏",))], [lines[1]])
    assert kept.authors == ("周敏",)
    assert kept.byline is None
