"""A title wrapped over two lines that the run's parse read as two titles is one again when the
body it heads restates both lines (segment.splitheads). Invented texts, laid out as pdfium prints
a headline over two bodies, without blank lines (where pdftotext's blank lines end blocks, lines
printed in one block are one stack already: segment.stacks): the page's two bodies seem to want
two headlines."""

from __future__ import annotations

import banmian
from banmian.segment import splitheads
from pagetext import body, page

FIRST, SECOND = "临江县第三届乡村文化旅游节", "在青石镇开幕六万游客参加"
FESTIVAL = body(
    "本报讯（记者 何春生）临江县第三届乡村文化旅游节昨天在青石镇开幕，开幕当天六万游客参加了各项活动。",
    "旅游节期间还将举办山货集市。",
    column=18,
)
LIBRARY = body("本报讯（记者 林晓）江北县图书馆新馆日前开馆，馆藏图书二十万册。", "新馆设有少儿阅览区。", column=18)


def unblocked(*blocks: list[str]) -> str:
    """The blocks' lines with no blank line between them, as pdfium prints a page."""
    return "\n".join(line for block in blocks for line in block) + "\n"


def headed(text: str) -> list[tuple[str | None, str]]:
    return [(a.title.text if a.title else None, a.paragraphs[0].text[:8]) for a in banmian.parse(text).articles]


def test_a_title_whose_body_restates_both_lines_is_one_title(monkeypatch) -> None:  # noqa: ANN001
    assert headed(unblocked([FIRST, SECOND], FESTIVAL, LIBRARY)) == [(FIRST + SECOND, "临江县第三届乡村"), (None, "江北县图书馆新馆")]
    read_apart(monkeypatch)
    assert headed(unblocked([FIRST, SECOND], FESTIVAL, LIBRARY)) == [(FIRST + SECOND, "临江县第三届乡村"), (None, "江北县图书馆新馆")]


def read_apart(monkeypatch) -> None:  # noqa: ANN001
    """Make the run's parse read the two lines as two titles, as it does of pairs that do not look
    like one title wrapped (segment.stacks keeps those whole itself)."""
    monkeypatch.setattr("banmian.segment.stackgroups.wrapped_pair", lambda *args: False)


def test_without_the_rule_the_second_line_titles_the_other_body(monkeypatch) -> None:  # noqa: ANN001
    read_apart(monkeypatch)
    monkeypatch.setattr("banmian.segment.attach.rejoin_split_titles", lambda *args: None)
    assert headed(unblocked([FIRST, SECOND], FESTIVAL, LIBRARY)) == [(FIRST, "临江县第三届乡村"), (SECOND, "江北县图书馆新馆")]


def test_a_byline_under_the_second_line_goes_with_the_joined_title() -> None:
    """The byline under the headline's second line made that line a stack of its own with a
    byline, which the rule once left alone: the second line and the byline went to the other body."""
    festival = body(
        "临江县第三届乡村文化旅游节昨天在青石镇开幕，开幕当天六万游客参加了各项活动。",
        "旅游节期间还将举办山货集市。",
        column=18,
    )
    articles = banmian.parse(unblocked([FIRST, SECOND, "本报记者 何春生"], festival, LIBRARY)).articles
    assert [(a.title.text if a.title else None, a.byline.text if a.byline else None) for a in articles] == [
        (FIRST + SECOND, "本报记者 何春生"),
        (None, "本报讯（记者 林晓）"),
    ]


def test_a_title_under_a_kicker_joins_its_second_line() -> None:
    """A kicker ending on a verb of speech over a title of two lines: the parse read the kicker and
    the first line as one stack and the second line as the other body's title; the body restates
    the second line, the other body does not."""
    grain = body(
        "本报讯（记者 林晓）全县秋粮收购工作会议昨天召开。县长何春生强调，要抓好秋粮收购，确保农民增收，推动秋粮产业提质增效。",
        "会议还部署了仓储安全工作。",
        column=18,
    )
    kicker, first, second = "何春生在全县秋粮收购工作会议上强调", "抓好秋粮收购确保农民增收", "推动秋粮产业提质增效"
    assert kicked(unblocked([kicker, first, second], grain, LIBRARY)) == [
        (kicker, first + second, "全县秋粮收购工作"),
        (None, None, "江北县图书馆新馆"),
    ]


def test_two_titles_each_restated_by_its_own_body_stay_apart() -> None:
    second_title = "江北县图书馆新馆开馆"
    assert headed(unblocked([FIRST, second_title], FESTIVAL, LIBRARY)) == [
        (FIRST, "临江县第三届乡村"),
        (second_title, "江北县图书馆新馆"),
    ]


def test_the_body_must_restate_the_other_line(monkeypatch) -> None:  # noqa: ANN001
    read_apart(monkeypatch)
    monkeypatch.setattr(splitheads, "SPLIT_MIN_FIT", 1.01)
    assert headed(unblocked([FIRST, SECOND], FESTIVAL, LIBRARY))[1] == (SECOND, "江北县图书馆新馆")


# A kicker printed in a block of its own (a blank line under it) over a title printed in its body's
# block, as pdftotext prints them; the page's two bodies seem to want two headlines.
KICKER, TITLE = "青岗县第五届农民运动会闭幕", "临江村拔河队夺得冠军"
GAMES = body(
    "本报讯（记者 何春生）青岗县第五届农民运动会昨天在县体育场闭幕，临江村拔河队夺得冠军。",
    "本届运动会共设八个项目，三千多名农民参赛。",
    column=18,
)


def kicked(text: str) -> list[tuple[str | None, str | None, str]]:
    articles = banmian.parse(text).articles
    return [(a.kicker.text if a.kicker else None, a.title.text if a.title else None, a.paragraphs[0].text[:8]) for a in articles]


def test_a_kicker_in_a_block_of_its_own_joins_the_title_printed_over_its_body() -> None:
    assert kicked(page([KICKER], [TITLE, *GAMES], LIBRARY)) == [
        (KICKER, TITLE, "青岗县第五届农民"),
        (None, None, "江北县图书馆新馆"),
    ]


def test_without_the_rule_the_kicker_set_apart_titles_the_body_alone(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(splitheads, "_kicker_apart", lambda *args: False)
    # segment.apartkickers and segment.restated, which read the two back as one stack after the
    # pairing, off too.
    monkeypatch.setattr("banmian.segment.assign.join_apart_kickers", lambda entries, parses, pairs, leftover: (leftover, set()))
    monkeypatch.setattr("banmian.segment.assign.move_restated_titles", lambda entries, pairs, leftover: leftover)
    assert kicked(page([KICKER], [TITLE, *GAMES], LIBRARY)) == [
        (None, KICKER, "青岗县第五届农民"),
        (None, TITLE, "江北县图书馆新馆"),
    ]


def test_a_line_set_apart_that_the_body_does_not_restate_is_no_kicker() -> None:
    other = "全市秋粮收购工作进展顺利"
    assert kicked(page([other], [TITLE, *GAMES], LIBRARY)) == [
        (None, TITLE, "青岗县第五届农民"),
        (None, other, "江北县图书馆新馆"),
    ]
