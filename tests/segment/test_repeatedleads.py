"""Sub-headings that the paragraph under them repeats as its lead (segment.repeatedleads)."""

from __future__ import annotations

import banmian
from banmian.layout.lines import build_line_infos
from banmian.segment.repeatedleads import mark_repeated_leads
from banmian.segment.roles import Role

#: A finished paragraph of a 16-character column.
ABOVE = [
    "临江县今年新修通村公路一百二十公",
    "里，全县所有行政村都通上了硬化路",
    "面，沿途村民出门时间平均缩短了一",
    "半。",
]


def roles_after(rows: list[str], above: list[str] = ABOVE) -> list[Role]:
    """Roles of ``rows`` under ``above``, every line text before the rule."""
    lines = build_line_infos([*above, *rows])
    roles = [Role.BLANK if line.blank else Role.BODY for line in lines]
    mark_repeated_leads(lines, roles)
    return roles[len(above) :]


def test_a_line_that_the_paragraph_under_it_repeats_is_a_heading() -> None:
    rows = ["副县长何春生在会上表示", "副县长何春生在会上表示，今年", "全县还将新修公路八十公里。"]
    assert roles_after(rows) == [Role.HEADING, Role.BODY, Role.BODY]


def test_the_repeat_may_wrap_and_the_heading_may_have_been_read_as_two_headline_lines() -> None:
    # 「……何春生在」/「会上表示，……」: the repeat broken across the column's lines.
    rows = ["副县长何春生在会上表示", "副县长何春生在", "会上表示，今年全县还将新修公", "路八十公里。"]
    assert roles_after(rows) == [Role.HEADING, Role.BODY, Role.BODY, Role.BODY]
    lines = build_line_infos([*ABOVE, *rows])
    roles = [Role.BODY] * len(ABOVE) + [Role.HEADING, Role.HEADING, Role.BODY, Role.BODY]
    mark_repeated_leads(lines, roles)
    assert roles[len(ABOVE) :] == [Role.HEADING, Role.BODY, Role.BODY, Role.BODY]


def test_headline_lines_read_on_past_the_repeat_are_its_paragraphs_until_a_sentence_ends() -> None:
    rows = ["在青石镇的茶园里", "在青石镇的茶园里，茶农", "们正忙着采摘头茬春茶。", "青石镇春茶开采"]
    lines = build_line_infos([*ABOVE, *rows, "今年全镇茶园面积又扩大了两千亩。"])
    roles = [Role.BODY] * len(ABOVE) + [Role.HEADING] * 4 + [Role.BODY]
    mark_repeated_leads(lines, roles)
    assert roles[len(ABOVE) : len(ABOVE) + 4] == [Role.HEADING, Role.BODY, Role.BODY, Role.HEADING]


def test_a_heading_wrapped_over_two_lines_is_found_whole() -> None:
    rows = ["青石镇党委书记、镇长", "林晓表示", "青石镇党委书记、镇长林晓表示，", "茶园今年又扩大了两千亩。"]
    assert roles_after(rows) == [Role.HEADING, Role.HEADING, Role.BODY, Role.BODY]


def test_a_repeat_that_goes_on_without_a_clause_mark_is_left() -> None:
    # A date over the page's dateline: 「2024年3月12日」/「2024年3月12日星期二」.
    assert roles_after(["2024年3月12日", "2024年3月12日星期二"]) == [Role.BODY, Role.BODY]


def test_a_line_under_an_unfinished_sentence_is_left() -> None:
    above = [*ABOVE[:3], "半，农产品运输成本明显下降，何春生"]
    rows = ["副县长何春生在会上表示", "副县长何春生在会上表示，今年", "全县还将新修公路八十公里。"]
    assert roles_after(rows, above) == [Role.BODY, Role.BODY, Role.BODY]


def test_a_short_or_finished_line_and_a_repeat_broken_after_a_date_are_left() -> None:
    assert roles_after(["何春生", "何春生，今年全县还将新修公路八", "十公里。"])[0] is Role.BODY
    assert roles_after(["全县公路都通了。", "全县公路都通了。今年全县还将", "新修公路八十公里。"])[0] is Role.BODY
    # A date alone on a line closes a notice: the repeat is not read through it.
    assert roles_after(["2019年3月12日夜", "2019年3月12日", "夜，青石镇下起了大雨，林晓"]) == [Role.BODY] * 3


#: An article's text down to a section's end, in a column of 17 characters.
ROAD_ARTICLE = [
    "临江县通村公路全部硬化",
    "本报讯（记者 周敏）临江县今年新修",
    "通村公路一百二十公里，全县所有行政",
    "村都通上了硬化路面，沿途村民出门时",
    "间平均缩短了一半，农产品运输成本明",
    "显下降，茶叶、山货卖得更远了。",
    "全县各乡镇今年还组织养护队伍，对",
    "新修公路逐段养护，确保路面完好、排",
    "水畅通、标志齐全。",
]


def section_of(rows: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """The article's sub-headings and its paragraphs, ``rows`` (a section) under its text."""
    article = banmian.parse("\n".join([*ROAD_ARTICLE, *rows])).articles[0]
    return article.subheadings, [p.text for p in article.paragraphs]


def test_the_page_gives_a_speakers_heading_and_its_paragraph_once_each() -> None:
    # Without the rule the heading ran into its repeat: 「……何春生表示县交通运输局局长……」.
    rows = ["县交通运输局局长何春生表示", "县交通运输局局长何春生表", "示，明年全县还将新修公路八十公里。"]
    subheadings, paragraphs = section_of(rows)
    assert subheadings == ("县交通运输局局长何春生表示",)
    assert paragraphs[-2:] == ["县交通运输局局长何春生表示", "县交通运输局局长何春生表示，明年全县还将新修公路八十公里。"]


def test_the_page_gives_a_dates_heading_and_its_paragraph_once_each() -> None:
    rows = ["2023年4月", "2023年4月，青石镇第一条通村公路", "建成通车，全镇从此告别了泥巴路。"]
    subheadings, paragraphs = section_of(rows)
    assert subheadings == ("2023年4月",)
    assert paragraphs[-2:] == ["2023年4月", "2023年4月，青石镇第一条通村公路建成通车，全镇从此告别了泥巴路。"]


def test_the_page_keeps_a_dashed_items_heading_in_its_article() -> None:
    """「——……」 over the item that repeats it: the article's sub-heading, not a kicker cutting it."""
    rows = ["——办好家门口的学校", "——办好家门口的学校，今年新建改建", "中小学六所，新增学位三千个。"]
    subheadings, paragraphs = section_of(rows)
    assert subheadings == ("——办好家门口的学校",)
    assert paragraphs[-2:] == ["——办好家门口的学校", "——办好家门口的学校，今年新建改建中小学六所，新增学位三千个。"]


def test_the_first_section_under_a_lead_in_and_a_repeat_read_as_a_caption() -> None:
    """A lead-in's colon announces the sections under it (「……做法有三条：」), and the first one's
    heading stands right under it; the repeat's short first line may have been read as a caption."""
    def section_roles(last_line_above: str) -> list[Role]:
        above = [*ABOVE[:-1], last_line_above]
        lines = build_line_infos([*above, "第一条是村村通公交车", "第一条是村村通公交", "车，今年全县新开公交线路十二条。"])
        roles = [Role.BODY] * len(above) + [Role.BODY, Role.CAPTION, Role.BODY]
        mark_repeated_leads(lines, roles)
        return roles[len(above) :]

    assert section_roles("半。县交通局的做法有三条：") == [Role.HEADING, Role.BODY, Role.BODY]
    # Under a clause that goes on (a comma), no heading starts.
    assert section_roles("半。县交通局今年的做法，") == [Role.BODY, Role.CAPTION, Role.BODY]
