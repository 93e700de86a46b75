"""segment.pageinfo: the page's newspaper, date, page number and section from its own text."""

from __future__ import annotations

import datetime

import banmian
from banmian.options import ParseOptions

STORY = [
    "临江县召开春耕生产动员会",
    "本报讯（记者 林晓）三月十日，临江县召开春耕生产动员会，部署全县春耕备耕工作。",
    "会议要求各乡镇做好农资供应和技术指导，确保不误农时。",
]


def _info(lines: list[str], options: ParseOptions | None = None):
    page = banmian.parse("\n".join(lines) + "\n", options) if options else banmian.parse("\n".join(lines) + "\n")
    return page.info


def test_the_page_header_gives_every_fact() -> None:
    info = _info(["第3版 要闻 2024年3月12日 星期二 临江日报", *STORY])
    assert (info.newspaper, info.date, info.page_number, info.section) == (
        "临江日报",
        datetime.date(2024, 3, 12),
        3,
        "要闻",
    )


def test_a_front_pages_masthead_lines_imply_page_one() -> None:
    assert _info(["国内统一连续出版物号 CN11-0000", *STORY]).page_number == 1


def test_an_issue_number_or_a_telephone_number_is_no_masthead() -> None:
    # A weekly section's issue number (第12期) or an inside page's telephone number makes no page 1.
    assert _info(["乡村周刊 第12期", "第5版 2024年3月12日 星期二", *STORY]).page_number == 5
    assert _info(["社会新闻 责任编辑：周敏 电话：87654321", *STORY]).page_number is None


def test_a_masthead_over_the_page_wins_over_a_bare_number_further_down() -> None:
    # 「19」 alone in a block of its own (a digit an extractor split off a date) passes for a folio.
    lines = ["2024年3月12日 星期二", "国内统一连续出版物号 CN11-0000", "今日八版", *STORY, "", "19", ""]
    assert _info(lines).page_number == 1


def test_a_masthead_printed_on_one_row_dates_and_names_the_front_page() -> None:
    # The row's most specific piece is its date; its issue data still make it page 1.
    row = "2024年3月12日 农历二月初三 星期二 今日8版 临江日报社出版 国内统一连续出版物号 CN11-0000"
    info = _info([row, *STORY])
    assert (info.newspaper, info.date, info.page_number) == ("临江日报", datetime.date(2024, 3, 12), 1)


def test_a_jump_to_page_two_implies_page_one_and_a_later_page_does_not() -> None:
    cut = [*STORY[:2], "会议要求各乡镇做好农资供应和技术指导，确保不误"]
    assert _info([*cut, "（下转第2版）"]).page_number == 1
    assert _info([*cut, "（下转第5版）"]).page_number is None


def test_a_notices_closing_date_dates_an_undated_page() -> None:
    notice = [
        "关于青石镇部分区域临时停水的公告",
        "因供水管网改造，三月十五日青石镇部分区域临时停水，请居民提前储水。",
        "特此公告。",
        "临江县自来水公司",
        "2024年3月12日",
    ]
    assert _info(notice).date == datetime.date(2024, 3, 12)
    assert _info(STORY).date is None


def test_the_callers_options_win_over_the_page() -> None:
    info = _info(["第3版 要闻 2024年3月12日 星期二 临江日报", *STORY], ParseOptions(page_number=7, newspaper="青石晚报"))
    assert (info.newspaper, info.page_number, info.section) == ("青石晚报", 7, "要闻")
