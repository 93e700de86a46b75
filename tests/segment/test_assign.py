"""Which headline belongs to which body (segment.assign), on plans built from lines."""

from __future__ import annotations

from types import SimpleNamespace

import banmian
from banmian.layout.lines import build_line_infos
from banmian.segment.assign import _plan_position, _slogan_title
from banmian.segment.attach import _title_briefs, attach
from banmian.segment.headfits import Fits
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack
from pagetext import body

BRIEF_TITLE = "城西小学举办秋季运动会"
BRIEF = ("城西小学日前举办秋季运动会，全校八百余", "名师生参加了跳绳和拔河等比赛。（何春生）")
STORY = ("居民林晓说，过去一下雨路面就积水，如今", "出门再也不用绕道走了。")


def _entries(body_lines: tuple[str, ...]) -> tuple[list, Stack]:
    head, *lines = build_line_infos([BRIEF_TITLE, *body_lines])
    run = Item(ItemKind.HEADS, (head,), (Role.HEADING,))
    plan = ArticlePlan(parts=[Item(ItemKind.BODY, tuple(lines), tuple(Role.BODY for _ in lines))])
    return [run, plan], Stack(None, Unit(Role.HEADING, (head,)), None, (), 1.0)


def test_a_brief_takes_the_left_over_headline_right_above_it():
    entries, stack = _entries(BRIEF)
    pairs: dict = {}
    extras = [(stack, 0)]
    _title_briefs(entries, pairs, extras)
    assert pairs == {1: (stack, True)}
    assert extras == []


def test_a_body_that_is_no_brief_is_left_to_the_page_wide_pairing():
    entries, stack = _entries(STORY)
    pairs: dict = {}
    extras = [(stack, 0)]
    _title_briefs(entries, pairs, extras)
    assert pairs == {}
    assert extras == [(stack, 0)]


def test_a_byline_over_a_body_drawn_before_its_title_stays_with_that_body() -> None:
    """pdfium, body first: the byline, the text, then the title under it. The byline is no
    headline of its own: it goes with the text right below it, which the title after it heads."""
    park = body("县里新建的城东公园昨天向市民开放。公园占地二百亩，设有健身步道、儿童乐园和一片湿地。", "公园全天免费开放。", column=12)
    rice = body("本报讯（记者 林晓）青石镇今年种植的三千亩早稻日前开镰收割。", "镇农技站的技术人员在田间指导农户抢晴收割。", column=12)
    rows = ["本报记者 何春生", *park, "城东公园向市民开放", *rice, "青石镇早稻开镰"]
    articles = banmian.parse("\n".join(rows) + "\n").articles
    assert [(a.title.text if a.title else None, a.byline.text if a.byline else None) for a in articles] == [
        ("城东公园向市民开放", "本报记者 何春生"),
        ("青石镇早稻开镰", "本报讯（记者 林晓）"),
    ]


def test_titles_in_a_row_reach_past_a_byline_over_the_second_body() -> None:
    """pdftotext prints two side-by-side articles' titles in a row, each in a block of its own, then
    each text, the second under its byline on a line of its own: the byline heads that body and
    does not stop the titles from facing both bodies."""
    from pagetext import page

    first, second = "临江县乡村文化旅游节开幕", "让更多游客留下来"
    festival = body(
        "本报讯（记者 何春生）临江县第三届乡村文化旅游节昨天在青石镇开幕，开幕当天六万游客参加了各项活动。",
        "旅游节期间还将举办山货集市。",
        column=18,
    )
    comment = body(
        "旅游节办得热闹，更要想办法让更多游客留下来。留下来，要靠好的服务，也要靠好的产品。",
        "让游客留下来，乡村才有长久的人气。",
        column=18,
    )
    articles = banmian.parse(page([first], [second], festival, ["本报评论员"], comment)).articles
    assert [(a.title.text, a.byline.text) for a in articles] == [
        (first, "本报讯（记者 何春生）"),
        (second, "本报评论员"),
    ]


#: A report's text, closed by no credit: no brief.
REPORT = ("城西小学日前举办秋季运动会，全校八百余", "名师生参加了跳绳和拔河等比赛。")


def _body_first_entries(unjoined: bool, first_body: tuple[str, ...] = REPORT) -> tuple[list, tuple[Stack, Stack]]:
    """A body, a run of two headlines printed after it, and a piece opening mid-paragraph."""
    lines = build_line_infos(["城西小学举办秋季运动会", "城东社区举办邻里节", *first_body, *STORY])
    first, second = (Stack(None, Unit(Role.HEADING, (line,)), None, (), 1.0) for line in lines[:2])
    run = Item(ItemKind.HEADS, lines[:2], (Role.HEADING, Role.HEADING))
    brief = ArticlePlan(parts=[Item(ItemKind.BODY, lines[2:4], (Role.BODY, Role.BODY))])
    piece = ArticlePlan(parts=[Item(ItemKind.BODY, lines[4:6], (Role.BODY, Role.BODY))], unjoined=unjoined)
    return [brief, run, piece], (first, second)


def test_a_piece_no_open_end_took_is_offered_no_left_over_headline() -> None:
    """Body first, the run's first headline heads the body before it; its second is left over,
    and a piece opening mid-paragraph that no column before it continues is no orphan to take it."""
    for unjoined, paired in ((False, {0, 2}), (True, {0})):
        entries, stacks = _body_first_entries(unjoined)
        parses = {id(entries[1]): SimpleNamespace(stacks=stacks)}
        attachment = attach(entries, parses, headline_first=False, fits=Fits())
        assert set(attachment.pairs) == paired
        assert attachment.pairs[0][0] is stacks[0]


def test_a_boxed_brief_drawn_body_first_takes_no_headline_after_it() -> None:
    """Body first, a brief closed by its authors (「……比赛。（何春生）」) and opening on no byline is
    a box's brief, printed title first: the run after it heads what follows, not the brief. A
    report that opens on its byline and ends on a bracket keeps the headline drawn after it."""
    entries, stacks = _body_first_entries(False, BRIEF)
    attachment = attach(entries, {id(entries[1]): SimpleNamespace(stacks=stacks)}, headline_first=False, fits=Fits())
    assert 0 not in attachment.pairs
    bylined = ("本报讯（记者 林晓）城西小学日前举办秋季", "运动会，师生参加了比赛。（何春生）")
    entries, stacks = _body_first_entries(False, bylined)
    attachment = attach(entries, {id(entries[1]): SimpleNamespace(stacks=stacks)}, headline_first=False, fits=Fits())
    assert attachment.pairs[0][0] is stacks[0]


def _titles_in_a_row_page() -> str:
    """Two titles printed in a row, each in a block of its own, not in their bodies' order: the
    second heads the story under the photo's caption, the first the commentary after it."""
    from pagetext import page, wrap

    street = body(
        "本报讯（记者 何春生）青石镇老街改造完工，沿街三十多家老店重新开张，赶集的乡亲们又回到了老街。",
        "老街改造历时一年。",
        column=13,
    )
    caption = wrap("青石镇老街改造完工，沿街老店重新开张。图为乡亲们在老街赶集。", 20, 0) + ["林晓 摄"]
    library = body("江北县图书馆新馆日前开馆，馆藏图书二十万册，设有少儿阅览区和自习室。", "新馆每天开放十二小时。", column=13)
    return page(["江北县图书馆新馆开馆"], ["青石镇老街重现烟火气"], caption, street, ["本报评论员"], library)


def _titled_bodies(text: str) -> list[tuple[str | None, str | None]]:
    articles = banmian.parse(text).articles
    return [(a.title.text if a.title else None, a.paragraphs[0].text[:8] if a.paragraphs else None) for a in articles]


def test_a_runs_stacks_face_their_bodies_in_the_order_their_words_fit() -> None:
    assert _titled_bodies(_titles_in_a_row_page()) == [
        ("青石镇老街重现烟火气", "青石镇老街改造完"),
        ("江北县图书馆新馆开馆", "江北县图书馆新馆"),
    ]


def test_in_page_order_the_story_under_the_caption_loses_its_title(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr("banmian.segment.attach._order_by_fit", lambda entries, stacks, bodies, fits: stacks)
    # The title left over heads nothing: it is listed as unplaced text.
    assert _titled_bodies(_titles_in_a_row_page())[:1] == [(None, "青石镇老街改造完")]
    assert "青石镇老街重现烟火气" in [item.text for item in banmian.parse(_titles_in_a_row_page()).unplaced]


def test_a_plain_subtitle_in_a_block_of_its_own_leaves_its_title() -> None:
    """pdftotext prints a title over its subtitle in one block: a headline after a blank line under
    a title is another article's, not a subtitle; a dashed subtitle stays wherever it stands."""
    from banmian.segment.assign import _subtitles_set_apart

    lines = [ln for ln in build_line_infos(["县图书馆新馆开馆", "", "青石镇文化站开放", "", "——馆藏图书二十万册"]) if not ln.blank]
    title, plain, dashed = (Unit(Role.HEADING, (ln,)) for ln in lines)
    run = Item(ItemKind.HEADS, tuple(lines), (Role.HEADING, Role.HEADING, Role.SUBTITLE))
    pairs = {1: (Stack(None, title, plain, (), 0.9), True), 2: (Stack(None, title, dashed, (), 0.9), True)}
    apart = _subtitles_set_apart([run, None, None], pairs)
    assert [(stack.title.text, index) for stack, index in apart] == [("青石镇文化站开放", 0)]
    assert pairs[1][0].subtitle is None and pairs[2][0].subtitle is dashed
    tight = Stack(None, title, Unit(Role.SUBTITLE, (build_line_infos(["县图书馆新馆开馆", "馆藏图书二十万册"])[1],)), (), 0.9)
    assert _subtitles_set_apart([run], {1: (tight, True)}) == []


SLOGAN = "春风拂面 万物生长"
LEAD_TITLE = "临江县春耕备耕有序推进"
#: The story shares a word with the slogan (春风), as stories under a slogan often do.
LEAD_TEXT = "本报讯（记者 林晓）春风送暖，全县今年已完成翻耕面积三万余亩，各乡镇农技站组织技术人员深入田间。"


def _page_top_plan(kicker: str, lead_text: str = LEAD_TEXT) -> tuple[ArticlePlan, frozenset[int]]:
    """A story whose phrased kicker is printed right under the masthead (line 1 is the kicker)."""
    head, title, text = build_line_infos([kicker, LEAD_TITLE, lead_text])
    stack = Stack(Unit(Role.HEADING, (head,)), Unit(Role.HEADING, (title,)), None, (), 1.0)
    plan = ArticlePlan(parts=[Item(ItemKind.BODY, (text,), (Role.BODY,))], stack=stack)
    return plan, frozenset({head.number})


def test_a_phrased_kicker_under_the_masthead_is_a_banner() -> None:
    from banmian.segment.assign import _slogan_kicker

    plan, page_top = _page_top_plan(SLOGAN)
    assert _slogan_kicker(plan, page_top) is plan.stack.kicker
    assert _slogan_kicker(plan, frozenset()) is None  # elsewhere a kicker sharing a word stays one


def test_a_phrased_kicker_its_story_restates_stays_under_the_masthead() -> None:
    from banmian.segment.assign import _slogan_kicker

    plan, page_top = _page_top_plan("春耕备耕 有序推进", "本报讯（记者 林晓）今年全县春耕备耕有序推进，已完成翻耕面积三万余亩。")
    assert _slogan_kicker(plan, page_top) is None


def test_a_plan_whose_stack_lost_every_unit_is_placed_by_its_caption() -> None:
    lines = build_line_infos(["图为林晓在临江县青石镇察看秋粮收购。", "何春生 摄"])
    caption = Item(ItemKind.CAPTION, tuple(lines), (Role.CAPTION, Role.CAPTION))
    plan = ArticlePlan([], Stack(None, None, None, (), 0.5), [caption])
    assert _plan_position(plan) == 1


def _kicker_title_plan(kicker: str, title: str, body_lines: tuple[str, ...]) -> ArticlePlan:
    head, tail, *lines = build_line_infos([kicker, title, *body_lines])
    plan = ArticlePlan(parts=[Item(ItemKind.BODY, tuple(lines), tuple(Role.BODY for _ in lines))])
    plan.stack = Stack(Unit(Role.HEADING, (head,)), Unit(Role.HEADING, (tail,)), None, (), 0.9)
    return plan


def test_a_phrased_title_the_article_never_restates_under_a_kicker_it_restates_is_a_slogan() -> None:
    story = ("临江县召开秋粮收购工作推进会，通报了今年", "秋粮收购工作进展，部署下一阶段收购工作。")
    plan = _kicker_title_plan("临江县召开秋粮收购工作推进会", "建设美丽家园 共享绿色生活", story)
    assert _slogan_title(plan) is plan.stack.title
    # A phrased title whose words the article takes up is its title.
    plan = _kicker_title_plan("临江县召开秋粮收购工作推进会", "收购进展顺利 农民售粮便捷", (*story, "收购进展顺利，农民售粮便捷。"))
    assert _slogan_title(plan) is None
