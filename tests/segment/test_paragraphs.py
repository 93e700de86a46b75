"""Paragraph breaks in hard-wrapped column lines (segment.paragraphs).

Column of 13 characters; pdfium drops first-line indents, so shapes are all the text gives:

    王丽、陈方、林松出席会议。  <- full line, three marks, ends a sentence: no break
    ”大家听了都很高兴，纷纷鼓  <- a closing quote never opens a paragraph
"""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.paragraphs import ParagraphMarks, split_paragraphs


def _paragraphs(lines: list[str]) -> list[str]:
    return [draft.text for draft in split_paragraphs(build_line_infos(lines))]


#: Invented column text, 13 characters a line, that fixes the column's measure.
FILLER = ["县里今年新修了三条乡村道路", "村民出行更加方便集市上的菜", "价也稳定下来大家都说日子越", "过越好今年还要再修两条新路"]


def test_a_full_line_of_punctuated_text_ending_a_sentence_does_not_end_its_paragraph():
    # 13 characters, three of them marks: at half-width marks it would look 1.5 em short.
    full = "王丽、陈方、林松出席会议。"
    assert _paragraphs([*FILLER, full, "会议由县委书记主持召开并讲", "话。"]) == [
        "".join(FILLER) + full + "会议由县委书记主持召开并讲话。"
    ]


def test_a_short_line_ending_a_sentence_ends_its_paragraph():
    assert _paragraphs([*FILLER, "新路年底通车。", "会议由县委书记主持召开并讲", "话。"]) == [
        "".join(FILLER) + "新路年底通车。",
        "会议由县委书记主持召开并讲话。",
    ]


def test_a_line_opening_with_a_closing_quote_continues_the_sentence_above():
    lines = [*FILLER, "他说：“日子越过越好。", "”大家听了都很高兴，纷纷鼓", "掌。"]
    assert _paragraphs(lines) == ["".join(lines)]


def _marked(lines: list[str], indented: set[int]) -> list[str]:
    """Paragraphs where a layout dump showed the lines numbered ``indented`` (1-based) indented."""
    marks = ParagraphMarks(indented_lines=frozenset(indented))
    return [draft.text for draft in split_paragraphs(build_line_infos(lines), marks)]


def test_an_indented_line_opens_a_paragraph_after_a_lead_in_colon_or_a_short_line():
    lines = [*FILLER, "书屋的变化有两条：", "一是开放时间长了", "二是借书更方便了"]
    assert _marked(lines, {6, 7}) == ["".join(FILLER) + "书屋的变化有两条：", "一是开放时间长了", "二是借书更方便了"]
    # Without the dump's indents only widths speak: the line under the lead-in is short, so a
    # paragraph opens there, and the items, ending on no sentence mark, stay one.
    assert _paragraphs(lines) == ["".join(FILLER) + "书屋的变化有两条：", "一是开放时间长了二是借书更方便了"]


def test_an_indent_after_a_full_line_or_a_clause_mark_is_no_paragraph_start():
    # A run set a few positions in by the extractor's wavering, under a line that fills the column
    # mid-sentence or stops on a comma, goes on with the sentence.
    lines = [*FILLER, "县里今年新修了三条乡村道路", "村民说，", "出行更加方便了。"]
    assert _marked(lines, {6, 7}) == ["".join(lines)]


def test_a_line_short_only_because_the_next_opens_with_a_number_is_no_paragraph_end():
    # 「……一共借出了图书」 ends two characters short because 「2000」 did not fit after it.
    lines = [*FILLER, "书屋今年一共借出了图书", "2000余册，比去年多了一倍。"]
    assert _marked(lines, {6}) == ["".join(lines)]


def test_a_sentence_ending_short_only_because_the_next_line_opens_with_a_number_goes_on():
    # 「……借出了图书。」 stops 2.5 em short because 「2000」 did not fit after it; the line under it,
    # opening with the number, fills the column once its figures are given their printed width.
    lines = [*FILLER, "书屋今年借出了图书。", "2000册以上的村子有五个，", "全县共有书屋一百二十个。"]
    assert _paragraphs(lines) == ["".join(lines)]


def test_a_sentence_ending_short_over_an_indented_number_line_ends_its_paragraph():
    # The line opening with the number is itself an indent short: a paragraph's first line.
    lines = [*FILLER, "书屋今年借出了图书。", "2000册以上的村子", "有五个，全县共有书屋一百二十个。"]
    assert _paragraphs(lines) == ["".join(FILLER) + "书屋今年借出了图书。", "2000册以上的村子有五个，全县共有书屋一百二十个。"]


def test_a_line_opening_with_a_number_is_measured_with_its_figures_printed_wide():
    # 「2016年以来县里修通公路」 counts 11.2 em in a 13 em column, its digits at 0.55 em each: read
    # so, an indent short; with the slack it is no first line, and the sentence ending above it
    # (a full line) goes on.
    lines = [*FILLER, "县里今年新修了三条乡村道路。", "2016年以来县里修通公路", "一百多公里。"]
    assert _paragraphs(lines) == ["".join(lines)]


def test_a_date_alone_on_a_line_over_the_time_that_goes_on_with_it_ends_no_paragraph():
    lines = [*FILLER, "大桥终于合龙。", "2024年3月12日", "19时53分，最后一块桥面板", "吊装到位。"]
    assert _paragraphs(lines) == ["".join(FILLER) + "大桥终于合龙。", "2024年3月12日19时53分，最后一块桥面板吊装到位。"]
    # Over a line that is no time of day, the date closes its paragraph (a notice's date).
    closing = [*FILLER, "特此通告。", "2024年3月12日", "县里今年新修了三条乡村道路"]
    assert _paragraphs(closing)[-2] == "2024年3月12日"


def test_a_lead_in_over_a_paragraphs_first_line_ends_its_paragraph():
    # 「……主要有两条：」 over a line an indent short: the first item opens a paragraph.
    lines = [*FILLER, "书屋的变化主要有两条：", "一是开放时间长了，", "村民下班后也能来借书看报了。"]
    assert _paragraphs(lines) == ["".join(FILLER) + "书屋的变化主要有两条：", "一是开放时间长了，村民下班后也能来借书看报了。"]


def test_a_lead_in_over_a_full_line_or_a_list_of_names_goes_on():
    # 「记者日前获悉：」 short, over a full line: the clause goes on, however short the lead-in.
    lines = [*FILLER, "记者日前获悉：", "县里今年新修了三条乡村道路", "乡亲们进城更方便了。"]
    assert _paragraphs(lines) == ["".join(lines)]
    # Names set with half-width 、 measure an indent short; with the marks full the line is full.
    names = [*FILLER, "参加比赛的选手是：", "林晓、何春生、周敏、王丽、陈", "方和李明。"]
    assert _paragraphs(names) == ["".join(names)]


def test_a_list_item_or_a_dash_over_a_paragraphs_first_line_ends_its_paragraph():
    items = [*FILLER, "任命林晓为青石镇镇长；", "任命何春生为白沙乡", "乡长，任命周敏为临江县教育局局长。"]
    assert _paragraphs(items) == ["".join(FILLER) + "任命林晓为青石镇镇长；", "任命何春生为白沙乡乡长，任命周敏为临江县教育局局长。"]
    dashed = [*FILLER, "好消息接连传来——", "县里新建的两座", "茶叶加工厂已经投产，茶农的收入明显增加。"]
    assert _paragraphs(dashed) == ["".join(FILLER) + "好消息接连传来——", "县里新建的两座茶叶加工厂已经投产，茶农的收入明显增加。"]
    # Over a full line the item goes on.
    assert _paragraphs([*FILLER, "任命林晓为青石镇镇长；", "县里今年新修了三条乡村道路"]) == ["".join(FILLER) + "任命林晓为青石镇镇长；县里今年新修了三条乡村道路"]


def test_a_notices_closing_formula_is_a_paragraph_of_its_own():
    lines = [*FILLER, "请过往车辆提前绕行，服从交警指挥。", "特此通告。"]
    assert _paragraphs(lines) == ["".join(FILLER) + "请过往车辆提前绕行，服从交警指挥。", "特此通告。"]


def test_a_sentence_closed_by_a_bracketed_note_ends_its_paragraph():
    # 「……。（全文见三版）」 ends its sentence and, short, its paragraph; a note inside a sentence does not.
    lines = [*FILLER, "通车。（全文见三版）", "县里今年新修了三条乡村道路", "乡亲们进城更方便了。"]
    assert _paragraphs(lines) == [
        "".join(FILLER) + "通车。（全文见三版）",
        "县里今年新修了三条乡村道路乡亲们进城更方便了。",
    ]
    inside = [*FILLER, "道路由县交通局（林晓）", "负责修建，年底前全部通车。"]
    assert _paragraphs(inside) == ["".join(inside)]
