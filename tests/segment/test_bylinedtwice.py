"""segment.bylinedtwice: on a page read headlines after bodies, an article that would carry two
bylines is two articles, cut at its one sub-heading or at the one title it took in as text."""

from __future__ import annotations

from types import SimpleNamespace

import banmian
from banmian.layout.lines import build_line_infos
from banmian.options import ParseOptions
from banmian.segment.bylinedtwice import _title_run_at, _title_taken_in, split_twice_bylined
from banmian.segment.headfits import Fits
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import CUT_CONFIDENCE, ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack
from pagetext import body

FIRST_TITLE = ["临江县农民丰收节开幕"]
#: Worded and set like a section's heading, over a text that goes on with the matter above it.
SECOND_TITLE = ["青石镇今年春茶产量", "增两成茶农喜增收"]
THIRD_TITLE = ["加工厂里茶香飘", "本报记者 周敏"]
LAST_TITLE = ["县图书馆少儿阅览室开放"]
FESTIVAL = body(
    "本报讯（记者 林晓）临江县第三届农民丰收节日前在青石镇开幕，来自全县的两百多家合作社带来了茶叶、稻米和山货。",
    "丰收节期间，县里还组织了农技讲座和产销对接会，帮助农户拓宽销路。",
)
HARVEST = body(
    "本报讯（记者 何春生）今年青石镇茶叶喜获丰收，全镇茶园面积达到一万二千亩，春茶产量比去年增加了两成。",
    "镇里新建的两座茶叶加工厂已经投产，茶农的收入明显增加。",
)
FACTORY = body(
    "在青石镇新建的茶叶加工厂里，工人们正忙着分拣和包装新茶。厂长说，加工厂投产后，茶农的鲜叶不愁卖了，收购价格也比往年高。",
    "据了解，今年青石镇的茶叶已经销往省内外十多个城市。",
)
LIBRARY = body(
    "本报讯（记者 林晓）临江县图书馆少儿阅览室日前正式开放，阅览室藏有图书两万余册。",
    "开放首日，不少家长带着孩子前来借书。",
)


#: The rules' own confidences, which these tests are about (segment.calibration is not applied).
RULE_CONFIDENCE = ParseOptions(calibrated_confidence=False)


def _page(harvest: list[str]) -> str:
    """Four articles drawn body first, as pdfium prints many e-paper pages: each title under its text."""
    rows = [*FESTIVAL, *FIRST_TITLE, *harvest, *SECOND_TITLE, *FACTORY, *THIRD_TITLE, *LIBRARY, *LAST_TITLE]
    return "\n".join(rows) + "\n"


def test_a_title_between_a_bylined_text_and_another_articles_text_heads_the_text_above() -> None:
    """Read as a sub-heading, 「青石镇今年春茶产量增两成茶农喜增收」 joined the harvest report to the
    factory story, whose headline brings a byline of its own: the report's byline opens its text.
    The cut lowers the rules' own confidence in both (before calibration)."""
    page = banmian.parse(_page(HARVEST), RULE_CONFIDENCE)
    assert [a.title.text for a in page.articles] == [
        "临江县农民丰收节开幕",
        "青石镇今年春茶产量增两成茶农喜增收",
        "加工厂里茶香飘",
        "县图书馆少儿阅览室开放",
    ]
    harvest, factory = page.articles[1], page.articles[2]
    assert harvest.confidence <= CUT_CONFIDENCE and factory.confidence <= CUT_CONFIDENCE
    assert page.articles[0].confidence > CUT_CONFIDENCE
    assert harvest.byline is not None and harvest.authors == ("何春生",)
    assert harvest.paragraphs[0].text.startswith("今年青石镇茶叶喜获丰收")
    assert not harvest.subheadings and not factory.subheadings
    assert factory.byline is not None and factory.authors == ("周敏",)
    assert factory.paragraphs[0].text.startswith("在青石镇新建的茶叶加工厂里")


def test_a_text_opening_without_a_byline_keeps_its_sub_heading() -> None:
    """Without the report's own byline nothing says two articles: the heading stays a sub-heading."""
    unbylined = body(
        "今年青石镇茶叶喜获丰收，全镇茶园面积达到一万二千亩，春茶产量比去年增加了两成。",
        "镇里新建的两座茶叶加工厂已经投产，茶农的收入明显增加。",
    )
    page = banmian.parse(_page(unbylined))
    titles = [a.title.text for a in page.articles]
    assert "青石镇今年春茶产量增两成茶农喜增收" not in titles
    merged = next(a for a in page.articles if a.title.text == "加工厂里茶香飘")
    assert list(merged.subheadings) == ["青石镇今年春茶产量增两成茶农喜增收"]


def _entries(first: list[str], heads: int) -> tuple[ArticlePlan, Item, list]:
    """A plan of ``first``, a heading of ``heads`` lines of SECOND_TITLE, the factory text (or, with
    ``heads`` 0, ``first`` alone), then the headline run of THIRD_TITLE; and that run's lines."""
    texts = [*first, *SECOND_TITLE[:heads], *(FACTORY if heads else ()), *THIRD_TITLE]
    lines = build_line_infos(texts)
    a, b, c = len(first), len(first) + heads, len(texts) - len(THIRD_TITLE)
    spans = [(ItemKind.BODY, 0, a), (ItemKind.HEADS, a, b), (ItemKind.BODY, b, c)] if heads else [(ItemKind.BODY, 0, a)]
    parts = [Item(kind, tuple(lines[x:y]), tuple(Role.BODY if kind is ItemKind.BODY else Role.HEADING for _ in range(x, y))) for kind, x, y in spans]
    run = Item(ItemKind.HEADS, tuple(lines[c:]), (Role.HEADING, Role.BYLINE))
    return ArticlePlan(parts=parts), run, list(lines[c:])


def _cut(plan: ArticlePlan, run: Item, stack: Stack) -> list | None:
    return split_twice_bylined([plan, run], {id(run): SimpleNamespace(stacks=(stack,), banners=())}, Fits())


def _stacks(run_lines: list) -> tuple[Stack, Stack]:
    title, byline = run_lines
    return (
        Stack(None, Unit(Role.HEADING, (title,)), None, (Unit(Role.BYLINE, (byline,)),), 1.0),
        Stack(None, Unit(Role.HEADING, (title,)), None, (), 1.0),
    )


def test_the_cut_itself_on_a_plan_and_the_headline_after_it() -> None:
    plan, run, run_lines = _entries(HARVEST, heads=2)
    bylined, bare = _stacks(run_lines)
    entries = _cut(plan, run, bylined)
    assert entries is not None and len(entries) == 4
    first, heading, second, after = entries
    assert isinstance(first, ArticlePlan) and first.parts == [plan.parts[0]]
    assert heading is plan.parts[1] and after is run
    assert isinstance(second, ArticlePlan) and second.parts == [plan.parts[2]]
    assert _cut(plan, run, bare) is None  # the headline brings no byline: one article


def test_no_cut_without_the_first_texts_byline_or_with_another_shape() -> None:
    unbylined, run, run_lines = _entries(FACTORY, heads=2)
    bylined, _ = _stacks(run_lines)
    assert _cut(unbylined, run, bylined) is None
    alone, run, run_lines = _entries(HARVEST, heads=0)  # one text: nothing to cut
    assert _cut(alone, run, _stacks(run_lines)[0]) is None
    # Three bodies joined by the stitcher, no heading between them: no title to cut at.
    plan, run, run_lines = _entries(HARVEST, heads=2)
    plan.parts[1] = Item(ItemKind.BODY, plan.parts[1].lines, (Role.BODY, Role.BODY))
    assert _cut(plan, run, _stacks(run_lines)[0]) is None


def _page_items(text: str) -> tuple[list[Item], object]:
    """The page's items and line probabilities, as the engine builds them before planning."""
    from banmian.segment.items import build_items
    from banmian.segment.lineclass import LineClassifier
    from banmian.segment.roles import assign_roles

    lines = build_line_infos(text.splitlines())
    probs = LineClassifier.load().probabilities(lines)
    items, _ = build_items(lines, assign_roles(lines, probs=probs))
    return items, probs


def _titles(plan) -> list[str | None]:  # noqa: ANN001
    return [p.stack.title.text if p.stack is not None and p.stack.title is not None else None for p in plan.articles]


def test_no_cut_where_the_extractor_interleaved_the_lines() -> None:
    """Where every line is a block of its own (``split_blocks`` off), blocks are no articles' parts."""
    from banmian.segment.assign import plan_page

    items, probs = _page_items(_page(HARVEST))
    assert len(plan_page(items, probs=probs).articles) == 4
    assert len(plan_page(items, probs=probs, split_blocks=False).articles) == 3


def test_no_cut_where_the_page_read_again_costs_more(monkeypatch) -> None:  # noqa: ANN001
    """The page is read in both orders first; a third reading, of the cut page, is made dearer."""
    from banmian.segment import assign

    items, probs = _page_items(_page(HARVEST))
    real_reading = assign.reading
    calls: list[int] = []

    def dearer(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        found = real_reading(*args, **kwargs)
        return found._replace(cost=found.cost + 100.0) if len(calls) > 2 else found

    monkeypatch.setattr(assign, "reading", dearer)
    assert len(assign.plan_page(items, probs=probs).articles) == 3
    assert len(calls) == 3


def test_no_cut_on_a_page_read_headlines_first(monkeypatch) -> None:  # noqa: ANN001
    """Drawn headline first, the run after the factory story heads the library's text below it:
    the report under its own title keeps its sub-heading, and the page is not read again (were
    it read again, headlines after bodies, at any cost)."""
    from banmian.segment import assign

    library = body("临江县图书馆少儿阅览室日前正式开放，阅览室藏有图书两万余册。", "开放首日，不少家长带着孩子前来借书。")
    rows = [*FIRST_TITLE, *FESTIVAL, "青石镇茶叶喜获丰收", *HARVEST, "加工厂里茶香飘", *FACTORY, *LAST_TITLE, "本报记者 周敏", *library]
    items, probs = _page_items("\n".join(rows))
    real_reading = assign.reading
    calls: list[int] = []

    def cheaper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        found = real_reading(*args, **kwargs)
        return found._replace(cost=found.cost - 100.0) if len(calls) > 2 else found

    monkeypatch.setattr(assign, "reading", cheaper)
    plan = assign.plan_page(items, probs=probs)
    assert plan.headline_first and len(calls) == 2
    assert _titles(plan) == ["临江县农民丰收节开幕", "青石镇茶叶喜获丰收", "县图书馆少儿阅览室开放"]


#: A title in body type, one line, that the line classifier reads as text under a finished sentence.
TAKEN_IN = ["青石镇茶叶喜获丰收"]


def test_a_title_taken_in_as_text_between_two_bylined_texts_heads_the_text_above() -> None:
    """Read as text, 「青石镇茶叶喜获丰收」 opened the factory story's first paragraph, and the
    harvest report and the factory story made one article with two bylines."""
    rows = [*FESTIVAL, *FIRST_TITLE, *HARVEST, *TAKEN_IN, *FACTORY, *THIRD_TITLE, *LIBRARY, *LAST_TITLE]
    page = banmian.parse("\n".join(rows) + "\n")
    assert [a.title.text for a in page.articles] == ["临江县农民丰收节开幕", "青石镇茶叶喜获丰收", "加工厂里茶香飘", "县图书馆少儿阅览室开放"]
    harvest, factory = page.articles[1], page.articles[2]
    assert harvest.authors == ("何春生",) and factory.authors == ("周敏",)
    assert factory.paragraphs[0].text.startswith("在青石镇新建的茶叶加工厂里")


def _body(rows: list[str]) -> Item:
    lines = build_line_infos(rows)
    return Item(ItemKind.BODY, tuple(lines), tuple(Role.BODY for _ in lines))


def test_the_title_run_a_text_took_in() -> None:
    """After a finished sentence, over a paragraph's opening (short by its dropped indent over a full
    line, or printed indented): one or two lines with no mark of a sentence or clause."""
    before, after = HARVEST, FACTORY  # HARVEST ends a sentence; FACTORY opens short by the indent
    start = len(before)
    assert _title_run_at(_body([*before, *TAKEN_IN, *after]), start) == (start, start + 1)
    assert _title_run_at(_body([*before, *SECOND_TITLE, *after]), start) == (start, start + 2)
    indented = ["　　" + after[0], *after[1:]]
    assert _title_run_at(_body([*before, *TAKEN_IN, *indented]), start) == (start, start + 1)
    # Printed indented, the opening needs no full line under it.
    assert _title_run_at(_body([*before, *TAKEN_IN, "　　" + after[0], "厂里工人们正忙。"]), start) == (start, start + 1)
    assert _title_run_at(_body([*before, *TAKEN_IN, after[0], "厂里工人们正忙。"]), start) is None
    # A sentence's end: a paragraph of one line.
    assert _title_run_at(_body([*before, "青石镇茶叶喜获丰收。", *after]), start) is None
    # A line the role rules read as a caption or a jump note in the text is no title.
    captioned = _body([*before, *TAKEN_IN, *after])
    roles = list(captioned.roles)
    roles[start] = Role.CAPTION
    assert _title_run_at(Item(ItemKind.BODY, captioned.lines, tuple(roles)), start) is None
    # A date, a byline or a bracketed mark or credit is no title.
    for line in ("2019年10月1日", "本报记者 周敏", "（完）", "（林晓 周敏）"):
        assert _title_run_at(_body([*before, line, *after]), start) is None, line
    # Three lines are more than a title taken in: the line classifier reads such a title.
    assert _title_run_at(_body([*before, "青石镇今年", *SECOND_TITLE, *after]), start) is None
    # A clause mark: a paragraph's first line. No finished sentence before: a line of its paragraph.
    assert _title_run_at(_body([*before, "青石镇茶叶，喜获丰收", *after]), start) is None
    # …but a title may open on a name and its colon, on its first line only.
    assert _title_run_at(_body([*before, "林晓：扎根山村三十年", *after]), start) == (start, start + 1)
    assert _title_run_at(_body([*before, "林晓：扎根山村三十年（青", "石人物）", *after]), start) == (start, start + 2)
    assert _title_run_at(_body([*before, "林晓：扎根山村，三十年", *after]), start) is None
    assert _title_run_at(_body([*before, "青石镇茶农林晓说：", *after]), start) is None
    assert _title_run_at(_body([*before, "扎根山村三十年", "林晓：茶农", *after]), start) is None
    assert _title_run_at(_body([*before[:-1], before[-1].rstrip("。"), *TAKEN_IN, *after]), start) is None
    # A full line under it: the line opens a paragraph of its own.
    assert _title_run_at(_body([*before, *TAKEN_IN, *after[1:]]), start) is None


def test_a_text_is_cut_only_around_its_one_title_taken_in() -> None:
    plan = ArticlePlan(parts=[_body([*HARVEST, *TAKEN_IN, *FACTORY])])
    parts = _title_taken_in(plan)
    assert parts is not None
    first, heading, second = parts
    assert [ln.text for ln in heading.lines] == TAKEN_IN and heading.kind is ItemKind.HEADS
    assert len(first.lines) == len(HARVEST) and second.lines[0].text == FACTORY[0]
    twice = ArticlePlan(parts=[_body([*HARVEST, *TAKEN_IN, *FACTORY, "加工厂里茶香飘", *FACTORY])])
    assert _title_taken_in(twice) is None  # two such runs: which is the title the text does not say
    assert _title_taken_in(ArticlePlan(parts=[_body([*FACTORY, *TAKEN_IN, *FACTORY])])) is None  # no byline


def test_a_title_cut_out_over_a_bylined_text_is_parsed_as_heading_that_text(monkeypatch) -> None:  # noqa: ANN001
    """A heading run cut out right over a text opening on its byline is parsed as such a run (its
    last line heads that text, no banner), as the page's other runs are (segment.stacks)."""
    from banmian.segment import assign
    from banmian.segment.readings import Reading

    lines = build_line_infos([*SECOND_TITLE, "本报讯（记者 周敏）在青石镇新建", *FACTORY[1:3]])
    heading = Item(ItemKind.HEADS, lines[:2], (Role.HEADING, Role.HEADING))
    text = Item(ItemKind.BODY, lines[2:], tuple(Role.BODY for _ in lines[2:]))
    cut = [heading, ArticlePlan(parts=[text], cut=True)]
    seen: list[bool] = []

    def spy(item, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        seen.append(kwargs.get("byline_below", False))
        return real_parse(item, *args, **kwargs)

    real_parse = assign.parse_heads
    monkeypatch.setattr(assign, "split_twice_bylined", lambda *args: cut)
    monkeypatch.setattr(assign, "parse_heads", spy)
    assign._read_twice_bylined_apart([], Reading(0.0, False, {}), Fits(), False)
    assert seen == [True]
