"""segment.titlesastext: an untitled article whose body ends, or starts, on its title read as text."""

from __future__ import annotations

import pytest

from banmian.layout.lines import build_line_infos
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ADJACENT_CONFIDENCE, ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack
from banmian.segment.titlesastext import RETITLED_CONFIDENCE, title_from_text_runs
from pagetext import body

#: A report whose last paragraph ends a sentence; its first line opens short by the dropped indent.
REPORT = body(
    "青石镇今年新建的两座茶叶加工厂已经全部投产，茶农的收入明显增加，春茶产量比去年增加了两成。",
    "全镇茶园面积达到一万二千亩，镇里还请来农技员指导茶农。",
)
TITLE = "青石镇茶叶喜获丰收"


def _plan(rows: list[str], roles: dict[int, Role] | None = None, stack: Stack | None = None) -> ArticlePlan:
    lines = build_line_infos(rows)
    kinds = [(roles or {}).get(k, Role.BODY) for k in range(len(lines))]
    part = Item(ItemKind.BODY, tuple(lines), tuple(kinds))
    return ArticlePlan(parts=[part], stack=stack, confidence=ADJACENT_CONFIDENCE)


def _retitled(rows: list[str], headline_first: bool = False, **kwargs) -> ArticlePlan:  # noqa: ANN003
    """The plan after the rule, on a page read body first (last lines asked) or headline first
    (first lines asked)."""
    plan = _plan(rows, **kwargs)
    title_from_text_runs([plan], headline_first)
    return plan


def _title(plan: ArticlePlan) -> str | None:
    return None if plan.stack is None or plan.stack.title is None else plan.stack.title.text


def _text(plan: ArticlePlan) -> list[str]:
    return [ln.raw for part in plan.parts for ln in part.lines]


def test_a_title_drawn_after_its_body_and_read_as_its_last_line_titles_it() -> None:
    plan = _retitled([*REPORT, TITLE])
    assert _title(plan) == TITLE
    assert _text(plan) == REPORT
    assert plan.confidence == RETITLED_CONFIDENCE


def test_a_title_of_two_lines_or_closed_by_its_column_tag_or_over_its_dash_subtitle() -> None:
    assert _title(_retitled([*REPORT, "青石镇今年春茶产量", "增两成茶农喜增收"])) == "青石镇今年春茶产量增两成茶农喜增收"
    assert _title(_retitled([*REPORT, TITLE, "（青石论坛）"])) == TITLE + "（青石论坛）"
    plan = _retitled([*REPORT, TITLE, "——记青石镇茶农林晓"])
    assert _title(plan) == TITLE and plan.stack.subtitle.text == "——记青石镇茶农林晓"


@pytest.mark.parametrize(
    "tail",
    [
        # A paragraph's last line: it ends its sentence.
        ["青石镇茶叶喜获丰收。"],
        # Not after a finished sentence: the paragraph's text goes on into it.
        None,
        # A date, a byline, a jump note: closing lines of a text, no title.
        ["2024年3月1日"],
        ["本报记者 周敏"],
        ["加工厂的茶叶销往（下转第二版）"],
        # A bracketed line alone is a credit or a mark (「（完）」); under a jump note no column tag.
        ["（完）"],
        ["加工厂的茶叶销往", "（下转第二版）"],
        # A full stop inside: a sentence, and what its bracket opened after it.
        ["据悉活动还将持续。（青石", "镇政府供稿）"],
        # Three lines are more than a title read as text.
        ["青石镇今年", "春茶产量增", "两成茶农增收"],
    ],
)
def test_text_that_ends_so_keeps_its_lines(tail: list[str] | None) -> None:
    rows = [*REPORT[:-1], REPORT[-1].rstrip("。"), TITLE] if tail is None else [*REPORT, *tail]
    plan = _retitled(rows)
    assert _title(plan) is None and _text(plan) == rows


def test_a_caption_line_is_no_title() -> None:
    rows = [*REPORT, TITLE]
    plan = _retitled(rows, roles={len(REPORT): Role.CAPTION})
    assert _title(plan) is None


def test_a_brief_closed_by_its_authors_and_a_titled_article_are_left_alone() -> None:
    brief = [*REPORT[:-1], REPORT[-1] + "（林晓 周敏）"]
    assert _title(_retitled(brief)) is None
    # A brief's closing credit in brackets is no column tag under a title, nor broken after its
    # sentence a title's line; a brief needs no title, even one read as its first line.
    assert _title(_retitled([*REPORT, TITLE, "（林晓 周敏）"])) is None
    assert _title(_retitled([*REPORT[:-1], REPORT[-1] + "（林", "晓 周敏）"])) is None
    brief = [TITLE, *REPORT[:-1], REPORT[-1] + "（林晓 周敏）"]
    assert _title(_retitled(brief, headline_first=True)) is None
    titled = Stack(None, Unit(Role.HEADING, build_line_infos(["临江县农民丰收节开幕"])), None, (), 1.0)
    plan = _retitled([*REPORT, TITLE], stack=titled)
    assert _title(plan) == "临江县农民丰收节开幕" and _text(plan) == [*REPORT, TITLE]


def test_an_untitled_stack_keeps_its_byline_under_the_title() -> None:
    byline = Unit(Role.BYLINE, build_line_infos(["本报记者 周敏"]))
    plan = _retitled([*REPORT, TITLE], stack=Stack(None, None, None, (byline,), 1.0))
    assert _title(plan) == TITLE and plan.stack.bylines == (byline,)


def test_a_title_read_as_the_first_line_over_a_paragraphs_opening_titles_it() -> None:
    plan = _retitled([TITLE, *REPORT], headline_first=True)
    assert _title(plan) == TITLE and _text(plan) == REPORT
    # Each run is asked where the page prints its headlines: first lines on a page read headline
    # first, last lines on one read body first.
    assert _title(_retitled([TITLE, *REPORT])) is None
    assert _title(_retitled([*REPORT, TITLE], headline_first=True)) is None
    # Printed indented, the opening needs no full line under it.
    assert _title(_retitled([TITLE, "　　" + REPORT[0], "叶加工厂投产。"], headline_first=True)) == TITLE
    assert _title(_retitled([TITLE, REPORT[0], "叶加工厂投产。"], headline_first=True)) is None


@pytest.mark.parametrize(
    "head",
    [
        ["青石镇茶叶喜获丰收。"],  # a sentence: a paragraph of one line
        ["青石镇的茶叶，"],  # a clause going on
        ["2024年3月1日"],  # a date
    ],
)
def test_a_first_line_that_is_text_stays(head: list[str]) -> None:
    rows = [*head, *REPORT]
    assert _title(_retitled(rows, headline_first=True)) is None


def test_three_first_lines_are_more_than_a_title_read_as_text() -> None:
    rows = ["青石镇今年", "春茶产量增", "两成茶农增收", *REPORT]
    assert _title(_retitled(rows, headline_first=True)) is None
    # Even where they would parse as one headline: a kicker, its title and a dash subtitle.
    rows = ["林晓在青石镇调研时强调", "守好一方青山绿水", "——记青石镇茶农", *REPORT]
    assert _title(_retitled(rows, headline_first=True)) is None


def test_a_first_line_over_a_full_line_stays() -> None:
    rows = [TITLE, *REPORT[1:]]  # the line under it fills the column: the paragraph goes on
    assert _title(_retitled(rows, headline_first=True)) is None


def test_a_run_that_parses_as_more_than_one_headline_is_left_as_text(monkeypatch) -> None:  # noqa: ANN001
    from banmian.segment import titlesastext
    from banmian.segment.stacks import HeadParse

    def two_stacks(item, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        stack = Stack(None, Unit(Role.HEADING, item.lines), None, (), 1.0)
        return HeadParse((stack, stack), (), 2, 2)

    monkeypatch.setattr(titlesastext, "parse_heads", two_stacks)
    rows = [*REPORT, TITLE]
    plan = _retitled(rows)
    assert _title(plan) is None and _text(plan) == rows


def test_a_run_holding_a_banner_beside_its_title_is_left_as_text() -> None:
    """A slogan of phrases beside the title would leave the headline's stack: no line is lost."""
    rows = [*REPORT, "拆违建 治污水 美村容 建家园", TITLE]
    plan = _retitled(rows)
    assert _title(plan) is None and _text(plan) == rows


def test_a_headline_holding_a_kicker_or_subtitle_but_no_title_is_left_alone() -> None:
    subtitle = Unit(Role.SUBTITLE, build_line_infos(["——记青石镇茶农林晓"]))
    plan = _retitled([*REPORT, TITLE], stack=Stack(None, None, subtitle, (), 1.0))
    assert _title(plan) is None and plan.stack.subtitle == subtitle


def test_a_paragraphs_indented_opening_at_the_end_is_no_title() -> None:
    """A body ending on an indented line opens a paragraph that goes on elsewhere."""
    rows = [*REPORT, "　　青石镇今年新建的两"]
    assert _title(_retitled(rows)) is None


def test_a_piece_another_article_claims_asks_for_no_title() -> None:
    plan = _plan([*REPORT, TITLE])
    plan.claimed = True
    title_from_text_runs([plan], False)
    assert _title(plan) is None


def test_the_page_plan_titles_an_untitled_body_unless_blank_lines_mark_blocks() -> None:
    """Wired into the page's plan (segment.assign): a body whose title the roles read as its last
    line, on a page read body first, is titled; where blank lines mark blocks, it is left alone."""
    from banmian.segment.assign import plan_page
    from banmian.segment.items import build_items

    first = body("本报讯（记者 林晓）临江县第三届农民丰收节日前在青石镇开幕，来自全县的两百多家合作社参加。")
    rows = [*first, "临江县农民丰收节开幕", *REPORT, TITLE]
    lines = build_line_infos(rows)
    roles = [Role.BODY] * len(lines)
    roles[len(first)] = Role.HEADING
    items, _ = build_items(lines, roles)
    titles = [_title(plan) for plan in plan_page(items).articles]
    assert titles == ["临江县农民丰收节开幕", TITLE]
    titles = [_title(plan) for plan in plan_page(items, blocks_marked=True).articles]
    assert TITLE not in titles


TAGGED = "青石镇茶叶为何畅销（青石观察）"


def test_a_first_line_closed_by_its_column_tag_titles_the_text_on_any_page() -> None:
    """A run closed by a bracketed column tag is a title's end, which no paragraph's opening lines
    are: asked on a page read body first too (where the last lines hold no title), and of a brief."""
    for headline_first in (True, False):
        plan = _retitled([TAGGED, *REPORT], headline_first=headline_first)
        assert _title(plan) == TAGGED and _text(plan) == REPORT
    # Over two lines, the tag wrapped; a question's mark before the tag.
    assert _title(_retitled(["青石镇茶叶为何畅销（青", "石观察）", *REPORT])) == TAGGED
    for headline_first in (True, False):
        plan = _retitled(["青石镇茶叶为何畅销？（青石观察）", *REPORT], headline_first=headline_first)
        assert _title(plan) == "青石镇茶叶为何畅销？（青石观察）"
    # A brief closed by its authors needs no title, but takes one closed by its tag.
    brief = [TAGGED, *REPORT[:-1], REPORT[-1] + "（林晓 周敏）"]
    assert _title(_retitled(brief)) == TAGGED


@pytest.mark.parametrize(
    "head",
    [
        "本报临江3月1日电（林晓、周敏）",  # a dateline and its names
        "青石镇茶园春色正浓（林晓 摄）",  # a photo's credit in brackets
        "二〇二四年三月一日（星期五）",  # a date
        "青石镇茶园飘香——（青石观察）",  # words going on
        "临江县茶叶协会（以下简称“茶协”）",  # what the text calls it from then on
        "林晓，男，1950年出生，临江县（今青石市）",  # a sentence's clauses
        "今年青石镇茶叶产量增加。茶农们（青石）",  # a sentence's end before it
        "茶叶（青石观察）",  # too few words for a title
        "加工厂的茶叶销往（下转第二版）",  # a jump note
    ],
)
def test_a_first_line_closing_a_bracket_of_running_text_stays(head: str) -> None:
    rows = [head, *REPORT]
    assert _title(_retitled(rows)) is None


def test_a_first_line_closed_by_a_tag_needs_a_paragraphs_opening_under_it_and_text_lines() -> None:
    assert _title(_retitled([TAGGED, *REPORT[1:]])) is None  # a full line under it goes on from it
    assert _title(_retitled([TAGGED, *REPORT], roles={0: Role.CAPTION})) is None
