"""A photo's title sits right above its caption (图片新闻). Invented texts, wrapped the way pdfium
prints a narrow column: no blank lines, each title and caption right after the text before it."""

from __future__ import annotations

import banmian
from banmian import ArticleKind
from banmian.layout.lines import build_line_infos
from banmian.segment.captions import mark_photo_titles
from banmian.segment.roles import Role
from pagetext import body, page, wrap

B, C, H = Role.BODY, Role.CAPTION, Role.HEADING
HEADLINE = "县教育局部署秋季开学工作"
#: A story whose last line is short: its paragraph visibly ends.
STORY = body(
    "本报讯（记者 何春生）县教育局日前召开秋季开学工作会议，部署校园安全和课后服务等工作。"
    "会议要求各校在开学前完成校舍排查。",
    "各乡镇中心校负责人参加会议。",
    column=11,
)
READING_CAPTION = wrap("10月8日至10日，以“书香润城”为主题的第三届江北读书节在县图书馆举行。图为小读者在书架前挑选图书。", 11, 0) + [
    " 林晓/摄"
]
BAMBOO_CAPTION = wrap("在青石镇的后山上，生长着一片成片的野生毛竹林——当地人叫它方竹。图为村民在林间挖笋。", 11, 0) + ["何春生 摄"]


def photo_title_roles(above: list[str], caption: list[str]) -> list[Role]:
    """Roles of ``above`` after the photo-title rule, with STORY before them and ``caption``
    (marked as a caption) after them."""
    lines = build_line_infos([*STORY, *above, *caption])
    roles = [B] * (len(STORY) + len(above)) + [C] * len(caption)
    mark_photo_titles(lines, roles)
    return roles[len(STORY) : len(STORY) + len(above)]


def articles(rows: list[str]) -> list[tuple[ArticleKind, str | None, list[str]]]:
    page = banmian.parse("\n".join(rows) + "\n")
    return [(a.kind, a.title.text if a.title else None, [c.text[:6] for c in a.captions]) for a in page.articles]


def test_a_title_and_its_bracketed_column_label_over_a_caption_are_a_heading() -> None:
    assert photo_title_roles(["青石山里挖笋人", "（乡村纪事）"], BAMBOO_CAPTION) == [H, H]


def test_a_paragraph_opening_broken_over_lines_above_a_caption_stays_body() -> None:
    # Clauses over two lines: the first lines of a paragraph the caption's walk back left out.
    assert photo_title_roles(["日前，青石镇的后山", "上生长着毛竹林"], BAMBOO_CAPTION) == [B, B]


def test_the_tail_of_a_sentence_above_a_caption_stays_body() -> None:
    # A closing quote broken off the sentence above, and a line that runs a word (方竹) into the caption.
    assert photo_title_roles(["”"], BAMBOO_CAPTION) == [B]
    assert photo_title_roles(["当地人都叫它方"], ["竹。图为村民在林间挖笋。", "何春生 摄"]) == [B]


def test_a_notices_office_and_date_above_a_caption_stay_body() -> None:
    assert photo_title_roles(["江北县教育局", "2024年9月1日"], BAMBOO_CAPTION) == [B, B]


def test_a_photo_title_between_two_captions_titles_the_caption_below_it() -> None:
    rows = [HEADLINE, *STORY, *READING_CAPTION, "青石山里挖笋人", "（乡村纪事）", *BAMBOO_CAPTION]
    assert articles(rows) == [
        (ArticleKind.ARTICLE, HEADLINE, []),
        (ArticleKind.PHOTO, None, ["10月8日至"]),
        (ArticleKind.PHOTO, "青石山里挖笋人（乡村纪事）", ["在青石镇的后"]),
    ]


def test_a_one_line_photo_title_after_a_story_is_not_the_storys_text() -> None:
    caption = "在青石镇的后山上，生长着一片成片的野生毛竹林。图为村民在林间挖笋。 何春生 摄"
    rows = [HEADLINE, *STORY, "青石山里挖笋人挖出好日子", caption, "江北县举办读书节", *STORY]
    kinds = articles(rows)
    assert kinds[0] == (ArticleKind.ARTICLE, HEADLINE, [])
    assert kinds[1] == (ArticleKind.PHOTO, "青石山里挖笋人挖出好日子", ["在青石镇的后"])


def test_read_body_first_a_title_over_a_caption_that_restates_it_and_not_the_body_is_the_photos() -> None:
    # Each story's headline follows its text (the drawing order of many e-paper PDFs); the photo's
    # title follows the reading festival's headline, right over its own caption.
    school = body("本报讯（记者 何春生）县教育局日前召开秋季开学工作会议，部署校园安全和课后服务等工作。", "各乡镇中心校负责人参加会议。", column=11)
    books = body("本报讯（记者 林晓）江北县第三届读书节日前在县图书馆开幕，十余家书店带来两万余册新书。", "读书节将持续一周。", column=11)
    water = body("本报讯（记者 江小舟）东湖镇今年新修农田水渠十二公里，灌溉面积扩大到三万亩。", "镇里还组建了管水队伍。", column=11)
    tea = wrap("青石镇万亩茶园日前迎来秋茶采摘，茶农抢抓晴好天气采茶。图为茶农在茶园里采摘秋茶。", 11, 0) + ["何春生 摄"]
    rows = [*school, HEADLINE, *books, "江北县第三届读书节开幕", "青石镇秋茶开采", *tea, *water, "东湖镇新修农田水渠"]
    assert articles(rows) == [
        (ArticleKind.ARTICLE, HEADLINE, []),
        (ArticleKind.ARTICLE, "江北县第三届读书节开幕", []),
        (ArticleKind.PHOTO, "青石镇秋茶开采", ["青石镇万亩茶"]),
        (ArticleKind.ARTICLE, "东湖镇新修农田水渠", []),
    ]


# An essay's headline over its own photo's caption and its byline, as pdftotext prints them: the
# caption restates the essay's opening, and the essay does not restate its headline.
ESSAY_TITLE = "守住乡愁的根脉（乡村随笔）"
ESSAY = body(
    "青石镇的老街又热闹起来了。街口那棵老樟树下，何春生的茶摊重新支了起来，赶集的乡亲们在这里歇脚、拉家常。",
    "老街的变化，是全镇人一点一滴干出来的。",
    column=13,
)
STREET_CAPTION = wrap("青石镇的老街又热闹起来了。图为乡亲们在老街赶集。", 20, 0) + ["林晓 摄"]
LIBRARY = body("本报讯（记者 林晓）江北县图书馆新馆日前开馆，馆藏图书二十万册。", "新馆设有少儿阅览区。", column=13)


def essay_page() -> str:
    return page([ESSAY_TITLE], STREET_CAPTION, ["本报记者 何春生"], ESSAY, ["江北县图书馆新馆开馆"], LIBRARY)


def test_a_headline_over_a_caption_that_restates_the_body_below_heads_that_body() -> None:
    assert articles_of(essay_page()) == [
        (ArticleKind.ARTICLE, ESSAY_TITLE, ["青石镇的老街"], "青石镇的老街又热"),
        (ArticleKind.ARTICLE, "江北县图书馆新馆开馆", [], "江北县图书馆新馆"),
    ]


def test_without_the_rule_the_headline_stays_over_the_photo_alone(monkeypatch) -> None:  # noqa: ANN001
    """The headline stays over the caption and heads nothing (so it is listed as unplaced text);
    the essay goes without a title."""
    monkeypatch.setattr("banmian.segment.phototitles._restates_body", lambda *args: False)
    assert articles_of(essay_page())[:1] == [(ArticleKind.ARTICLE, None, ["青石镇的老街"], "青石镇的老街又热")]
    assert ESSAY_TITLE in [item.text for item in banmian.parse(essay_page()).unplaced]


def articles_of(text: str) -> list[tuple[ArticleKind, str | None, list[str], str | None]]:
    return [
        (a.kind, a.title.text if a.title else None, [c.text[:6] for c in a.captions], a.paragraphs[0].text[:8] if a.paragraphs else None)
        for a in banmian.parse(text).articles
    ]


def test_a_photos_wrapped_title_under_a_notices_formal_title_is_the_photos() -> None:
    """Read body first, a notice's formal title and a photo's title wrapped over three lines come
    out as one headline right over the photo's caption; the notice's title is no kicker, so the
    title read under it goes whole to the photo."""
    notice = body(
        "为保障东湖路管网施工顺利进行，经研究决定，6月1日至6月5日，对东湖路全线实施封闭施工，禁止机动车通行。",
        "请过往车辆提前绕行，服从现场交通民警指挥。",
        "特此通告。",
        column=10,
    ) + ["临江县公安局交通警察", "支队", "2024 年 5 月 28 日"]
    caption = wrap("违规者最高可被罚款两千元。图为村民们在书屋里读书学习。", 10, 0) + [" 林晓/摄"]
    water = body("本报讯（记者 江小舟）东湖镇今年新修农田水渠十二公里，灌溉面积扩大到三万亩。", "镇里还组建了管水队伍。", column=10)
    rows = [*notice, "关于东湖路封闭", "施工期间绕行的", "通告", "青石镇政府出", "台《农家书屋", "规定》", *caption, *water, "东湖镇新修农田水渠"]
    assert articles(rows) == [
        (ArticleKind.NOTICE, "关于东湖路封闭施工期间绕行的通告", []),
        (ArticleKind.PHOTO, "青石镇政府出台《农家书屋规定》", ["违规者最高可"]),
        (ArticleKind.ARTICLE, "东湖镇新修农田水渠", []),
    ]
