"""segment.boxtitles: the title printed right under a box's label (简讯) heads the box's first item,
and the label heads the text printed right under it."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.boxtitles import title_first_box_items
from banmian.segment.build import box_label, build_articles
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack

#: A box of two items, as pdfium prints it: the label, the first item's title, its text closed by its
#: authors, then the second item, untitled.
ROWS = [
    "临江县农民丰收节开幕",  # 0: the title of the text above the box
    "简讯",  # 1
    "青石镇茶园喜获丰收",  # 2: the first item's title
    "今年青石镇茶园面积达到一万",  # 3
    "二千亩，春茶产量增加了两成。",
    "（何春生 周敏）",  # 5
    "临江县图书馆少儿阅览室日前正",  # 6
    "式开放，藏有图书两万余册。",
    "（林晓）",  # 8
]
LINES = build_line_infos(ROWS)


def _unit(*numbers: int) -> Unit:
    return Unit(Role.HEADING, tuple(LINES[k] for k in numbers))


def _body(first: int, last: int) -> Item:
    lines = tuple(LINES[first : last + 1])
    return Item(ItemKind.BODY, lines, tuple(Role.BODY for _ in lines))


def _plan(first: int, last: int, stack: Stack | None) -> ArticlePlan:
    return ArticlePlan(parts=[_body(first, last)], stack=stack)


def _titled(unit: Unit, kicker: Unit | None = None) -> Stack:
    return Stack(kicker, unit, None, (), 0.9)


def test_the_title_under_the_label_moves_to_the_box_from_the_item_the_reading_gave_it() -> None:
    box = _plan(3, 5, _titled(_unit(1)))
    second = _plan(6, 8, _titled(_unit(2)))  # the reading gave the first item's title to the second
    plans = title_first_box_items([box, second])
    assert plans == [box, second]
    assert box_label(box) is not None
    assert box.parts[0].kind is ItemKind.HEADS and [ln.text for ln in box.parts[0].lines] == ["青石镇茶园喜获丰收"]
    assert [ln.raw for ln in box.parts[1].lines] == ROWS[3:6]
    assert second.stack is None and [ln.raw for ln in second.parts[0].lines] == ROWS[6:9]


def test_the_box_built_gives_its_first_brief_the_title_and_leaves_the_second_untitled() -> None:
    box = _plan(3, 5, _titled(_unit(1)))
    second = _plan(6, 8, _titled(_unit(2)))
    briefs = build_articles(title_first_box_items([box, second]))
    assert [(a.kind.value, a.title.text if a.title else None, a.authors) for a in briefs] == [
        ("brief", "青石镇茶园喜获丰收", ("何春生", "周敏")),
        ("brief", None, ("林晓",)),
    ]


def test_a_title_standing_alone_is_dropped_once_moved_to_the_box() -> None:
    box = _plan(3, 8, _titled(_unit(1)))
    orphan = ArticlePlan(parts=[], stack=_titled(_unit(2)))
    assert title_first_box_items([box, orphan]) == [box]
    assert box.parts[0].kind is ItemKind.HEADS


def test_titles_not_between_the_label_and_its_text_or_with_more_than_a_title_stay() -> None:
    # The box's text does not start right under the title: the title heads something else.
    box = _plan(4, 5, _titled(_unit(1)))
    other = _plan(6, 8, _titled(_unit(2)))
    title_first_box_items([box, other])
    assert other.stack is not None and len(box.parts) == 1
    # A headline of a kicker and a title is an article's, not a box item's.
    box = _plan(3, 5, _titled(_unit(1)))
    other = _plan(6, 8, _titled(_unit(2), kicker=_unit(0)))
    title_first_box_items([box, other])
    assert other.stack is not None and len(box.parts) == 1
    # No label: a title over a text is that text's, whichever plan holds it.
    plain = _plan(3, 5, _titled(_unit(0)))
    other = _plan(6, 8, _titled(_unit(2)))
    title_first_box_items([plain, other])
    assert other.stack is not None and len(plain.parts) == 1


def _under_label(subtitle: Unit, kicker: Unit | None = None) -> Stack:
    """The label read as the box's title, the first item's title as its subtitle."""
    return Stack(kicker, _unit(1), subtitle, (), 0.9)


def test_the_first_items_title_read_as_the_labels_subtitle_moves_to_the_box_text() -> None:
    box = _plan(3, 5, _under_label(_unit(2)))
    briefs = build_articles(title_first_box_items([box]))
    assert box.stack is not None and box.stack.subtitle is None and box_label(box) is not None
    assert [(a.kind.value, a.title.text if a.title else None, a.authors) for a in briefs] == [
        ("brief", "青石镇茶园喜获丰收", ("何春生", "周敏")),
    ]


def test_a_subtitle_not_between_the_label_and_its_text_or_under_a_kicker_or_dashed_stays() -> None:
    box = _plan(4, 8, _under_label(_unit(2)))  # the text does not start right under it
    title_first_box_items([box])
    assert box.stack.subtitle is not None and len(box.parts) == 1
    box = _plan(4, 8, _under_label(_unit(3)))  # a line stands between the label and it
    title_first_box_items([box])
    assert box.stack.subtitle is not None and len(box.parts) == 1
    box = _plan(3, 8, _under_label(_unit(2), kicker=_unit(0)))
    title_first_box_items([box])
    assert box.stack.subtitle is not None and len(box.parts) == 1
    dashed = build_line_infos(["简讯", "——临江县农民丰收节侧记", "今年青石镇茶园面积达到一万", "（林晓）"])
    label, dash = (Unit(Role.HEADING, (line,)) for line in dashed[:2])
    body = Item(ItemKind.BODY, dashed[2:], (Role.BODY, Role.BODY))
    box = ArticlePlan(parts=[body], stack=Stack(None, label, dash, (), 0.9))
    title_first_box_items([box])
    assert box.stack.subtitle is dash and len(box.parts) == 1


def test_the_label_heads_the_untitled_text_right_under_it() -> None:
    """On a page read body first, the label went to the text above it; the text under it had none."""
    rows = ["今年青石镇茶园面积达到一万", "二千亩，春茶产量增加了两成。", "简讯", "临江县图书馆少儿阅览室日前正", "式开放，藏有图书两万余册。", "（林晓）"]
    lines = build_line_infos(rows)
    label = Stack(None, Unit(Role.HEADING, (lines[2],)), None, (), 0.9)
    above = ArticlePlan(parts=[Item(ItemKind.BODY, lines[:2], (Role.BODY, Role.BODY))], stack=label)
    below = ArticlePlan(parts=[Item(ItemKind.BODY, lines[3:], (Role.BODY,) * 3)])
    title_first_box_items([above, below])
    assert below.stack is label and above.stack is None
    # Not to a piece another article claims or one opening mid-paragraph, nor from a text below it.
    for flag in ("claimed", "unjoined"):
        above = ArticlePlan(parts=[Item(ItemKind.BODY, lines[:2], (Role.BODY, Role.BODY))], stack=label)
        below = ArticlePlan(parts=[Item(ItemKind.BODY, lines[3:], (Role.BODY,) * 3)])
        setattr(below, flag, True)
        title_first_box_items([above, below])
        assert below.stack is None and above.stack is label, flag
    under = ArticlePlan(parts=[Item(ItemKind.BODY, lines[3:], (Role.BODY,) * 3)], stack=label)
    title_first_box_items([under])
    assert under.stack is label
    # A label standing alone, with no text above it, was left so by the reading: it stays.
    alone = ArticlePlan(parts=[], stack=label)
    below = ArticlePlan(parts=[Item(ItemKind.BODY, lines[3:], (Role.BODY,) * 3)])
    assert title_first_box_items([alone, below]) == [alone, below]
    assert alone.stack is label and below.stack is None
    # A text under the label that has a headline of its own keeps it, and the label stays.
    own = Stack(None, Unit(Role.HEADING, (lines[0],)), None, (), 0.9)
    above = ArticlePlan(parts=[Item(ItemKind.BODY, lines[:2], (Role.BODY, Role.BODY))], stack=label)
    below = ArticlePlan(parts=[Item(ItemKind.BODY, lines[3:], (Role.BODY,) * 3)], stack=own)
    title_first_box_items([above, below])
    assert below.stack is own and above.stack is label


def test_the_page_plan_asks_it_before_titles_are_taken_from_banners(monkeypatch) -> None:  # noqa: ANN001
    """Wired into segment.assign: a title the reading gave to a box's second item is moved before
    the banners are offered to untitled texts (the second item may take one of them)."""
    import banmian
    from banmian.segment import assign

    calls: list[str] = []
    real_box, real_banners = assign.title_first_box_items, assign.titles_from_banners
    monkeypatch.setattr(assign, "title_first_box_items", lambda plans: calls.append("box") or real_box(plans))
    monkeypatch.setattr(assign, "titles_from_banners", lambda *args: calls.append("banners") or real_banners(*args))
    banmian.parse("\n".join(ROWS) + "\n")
    assert calls[:2] == ["box", "banners"]


def test_no_label_moves_as_a_title_and_a_label_over_its_own_text_stays() -> None:
    rows = ["简讯", "快讯", "今年青石镇茶园面积达到一万", "二千亩，春茶产量增加了两成。", "（何春生 周敏）"]
    lines = build_line_infos(rows)
    first = Stack(None, Unit(Role.HEADING, (lines[0],)), None, (), 0.9)
    second = Stack(None, Unit(Role.HEADING, (lines[1],)), None, (), 0.9)
    box = ArticlePlan(parts=[Item(ItemKind.BODY, lines[2:], (Role.BODY,) * 3)], stack=first)
    other = ArticlePlan(parts=[], stack=second)
    title_first_box_items([box, other])
    assert other.stack is second and len(box.parts) == 1
    # The label's own text starts lower, under an untitled piece: the label stays with its text.
    rows = ["简讯", "茶园面积达到一万二千亩。", "今年青石镇春茶产量增加了", "两成。（何春生 周敏）"]
    lines = build_line_infos(rows)
    label = Stack(None, Unit(Role.HEADING, (lines[0],)), None, (), 0.9)
    piece = ArticlePlan(parts=[Item(ItemKind.BODY, lines[1:2], (Role.BODY,))])
    box = ArticlePlan(parts=[Item(ItemKind.BODY, lines[2:], (Role.BODY,) * 2)], stack=label)
    title_first_box_items([piece, box])
    assert box.stack is label and piece.stack is None


def test_a_box_label_over_its_first_items_title_is_no_kicker() -> None:
    # 「简讯」 on the row of the first item's title, cut off it (layout.rows), reads as a kicker over
    # the title under it: it is the box's label, kept as furniture.
    import banmian

    text = "\n".join(
        [
            "青石镇茶园扩种五千亩",
            "今年青石镇新扩种茶园五千亩，茶农人均增收三千元。",
            "简讯 临江县空气质量情况通报",
            "3月10日，全县空气质量指数为42，空气质量级别为优。",
        ]
    )
    page = banmian.parse(text + "\n")
    notice = next(a for a in page.articles if a.title is not None and a.title.text == "临江县空气质量情况通报")
    assert notice.kicker is None and "简讯" in [f.text for f in page.furniture]


def test_a_box_label_read_as_a_kicker_is_the_boxs_not_the_items() -> None:
    from banmian.layout.lines import build_line_infos
    from banmian.segment.build import build_articles, kicker_label
    from banmian.segment.headunits import Unit
    from banmian.segment.items import Item, ItemKind
    from banmian.segment.plans import ArticlePlan
    from banmian.segment.roles import Role
    from banmian.segment.stacks import Stack

    label, title, *text = build_line_infos(["简 讯", "临江县空气质量情况通报", "3月10日，全县空气质量指数为42，空气质量级别为优。"])
    body = Item(ItemKind.BODY, tuple(text), (Role.BODY,) * len(text))
    stack = Stack(Unit(Role.HEADING, (label,)), Unit(Role.HEADING, (title,)), None, (), 0.9)
    plan = ArticlePlan([body], stack)
    assert kicker_label(plan) is not None
    (article,) = build_articles([plan])
    assert article.kicker is None and article.title is not None and article.title.text == "临江县空气质量情况通报"
