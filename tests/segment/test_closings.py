"""A notice's closing printed apart from its text (segment.closings), on plans built from lines."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.closings import join_notice_closings
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack

NOTICE_TITLE = "关于调整三路公交车线路的公告"
NOTICE_TEXT = "县公交公司决定自本月十日起调整三路公交车线路，增设城东新区站和体育馆站。"
CLOSING = ["特此公告。", "青石县公交公司", "2026年3月1日"]
PHOTO_TITLE = "春到滨河柳色新"


def _plans(notice_text: list[str], closing: list[str]) -> tuple[ArticlePlan, ArticlePlan]:
    """A notice under its title, then a block under another headline, as pdftotext may print them."""
    lines = build_line_infos([NOTICE_TITLE, *notice_text, PHOTO_TITLE, *closing])
    title, body = lines[0], lines[1 : 1 + len(notice_text)]
    head, rest = lines[1 + len(notice_text)], lines[2 + len(notice_text) :]
    notice = ArticlePlan(
        parts=[Item(ItemKind.BODY, body, (Role.BODY,) * len(body))],
        stack=Stack(None, Unit(Role.HEADING, (title,)), None, (), 1.0),
    )
    other = ArticlePlan(
        parts=[Item(ItemKind.BODY, rest, (Role.BODY,) * len(rest))],
        stack=Stack(None, Unit(Role.HEADING, (head,)), None, (), 1.0),
    )
    return notice, other


def test_a_closing_printed_apart_joins_its_notice_and_frees_the_headline():
    notice, other = _plans([NOTICE_TEXT], CLOSING)
    plans = join_notice_closings([notice, other])
    assert [ln.text for part in notice.parts for ln in part.lines][-3:] == CLOSING
    assert other.parts == [] and other.stack.title.text == PHOTO_TITLE  # a headline for a photo
    assert plans == [notice, other]


def test_text_that_is_more_than_a_closing_stays_where_it_is():
    notice, other = _plans([NOTICE_TEXT], ["县图书馆自本月起每晚开放到九点。", *CLOSING[1:]])
    join_notice_closings([notice, other])
    assert len(notice.parts) == 1 and len(other.parts) == 1


def test_a_notice_that_has_its_date_already_takes_no_other_closing():
    notice, other = _plans([NOTICE_TEXT, *CLOSING], CLOSING)
    join_notice_closings([notice, other])
    assert len(notice.parts) == 1 and len(other.parts) == 1


def _titled(title: str, text: list[str]) -> ArticlePlan:
    lines = build_line_infos([title, *text])
    return ArticlePlan(
        parts=[Item(ItemKind.BODY, lines[1:], (Role.BODY,) * (len(lines) - 1))],
        stack=Stack(None, Unit(Role.HEADING, (lines[0],)), None, (), 1.0),
    )


def _texts(plan: ArticlePlan) -> list[str]:
    return [ln.text for part in plan.parts for ln in part.lines]


LIBRARY_TITLE = "县图书馆延长开放时间"
LIBRARY_TEXT = ["县图书馆自本月起每晚开放到九点，方便市民下班后借阅。", "图书馆还新增了自助借还机。"]


def test_a_formula_alone_leaves_the_notice_open_for_its_office_and_date():
    """「特此公告。」 printed in a block of its own, then the office and date in another."""
    notice, formula = _plans([NOTICE_TEXT], CLOSING[:1])
    lines = build_line_infos(CLOSING[1:])
    signature = ArticlePlan(parts=[Item(ItemKind.BODY, tuple(lines), (Role.BODY,) * len(lines))])
    plans = join_notice_closings([notice, formula, signature])
    assert _texts(notice)[-3:] == CLOSING
    assert signature not in plans


def test_a_closing_inside_another_articles_text_goes_to_the_open_notice():
    """A layout dump printed the right-aligned office and date in the lane of the next column."""
    notice = _titled(NOTICE_TITLE, [NOTICE_TEXT])
    library = _titled(LIBRARY_TITLE, [LIBRARY_TEXT[0], *CLOSING[1:], LIBRARY_TEXT[1]])
    join_notice_closings([notice, library])
    assert _texts(notice) == [NOTICE_TEXT, *CLOSING[1:]]
    assert _texts(library) == LIBRARY_TEXT


def test_a_text_not_restating_its_title_keeps_its_closing():
    """The notice's own text under a title the plan gave it by mistake: the closing is its own."""
    notice = _titled(NOTICE_TITLE, ["县图书馆自本月起每晚开放到九点。"])
    other = _titled(PHOTO_TITLE, [NOTICE_TEXT, *CLOSING])
    join_notice_closings([notice, other])
    assert _texts(other) == [NOTICE_TEXT, *CLOSING]


def test_a_notice_keeps_its_own_closing_when_another_is_open():
    """Only an article that is no notice gives closing lines away: a notice's are its own."""
    open_notice = _titled(NOTICE_TITLE, [NOTICE_TEXT])
    other = _titled("关于调整五路公交车线路的公告", ["县公交公司决定自下月起调整五路公交车线路。", *CLOSING])
    join_notice_closings([open_notice, other])
    assert _texts(other)[-3:] == CLOSING
    assert _texts(open_notice) == [NOTICE_TEXT]
