"""Two headline stacks side by side that pdftotext printed row by row (kicker A, kicker B, title A,
title B) are read crossed when the bodies below say so. Invented texts, laid out the way pdftotext
prints two articles whose headlines stand at the same heights: the four headline lines in a row,
then each article's body."""

from __future__ import annotations

import banmian
from banmian.segment import crossedheads
from pagetext import body, page

KICKER_A = "县长林晓在全县防汛工作会议上强调"
KICKER_B = "江北县与青石县结对帮扶——"
TITLE_A = "扎实做好防汛备汛"
TITLE_B = "订单式培训帮村民就业"
BODY_A = body(
    "本报讯（记者 何春生）全县防汛工作会议日前召开，县长林晓在会上要求扎实做好防汛备汛各项工作。",
    "会议要求各乡镇在汛前完成河堤巡查。",
    column=18,
)
BODY_B = body(
    "本报讯（通讯员 林晓）江北县与青石县结对帮扶，以订单式培训帮村民就业，今年已培训一千二百人。",
    "参加培训的学员大多已经上岗。",
    column=18,
)
LIBRARY = body("本报讯（记者 林晓）江北县图书馆新馆日前开馆，馆藏图书二十万册。", "新馆设有少儿阅览区。", column=18)
AS_PRINTED = [(KICKER_A, TITLE_A), (KICKER_B, TITLE_B)]


def headlines(text: str) -> list[tuple[str | None, str | None]]:
    parsed = banmian.parse(text)
    return [(a.kicker.text if a.kicker else None, a.title.text if a.title else None) for a in parsed.articles]


def test_a_crossed_pair_of_stacks_is_read_crossed() -> None:
    assert headlines(page([KICKER_A], [KICKER_B], [TITLE_A], [TITLE_B], BODY_A, BODY_B)) == AS_PRINTED


def test_without_the_rule_the_crossed_run_is_read_in_page_order(monkeypatch) -> None:  # noqa: ANN001
    # What the rule mends: kicker A over kicker B, title A over title B.
    monkeypatch.setattr("banmian.segment.attach.uncross_runs", lambda *args: None)
    assert headlines(page([KICKER_A], [KICKER_B], [TITLE_A], [TITLE_B], BODY_A, BODY_B)) == [
        (KICKER_A, KICKER_B),
        (TITLE_A, TITLE_B),
    ]


def test_two_stacks_in_page_order_stay_as_printed() -> None:
    assert headlines(page([KICKER_A], [TITLE_A], [KICKER_B], [TITLE_B], BODY_A, BODY_B)) == AS_PRINTED


def test_a_body_that_restates_no_crossed_stack_keeps_the_run_as_read() -> None:
    # The second body takes up no headline's words: crossing would give it a stack it does not fit.
    read = headlines(page([KICKER_A], [KICKER_B], [TITLE_A], [TITLE_B], BODY_A, LIBRARY))
    assert (KICKER_B, TITLE_B) not in read
    assert read[0] == (KICKER_A, KICKER_B)


def test_each_crossed_stack_must_fit_its_own_body(monkeypatch) -> None:  # noqa: ANN001
    # Raised out of reach, the bound keeps every run as read.
    monkeypatch.setattr(crossedheads, "CROSSED_MIN_FIT", 1.01)
    assert headlines(page([KICKER_A], [KICKER_B], [TITLE_A], [TITLE_B], BODY_A, BODY_B))[0] == (KICKER_A, KICKER_B)
