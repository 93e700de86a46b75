"""segment.overopenings: a line that ends no sentence between a headline and a paragraph's opening
is a headline line."""

from __future__ import annotations

import pytest

from banmian.layout.lines import build_line_infos
from banmian.segment.overopenings import (
    mark_headline_tops,
    mark_headlines_over_openings,
    mark_runs_over_printed_indents,
)
from banmian.segment.roles import Role

#: A column of twelve em: full lines of running text around the rows asked about.
COLUMN = [
    "青石镇的茶园今年喜获丰收，",
    "全镇茶农的收入明显增加，",
    "镇里又新建了两座加工厂。",
]
KICKER = "林晓在青石镇调研时强调坚持绿色发展"


def _roles(rows: list[str], headings: tuple[int, ...] = (0,)) -> list[Role]:
    """Roles after the rule of the rows [kicker, row, row below] set under the column, the rows at
    ``headings`` headlines and everything else text; the roles of the rows after the first."""
    lines = build_line_infos([*COLUMN, *rows, *COLUMN])
    roles = [Role.BODY] * len(lines)
    for index in headings:
        roles[len(COLUMN) + index] = Role.HEADING
    mark_headlines_over_openings(lines, roles)
    return roles[len(COLUMN) + 1 : len(COLUMN) + len(rows)]


def test_a_full_line_over_an_opening_under_a_headline_is_a_headline() -> None:
    """「守好一方青山绿水护好茶园」 fills its column and ends no sentence; the line under it is short
    by its dropped indent: as text it would end a paragraph mid-sentence, so it is the title."""
    assert _roles([KICKER, "守好一方青山绿水护好茶园", "今年以来，青石镇的茶"]) == [Role.HEADING, Role.BODY]


@pytest.mark.parametrize(
    "rows",
    [
        # A clause mark or a sentence end: running text.
        [KICKER, "守好一方青山，护好万亩茶园", "今年以来，青石镇的茶"],
        [KICKER, "守好一方青山绿水护好茶园。", "今年以来，青石镇的茶"],
        # The line below is full: the line goes on into it.
        [KICKER, "守好一方青山绿水护好茶园", "今年以来，青石镇的茶园面"],
        # The line below opens on a round figure and its unit: it counts what the line names.
        [KICKER, "青石镇茶园面积已经扩大到", "3000多亩，茶农的收入"],
        # A word broken at the line end (茶园).
        [KICKER, "守好一方青山绿水建设好茶", "园今年以来青石镇的茶"],
        # The line ends on 的, which needs what follows.
        [KICKER, "守好一方青山绿水的茶园的", "今年以来，青石镇的茶"],
        # The line is short of its column: it may itself be an opening.
        [KICKER, "守好一方青山", "今年以来，青石镇的茶"],
        # The line below is far shorter than an opening: a paragraph's last line, or a headline.
        [KICKER, "守好一方青山绿水护好茶园", "今年以来"],
        # The line below ends a sentence: the short last line of the paragraph the line goes on.
        [KICKER, "新建的三座茶叶加工厂现已", "全部建成并投入了使用。"],
        # The line below opens on a particle or a figure and its unit: it finishes the line's phrase.
        [KICKER, "守好一方青山绿水护好茶园", "的茶农们今年都增收"],
        [KICKER, "青石镇茶园面积已经扩大到", "3000亩，茶农的收入也多"],
        # The line leads on with a dash: a kicker over what follows, or a run-in lead.
        [KICKER, "守好一方青山绿水护茶园——", "今年以来，青石镇的茶"],
    ],
)
def test_a_line_that_may_be_text_stays_text(rows: list[str]) -> None:
    assert _roles(rows)[0] is Role.BODY


def test_only_a_line_under_a_headline_is_asked() -> None:
    lines = build_line_infos([*COLUMN, "守好一方青山绿水护好茶园", "今年以来，青石镇的茶", *COLUMN])
    roles = [Role.BODY] * len(lines)
    mark_headlines_over_openings(lines, roles)
    assert roles == [Role.BODY] * len(lines)


def test_a_line_over_another_headline_line_is_left_to_the_headline_rules() -> None:
    assert _roles([KICKER, "守好一方青山绿水护好茶园", "今年以来，青石镇的茶"], headings=(0, 2))[0] is Role.BODY


def _tops(rows: list[tuple[str, Role]]) -> list[Role]:
    lines = build_line_infos([text for text, _ in rows])
    roles = [role for _, role in rows]
    mark_headline_tops(lines, roles)
    return roles


#: A finished column of about twelve em, then a line asked about, then a headline line.
FINISHED = [("青石镇的茶园今年喜获丰收，全", Role.BODY), ("镇茶农的收入明显增加。", Role.BODY)]
TITLE = ("林晓当选县青年创业协会会长", Role.HEADING)


def test_a_line_between_a_finished_sentence_and_a_headline_is_the_headlines_first_line() -> None:
    """「……明显增加。」/「县青年创业协会成立大会召开」/「林晓当选……会长」: the line can open no paragraph
    (it is not short by an indent, full or much shorter) and ends none (no sentence's end): a
    kicker over its title."""
    for line in ("县青年创业协会成立大会召开", "县青年创业协会成立"):
        assert _tops([*FINISHED, (line, Role.BODY), TITLE])[2] is Role.HEADING


@pytest.mark.parametrize(
    "line",
    [
        "县青年创业协会成立大会",  # short by an indent: a paragraph's opening, its indent dropped
        "　　县青年创业协会成立大会召开",  # indented: a paragraph's opening
        "县青年创业协会成立大会召开。",  # a sentence: a paragraph of one line
        "此外，县青年创业协会成立大会",  # a connective opens a sentence
        "本报讯（记者 林晓）县青年创",  # a byline opens an article's text
        "二〇二四年三月五日",  # a notice's closing date
        "县青年创业协会今年新增会员，",  # a clause mark at its end: the sentence goes on
    ],
)
def test_a_line_that_may_open_or_end_a_paragraph_stays_text(line: str) -> None:
    assert _tops([*FINISHED, (line, Role.BODY), TITLE])[2] is Role.BODY


def test_only_a_line_after_a_finished_sentence_over_a_headline_is_asked() -> None:
    unfinished = [("青石镇的茶园今年喜获丰收，全", Role.BODY), ("镇茶农的收入明显增加，", Role.BODY)]
    assert _tops([*unfinished, ("县青年创业协会成立大会召开", Role.BODY), TITLE])[2] is Role.BODY
    assert _tops([*FINISHED, ("县青年创业协会成立大会召开", Role.BODY), ("林晓当选首任会长。", Role.BODY)])[2] is Role.BODY


def test_a_kickers_dash_leads_into_the_headline_below() -> None:
    assert _tops([*FINISHED, ("县青年创业协会成立大会召开——", Role.BODY), TITLE])[2] is Role.HEADING


def test_a_sentence_ended_inside_a_quotation_or_under_a_caption_finishes_no_text() -> None:
    """「林晓说：“……收入明显增加。」 ends a sentence inside the speaker's words, which go on; a
    caption above ends no text the line could stand under."""
    quoted = [("林晓说：“茶园今年丰收", Role.BODY), ("，收入明显增加。", Role.BODY)]
    assert _tops([*quoted, ("县青年创业协会成立大会召开", Role.BODY), TITLE])[2] is Role.BODY
    captioned = [FINISHED[0], ("图为茶农在采茶。", Role.CAPTION)]
    assert _tops([*captioned, ("县青年创业协会成立大会召开", Role.BODY), TITLE])[2] is Role.BODY


def _over_indent(rows: list[str]) -> list[Role]:
    """Roles of ``rows``, all text before the rule, set under a finished paragraph and over an
    indented one (its first line printed with its two-em indent)."""
    lines = build_line_infos([*COLUMN, *rows, "　　县农业农村局有关负责人", "介绍，全县茶园面积已达五万亩。"])
    roles = [Role.BODY] * len(lines)
    mark_runs_over_printed_indents(lines, roles)
    return roles[len(COLUMN) : len(COLUMN) + len(rows)]


def test_lines_over_a_printed_indent_that_end_short_on_no_mark_are_a_headline() -> None:
    assert _over_indent(["茶乡添新绿，茶农增收入"]) == [Role.HEADING]
    # A kicker wider than the column over its title: both lines.
    assert _over_indent(["青石镇今年新植茶苗三千多亩，", "茶园扩种，茶农增收"]) == [Role.HEADING, Role.HEADING]


def test_a_closing_date_a_credit_or_a_line_ending_a_sentence_over_an_indent_stays_text() -> None:
    assert _over_indent(["2024年3月1日"]) == [Role.BODY]
    assert _over_indent(["本报记者 周敏"]) == [Role.BODY]
    assert _over_indent(["茶农增收入。"]) == [Role.BODY]
    # A brief's closing credit ends the text above: it is no headline line, the title under it is.
    assert _over_indent(["（本报记者 周敏）", "茶乡添新绿，茶农增收入"]) == [Role.BODY, Role.HEADING]
    # Three lines without a sentence's end: the end of a paragraph broken off, not a headline.
    assert _over_indent(["青石镇今年新植茶苗三千", "多亩，全镇茶园扩种以后", "茶农增收"]) == [Role.BODY] * 3
