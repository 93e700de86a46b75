"""segment.leadlines: a news lead's first lines read as a headline."""

from __future__ import annotations

import pytest

from banmian.layout.lines import build_line_infos
from banmian.segment.leadlines import names_a_lead_day, veto_lead_lines
from banmian.segment.roles import Role

H, B = Role.HEADING, Role.BODY


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("临江县人民政府14日", True),
        ("记者10日从县农业局获悉", True),
        ("林晓9日在青石镇调研时", True),
        # A date with its month is a headline's (an event's date), and so is the rest of a date
        # whose month ends the line above, a dashed subtitle's day or a bracketed note's.
        ("青石镇茶文化节将于10月20日至22日举行", False),
        ("21日至26日在县城举行", False),
        ("——5日起开始施行", False),
        ("（2024年3月12日）", False),
        ("临江县召开春耕生产动员会", False),
        ("青石镇连续100日无安全事故", False),
        # A count of days, a day that starts or bounds something, an event's day before its verb:
        # a headline may name these.
        ("青石镇连续12日无降雨", False),
        ("《临江县养犬管理办法》1日起施行", False),
        ("临江县人代会5日开幕", False),
        ("报名须在10日前完成", False),
        ("县运动会第5日赛况", False),
    ],
)
def test_a_bare_day_marks_a_lead(text: str, lead: bool) -> None:
    assert names_a_lead_day(text) is lead


def _settle(rows: list[tuple[str, Role]]) -> list[Role]:
    lines = build_line_infos([text for text, _ in rows])
    roles = [role for _, role in rows]
    veto_lead_lines(lines, roles)
    return roles


def test_a_briefs_first_line_taken_for_its_title_is_its_text() -> None:
    rows = [("（何春生 周敏）", B), ("临江县人民政府14日", H), ("宣布，全县春耕备耕工作全面展开。", B)]
    assert _settle(rows) == [B, B, B]


def test_the_headline_lines_the_leads_sentence_goes_on_into_are_text_too() -> None:
    rows = [("县政府办公室发言人林晓9日", H), ("就春耕备耕工作答记者问", H), ("说，全县已备好种子。", B)]
    assert _settle(rows) == [B, B, B]
    # Two lines at most: a third headline line under the lead stays.
    rows = [("县政府发言人林晓9日", H), ("就春耕备耕", H), ("工作答记者问", H), ("青石镇茶园喜获丰收", H)]
    assert _settle(rows) == [B, B, B, H]
    # A sentence ended on the lead's line: the headline under it stays.
    rows = [("林晓9日到青石镇调研。", H), ("青石镇茶园喜获丰收", H), ("本报讯（记者 何春生）", B)]
    assert _settle(rows) == [B, H, B]


def test_a_row_of_a_headline_and_the_lead_beside_it_is_left_to_the_row_rules() -> None:
    rows = [("临江县召开春耕生产动员会 县政府发言人林晓 9 日", H), ("说，全县已备好种子。", B)]
    assert _settle(rows) == [H, B]
    # A lead's line that pdfium spaced out to justify it is still a lead's.
    rows = [("县人 民 政 府 9 日发 布", H), ("通告，全县已备好种子。", B)]
    assert _settle(rows) == [B, B]
    # A letter-spaced title printed inside a sentence stays a headline.
    rows = [("说起这件事，他", B), ("青 石 镇 空 气 质 量 通 报", H), ("表示，今年空气质量明显好转。", B)]
    assert _settle(rows) == [B, H, B]
    # A line of one piece is no spaced title.
    assert _settle([("这是第一件事。", B), ("青", H), ("表示，今年空气质量明显好转。", B)]) == [B, B, B]


def test_the_subject_over_its_verb_of_saying_is_the_leads() -> None:
    rows = [("青石镇茶园喜获丰收", H), ("临江县农业局的最新统计数据", H), ("显示，今年全县春茶增产两成。", B)]
    assert _settle(rows) == [H, B, B]
    # A line opening otherwise leaves the headline over it.
    rows = [("临江县农业局发布统计数据", H), ("今年全县春茶增产两成。", B)]
    assert _settle(rows) == [H, B]


def test_a_title_printed_inside_a_sentence_over_its_verb_of_saying_stays() -> None:
    """pdftotext prints a title between two lines of one sentence: the verb's subject is the line
    above the title, whose sentence is still open."""
    rows = [("说起这件事，村支书林晓", B), ("青石镇空气质量通报", H), ("表示，今年空气质量明显好转。", B)]
    assert _settle(rows) == [B, H, B]
    # Over a finished sentence, the line is the subject of the verb below it.
    rows = [("今年空气质量明显好转。", B), ("临江县环保局的最新监测数据", H), ("显示，全年优良天数增加。", B)]
    assert _settle(rows) == [B, B, B]


def test_a_line_opening_on_the_date_or_a_time_word_and_its_comma_is_a_leads() -> None:
    for opening in ("3月12日，全县空气质量", "3月12日上午，县里召开", "近日，青石镇茶园"):
        assert _settle([("青石镇空气质量情况通报", H), (opening, H), ("为良。", B)]) == [H, B, B]
    # A date with no comma is a headline's: 「3月12日起施行」; so is a date's half word (「……上，」).
    assert _settle([("3月12日起施行新规", H), ("本报讯（记者 林晓）", B)]) == [H, B]
    assert _settle([("3月12日上，青石镇", H), ("本报讯（记者 林晓）", B)]) == [H, B]


def test_a_leads_subject_over_its_day_and_verb_is_its_text() -> None:
    rows = [
        ("青石镇茶园开采", H),
        ("临江县县长林晓", H),
        ("9日上午在青石镇调", H),
        ("研，并与茶农座谈。", B),
    ]
    assert _settle(rows) == [H, B, B, B]
    # Not over a lead opening on its day and a comma, nor over the rest of a span, nor a line
    # with no headline above it.
    for above, below in [("青石镇茶园开采", "9日，临江县"), ("茶文化节将于10月8日至", "9日在青石镇举行")]:
        assert _settle([("临江县", H), (above, H), (below, B)]) == [H, H, B], above
    assert _settle([("临江县县长林晓", H), ("9日上午在青石镇调", B)]) == [H, B]


def test_a_texts_first_line_under_a_title_its_column_tag_closes_is_text() -> None:
    rows = [
        ("三十年守护一片林（青石人物）", H),
        ("临江县白沙乡柳河村的何", H),
        ("春生，三十年来一直守护着", B),
    ]
    assert _settle(rows) == [H, B, B]
    # A subtitle wider than the text's line under it, or a line over a byline, stays a headline.
    for second, third in [("——临江县白沙乡柳河村护林员何春生", "三十年来一直守护着村后"), ("临江县白沙乡柳河村的何", "本报讯（记者 林晓）")]:
        assert _settle([(rows[0][0], H), (second, H), (third, B)]) == [H, H, B], second
    # A brief's credit in brackets after its last sentence is no column tag.
    assert _settle([("春耕工作全面完成。（林晓 周敏）", H), *rows[1:]]) == [H, H, B]
    # A line closing on an event's verb is the next item's title.
    assert _settle([(rows[0][0], H), ("青石镇第五届茶文化节举办", H), ("以“茶香青石”为主题的第五届", B)]) == [H, H, B]


def test_a_titles_last_line_opening_on_its_day_over_a_byline_stays_the_headlines() -> None:
    # 「……丰收节」/「9日在青石镇开幕」 over 「本报讯（记者 林晓）……」: the headline ends on the day's line.
    import banmian

    page = "\n".join(
        [
            "喜迎丰收",
            "临江县第三届农民丰收节",
            "9日在青石镇开幕",
            "本报讯（记者 林晓）临江县第三届农民丰收节9日在青",
            "石镇开幕，来自全县的两百多家合作社参加展销。",
            "活动将持续三天。",
        ]
    )
    (article,) = banmian.parse(page + "\n").articles
    assert article.byline is not None and article.byline.text == "本报讯（记者 林晓）"
    assert article.paragraphs[0].text.startswith("临江县第三届农民丰收节9日在青石镇开幕，")

