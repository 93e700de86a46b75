"""Text never hard-wrapped, a paragraph to a line, in reading order (segment.unwrapped).

All text is invented for these tests.
"""

from __future__ import annotations

import pytest

import banmian
from banmian.layout.lines import build_line_infos
from banmian.segment.pagemarks import unwrapped_in_order
from banmian.segment.roles import Role, assign_roles

#: (title, byline, paragraphs): a county paper's page, each paragraph a line of its own.
ARTICLES = [
    (
        "临江县茶叶节在青石镇开幕",
        "本报讯（记者 林晓）",
        [
            "本月十日，临江县第三届茶叶节在青石镇开幕，来自省内外的三百多位客商参加了开幕式。",
            "据介绍，今年全县茶园面积达到十二万亩，茶叶产值突破五亿元，带动两万余户茶农增收。",
            "开幕式后，客商们走进茶园和加工厂参观，并与当地合作社签订了一批购销合同。",
        ],
    ),
    (
        "县图书馆新馆正式向市民开放",
        "本报讯（通讯员 周敏）",
        [
            "日前，临江县图书馆新馆正式向市民开放，新馆建筑面积一万二千平方米，藏书六十万册。",
            "新馆设有少儿阅览室、电子阅览室和报告厅，每周开放七十个小时，节假日照常开放。",
            "馆长何春生说，今年还将在各乡镇建设二十个分馆，让农村群众就近借书还书。",
        ],
    ),
    (
        "白鹭河两岸新建步道十二公里",
        "本报记者 何春生",
        [
            "沿着白鹭河新建的滨河步道近日全线贯通，全长十二公里，串起了沿岸的八个村庄。",
            "步道两侧种植了樱花、桂花等树木两千余株，每隔一公里设有一处休息驿站和公共厕所。",
            "附近村民说，以前河边杂草丛生，现在每天傍晚都有不少人来这里散步健身。",
        ],
    ),
    (
        "青石中学新建塑胶跑道投入使用",
        None,
        [
            "青石中学新建的塑胶跑道和足球场本周投入使用，全校一千二百名学生有了标准的运动场地。",
            "校长周敏介绍，学校还将开设足球、田径等兴趣小组，每周安排两个下午的课外活动时间。",
            "体育老师说，过去下雨后操场泥泞不堪，体育课只能在教室里上，现在再也不用发愁了。",
        ],
    ),
    (
        "临江县开展春季防火巡查",
        None,
        [
            "连日来，临江县组织林业、应急等部门开展春季森林防火巡查，重点检查林区周边的坟地和农田。",
            "巡查组在各村张贴防火公告四百余份，劝导群众不要在林区周边焚烧秸秆和杂草。",
            "县林业局提醒，清明前后是火灾多发期，发现火情请立即拨打报警电话。",
        ],
    ),
    (
        "老年大学秋季班开始报名",
        "本报讯（记者 何春生）",
        [
            "临江县老年大学秋季班即日起开始报名，今年新开设了智能手机使用、太极拳和书法等课程。",
            "据了解，老年大学现有学员八百余人，年龄最大的已经八十二岁，课程全部免费。",
            "报名时间截至本月底，有意参加的老年朋友可以到县老干部活动中心现场报名。",
        ],
    ),
    (
        "柿子坡果园迎来丰收季",
        "本报讯（记者 林晓 通讯员 周敏）",
        [
            "柿子坡果园今年试种的晚熟品种喜获丰收，每亩产量比去年高出两成，果农笑逐颜开。",
            "果农们在坡顶搭起晾晒棚，柿饼要在秋风里吹足二十天才能装箱出售，远销省外市场。",
            "合作社负责人介绍，下一步将建设冷库和分拣车间，让果子卖出更好的价钱。",
        ],
    ),
]


def _page(paragraph_gap: str) -> str:
    """Each article's title and byline on lines of their own, then its paragraphs."""
    heads = ["\n".join(line for line in (title, byline) if line) for title, byline, _ in ARTICLES]
    articles = [head + paragraph_gap + paragraph_gap.join(paragraphs) for head, (_, _, paragraphs) in zip(heads, ARTICLES, strict=True)]
    return "\n\n\n".join(articles) + "\n"


@pytest.mark.parametrize("paragraph_gap", ["\n\n", "\n"], ids=["blank lines between", "none"])
def test_a_page_never_wrapped_reads_article_by_article_in_the_order_printed(paragraph_gap: str) -> None:
    """A blank line between paragraphs made each a block of its own, as pdftotext prints the lines of
    columns it interleaves, and the page was read apart as interleaved; a short line between two
    paragraphs was read as text (the classifier learned from hard-wrapped pages)."""
    page = banmian.parse(_page(paragraph_gap))
    assert [w.code for w in page.warnings] == ["unwrapped_text"]
    assert [(a.title.text if a.title else None, a.byline.text if a.byline else None) for a in page.articles] == [
        (title, byline) for title, byline, _ in ARTICLES
    ]
    assert [[p.text for p in a.paragraphs] for a in page.articles] == [paragraphs for _, _, paragraphs in ARTICLES]


def test_a_line_that_ends_no_sentence_is_a_headline_but_a_cut_paragraph_or_a_signature_is_not() -> None:
    title, _, paragraphs = ARTICLES[0]
    cut = "合作社负责人介绍，下一步将建设冷库和分拣"
    rows = [title, *paragraphs, cut, "（下转第二版）", "临江县人民政府办公室", "2024年3月12日", *ARTICLES[1][2]]
    lines = build_line_infos(rows)
    assert unwrapped_in_order(lines)
    roles = assign_roles(lines)
    assert roles[0] is Role.HEADING
    assert roles[rows.index(cut)] is Role.BODY
    assert roles[rows.index("临江县人民政府办公室")] is not Role.HEADING


def test_two_columns_printed_side_by_side_on_each_row_are_no_text_in_reading_order() -> None:
    """As wide as a paragraph, but a gap between two columns' lines on every row."""
    left = [p[k : k + 13] for p in ARTICLES[0][2] for k in range(0, len(p), 13)]
    right = [p[k : k + 13] for p in ARTICLES[1][2] for k in range(0, len(p), 13)]
    rows = [f"{a} {b}" for a, b in zip(left, right, strict=False)]
    assert not unwrapped_in_order(build_line_infos(rows))
    assert unwrapped_in_order(build_line_infos([p for _, _, ps in ARTICLES for p in ps]))


@pytest.mark.parametrize(("paragraph_gap", "article_gap"), [("\n\n", "\n\n\n"), ("\n", "\n\n")], ids=["export", "corpus file"])
def test_a_heading_as_far_from_the_text_above_as_a_paragraph_is_a_sub_heading(paragraph_gap: str, article_gap: str) -> None:
    """Set apart as its paragraphs are, a sub-heading reads like any title of a line; the page sets
    more space before an article than between paragraphs (the plain-text export two blank lines
    against one, a corpus file one against none), and that tells them apart."""
    title, byline, paragraphs = ARTICLES[0]
    subheading = "合作社带动茶农增收"
    first = "\n".join([title, byline]) + paragraph_gap + paragraph_gap.join([*paragraphs[:2], subheading, paragraphs[2], *ARTICLES[3][2]])
    rest = ["\n".join(line for line in (t, b) if line) + paragraph_gap + paragraph_gap.join(ps) for t, b, ps in ARTICLES[1:]]
    page = banmian.parse(article_gap.join([first, *rest]) + "\n")
    assert [a.title.text if a.title else None for a in page.articles] == [t for t, _, _ in ARTICLES]
    assert page.articles[0].subheadings == (subheading,)
    assert [p.text for p in page.articles[0].paragraphs] == [*paragraphs[:2], subheading, paragraphs[2], *ARTICLES[3][2]]


def test_a_notices_signing_office_over_its_date_closes_its_text() -> None:
    """Read by its shape (short, no sentence mark), the office signing a notice is taken for a
    headline by the line classifier on some pages (a real page's text, exported and read back, made
    it a sub-heading): between a finished paragraph and a date line it is text."""
    from banmian.segment.unwrapped import mark_unwrapped_headings

    rows = [
        "关于青石镇部分区域临时停水的通知",
        "因供水管网改造施工需要，定于3月15日8时至20时对青石镇东街、南街区域暂停供水，请用户提前做好储水准备。",
        "临江县自来水有限公司",
        "2024年3月12日",
    ]
    lines = build_line_infos(rows)
    roles = [Role.HEADING, Role.BODY, Role.HEADING, Role.BODY]
    mark_unwrapped_headings(lines, roles)
    assert roles == [Role.HEADING, Role.BODY, Role.BODY, Role.BODY]


def test_an_onward_jump_note_after_the_captions_goes_with_its_article() -> None:
    """The plain-text export prints an article's captions after its text and its 下转 note last; a
    note standing so, read as a text of its own, was taken by the slogan over the page as its
    article (a title with a jump note and no text)."""
    parts = ["建设美丽乡村 共享幸福生活"]
    for k, (title, byline, paragraphs) in enumerate(ARTICLES):
        block = "\n".join(line for line in (title, byline) if line) + "\n\n" + "\n\n".join(paragraphs)
        if k == 2:
            block += "\n\n白鹭河滨河步道上，村民们在傍晚散步健身。图为步道的一段。 周敏 摄\n\n→ 下转第2版"
        parts.append(block)
    page = banmian.parse("\n\n\n".join(parts) + "\n")
    assert [b.text for b in page.banners] == ["建设美丽乡村 共享幸福生活"]
    assert [(a.title.text if a.title else None, a.continued_to) for a in page.articles] == [
        (title, 2 if k == 2 else None) for k, (title, _, _) in enumerate(ARTICLES)
    ]


def test_headings_in_a_row_each_set_apart_as_a_paragraph_are_sub_headings() -> None:
    """A section's heading over its first sub-heading, each a block of its own (the export's blank
    line between them), was read as a kicker over a title: a new article cut out of the first."""
    title, byline, paragraphs = ARTICLES[0]
    headings = ["茶农说", "何春生：种茶二十年"]
    first = "\n".join([title, byline]) + "\n\n" + "\n\n".join([*paragraphs[:2], *headings, paragraphs[2]])
    rest = ["\n".join(line for line in (t, b) if line) + "\n\n" + "\n\n".join(ps) for t, b, ps in ARTICLES[1:]]
    page = banmian.parse("\n\n\n".join([first, *rest]) + "\n")
    assert [a.title.text if a.title else None for a in page.articles] == [t for t, _, _ in ARTICLES]
    assert page.articles[0].subheadings == tuple(headings)


def test_briefs_after_a_report_are_articles_of_their_own() -> None:
    """Two briefs without titles, each closed by its credit on a line of its own, after a report:
    the page sets more space before them than between paragraphs, and a credit nearer the text
    above it than the line below closes that text. Before, the briefs ran on as the report's last
    paragraphs, and the last credit headed the next article."""
    briefs = [
        ("县图书馆春季读书月活动开幕，将举办讲座、展览等活动三十余场。", "（何春生）"),
        ("县供电公司开展春季用电安全检查，排查整改隐患四十二处。", "（赵文静）"),
    ]
    parts = []
    for k, (title, byline, paragraphs) in enumerate(ARTICLES):
        parts.append("\n".join(line for line in (title, byline) if line) + "\n\n" + "\n\n".join(paragraphs))
        if k == 2:
            parts += [f"{text}\n\n{credit}" for text, credit in briefs]
    page = banmian.parse("\n\n\n".join(parts) + "\n")
    read = [(a.title.text if a.title else None, tuple(p.text for p in a.paragraphs), a.authors) for a in page.articles]
    expected = [(title, tuple(paragraphs), None) for title, _, paragraphs in ARTICLES]
    expected[3:3] = [(None, (text,), (credit.strip("（）"),)) for text, credit in briefs]
    assert [(t, p) for t, p, _ in read] == [(t, p) for t, p, _ in expected]
    assert [a for _, _, a in read[3:5]] == [a for _, _, a in expected[3:5]]


def test_a_page_hard_wrapped_at_a_wide_measure_is_no_text_never_wrapped() -> None:
    """Lines of 30 characters are wider than any column the rules know, but they break sentences:
    read as paragraphs, every line without a comma became a headline."""
    from pagetext import body

    wrapped = [line for title, _, paragraphs in ARTICLES for line in (title, *body("".join(paragraphs), column=30))]
    assert not unwrapped_in_order(build_line_infos(wrapped))


@pytest.mark.parametrize(("kicker", "title"), [("青石镇第三届茶叶节开幕", "何春生获评制茶能手"), ("临江县农技推广中心", "春耕技术服务到田头")])
def test_two_headline_lines_are_no_title_wrapped_over_them(kicker: str, title: str) -> None:
    """A text never wrapped sets each headline element on a line of its own: two lines over a text
    are a kicker and its title (or a title and its subtitle), never one title wrapped, which the
    pair weights read of two halves this even on a hard-wrapped page."""
    head, paragraphs = ARTICLES[0][1], ARTICLES[0][2]
    first = "\n".join([kicker, title, head]) + "\n\n" + "\n\n".join(paragraphs)
    rest = ["\n".join(line for line in (t, b) if line) + "\n\n" + "\n\n".join(ps) for t, b, ps in ARTICLES[1:]]
    article = banmian.parse("\n\n\n".join([first, *rest]) + "\n").articles[0]
    assert (article.kicker.text if article.kicker else None, article.title.text if article.title else None) == (kicker, title)


def test_a_paragraph_with_a_bare_photo_word_in_it_is_no_caption() -> None:
    """「……拍摄了纪录短片……」: a paragraph's 摄 inside a word. Read as a caption (a line as wide as a
    caption, with a caption's cue), it cut its article in two, and a slogan over the page took the
    rest as its article."""
    title, byline, paragraphs = ARTICLES[2]
    filmed = "村里的年轻人还用手机拍摄了一部纪录短片，记录步道从开工到建成的全过程，在网上播放了十多万次。"
    first = "\n".join([title, byline]) + "\n\n" + "\n\n".join([paragraphs[0], filmed, *paragraphs[1:]])
    rest = ["\n".join(line for line in (t, b) if line) + "\n\n" + "\n\n".join(ps) for t, b, ps in [*ARTICLES[:2], *ARTICLES[3:]]]
    page = banmian.parse("\n\n\n".join(["建设美丽乡村 共享幸福生活", first, *rest]) + "\n")
    article = next(a for a in page.articles if a.title and a.title.text == title)
    assert [p.text for p in article.paragraphs] == [paragraphs[0], filmed, *paragraphs[1:]] and not article.captions


def test_a_briefs_credit_the_classifier_took_for_a_headline_closes_the_brief() -> None:
    """「（林晓 何春生）」 under a brief's text, farther from the next article's headline than from
    the text: read as a headline, it became the next article's kicker and pushed its title down."""
    from banmian.segment.unwrapped import mark_unwrapped_headings

    rows = ["县图书馆春季读书月活动开幕，将举办讲座、展览等活动三十余场。", "", "（林晓 何春生）", "", "", "临江县茶叶节在青石镇开幕"]
    lines = build_line_infos(rows)
    roles = [Role.BODY, Role.BLANK, Role.HEADING, Role.BLANK, Role.BLANK, Role.HEADING]
    mark_unwrapped_headings(lines, roles)
    assert roles[2] is Role.BODY and roles[5] is Role.HEADING


def test_a_notices_paragraphs_of_one_sentence_each_stay_apart() -> None:
    """Three short lines of about one length, each a sentence: measured as the full lines of a
    narrow column, they were joined into one paragraph."""
    notice = [
        "临江县空气质量情况通报",
        "4月11日，全县空气质量指数为60，空气质量级别为良。",
        "本月以来，全县累计优良天数10天，同比增加2天。",
        "请广大市民关注空气质量变化，合理安排户外活动。",
        "临江县生态环境局",
        "2024年4月11日",
    ]
    title, byline, paragraphs = ARTICLES[0]
    page = banmian.parse("\n".join([*notice, "", title, byline, *paragraphs]) + "\n")
    assert [w.code for w in page.warnings] == ["unwrapped_text"]
    first = page.articles[0]
    assert first.title is not None and first.title.text == notice[0]
    assert [p.text for p in first.paragraphs] == notice[1:]
