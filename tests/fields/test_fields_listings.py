"""Line cues of listings and classified advertisements (invented lines)."""

from __future__ import annotations

import pytest

from banmian.fields.listings import holds_phone_number, is_ad_heading, is_contact_line, is_record_line


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("今天：多云转晴 8℃～17℃ 东南风3级", True),
        ("临江台 18:30 临江新闻 19:00 天气预报", True),
        ("明天 小雨 -2 °C 至 5 °C", True),
        # A contents box's entry points to its page; a jump note does so in brackets.
        ("青石镇举办春季招聘会 ……2版", True),
        ("（下转第2版）", False),
        # One figure alone: a time named in prose, or a programme a line (segment.listings counts those).
        ("19:30 天气预报", False),
        # Prose naming two temperatures holds a comma or a full stop.
        ("最低气温2℃，最高气温9℃。", False),
        ("记者从县气象台获悉，今年春季", False),
    ],
)
def test_a_record_line_gives_two_times_or_temperatures_and_no_sentence_mark(text: str, record: bool) -> None:
    assert is_record_line(text) is record


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("电话：0571-12345678 林先生", True),
        ("联系电话:13912345678", True),
        ("地址：临江县城东路18号", True),
        ("咨询热线：12345678", True),
        ("记者拨打电话：对方无人接听", False),
        ("他说电话：打不通", False),
        ("居民反映停电情况，电话打进了供电所", False),
    ],
)
def test_a_contact_line_opens_on_a_contact_label_and_a_colon(text: str, contact: bool) -> None:
    assert is_contact_line(text) is contact


@pytest.mark.parametrize(
    ("text", "phone"),
    [("电话：0571-12345678", True), ("手机：13912345678", True), ("电话：1234567", True), ("共123456人次", False), ("2024年3月", False)],
)
def test_a_telephone_number_has_seven_digits_or_more(text: str, phone: bool) -> None:
    assert holds_phone_number(text) is phone


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("旺铺招租", True),
        ("招聘启事", True),
        ("遗失声明", True),
        ("临江县某公司 门面转让", True),
        # A notice's heading is an article of kind notice; a news headline ends otherwise.
        ("关于城区部分区域临时停水的公告", False),
        ("青石镇举办春季招聘会", False),
        # A line of text that ends on the word is no heading: too long, or holding a sentence mark.
        ("县人社局近日面向全县发布二〇二四年度事业单位招聘", False),
        ("本店即日起八折优惠，欢迎选购。", False),
    ],
)
def test_an_ad_heading_is_a_short_line_ending_on_an_offer_or_an_announcement(text: str, heading: bool) -> None:
    assert is_ad_heading(text) is heading
