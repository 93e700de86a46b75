"""How a byline or dateline opens a line, and the ornaments set before one."""

from __future__ import annotations

import pytest

import banmian
from banmian.fields.openings import BYLINE_PREFIX, opens_byline, without_ornament
from pagetext import body, page
from patterns import first_chars

STORY = ("县图书馆自本月起每晚开放到九点，方便市民下班后借阅图书。", "开馆首周，夜间到馆读者达一千二百余人次。")


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("□本报记者 林晓", "本报记者 林晓"),
        ("　　■本报讯（记者 林晓）县图书馆", "　　本报讯（记者 林晓）县图书馆"),
        ("● 新华社北京3月1日电", "新华社北京3月1日电"),
        ("□县图书馆延长开放时间", "□县图书馆延长开放时间"),  # an ornament before a title stays
        # Credits the byline grammar reads, though BYLINE_PREFIX does not open them.
        ("□融媒体记者 林晓", "融媒体记者 林晓"),
        ("■见习记者 林晓 通讯员 何春生", "见习记者 林晓 通讯员 何春生"),
        ("□记者从县图书馆获悉", "□记者从县图书馆获悉"),  # a role word glued to prose is no credit
        ("本报记者 林晓", "本报记者 林晓"),
    ],
)
def test_an_ornament_before_a_byline_is_taken_off(line: str, read: str) -> None:
    assert without_ornament(line) == read


def test_openings() -> None:
    assert opens_byline("本报讯（记者 林晓）")
    assert opens_byline("新华社北京3月1日电")
    assert not opens_byline("县图书馆延长开放时间")


@pytest.mark.parametrize(
    "line", ["人民日报记者 林晓", "新华社北京3月1日电", "新华社北京", "新华社发", "中新社记者 何春生", "人民日报评论员"]
)
def test_an_agency_with_a_role_place_or_date_opens_a_byline(line: str) -> None:
    assert opens_byline(line)


@pytest.mark.parametrize("line", ["人民日报文化中心举办书画展览", "新华社记录片展映在临江县开幕", "中新社组团走访青石镇"])
def test_an_agency_named_as_a_subject_opens_no_byline(line: str) -> None:
    assert not opens_byline(line)


def test_a_headline_opening_with_an_agency_heads_its_article() -> None:
    text = page(["人民日报文化中心推出系列短片"], body("本报讯（记者 林晓）" + STORY[0], STORY[1]))
    (article,) = banmian.parse(text).articles
    assert article.title is not None and article.title.text == "人民日报文化中心推出系列短片"
    assert [p.text for p in article.paragraphs] == list(STORY)


@pytest.mark.parametrize("byline", ["□本报记者 林晓 何春生", "■本报记者 林晓 何春生", "□融媒体记者 林晓 何春生"])
def test_the_engine_reads_an_ornamented_standalone_byline(byline: str) -> None:
    (article,) = banmian.parse(page(["县图书馆延长开放时间"], [byline], body(*STORY))).articles
    assert article.byline is not None and article.byline.text == byline[1:]
    assert article.authors == ("林晓", "何春生")
    assert [p.text for p in article.paragraphs] == list(STORY)


def test_a_dateline_in_lenticular_brackets_loses_them() -> None:
    assert without_ornament("【本报讯】（记者 林晓）县图书馆") == "本报讯（记者 林晓）县图书馆"
    assert without_ornament("【本报讯】记者林晓报道：县图书馆") == "本报讯 记者林晓报道：县图书馆"
    assert without_ornament("【图片新闻】县图书馆") == "【图片新闻】县图书馆"


@pytest.mark.parametrize("line", ["人民日报社社长林", "人民日报社副总编", "人民日报新媒体", "新华社副社长", "中新社社长", "新华社总编辑", "人民日报海外版", "新华社音视频部"])
def test_an_agency_s_office_ending_a_line_opens_a_sentence_not_a_broken_dateline(line: str) -> None:
    assert not opens_byline(line)


@pytest.mark.parametrize("line", ["新华社北京", "新华社乌鲁木齐", "人民日报", "中新社青石", "人民日报社"])
def test_an_agency_and_a_place_ending_a_line_is_a_broken_dateline(line: str) -> None:
    assert opens_byline(line)


def test_the_paper_s_name_with_its_social_ending_runs_into_a_sentence() -> None:
    """「人民日报社代」/「表……」: 社 and more after the paper's name is no place of a dateline."""
    assert BYLINE_PREFIX.match("人民日报社代") is None
    assert BYLINE_PREFIX.match("人民日报北京") is not None


def test_the_cheap_first_character_test_admits_every_opening_the_patterns_match() -> None:
    """OPENING_FIRST_CHARS gates BYLINE_PREFIX and AGENCY_OPENING wherever they are asked: every
    character a match of either can begin with must be in it, or a line the pattern would match is
    turned away before it is tried (as a new opening added to a pattern without the gate would be)."""
    from banmian.fields.openings import AGENCY_OPENING, OPENING_FIRST_CHARS

    starts = [first_chars(p.pattern) for p in (BYLINE_PREFIX, AGENCY_OPENING)]
    assert all(s is not None for s in starts)
    assert set().union(*starts) <= OPENING_FIRST_CHARS
