"""Two columns printed in turn inside one block (layout.alternation), and what the engine says of it.

The text is invented: two columns of a county paper's report, 13 characters a line.
"""

from __future__ import annotations

import banmian
from banmian.layout.alternation import alternating_lines
from banmian.layout.lines import build_line_infos

LEFT = [
    "本报讯（记者 林晓）连日来，青",
    "石镇组织农技人员深入田间地头，",
    "指导群众开展早稻育秧和春耕备耕",
    "工作。在东湖村，种粮大户何大勇",
    "正忙着平整秧田。他告诉记者，今",
    "年他流转了五百亩土地，全部种植",
    "优质早稻，有了农技员的指导，心",
    "里更有底了。据了解，今年全镇计",
    "划种植早稻三万亩，目前已备足种",
    "子、化肥等农资，并组织了二十支",
]
RIGHT = [
    "农机服务队，为缺少劳力的农户提",
    "供代耕代种服务。镇农业站站长周",
    "敏介绍，镇里还建起了三个集中育",
    "秧中心，统一育秧可以节约成本，",
    "秧苗长得也更加整齐。下一步，镇",
    "里将继续做好技术服务，把新品种",
    "新技术送到农民手中，确保全年粮",
    "食生产稳中有增。在西湖村，合作",
    "社负责人何春生正带着社员们检修",
    "插秧机，准备下周开始机插秧作业",
]


def test_two_columns_printed_in_turn_alternate_and_read_in_order_do_not() -> None:
    in_turn = [line for pair in zip(LEFT, RIGHT, strict=True) for line in pair]
    assert alternating_lines(build_line_infos(in_turn)) == list(range(1, len(in_turn) + 1))
    assert alternating_lines(build_line_infos([*LEFT, *RIGHT])) == []


def test_the_engine_warns_and_doubts_the_article_holding_them() -> None:
    """The issue asks for a page-level warning and lower confidences where the order is doubtful."""
    in_turn = [line for pair in zip(LEFT, RIGHT, strict=True) for line in pair]
    other = ["县图书馆新馆开放", "", "本报讯（通讯员 周敏）日前，临江县图书", "馆新馆正式向市民开放，新馆建筑面", "积一万二千平方米，藏书六十万册。"]
    page = banmian.parse("\n".join(["春耕备耕正当时", "", *in_turn, "", *other]) + "\n")
    warnings = {w.code: w.message for w in page.warnings}
    assert "alternating_lines" in warnings and f"lines 3-{2 + len(in_turn)}" in warnings["alternating_lines"]
    doubted, library = page.articles[0], page.articles[-1]
    assert library.title is not None and library.title.text == "县图书馆新馆开放"
    assert doubted.confidence < 0.5 < library.confidence
    plain = banmian.parse("\n".join(["春耕备耕正当时", "", *LEFT, *RIGHT, "", *other]) + "\n")
    assert "alternating_lines" not in {w.code for w in plain.warnings}
