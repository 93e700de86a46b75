"""Pieces paired by segment.stitch, on plans built from lines."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stitch import stitch
from pagetext import wrap

#: A column that ends with its sentence at the column's foot, and a column opening mid-paragraph.
CLOSED = "临江县今年新建的三座口袋公园日前向市民开放，园里种植了桂花、银杏等多种树木。"
OPENING_MID = "公园管理处负责人林晓介绍，口袋公园占地不大，却能让市民在家门口休闲健身。"
#: A column that stops mid-sentence, full to its foot.
OPEN = "青石镇第三届农民丰收节昨天开幕，来自各村的农民带来了自家种植的稻米和柑橘，"


def _plans(*columns: list[str]) -> list[ArticlePlan]:
    """One plan per column, the columns printed one under another with a blank line between."""
    texts: list[str] = []
    spans = []
    for column in columns:
        spans.append((len(texts), len(texts) + len(column)))
        texts.extend([*column, ""])
    lines = build_line_infos(texts)
    return [
        ArticlePlan(parts=[Item(ItemKind.BODY, tuple(lines[a:b]), tuple(Role.BODY for _ in range(a, b)))])
        for a, b in spans
    ]


def _column_opening_mid() -> list[str]:
    return wrap(OPENING_MID, indent=0)


def test_fixture_columns_end_and_start_as_meant():
    closed, opening = wrap(CLOSED), _column_opening_mid()
    assert closed[-1].endswith("。") and len(closed[-1]) >= 13
    assert len(opening[0]) == 13 and not opening[0].endswith("。")
    assert len(wrap(OPEN)[-1]) == 13


def test_a_column_opening_mid_paragraph_that_no_open_end_takes_is_marked_unjoined():
    entries = stitch(_plans(wrap(CLOSED), _column_opening_mid()), split_blocks=False)
    assert [plan.unjoined for plan in entries] == [False, True]


def test_a_column_opening_mid_paragraph_after_an_open_end_is_joined_to_it():
    entries = stitch(_plans(wrap(OPEN), _column_opening_mid()), split_blocks=False)
    assert len(entries) == 1
    assert not entries[0].unjoined


def test_a_headline_read_as_body_over_a_byline_opens_its_article_and_is_not_unjoined():
    """Two full heading lines taken for body text, then the byline: the piece starts like a column
    going on, but a column goes on with no byline."""
    heading = ["青石镇举办第三届农民丰收节", "村民展示自家种植的稻米柑橘"]
    piece = [*heading, "本报讯（记者 林晓）青石镇第", "三届农民丰收节昨天开幕。"]
    entries = stitch(_plans(wrap(CLOSED), piece), split_blocks=False)
    assert [plan.unjoined for plan in entries] == [False, False]
