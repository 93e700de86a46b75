"""Titles of a slogan banner's shape (segment.bannertitles). Invented texts, in pdftotext's blocks."""

from __future__ import annotations

import banmian
from pagetext import body, page

RIVER = body(
    "本报讯（记者 林晓）县水利局日前启动青石河河道整治工程，计划年内完成清淤和护岸建设。",
    "工程完工后，沿河三个村的防洪标准将明显提高。",
)
ROADS = body(
    "今年以来，江北县把乡村公路建设列为民生实事，新修和改造农村公路一百二十公里。",
    "县交通局有关负责人介绍，明年还将实施一批通村道路提档升级工程，方便群众出行。",
)
VISIT = body(
    "本报讯（记者 何春生）县委书记林晓昨天到青石镇调研乡村振兴工作。他强调，要把产业发展作为乡村振兴的重中之重，"
    "因地制宜种好茶叶和蔬菜。",
    "林晓先后考察了镇上的茶叶基地和蔬菜合作社，详细了解产业带动农民增收的情况。",
)


def headlines(text: str) -> tuple[list[str], list[tuple[str | None, str | None]]]:
    parsed = banmian.parse(text)
    stacks = [(a.kicker.text if a.kicker else None, a.title.text if a.title else None) for a in parsed.articles]
    return [b.text for b in parsed.banners], stacks


def test_a_two_phrase_line_right_over_a_headless_body_is_its_title() -> None:
    banners, stacks = headlines(
        page(["奋进新时代 砥砺再出发 共建美好家园"], ["县水利局推进河道整治"], RIVER, ["修好乡村公路 方便群众出行"], ROADS)
    )
    assert banners == ["奋进新时代 砥砺再出发 共建美好家园"]
    assert stacks == [(None, "县水利局推进河道整治"), (None, "修好乡村公路 方便群众出行")]


def test_a_two_phrase_banner_over_a_stray_piece_of_text_stays_a_banner() -> None:
    """A few words of a column cut off their article (「……专家学者与会。」) are no article for the banner
    over them to title: they are text the page could not place (segment.build._fragment)."""
    text = page(["修好乡村公路 方便群众出行"], ["专家学者与会。"], ["县水利局推进河道整治"], RIVER)
    banners, stacks = headlines(text)
    assert banners == ["修好乡村公路 方便群众出行"]
    assert stacks == [(None, "县水利局推进河道整治")]
    assert [item.text for item in banmian.parse(text).unplaced] == ["专家学者与会。"]


def test_a_banner_of_three_slogans_over_a_headless_body_stays_a_banner() -> None:
    banners, stacks = headlines(page(["县水利局推进河道整治"], RIVER, ["奋进新时代 砥砺再出发 共建美好家园"], ROADS))
    assert banners == ["奋进新时代 砥砺再出发 共建美好家园"]
    assert stacks == [(None, "县水利局推进河道整治"), (None, None)]


def test_what_a_headline_ending_on_a_verb_of_speech_introduces_is_the_title() -> None:
    banners, stacks = headlines(
        page(["县水利局推进河道整治"], RIVER, ["林晓在青石镇调研时强调", "抓好特色产业 带动农民增收 推进乡村全面振兴"], VISIT)
    )
    assert banners == []
    assert stacks[1] == ("林晓在青石镇调研时强调", "抓好特色产业 带动农民增收 推进乡村全面振兴")


def test_a_two_phrase_line_right_over_a_subtitle_is_its_title() -> None:
    """No slogan carries a subtitle: the line over 「——……侧记」 heading an article is its title."""
    banners, stacks = headlines(
        page(["县水利局推进河道整治"], RIVER, ["修好乡村公路 方便群众出行", "——江北县农村公路建设侧记"], ROADS)
    )
    assert banners == []
    assert stacks == [(None, "县水利局推进河道整治"), (None, "修好乡村公路 方便群众出行")]


def test_a_banner_under_the_page_header_is_no_title_of_the_text_above_the_header() -> None:
    """On a page read body first, a two-phrase line right under a headless text is its title; not
    when the page header stands between them: the banner tops the page's next part, and the text
    above ends on its own title read as text (segment.titlesastext)."""
    roads = body(
        "本报讯（记者 周敏）今年以来，江北县把乡村公路建设列为民生实事，新修和改造农村公路一百二十公里。",
        "县交通局有关负责人介绍，明年还将实施一批通村道路提档升级工程，方便群众出行。",
    )
    header = "责任编辑：何春生 青石日报 2024年3月1日 星期五 综合新闻 2"
    rows = [*RIVER, "县水利局推进河道整治", *roads, "江北县乡村公路提档升级", header, "修好乡村公路 方便群众出行"]
    banners, stacks = headlines("\n".join(rows) + "\n")
    assert banners == ["修好乡村公路 方便群众出行"]
    assert stacks == [(None, "县水利局推进河道整治"), (None, "江北县乡村公路提档升级")]


def test_a_slogan_shaped_line_over_a_title_is_its_kicker_when_the_text_takes_up_its_words() -> None:
    tea = body(
        "本报讯（记者 周敏）青石镇今年新植茶苗三千亩，修通茶路十二公里，新建的茶厂上月投产。",
        "镇长何春生说，植茶苗、修茶路、建茶厂，为的是让茶农的收入年年有增长。",
    )
    banners, stacks = headlines(page(["县水利局推进河道整治"], RIVER, ["植茶苗 修茶路 建茶厂", "青石镇茶产业带动农民增收"], tea))
    assert banners == []
    assert stacks[1] == ("植茶苗 修茶路 建茶厂", "青石镇茶产业带动农民增收")
    # Over a text that does not take up its words, the same line is a slogan banner.
    banners, stacks = headlines(page(["县水利局推进河道整治"], RIVER, ["植茶苗 修茶路 建茶厂", "江北县乡村公路提档升级"], ROADS))
    assert banners == ["植茶苗 修茶路 建茶厂"]
    assert stacks[1] == (None, "江北县乡村公路提档升级")
