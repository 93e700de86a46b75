import pytest

from banmian.fields.numerals import chinese_to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("九十九", 99),
        ("〇", 0), ("零", 0), ("两", 2), ("一百零五", 105), ("三千", 3000),
        ("12", 12), ("０７", 7), ("二〇二〇", 2020), (" 五 ", 5),
    ],
)
def test_values(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize("text", ["", "  ", "abc", "十百", "二三十", "第二", "5a", "一.5"])
def test_not_numbers(text: str) -> None:
    assert chinese_to_int(text) is None
