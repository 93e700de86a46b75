"""Numbers that an extractor broke over lines (Founder's digit font), joined again."""

from __future__ import annotations

from banmian.layout.digits import JoinedLine, rejoin_split_numbers


def texts(lines: list[str]) -> list[tuple[str, int, int]]:
    return [(j.text, j.first, j.last) for j in rejoin_split_numbers(lines)]


def test_a_digit_alone_joins_the_line_that_finishes_its_number() -> None:
    assert texts(["检查残疾职工就业情况……5月", "1", "5日是第二十一个“全国助残日”。"]) == [
        ("检查残疾职工就业情况……5月", 1, 1),
        ("15日是第二十一个“全国助残日”。", 2, 3),
    ]


def test_trailing_digits_move_to_the_line_that_goes_on_with_digits() -> None:
    assert texts(["共为全县 6", "0", "余名听力患者免费验配助听器"]) == [
        ("共为全县", 1, 1),
        ("60余名听力患者免费验配助听器", 1, 3),
    ]


def test_a_chain_of_single_digits_and_a_decimal_point() -> None:
    assert texts(["前身创办于", "1", "8", "7", "2年，占地面积"])[-1] == ("1872年，占地面积", 2, 5)
    assert texts(["全县即时用电负荷为", "1", "2", "6", ".", "8", "4兆瓦。"])[-1] == ("126.84兆瓦。", 2, 7)


def test_a_number_beside_a_blank_line_is_left_for_the_furniture_rules() -> None:
    lines = ["2", "", "县域新闻", "本报讯（记者 林晓）3月1日，县里召开会议。"]
    assert [j.text for j in rejoin_split_numbers(lines)] == lines


def test_ordinary_text_is_unchanged() -> None:
    lines = ["本报讯（记者 林晓）3月1日上午，", "县政府召开第十二次常务会议。", "", "会议指出……"]
    assert rejoin_split_numbers(lines) == [JoinedLine(t, k, k) for k, t in enumerate(lines, start=1)]
