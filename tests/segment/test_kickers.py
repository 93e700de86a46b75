"""segment.kickers: units that can be no kicker open the title."""

from __future__ import annotations

from unittest.mock import patch

from headline_units import units

from banmian.segment import kickers, unitshapes
from banmian.segment.headunits import Unit, is_banner_shaped
from banmian.segment.pairweights import Reading


def _as_kicker_and_title(first: Unit, second: Unit) -> Reading:
    return Reading.KICKER_TITLE


def test_a_unit_holding_a_colon_is_no_kicker() -> None:
    """「林晓：扎根山村」 sets the title's subject before its words: a title's first half, even where
    the pair weights read the two as a kicker over its title."""
    first, second = units(["林晓：扎根山村", "守护青石镇绿水青山（人物）"])
    assert unitshapes.no_kicker(first, second)
    with patch.object(kickers, "pair_reading", _as_kicker_and_title):
        kicker, title, _ = kickers.group_fields([first, second], subtitle_free=True)
    assert kicker is None
    assert title.text.startswith("林晓：扎根山村")


def test_a_short_phrase_over_a_tagged_title_opens_that_title() -> None:
    """「青石」/「茶香飘四方（乡村观察）」: two characters over a title closed by its column tag are
    the title's first phrase, printed on a line of its own."""
    first, second = units(["青石", "茶香飘四方（乡村观察）"])
    assert unitshapes.no_kicker(first, second)
    with patch.object(kickers, "pair_reading", _as_kicker_and_title):
        kicker, title, subtitle = kickers.group_fields([first, second], subtitle_free=True)
    assert kicker is None
    assert title.text == "青石茶香飘四方（乡村观察）"
    assert subtitle is None


def test_a_short_line_over_an_untagged_title_may_stay_a_kicker() -> None:
    """Over a title without a column tag two characters are as often the page's section label."""
    first, second = units(["要闻", "临江县召开秋粮收购推进会"])
    assert not unitshapes.no_kicker(first, second)
    with patch.object(kickers, "pair_reading", _as_kicker_and_title):
        kicker, title, _ = kickers.group_fields([first, second], subtitle_free=True)
    assert kicker is not None and kicker.text == "要闻"
    assert title.text == "临江县召开秋粮收购推进会"


def test_a_divided_stack_gives_no_kicker_a_colon() -> None:
    """Three units whose breaks the weights read as a kicker's end and a wrap: the colon keeps the
    first unit out of the kicker, so the title opens with it."""
    members = units(["林晓：扎根山村", "守护青石镇", "绿水青山（人物）"])
    breaks = {"林晓：扎根山村": (-3.0, -3.0), "守护青石镇": (3.0, -3.0)}
    with patch.object(kickers, "_break_odds", lambda first, second: breaks[first.text]):
        kicker, title, subtitle = kickers._divide(members, subtitle_free=True)
    assert kicker is None
    assert title.text.startswith("林晓：扎根山村")


def _fields_against_kicker_weights(first: Unit, second: Unit, subtitle_free: bool = True) -> tuple[str | None, ...]:
    """Kicker, title and subtitle texts of two units where the pair weights read kicker + title."""
    with patch.object(kickers, "pair_reading", _as_kicker_and_title):
        fields = kickers.group_fields([first, second], subtitle_free=subtitle_free)
    return tuple(unit.text if unit is not None else None for unit in fields)


def test_a_unit_going_on_with_the_persons_deeds_is_the_subtitle() -> None:
    """「林晓出席……论坛」 over 「开始……考察」: the lower unit opens on a verb and has no subject of its
    own, so it tells what the same person did next: the title's subtitle, not a title under a
    kicker, even where the pair weights read a kicker."""
    first, second = units(["林晓出席青石镇茶文化论坛", "开始对青石镇进行考察"])
    assert unitshapes.subject_goes_on(first, second)
    assert _fields_against_kicker_weights(first, second) == (None, "林晓出席青石镇茶文化论坛", "开始对青石镇进行考察")
    # With a dashed subtitle in the stack, no plain one is read.
    kicker, _, subtitle = _fields_against_kicker_weights(first, second, subtitle_free=False)
    assert kicker is not None and subtitle is None


def test_a_unit_going_on_to_its_figures_is_the_subtitle() -> None:
    """「临江县秋粮收购进度加快」 over 「全县已收购新粮3.2万吨」: the lower unit carries the news's
    figures, a subtitle's matter, even where the pair weights read a kicker."""
    first, second = units(["临江县秋粮收购进度加快", "全县已收购新粮3.2万吨"])
    assert unitshapes.quantity_below(first, second)
    assert _fields_against_kicker_weights(first, second) == (None, "临江县秋粮收购进度加快", "全县已收购新粮3.2万吨")


def test_a_unit_ending_on_a_count_is_no_kicker() -> None:
    """「……开设首个」 needs the noun on the line below (「“读书角”」): the title goes on. An
    ordinal (「……第四位」) ends a phrase."""
    first, second = units(["临江县图书馆开设首个", "“读书角”"])
    assert unitshapes.no_kicker(first, second)
    with patch.object(kickers, "pair_reading", _as_kicker_and_title):
        kicker, title, _ = kickers.group_fields([first, second], subtitle_free=True)
    assert kicker is None and title.text == "临江县图书馆开设首个“读书角”"
    assert not unitshapes.no_kicker(*units(["临江县营商环境排名升至第四位", "青石镇企业数量翻番"]))


def test_no_title_holds_a_dash_before_its_last_unit() -> None:
    """A unit ending in a dash leads into what follows it: where the weights would wrap all three
    units into one title, the dash ends the kicker instead."""
    members = units(["临江县青石镇发布调查报告", "茶农收入连年增长——", "“今年又是丰收年”"])
    breaks = {"临江县青石镇发布调查报告": (3.0, -3.0), "茶农收入连年增长——": (3.0, -3.0)}
    with patch.object(kickers, "_break_odds", lambda first, second: breaks[first.text]):
        kicker, title, subtitle = kickers._divide(members, subtitle_free=True)
    assert kicker is not None and kicker.text == "临江县青石镇发布调查报告茶农收入连年增长——"
    assert title.text == "“今年又是丰收年”"
    assert subtitle is None


def test_a_unit_of_closed_clauses_is_a_kicker_not_a_wrapped_line() -> None:
    """「抓好秋收、抓紧秋种」 is complete: over 「青石镇全力保障粮食安全」 it is a kicker even where
    the weights read one title wrapped. A comma a few characters before the break is inside a
    wrapped title's last clause (「这些说法，你」/「听过吗」)."""
    first, second = units(["抓好秋收、抓紧秋种", "青石镇全力保障粮食安全"])
    assert unitshapes.clauses_closed(first)
    wrapping = lambda a, b: Reading.WRAPPED_TITLE  # noqa: E731 - a stand-in for the weights
    with patch.object(kickers, "pair_reading", wrapping):
        kicker, title, _ = kickers.group_fields([first, second], subtitle_free=True)
    assert kicker is not None and kicker.text == "抓好秋收、抓紧秋种"
    assert title.text == "青石镇全力保障粮食安全"
    assert not unitshapes.clauses_closed(units(["这些说法，你"])[0])
    assert not unitshapes.clauses_closed(units(["“抓好秋收、抓紧秋种"])[0])
    assert not unitshapes.clauses_closed(units(["青石镇全力保障粮食安全"])[0])


def _as_wrapped_title(first: Unit, second: Unit) -> Reading:
    return Reading.WRAPPED_TITLE


def test_two_phrases_over_a_tagged_stub_are_one_wrapped_title() -> None:
    """「茶山」 and its column tag are too little for a title under a kicker: the phrased line over
    them is the title's first line, not a kicker kept for its banner shape."""
    first, second = units(["青石镇茶园 荒坡变", "茶山（乡村新貌）"])
    assert is_banner_shaped(first)
    with patch.object(kickers, "pair_reading", _as_wrapped_title):
        kicker, title, _ = kickers.group_fields([first, second], subtitle_free=True)
    assert kicker is None
    assert title.text.replace(" ", "") == "青石镇茶园荒坡变茶山（乡村新貌）"


def test_a_slogan_over_a_full_tagged_title_stays_apart() -> None:
    """A title of its own under the tag is no stub: the phrased line over it stays a kicker, which
    the page plan may still read as a slogan banner."""
    first, second = units(["绿水青山 美丽临江", "青石镇茶农喜获丰收（乡村新貌）"])
    with patch.object(kickers, "pair_reading", _as_wrapped_title):
        kicker, title, _ = kickers.group_fields([first, second], subtitle_free=True)
    assert kicker is not None and kicker.text.replace(" ", "") == "绿水青山美丽临江"
    assert title.text == "青石镇茶农喜获丰收（乡村新貌）"


def test_a_tagged_title_over_a_headline_is_its_title_and_the_headline_its_subtitle() -> None:
    """Kept in one stack without a dashed subtitle, the unit under a title closed by its column tag
    is that title's subtitle: the tag ends the title, so no kicker stands over it and no wrap goes
    on from it. A tagged stub (「茶山（乡村新貌）」) is too short to be a whole title: the pair weights
    read it."""
    title, below = units(["青石镇茶园的新变化（乡村观察）", "临江县新建农村公路三百公里"])
    fields = kickers.group_fields([title, below], subtitle_free=True)
    assert [u.text if u is not None else None for u in fields] == [None, title.text, below.text]
    stub, below = units(["茶山（乡村新貌）", "临江县新建农村公路三百公里"])
    fields = kickers.group_fields([stub, below], subtitle_free=True)
    assert [u.text if u is not None else None for u in fields] != [None, stub.text, below.text]


def test_a_divided_stack_wraps_its_title_onto_a_bare_event_tail() -> None:
    """Three units (「“临江茶文化·」/「青石镇摄影展”」/「在县城开幕」): the last names only the event's verb,
    so it ends the title above it and is no title under a kicker."""
    members = units(["“临江茶文化·", "青石镇摄影展”", "在县城开幕"])
    kicker, title, subtitle = kickers._divide(members, subtitle_free=True)
    assert (kicker, title.text, subtitle) == (None, "“临江茶文化·青石镇摄影展”在县城开幕", None)


def test_a_pair_over_a_bare_event_tail_is_one_title_whatever_the_weights() -> None:
    """A unit of a few characters naming only an event's verb (「论坛举行」) is no title under a
    kicker, even where the pair weights read the two so."""
    first, second = units(["临江县第三届茶文化", "论坛举行"])
    with patch.object(kickers, "pair_reading", _as_kicker_and_title):
        kicker, title, subtitle = kickers.group_fields([first, second], subtitle_free=True)
    assert (kicker, title.text, subtitle) == (None, "临江县第三届茶文化论坛举行", None)
    first, second = units(["临江县第三届茶文化", "论坛在临江县城隆重举行"])
    with patch.object(kickers, "pair_reading", _as_kicker_and_title):
        kicker, title, _ = kickers.group_fields([first, second], subtitle_free=True)
    assert (kicker.text, title.text) == ("临江县第三届茶文化", "论坛在临江县城隆重举行")
