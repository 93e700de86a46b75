"""Shared rows cut apart (layout.rows): a headline and the byline of the article beside it."""

from __future__ import annotations

from banmian.layout.digits import JoinedLine
from banmian.layout.rows import split_shared_rows


def _texts(raw: list[str]) -> list[tuple[str, int]]:
    lines = [JoinedLine(text, k, k) for k, text in enumerate(raw, start=1)]
    return [(line.text, line.first) for line in split_shared_rows(lines)]


def test_a_headline_level_with_a_byline_is_cut_before_the_byline():
    assert _texts(["乡村道路修到家门口 本报讯（记者 林晓）近日，", "县里新修的"]) == [
        ("乡村道路修到家门口", 1),
        (" 本报讯（记者 林晓）近日，", 1),
        ("县里新修的", 2),
    ]


def test_a_byline_level_with_the_next_articles_dateline_is_cut_too():
    assert _texts(["本报评论员 　　新华社北京5月3日电（记者 王丽）"]) == [
        ("本报评论员", 1),
        ("　　新华社北京5月3日电（记者 王丽）", 1),
    ]


def test_body_text_that_ends_a_sentence_or_has_no_gap_is_left_whole():
    lines = ["活动圆满结束。 本报讯（记者 林晓）", "据本报记者了解，新华社", "记者 林晓 本报"]
    assert _texts(lines) == [(text, k) for k, text in enumerate(lines, start=1)]


def test_a_headline_level_with_an_indented_paragraph_is_cut_before_the_indent():
    """The paragraph's piece keeps its indent and drops the row's gap before it, so it opens with
    the indent as a line of its own would (read as indented)."""
    from banmian.layout.lines import build_line_infos

    pieces = split_shared_rows([JoinedLine("乡村道路修到家门口 \u3000\u3000今年以来，县里新修", 1, 1)])
    assert [(line.text, line.first) for line in pieces] == [
        ("乡村道路修到家门口", 1),
        ("\u3000\u3000今年以来，县里新修", 1),
    ]
    assert build_line_infos([line.text for line in pieces])[1].indented


def test_phrases_set_apart_by_ideographic_spaces_alone_stay_one_line():
    assert _texts(["建设美丽家园\u3000\u3000共享绿色生活"]) == [("建设美丽家园\u3000\u3000共享绿色生活", 1)]


def test_a_box_label_level_with_a_headline_is_cut_off():
    """pdfium prints a 简讯 box's label on the row of the headline beside it."""
    assert _texts(["城东滨河公园开园迎客 简 讯", "县城新增三条公交线路 快讯"]) == [
        ("城东滨河公园开园迎客", 1),
        ("简 讯", 1),
        ("县城新增三条公交线路", 2),
        ("快讯", 2),
    ]


def test_a_box_label_opening_the_row_of_its_first_items_title_is_cut_off():
    """The label over a box set level with the title of the box's first item, on its left."""
    assert _texts(["简讯 前三季度青石镇茶叶", "简 讯 临江县空气质量情况通报"]) == [
        ("简讯", 1),
        ("前三季度青石镇茶叶", 1),
        ("简 讯", 2),
        ("临江县空气质量情况通报", 2),
    ]


def test_a_label_word_opening_a_line_of_text_stays():
    lines = ["简讯，是报纸上常见的体裁。", "快讯，一则"]
    assert _texts(lines) == [(text, k) for k, text in enumerate(lines, start=1)]


def test_a_letter_spaced_title_ending_like_a_label_and_text_stay_whole():
    lines = ["县 里 新 闻 简 讯", "据悉，本周的活动简讯", "简讯"]
    assert _texts(lines) == [(text, k) for k, text in enumerate(lines, start=1)]


def test_a_dateline_whose_date_runs_to_the_next_line_is_cut_off():
    """「本报 临江 5 月」/「3 日电（记者 林晓）」: the place and a date mark the dateline."""
    assert _texts(["县城新增三条公交线路 本报 临江 5 月", "3 日电（记者 林晓）"])[:2] == [
        ("县城新增三条公交线路", 1),
        (" 本报 临江 5 月", 1),
    ]
    assert _texts(["据本报记者了解 本报 2019"]) == [("据本报记者了解 本报 2019", 1)]


def test_a_headline_closed_by_its_column_tag_or_notice_word_is_cut_from_what_follows_on_its_row():
    assert _texts(["夜读有灯，书香满城（文化走笔） 城东滨河公园开园迎客"]) == [
        ("夜读有灯，书香满城（文化走笔）", 1),
        (" 城东滨河公园开园迎客", 1),
    ]
    assert _texts(["关于调整三路公交车线路的公告 城东滨河公园开园迎客"]) == [
        ("关于调整三路公交车线路的公告", 1),
        (" 城东滨河公园开园迎客", 1),
    ]
    # a bracket inside text, or a credit after a gap, stays where it is
    kept = ["他说（记者 林晓） 今天", "县里举办运动会（图） （林晓）"]
    assert _texts(kept) == [(text, k) for k, text in enumerate(kept, start=1)]


def test_a_wrapped_titles_last_character_level_with_a_byline_is_cut_off():
    assert _texts(["青石镇新建十座农家书", "屋 本报讯（记者 林晓）近日，"]) == [
        ("青石镇新建十座农家书", 1),
        ("屋", 2),
        (" 本报讯（记者 林晓）近日，", 2),
    ]


def test_a_headlines_last_line_level_with_a_paragraphs_opening_is_cut_before_it():
    # pdfium wrote the title's last line and the text's first line (its indent lost) as one row.
    assert _texts(["乡村道路修到了家门口 “今年，青石镇"]) == [("乡村道路修到了家门口", 1), (" “今年，青石镇", 1)]
    # A title's two phrases, and a line of text that pdfium spaced out, stay whole.
    for line in ["乡村道路修到家门口 群众出行更方便", "在 青石 镇 召开的 大会，全体", "今年以来 县里，新修"]:
        assert _texts([line]) == [(line, 1)]


def test_a_note_of_a_text_from_another_page_is_cut_off_the_headline_beside_it():
    """pdfium's row: the note heading a column's text, the last line of a title set beside it."""
    pieces = split_shared_rows([JoinedLine("（上接第二版） 区域临时停水的公告", 7, 7)])
    assert [p.text for p in pieces] == ["区域临时停水的公告", "（上接第二版）"]
    assert all(p.first == 7 for p in pieces)


def test_a_note_sending_the_text_on_stays_before_what_stands_beside_it():
    pieces = split_shared_rows([JoinedLine("（下转第3版） 青石镇茶园喜获丰收", 4, 4)])
    assert [p.text for p in pieces] == ["（下转第3版）", "青石镇茶园喜获丰收"]


def test_a_headlines_last_line_level_with_a_line_the_next_line_goes_on_with_is_cut_before_it():
    """「……收购推进会 青石镇粮食、油料收购站的」 over 「工作人员正在检修烘干设备」: the text after the
    gap holds a mark of running text and is a line of the column below it (as wide as the next
    line, or short of it by a paragraph's indent), so the headline ends at the gap."""
    head, below = "临江县召开秋粮收购推进会", "工作人员正在检修烘干设备"
    for tail in (" 青石镇粮食、油料收购站的", " 青石镇粮食、油料收购站"):
        assert _texts([head + tail, below]) == [(head, 1), (tail, 1), (below, 2)]


def test_a_wrapped_titles_last_line_of_five_characters_is_cut_before_such_a_line():
    """Five Chinese characters before the gap are a wrapped title's last line; five figures and
    marks are a line of text's."""
    row, below = "的巨大潜力 临江县委常委、副县", "长林晓9日出席青石镇"
    assert _texts([row, below]) == [("的巨大潜力", 1), (" 临江县委常委、副县", 1), (below, 2)]
    row = "0.12% 。青石镇的老人们说："
    assert _texts([row, "“春天种下一粒籽，"]) == [(row, 1), ("“春天种下一粒籽，", 2)]


def test_a_title_of_two_phrases_over_a_body_line_stays_whole():
    """No mark of running text after the gap (a title's second phrase), a wide piece after it that
    no line of the column below matches, a next line set apart by a gap or an indent, or digits
    after the gap: the row is no headline beside a column's line."""
    below = "工作人员正在检修烘干设备"
    cut = "临江县召开秋粮收购推进会 青石镇粮食、油料收购站的"  # cut over the plain next line
    for row, nxt in (
        ("临江县召开秋粮收购推进会 青石镇粮食油料收购站的", below),
        ("临江县召开秋粮收购推进会 青石镇粮食、油料收购站的工作人员", below),
        ("临江县召开秋粮收购推进会 青石镇粮食、油", below),
        (cut, "\u3000\u3000" + below),
        (cut, " " + below),
        (cut, "工作人员正在 检修烘干设备"),
        (cut, "工作人员正在\u3000检修烘干设备"),
        # a gap before or after digits: the extractor's spacing around a Latin run inside a line of text
        ("临江县秋粮收购推进会召开 3000多户农户。图为工", "作人员在收购站过秤。"),
        ("今年全县新建高标准农田12 万亩，比去年", "多出了两千亩，农户们"),
        ("今年全县新建高标准农田12 万亩，比去年多出了两", "千亩，全县的农户们说"),
        # wider than the next line by more than TAIL_WIDTH_TOLERANCE
        ("临江县召开秋粮收购推进会 青石镇粮食、油料收购站的", "工作人员正在检修"),
    ):
        assert _texts([row, nxt]) == [(row, 1), (nxt, 2)], row


def test_a_row_on_the_last_line_and_one_as_wide_as_the_line_below_within_the_tolerance():
    """The last line has no line below to go on into: left whole. A piece wider than the line below
    by less than TAIL_WIDTH_TOLERANCE (half-width digits, compressed marks) is still its column's."""
    row = "临江县召开秋粮收购推进会 青石镇粮食、油料收购站的"
    assert _texts([row]) == [(row, 1)]
    below = "工作人员正在检修烘干机"  # half an em narrower than the piece
    assert _texts([row, below]) == [("临江县召开秋粮收购推进会", 1), (" 青石镇粮食、油料收购站的", 1), (below, 2)]


def test_a_headline_level_with_an_indent_that_nfkc_spaced_out_is_cut_before_it():
    """NFKC writes the ideographic spaces of 「……家门口 　　今年以来……」 as ASCII ones: on a page
    holding no ideographic space, three spaces after a headline's last line are the row's gap and
    the indent, and the paragraph's piece keeps the indent's two. A letter-spaced title's gaps, or
    a page that still prints ideographic spaces, are left alone."""
    from banmian.layout.lines import build_line_infos

    pieces = split_shared_rows([JoinedLine("乡村道路修到家门口   今年以来县里新修的农村", 1, 1)])
    assert [line.text for line in pieces] == ["乡村道路修到家门口", "  今年以来县里新修的农村"]
    assert build_line_infos([line.text for line in pieces])[1].indented
    assert _texts(["县   林   业   局"]) == [("县   林   业   局", 1)]
    printed = ["乡村道路修到家门口   今年以来县里新修的农村", "\u3000\u3000县里今年新修农村公路"]
    assert _texts(printed) == [(text, k) for k, text in enumerate(printed, start=1)]


def test_the_end_of_a_column_tag_opened_above_is_cut_from_the_text_beside_it():
    """「（青石论坛·」/「乡村振兴）」 closes the tag a headline line above opened: the text after the
    gap on its row is the column beside it. Not a byline's or a credit's bracket (「本报讯（记者 林晓」
    /「何春生）……」, with or without the role), a bracket opened in running text (full or half
    width marks) or before a blank line, nor a gap before digits (ASCII or full width), which
    extractors print around a Latin run inside a line of text."""
    assert _texts(["林晓：扎根山村三十年", "（青石论坛·", "乡村振兴） “去年，青石镇"]) == [
        ("林晓：扎根山村三十年", 1),
        ("（青石论坛·", 2),
        ("乡村振兴）", 3),
        (" “去年，青石镇", 3),
    ]
    for lines in (
        ["本报讯（记者 林晓", "何春生） “去年，青石镇"],
        ["本报讯（林晓", "何春生） 近日，青石镇"],
        ["青石镇茶园（林晓", "摄影） 今年春茶"],
        ["县文化馆、县图书馆（青石镇", "分馆） “书香”活动"],
        ["县里,县图书馆(青石镇", "分馆) “书香”活动"],
        ["县青年创业协会（青石镇分会", "", "联谊会） 在城东举行"],
        ["县青年创业协会（青石镇分会", "联谊会） 11 日在城东举行"],
        ["县青年创业协会（青石镇分会", "联谊会） １１日在城东举行"],
        # A gap right before the bracket: a justified line of text that pdfium spaced out.
        ["为纪念青石书院（临江", "书 院 ） 建 院 三 百 周 年"],
    ):
        assert _texts(lines) == [(text, k) for k, text in enumerate(lines, start=1)]


def test_a_headline_level_with_a_columns_last_sentence_is_cut_off_over_its_byline():
    assert _texts(["村里的路通了。 青石镇召开座谈会", "本报讯（记者 林晓）"]) == [
        ("村里的路通了。", 1),
        ("青石镇召开座谈会", 1),
        ("本报讯（记者 林晓）", 2),
    ]


def test_a_jump_note_closing_such_a_row_goes_with_the_column_it_sends_on():
    assert _texts(["乡亲们都很满意。 临江县召开 春耕座谈会 （下转第五版）", "——围绕农田水利协商议政"]) == [
        ("乡亲们都很满意。", 1),
        ("（下转第五版）", 1),
        ("临江县召开 春耕座谈会", 1),
        ("——围绕农田水利协商议政", 2),
    ]


def test_a_headline_closed_by_its_column_tag_is_cut_off_too():
    assert _texts(["参加了活动。 用汗水浇灌梦想（青石论坛）", "新华社临江5月3日电（记"])[:2] == [
        ("参加了活动。", 1),
        ("用汗水浇灌梦想（青石论坛）", 1),
    ]


def test_a_sentence_and_text_after_it_stay_whole_unless_the_line_below_opens_a_text():
    lines = ["村里的路通了。 青石镇召开座谈会", "大家都来了，"]
    assert _texts(lines) == [(text, k) for k, text in enumerate(lines, start=1)]


def test_no_cut_over_a_photo_credit_a_quotation_a_credit_or_spaced_out_text():
    for row, below in [
        ("村里的路通了。 青石镇召开座谈会", "本报记者 林晓 摄"),
        ("村里的路通了。 青石镇召开座谈会", "——”，屋里传来笑声"),
        # A dash opening a line that ends a sentence: running text wrapped there.
        ("大家最要感谢的人。 青石镇的茶农们", "——是他们守住了这片茶园。"),
        ("村里的路通了。 本报记者 何春生", "本报讯（记者 林晓）"),
        ("村里的路通了。 长 长 地 喊 了 一 声", "本报讯（记者 林晓）"),
        ("村里的路通了。 “青石镇召开座谈会", "本报讯（记者 林晓）"),
        ("村里的路通了。 青石镇", "本报讯（记者 林晓）"),
        ("村里的路通了。 " + "青石镇临江县" * 7, "本报讯（记者 林晓）"),
    ]:
        assert _texts([row, below]) == [(row, 1), (below, 2)], row


def test_a_headline_level_with_a_leads_subject_and_bare_day_is_cut_before_the_lead():
    assert _texts(["守护古村落 临江县县长林晓9日", "上午在青石镇调研时说，"])[:2] == [
        ("守护古村落", 1),
        (" 临江县县长林晓9日", 1),
    ]
    assert _texts(["青石镇茶文化节开幕 县农业局局长何春生 14 日", "说，今年茶叶丰收。"])[:2] == [
        ("青石镇茶文化节开幕", 1),
        (" 县农业局局长何春生 14 日", 1),
    ]
    # Not before a count of days or a dated event, nor on the page's last line.
    for row, below in [
        ("青石镇大力推进 连续12日", "无降雨"),
        ("青石镇茶文化节 10月9日", "开幕"),
        ("青石镇茶文化节 将于本月9日", "开幕"),
        ("本届运动会 会期共9日", "各项比赛"),
    ]:
        assert _texts([row, below]) == [(row, 1), (below, 2)], row
    assert _texts(["守护古村落 临江县县长林晓9日"]) == [("守护古村落 临江县县长林晓9日", 1)]
