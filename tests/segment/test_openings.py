"""A headline line over a full line of text is that text's opening or middle line; one opening on a
connective opens a sentence."""

from __future__ import annotations

import pytest

import banmian.segment.headrules
from banmian.layout.lines import build_line_infos
from banmian.segment.openings import (
    CONNECTIVE_OPENING,
    MAX_CONNECTIVE_RUN_LINES,
    veto_connective_openings,
    veto_headlines_over_full_lines,
)
from banmian.segment.roles import Role, assign_roles

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


@pytest.mark.parametrize("line", ["此外，县文化馆还举办了", "与此同时，青石镇", "据了解，该项目", "因此,全县"])
def test_a_connective_and_its_comma_open_a_sentence(line: str) -> None:
    assert CONNECTIVE_OPENING.match(line) is not None


@pytest.mark.parametrize("line", ["此外还有三个村", "同时开展春耕", "近年来，青石镇", "首先，抓好春耕", "专业服务，林晓领跑"])
def test_a_heading_may_open_with_a_time_word_an_ordinal_or_a_phrase_and_its_comma(line: str) -> None:
    assert CONNECTIVE_OPENING.match(line) is None


def _vetoed(rows: list[tuple[str, Role]]) -> list[Role]:
    lines = build_line_infos([text for text, _ in rows])
    roles = [role for _, role in rows]
    veto_connective_openings(lines, roles)
    return roles


def test_a_connective_opens_a_sentence_that_runs_through_the_headline_lines_under_it() -> None:
    """「此外，县文化馆还」/「举办了书法展览，」/「吸引市民参观。」 short of the column read as a heading:
    the sentence the connective opens goes on until a line ends it; the headline below that stays."""
    rows = [
        ("县图书馆本月新添图书两千册。", B),
        ("此外，县文化馆还", H),
        ("举办了书法展览，", H),
        ("吸引市民参观。", H),
        ("青石镇开通首条公交线路", H),
    ]
    assert _vetoed(rows) == [B, B, B, B, H]
    assert _vetoed([("春耕时节，青石镇", H), ("茶农忙采茶", H)]) == [H, H]


def test_a_connective_sentence_takes_at_most_a_few_lines() -> None:
    """Where no line ends the sentence, the next article's headline may stand right under a short
    paragraph (no blank line between): only MAX_CONNECTIVE_RUN_LINES lines go to the text."""
    rows = [("此外，县文化馆还", H), ("举办了书法展览", H), ("吸引市民参观", H), ("青石镇开通首条公交线路", H)]
    assert MAX_CONNECTIVE_RUN_LINES == 3
    assert _vetoed(rows) == [B, B, B, H]


def test_the_line_roles_veto_connective_openings_whatever_marked_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """assign_roles runs the veto after the rules and the classifier: a line the heading rules take
    for a headline, opening on a connective, comes out as text."""
    original = banmian.segment.headrules.mark_headings

    def mark_connective_lines(lines, roles, blank_marked, indents):  # type: ignore[no-untyped-def]
        original(lines, roles, blank_marked, indents)
        for k, line in enumerate(lines):
            if line.text.startswith("此外"):
                roles[k] = H

    monkeypatch.setattr(banmian.segment.headrules, "mark_headings", mark_connective_lines)
    texts = ["县图书馆本月新添图书两千册，设立儿童阅览区。", "此外，县文化馆还", "举办了书法展览和公益讲座，吸引了不少市民。"]
    roles = assign_roles(build_line_infos(texts), learned=False)
    assert roles[1] is B
