"""A title wrapped over two lines that the headline's parse read as two elements
(segment.wrappedtitles), on plans built from lines."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.headpairs import LONG_LINE_CHARS
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack
from banmian.segment.wrappedtitles import kicker_is_wrapped_title, subtitle_is_wrapped_title, unwrapped_stack


def test_a_kicker_ending_on_a_verb_of_speech_is_no_wrapped_title():
    """「林晓在调研时强调」/「发展特色产业」: the text may run 「强调发展」 on, the kicker stays one."""

    def plan(kicker: str, title: str) -> ArticlePlan:
        k, t, body = build_line_infos([kicker, title, "本报讯 县长林晓在调研时强调发展特色产业，让群众增收。"])
        stack = Stack(Unit(Role.HEADING, (k,)), Unit(Role.HEADING, (t,)), None, (), 1.0)
        return ArticlePlan(parts=[Item(ItemKind.BODY, (body,), (Role.BODY,))], stack=stack)

    assert not kicker_is_wrapped_title(plan("县长林晓在调研时强调", "发展特色产业"))
    assert kicker_is_wrapped_title(plan("县长林晓在调研时", "强调发展特色产业"))


def test_two_characters_met_by_chance_across_the_break_make_no_wrapped_title():
    """「临江县秋季运动会」/「中学组林晓夺冠」 over a text that tells of a race 「会中」 but never runs
    the two lines on: the pair across the break alone does not join them; three characters do."""

    def plan(kicker: str, title: str, text: str) -> ArticlePlan:
        k, t, line = build_line_infos([kicker, title, text])
        stack = Stack(Unit(Role.HEADING, (k,)), Unit(Role.HEADING, (t,)), None, (), 1.0)
        return ArticlePlan(parts=[Item(ItemKind.BODY, (line,), (Role.BODY,))], stack=stack)

    chance = "本报讯 秋季运动会昨日开幕，大会中场休息时，林晓获得中学组第一名。"
    assert not kicker_is_wrapped_title(plan("临江县秋季运动会", "中学组林晓夺冠", chance))
    run_on = "本报讯 临江县秋季运动会中学组比赛昨日结束，林晓夺冠。"
    assert kicker_is_wrapped_title(plan("临江县秋季运动", "会中学组林晓夺冠", run_on))


def _stacked_plan(kicker: str, title: str, text: str) -> ArticlePlan:
    k, t, line = build_line_infos([kicker, title, text])
    stack = Stack(Unit(Role.HEADING, (k,)), Unit(Role.HEADING, (t,)), None, (), 1.0)
    return ArticlePlan(parts=[Item(ItemKind.BODY, (line,), (Role.BODY,))], stack=stack)


def test_a_kicker_reporting_words_anywhere_is_no_wrapped_title():
    """「县长林晓强调推进青石镇」/「茶产业提质增效」 over a lead that runs the two on: the kicker holds a
    verb that reports words (segment.unitshapes.SPEECH_VERBS), so the title under it gives them."""
    lead = "本报讯 县长林晓强调推进青石镇茶产业提质增效，让茶农增收。"
    assert not kicker_is_wrapped_title(_stacked_plan("县长林晓强调推进青石镇", "茶产业提质增效", lead))
    plain = "本报讯 县长林晓调研推进青石镇茶产业提质增效，让茶农增收。"
    assert kicker_is_wrapped_title(_stacked_plan("县长林晓调研推进青石镇", "茶产业提质增效", plain))


def test_a_line_twice_as_wide_as_the_kicker_over_it_goes_on_no_wrapped_title():
    """「临江县文化馆」/「开展送戏下乡进村入户巡演活动」 over a lead that runs the two on: a wrapped
    title's first line filled its measure, so the line under it is no wider (WRAP_MAX_GROWTH).
    Half-width digits count half: 「青石镇举办」/「第2024届采茶文化节」 is a wrap (9 em under 5), which
    full-width digits would make 11 em."""
    from banmian.segment.wrappedtitles import WRAP_MAX_GROWTH

    lead = "本报讯 近日，临江县文化馆开展送戏下乡进村入户巡演活动，观众逾万人次。"
    wide = _stacked_plan("临江县文化馆", "开展送戏下乡进村入户巡演活动", lead)
    assert wide.stack.title.lines[0].width > WRAP_MAX_GROWTH * wide.stack.kicker.lines[0].width
    assert not kicker_is_wrapped_title(wide)
    assert kicker_is_wrapped_title(_stacked_plan("临江县文化馆", "开展送戏下乡", lead))
    digits = "本报讯 青石镇举办第2024届采茶文化节，吸引游客三万人次。"
    wrapped = _stacked_plan("青石镇举办", "第2024届采茶文化节", digits)
    kicker_width = wrapped.stack.kicker.lines[0].width
    assert wrapped.stack.title.lines[0].width <= WRAP_MAX_GROWTH * kicker_width < len("第2024届采茶文化节")
    assert kicker_is_wrapped_title(wrapped)


def _subtitled_plan(title: str, subtitle: str, text: str) -> ArticlePlan:
    t, s, line = build_line_infos([title, subtitle, text])
    stack = Stack(None, Unit(Role.HEADING, (t,)), Unit(Role.HEADING, (s,)), (), 1.0)
    return ArticlePlan(parts=[Item(ItemKind.BODY, (line,), (Role.BODY,))], stack=stack)


LEAD = "本报讯 日前，青石镇与临江县签订茶叶购销协议，三年来两地茶叶交易增长两成。"


def test_a_subtitle_the_text_runs_on_from_the_title_is_its_second_line():
    """「青石镇与临江县签订茶叶」/「购销协议三年增长两成」 over a lead that runs 「茶叶购销」 on: one
    title wrapped over two lines, not a title over its subtitle."""
    plan = _subtitled_plan("青石镇与临江县签订茶叶", "购销协议三年增长两成", LEAD)
    assert subtitle_is_wrapped_title(plan)
    stack = unwrapped_stack(plan)
    assert stack is not None and stack.subtitle is None
    assert stack.title.text == "青石镇与临江县签订茶叶购销协议三年增长两成"
    assert stack.title.role is plan.stack.title.role


def test_a_dashed_subtitle_stays_one_where_the_text_runs_on_across_its_dash():
    """A subtitle opened by a dash (「——」) is one of its own, even where the text runs the title on
    into it; a single dash breaks a name joined by it (「中国—东盟」) over two lines."""
    text = "本报讯 临江县迎来最大范围公交调整——调整线路二十条，三年来首次。"
    assert not subtitle_is_wrapped_title(_subtitled_plan("临江县迎最大范围公交调整", "——调整线路二十条", text))
    expo = "本报讯 青石镇日前举办第三届中国—东盟茶叶博览会，客商三百余家参展。"
    assert subtitle_is_wrapped_title(_subtitled_plan("青石镇举办第三届中国", "—东盟茶叶博览会", expo))


def test_a_long_subtitle_stays_one_however_the_text_runs():
    """A line of LONG_LINE_CHARS characters or more is set in subtitle type: 「……常委会议」/「决定……」
    over a text telling of 「会议决定」 is a title over its subtitle."""
    meeting = "本报讯 临江县人大常委会昨日召开第十二次常委会议决定县人代会第三次会议于十二月五日在县城举行。"
    long_subtitle = "决定县人代会第三次会议于十二月五日在县城举行"
    assert len(long_subtitle) >= LONG_LINE_CHARS
    assert not subtitle_is_wrapped_title(_subtitled_plan("临江县召开第十二次常委会议", long_subtitle, meeting))
    assert subtitle_is_wrapped_title(_subtitled_plan("临江县召开第十二次常委会议", "决定会期", meeting))


def test_two_characters_across_a_subtitle_break_are_chance():
    """Only 「叶购」 recurs across the break (a text telling of a 「枫叶购物节」), not three characters:
    the subtitle stays one."""
    chance = "本报讯 青石镇与临江县签订茶叶协议，并在枫叶购物节上推介，交易三年增长两成。"
    plan = _subtitled_plan("青石镇与临江县签订茶叶", "购销协议三年增长两成", chance)
    assert "叶购" in chance and not subtitle_is_wrapped_title(plan)


def test_a_title_wrapped_across_a_blank_line_needs_four_characters_across_the_break():
    """Where blank lines mark blocks, a kicker stands in a block of its own, and a blank line
    between two headline lines says kicker over title; a layout dump prints blank rows inside a
    title set large. Four characters across the break in the text (「农机技术」) outweigh the blank
    line; three (「机技术」 without 「农」 before it) do not."""

    def apart(kicker: str, title: str, text: str) -> ArticlePlan:
        k, _, t, line = build_line_infos([kicker, "", title, text])
        stack = Stack(Unit(Role.HEADING, (k,)), Unit(Role.HEADING, (t,)), None, (), 1.0)
        return ArticlePlan(parts=[Item(ItemKind.BODY, (line,), (Role.BODY,))], stack=stack)

    four = "本报讯 临江县加强农机技术推广，今年培训农机手三百人。"
    assert kicker_is_wrapped_title(apart("临江县加强农机", "技术推广见实效", four))
    three = "本报讯 临江县加强农业机技术推广，今年培训农机手三百人。"
    assert "机技术" in three and "农机技术" not in three
    assert not kicker_is_wrapped_title(apart("临江县加强农机", "技术推广见实效", three))
    assert kicker_is_wrapped_title(_stacked_plan("临江县加强农机", "技术推广见实效", three))
