import datetime as dt

import pytest

from banmian.fields.furniture import classify_furniture, newspaper_name


@pytest.mark.parametrize(
    ("line", "kind", "page", "section", "date"),
    [
        ("第2版", "page_number", 2, None, None),
        ("第二版", "page_number", 2, None, None),
        ("A2", "page_number", 2, None, None),
        ("02版", "page_number", 2, None, None),
        ("综合新闻 ·第2版·", "page_number", 2, "综合新闻", None),
        ("3 要闻", "page_number", 3, "要闻", None),
        ("2021年6月3日 星期四", "date", None, None, dt.date(2021, 6, 3)),
        ("农历辛丑年四月廿三", "date", None, None, None),
        ("责任编辑：钱程", "credits", None, None, None),
        ("版式设计：范晓雯 校对：邹菲", "credits", None, None, None),
        ("美编：白露", "credits", None, None, None),
        ("国内统一连续出版物号 CN11-0000", "masthead", None, None, None),
        ("邮发代号 12-34", "masthead", None, None, None),
        ("某县日报社出版", "masthead", None, None, None),
        ("总第5012期", "edition", None, None, None),
        ("今日四版", "edition", None, None, None),
        ("今日8版", "edition", None, None, None),
        ("4 地方新闻 2021年6月3日 星期四 责任编辑：钱程", "page_number", 4, "地方新闻", dt.date(2021, 6, 3)),
        ("第2版 要闻 责任编辑：钱程 版式：邹菲", "page_number", 2, "要闻", None),
        ("综合新闻", "section", None, "综合新闻", None),
        # An e-paper's header: the section after a colon, an ISO date.
        ("第04版：社会", "page_number", 4, "社会", None),
        ("A2版:要闻", "page_number", 2, "要闻", None),
        ("临江日报 2024-10-16 第04版：社会", "page_number", 4, "社会", dt.date(2024, 10, 16)),
        # Credits of the page's editors: 本版 before the role, a slash before the names.
        ("本版责编：周敏 美编：何春生", "credits", None, None, None),
        ("值班主任：周敏", "credits", None, None, None),
        ("责编/周敏 美编/何春生 校对/林晓", "credits", None, None, None),
    ],
)
def test_furniture(line, kind, page, section, date) -> None:
    f = classify_furniture(line)
    assert f is not None
    assert (f.kind, f.page_number, f.section, f.date) == (kind, page, section, date)


def test_header_with_paper_name() -> None:
    f = classify_furniture("青山日报 2021年6月3日 星期四")
    assert f is not None and f.kind == "date" and f.newspaper == "青山日报"


def test_a_papers_short_name_after_the_credits_is_its_name_not_a_credited_name() -> None:
    f = classify_furniture("责任编辑：林晓 青山报 2021年6月3日 星期四 要闻 2")
    assert f is not None and (f.newspaper, f.page_number, f.section) == ("青山报", 2, "要闻")


@pytest.mark.parametrize(
    "line",
    [
        "2",  # alone, maybe a digit split off a date
        "2021年6月3日",  # alone, maybe the closing date of a notice
        "我县召开第二版编辑会议",
        "截至2021年6月3日，全县无新增病例",
        "详见第二版的报道。",
        "植树造林 绿化家园",
        "我县召开专题会议",
        "编辑部的故事",
        "当年已是 82 岁高龄的老党员",  # a body line whose number the extractor spaced
        "全县共有 36 个行政村完成",
        "",
    ],
)
def test_not_furniture(line: str) -> None:
    assert classify_furniture(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("青山日报", "青山日报"), ("新桥报", "新桥报"), (" 江城晚报 ", "江城晚报"), ("中国老年报", "中国老年报")],
)
def test_newspaper_name(line: str, name: str) -> None:
    assert newspaper_name(line) == name


@pytest.mark.parametrize("line", ["情况通报", "疫情防控工作情况通报", "据青山日报报道", "海报", "一个很长很长的名字的日报", "青山日报。"])
def test_not_newspaper_name(line: str) -> None:
    assert newspaper_name(line) is None


def test_credits_separated_by_slashes_and_a_page_number_glued_to_them():
    from banmian.fields.furniture import classify_furniture

    glued = classify_furniture("县域新闻 3责任编辑：")
    assert glued is not None and (glued.page_number, glued.section) == (3, "县域新闻")
    slashed = classify_furniture("责任编辑：林晓/版式设计：何春生/文字校对：赵文静 周明远")
    assert slashed is not None and slashed.kind == "credits"
    # the names that end the line above's 「责任编辑：」, then more credits after a slash
    tail = classify_furniture("林晓 /版式设计：何春生 /文字校对：赵文静")
    assert tail is not None and tail.kind == "credits"


def test_names_and_slashes_without_a_credit_keyword_are_not_furniture():
    from banmian.fields.furniture import classify_furniture

    assert classify_furniture("林晓 / 何春生") is None
    assert classify_furniture("县残联派送助残 2") is None


def test_a_page_header_may_end_with_the_papers_name_in_capitals():
    found = classify_furniture("3 县域新闻 责任编辑：林晓 /版式设计：何春生 /校对：王丽 陈方 NEW LINJIANG")
    assert found is not None and found.page_number == 3 and found.section == "县域新闻"


def test_capitals_alone_or_beside_a_headline_word_are_not_furniture():
    assert classify_furniture("CCTV") is None
    assert classify_furniture("NBA 总决赛") is None


def test_the_papers_name_in_capitals_on_its_own_line_is_a_weak_piece():
    # Furniture only in the masthead's company (segment.roles), like the paper's Chinese name alone.
    found = classify_furniture("LINJIANG DAILY")
    assert found is not None and found.kind == "name"


def test_the_masthead_keeps_the_papers_name_in_capitals_and_text_does_not() -> None:
    import banmian

    text = "\n".join(["临江日报", "LINJIANG DAILY", "2024年3月12日 星期二", "青石镇春耕备耕忙", "本报讯（记者 林晓）青石镇组织农户开展春耕备耕。"])
    page = banmian.parse(text + "\n")
    assert "LINJIANG DAILY" in [f.text for f in page.furniture] and page.unplaced == ()
    lone = banmian.parse("\n".join(["青石镇春耕备耕忙", "本报讯（记者 林晓）青石镇组织农户开展春耕备耕。", "GOOD MORNING", "林晓说。"]) + "\n")
    assert "GOOD MORNING" not in [f.text for f in lone.furniture]


def test_a_section_of_two_names_joined_by_a_dot_is_one_section():
    found = classify_furniture("第5版 理论·评论")
    assert found is not None and found.page_number == 5 and found.section == "理论·评论"


def test_a_header_date_whose_year_the_extractor_broke_is_still_furniture() -> None:
    """「2」/「011.」/「5.」/「24 星期二」 joined back without its first digit: a date by the weekday
    after it, its value unknown; the same numbers without a weekday, or inside a sentence, are not."""
    found = classify_furniture("019.6.18 星期二")
    assert found is not None and found.kind == "date" and found.date is None
    assert classify_furniture("2019.6.18 星期二").date == dt.date(2019, 6, 18)
    assert classify_furniture("019.6.18") is None
    assert classify_furniture("今年5.24星期二开会") is None


def test_a_date_that_a_sentence_runs_on_from_is_no_header() -> None:
    """A body line broken after a date, its sentence going on without a gap (「……于」/「2023 年 6 月
    8 日因病」/「医治无效……」), is no page header with a section 「因病」; a header sets its pieces
    apart, or prints a section's name."""
    assert classify_furniture("2023 年 6 月 8 日因病") is None
    header = classify_furniture("2023年6月8日 地方")
    assert header is not None and header.section == "地方" and header.date == dt.date(2023, 6, 8)
    joined = classify_furniture("2023年6月8日综合新闻")
    assert joined is not None and joined.section == "综合新闻"
    # A section whose name holds 日 is still one, wherever it stands.
    for line in ("今日关注 2023年6月8日", "2023年6月8日 今日关注", "节日特刊 2023年6月8日"):
        assert classify_furniture(line) is not None, line


def test_a_colon_after_a_page_in_running_text_is_no_header() -> None:
    assert classify_furniture("在第3版：发表") is None


def test_masthead_data_marks_the_line_and_the_publisher_names_the_paper() -> None:
    f = classify_furniture("2024年10月16日 星期三 今日8版 临江日报社出版 国内统一连续出版物号 CN33-0001")
    assert f is not None and f.kind == "date" and f.masthead and f.newspaper == "临江日报"
    header = classify_furniture("第8版 要闻 2024年10月16日 星期三")
    assert header is not None and not header.masthead
    # The paper is the name closing the publisher's words, not the words glued before it.
    glued = classify_furniture("中共临江县委机关报临江日报社出版")
    assert glued is not None and glued.newspaper == "临江日报"


@pytest.mark.parametrize("line", ["NBA ALL STAR", "WORLD HEALTH ORGANIZATION"])
def test_capitals_alone_without_a_papers_word_are_no_name(line: str) -> None:
    assert classify_furniture(line) is None


def test_a_header_of_pieces_set_apart_by_middle_dots_is_furniture() -> None:
    """「临江日报 · 2024-03-12 · 第3版 · 要闻」, as the plain-text export heads a page: read back, it
    was taken for a kicker and the page's date and number were lost."""
    found = classify_furniture("临江日报 · 2024-03-12 · 第3版 · 要闻")
    assert found is not None
    assert (found.newspaper, found.date, found.page_number, found.section) == ("临江日报", dt.date(2024, 3, 12), 3, "要闻")
    assert classify_furniture("买买提·艾力") is None


@pytest.mark.parametrize(
    ("line", "newspaper", "date", "authors"),
    [
        ("来源：临江日报  作者：林晓  发布时间：2024-04-12 08:30", "临江日报", dt.date(2024, 4, 12), ("林晓",)),
        ("2024年03月12日 09:15 来源：临江日报", "临江日报", dt.date(2024, 3, 12), ()),
        ("时间：2024-04-12 08:30 来源：临江新闻网－临江日报", "临江日报", dt.date(2024, 4, 12), ()),
        ("作者：林晓 周敏 发布时间：2024年4月12日", None, dt.date(2024, 4, 12), ("林晓", "周敏")),
        ("来源：新华社", None, None, ()),
        ("2024-04-12 08:30:15", None, dt.date(2024, 4, 12), ()),
        ("临江日报 2024-04-12 08:30", "临江日报", dt.date(2024, 4, 12), ()),
        ("来源：临江日报  作者：林晓  发布时间：2024-04-12 08:00  浏览次数：1234", "临江日报", dt.date(2024, 4, 12), ("林晓",)),
        # A crawled page's tools, on lines of their own.
        ("【字号：大 中 小】", None, None, ()),
        ("【打印】【关闭】", None, None, ()),
        ("分享到：", None, None, ()),
        ("阅读：35次", None, None, ()),
    ],
)
def test_a_web_pages_meta_line_is_furniture_with_its_facts(line: str, newspaper: str | None, date: dt.date | None, authors: tuple) -> None:
    """Crawled pages print their source, author and time on a line under the title: read as a
    headline, it became the title and the real title the kicker."""
    found = classify_furniture(line)
    assert found is not None and found.kind == "meta"
    assert (found.newspaper, found.date, found.authors) == (newspaper, date, authors)


@pytest.mark.parametrize(
    "line",
    [
        "时间：2024年3月12日 9:00",  # a notice's line: plain 时间 needs a source or an author beside it
        "日期：2024年3月12日",
        "数据来源：国家统计局",  # a chart's credit opens on no label of a meta line
        "时间：",
        "08:30",
        "点击进入",  # a tool's word inside text
        "打印机",
    ],
)
def test_lines_that_only_look_like_a_meta_line_are_not_furniture(line: str) -> None:
    assert classify_furniture(line) is None


def test_a_days_number_is_no_bare_page_number() -> None:
    """「临江日报 30 日要闻 4 版推出……」: a sentence naming a paper's page, which a header's words
    open; 30 is the day, and 「日要闻」 no section."""
    assert classify_furniture("临江日报 30 日要闻 4 版") is None
    assert classify_furniture("临江日报 12 月刊") is None
    # A bare page number before a section's name stays one.
    found = classify_furniture("临江日报 3 要闻")
    assert found is not None and found.page_number == 3 and found.section == "要闻"
