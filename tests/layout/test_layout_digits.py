"""Numbers that an extractor broke over lines (Founder's digit font), joined again."""

from __future__ import annotations

import banmian
from banmian.layout.digits import JoinedLine, rejoin_split_numbers
from banmian.layout.lines import build_line_infos


def texts(lines: list[str]) -> list[tuple[str, int, int]]:
    return [(j.text, j.first, j.last) for j in rejoin_split_numbers(lines)]


def test_a_digit_alone_joins_the_line_that_finishes_its_number() -> None:
    assert texts(["县图书馆春季读书月活动将于3月", "1", "2日起在城关镇举办。"]) == [
        ("县图书馆春季读书月活动将于3月", 1, 1),
        ("12日起在城关镇举办。", 2, 3),
    ]


def test_trailing_digits_move_to_the_line_that_goes_on_with_digits() -> None:
    assert texts(["参加演练的共有 4", "0", "余支救援队伍和志愿者"]) == [
        ("参加演练的共有", 1, 1),
        ("40余支救援队伍和志愿者", 1, 3),
    ]


def test_a_number_broken_at_the_end_of_a_line_of_text_stays_where_it_was_printed() -> None:
    """Moved down, the digits made the line below wider than its column by their width."""
    lines = ["临江县茶叶节上摊位林立，热闹非凡。20", "19年青石镇新建的茶叶市场也在这时开张", "迎客。"]
    assert texts(lines) == [(lines[0], 1, 1), (lines[1], 2, 2), (lines[2], 3, 3)]


def test_the_line_under_a_number_broken_at_a_sentence_end_keeps_its_printed_width() -> None:
    """The line under 「……生意兴隆。20」 opens with the number's last digits: read at its printed
    width, it fills its column like the lines around it, where the whole number moved down made
    it a headline's wider type after a finished sentence; the paragraph's text still holds the
    number whole."""
    page = [
        "临江县举办茶叶节",
        "　　本报讯（记者 林晓）青石镇的茶农",
        "一早就把新茶运到了镇上的集市，来",
        "自各地的茶商也纷纷赶来，集市上的",
        "摊位前，热闹非凡。镇里去年新建的",
        "茶叶市场今年开张营业，生意兴隆。20",
        "19年建成的茶叶加工厂也在这天正式",
        "投产，全镇的茶叶从采摘到加工再到",
        "销售都不用出镇了。",
    ]
    infos = build_line_infos([line.text for line in rejoin_split_numbers(page)])
    under = next(info for info in infos if "加工厂" in info.text)
    assert under.width <= under.column_width
    (article,) = banmian.parse("\n".join(page)).articles
    assert "生意兴隆。2019年建成的茶叶加工厂" in article.paragraphs[0].text


def test_a_clock_time_ending_a_line_keeps_its_minutes() -> None:
    """A web page's meta line ends on its time, and the paragraph under it may open on a date: the
    minutes moved down made 「0010月20日」."""
    lines = ["发布时间：2024-04-12 08:00", "10月20日，临江县茶叶节在青石镇开幕。"]
    assert texts(lines) == [(lines[0], 1, 1), (lines[1], 2, 2)]


def test_a_headline_broken_at_a_decimal_point_takes_the_rest_of_its_figure_back() -> None:
    """「……增长8.」/「2%」: the figure's end alone under its point closes the headline line; it does
    not run on into the headline line below it."""
    assert texts(["临江县前三季度农产品销售额增长8.", "2%", "青石镇消费市场回暖"]) == [
        ("临江县前三季度农产品销售额增长8.2%", 1, 2),
        ("青石镇消费市场回暖", 3, 3),
    ]
    # Body text going on after the figure keeps its line breaks.
    assert texts(["总额同比下降0.", "5%，其中青石镇"]) == [("总额同比下降0.", 1, 1), ("5%，其中青石镇", 2, 2)]


def test_a_figure_closed_by_its_percent_sign_goes_back_up_to_where_it_began() -> None:
    """A brief's title broken inside its figure (「……覆盖率达」/「95%」), or after the figure's first
    digits (「……增长6」/「.2%」): the figure's end closes the title's line. Joined down, it ran the
    title's last line into the first line of the text under it."""
    assert texts(["临江县农村电商服务站覆盖率达", "95%", "记者日前从县邮政局获悉"]) == [
        ("临江县农村电商服务站覆盖率达95%", 1, 2),
        ("记者日前从县邮政局获悉", 3, 3),
    ]
    assert texts(["青石镇一季度茶叶销售额增长6", ".2%", "春茶采摘全面展开"])[0] == ("青石镇一季度茶叶销售额增长6.2%", 1, 2)
    # After a finished sentence the figure opens what follows.
    assert texts(["县里新修通村公路。", "95%", "的村民用上了自来水"])[-1] == ("95%的村民用上了自来水", 2, 3)


def test_a_chain_of_single_digits_and_a_decimal_point() -> None:
    assert texts(["这座书院建于", "1", "8", "9", "6年，如今"])[-1] == ("1896年，如今", 2, 5)
    assert texts(["全县日供水量达到", "3", "2", "5", ".", "6", "7万吨。"])[-1] == ("325.67万吨。", 2, 7)


def test_a_number_beside_a_blank_line_is_left_for_the_furniture_rules() -> None:
    lines = ["2", "", "县域新闻", "本报讯（记者 林晓）3月1日，县里召开会议。"]
    assert [j.text for j in rejoin_split_numbers(lines)] == lines


def test_ordinary_text_is_unchanged() -> None:
    lines = ["本报讯（记者 林晓）3月1日上午，", "县政府召开第十二次常务会议。", "", "会议指出……"]
    assert rejoin_split_numbers(lines) == [JoinedLine(t, k, k) for k, t in enumerate(lines, start=1)]


def test_a_page_number_over_its_section_name_stays_apart_but_a_unit_still_joins() -> None:
    """PyMuPDF prints a page header a piece a line: 「10」/「文化」/「2023年6月8日 星期四」."""
    lines = ["这是上一篇文章的结尾。", "10", "文化", "2023年6月8日 星期四"]
    assert [j.text for j in rejoin_split_numbers(lines)] == lines
    assert texts(["活动共吸引了", "12", "万人次", "参与。"])[1] == ("12万人次", 2, 3)


def test_the_engine_reads_a_header_broken_into_pieces_without_blank_lines() -> None:
    story = "本报讯（记者 林晓）县图书馆自本月起每晚开放到九点，方便市民下班后借阅图书。"
    text = "\n".join(["10", "文化", "2023年6月8日 星期四", "责任编辑：何春生", "县图书馆延长开放时间", story])
    page = banmian.parse(text)
    assert (page.info.page_number, page.info.section) == (10, "文化")
    assert [a.title.text for a in page.articles] == ["县图书馆延长开放时间"]
