"""A headline line over a full line of text is that text's opening or middle line."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.openings import veto_headlines_over_full_lines
from banmian.segment.roles import Role

H, S, B = Role.HEADING, Role.SUBTITLE, Role.BODY


def settle(rows: list[tuple[str, Role]]) -> list[Role]:
    lines = build_line_infos([text for text, _ in rows])
    roles = [role for _, role in rows]
    veto_headlines_over_full_lines(lines, roles)
    return roles


#: A column of 13 characters: the text under the line tested, each line full but the last.
FULL_TEXT = [
    ("包括图书室、排练厅和书画室", B),
    ("等多个功能区，每天向全镇村", B),
    ("民免费开放，周末还有志愿者", B),
    ("辅导书法。", B),
]


def test_a_line_short_by_an_indent_over_a_full_line_opens_the_paragraph() -> None:
    rows = [("县文化馆今年共举办公益讲座", B), ("和展览二十场。", B), ("青石镇新建的文化站主要", H), *FULL_TEXT]
    assert settle(rows)[2] is B


def test_a_full_line_over_a_full_line_is_a_middle_line() -> None:
    rows = [("县文化馆今年共举办公益讲座", B), ("“看书方便了”“孩子有地方", B), ("去了”……青石镇新建的文化站", H), *FULL_TEXT]
    assert settle(rows)[2] is B


def test_a_headline_over_its_texts_short_opening_line_stays() -> None:
    rows = [
        ("和展览二十场。", B),
        ("青石镇文化站建成开放", H),
        ("四月十日，青石镇文化站", B),
        ("正式建成开放，站内设有图书", B),
        ("室、排练厅和书画室等多个功", B),
        ("能区，每天向全镇村民开放，", B),
    ]
    assert settle(rows)[1] is H


def test_a_box_labels_first_line_over_a_full_line_is_text() -> None:
    rows = [("简讯", H), ("青石镇新建的文化站主要", H), *FULL_TEXT]
    assert settle(rows)[:2] == [H, B]


def test_the_last_line_of_a_stack_and_a_spaced_title_stay() -> None:
    assert settle([("临江县青石镇", H), ("新建的文化站开放", H), *FULL_TEXT])[:2] == [H, H]
    assert settle([("——临江县青石镇新建的文化站今日起向全镇村民开放", S), ("每天免费开放", H), *FULL_TEXT])[1] is H
    assert settle([("和展览二十场。", B), ("书香青石 文化惠民", H), *FULL_TEXT])[1] is H


def test_a_line_much_shorter_than_the_text_below_stays() -> None:
    """A short title over the middle of another text, printed there by the drawing order."""
    assert settle([("和展览二十场。", B), ("书香满乡村", H), *FULL_TEXT])[1] is H
