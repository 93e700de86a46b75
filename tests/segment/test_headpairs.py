"""The headline-pair weights of segment.headpairs: the shipped file, and files it must refuse."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from banmian.layout.lines import build_line_infos
from banmian.segment import headpairs, pairweights
from banmian.segment.headpairs import pair_cues, pair_reading
from banmian.segment.headunits import Unit
from banmian.segment.pairweights import (
    PAIR_CUES,
    SCORED_READINGS,
    SILENT_CUES,
    STACK_MODEL_FILE,
    STACK_MODEL_FORMAT,
    PairWeights,
    Reading,
    StackModelError,
    pair_weights,
)
from banmian.segment.roles import Role

# Invented body lines: they give the headline lines a column to be measured against.
BODY = [
    "　　本报讯 记者从县水利局获悉，今年汛期",
    "全县各乡镇提前排查隐患，储备抢险物资，",
    "组织应急演练，确保群众生命财产安全。",
]


def _shipped() -> dict:
    return json.loads(resources.files("banmian.segment").joinpath(STACK_MODEL_FILE).read_text(encoding="utf-8"))


def _units(first: str, second: str) -> tuple[Unit, Unit]:
    top, low = build_line_infos([first, second, *BODY])[:2]
    return Unit(Role.HEADING, (top,)), Unit(Role.HEADING, (low,))


def test_the_shipped_file_loads_with_a_weight_pair_for_every_cue() -> None:
    data = _shipped()
    assert data["format"] == STACK_MODEL_FORMAT
    assert data["readings"] == [r.value for r in SCORED_READINGS]
    assert list(data["weights"]) == list(PAIR_CUES)
    weights = pair_weights()
    assert len(weights.cues) == len(PAIR_CUES)
    assert weights == PairWeights.from_data(data)
    assert len(pair_cues(*_units("县长在防汛检查时强调", "压实责任确保安全度汛"))) == len(PAIR_CUES)


def test_silent_cues_weigh_nothing_in_the_shipped_file() -> None:
    weights = _shipped()["weights"]
    for name, reading in SILENT_CUES:
        assert weights[name][SCORED_READINGS.index(reading)] == 0.0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": STACK_MODEL_FORMAT + 1}, "format"),
        ({"readings": ["title_subtitle", "wrapped_title"]}, "readings"),
        ({"bias": [0.1]}, "bias"),
    ],
)
def test_a_file_of_another_layout_is_refused(change: dict, message: str) -> None:
    with pytest.raises(StackModelError, match=message):
        PairWeights.from_data({**_shipped(), **change})


def test_a_file_with_other_cues_is_refused_naming_them() -> None:
    data = _shipped()
    weights = dict(data["weights"])
    del weights["lead"]
    weights["invented_cue"] = [0.0, 0.0]
    with pytest.raises(StackModelError, match=r"missing \['lead'\], unknown \['invented_cue'\]"):
        PairWeights.from_data({**data, "weights": weights})
    with pytest.raises(StackModelError, match="expected an object"):
        PairWeights.from_data([])  # type: ignore[arg-type]


def test_a_missing_file_says_how_to_make_it(monkeypatch: pytest.MonkeyPatch) -> None:
    pair_weights.cache_clear()
    monkeypatch.setattr(pairweights, "STACK_MODEL_FILE", "no_such_model.json")
    try:
        with pytest.raises(StackModelError, match="train_stacks"):
            pair_weights()
    finally:
        pair_weights.cache_clear()


def test_given_weights_decide_the_reading() -> None:
    first, second = _units("全镇开展“美丽", "庭院”评选活动")
    silent = ((0.0, 0.0),) * len(PAIR_CUES)
    assert pair_reading(first, second, PairWeights((-1.0, -1.0), silent)) is Reading.KICKER_TITLE
    assert pair_reading(first, second, PairWeights((1.0, 0.5), silent)) is Reading.WRAPPED_TITLE
    assert pair_reading(first, second, PairWeights((0.5, 1.0), silent)) is Reading.TITLE_SUBTITLE


def _cue_names(first: list[str], second: str) -> set[str]:
    """The cues that hold of a first unit of the given lines over a one-line second unit."""
    infos = build_line_infos([*first, second, *BODY])
    top, low = Unit(Role.HEADING, infos[: len(first)]), Unit(Role.HEADING, (infos[len(first)],))
    return {name for name, holds in zip(PAIR_CUES, pair_cues(top, low), strict=True) if holds}


@pytest.mark.parametrize(
    ("first", "second", "cue"),
    [
        # Only a headline's last line falls short: the unit above ended, a kicker over its title.
        (["县委书记何春生在全县秋粮收购", "会上强调"], "抓实抓细收储工作", "finished_first"),
        (["全县新建改建农村公路的"], "里程达到三百二十公里", "open_end"),
        (["全县开展乡村清洁"], "等十项专项行动", "leaning_start"),
        (["全县农村公路总里程达1"], "2万公里", "figure_end"),
        (["就青岗与临江缔结友好城市十周年"], "两市举行庆祝活动", "circumstance"),
        (["何春生在西岭镇调研时"], "要求办好群众身边的实事", "circumstance"),
        (["临江市第三届文化旅游节开幕"], "林晓出席开幕式并致辞", "event_first"),
        (["临江市第三届文化旅游节开幕"], "林晓出席开幕式并致辞", "part_taken"),
        (["林晓：扎根山村"], "守望乡亲三十年（人物）", "inner_colon"),
        (["全省乒乓球锦标赛"], "临江队夺得男团冠军", "fuller_second"),
        (["全县二〇二四年度农村公路建设养护工作会议召开"], "路网通达率达到百分之百", "column_first"),
        (["擦亮临江名片"], "建好青石新村", "even_halves"),
        # A column tag closing the second half is not counted.
        (["擦亮临江名片"], "建好青石新村（乡村振兴）", "even_halves"),
        (["临江县农村公路提质改造全面完工"], "新建改建里程三百二十公里", "verb_first"),
        # A title broken at its middle character, the odd one on the first line.
        (["青石镇百亩茶园喜"], "迎丰收采摘季节", "halved"),
        (["青石镇百亩茶园"], "喜迎丰收采摘季", "halved"),
    ],
)
def test_a_cue_holds_of_the_shape_or_wording_it_names(first: list[str], second: str, cue: str) -> None:
    assert cue in _cue_names(first, second)


def test_a_first_unit_shorter_or_longer_by_two_is_no_halved_title() -> None:
    assert "halved" not in _cue_names(["青石镇茶园"], "喜迎丰收采摘季")
    assert "halved" not in _cue_names(["青石镇百亩茶园喜迎丰"], "收采摘季")


def test_a_colon_ending_the_first_unit_is_no_inner_colon() -> None:
    assert "inner_colon" not in _cue_names(["县气象台首席预报员何春生："], "今冬气温偏高")


def test_a_wrapped_unit_ending_full_is_not_finished() -> None:
    assert "finished_first" not in _cue_names(["县委书记何春生在全县秋粮", "收购工作会议上强调"], "抓实抓细收储工作")


def test_characters_not_widths_tell_a_fuller_second_line() -> None:
    """「全县开通5G」 is narrower than 「基站八万余个」 (a half-width letter and digit) but holds as many
    characters: the halves of a title broken at its middle."""
    assert "fuller_second" not in _cue_names(["全县开通5G"], "基站八万余个")


def test_a_first_line_narrower_than_its_column_is_no_column_first() -> None:
    assert "column_first" not in _cue_names(["全省乒乓球锦标赛"], "临江队夺得男团冠军")


def test_halves_of_unequal_length_are_not_even() -> None:
    assert "even_halves" not in _cue_names(["青石镇"], "新建五座村级图书室")
    # Two characters a side are too few to call parallel.
    assert "even_halves" not in _cue_names(["临江"], "青石")


def test_a_first_unit_ending_on_a_noun_is_no_verb_first() -> None:
    assert "verb_first" not in _cue_names(["青石镇新建五座村级图书室"], "方便村民就近借阅")



def test_a_bare_event_tail_is_a_few_characters_naming_only_an_events_verb() -> None:
    for second in ("论坛举行", "在县城开幕", "落幕（体育）"):
        assert headpairs.bare_event_tail(_units("全县农民运动会", second)[1]), second
    # Longer, it names its own news (a title); or it ends on no event's verb, or a dash sets it apart.
    for second in ("临江县第三届茶文化论坛举行", "青石镇茶园喜获丰收", "论坛举行了吗", "——论坛举行"):
        assert not headpairs.bare_event_tail(_units("全县农民运动会", second)[1]), second


def _flat(wrapped: float, subtitle: float) -> PairWeights:
    """Weights with the given bias and no cue weighing anything."""
    return PairWeights((wrapped, subtitle), tuple((0.0, 0.0) for _ in PAIR_CUES))


def test_two_clauses_one_line_each_lean_to_a_kicker_over_its_title() -> None:
    first, second = _units("临江县开展文明村镇评选", "村民争当文明标兵")
    assert headpairs.two_clauses(first, second)
    assert pair_reading(first, second, _flat(0.3, -1.0)) is Reading.KICKER_TITLE
    assert headpairs.pair_scores(first, second, _flat(0.3, -1.0)) == (0.3 + headpairs.TWO_CLAUSES_WRAP_ODDS, -1.0)
    # The shipped weights read the pair as one title wrapped, but for the shift.
    assert pair_weights().reading(pair_cues(first, second)) is Reading.WRAPPED_TITLE
    assert pair_reading(first, second) is Reading.KICKER_TITLE


def test_two_clauses_leave_a_subtitle_with_figures_or_odds_of_its_own_alone() -> None:
    first, second = _units("临江县开展文明村镇评选", "村民争当文明标兵")
    figures = _units("临江县开展文明村镇评选", "12个村争当文明标兵")
    assert headpairs.pair_scores(first, second, _flat(0.3, -1.0))[0] < 0.3
    assert headpairs.pair_scores(*figures, _flat(0.3, -1.0)) == (0.3, -1.0)
    # Where the weights like a title over its subtitle, the shift is left out.
    assert headpairs.pair_scores(first, second, _flat(0.3, 0.2)) == (0.3, 0.2)


def test_a_first_unit_without_a_name_opening_it_is_no_clause_of_its_own() -> None:
    first, second = _units("临江县开展文明村镇评选", "村民争当文明标兵")
    assert headpairs.two_clauses(first, second)
    assert not headpairs.two_clauses(*_units("认真开展文明村镇评选", "村民争当文明标兵"))


def test_two_units_long_together_lean_to_a_kicker_over_its_title() -> None:
    first, second = _units("山更绿水更清日子更红火的临江答卷", "青石镇村民过上好日子")
    assert headpairs.core_characters(first) + headpairs.core_characters(second) >= headpairs.LONG_JOINED_CHARS
    assert not headpairs.two_clauses(first, second)
    assert headpairs.pair_scores(first, second, _flat(0.3, -1.0)) == (0.3 + headpairs.LONG_JOINED_WRAP_ODDS, -1.0)
    # The shipped weights read the pair as one title wrapped, but for the shift.
    assert pair_weights().reading(pair_cues(first, second)) is Reading.WRAPPED_TITLE
    assert pair_reading(first, second) is Reading.KICKER_TITLE


def test_a_short_pair_or_a_column_tag_is_not_long_together() -> None:
    short = _units("青石镇新建村民广场", "群众有了好去处")
    # 18 characters and a tag of 4: the tag is no part of the headline's length.
    tagged = _units("青石镇新建村民文化广场", "群众有了好去处（乡村振兴）")
    for first, second in (short, tagged):
        assert headpairs.pair_scores(first, second, _flat(0.3, -1.0)) == (0.3, -1.0)
