"""Line roles by the hand-written rules alone (segment.roles, ``learned=False``)."""

from __future__ import annotations

import banmian
from banmian.layout.lines import build_line_infos
from banmian.segment.roles import Role, assign_roles
from pagetext import body, wrap


def test_a_line_over_a_dateline_broken_before_its_date_ends_is_a_headline():
    """「本报临江 4 月 10」/「日电（记者 林晓）……」: the dateline's first line opens an article as a
    whole dateline does, so the plain line above it, as wide as the column, is a headline."""
    story = body("县图书馆近日开展读书月活动，吸引了不少市民参加，读书月将持续到月底。", column=11)
    opening = wrap("日电（记者 林晓）县第五届春季运动会今天在体育中心开幕，八百余名运动员参加比赛。", 11, indent=0)
    lines = build_line_infos([*story, "县第五届春季运动会开幕", "本报临江 4 月 10", *opening])
    roles = assign_roles(lines, learned=False)
    title = len(story)
    assert roles[title] is Role.HEADING
    assert all(role is Role.BODY for role in roles[:title])
    assert roles[title + 1] is not Role.HEADING



def test_a_dashed_list_item_inside_the_text_is_text():
    """「——返乡青年林晓说」 set in the column between a finished paragraph and the lines that go on
    with its sentence opens a paragraph of a dashed list, not a subtitle: a subtitle stands apart
    from the running text, under its title. (The line ends on a whole word and with no comma,
    so only its place in the text tells.)"""
    before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。", column=11)
    item = wrap("——返乡青年林晓说今年想在县城开一家小店，服务站帮他找好了门面。", 11)
    lines = build_line_infos([*before, *item])
    roles = assign_roles(lines, learned=False)
    assert item[0] == "——返乡青年林晓说"
    assert all(role is Role.BODY for role in roles)


def test_a_dashed_list_items_lead_in_over_the_item_itself_is_its_sub_heading_not_a_kicker():
    """A list item's opening words set on a line of their own (「——我们将办好家门口的学校」) right
    over the paragraph that repeats them (「——我们将办好家门口的学校，……」): two dash lines in the
    text, the lower of them a list item by its comma, so it stands in running text; the upper one
    is the heading its item repeats (segment.repeatedleads), no kicker over a title."""
    before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。", column=15)
    item = body("——我们将办好家门口的学校，今年新建改建中小学六所，新增学位三千个。", column=15)
    lines = build_line_infos([*before, "——我们将办好家门口的学校", *item])
    assert lines[len(before) + 1].text.startswith("——") and lines[len(before) + 1].text.endswith("，")
    roles = assign_roles(lines, learned=False)
    assert roles[len(before)] is Role.HEADING
    assert all(role is Role.BODY for k, role in enumerate(roles) if k != len(before))


def test_a_run_in_lead_closed_by_a_dash_inside_the_text_is_text():
    """「农村电商快速发展——」 printed on a line of its own between a finished paragraph and the text
    that goes on from it: a paragraph's run-in lead, not a kicker (whose dash leads into a title)."""
    before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。“工作在家门口就能找到了。”县人社局局长林晓说。", column=15)
    lead = "农村电商快速发展——"
    after = wrap("今年全县新修农村公路一百二十公里，通到了每一个自然村。", 15, 0)
    lines = build_line_infos([*before, lead, *after])
    roles = assign_roles(lines, learned=True)
    assert roles[len(before)] is Role.BODY


def test_a_kicker_closed_by_a_dash_over_its_title_stays_a_headline():
    before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。", column=13)
    opening = wrap("本报讯（记者 林晓）今年全县新修农村公路一百二十公里。", 13)
    lines = build_line_infos([*before, "乡村公路修到家门口——", "江北县农村公路通到每个自然村", *opening])
    roles = assign_roles(lines, learned=True)
    assert roles[len(before)] is Role.HEADING


def test_a_dashed_subtitle_under_its_title_stays_a_subtitle():
    """Under a headline, apart from the text before it, a dash line is the article's subtitle."""
    before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。", column=11)
    opening = wrap("本报讯（记者 林晓）县第五届春季运动会今天开幕，八百余名运动员参加比赛。", 11)
    lines = build_line_infos([*before, "", "县第五届春季运动会开幕", "——八百余名运动员参赛", "", *opening])
    roles = assign_roles(lines, learned=False)
    assert roles[len(before) + 2] is Role.SUBTITLE


def test_a_notice_title_wrapped_over_two_lines_is_a_headline():
    """「关于县体育馆暂停开放」/「进行维修改造的公告」: worded as a notice's title only across the break,
    it is that title wrapped, whatever the classifier thinks of each half."""
    before = body("县图书馆读书月期间每天开放到晚上九点，欢迎广大读者前来借阅。", column=11)
    notice = wrap("因场馆维修改造需要，县体育馆将于4月10日起暂停开放，恢复开放时间另行通知。", 11)
    title = ["关于县体育馆暂停开放", "进行维修改造的公告"]
    lines = build_line_infos([*before, *title, *notice])
    roles = assign_roles(lines)
    k = len(before)
    assert roles[k] is Role.HEADING and roles[k + 1] is Role.HEADING
    assert roles[k + 2] is Role.BODY


def test_the_tail_of_a_briefs_credit_broken_over_two_lines_is_text():
    """「……故事比赛。（林晓 何春」/「生）」: the short line that closes the credit's bracket ends the
    brief's text, whatever heading its two characters look like to a rule; a heading that merely
    ends in a bracket under a line of running text is left alone."""
    from banmian.segment.creditlines import settle_credit_tails

    story = body("县图书馆近日开展读书月活动，林晓馆长介绍，馆里新购图书两千册。", column=13)
    lines = build_line_infos([*story[:-1], story[-1] + "（林晓 何春", "生）", "县青年创业协会成立"])
    roles = [Role.BODY] * len(lines)
    roles[-2] = roles[-1] = Role.HEADING
    settle_credit_tails(lines, roles)
    assert roles[-2] is Role.BODY and roles[-1] is Role.HEADING
    lines = build_line_infos([*story[:-1], story[-1] + "林晓说", "（何春生）"])
    roles = [Role.BODY] * (len(lines) - 1) + [Role.HEADING]
    settle_credit_tails(lines, roles)
    assert roles[-1] is Role.HEADING


def test_a_question_title_wrapped_with_its_column_tag_over_a_byline_is_a_headline():
    """「县里的公交线路」/「还要调整吗？（民生」/「热线）」 between a finished text and a byline: the
    question mark ends the title, not a sentence of text; a narrow column wraps the title and its
    tag over three lines. The text above it stays text."""
    story = body("县图书馆近日开展读书月活动，吸引了不少市民参加，读书月将持续到月底。", column=9)
    title = ["县里的公交线路", "还要调整吗？（民生", "热线）"]
    lead = body("县交通运输局近日就公交线路调整一事答复了市民的来信。", column=9)
    roles = assign_roles(build_line_infos([*story, *title, "本报评论员", *lead]), learned=False)
    assert roles[len(story) : len(story) + 3] == [Role.HEADING] * 3
    assert set(roles[: len(story)]) == {Role.BODY}


def test_a_dash_line_closing_a_book_title_of_the_text_is_text():
    """「……发布了《春到青石镇」/「——临江县乡村振兴纪实》等」: the dash is inside the book title the
    text above opened, not a subtitle's."""
    before = body("县文化馆日前举行新书发布会，发布了《春到青石镇", column=11)
    lines = build_line_infos([*before, "——临江县乡村振兴纪实》等", "三部图书。"])
    roles = assign_roles(lines, learned=False)
    assert roles[len(before)] is Role.BODY


def test_a_dash_line_leaving_a_quotation_open_that_the_text_below_closes_is_text():
    """「——十月二十日，“茶乡」/「之夜”晚会在……」 under a sub-heading: the dash opens a sentence of the
    section's text whose quotation the line below closes; a subtitle closes what it opens. Over a
    text that opens a quotation of its own first, the dash line stays a subtitle."""
    from banmian.segment.dashes import veto_run_on_dashes

    def settle(below: list[str]) -> Role:
        before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。", column=13)
        lines = build_line_infos([*before, "丰收节活动亮点多", "——十月二十日，“茶乡", *below])
        roles = [Role.BODY] * len(lines)
        roles[len(before)] = Role.HEADING
        roles[len(before) + 1] = Role.SUBTITLE
        veto_run_on_dashes(lines, roles)
        return roles[len(before) + 1]

    assert settle(wrap("之夜”晚会在青石镇举行，三千多名群众观看了演出。", 13, 0)) is Role.BODY
    assert settle(wrap("本报讯（记者 林晓）“丰收节”开幕式在青石镇举行。", 13)) is Role.SUBTITLE


def test_the_lines_a_subtitle_wraps_over_before_the_byline_are_the_subtitles():
    """「——青石镇茶农」/「讲述种茶故事 林晓」/「到场采访」 over 「本报临江 4 月 10」/「日电……」: the
    text opens with its dateline, so the lines between the dash and it are the subtitle wrapped,
    however like text they read. Over a text that opens with no byline they are left as they were."""
    from banmian.segment.dashes import mark_subtitle_tails

    head = ["临江县茶文化节", "在青石镇开幕", "——青石镇茶农", "讲述种茶故事 林晓", "到场采访"]

    def settle(below: list[str]) -> list[Role]:
        lines = build_line_infos([*head, *below])
        roles = [Role.HEADING, Role.HEADING, Role.SUBTITLE] + [Role.BODY] * (len(lines) - 3)
        mark_subtitle_tails(lines, roles)
        return roles[3:5]

    dateline = wrap("本报临江 4 月 10 日电（记者 何春生）临江县茶文化节今天在青石镇开幕。", 10, 0)
    assert settle(dateline) == [Role.SUBTITLE, Role.SUBTITLE]
    text = wrap("临江县茶文化节今天在青石镇开幕，茶农们带来了今年的新茶。", 10, 0)
    assert settle(text) == [Role.BODY, Role.BODY]


def test_a_dash_line_whose_sentence_ends_on_the_short_line_under_it_is_text():
    """「——精准施策」/「——精准施策，小微企业」/「融资难缓解。」 after a finished paragraph: the second dash
    line's sentence ends on the paragraph's short last line under it, so it is an item of a dashed
    list, and the line over it, its lead-in on a line of its own, is text too. A subtitle over an
    article's opening line stays one."""
    from banmian.segment.dashes import veto_run_on_dashes

    before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。", column=13)
    items = ["——精准施策", "——精准施策，小微企业", "融资难缓解。"]
    lines = build_line_infos([*before, *items, *body("今年前九个月，全县新增贷款十二亿元，企业融资成本下降。", column=13)])
    roles = [Role.BODY] * len(lines)
    roles[len(before)] = roles[len(before) + 1] = Role.SUBTITLE
    veto_run_on_dashes(lines, roles)
    assert roles[len(before) : len(before) + 2] == [Role.BODY, Role.BODY]
    opening = wrap("本报讯（记者 林晓）今年前九个月，全县新增贷款十二亿元。", 13)
    lines = build_line_infos(["县里小微企业融资难缓解", "——精准施策见成效", *opening])
    roles = [Role.HEADING, Role.SUBTITLE] + [Role.BODY] * len(opening)
    veto_run_on_dashes(lines, roles)
    assert roles[1] is Role.SUBTITLE

    def under_title(subtitle: str, text: list[str]) -> Role:
        """The role a dash line keeps right under a title, over ``text``."""
        lines = build_line_infos([*before, "茶香飘满青石镇", subtitle, *text])
        roles = [Role.BODY] * len(lines)
        roles[len(before)] = Role.HEADING
        roles[len(before) + 1] = Role.SUBTITLE
        veto_run_on_dashes(lines, roles)
        return roles[len(before) + 1]

    # under a title a dash line is its subtitle, whatever the short line under it: a text opening
    # on a short paragraph, on a byline, or a subtitle closed by its own 「！」
    assert under_title("——临江县茶文化节开幕，茶农齐聚", ["又是一年采茶季。"]) is Role.SUBTITLE
    assert under_title("——临江县茶文化节开幕，茶农齐聚", ["本报讯 又是一年采茶季。"]) is Role.SUBTITLE
    assert under_title("——青石镇茶农，你们辛苦了！", ["又是一年采茶季。"]) is Role.SUBTITLE
    # under its lead-in, the dash line must run a clause on (a mark inside it, no sentence end of
    # its own), and the line under it be a paragraph's short last line ending the sentence, with
    # no clause of its own and no byline
    for dash, last in (
        ("——精准施策，小微企业", "融资难，成本降。"),
        ("——精准施策，小微企业", "本报讯 融资难缓解。"),
        ("——精准施策，小微企业受益！", "融资难缓解。"),
        ("——精准施策小微企业", "成效显著。"),
        ("——精准施策，小微企业", "融资难题得到有效缓解成本明显下降了。"),
    ):
        lines = build_line_infos([*before, "——精准施策", dash, last])
        roles = [Role.BODY] * len(lines)
        roles[len(before)] = roles[len(before) + 1] = Role.SUBTITLE
        veto_run_on_dashes(lines, roles)
        assert roles[len(before) + 1] is Role.SUBTITLE, (dash, last)


def test_the_next_articles_title_under_a_whole_subtitle_is_no_tail_of_it():
    """A body-first article's subtitle (「——林晓出席开幕式」, whole), then the next article's title
    over its byline: the title keeps its role. A box's label there is no tail either; a short
    headline line under the dash line (its wrapped end, 「并致辞」) is the subtitle's."""
    from banmian.segment.dashes import mark_subtitle_tails

    def settle(texts: list[str], roles: list[Role]) -> list[Role]:
        lines = build_line_infos([*texts, "本报讯（记者 何春生）县图书馆从下周起延长开放时间。"])
        settled = [*roles, Role.BODY]
        mark_subtitle_tails(lines, settled)
        return settled[: len(roles)]

    H, S = Role.HEADING, Role.SUBTITLE
    assert settle(["——林晓出席开幕式", "县图书馆延长开放时间"], [S, H]) == [S, H]
    assert settle(["——林晓出席开幕式", "简讯"], [S, H]) == [S, H]
    assert settle(["——林晓出席开幕式", "并致辞"], [S, H]) == [S, S]


def test_a_long_subtitle_wrapped_mid_word_in_a_narrow_column_stays_a_subtitle():
    """「——听取县农」/「业农村工作汇报，」/「部署秋粮收购工作」/「本报临江 4 月 10」/「日电……」: the dash
    line breaks inside a word (农业), as a dashed list item running into its text does, but its
    lines run on to the dateline that opens the text: a subtitle wrapped in a narrow column. A dash
    line breaking so over text that opens with no byline is still text."""
    from banmian.segment.dashes import mark_subtitle_tails, veto_run_on_dashes

    head = ["县政府召开常务会议", "——听取县农", "业农村工作汇报，", "部署秋粮收购工作"]

    def settle(below: list[str]) -> list[Role]:
        lines = build_line_infos([*head, *below])
        roles = [Role.HEADING, Role.SUBTITLE] + [Role.BODY] * (len(lines) - 2)
        veto_run_on_dashes(lines, roles)
        mark_subtitle_tails(lines, roles)
        return roles[1:4]

    dateline = wrap("本报临江 4 月 10 日电（记者 何春生）县政府今天召开常务会议。", 9, 0)
    assert settle(dateline) == [Role.SUBTITLE] * 3
    text = wrap("县政府今天召开常务会议，研究部署秋粮收购工作。", 9, 0)
    assert settle(text) == [Role.BODY] * 3


def test_a_title_drawn_in_the_text_over_its_subtitle_is_a_headline():
    """pdfium draws a body-first article's title and subtitle after its text: a plain line right
    after a finished sentence, over a dash line, is the title over its subtitle, even where the
    rules before left it text (dashes.veto_run_on_dashes), not a sentence going on into the dash."""
    from banmian.segment.dashes import veto_run_on_dashes

    before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。“工作在家门口就能找到了。”县人社局局长林晓说。", column=13)
    after = body("今年全县新修农村公路一百二十公里，通到了每一个自然村，群众出行更方便了。", column=13)
    lines = build_line_infos([*before, "让青石镇的茶农早日富起来", "——临江县发展茶产业纪实", *after])
    roles = [Role.BODY] * len(lines)
    roles[len(before) + 1] = Role.SUBTITLE
    veto_run_on_dashes(lines, roles)
    assert roles[len(before) : len(before) + 2] == [Role.HEADING, Role.SUBTITLE]


def test_a_dash_line_whose_text_goes_on_in_a_full_line_is_no_subtitle():
    """「走进青石镇东头的茶场」/「——全县首个有机茶基地」/「里，茶农们……」: the line under the dash line
    fills the column and opens no byline, so no article opens there; the dash is the sentence's
    aside, and the plain line over it is the paragraph's first line, not a title."""
    from banmian.segment.dashes import veto_run_on_dashes

    before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。“工作在家门口就能找到了。”县人社局局长林晓说。", column=13)
    going_on = wrap("里，茶农们正忙着采摘今年的秋茶，一派丰收景象，今年的茶叶收购价也比去年高。", 13, indent=0)
    lines = build_line_infos([*before, "走进青石镇东头的茶场", "——全县首个有机茶基地", *going_on])
    roles = [Role.BODY] * len(lines)
    roles[len(before) + 1] = Role.SUBTITLE
    veto_run_on_dashes(lines, roles)
    assert roles[len(before) : len(before) + 2] == [Role.BODY, Role.BODY]

    def settle(dash: str, below: list[str], byline_at: int | None = None) -> list[Role]:
        lines = build_line_infos([*before, "走进青石镇东头的茶场", dash, *below])
        roles = [Role.BODY] * len(lines)
        roles[len(before) + 1] = Role.SUBTITLE
        if byline_at is not None:
            roles[len(before) + 2 + byline_at] = Role.BYLINE
        veto_run_on_dashes(lines, roles)
        return roles[len(before) : len(before) + 2]

    title_and_subtitle = [Role.HEADING, Role.SUBTITLE]
    # A byline under the dash line opens an article: the title over its subtitle.
    assert settle("——全县首个有机茶基地", ["本报讯（记者 何春生）今年以来，青石镇茶园面"]) == title_and_subtitle
    # A dash line wider than the column is a subtitle set across columns, over any text.
    assert settle("——临江县青石镇建成全县首个有机茶基地带动茶农增收", going_on) == title_and_subtitle
    # A subtitle wrapped onto a full line down to its byline is one subtitle still.
    assert settle("——临江县发展茶产业带动", ["茶农增收致富的故事和经验", "本报记者 何春生", *going_on], byline_at=1) == title_and_subtitle


def test_the_line_under_a_notices_formal_title_is_its_text():
    """「关于城西路部分路段夜间施工的公告」 over 「因城西路雨污管道」, read as a headline line, over the
    notice's text: a formal notice has no subtitle, its text starts right under its title."""
    from banmian.segment.noticeheads import veto_heads_under_notice_titles

    notice = wrap("改造需要，定于4月10日22时至次日6时在城西路沿线夜间施工。", 10)
    heads = ["关于城西路部分路段", "夜间施工的公告", "因城西路雨污管道"]
    lines = build_line_infos([*heads, *notice])
    roles = [Role.HEADING] * len(heads) + [Role.BODY] * len(notice)
    veto_heads_under_notice_titles(lines, roles)
    assert roles[:3] == [Role.HEADING, Role.HEADING, Role.BODY]
    # Under a headline that is no formal notice title, the line stays a headline.
    lines = build_line_infos(["城西路部分路段夜间施工", "因城西路雨污管道", *notice])
    roles = [Role.HEADING, Role.HEADING] + [Role.BODY] * len(notice)
    veto_heads_under_notice_titles(lines, roles)
    assert roles[1] is Role.HEADING


def test_a_column_line_holding_a_foreign_names_interpuncts_is_no_wide_headline():
    """「可·安东尼奥·罗西……」 fills its column once its interpuncts are set in half an em (segment.
    headrules.INTERPUNCT_WIDTH_SAVING): it is not a line wider than the column, and the paragraph's
    first line above it, its indent dropped, is no title's first line."""
    text = [
        "青石镇今年接待外地游客十万人，",
        "比去年增加三成，茶园和古村落最",
        "受欢迎，镇里新修了两处停车场。",
        "青石镇友好城市代表团团长马",
        "可·安东尼奥·罗西先生在开幕式上",
        "表示，两地将在茶叶种植和乡村旅",
        "游方面继续合作，明年互派人员学",
        "习交流，共同办好每年的茶叶节。",
    ]
    roles = assign_roles(build_line_infos(text), learned=False)
    assert roles[3:5] == [Role.BODY, Role.BODY]


def test_a_tagged_exclamation_under_a_dash_kicker_is_its_title() -> None:
    """「……林晓——」 promises a headline; the line under it closing its exclamation with the column's
    tag is that title, though no byline follows it."""
    lines = [
        "临江县青石镇村医林晓冒雨出诊——",
        "“乡亲们等着我，不能不去！”（青石人物）",
        "　　暴雨下了一整夜，林晓背起药箱出了门。山路湿滑，他走了两个小时才到病人家中。",
        "　　病人是一位八十岁的老人，林晓为她量了血压，又留下了药品，直到天亮才返回卫生室。",
    ]
    # With the line classifier (the kicker line is a headline by its reading, not by the rules).
    roles = assign_roles(build_line_infos(lines), learned=True)
    assert roles[:2] == [Role.HEADING, Role.HEADING]
    [article] = banmian.parse("\n".join(lines)).articles
    assert article.title is not None and article.title.text == lines[1]


def test_names_wrapped_inside_an_open_byline_bracket_are_no_byline_of_their_own() -> None:
    """「本报讯（记者 欧阳」/「林晓 通讯员 何春生 王」/「青）……」: the middle line reads as a byline by
    itself, but the bracket above is still open, so it goes on with the text's opening."""
    lines = [
        "青石镇茶农喜迎丰收",
        "（青石观察）",
        "　　本报讯（记者 欧阳",
        "林晓 通讯员 何春生 王",
        "青）秋日，又一次来到",
        "青石山地。",
        "　　这里的茶园连绵起伏，",
        "茶农们正忙着采摘秋茶，",
        "处处是忙碌的身影。",
    ]
    roles = assign_roles(build_line_infos(lines), learned=True)
    assert roles[3] is Role.BODY
    [article] = banmian.parse("\n".join(lines)).articles
    assert article.title is not None and article.title.text == "青石镇茶农喜迎丰收（青石观察）"
    assert article.paragraphs[0].text.startswith("秋日，又一次来到青石山地。")


def test_a_tagged_title_wrapped_under_a_dash_kicker_is_the_title():
    """「……带领乡亲致富——」 over 「“让乡亲们的日子越过越」/「好！”（青石人物）」: the dash promises a
    title and the tag closes it two lines down, so both lines are the title, though the exclamation
    mark reads as text; text that no tag closes under the kicker stays text."""
    from banmian.segment.dashes import mark_titles_under_dash_kickers

    before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。", column=11)
    kicker = "青石镇茶农林晓带领乡亲致富——"
    opening = wrap("本报讯（记者 何春生）青石镇茶农林晓今年带着乡亲们种茶，全村人均增收三千元。", 11, indent=0)

    def settle(title: list[str]) -> list[Role]:
        lines = build_line_infos([*before, kicker, *title, *opening])
        roles = [Role.BODY] * len(lines)
        roles[len(before)] = Role.HEADING
        mark_titles_under_dash_kickers(lines, roles)
        return roles[len(before) + 1 : len(before) + 1 + len(title)]

    assert settle(["“让乡亲们的日子越过越", "好！”（青石人物）"]) == [Role.HEADING, Role.HEADING]
    assert settle(["“让乡亲们的日子越过越好！”（青石人物）"]) == [Role.HEADING]
    assert settle(["“让乡亲们的日子越过越", "好！”林晓说。"]) == [Role.BODY, Role.BODY]
    # A byline ends the search: the text under it is the article's.
    assert settle(["本报记者 何春生", "好！”（青石人物）"]) == [Role.BODY, Role.BODY]
    # Four lines are too many for a title: text that a tag closes so far down is a brief's.
    assert settle(["“让乡亲们的", "日子越过越", "红火越过越", "好！”（青石人物）"]) == [Role.BODY] * 4


def test_a_plain_line_under_a_dash_kicker_over_a_paragraphs_opening_is_the_title():
    """「……带领乡亲致富——」 over 「荒山变成了茶园」 over a text opening short by its indent: the dash
    promises a title and the text opens under it, so the line is the title though it reads as text.
    A line the text goes on from, or one that leaves a quotation open or ends on a comma, stays."""
    from banmian.segment.dashes import mark_titles_under_dash_kickers

    before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。", column=11)
    kicker = "青石镇茶农林晓带领乡亲致富——"
    opening = body("青石镇茶农林晓今年带着乡亲们在荒山上种茶，全村人均增收三千元。", column=11)

    def settle(title: str, under: list[str]) -> Role:
        lines = build_line_infos([*before, kicker, title, *under])
        roles = [Role.BODY] * len(lines)
        roles[len(before)] = Role.HEADING
        mark_titles_under_dash_kickers(lines, roles)
        return roles[len(before) + 1]

    assert settle("荒山变成了茶园", opening) is Role.HEADING
    assert settle("荒山变成了茶园", ["本报记者 何春生", *opening]) is Role.HEADING
    assert settle("荒山变成了茶园", opening[1:]) is Role.BODY  # a full line under it goes on from it
    assert settle("“荒山变成了茶园", opening) is Role.BODY
    assert settle("荒山变成了茶园，", opening) is Role.BODY
    assert settle("荒山变成了茶园。", opening) is Role.BODY
    # At the page's end: a byline or an indented line still opens the text; nothing else can tell.
    assert settle("荒山变成了茶园", ["本报记者 何春生"]) is Role.HEADING
    assert settle("荒山变成了茶园", ["　　" + opening[0]]) is Role.HEADING
    assert settle("荒山变成了茶园", opening[:1]) is Role.BODY
    assert settle("荒山变成了茶园", []) is Role.BODY
    # A blank line, or a line another rule gave a role, is no title of the kicker's.
    assert settle("", opening) is Role.BODY


def test_a_line_with_a_role_of_its_own_under_a_dash_kicker_keeps_it() -> None:
    from banmian.segment.dashes import mark_titles_under_dash_kickers

    before = body("县里今年新建了三处就业服务站，各乡镇也办起了招聘会。", column=11)
    opening = body("青石镇茶农林晓今年带着乡亲们在荒山上种茶，全村人均增收三千元。", column=11)
    lines = build_line_infos([*before, "青石镇茶农林晓带领乡亲致富——", "荒山变成了茶园", *opening])
    roles = [Role.BODY] * len(lines)
    k = len(before)
    roles[k], roles[k + 1] = Role.HEADING, Role.CAPTION
    mark_titles_under_dash_kickers(lines, roles)
    assert roles[k + 1] is Role.CAPTION
    roles[k + 1] = Role.BODY  # the same line as text is the title
    mark_titles_under_dash_kickers(lines, roles)
    assert roles[k + 1] is Role.HEADING


def test_a_papers_name_over_the_header_date_is_furniture_though_the_line_above_runs_on():
    """A full line of text that ends no sentence would take the paper's name under it as the next
    words of its sentence; but the name stands over the page's date with its weekday: the two are
    the page header (pdfium printed a column's last line, or a title's, right before it). Without
    the date under it, the name goes on with the sentence."""
    column = ["县里今年新建了三处就业服", "务站，林晓说今年将再建两", "处服务站，覆盖全县的乡镇"]
    lines = build_line_infos([*column, "临江晚报", "2019年10月26日 星期六"])
    roles = assign_roles(lines, learned=False)
    assert roles[3] is Role.FURNITURE and roles[4] is Role.FURNITURE
    lines = build_line_infos([*column, "临江晚报", "上，引起了读者的关注。"])
    assert assign_roles(lines, learned=False)[3] is Role.BODY
