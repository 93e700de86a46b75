"""A headline goes to the body whose lead restates it, away from one sharing none of its words
(segment.restated). Invented texts."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.restated import move_restated_titles
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack
from pagetext import wrap

HARVEST = "临江县秋粮收购进度过半"
HARVEST_LEAD = "本报讯（记者 何春生）记者日前从临江县获悉，今年秋粮收购进度过半，各收购点运转有序。"
LIBRARY = "青石镇农家书屋开放"
LIBRARY_LEAD = "本报讯（记者 林晓）青石镇农家书屋日前开放，书屋藏书三千余册，村民可免费借阅。"


def _body(text: str) -> ArticlePlan:
    lines = [ln for ln in build_line_infos(wrap(text)) if not ln.blank]
    return ArticlePlan(parts=[Item(ItemKind.BODY, tuple(lines), tuple(Role.BODY for _ in lines))])


def _stack(title: str, kicker: str | None = None) -> Stack:
    units = [Unit(Role.HEADING, (ln,)) for ln in build_line_infos([kicker or "", title])]
    return Stack(units[0] if kicker else None, units[1], None, (), 0.9)


def test_a_title_its_body_does_not_restate_goes_to_the_headless_body_restating_it() -> None:
    harvest = _stack(HARVEST)
    pairs = {0: (harvest, True)}
    leftover = move_restated_titles([_body(LIBRARY_LEAD), _body(HARVEST_LEAD)], pairs, [])
    assert (list(pairs), pairs[1][0].title.text, leftover) == ([1], HARVEST, [])


def test_two_crossed_titles_trade_bodies() -> None:
    harvest, library = _stack(HARVEST), _stack(LIBRARY)
    pairs = {0: (harvest, True), 1: (library, True)}
    move_restated_titles([_body(LIBRARY_LEAD), _body(HARVEST_LEAD)], pairs, [])
    assert {k: stack.title.text for k, (stack, _) in pairs.items()} == {0: LIBRARY, 1: HARVEST}


def test_a_left_over_title_goes_to_the_body_restating_it() -> None:
    harvest = _stack(HARVEST)
    pairs: dict = {}
    leftover = move_restated_titles([_body(LIBRARY_LEAD), _body(HARVEST_LEAD)], pairs, [(harvest, 3)])
    assert (pairs[1][0] is harvest, leftover) == (True, [])


def test_a_stack_whose_kicker_its_body_restates_stays_when_no_body_restates_its_title() -> None:
    """A slogan title under a kicker its text restates: the stack stands over its own body."""
    stack = _stack("书香飘满山村", kicker="青石镇农家书屋迎来首批读者")
    pairs = {0: (stack, True)}
    move_restated_titles([_body(LIBRARY_LEAD), _body(HARVEST_LEAD)], pairs, [])
    assert pairs == {0: (stack, True)}


def test_a_title_its_body_restates_stays() -> None:
    library = _stack(LIBRARY)
    pairs = {0: (library, True)}
    move_restated_titles([_body(LIBRARY_LEAD), _body(LIBRARY_LEAD)], pairs, [])
    assert pairs == {0: (library, True)}


def test_two_titles_read_as_kicker_and_title_split_onto_the_bodies_restating_them() -> None:
    """One article's title printed over another's, read as one stack over the first's body."""
    stack = _stack(HARVEST, kicker=LIBRARY)
    pairs = {0: (stack, False)}
    move_restated_titles([_body(LIBRARY_LEAD), _body(HARVEST_LEAD)], pairs, [])
    assert {k: (s.kicker, s.title.text) for k, (s, _) in pairs.items()} == {0: (None, LIBRARY), 1: (None, HARVEST)}


def test_a_split_leaves_a_headline_set_right_over_the_other_body_in_place() -> None:
    stack, held = _stack(HARVEST, kicker=LIBRARY), _stack("县委召开全体会议部署冬季工作")
    pairs = {0: (stack, False), 1: (held, True)}
    move_restated_titles([_body(LIBRARY_LEAD), _body(HARVEST_LEAD)], pairs, [])
    assert pairs == {0: (stack, False), 1: (held, True)}


def test_a_title_printed_right_under_the_bare_title_of_the_body_restating_both_is_its_title() -> None:
    """A kicker in a block of its own ("临江县秋粮收购进度过半"), its title in the next block,
    the title left over or paired elsewhere: the body restating both takes them as one stack."""
    kicker_line, _, title_line = build_line_infos(["临江县秋粮收购进度过半", "", "各收购点运转有序"])
    upper = Stack(None, Unit(Role.HEADING, (kicker_line,)), None, (), 0.9)
    lower = Stack(None, Unit(Role.HEADING, (title_line,)), None, (), 0.9)
    pairs = {1: (upper, True)}
    leftover = move_restated_titles([_body(LIBRARY_LEAD), _body(HARVEST_LEAD)], pairs, [(lower, 0)])
    assert ((pairs[1][0].kicker.text, pairs[1][0].title.text), leftover) == (("临江县秋粮收购进度过半", "各收购点运转有序"), [])
