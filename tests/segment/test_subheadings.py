"""Sub-headings (segment.subheadings): the shape rules, on heading items built from lines."""

from __future__ import annotations

import banmian
from banmian.layout.lines import build_line_infos
from banmian.segment.items import Item, ItemKind
from banmian.segment.roles import Role
from banmian.segment.subheadings import LEARNED_SUBHEADING_MAX_LINES, SUBHEADING_MAX_LINES, _subheading_shaped
from pagetext import body
from pagetext import page as page_text

# A 13-em column of text around the heading lines, so that their column width is measured.
TEXT = body(
    "今年以来，临江县把农村公路建设作为民生实事来抓，新修和改造了一批通村公路，群众出行更加方便。",
    "走进白沙乡的山村，一条条平整的水泥路通到家门口，村民何春生开着三轮车把自家的橘子运到镇上。",
)
# Two sub-headings stacked, each wrapped over two lines of the column.
STACKED = ["农村公路越修越好群众出行", "更加方便", "特色产业走出大山橘子卖", "到了镇上"]


def _heads(texts: list[str]) -> Item:
    lines = build_line_infos([*TEXT[:6], *texts, *TEXT[6:]])
    heads = tuple(lines[6 : 6 + len(texts)])
    return Item(ItemKind.HEADS, heads, (Role.HEADING,) * len(heads))


def test_four_sub_heading_lines_need_the_classifier_to_be_sure():
    assert SUBHEADING_MAX_LINES < len(STACKED) <= LEARNED_SUBHEADING_MAX_LINES
    item = _heads(STACKED)
    assert not _subheading_shaped(item)  # by the width rules alone, four lines make a title
    assert _subheading_shaped(item, learned_sure=True)


def test_more_lines_than_two_wrapped_sub_headings_are_a_title_even_when_sure():
    item = _heads([*STACKED, "山乡面貌焕然一新", "群众笑开颜"])
    assert len(item.lines) > LEARNED_SUBHEADING_MAX_LINES
    assert not _subheading_shaped(item, learned_sure=True)


def test_a_heading_that_reports_an_event_between_two_bodies_is_a_title_not_a_sub_heading():
    """Same column, short line, finished text above: only the wording tells 「……音乐会举办」 (an
    event: the next article's title) from 「特色产业见实效」 (a part of the article's matter)."""
    first, second = TEXT[:4], TEXT[4:]  # the first paragraph, the second
    for heading, subheadings in (("特色产业见实效", ("特色产业见实效",)), ("县迎春音乐会举办", ())):
        page = banmian.parse(page_text(["山村公路通到家门口"], first, [heading], second))
        assert page.articles[0].subheadings == subheadings
        assert len(page.articles) == (1 if subheadings else 2)



def test_a_sub_heading_may_set_two_phrases_side_by_side():
    """「…… ……」 wrapped in the column: two phrases name a part of the article's matter as one
    does; three make a banner."""
    assert _subheading_shaped(_heads(["修好乡村公路 方便群众安全", "出行"]))
    assert not _subheading_shaped(_heads(["修好公路 方便出行 造福群众", "百姓"]))
