"""A headline that no body took joins the headline it runs on from (segment.bodiless), and a line
that a refinement gave a paired headline heads no article of its own (segment.attach._untaken).
Invented texts."""

from __future__ import annotations

import banmian
from banmian.layout.lines import build_line_infos
from banmian.segment import attach, bodiless
from banmian.segment.headunits import Unit
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack
from pagetext import body

MEETING = body(
    "本报讯（记者 何春生）临江县春耕生产动员会昨天在县委礼堂召开，全县各乡镇负责同志参加会议。",
    "会议要求各地抓住农时，做好种子、化肥的供应，确保春耕生产顺利进行。",
    "会议还部署了农田水利建设工作。",
    column=18,
)
LIBRARY = body("本报讯（记者 林晓）青石镇文化站日前开放，站内设有图书室、排练厅和展览室。", "开放首日接待群众三百多人次。", column=18)
KICKER, TITLE = "县人大常委会专题调研春耕生产", "推动春耕生产有序开展"
CAPTION = "3月5日，临江县春耕生产动员会在县委礼堂召开。图为会议现场。林晓 摄"
#: A body-first page (as pdfium prints it): each body, then its headline; a photo's caption under
#: the first headline.
PAGE = "\n".join([*MEETING, KICKER, TITLE, CAPTION, *LIBRARY, "青石镇文化站开放"]) + "\n"


def headlines(text: str) -> list[tuple[str | None, str | None, int]]:
    return [
        (a.kicker.text if a.kicker else None, a.title.text if a.title else None, len(a.paragraphs))
        for a in banmian.parse(text).articles
    ]


def test_a_headline_left_without_text_joins_the_headline_above_it() -> None:
    assert headlines(PAGE) == [(KICKER, TITLE, 2), (None, "青石镇文化站开放", 2)]


def test_without_the_rule_the_second_line_is_a_title_alone_left_unplaced(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr("banmian.segment.assign.join_bodiless_stacks", lambda plans: plans)
    # Read body first, the body above restates the title: segment.drawnafter joins it too.
    monkeypatch.setattr("banmian.segment.attach.join_drawn_after", lambda *args: None)
    assert headlines(PAGE) == [(None, KICKER, 2), (None, "青石镇文化站开放", 2)]
    assert TITLE in [item.text for item in banmian.parse(PAGE).unplaced]


def units(*texts: str, first: int = 10) -> list[Unit]:
    """One headline unit per text, on consecutive source lines from ``first``."""
    lines = build_line_infos(["正文"] * (first - 1) + list(texts))[first - 1 :]
    return [Unit(Role.SUBTITLE if ln.text.startswith("—") else Role.HEADING, (ln,)) for ln in lines]


def test_lines_under_a_dashed_subtitle_go_on_with_it() -> None:
    title, subtitle, rest = units("临江县第三届乡村文化旅游节开幕", "——六万游客参加开幕当天的", "各项活动")
    host = Stack(None, title, subtitle, (), 0.9)
    merged = bodiless._merged(host, Stack(None, rest, None, (), 0.9))
    assert (merged.kicker, merged.title.text, merged.subtitle.text) == (None, title.text, "——六万游客参加开幕当天的各项活动")


def test_a_dash_alone_ends_the_kicker_and_leads_into_the_title_below() -> None:
    kicker, dash, title = units("青石镇文化站站长林晓", "——", "“让乡亲们有个看书的地方”")
    merged = bodiless._merged(Stack(None, kicker, dash, (), 0.9), Stack(None, title, None, (), 0.9))
    assert (merged.kicker.text, merged.title.text, merged.subtitle) == ("青石镇文化站站长林晓——", title.text, None)
    assert merged.confidence == bodiless.JOINED_CONFIDENCE


def test_a_box_label_joins_no_headline() -> None:
    label, title = units("简讯", "临江县第三届乡村文化旅游节开幕")
    assert not bodiless._joinable(Stack(None, label, None, (), 0.9))
    assert bodiless._joinable(Stack(None, title, None, (), 0.9))


def test_a_line_given_to_a_paired_headline_leaves_the_left_over_stacks() -> None:
    first, second, third = units("临江县第三届乡村", "桃花会今起举办", "青石镇文化站开放")
    joined = Stack(None, Unit(Role.HEADING, (*first.lines, *second.lines)), None, (), 0.6)
    leftover = [(Stack(None, second, None, (), 0.9), 4), (Stack(None, third, None, (), 0.9), 4)]
    kept = attach._untaken(leftover, {7: (joined, True)})
    assert [(stack.title.text, run) for stack, run in kept] == [("青石镇文化站开放", 4)]


def test_a_left_over_stack_keeps_its_lines_that_no_headline_took() -> None:
    kicker, title = units("临江县召开春耕生产动员会", "抓农时 保供给")
    taken = Stack(None, kicker, None, (), 0.9)
    [(stack, _)] = attach._untaken([(Stack(kicker, title, None, (), 0.9), 2)], {5: (taken, True)})
    assert (stack.kicker, stack.title.text) == (None, "抓农时 保供给")
