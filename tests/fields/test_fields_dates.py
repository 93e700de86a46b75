import datetime as dt

import pytest

from banmian.fields.dates import date_line, find_dates


@pytest.mark.parametrize(
    ("text", "date", "matched"),
    [
        ("发布于2021年6月3日的通知", dt.date(2021, 6, 3), "2021年6月3日"),
        ("定于 2021 年 6 月 3 日 开幕", dt.date(2021, 6, 3), "2021 年 6 月 3 日"),
        ("日期 2021-06-03 起", dt.date(2021, 6, 3), "2021-06-03"),
        ("日期 2021.6.3 起", dt.date(2021, 6, 3), "2021.6.3"),
        ("二〇二一年六月十三日", dt.date(2021, 6, 13), "二〇二一年六月十三日"),
        ("２０２１年６月３日", dt.date(2021, 6, 3), "２０２１年６月３日"),
    ],
)
def test_find_dates(text: str, date: dt.date, matched: str) -> None:
    (m,) = find_dates(text)
    assert m.date == date
    assert m.text == matched
    assert text[m.start : m.end] == matched


def test_find_several_in_order() -> None:
    found = find_dates("自2021年6月3日至2021年7月1日，共二十八天。")
    assert [m.date for m in found] == [dt.date(2021, 6, 3), dt.date(2021, 7, 1)]


@pytest.mark.parametrize(
    "text",
    ["2021年2月30日", "2021年13月1日", "12021.06.031", "版本 1.2021.06.03", "6月3日上午", "共3000年6月1日", "二〇二一年二月三十日"],
)
def test_rejected(text: str) -> None:
    assert find_dates(text) == ()


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2021年6月3日", dt.date(2021, 6, 3)),
        ("  2021年6月3日 星期四 ", dt.date(2021, 6, 3)),
        ("2021年6月3日 星期四 农历辛丑年四月廿三", dt.date(2021, 6, 3)),
        ("2021年6月3日（星期四）", dt.date(2021, 6, 3)),
        ("2021 年 6 月 3 日", dt.date(2021, 6, 3)),
        ("二〇二一年六月三日", dt.date(2021, 6, 3)),
    ],
)
def test_date_line(line: str, date: dt.date) -> None:
    m = date_line(line)
    assert m is not None and m.date == date
    assert line[m.start : m.end].startswith(("2", "二"))


@pytest.mark.parametrize("line", ["2021年6月3日发布", "截至2021年6月3日，全县", "6月3日", "2021年2月29日 星期一", "会议 2021年6月3日"])
def test_not_date_line(line: str) -> None:
    assert date_line(line) is None
