"""A kicker in a block of its own over its title's block, set tight over the article's text, is
read back as one stack (segment.apartkickers). Invented texts."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.apartkickers import join_apart_kickers
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import HeadParse, Stack
from pagetext import wrap

UPPER = "临江县召开秋粮收购推进会"
LOWER = "确保颗粒归仓"
PHRASED = "抢抓晴好天气 确保颗粒归仓"
LEAD = "本报讯（记者 何春生）临江县日前召开秋粮收购推进会，要求各乡镇抢抓晴好天气，确保颗粒归仓。"
OTHER = "城南社区组织志愿者走进老旧小区，帮助居民清理楼道杂物，更换破损路灯二十余盏。"


def _page(upper: str, lower: str, lead: str) -> tuple[list, Unit, Unit]:
    """A run (upper, blank line, lower) set tight over a body, and another body after it."""
    body_lines = wrap(lead)
    infos = build_line_infos([upper, "", lower, *body_lines, "", *wrap(OTHER)])
    upper_line, lower_line = infos[0], infos[2]
    body = infos[3 : 3 + len(body_lines)]
    other = [ln for ln in infos[4 + len(body_lines) :] if not ln.blank]
    run = Item(ItemKind.HEADS, (upper_line, lower_line), (Role.HEADING, Role.HEADING))
    plans = [ArticlePlan(parts=[Item(ItemKind.BODY, tuple(lines), tuple(Role.BODY for _ in lines))]) for lines in (body, other)]
    return [run, *plans], Unit(Role.HEADING, (upper_line,)), Unit(Role.HEADING, (lower_line,))


def test_two_title_stacks_apart_over_a_body_restating_both_are_its_kicker_and_title() -> None:
    entries, upper, lower = _page(UPPER, LOWER, LEAD)
    upper_stack, lower_stack = Stack(None, upper, None, (), 0.9), Stack(None, lower, None, (), 0.9)
    parses = {id(entries[0]): HeadParse((upper_stack, lower_stack), (), 1, 2)}
    pairs = {1: (upper_stack, True), 2: (lower_stack, False)}
    leftover, taken = join_apart_kickers(entries, parses, pairs, [])
    assert [(n, stack.kicker.text, stack.title.text) for n, (stack, _) in pairs.items()] == [(1, UPPER, LOWER)]
    assert (leftover, taken) == ([], set())


def test_a_phrased_line_read_as_a_banner_under_the_upper_headline_is_its_title() -> None:
    entries, upper, lower = _page(UPPER, PHRASED, LEAD)
    upper_stack = Stack(None, upper, None, (), 0.9)
    parses = {id(entries[0]): HeadParse((upper_stack,), (lower,), 1, 1)}
    pairs = {1: (upper_stack, True)}
    _, taken = join_apart_kickers(entries, parses, pairs, [])
    assert (pairs[1][0].kicker.text, pairs[1][0].title.text) == (UPPER, PHRASED)
    assert taken == {id(lower)}


def test_two_titles_whose_own_words_the_body_does_not_restate_stay_apart() -> None:
    """Two notices of one formula (获评劳动模范): the text restates the lower one's name alone."""
    entries, upper, lower = _page("林晓获评劳动模范", "何春生获评劳动模范", "何春生日前获评临江县劳动模范，他在青石镇农技站工作了二十年。")
    upper_stack, lower_stack = Stack(None, upper, None, (), 0.9), Stack(None, lower, None, (), 0.9)
    parses = {id(entries[0]): HeadParse((upper_stack, lower_stack), (), 1, 2)}
    pairs = {1: (lower_stack, True), 2: (upper_stack, False)}
    join_apart_kickers(entries, parses, pairs, [])
    assert pairs == {1: (lower_stack, True), 2: (upper_stack, False)}
