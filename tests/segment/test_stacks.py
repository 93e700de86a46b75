"""Two headline lines in one stack: kicker + title, one wrapped title, or title + plain subtitle."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from banmian.layout.lines import build_line_infos
from banmian.segment import kickers, unitshapes
from banmian.segment.headpairs import core_characters, pair_cues
from banmian.segment.headunits import Unit, is_banner_shaped, units_of
from banmian.segment.items import Item, ItemKind
from banmian.segment.pairweights import PAIR_CUES, PairWeights
from banmian.segment.roles import Role
from banmian.segment.stacks import parse_heads

BODY = [
    "　　本报讯 记者从县住建局获悉，今年以来",
    "全县持续推进城乡环境整治，各乡镇结合实",
    "际制定方案，群众参与热情高涨，成效明显。",
]


def _heads(lines: list[str]) -> Item:
    infos = build_line_infos([*lines, *BODY])[: len(lines)]
    return Item(ItemKind.HEADS, infos, tuple(Role.HEADING for _ in infos))


def _fields(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    parse = parse_heads(_heads(lines), demand=1)
    assert len(parse.stacks) == 1
    stack = parse.stacks[0]
    return tuple(u.text if u else None for u in (stack.kicker, stack.title, stack.subtitle))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A title broken inside a quotation is one title: no kicker ends inside a quotation.
        (["全县开展“清洁", "家园”行动"], (None, "全县开展“清洁家园”行动", None)),
        # Two halves of about equal width with no kicker cue are one wrapped title.
        (["西岭镇新修村道", "连通六个自然村"], (None, "西岭镇新修村道连通六个自然村", None)),
        # A longer line with figures and a clause under a plain title is its subtitle (副题).
        (
            ["新区首批人才公寓交付使用", "共建成住房一千二百套，可容纳三千余人入住"],
            (None, "新区首批人才公寓交付使用", "共建成住房一千二百套，可容纳三千余人入住"),
        ),
        # A line ending in a verb of speech still leads into its title.
        (
            ["县委书记在调研时强调", "抓实抓细秋粮收储工作"],
            ("县委书记在调研时强调", "抓实抓细秋粮收储工作", None),
        ),
        # A title announcing an event over a line telling who took part: title and subtitle.
        (
            ["临江市第三届文化旅游节开幕", "林晓出席开幕式并致辞"],
            (None, "临江市第三届文化旅游节开幕", "林晓出席开幕式并致辞"),
        ),
        # A line opening with the circumstance of the news (就……) is the kicker of the title below.
        (
            ["就青岗与临江缔结友好城市十周年", "两市举行庆祝活动"],
            ("就青岗与临江缔结友好城市十周年", "两市举行庆祝活动", None),
        ),
        # A line ending on a word that needs what follows (的) is half of one title.
        (["全县新建改建农村公路的", "里程达到三百二十公里"], (None, "全县新建改建农村公路的里程达到三百二十公里", None)),
        # A second line holding more characters than the first is no wrapped title's (a title breaks
        # where its first line is full, or at its middle): a kicker over its title.
        (["全省乒乓球锦标赛", "临江队夺得男团冠军"], ("全省乒乓球锦标赛", "临江队夺得男团冠军", None)),
        # A colon inside the first line sets the title's subject: it is the first half of that title.
        (["林晓：扎根山村", "守望乡亲三十年（人物）"], (None, "林晓：扎根山村守望乡亲三十年（人物）", None)),
    ],
)
def test_two_headline_units_divide_by_their_shape(lines: list[str], expected: tuple) -> None:
    assert _fields(lines) == expected


def _fields_apart(upper: str, lower: str) -> tuple[str | None, str | None, str | None]:
    """Two headline lines with a blank line between them, as pdftotext prints two blocks."""
    infos = [ln for ln in build_line_infos([upper, "", lower, *BODY])[:3] if not ln.blank]
    parse = parse_heads(Item(ItemKind.HEADS, tuple(infos), (Role.HEADING, Role.HEADING)), demand=1)
    stack = parse.stacks[0]
    return tuple(u.text if u else None for u in (stack.kicker, stack.title, stack.subtitle))


def test_two_halves_set_apart_by_a_blank_line_are_a_kicker_and_its_title() -> None:
    """The halves that one block would read as one wrapped title (above) are a kicker printed in a
    block of its own over its title: pdftotext prints a wrapped title in one block."""
    assert _fields_apart("西岭镇新修村道", "连通六个自然村") == ("西岭镇新修村道", "连通六个自然村", None)


def test_a_line_set_apart_that_stops_mid_phrase_still_wraps() -> None:
    assert _fields_apart("全县新建改建农村公路的", "里程达到三百二十公里") == (None, "全县新建改建农村公路的里程达到三百二十公里", None)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A kicker wrapped over two lines and closed by a dash stands over its title.
        (
            ["庆祝青岗县建县六十周年", "主题展览开幕——", "回望来时路"],
            ("庆祝青岗县建县六十周年主题展览开幕——", "回望来时路", None),
        ),
        # A kicker wrapped over two lines, ending in a verb of speech, over a title wrapped over two.
        (
            ["何春生在全县秋粮收购", "工作会议上强调", "抓实抓细收储工作", "确保农民售粮顺畅"],
            ("何春生在全县秋粮收购工作会议上强调", "抓实抓细收储工作确保农民售粮顺畅", None),
        ),
    ],
)
def test_three_or_more_units_divide_break_by_break(lines: list[str], expected: tuple) -> None:
    assert _fields(lines) == expected


@pytest.mark.parametrize(
    ("lines", "units"),
    [
        # A short line naming who took part in the event above is a subtitle, not the title's tail.
        (["临江市第三届乡村文化旅游节在东湖公园开幕", "林晓出席"], ["临江市第三届乡村文化旅游节在东湖公园开幕", "林晓出席"]),
        # A short line that only finishes the verb phrase above (致/贺信) is still its tail.
        (["林晓向第三届乡村文化旅游节开幕式致", "贺信"], ["林晓向第三届乡村文化旅游节开幕式致贺信"]),
        # A full line ending on a verb of speech leads into the short title under it: a kicker.
        (["林晓在青石镇调研乡村振兴工作时强调", "抓实秋粮收储"], ["林晓在青石镇调研乡村振兴工作时强调", "抓实秋粮收储"]),
        # Unless the short line ends on such a verb itself: a kicker wrapped before its verb.
        (["林晓对临江县秋粮收储工作作出批示", "强调"], ["林晓对临江县秋粮收储工作作出批示强调"]),
    ],
)
def test_a_short_line_under_a_full_one_is_its_tail_unless_it_names_a_participant(lines: list[str], units: list[str]) -> None:
    assert [u.text for u in units_of(_heads(lines))] == units


def test_a_short_line_in_a_block_of_its_own_is_no_tail_of_the_full_line_above() -> None:
    """pdftotext prints a title's wrapped tail in the title's block: a short line after a blank line
    is another headline (「……的公告」 over the next article's 「城东公园开园」)."""
    full, short = "关于临江县城区部分区域临时停水的公告", "城东公园开园"
    assert [u.text for u in units_of(_heads([full, short]))] == [full + short]
    infos = [ln for ln in build_line_infos([full, "", short, *BODY])[:3] if not ln.blank]
    apart = Item(ItemKind.HEADS, tuple(infos), (Role.HEADING, Role.HEADING))
    assert [u.text for u in units_of(apart)] == [full, short]


def test_a_participant_line_under_an_event_title_is_its_subtitle() -> None:
    assert _fields(["临江市第三届乡村文化旅游节在东湖公园开幕", "林晓出席"]) == (
        None,
        "临江市第三届乡村文化旅游节在东湖公园开幕",
        "林晓出席",
    )


@pytest.mark.parametrize(
    "lines",
    [
        ["临江县第十七届人民代表大会常务委员会第", "九次会议在青石镇开幕", "听取城乡规划条例修订草案、", "河道管理条例修订草案的说明", "等 林晓出席会议"],
        ["临江县人大常委会第九次会议", "在青石镇开幕", "听取城乡规划条例修订草案、", "河道管理条例修订草案的说明", "等 林晓出席会议"],
    ],
)
def test_a_unit_closing_on_the_participants_phrase_is_the_subtitle(lines: list[str]) -> None:
    """Closing on a phrase set apart that names who took part, the lower unit sums up the event
    under its title, wrapped or not: no title under a kicker."""
    title, subtitle = "".join(lines[:2]), "".join(lines[2:]).replace(" ", "")
    kicker, found_title, found = _fields(lines)
    assert (kicker, found_title, (found or "").replace(" ", "")) == (None, title, subtitle)


def test_a_participant_line_is_the_subtitle_whatever_the_pair_weights_read() -> None:
    """Weights that read every pair as one wrapped title do not join the line naming who took part
    to the title above it."""
    lines = ["县农业农村局召开秋粮收购工作会议", "林晓出席并讲话"]
    wrapping = PairWeights((5.0, 0.0), tuple((0.0, 0.0) for _ in PAIR_CUES))
    with patch.object(kickers, "pair_reading", lambda a, b: wrapping.reading(pair_cues(a, b))):
        assert _fields(lines) == (None, "县农业农村局召开秋粮收购工作会议", "林晓出席并讲话")


def test_a_participant_line_ends_the_title_of_a_longer_group() -> None:
    """Divided break by break, a group whose last unit names who took part keeps it as the
    subtitle: the title ends before it."""
    units = units_of(_heads(["秋收时节", "县农业农村局召开秋粮收购工作会议", "林晓出席并讲话"]))
    assert len(units) == 3
    assert kickers._title_ends(units, 0, subtitle_free=True) == (2,)
    assert kickers._title_ends(units, 0, subtitle_free=False) == (3,)
    plain = units_of(_heads(["秋收时节", "县农业农村局召开秋粮收购工作会议", "全县秋粮收购进度过半"]))
    assert list(kickers._title_ends(plain, 0, subtitle_free=True)) == [1, 2, 3]


@pytest.mark.parametrize(
    ("line", "banner"),
    [
        ("建设美丽家园 共享绿色生活", True),
        ("节约用水 绿色出行 垃圾分类 人人有责", True),
        ("林晓 同志逝世", False),  # a gap the extractor put inside a title
        ("培育 工 匠精神", False),
    ],
)
def test_a_banner_is_made_of_word_groups_not_of_a_spaced_title(line: str, banner: bool) -> None:
    [info] = build_line_infos([line])
    assert is_banner_shaped(Unit(Role.HEADING, (info,))) is banner


def test_titles_printed_in_a_row_with_as_many_subtitles_each_keep_their_own() -> None:
    """pdftotext printed the headlines of two side-by-side articles in a row: two titles, then
    their two dash subtitles."""
    lines = ["新区首批人才公寓交付使用", "西岭镇新修村道全线通车", "——可容纳三千余人入住", "——连通十二个自然村"]
    infos = build_line_infos([*lines, *BODY])[: len(lines)]
    roles = (Role.HEADING, Role.HEADING, Role.SUBTITLE, Role.SUBTITLE)
    parse = parse_heads(Item(ItemKind.HEADS, infos, roles))
    assert [(s.kicker, s.title.text, s.subtitle.text) for s in parse.stacks] == [
        (None, "新区首批人才公寓交付使用", "——可容纳三千余人入住"),
        (None, "西岭镇新修村道全线通车", "——连通十二个自然村"),
    ]


def test_a_page_needing_more_stacks_splits_the_weakest_kicker_pair() -> None:
    """Two kicker + title pairs where the page needs three stacks: the pair with the weaker kicker
    evidence (a plain shorter line) is split, not the phrased kicker over its title."""
    lines = ["抓党建 促发展", "青岗县集体经济年收入超十万元", "临江市新建改建农村公路", "西岭镇新修村道连通十二个自然村"]
    stacks = parse_heads(_heads(lines), demand=3).stacks
    assert [tuple(u.text if u else None for u in (s.kicker, s.title, s.subtitle)) for s in stacks] == [
        ("抓党建 促发展", "青岗县集体经济年收入超十万元", None),
        (None, "临江市新建改建农村公路", None),
        (None, "西岭镇新修村道连通十二个自然村", None),
    ]


def test_a_headline_line_ending_on_a_conjunction_is_one_unit_with_the_next():
    """Even where the page wants more headlines than the run holds, the two lines stay one title:
    no headline line ends on 与."""
    units = units_of(_heads(["县里召开首届乡村振兴与", "生态保护论坛"]))
    assert [u.text for u in units] == ["县里召开首届乡村振兴与生态保护论坛"]
    assert len(parse_heads(_heads(["县里召开首届乡村振兴与", "生态保护论坛"]), demand=2).stacks) == 1


def test_a_headline_line_ending_on_bing_is_one_unit_with_the_next():
    """并 (and then) ends no headline either: the next line holds the second verb of its clause."""
    lines = ["林晓会见江北县考察团并", "出席两县协作座谈会"]
    assert [u.text for u in units_of(_heads(lines))] == ["".join(lines)]
    assert len(parse_heads(_heads(lines), demand=2).stacks) == 1


def test_a_headline_line_opening_on_a_conjunction_is_one_unit_with_the_line_above():
    """Nor does one begin on a 和 that is a word of its own (和平, 和谐 would be words): the line goes
    on the phrase above it, even where the page wants more headlines than the run holds."""
    lines = ["林晓会见来访的省农业", "和农村厅调研组一行"]
    assert [u.text for u in units_of(_heads(lines))] == ["林晓会见来访的省农业和农村厅调研组一行"]
    assert len(parse_heads(_heads(lines), demand=2).stacks) == 1
    apart = ["林晓会见来访的省农业专家", "和谐乡村建设再上新台阶"]
    assert [u.text for u in units_of(_heads(apart))] == apart


def test_a_headline_line_ending_inside_a_figure_is_one_unit_with_the_line_below() -> None:
    """A year written out in numerals broken over the lines (「……二〇二」/「〇年……」) goes on: one
    title, not a kicker over a title."""
    lines = ["临江县机关事业单位二〇二", "〇年度招聘今起报名"]
    assert [u.text for u in units_of(_heads(lines))] == ["".join(lines)]
    plain = ["临江县秋粮收购过半", "青年返乡创业有了新去处"]
    assert [u.text for u in units_of(_heads(plain))] == plain


def test_a_notices_formal_title_wrapped_over_a_narrow_column_is_one_unit() -> None:
    lines = ["关于公开征求", "《临江县城市绿", "化管理办法（征", "求意见稿）》意", "见的公告"]
    assert [u.text for u in units_of(_heads(lines))] == ["".join(lines)]
    assert len(parse_heads(_heads(["关于临江县城区部分", "区域临时停水的公告"]), demand=2).stacks) == 1


def test_a_line_opening_on_guanyu_that_closes_no_notice_title_stands_alone() -> None:
    """An essay's title may open with 关于 too: only a formal notice title closed below joins."""
    lines = ["关于乡村振兴的几点思考", "县委书记林晓谈产业发展"]
    assert [u.text for u in units_of(_heads(lines))] == lines


def test_a_slogan_of_three_phrases_is_no_title_over_a_short_line():
    """A full-width line of three slogans over a short headline: a banner and a title, never one
    title wrapped to a short tail."""
    units = units_of(_heads(["绿色出行 文明你我 共建美丽家园", "县城换新颜"]))
    assert [u.text for u in units] == ["绿色出行 文明你我 共建美丽家园", "县城换新颜"]


def test_a_dashed_subtitle_closing_a_quotation_goes_on_in_a_short_tail():
    """「——记县文化馆“书香润城”读书月」 broken after its closing quote: the quoted name ends there,
    the subtitle does not, and the short line under it is its tail, not a title of its own."""
    infos = build_line_infos(["县文化馆办读书月", "——记临江县文化馆的“书香润城”", "读书月", *BODY])[:3]
    item = Item(ItemKind.HEADS, infos, (Role.HEADING, Role.SUBTITLE, Role.HEADING))
    assert [u.text for u in units_of(item)] == ["县文化馆办读书月", "——记临江县文化馆的“书香润城”读书月"]


def test_a_column_tag_wrapped_over_two_lines_stays_with_its_title():
    """「公交线路还要调整吗？（民生」/「热线为民办实事系列报道）」: the second line closes the
    bracket the first opened, so the two are one title however wide each is."""
    from banmian.segment.headunits import _continues

    first, second = build_line_infos(["公交线路还要调整吗？（民生", "热线为民办实事系列报道）"])
    assert _continues(first, second)


def _stack_texts(item: Item, demand: int | None, blocks_marked: bool) -> list[tuple[str | None, ...]]:
    stacks = parse_heads(item, demand=demand, blocks_marked=blocks_marked).stacks
    return [tuple(u.text if u else None for u in (s.kicker, s.title, s.subtitle)) for s in stacks]


def test_headline_lines_printed_in_one_block_stay_one_stack_where_blank_lines_mark_blocks() -> None:
    """pdftotext prints a title wrapped in a narrow column in one block; where blank lines end its
    blocks, a page wanting two headlines does not cut that block in two."""
    item = _heads(["西岭镇新修村道连通六个村", "青岗县新建农村公路"])
    assert _stack_texts(item, 2, blocks_marked=False) == [(None, "西岭镇新修村道连通六个村", None), (None, "青岗县新建农村公路", None)]
    assert len(_stack_texts(item, 2, blocks_marked=True)) == 1
    assert len(_stack_texts(item, None, blocks_marked=True)) == 1


def test_headline_lines_in_two_blocks_may_be_two_stacks_where_blank_lines_mark_blocks() -> None:
    infos = [ln for ln in build_line_infos(["西岭镇新修村道连通六个村", "", "青岗县新建农村公路", *BODY])[:3] if not ln.blank]
    item = Item(ItemKind.HEADS, tuple(infos), (Role.HEADING, Role.HEADING))
    assert _stack_texts(item, 2, blocks_marked=True) == [(None, "西岭镇新修村道连通六个村", None), (None, "青岗县新建农村公路", None)]


def test_a_dated_note_in_brackets_under_a_title_is_its_subtitle() -> None:
    """The date a speech was given, in brackets under its title, is no column tag closing the
    title: it stands apart as the subtitle, and the lines above still divide as before."""
    assert _fields(["在临江县青石镇建镇七十年", "纪念活动中的致辞", "（2024年3月12日）"]) == (
        None,
        "在临江县青石镇建镇七十年纪念活动中的致辞",
        "（2024年3月12日）",
    )
    assert _fields(["临江日报创刊七十周年座谈会举行", "（2024年3月12日）"]) == (
        None,
        "临江日报创刊七十周年座谈会举行",
        "（2024年3月12日）",
    )
    # A column tag, naming no day, still closes its title.
    assert _fields(["临江县青石镇建镇七十周年", "（乡村振兴）"]) == (None, "临江县青石镇建镇七十周年（乡村振兴）", None)


@pytest.mark.parametrize(
    ("odds", "expected"),
    [
        # The first break even, the second a wrap: the first unit is the kicker, not a third of the title.
        ([(0.0, -3.0), (2.4, -2.2)], ("林晓当选临江县", "劳动模范何春生", "扎根青石镇三十年")),
        # One wrap either way: the shorter kicker wins the tie.
        ([(-0.5, -1.9), (-0.5, -1.9)], ("林晓当选临江县", "劳动模范何春生", "扎根青石镇三十年")),
    ],
)
def test_divisions_the_weights_like_equally_go_to_the_shortest_kicker(odds: list, expected: tuple) -> None:
    units = [Unit(Role.HEADING, (line,)) for line in _heads(list(expected)).lines]
    breaks = dict(zip([u.text for u in units[:-1]], odds, strict=True))
    with patch.object(kickers, "_break_odds", lambda first, second: breaks[first.text]):
        kicker, title, subtitle = kickers._divide(units, subtitle_free=True)
    assert kicker is not None and kicker.text == expected[0]
    assert title.text == expected[1] + expected[2] and subtitle is None


def _run(lines: list[str]) -> Item:
    """Heading lines as pdfium prints them (no blank line) or with the blank lines given."""
    infos = [ln for ln in build_line_infos([*lines, *BODY])[: len(lines)] if not ln.blank]
    return Item(ItemKind.HEADS, tuple(infos), tuple(Role.HEADING for _ in infos))


@pytest.mark.parametrize(
    ("lines", "banner"),
    [
        # Two or three phrases right under a plain headline line: its main title.
        (["临江县推进村庄整治", "拆违建 治污水"], None),
        (["临江县全面推进村庄环境整治", "拆违建 治污水 美村容"], None),
        # Four phrases: a slogan banner wherever it stands.
        (["临江县推进村庄整治", "节约用水 绿色出行 垃圾分类 人人有责"], "节约用水 绿色出行 垃圾分类 人人有责"),
        # Set apart by a blank line, under a title closed by its column tag, under the paper's name.
        (["临江县推进村庄整治", "", "建设美丽家园 共享绿色生活"], "建设美丽家园 共享绿色生活"),
        (["青石镇的秋天（乡村振兴）", "建设美丽家园 共享绿色生活"], "建设美丽家园 共享绿色生活"),
        (["临江日报", "建设美丽家园 共享绿色生活"], "建设美丽家园 共享绿色生活"),
        (["关于开展秋季森林防火检查的通告", "建设美丽家园 共享绿色生活"], "建设美丽家园 共享绿色生活"),
        # Naming who took part: a subtitle's words, no main title.
        (["县政协召开十届五次常委会议", "通报全年工作 林晓主持"], "通报全年工作 林晓主持"),
    ],
)
def test_a_phrased_line_closing_a_run_under_a_plain_headline_is_its_title(lines: list[str], banner: str | None) -> None:
    parse = parse_heads(_run(lines))
    assert [u.text for u in parse.banners] == ([banner] if banner else [])
    if banner is None:
        assert [(s.kicker.text if s.kicker else None, s.title.text) for s in parse.stacks] == [(lines[0], lines[1])]


def test_a_summary_too_long_for_a_title_is_the_subtitle() -> None:
    """A long line of clauses under a title sums up its news: no title holds so many characters."""
    summary = "明确全县乡村道路养护责任，落实各乡镇养护资金；部署青石镇集镇建设规划和老旧小区改造工作"
    assert core_characters(Unit(Role.HEADING, tuple(_heads([summary]).lines))) > unitshapes.TITLE_MAX_CHARS
    assert _fields(["临江县召开县长办公会议", summary]) == (None, "临江县召开县长办公会议", summary)


def test_a_division_never_reads_a_title_longer_than_any_title() -> None:
    """Read break by break, the long lines under a title stay its subtitle even where the pair
    weights would start the title on them."""
    lines = [
        "林晓同志追悼会在临江举行",
        "县委县政府负责同志和各界群众三百余人参加追悼会并向林晓同志遗像三鞠躬",
        "追悼会由何春生主持县人大常委会县政协负责同志出席",
    ]
    units = [Unit(Role.HEADING, (line,)) for line in _heads(lines).lines]
    # Weights that make the first break a kicker's end and the second a wrap.
    breaks = {lines[0]: (-3.0, -3.0), lines[1]: (3.0, -3.0)}
    with patch.object(kickers, "_break_odds", lambda first, second: breaks[first.text]):
        kicker, title, subtitle = kickers._divide(units, subtitle_free=True)
    assert kicker is None and title.text == lines[0]
    assert subtitle is not None and subtitle.text == lines[1] + lines[2]


def test_a_firm_kicker_score_from_widths_alone_leaves_the_pair_to_the_weights() -> None:
    """A title announcing its event over a long line naming who took part is a title over its
    subtitle, though the lower line is wider and phrased (cues that add up to a firm kicker score):
    only a dash, a colon or a verb of speech ending the upper line makes it a kicker outright."""
    lines = ["临江县庆祝建县七十周年大会在县体育馆隆重举行", "林晓作动员讲话 何春生宣读表彰决定县领导王明李华张强出席"]
    first, second = (Unit(Role.HEADING, (line,)) for line in _heads(lines).lines)
    assert kickers.kicker_score(first, second) >= kickers.FIRM_KICKER_SCORE
    kicker, title, subtitle = kickers.group_fields([first, second], subtitle_free=True)
    assert kicker is None and title.text == lines[0]
    assert subtitle is not None and subtitle.text == lines[1]


def test_a_participant_line_under_a_wrapped_title_is_its_subtitle() -> None:
    """Under a title wrapped in a narrow column the line naming who took part is no shorter than
    the title's lines, yet it is the subtitle."""
    lines = ["临江县第三届文化旅游", "节在青石镇开幕", "林晓出席开幕式"]
    title = Unit(Role.HEADING, tuple(_heads(lines).lines[:2]))
    participants = Unit(Role.HEADING, tuple(_heads(lines).lines[2:]))
    wrapping = PairWeights((5.0, 0.0), tuple((0.0, 0.0) for _ in PAIR_CUES))
    with patch.object(kickers, "pair_reading", lambda a, b: wrapping.reading(pair_cues(a, b))):
        kicker, head, subtitle = kickers.group_fields([title, participants], subtitle_free=True)
        assert kicker is None and head.text == lines[0] + lines[1]
        assert subtitle is not None and subtitle.text == lines[2]
        # A line naming someone further in is a title of its own, left to the weights.
        other = Unit(Role.HEADING, tuple(_heads(["临江县第三届文化旅游", "节在青石镇开幕", "何春生带队赴外地考察招商"]).lines[2:]))
        assert kickers.group_fields([title, other], subtitle_free=True)[2] is None


def test_no_title_ends_on_a_dash_over_a_subtitle() -> None:
    """A banner-shaped kicker, a line ending in a dash and a quotation: the dash leads into the
    line below, so the two are not a title over its subtitle."""
    lines = ["美丽乡村 幸福家园", "临江县第三届农民丰收节在青石镇开幕——", "“今年又是丰收年”"]
    members = [Unit(Role.HEADING, (line,)) for line in _heads(lines).lines]
    kicker, title, subtitle = kickers.group_fields(members, subtitle_free=True)
    assert kicker is not None and kicker.text == lines[0]
    assert title.text == lines[1] + lines[2]
    assert subtitle is None


def test_a_slogan_over_a_dash_kicker_is_a_banner() -> None:
    """No kicker stands over another: a slogan's two phrases over a kicker leading into its title
    with a dash are a banner."""
    parse = parse_heads(_heads(["建设美丽家园 共享绿色生活", "临江县青石镇召开秋粮收购推进会——", "确保颗粒归仓"]))
    assert [u.text for u in parse.banners] == ["建设美丽家园 共享绿色生活"]
    [stack] = parse.stacks
    assert stack.kicker is not None and stack.kicker.text == "临江县青石镇召开秋粮收购推进会——"
    assert stack.title is not None and stack.title.text == "确保颗粒归仓"


def _tight_fields(lines: list[str], byline_below: bool, demand: int | None = None) -> list[tuple[str | None, ...]]:
    """Headline lines as pdftotext prints them (blank lines given), the last set tight over a
    body that opens with its byline when ``byline_below``."""
    infos = [ln for ln in build_line_infos([*lines, *BODY])[: len(lines)] if not ln.blank]
    item = Item(ItemKind.HEADS, tuple(infos), tuple(Role.HEADING for _ in infos))
    stacks = parse_heads(item, demand=demand, byline_below=byline_below, blocks_marked=True).stacks
    return [tuple(u.text if u else None for u in (s.kicker, s.title, s.subtitle)) for s in stacks]


def test_a_headline_set_apart_over_its_bylined_body_is_its_title_not_a_subtitle() -> None:
    """A title over a plain line is read as title and subtitle; when the lower line stands in a block
    of its own right over a body opening with its byline, it is that body's title (a subtitle is
    printed in its title's block), and the line above is its kicker."""
    lines = ["临江市第三届文化旅游节开幕", "", "林晓出席开幕式并致辞"]
    assert _tight_fields(lines, False, demand=1) == [(None, "临江市第三届文化旅游节开幕", "林晓出席开幕式并致辞")]
    assert _tight_fields(lines, True, demand=1) == [("临江市第三届文化旅游节开幕", "林晓出席开幕式并致辞", None)]


def test_three_headlines_over_a_bylined_body_end_on_its_own_title() -> None:
    """Of three headline lines in blocks of their own, the last set over a body opening with its
    byline is that body's title alone: the two above it are another article's kicker and title."""
    lines = ["青石镇召开动员会——", "", "全镇掀起秋冬种植热潮", "", "临江县新建农村公路"]
    stacks = _tight_fields(lines, True, demand=1)
    assert stacks[-1] == (None, "临江县新建农村公路", None)
    assert len(stacks) == 2 and stacks[0][1] == "全镇掀起秋冬种植热潮"


def test_a_pair_read_as_one_wrapped_title_is_not_split_where_the_page_wants_more_stacks() -> None:
    """A pair that reads as one title wrapped over two lines (no kicker cue, the break inside a
    phrase) stays one stack even where the page's bodies ask for another headline: cut, its first
    half became a title of its own over another article (「……年」). Where blank lines mark blocks
    and the halves stand in two blocks, the cut stays open."""
    lines = ["青石镇乡村旅游年", "接待游客超3万人次"]
    assert _fields(lines) == (None, "青石镇乡村旅游年接待游客超3万人次", None)
    assert len(parse_heads(_heads(lines), demand=2).stacks) == 1
    infos = build_line_infos([lines[0], "", lines[1], *BODY])[:3]
    apart = Item(ItemKind.HEADS, infos, (Role.HEADING, Role.BLANK, Role.HEADING))
    assert len(parse_heads(apart, demand=2, blocks_marked=True).stacks) == 2


def test_a_notices_title_is_never_a_kicker_over_the_next_title() -> None:
    """「关于……的公告」 is complete in itself: under it begins another headline, even where the page
    asks for fewer stacks than the run holds."""
    lines = ["关于临江县城区部分区域临时停水的公告", "青石镇新修村道全线通车"]
    for demand in (None, 1):
        stacks = parse_heads(_heads(lines), demand=demand).stacks
        assert [(s.kicker, s.title.text if s.title else None) for s in stacks] == [(None, lines[0]), (None, lines[1])]


def test_a_pair_read_as_one_wrapped_title_is_one_stack_by_default() -> None:
    """Halves of one title broken at its middle form one stack before the page is asked how many it
    needs: read apart, the lower half went to the brief under the run as its title."""
    lines = ["为乡村影人搭建", "交流展映新平台"]
    assert [(s.kicker, s.title.text if s.title else None) for s in parse_heads(_heads(lines)).stacks] == [
        (None, "为乡村影人搭建交流展映新平台")
    ]


def test_a_title_closed_by_its_column_tag_takes_no_headline_under_it_as_its_title() -> None:
    """The column tag ends a title (no kicker ends on one): the line under it heads another stack,
    and where the two stay one stack (printed in one block where blank lines mark blocks) it is
    the tagged title's subtitle."""
    lines = ["青石镇茶园的新变化（乡村观察）", "临江县新建农村公路三百公里"]
    assert _stack_texts(_heads(lines), None, blocks_marked=False) == [
        (None, "青石镇茶园的新变化（乡村观察）", None),
        (None, "临江县新建农村公路三百公里", None),
    ]
    assert _stack_texts(_heads(lines), None, blocks_marked=True) == [
        (None, "青石镇茶园的新变化（乡村观察）", "临江县新建农村公路三百公里")
    ]


def test_a_page_needing_fewer_stacks_hangs_no_unit_under_a_tagged_title() -> None:
    """Three headline units where the page needs two: the tagged title is complete, so it is no
    kicker over the unit under it; it stays a title, under the unit above it."""
    lines = ["临江县推进村庄环境整治工作取得明显成效", "茶园新变化（乡村观察）", "青岗县新建农村公路三百公里"]
    assert _stack_texts(_heads(lines), 2, blocks_marked=False) == [
        ("临江县推进村庄环境整治工作取得明显成效", "茶园新变化（乡村观察）", None),
        (None, "青岗县新建农村公路三百公里", None),
    ]


NARROW_BODY = ["　　青石镇文化站的新馆近", "日落成开放，镇里的书画爱", "好者前来参观，十分热闹。"]


def _subtitle_run(lines: list[str], body_lines: int = 0) -> list[str]:
    """Units of the rows, a dash line a subtitle, the last ``body_lines`` rows text, the rest headlines."""
    infos = build_line_infos([*lines, *NARROW_BODY])[: len(lines)]
    roles = [Role.SUBTITLE if text.startswith("——") else Role.HEADING for text in lines]
    roles[len(lines) - body_lines :] = [Role.BODY] * body_lines
    return [u.text for u in units_of(Item(ItemKind.HEADS, infos, tuple(roles)))]


def test_a_short_headline_line_that_goes_on_below_is_no_wrapped_subtitles_line() -> None:
    """A subtitle wraps onto full lines but its last: a line well short of the subtitle's measure
    with its own tail under it opens another headline (the next article's title), while the same
    short line alone under the subtitle still ends it."""
    subtitle = "——县文化馆召开座谈会部署今年送戏下乡的各项安排"
    assert _subtitle_run(["临江县文化下乡活动启动", subtitle, "青石镇文化站新馆落成", "开放"]) == [
        "临江县文化下乡活动启动",
        subtitle,
        "青石镇文化站新馆落成开放",
    ]
    assert _subtitle_run(["临江县文化下乡活动启动", subtitle, "青石镇文化站新馆落成"]) == [
        "临江县文化下乡活动启动",
        subtitle + "青石镇文化站新馆落成",
    ]
    # A line that fills the subtitle's measure goes on with it, tail and all.
    full = "以及全县二十个乡镇文化站今年的各项工作重点"
    assert _subtitle_run(["临江县文化下乡活动启动", subtitle, full, "安排"]) == ["临江县文化下乡活动启动", subtitle + full + "安排"]
    # A short line over another headline that is no tail of it, or over text, still ends the subtitle.
    wide = "临江县新建农村公路三百公里"
    assert _subtitle_run(["临江县文化下乡活动启动", subtitle, "青石镇文化站新馆落成", wide]) == [
        "临江县文化下乡活动启动",
        subtitle + "青石镇文化站新馆落成",
        wide,
    ]
    assert _subtitle_run(["临江县文化下乡活动启动", subtitle, "青石镇文化站新馆落成", "开放"], body_lines=1)[:2] == [
        "临江县文化下乡活动启动",
        subtitle + "青石镇文化站新馆落成",
    ]


def test_a_unit_reporting_words_stays_with_the_title_under_it() -> None:
    """「林晓强调……」 reports the words of the title under it: a group it opens is never split after
    it when the page asks for more stacks, however many units the group holds; a unit closed by a
    column tag is a title of its own whatever its verb."""
    from banmian.segment.stackgroups import firm_pair

    units = [Unit(Role.HEADING, (ln,)) for ln in _heads(["林晓强调抓好秋粮收购", "确保全县农民售粮", "方便又快捷"]).lines]
    assert firm_pair(units, [3], 0)
    tagged = [Unit(Role.HEADING, (ln,)) for ln in _heads(["林晓强调抓好秋粮收购（青石观察）", "确保全县农民售粮", "方便又快捷"]).lines]
    assert not firm_pair(tagged, [3], 0)
    # By default too it heads the unit under it, which is its title, even where the page asks for
    # more stacks.
    lines = ["县委书记林晓强调做好秋粮收购准备工作", "确保青石镇农民售粮方便快捷", "青岗县新建农村公路三百公里"]
    for demand in (None, 3):
        assert _stack_texts(_heads(lines), demand, blocks_marked=False) == [
            ("县委书记林晓强调做好秋粮收购准备工作", "确保青石镇农民售粮方便快捷", None),
            (None, "青岗县新建农村公路三百公里", None),
        ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Under a title broken over short lines the participant line is no shorter than they are.
        (
            ["林晓在全县秋粮收购工作会议上强调", "抓实收储工作", "确保农民售粮顺畅", "何春生作出批示"],
            ("林晓在全县秋粮收购工作会议上强调", "抓实收储工作确保农民售粮顺畅", "何春生作出批示"),
        ),
        (["青石镇茶叶节开幕", "何春生出席并致辞"], (None, "青石镇茶叶节开幕", "何春生出席并致辞")),
        # A headline's words before the verb are no name: the line is the title's wrapped tail.
        (["林晓宣读县委县政府", "贺信并致辞"], (None, "林晓宣读县委县政府贺信并致辞", None)),
    ],
)
def test_a_line_naming_only_who_took_part_closes_the_headline_as_its_subtitle(lines: list[str], expected: tuple) -> None:
    assert _fields(lines) == expected


@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("县林业局局长林晓：", "确保颗粒归仓"),
        ("林晓在全县秋粮收购工作会议上强调", "确保颗粒归仓"),
        # A kicker set as clauses.
        ("全县秋粮收购过半，农民增收", "确保颗粒归仓（秋收一线）"),
    ],
)
def test_a_slogan_over_a_kicker_leading_on_or_set_as_clauses_is_a_banner(kicker: str, title: str) -> None:
    parse = parse_heads(_heads(["建设美丽家园 共享绿色生活", kicker, title]))
    assert [u.text for u in parse.banners] == ["建设美丽家园 共享绿色生活"]
    [stack] = parse.stacks
    assert stack.kicker is not None and stack.kicker.text == kicker
    assert stack.title is not None and stack.title.text == title


def test_a_slogan_over_a_last_unit_ending_on_a_colon_may_still_be_its_kicker() -> None:
    """With no headline unit under it, the colon closes no kicker: the slogan stays in the run."""
    parse = parse_heads(_heads(["建设美丽家园 共享绿色生活", "县林业局局长林晓："]))
    assert parse.banners == ()


def test_a_title_opening_on_jiu_and_naming_a_statement_has_its_speaker_as_the_kicker() -> None:
    """「……发言人」/「就……」/「……答记者问」: the statement's title opens on 就; a 就 phrase over a title
    of another kind is that title's kicker."""
    assert _fields(["临江县政府新闻发言人", "就青石镇河道整治工作", "答记者问"]) == (
        "临江县政府新闻发言人",
        "就青石镇河道整治工作答记者问",
        None,
    )
    assert _fields(["就临江建县七十周年", "县委县政府致全县人民", "的慰问信"]) == (
        "就临江建县七十周年",
        "县委县政府致全县人民的慰问信",
        None,
    )
