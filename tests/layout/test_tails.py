"""A byline's last character wrapped onto a line of its own is joined back to the byline."""

from __future__ import annotations

import banmian
from banmian.layout.digits import JoinedLine
from banmian.layout.tails import join_byline_tails


def _lines(*texts: str) -> list[JoinedLine]:
    return [JoinedLine(text, k, k) for k, text in enumerate(texts, start=1)]


def test_a_lone_character_under_a_byline_ends_it_and_keeps_both_source_lines() -> None:
    joined = join_byline_tails(_lines("本报记者 林晓 何春", "生", "　　县第三届读书节日前开幕。"))
    assert [(j.text, j.first, j.last) for j in joined] == [("本报记者 林晓 何春生", 1, 2), ("　　县第三届读书节日前开幕。", 3, 3)]


def test_a_lone_character_under_text_stays_where_it_is() -> None:
    lines = _lines("县第三届读书节日前开幕，本报记者 林晓", "好", "县里举办读书节")
    assert join_byline_tails(lines) == lines


def test_the_engine_reads_the_whole_name() -> None:
    text = "\n".join(["县里举办读书节", "本报记者 林晓 何春", "生", "　　县第三届读书节日前开幕，共举办讲座二十场。"])
    [article] = banmian.parse(text).articles
    assert article.authors == ("林晓", "何春生")
    assert [p.text for p in article.paragraphs] == ["县第三届读书节日前开幕，共举办讲座二十场。"]
    assert article.byline.provenance.lines.last == 3


def test_a_photo_reports_closing_words_carried_over_end_its_byline_but_a_second_name_does_not() -> None:
    joined = join_byline_tails(_lines("本报记者 林晓 摄影", "报道"))
    assert [j.text for j in joined] == ["本报记者 林晓 摄影报道"]
    lines = _lines("本报记者 林晓", "何春")
    assert join_byline_tails(lines) == lines


def test_a_name_wrapped_after_its_surname_is_joined_back() -> None:
    joined = join_byline_tails(_lines("本报记者 林晓 何", "春生", "　　县第三届读书节日前开幕。"))
    assert [(j.text, j.first, j.last) for j in joined] == [("本报记者 林晓 何春生", 1, 2), ("　　县第三届读书节日前开幕。", 3, 3)]
    text = "\n".join(["县里举办读书节", "本报记者 林晓 何", "春生", "　　县第三届读书节日前开幕，共举办讲座二十场。"])
    [article] = banmian.parse(text).articles
    assert article.authors == ("林晓", "何春生")


def test_a_box_label_or_a_name_under_a_photo_credit_is_no_tail() -> None:
    """「本报记者 林晓 摄」 is whole: 摄 credits the photo and is no surname, so the two characters
    under it (a box's label, 「简讯」, or another line's start) are not the rest of a name."""
    for lines in (_lines("本报记者 林晓 摄", "简讯"), _lines("本报记者 林晓 摄", "春生"), _lines("本报记者 林晓 何", "简讯")):
        assert join_byline_tails(lines) == lines


def test_a_line_of_hanging_closing_marks_ends_the_line_above():
    """No line of Chinese type begins with ” or ）: the extractor printed the hanging marks apart."""
    lines = [JoinedLine("县长林晓说：“要让群众满意。", 1, 1), JoinedLine("”", 2, 2), JoinedLine("", 3, 3), JoinedLine("）。", 4, 4)]
    joined = join_byline_tails(lines)
    assert [(j.text, j.first, j.last) for j in joined] == [("县长林晓说：“要让群众满意。”", 1, 2), ("", 3, 3), ("）。", 4, 4)]


def test_a_line_of_nothing_but_a_dash_ends_the_kicker_above_it() -> None:
    """「……老书记林晓」/「——」: the dash leads the kicker into its title; a subtitle's dash, with
    words after it, stays where it is."""
    joined = join_byline_tails(_lines("临江县青石镇老党委书记林晓", "——", "“山村是我的家”（人物）", "——记青石镇的老书记"))
    assert [(j.text, j.first, j.last) for j in joined] == [
        ("临江县青石镇老党委书记林晓——", 1, 2),
        ("“山村是我的家”（人物）", 3, 3),
        ("——记青石镇的老书记", 4, 4),
    ]


def test_the_engine_reads_a_dash_printed_apart_as_the_kickers_end() -> None:
    text = "\n".join(
        [
            "临江县青石镇老党委书记林晓",
            "——",
            "“山村是我的家”（人物）",
            "本报记者 何春生",
            "　　在青石镇，提起林晓，村民们都说他是自家人。三十年来，他走遍了全镇的每一个村子。",
        ]
    )
    [article] = banmian.parse(text).articles
    assert article.kicker is not None and article.kicker.text == "临江县青石镇老党委书记林晓——"
    assert article.title is not None and article.title.text == "“山村是我的家”（人物）"
