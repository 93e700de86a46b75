"""Listings and classified advertisements kept apart from the articles (invented pages)."""

from __future__ import annotations

import banmian
from banmian import ArticleKind
from banmian.export.markdown import page_to_markdown
from banmian.export.plaintext import page_to_text
from pagetext import body, page

MEETING = (
    "本报讯（记者 林晓 通讯员 何春生）3月10日，青石镇在镇文化广场举办春季招聘会，共有四十五家企业参会。",
    "据了解，今年以来，青石镇已举办各类招聘活动六场，帮助一千五百余人实现就业。",
)
FARMING = ("本报讯（记者 何春生）3月11日，县农业农村局召开春耕生产工作会议，部署全县春耕备耕工作。",)
WEATHER = ["临江天气预报", "今天 多云转晴 8℃～17℃ 东南风3级", "明天 晴 10℃～19℃ 南风2级"]
PROGRAMMES = ["电视节目", "19:00 临江新闻", "19:30 天气预报", "20:00 电视剧 青石镇的春天"]
AD = ["旺铺招租", "临江县城东路临街商铺，面积", "一百二十平方米，交通便利。", "电话：0571-12345678 林先生"]


def _kinds(result: banmian.Page) -> list[tuple[str, str | None]]:
    return [(a.kind.value, a.title.text if a.title else None) for a in result.articles]


def test_a_weather_forecast_and_a_programme_guide_are_listings_between_the_articles() -> None:
    result = banmian.parse(page(["青石镇举办春季招聘会"], body(*MEETING), WEATHER, PROGRAMMES, ["县农业农村局部署春耕工作"], body(*FARMING)))
    assert _kinds(result) == [
        ("article", "青石镇举办春季招聘会"),
        ("listing", "临江天气预报"),
        ("listing", "电视节目"),
        ("article", "县农业农村局部署春耕工作"),
    ]
    weather, programmes = result.articles[1:3]
    # One paragraph a line, the record's fields one space apart; the first article keeps its text.
    assert [p.text for p in weather.paragraphs] == WEATHER[1:]
    assert [p.text for p in programmes.paragraphs] == PROGRAMMES[1:]
    assert [p.text for p in result.articles[0].paragraphs][-1] == MEETING[1]
    assert [a.id for a in result.articles] == ["a1", "a2", "a3", "a4"]
    assert not result.unplaced


def test_a_classified_advertisement_ends_with_its_contact_line() -> None:
    result = banmian.parse(page(["青石镇举办春季招聘会"], body(*MEETING), AD, ["县农业农村局部署春耕工作"], body(*FARMING)))
    assert _kinds(result)[1] == ("advertisement", "旺铺招租")
    ad = result.articles[1]
    assert [p.text for p in ad.paragraphs] == ["临江县城东路临街商铺，面积一百二十平方米，交通便利。", AD[3]]
    assert ad.provenance.lines is not None and ad.paragraphs[-1].provenance.lines is not None
    assert ad.paragraphs[-1].provenance.lines.first == ad.provenance.lines.last


def test_a_notice_giving_a_telephone_number_stays_a_notice() -> None:
    notice = [
        "关于城区部分区域临时停水的公告",
        "因供水管网改造，3月15日8:00至18:00城东片区",
        "停止供水，请用户提前做好储水准备。",
        "咨询电话：0571-12345678",
        "临江县自来水公司",
        "2024年3月12日",
    ]
    result = banmian.parse(page(notice))
    assert [a.kind for a in result.articles] == [ArticleKind.NOTICE]


def test_prose_naming_times_and_temperatures_is_no_listing() -> None:
    text = (
        "记者从县气象台获悉，受冷空气影响，本周我县气温明显下降，最低气温2℃，最高气温9℃。",
        "县气象台提醒，3月15日8:00至18:00有中到大雨，市民出行请注意安全。",
    )
    result = banmian.parse(page(["冷空气来袭 气温下降"], body(*text)))
    assert [a.kind for a in result.articles] == [ArticleKind.ARTICLE]


def test_plain_text_leaves_listings_and_advertisements_out_and_markdown_names_them() -> None:
    result = banmian.parse(page(["青石镇举办春季招聘会"], body(*MEETING), WEATHER, AD))
    text = page_to_text(result)
    assert "8℃～17℃" not in text and "旺铺招租" not in text and MEETING[1] in text
    markdown = page_to_markdown(result)
    assert "## 临江天气预报\n\n*(listing)*" in markdown and "## 旺铺招租\n\n*(advertisement)*" in markdown


def test_a_contents_box_under_the_masthead_is_a_listing() -> None:
    contents = ["今日导读", "青石镇举办春季招聘会 ……2版", "县农业农村局部署春耕工作 ……3版"]
    result = banmian.parse(page(["临江日报", "2024年3月12日 星期二", *contents], ["县农业农村局部署春耕工作"], body(*FARMING)))
    assert _kinds(result) == [("listing", "今日导读"), ("article", "县农业农村局部署春耕工作")]
    assert [p.text for p in result.articles[0].paragraphs] == contents[1:]


def test_a_jump_note_is_no_contents_entry() -> None:
    lines = body(*MEETING)
    result = banmian.parse(page(["青石镇举办春季招聘会"], [*lines, "（下转第2版）"], ["县农业农村局部署春耕工作"], body(*FARMING)))
    assert [a.kind for a in result.articles] == [ArticleKind.ARTICLE, ArticleKind.ARTICLE]
    assert result.articles[0].continued_to == 2
