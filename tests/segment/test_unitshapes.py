"""segment.unitshapes: what two headline units' shapes and words say of how they divide."""

from __future__ import annotations

import pytest
from headline_units import BODY, units

from banmian.layout.lines import build_line_infos
from banmian.segment import unitshapes
from banmian.segment.headunits import Unit
from banmian.segment.roles import Role


def test_a_colon_ending_the_unit_still_leads_into_the_title() -> None:
    first, second = units(["临江县气象台首席预报员：", "今冬气温偏高"])
    assert not unitshapes.no_kicker(first, second)


@pytest.mark.parametrize(
    "rows",
    [
        ["乡", "茶香飘四方（乡村观察）"],  # a single character: a wrapped line's tail
        ["春风（何春生）", "读书使人明理（书香）"],  # tagged itself: no title's first phrase
    ],
)
def test_a_lone_character_or_a_tagged_short_unit_tells_nothing(rows: list[str]) -> None:
    assert not unitshapes.no_kicker(*units(rows))


@pytest.mark.parametrize(
    "rows",
    [
        ["林晓强调发展茶产业", "推动茶业升级"],  # 「林晓强调……」 reports the words under it: a kicker
        ["林晓出席青石镇茶文化论坛", "推动茶业升级（青石观察）"],  # closed by its column tag: a title
    ],
)
def test_a_unit_reporting_words_or_a_tagged_title_is_no_subtitle(rows: list[str]) -> None:
    assert not unitshapes.subject_goes_on(*units(rows))


def test_a_unit_opening_on_its_count_is_a_title() -> None:
    """「30个……」 opens a title on its count; an upper unit with figures of its own, or one leading
    into its title, leaves the reading to the weights."""
    assert not unitshapes.quantity_below(*units(["临江县青石镇茶叶丰收", "3个村茶叶产量翻番"]))
    assert not unitshapes.quantity_below(*units(["今年前三季度新增就业8000人", "全县就业形势稳中向好2项指标"]))
    assert not unitshapes.quantity_below(*units(["今年以来——", "全县新增就业8000人"]))


def test_figures_a_blank_line_sets_apart_are_another_headline() -> None:
    """Two articles' headlines printed in a row stand in blocks of their own; a subtitle stands in
    its title's block."""
    infos = build_line_infos(["临江县秋粮收购进度加快", "", "全县已收购新粮3.2万吨", *BODY])
    first, second = Unit(Role.HEADING, (infos[0],)), Unit(Role.HEADING, (infos[2],))
    assert not unitshapes.quantity_below(first, second)


@pytest.mark.parametrize(
    ("row", "closes"),
    [
        ("青石镇茶园的新变化（乡村观察）", True),
        # A picture agency's name after a credit's closing word: a credit, no title.
        ("林晓 何春生摄影报道（青石视觉）", False),
        ("何春生摄（青石视觉）", False),
        # A tag alone credits a photo.
        ("（林晓摄）", False),
        # 报道 alone may end a series' title.
        ("青石镇茶产业系列报道（上）", True),
    ],
)
def test_a_column_tag_closes_a_title_but_not_after_a_credit_word(row: str, closes: bool) -> None:
    assert unitshapes.closes_title(units([row])[0]) is closes
