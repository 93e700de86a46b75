"""Briefs built from paragraph drafts (segment.briefs through segment.build). Invented texts; the
paragraphs are cut as a layout dump's indents cut them (segment.paragraphs.ParagraphMarks)."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.build import build_articles
from banmian.segment.items import Item, ItemKind
from banmian.segment.paragraphs import ParagraphMarks
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from pagetext import wrap

COLUMN = [
    "柳河村的光伏电站日前建成并网发电，每年",
    "可为村集体增收十多万元，电站的运维由村",
    "里的年轻人负责。（何春生）",
]


def _articles(lines: list[str], indented: set[int]):  # noqa: ANN202 - list[Article]
    infos = build_line_infos(lines)
    plan = ArticlePlan(parts=[Item(ItemKind.BODY, infos, tuple(Role.BODY for _ in infos))])
    return build_articles([plan], ParagraphMarks(indented_lines=frozenset(indented)))


def test_a_short_line_over_one_credited_paragraph_is_the_briefs_title():
    (brief,) = _articles(["电站年发电十万度", *COLUMN], {2})
    assert brief.kind.value == "brief"
    assert brief.title is not None and brief.title.text == "电站年发电十万度"
    assert brief.authors == ("何春生",)


def test_an_article_under_a_dateline_keeps_every_paragraph():
    """A dateline naming nobody (本报讯) over a short line and a credited paragraph is an article
    with a byline, no brief: the short line stays its first paragraph, not dropped as a brief's
    title."""
    (article,) = _articles(["本报讯", "电站年发电十万度", *COLUMN], {2, 3})
    assert article.kind.value == "article"
    assert article.byline is not None and article.byline.text == "本报讯"
    assert [p.text for p in article.paragraphs] == ["电站年发电十万度", "".join(COLUMN)]


LIBRARY_STORY = [
    "县图书馆读书月里书香浓，馆里新购图书两千册，设立了儿童阅览区和老年读者专座，借阅人数比去年同期多了三成，周末的自习座位常常一早就坐满了。",
    "图书馆每周六举办一场讲座，邀请本地作家分享写作经验，并组织小读者参加故事比赛，不少家长带着孩子一起来听，讲座结束后还排队请作家签名，馆里的志愿者也从十几人增加到了四十多人。",
    "作家讲座吸引了不少市民，馆长介绍，下个月还将开展亲子阅读活动，儿童阅览区每天开放到晚上八点。",
]


def _parsed(last_paragraph: str, story: list[str] = LIBRARY_STORY):  # noqa: ANN202 - tuple[Article, ...]
    import banmian
    from pagetext import body, page

    return banmian.parse(page(["县图书馆读书月书香浓"], body(*story, last_paragraph))).articles


def test_a_credited_paragraph_on_another_matter_under_a_story_is_a_brief_of_its_own():
    """Under three paragraphs of the library's story, a paragraph on the river's cleaning closed by
    bracketed names shares none of the story's words: a brief printed under it without a headline
    (BRIEF_MAX_TOPIC_CARRY). Closing a paragraph that goes on with the library, the names are the
    story's own credit; under one paragraph (fewer than BRIEF_MIN_PARAGRAPHS_ABOVE) or crediting a
    photographer, not writers, the text is left whole."""
    river = "青石镇今年投入八十万元整治河道，清理淤泥三千多方，沿岸新栽柳树五百株，河道两旁还修起了步道和护栏，附近村民傍晚常来散步。（林晓 何春生）"
    story, brief = _parsed(river)
    assert story.title is not None and story.title.text == "县图书馆读书月书香浓"
    assert len(story.paragraphs) == len(LIBRARY_STORY)
    assert brief.kind.value == "brief" and brief.title is None
    assert brief.authors == ("林晓", "何春生")
    assert [p.text for p in brief.paragraphs] == [river.removesuffix("（林晓 何春生）")]
    library = "读书月期间，图书馆还为老年读者专座增加了大字版图书，儿童阅览区新添了绘本。（林晓 何春生）"
    (article,) = _parsed(library)
    assert len(article.paragraphs) == len(LIBRARY_STORY) + 1
    (article,) = _parsed(river, ["".join(LIBRARY_STORY)])
    assert len(article.paragraphs) == 2
    # the plan builder's own view: a photographer's credit closing the last paragraph
    paragraphs = [wrap(text) for text in (*LIBRARY_STORY, river.replace("（林晓 何春生）", "（何春生 摄）"))]
    lines = [line for paragraph in paragraphs for line in paragraph]
    firsts = {1 + sum(len(p) for p in paragraphs[:k]) for k in range(len(paragraphs))}
    (article,) = _articles(lines, firsts)
    assert len(article.paragraphs) == len(paragraphs)
    (story, brief) = _articles([line for paragraph in paragraphs[:-1] for line in paragraph] + wrap(river), firsts)
    assert brief.authors == ("林晓", "何春生")


def test_a_credited_paragraph_is_read_for_its_matter_only_with_enough_text_and_no_dateline():
    """Two paragraphs above (BRIEF_MIN_PARAGRAPHS_ABOVE) are enough; a short text either side (under
    segment.intext.MIN_TOPIC_CHARS) shares few pairs with anything, so says nothing of a change of
    matter; and under a dateline that names nobody (本报讯) the closing names are the text's own
    reporters (build._closing_credit), whatever the paragraph tells."""
    river = "青石镇今年投入八十万元整治河道，清理淤泥三千多方，沿岸新栽柳树五百株，河道两旁还修起了步道和护栏，附近村民傍晚常来散步。（林晓 何春生）"
    story, brief = _parsed(river, LIBRARY_STORY[:2])
    assert len(story.paragraphs) == 2 and brief.kind.value == "brief"
    short = "截至目前，累计接待读者九千余人次。（林晓 何春生）"
    (article,) = _parsed(short)
    assert len(article.paragraphs) == len(LIBRARY_STORY) + 1
    little = [wrap(text) for text in ("县图书馆新购图书两千册。", "馆里设立了儿童阅览区。", river)]  # too little above
    firsts = {1 + sum(len(p) for p in little[:k]) for k in range(len(little))}
    (article,) = _articles([line for paragraph in little for line in paragraph], firsts)
    assert len(article.paragraphs) == 3
    import banmian
    from pagetext import body, page

    dated = page(["县图书馆读书月书香浓"], body("本报讯 " + LIBRARY_STORY[0], *LIBRARY_STORY[1:], river))
    (article,) = banmian.parse(dated).articles
    assert article.authors == ("林晓", "何春生")
    assert len(article.paragraphs) == len(LIBRARY_STORY) + 1


#: A brief whose title, wrapped over two lines, the extractor printed with no cue before the text:
#: the title's second line stops short of the column, and the lead retells the title.
SOLAR_TEXT = "临江县首座光伏电站日前在柳河村并网发电，每年可为村集体增收十多万元，电站的运维由村里的年轻人负责。（林晓 何春生）"
SOLAR = ["临江县首座光伏", "电站并网发电", *wrap(SOLAR_TEXT)]


def _boxed(lines: list[str]):  # noqa: ANN202 - list[Article]
    """The lines as the one body under a 简讯 box's label."""
    from banmian.segment.headunits import Unit
    from banmian.segment.stacks import Stack

    infos = build_line_infos(["简讯", *lines])
    label = Stack(None, Unit(Role.HEADING, infos[:1]), None, (), 0.9)
    body = infos[1:]
    plan = ArticlePlan(parts=[Item(ItemKind.BODY, body, tuple(Role.BODY for _ in body))], stack=label)
    return build_articles([plan])


def test_a_title_run_into_its_briefs_text_is_taken_back_out():
    """The two short lines over the brief's text end on a line well short of the column, and the
    lead restates them: the brief's title (segment.briefs.run_in_title), alone or under a box's
    label."""
    for (brief,) in (_articles(SOLAR, set()), _boxed(SOLAR)):
        assert brief.kind.value == "brief"
        assert brief.title is not None and brief.title.text == "临江县首座光伏电站并网发电"
        assert [p.text for p in brief.paragraphs] == [SOLAR_TEXT.removesuffix("（林晓 何春生）")]
        assert brief.authors == ("林晓", "何春生")


def test_lines_over_a_briefs_text_stay_text_unless_they_look_and_read_as_its_title():
    """No title is taken where the second line fills its column (a line of running text), where
    the lead does not restate the lines, where they hold a clause mark or more characters than a
    brief's title (MAX_BRIEF_TITLE_CHARS); a single line is one only over a printed indent."""
    from banmian.segment.briefs import MAX_BRIEF_TITLE_CHARS, RUN_IN_TITLE_MAX_FILL

    full = ["临江县首座光伏", "电站并网发电每年增收十万", *wrap(SOLAR_TEXT)]
    assert build_line_infos(full)[1].fill >= RUN_IN_TITLE_MAX_FILL
    other = ["白沙乡中学新建", "图书馆开放", *wrap(SOLAR_TEXT)]
    marked = ["临江县首座光伏", "电站，并网发电", *wrap(SOLAR_TEXT)]
    for lines in (full, other, marked):
        for (article,) in (_articles(lines, set()), _boxed(lines)):
            assert article.title is None, lines[:2]
    longer = ["临江县首座光伏电站日前在柳", "河村并网发电增收", *wrap(SOLAR_TEXT)]
    assert len("".join(longer[:2])) > MAX_BRIEF_TITLE_CHARS
    (article,) = _articles(longer, set())
    assert article.title is None
    single = ["临江县首座光伏电站并网发电", *wrap(SOLAR_TEXT)]
    (article,) = _articles(single, set())
    assert article.title is None
    indented = ["临江县首座光伏电站并网发电", "\u3000\u3000" + single[1], *single[2:]]
    (brief,) = _articles(indented, set())
    assert brief.title is not None and brief.title.text == "临江县首座光伏电站并网发电"
    # lines the lead does not restate as much, though it restates them some
    loose = ["临江县首座光伏", "设施投入使用", *wrap(SOLAR_TEXT)]
    (article,) = _articles(loose, set())
    assert article.title is None
    # too few lines to hold a title and a text
    (article,) = _articles(["临江县首座光伏", "电站并网发电", "运维由村里的年轻人负责。（林晓 何春生）"], set())
    assert article.title is None


def test_a_title_is_taken_out_only_of_the_text_as_drawn_and_leaving_its_credit():
    """The draft's text no longer its lines' (a jump note cut out of it), or a text left without its
    closing credit: no title is taken, so that the brief keeps its text, credit and note."""
    from dataclasses import replace

    from banmian.segment.briefs import run_in_title
    from banmian.segment.paragraphs import draft_of

    infos = build_line_infos(SOLAR)
    lines = {line.number: line for line in infos}
    draft = draft_of(infos, 1.0)
    assert run_in_title(draft, lines) is not None
    assert run_in_title(replace(draft, text=draft.text.replace("每年", "")), lines) is None
    uncredited = build_line_infos(["临江县首座光伏", "电站并网发电", *wrap(SOLAR_TEXT.removesuffix("（林晓 何春生）"))])
    assert run_in_title(draft_of(uncredited, 1.0), {line.number: line for line in uncredited}) is None
    noted = ["临江县首座光伏", "电站并网发电", *wrap(SOLAR_TEXT + "（下转第2版）")]
    for articles in (_articles(noted, set()), _boxed(noted)):
        assert len(articles) == 1 and articles[0].authors == ("林晓", "何春生"), articles


def test_no_title_is_taken_out_of_a_text_rejoined_from_pieces():
    """A paragraph the stitcher rejoined from pieces printed apart opens where a piece did: its
    first lines are no headline's place."""
    from dataclasses import replace

    from banmian.model import LineSpan
    from banmian.segment.briefs import run_in_title
    from banmian.segment.paragraphs import draft_of

    infos = build_line_infos(SOLAR)
    draft = draft_of(infos, 1.0)
    lines = {line.number: line for line in infos}
    title, text = run_in_title(draft, lines)
    assert title.text == "临江县首座光伏电站并网发电" and text.lines == LineSpan(3, len(SOLAR))
    pieces = (LineSpan(1, 4), LineSpan(5, len(SOLAR)))
    assert run_in_title(replace(draft, pieces=pieces), lines) is None
