"""Whole pages through the engine: invented texts typeset the way extractors emit them."""

from __future__ import annotations

import pytest

import banmian
from banmian import ArticleKind, ParagraphRole
from pagetext import body, page, wrap

MEETING = (
    "本报讯（记者 江小舟 通讯员 白露）3月2日，县林业局召开春季植树造林工作推进会，安排部署全年国土绿化任务。",
    "会议要求，各乡镇要抓住植树造林的最佳时机，落实地块、苗木和资金，确保完成年度造林任务。",
    "会议还对森林防火工作作了具体部署。",
)
FERRY = (
    "本报讯（记者 宋云帆）记者日前从县交通运输局获悉，连接南北两岸的新渡口码头已完成主体工程，预计五月底投入使用。",
    "新码头投用后，两岸群众过江时间将由原来的四十分钟缩短到十五分钟左右。",
)
#: A photo caption across two columns, and a brief closed by its author: invented text.
RAPE_FLOWER_CAPTION = "连日来，城郊千亩油菜花竞相开放，吸引了众多市民前来观赏和拍照留念。图为游客在花海中拍照。宋云帆 摄"
CULTURE_BRIEF = "城关镇文化站日前举办书画展览，展出作品一百二十余幅。（王丽）"


def test_headline_first_page_attaches_each_title_to_the_body_below_it():
    text = page(
        ["植树造林正当时"],
        body(*MEETING),
        ["南北两岸新渡口码头主体完工"],
        body(*FERRY),
    )
    result = banmian.parse(text)
    titles = [a.title.text if a.title else None for a in result.articles]
    assert titles == ["植树造林正当时", "南北两岸新渡口码头主体完工"]
    meeting, ferry = result.articles
    assert meeting.authors == ("江小舟", "白露")
    assert ferry.authors == ("宋云帆",)
    assert [p.text for p in meeting.paragraphs] == [MEETING[0].split("）", 1)[1], MEETING[1], MEETING[2]]


def test_headline_last_page_attaches_each_title_to_the_body_above_it():
    text = page(
        body(*MEETING),
        ["植树造林正当时"],
        body(*FERRY),
        ["南北两岸新渡口码头主体完工"],
    )
    result = banmian.parse(text)
    assert [a.title.text for a in result.articles] == ["植树造林正当时", "南北两岸新渡口码头主体完工"]
    assert result.articles[1].paragraphs[0].text.startswith("记者日前从县交通运输局获悉")


def test_blank_lines_inside_a_paragraph_are_not_paragraph_breaks():
    lines = wrap(MEETING[1])
    text = page(["植树造林正当时"], lines[:2], lines[2:])
    (article,) = banmian.parse(text).articles
    assert [p.text for p in article.paragraphs] == [MEETING[1]]


def test_kicker_title_subtitle_and_standalone_byline_form_one_stack():
    lead = (
        "入春以来，全县各地抢抓农时，田间地头处处是忙碌的身影。",
        "在城郊的现代农业园区，一排排大棚整齐排列，技术人员正在查看育苗情况。",
    )
    text = page(
        ["县委书记在农业园区调研时强调", "抓好春耕生产 夯实发展基础", "——全县春季农业生产工作纪实", "本报记者 程远山"],
        body(*lead),
    )
    (article,) = banmian.parse(text).articles
    assert article.kicker.text == "县委书记在农业园区调研时强调"
    assert article.title.text.replace(" ", "") == "抓好春耕生产夯实发展基础"
    assert article.subtitle.text == "——全县春季农业生产工作纪实"
    assert article.authors == ("程远山",)
    assert [p.text for p in article.paragraphs] == list(lead)


def test_letter_spaced_title_over_two_lines_is_joined():
    text = page(body(*FERRY), ["南 北 两 岸 新 渡 口", "码 头 主 体 完 工"])
    (article,) = banmian.parse(text).articles
    assert article.title.text == "南北两岸新渡口码头主体完工"


def test_jump_note_ends_the_article_and_gives_the_page_number():
    text = page(["植树造林正当时"], body(*MEETING) + ["（下转第二版）"], ["南北两岸新渡口码头主体完工"], body(*FERRY))
    result = banmian.parse(text)
    assert result.articles[0].continued_to == 2
    assert result.articles[1].continued_to is None
    # Jumps run forward: only page 1 precedes page 2.
    assert result.info.page_number == 1
    assert all("下转" not in p.text for a in result.articles for p in a.paragraphs)


def test_continuation_from_another_page():
    text = page(["植树造林正当时"], ["（上接第一版）"] + body(*MEETING[1:]))
    (article,) = banmian.parse(text).articles
    assert article.continued_from == 1
    assert article.paragraphs[0].text == MEETING[1]


def test_subheadings_stay_inside_their_article():
    parts = (
        "今年以来，县里把产业发展作为乡村振兴的重中之重，一批特色产业项目落地见效。",
        "在白石村，新建的食用菌基地已经投产，每天可采收鲜菇两千余斤。",
    )
    more = ("与此同时，县里持续加大农村基础设施投入，改造提升农村公路一百二十公里。",)
    text = page(["产业兴旺 乡村振兴"], body(*parts), ["特色产业见实效"], body(*more))
    (article,) = banmian.parse(text).articles
    assert article.subheadings == ("特色产业见实效",)
    roles = [p.role for p in article.paragraphs]
    assert roles == [ParagraphRole.BODY, ParagraphRole.BODY, ParagraphRole.SUBHEADING, ParagraphRole.BODY]


def test_banner_belongs_to_no_article():
    text = page(["植树造林正当时"], body(*MEETING), ["建设美丽家园 共享绿色生活 人人参与植树"])
    result = banmian.parse(text)
    assert [b.text for b in result.banners] == ["建设美丽家园 共享绿色生活 人人参与植树"]
    assert len(result.articles) == 1


def test_notice_keeps_its_closing_office_and_date_as_paragraphs():
    notice = ("为做好汛期安全工作，即日起对全县河道开展安全巡查，请沿河群众注意安全。",)
    text = page(body(*notice), ["县水利局"], ["2023年6月1日"], ["关于开展汛期河道安全巡查的通告"])
    result = banmian.parse(text)
    (article,) = result.articles
    assert article.kind is ArticleKind.NOTICE
    assert [p.text for p in article.paragraphs][-2:] == ["县水利局", "2023年6月1日"]
    assert result.info.date is not None and result.info.date.isoformat() == "2023-06-01"


def test_text_that_is_not_a_newspaper_page_gets_a_warning_not_an_error():
    result = banmian.parse("hello world\nthis is an English note\n")
    assert any(w.code == "not_a_newspaper_page" for w in result.warnings)


def test_every_line_is_accounted_for():
    text = page(["植树造林正当时"], body(*MEETING), ["建设美丽家园 共享绿色生活 人人参与植树"], body(*FERRY))
    result = banmian.parse(text)
    covered: set[int] = set()
    for a in result.articles:
        for item in (a.kicker, a.title, a.subtitle, a.byline, *a.paragraphs, *a.captions):
            if item is not None and item.provenance.lines:
                covered.update(range(item.provenance.lines.first, item.provenance.lines.last + 1))
    for item in (*result.banners, *result.furniture, *result.unplaced):
        covered.update(range(item.provenance.lines.first, item.provenance.lines.last + 1))
    nonblank = {i + 1 for i, line in enumerate(text.split("\n")) if line.strip()}
    assert nonblank <= covered


def test_lines_printed_as_blocks_of_their_own_warn_of_interleaved_columns():
    left, right = body(*MEETING * 3), body(*FERRY * 3)
    interleaved = [line for pair in zip(left, right, strict=False) for line in pair]
    result = banmian.parse(page(*[[line] for line in interleaved]))
    assert any(w.code == "interleaved_columns" for w in result.warnings)
    assert all(a.confidence <= 0.5 for a in result.articles)
    ordinary = banmian.parse(page(body(*MEETING * 3), body(*FERRY * 3)))
    assert not any(w.code == "interleaved_columns" for w in ordinary.warnings)


def test_caption_joins_the_article_it_describes_and_a_lone_photo_keeps_its_title():
    caption_of_meeting = ["3月2日，县林业局召开春季植树造林工作推进会。图为会议现场。 本报记者 江小舟 摄"]
    photo_title = ["城郊油菜花开正艳"]
    photo_caption = ["连日来，城郊千亩油菜花竞相开放，吸引市民前来观赏。图为游客在花海中拍照。 宋云帆 摄"]
    text = page(["植树造林正当时"], body(*MEETING), caption_of_meeting, photo_title, photo_caption)
    result = banmian.parse(text)
    meeting = result.articles[0]
    assert [c.text for c in meeting.captions] == ["3月2日，县林业局召开春季植树造林工作推进会。图为会议现场。本报记者江小舟摄"]
    photo = result.articles[-1]
    assert photo.kind is ArticleKind.PHOTO
    assert photo.title is not None and photo.title.text == "城郊油菜花开正艳"
    assert photo.captions and photo.captions[0].text.startswith("连日来")


def test_a_masthead_whose_date_prints_no_weekday_is_furniture():
    text = page(["江北日报", "2024年4月2日"], ["植树造林正当时"], body(*MEETING))
    result = banmian.parse(text)
    assert [f.text for f in result.furniture] == ["江北日报", "2024年4月2日"]
    assert result.info.newspaper == "江北日报" and str(result.info.date) == "2024-04-02"
    assert [a.title.text for a in result.articles if a.title] == ["植树造林正当时"]
    assert len(result.articles) == 1


def test_a_notice_signed_by_an_office_and_a_date_keeps_them_as_its_closing():
    text = page(
        body("因供水管道维修，城区部分区域将于4月3日停水一天，请用户提前做好储水准备。"),
        ["江北县自来水公司", "2024年4月2日"],
        ["停水公告"],
    )
    [notice] = banmian.parse(text).articles
    assert [p.text for p in notice.paragraphs][-2:] == ["江北县自来水公司", "2024年4月2日"]


def test_a_wide_line_ending_inside_a_word_is_body_not_a_headline():
    # No blank lines and no indents (as pdfium prints a page): a brief set wider than the column
    # has a first line that looks like a headline, but its last word runs on into the next line.
    text = "\n".join(
        [
            "县里举办春季运动会",
            "本报讯（记者 林晓）",
            *body("四月十日，县第五届春季运动会在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。"),
            "为进一步增强学生的安全意识和自救能力，县实验中",
            "学于日前举行消防疏散演练活动，全校师生参加。（何春生）",
        ]
    )
    result = banmian.parse(text)
    assert [a.title.text for a in result.articles if a.title] == ["县里举办春季运动会"]
    assert any("县实验中学于日前举行" in p.text for a in result.articles for p in a.paragraphs)


def test_numbers_split_over_lines_are_whole_and_provenance_counts_input_lines():
    text = "\n".join(
        [
            "县里举办春季运动会",
            "本报讯（记者 林晓）4月",
            "1",
            "0日，县第五届春季运动会在体育中心开幕，",
            "来自各乡镇的",
            "8",
            "0",
            "0余名运动员参加比赛。",
            "",
            "城东农贸市场改造完工",
            "本报讯（记者 何春生）经过三个月的改造，城东农贸市场近日重新开业。",
        ]
    )
    first, second = banmian.parse(text).articles
    assert first.paragraphs[0].text == "4月10日，县第五届春季运动会在体育中心开幕，来自各乡镇的800余名运动员参加比赛。"
    assert (first.paragraphs[0].provenance.lines.first, first.paragraphs[0].provenance.lines.last) == (2, 8)
    assert second.title.provenance.lines.first == 10


def test_a_wide_line_left_hanging_on_a_particle_is_body_not_a_headline():
    text = "\n".join(
        [
            "县里举办春季运动会",
            "本报讯（记者 林晓）",
            *body("四月十日，县第五届春季运动会在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。"),
            "近日，县市场监管局对全县超市、农贸市场和学校食堂的",
            "冷藏设施进行了检查，",
            "重点为食品储存温度和进货台账。（何春生）",
        ]
    )
    result = banmian.parse(text)
    assert [a.title.text for a in result.articles if a.title] == ["县里举办春季运动会"]
    assert any("学校食堂的冷藏设施" in p.text for a in result.articles for p in a.paragraphs)



def test_briefs_whose_credit_wraps_between_two_names_are_told_apart():
    # pdfium drops the space that stood at the line end between the two names.
    text = "\n".join(
        [
            "城关镇文化站日前举办书画展览，展出",
            "作品一百二十余幅。（韩冰",
            "林松）",
            "县消防大队昨日在城东小学开展消防",
            "安全演练活动，全校师生参加。（王丽",
            "陈方）",
        ]
    )
    first, second = banmian.parse(text).articles
    assert first.authors == ("韩冰", "林松") and second.authors == ("王丽", "陈方")
    assert first.paragraphs[0].text == "城关镇文化站日前举办书画展览，展出作品一百二十余幅。"
    assert second.paragraphs[0].text.startswith("县消防大队")


def test_a_headline_printed_on_the_row_of_the_next_byline_heads_its_own_article():
    # pdfium writes a page row as one line, across the gap between two text blocks.
    first_body = body("四月十日，县第五届春季运动会在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。")
    text = "\n".join(
        [
            "县里举办春季运动会",
            "本报讯（记者 林晓）",
            *first_body,
            "乡村道路修到家门口 本报讯（记者 何春生）近日，",
            *body("县里新修的三条乡村道路全部通车，沿线村民出行更加方便。"),
        ]
    )
    first, second = banmian.parse(text).articles
    assert second.title.text == "乡村道路修到家门口"
    assert second.authors == ("何春生",)
    shared_row = 2 + len(first_body) + 1
    assert second.title.provenance.lines.first == second.byline.provenance.lines.first == shared_row
    assert first.paragraphs[-1].text.endswith("参加比赛。")


def test_a_title_wrapped_inside_a_word_stays_one_title():
    # Big type in one column: the title breaks inside 空气质量; the next article's title follows it.
    text = "\n".join(
        [
            *body(*MEETING),
            "城关镇空气质",
            "量情况通报",
            "乡村道路修到家门口",
            *body(*FERRY),
        ]
    )
    titles = [a.title.text for a in banmian.parse(text).articles if a.title]
    assert "城关镇空气质量情况通报" in titles


def test_a_photo_title_set_close_over_its_wide_caption_stays_a_title():
    # pdfium style: no blank lines; the caption runs across two columns, wider than the body.
    text = "\n".join(
        [
            "植树造林正当时",
            *body(*MEETING),
            "城郊油菜花开正艳",
            "连日来，城郊千亩油菜花竞相开放，吸引了众多市民前来观赏",
            "和拍照留念。图为游客在花海中拍照。宋云帆 摄",
            "南北两岸新渡口码头主体完工",
            *body(*FERRY),
        ]
    )
    result = banmian.parse(text)
    [photo] = [a for a in result.articles if a.kind is ArticleKind.PHOTO]
    assert photo.title is not None and photo.title.text == "城郊油菜花开正艳"
    assert photo.captions[0].text.startswith("连日来")


def test_a_dash_line_that_goes_on_with_a_sentence_is_body_not_a_subtitle():
    text = "\n".join(
        [
            "县里举办读书节",
            "本报讯（记者 林晓）本届读书节以“书香",
            "——阅读点亮生活”为主题，共举办讲座",
            "二十场。今年1",
            "—9月，全县图书馆借阅量达十万册次。",
        ]
    )
    [article] = banmian.parse(text).articles
    assert article.subtitle is None
    assert article.paragraphs[0].text == (
        "本届读书节以“书香——阅读点亮生活”为主题，共举办讲座二十场。今年1—9月，全县图书馆借阅量达十万册次。"
    )


@pytest.mark.parametrize(
    ("kicker", "title", "byline", "lead"),
    [
        # no word spans the break between the two lines: kicker and title, not one wrapped title
        ("县里第一台大型风力发电机组", "吊装试验一次成功", "本报讯（记者 林晓）", "四月十日，县里第一台大型风力发电机组在东山风电场完成吊装。"),
        # a plain line over a title of paired phrases
        ("县第三届农民丰收节在东山村开幕", "晒丰收果实 展乡村新貌", "本报记者 林晓", "九月二十三日，县第三届农民丰收节在东山村开幕。"),
        # a long plain line set tight over a short title of two phrases: kicker over main title,
        # not a title wrapping onto a short tail
        ("全县春季农产品展销会今日在城东广场开幕", "产销对接 助农增收", "本报记者 林晓", "四月十日，全县春季农产品展销会在城东广场开幕。"),
        # a line ending in a colon names who speaks the title's words
        ("县气象台首席预报员：", "今年秋汛偏早偏强", "本报记者 林晓", "九月二十日，县气象台首席预报员接受采访时说，今年秋汛偏早偏强。"),
    ],
)
def test_two_headline_lines_over_one_body_are_kicker_and_title(kicker, title, byline, lead):
    [article] = banmian.parse("\n".join([kicker, title, byline, *body(lead)])).articles
    assert article.kicker is not None and article.kicker.text == kicker
    assert article.title.text == title


def test_a_photo_title_wider_than_the_column_stays_a_title_over_a_wider_caption():
    text = "\n".join(
        [
            "植树造林正当时",
            *body(*MEETING),
            "全县油菜种植面积达到十二万亩创历史新高",
            RAPE_FLOWER_CAPTION,
            "南北两岸新渡口码头主体完工",
            *body(*FERRY),
        ]
    )
    [photo] = [a for a in banmian.parse(text).articles if a.kind is ArticleKind.PHOTO]
    assert photo.title is not None and photo.title.text == "全县油菜种植面积达到十二万亩创历史新高"


def test_a_left_over_headline_over_the_photo_caption_it_names_titles_the_photo():
    # Headlines after their bodies. The brief at the top prints no headline (it needs none); the
    # second headline of the run after the meeting story is not its: the caption below restates it.
    text = "\n".join(
        [
            CULTURE_BRIEF,
            *body(*MEETING),
            "全县春季植树造林工作全面启动",
            "城郊油菜花开正艳",
            RAPE_FLOWER_CAPTION,
            *body(*FERRY),
            "南北两岸新渡口码头主体完工",
        ]
    )
    result = banmian.parse(text)
    [photo] = [a for a in result.articles if a.kind is ArticleKind.PHOTO]
    assert photo.title is not None and photo.title.text == "城郊油菜花开正艳"
    assert [a.title.text for a in result.articles if a.title and a is not photo] == [
        "全县春季植树造林工作全面启动",
        "南北两岸新渡口码头主体完工",
    ]


def test_a_brief_printed_right_after_a_bylined_story_is_an_article_of_its_own():
    text = "\n".join(
        [
            "植树造林正当时",
            *body(*MEETING),
            CULTURE_BRIEF,
        ]
    )
    meeting, brief = banmian.parse(text).articles
    assert meeting.title.text == "植树造林正当时" and meeting.paragraphs[-1].text.endswith("具体部署。")
    assert brief.kind is ArticleKind.BRIEF and brief.title is None and brief.authors == ("王丽",)


def test_a_brief_closed_by_its_authors_never_takes_a_distant_headline():
    # The brief opens the page; the run over the ferry story holds one headline too many.
    text = "\n".join(
        [
            CULTURE_BRIEF,
            "植树造林正当时",
            *body(*MEETING),
            "全县春季植树造林工作全面启动",
            "南北两岸新渡口码头主体完工",
            *body(*FERRY),
        ]
    )
    [brief] = [a for a in banmian.parse(text).articles if a.kind is ArticleKind.BRIEF]
    assert brief.title is None and brief.authors == ("王丽",)


def test_a_formal_notice_between_two_texts_is_an_article_of_its_own_closed_by_its_date():
    # pdfium style: no blank lines; the notice sits between a story and the next story's text.
    text = "\n".join(
        [
            "植树造林正当时",
            *body(*MEETING),
            "关于城东路实施临时交通管制的通告",
            *body("为保障城市马拉松比赛顺利进行，四月十日七时至十二时，对城东路全线实施临时交通管制。", "特此通告。"),
            "江北县公安局交通警察大队",
            "2024年4月2日",
            *body("记者日前从县交通运输局获悉，连接南北两岸的新渡口码头已完成主体工程。"),
        ]
    )
    articles = banmian.parse(text).articles
    [notice] = [a for a in articles if a.title and a.title.text == "关于城东路实施临时交通管制的通告"]
    assert notice.kind is ArticleKind.NOTICE
    assert [p.text for p in notice.paragraphs][-2:] == ["江北县公安局交通警察大队", "2024年4月2日"]
    assert any(p.text.startswith("记者日前") for a in articles if a is not notice for p in a.paragraphs)


def test_a_subtitle_wrapped_before_a_figure_stays_one_subtitle():
    text = "\n".join(
        [
            "城郊油菜花开正艳",
            "——今年接待游客达",
            "一百二十五万人次",
            "本报讯（记者 宋云帆）",
            *body("连日来，城郊千亩油菜花竞相开放，吸引了众多市民前来观赏和拍照留念。"),
        ]
    )
    [article] = banmian.parse(text).articles
    assert article.title.text == "城郊油菜花开正艳"
    assert article.subtitle is not None and article.subtitle.text == "——今年接待游客达一百二十五万人次"


def test_a_spaced_short_line_ending_in_a_date_whose_time_follows_is_text():
    # A justified short line comes out letter-spaced, like a title; its date goes on below it.
    text = "\n".join(
        [
            "城关镇迎来今冬第一场雪",
            "本报讯（记者 林晓）昨日清晨，城关",
            "镇迎来今冬第一场雪。",
            "县 气 象 台 13 日",
            "18时发布寒潮蓝色预警：受冷空气",
            "影响，全县将出现明显降温。",
        ]
    )
    [article] = banmian.parse(text).articles
    assert article.title.text == "城关镇迎来今冬第一场雪"
    assert article.paragraphs[-1].text.startswith("县气象台13日18时发布寒潮蓝色预警")


def test_a_subheading_wrapped_over_three_lines_stays_inside_its_article():
    parts = ("今年以来，县里把公园建设作为民生实事的重中之重，一批口袋公园陆续建成开放。",)
    more = ("走进城东新建的滨河公园，步道、花坛和健身器材一应俱全，前来散步的市民络绎不绝。",)
    text = "\n".join(
        [
            "城区公园绿地持续扩容",
            *body(*parts),
            "城区新建公园让市民休闲",
            "有了更多好去处城区也",
            "更绿了",
            *body(*more),
        ]
    )
    (article,) = banmian.parse(text).articles
    assert article.subheadings == ("城区新建公园让市民休闲有了更多好去处城区也更绿了",)


def test_a_box_label_heads_its_box_and_never_joins_the_title_beside_it():
    """Headlines after their bodies: the title of the story above and the 简讯 label of the box
    below stand in one run of headline lines; the label is no part of that title."""
    reading_room = "近日，县图书馆新建的少儿阅览室正式对外开放，吸引了不少家长带着孩子前来借阅图书。"
    games = "四月十日，县第五届春季运动会在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。（林晓）"
    text = "\n".join([*body(reading_room), "县图书馆少儿阅览室正式开放", "简讯", *body(games)])
    articles = banmian.parse(text).articles
    heads = [u.text for a in articles for u in (a.kicker, a.title) if u is not None]
    assert "县图书馆少儿阅览室正式开放" in heads
    assert not any("简讯" in h for h in heads if h != "简讯")


def test_a_brief_title_printed_in_the_box_labels_block_is_its_title():
    """pdftotext printed the box label, the first brief's title and its text as one block."""
    games = "四月十日，县第五届春季运动会在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。"
    library = "近日，县图书馆新建的少儿阅览室正式对外开放，吸引了不少家长带着孩子前来借阅图书。"
    text = page(body(library), ["简讯", "县春季运动会开幕", *body(games)])
    titles = [a.title.text for a in banmian.parse(text).articles if a.title]
    assert "县春季运动会开幕" in titles


def test_a_box_label_is_furniture_and_every_line_of_the_box_is_placed():
    games = "四月十日，县第五届春季运动会在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。（林晓）"
    library = "近日，县图书馆新建的少儿阅览室正式对外开放，吸引了不少家长带着孩子前来借阅图书。（何春生）"
    text = "\n".join(["简讯", *body(games), *body(library)])
    page_ = banmian.parse(text)
    assert [f.text for f in page_.furniture] == ["简讯"]
    assert [a.kind for a in page_.articles] == [ArticleKind.BRIEF, ArticleKind.BRIEF]
    assert not page_.unplaced


def test_headlines_printed_in_a_row_go_to_the_bodies_that_restate_them():
    """pdftotext printed the headlines of two side-by-side stories in a row, then their bodies in
    the other order, between two stories printed in order; each body's lead restates its title."""
    library = "县图书馆新建的少儿阅览室近日正式开放，吸引了不少家长带着孩子前来借阅图书。"
    games = "县第五届春季运动会四月十日在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。"
    bus = "今年以来，市交通运输部门加快推进城乡公交一体化建设，新开通农村公交线路十二条。"
    cleanup = "连日来，城南社区组织志愿者走进老旧小区，帮助居民清理楼道杂物，修补破损的路面和围栏。"
    text = page(
        ["城乡公交线路通到家门口"],
        wrap("本报讯（记者 王丽）" + bus),
        ["少儿阅览室正式开放"],
        ["春季运动会开幕"],
        wrap("本报讯（记者 林晓）" + games),
        wrap("本报讯（记者 何春生）" + library),
        ["城南社区老旧小区换新颜"],
        wrap("本报讯（记者 张伟）" + cleanup),
    )
    articles = banmian.parse(text).articles
    by_title = {a.title.text: a.paragraphs[0].text for a in articles if a.title}
    assert by_title["少儿阅览室正式开放"] == library
    assert by_title["春季运动会开幕"] == games
    # each byline stays with the text printed under it
    assert {a.title.text: a.authors for a in articles if a.title}["春季运动会开幕"] == ("林晓",)


def _captions(result) -> list[str]:
    return [c.text for a in result.articles for c in a.captions]


def test_a_photo_credit_closes_its_caption_and_the_next_line_opens_another_photo():
    # pdfium style: two photos' captions printed one under the other, each closed by its credit.
    text = "\n".join(
        [
            "植树造林正当时",
            *body(*MEETING),
            "连日来，城郊千亩油菜花竞相开放。图为游客在花海中拍照。 宋云帆 摄",
            "东山村新修的村道日前全线通车。图为村民在新路上骑行。 林晓 摄",
            "南北两岸新渡口码头主体完工",
            *body(*FERRY),
        ]
    )
    captions = _captions(banmian.parse(text))
    assert len(captions) == 2
    assert captions[0].startswith("连日来") and captions[0].endswith("宋云帆摄")
    assert captions[1].startswith("东山村") and captions[1].endswith("林晓摄")


def test_a_lone_credit_joins_the_article_above_it_not_the_one_whose_byline_shares_its_words():
    # The credit names the reporter of the story below; it is set under the photo of the story above.
    text = "\n".join(
        [
            "植树造林正当时",
            *body(*MEETING),
            "本报记者 宋云帆 摄",
            "南北两岸新渡口码头主体完工",
            *body(*FERRY),
        ]
    )
    meeting, ferry = banmian.parse(text).articles
    assert [c.text for c in meeting.captions] == ["本报记者宋云帆摄"]
    assert ferry.captions == ()


def test_a_headline_over_a_lone_credit_titles_the_photo_not_the_brief_below():
    # Headlines before their bodies; a brief needs none, and the brief does not restate the photo's title.
    text = "\n".join(
        [
            "植树造林正当时",
            *body(*MEETING),
            "城郊油菜花开正艳",
            "宋云帆 摄",
            *body(CULTURE_BRIEF),
        ]
    )
    result = banmian.parse(text)
    [photo] = [a for a in result.articles if a.kind is ArticleKind.PHOTO]
    assert photo.title is not None and photo.title.text == "城郊油菜花开正艳"
    assert [c.text for c in photo.captions] == ["宋云帆摄"]
    [brief] = [a for a in result.articles if a.kind is ArticleKind.BRIEF]
    assert brief.title is None


def test_a_section_label_printed_alone_before_the_header_date_is_the_pages_section():
    games = "四月十日，县第五届春季运动会在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。"
    text = page(["第3版"], ["体育"], ["2024年4月11日 星期四"], ["春季运动会开幕"], wrap("本报讯（记者 林晓）" + games))
    parsed = banmian.parse(text)
    assert parsed.info.section == "体育" and parsed.info.page_number == 3
    assert [a.title.text for a in parsed.articles if a.title] == ["春季运动会开幕"]


def test_a_short_headline_after_the_header_date_stays_a_headline():
    games = "四月十日，县第五届春季运动会在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。"
    text = page(["2024年4月11日 星期四"], ["健身热潮"], wrap("本报讯（记者 林晓）" + games))
    parsed = banmian.parse(text)
    assert parsed.info.section is None
    assert [a.title.text for a in parsed.articles if a.title] == ["健身热潮"]


def test_a_dashed_list_item_that_stops_at_a_comma_is_text_not_a_subtitle():
    text = "\n".join(
        [
            "县里部署今年重点工作",
            "本报讯（记者 林晓）县政府日前召开全体会议，部署今年的重点工作。",
            "会议提出：",
            "——我们将加快建设城乡公交网络，",
            "让群众出行更加方便快捷。",
            "——我们将改造老旧小区二十个，",
            "让居民住得更加舒心。",
        ]
    )
    [article] = banmian.parse(text).articles
    assert article.subtitle is None
    assert "——我们将加快建设城乡公交网络，让群众出行更加方便快捷。" in "".join(p.text for p in article.paragraphs)


def test_a_dashed_list_item_that_breaks_a_word_into_the_next_line_is_text():
    text = "\n".join(
        [
            "县里部署今年重点工作",
            "本报讯（记者 林晓）县政府日前召开全体会议，部署今年的重点工作。",
            "——加快建设城乡公交网",
            "络，让群众出行更加方便快捷。",
        ]
    )
    [article] = banmian.parse(text).articles
    assert article.subtitle is None
    assert article.paragraphs[-1].text == "——加快建设城乡公交网络，让群众出行更加方便快捷。"


def test_a_notice_title_under_a_banner_heads_its_notice_by_its_wording():
    """The title fills its column like a text line; its wording (……情况通报) makes it a title."""
    lead = "十月二日，全市空气质量指数为九十三，空气质量级别为良，首要污染物为细颗粒物。"
    text = "\n".join(["节约用水 书香满城 全民健身", "临江市空气质量情况通报", *wrap(lead, 11), "临江市生态环境局", "2024年10月3日"])
    [notice] = banmian.parse(text).articles
    assert notice.title is not None and notice.title.text == "临江市空气质量情况通报"
    assert notice.paragraphs[0].text == lead


def test_a_photo_caption_in_a_box_of_briefs_goes_to_the_brief_it_restates():
    games = "四月十日，县第五届春季运动会在体育中心开幕，来自各乡镇的八百余名运动员参加比赛。（林晓）"
    library = "近日，县图书馆新建的少儿阅览室正式对外开放，吸引了不少家长带着孩子前来借阅图书。（何春生）"
    caption = "县图书馆少儿阅览室正式开放。图为小读者在阅览室里看书。林晓 摄"
    text = "\n".join(["简讯", *body(games), *body(library), caption])
    parsed = banmian.parse(text)
    assert not parsed.unplaced
    [holder] = [a for a in parsed.articles if a.captions]
    assert holder.paragraphs[0].text.startswith("近日，县图书馆") and holder.captions[0].text == caption.replace(" ", "")


def test_two_names_of_an_opening_byline_broken_over_the_lines_stay_two_authors():
    text = "\n".join(["县里举办读书节", "本报讯（记者 林晓", "何春）县第三届读书节日前开幕，", "共举办讲座二十场。"])
    [article] = banmian.parse(text).articles
    assert article.authors == ("林晓", "何春")


def test_a_title_ending_in_an_exclamation_mark_over_a_byline_heads_its_article():
    """「……正当时！」 ends a sentence, so the headline rules skip it; over a 本报讯 line, after a
    finished paragraph, it is the next article's title. An exclamation closing a paragraph that
    another paragraph follows stays body text."""
    first = body("县图书馆近日开展读书月活动，吸引了不少市民参加。", "活动现场，孩子们齐声朗读，大家都笑了！", "读书月将持续到月底。")
    second = body("本报讯（记者 林晓）入夏以来，县城用电负荷持续攀升，供电部门加强巡查，确保居民用电。")
    text = "\n".join([*first, "河道清淤正当时！", *second])
    articles = banmian.parse(text).articles
    assert [a.title.text if a.title else None for a in articles][-1] == "河道清淤正当时！"
    assert articles[-1].authors == ("林晓",)
    assert any(p.text.endswith("大家都笑了！") for a in articles for p in a.paragraphs)


#: An invented brief whose byline opens its first line, as pdfium prints it (no blank lines).
PAVING = (
    "本报讯（记者 林晓）城东新区首批十二栋老旧楼房的改造工程日前完工，小区道路、路灯和排水管网全部换新。",
    "居民何春生说，过去一下雨路面就积水，如今出门再也不用绕道走了。",
)


def test_a_two_phrase_title_over_a_byline_heads_its_article_not_the_banners():
    lines = ["城东新区推进老旧小区改造，首批", "楼栋完工", "路面平了 心里亮了", *body(*PAVING)]
    result = banmian.parse("\n".join(lines) + "\n")
    (article,) = result.articles
    assert article.title is not None and article.title.text == "路面平了 心里亮了"
    assert article.kicker is not None and article.kicker.text == "城东新区推进老旧小区改造，首批楼栋完工"
    assert result.banners == ()


def test_a_slogan_over_a_byline_whose_body_takes_another_headline_stays_a_banner():
    """Drawing order: the slogan at the top of the page, then the body, then its headline."""
    lines = ["清洁家园 美化环境", *body(*PAVING), "城东新区首批老旧楼房改造完工"]
    result = banmian.parse("\n".join(lines) + "\n")
    assert [b.text for b in result.banners] == ["清洁家园 美化环境"]
    (article,) = result.articles
    assert article.title is not None and article.title.text == "城东新区首批老旧楼房改造完工"


def test_a_two_phrase_line_under_a_kicker_ending_in_a_dash_is_its_title():
    story = (
        "县青少年田径队日前在城东体育场举行冬训选拔赛，六十余名队员参加了短跑、跳远和铅球等项目的比拼。",
        "教练何春生说，选拔赛成绩将作为明年参加市运会的重要依据。",
    )
    lines = ["县青少年田径队举办冬训选拔赛——", "以赛代练 备战新赛季", *body(*story)]
    result = banmian.parse("\n".join(lines) + "\n")
    (article,) = result.articles
    assert article.kicker is not None and article.kicker.text == "县青少年田径队举办冬训选拔赛——"
    assert article.title is not None and article.title.text == "以赛代练 备战新赛季"
    assert result.banners == ()



def test_a_brief_in_a_box_keeps_the_title_above_it_on_a_body_first_page():
    """Drawing order: each story's body comes before its headline, but a box of briefs (简讯) is
    printed title first."""
    sports = "城西小学日前举办秋季运动会，全校八百余名师生参加了跳绳、拔河和接力跑等项目的比赛。（何春生）"
    lines = [
        *body(*PAVING),
        "城东新区首批老旧楼房改造完工",
        *body(*FERRY),
        "南北两岸新渡口码头主体完工",
        "简讯",
        "城西小学举办秋季运动会",
        *body(sports),
    ]
    result = banmian.parse("\n".join(lines) + "\n")
    titles = [a.title.text if a.title else None for a in result.articles]
    assert titles == ["城东新区首批老旧楼房改造完工", "南北两岸新渡口码头主体完工", "城西小学举办秋季运动会"]
    assert result.articles[2].authors == ("何春生",)


def test_text_never_hard_wrapped_keeps_a_paragraph_to_a_line():
    """A web page's or a corpus file's text: each line is a whole paragraph, wider than any column."""
    story = (
        "本报讯（记者 林晓）连日来，县里组织招商小分队赴沿海城市考察招商，先后走访企业十八家，签约项目六个。",
        "县委书记何春生表示，要把招商引资作为头号工程，以更大力度优化营商环境，推动签约项目尽快开工。",
    )
    (article,) = banmian.parse("\n".join(["招商引资结硕果", *story]) + "\n").articles
    assert article.title is not None and article.title.text == "招商引资结硕果"
    assert [p.text for p in article.paragraphs] == [story[0].split("）", 1)[1], story[1]]


def test_a_page_header_broken_into_blocks_gives_its_page_number_and_section():
    """pdftotext -layout read apart, or pdftotext itself: each piece of the header a block."""
    text = page(["10"], ["文化"], ["2023年6月8日 星期四"], ["责任编辑：何春生"], ["县图书馆延长开放时间"], body(*PAVING))
    result = banmian.parse(text)
    assert (result.info.page_number, result.info.section) == (10, "文化")
    assert [a.title.text for a in result.articles] == ["县图书馆延长开放时间"]


def test_a_bare_number_in_a_block_of_its_own_is_the_page_number():
    """A folio printed apart from the header (at the foot of the page) comes out of pdftotext as a
    block of one number."""
    text = page(["县图书馆延长开放时间"], body(*PAVING), ["7"], ["江北县新修农村公路"], body(*PAVING))
    assert banmian.parse(text).info.page_number == 7
    inside = page(["县图书馆延长开放时间"], [*body(*PAVING), "7"], ["江北县新修农村公路"], body(*PAVING))
    assert banmian.parse(inside).info.page_number is None


def test_a_section_label_between_the_page_number_and_the_papers_name_is_the_section():
    """「第4版」/「体育」/「临江晚报」: the label follows the page's number and the paper's name follows
    it, so it is no kicker of the first headline."""
    text = page(["第4版"], ["体育"], ["临江晚报"], ["2023年6月8日 星期四"], ["县图书馆延长开放时间"], body(*PAVING))
    result = banmian.parse(text)
    assert (result.info.page_number, result.info.section) == (4, "体育")
    assert [(a.kicker, a.title.text) for a in result.articles] == [(None, "县图书馆延长开放时间")]


def test_a_dateline_naming_nobody_leaves_the_authors_to_the_credit_closing_the_text():
    closing = "会议要求，各乡镇要抓好农资供应，确保春耕生产顺利进行。（何春生 林晓）"
    text = page(["县农业农村局部署春耕工作"], body("本报讯 3月11日，县农业农村局召开春耕生产工作会议，部署全县春耕备耕工作。", closing))
    (article,) = banmian.parse(text).articles
    assert (article.byline.text if article.byline else None, article.authors) == ("本报讯", ("何春生", "林晓"))
    # The credit stays in the text: the byline does not hold it.
    assert article.paragraphs[-1].text == closing.replace(" ", "")


@pytest.mark.parametrize("credit", ["文/林晓 图/何春生", "作者：林晓", "□林晓", "林晓/文 何春生/摄", "本报记者 林晓/文 何春生/图"])
def test_a_feature_credited_by_credit_words_has_its_byline_and_no_caption(credit: str):
    """「图/」 on a byline line credits the feature's photos: the text under it is no caption."""
    text = page(["青石镇的春天", credit, *body("春天来了，青石镇的田野里一片生机勃勃的景象，农民们忙着翻地播种。", "走进镇东的茶园，茶农们正在采摘今年的第一批春茶。")])
    (article,) = banmian.parse(text).articles
    assert (article.title.text if article.title else None, article.authors) == ("青石镇的春天", ("林晓",))
    assert not article.captions and len(article.paragraphs) == 2



def test_a_local_papers_reporter_under_a_title_is_its_byline_not_its_title():
    """「临江日报记者 林晓」 under a title: a local paper credits its reporters by its own name, as
    「本报记者」 does, or by its county's media centre; read as a headline, either took the title's
    place and the title was lost."""
    lines = ("本月十日，临江县第三届茶叶节在青石镇开幕，客商三百余人参加。", "据介绍，今年全县茶园面积达到十二万亩。")
    for byline in ("临江日报记者 林晓", "临江县融媒体中心记者 林晓"):
        result = banmian.parse(page(["临江县茶叶节开幕", byline], body(*lines)))
        (article,) = result.articles
        assert article.title is not None and article.title.text == "临江县茶叶节开幕"
        assert article.byline is not None and article.byline.text == byline
        assert article.authors == ("林晓",)
        assert [p.text for p in article.paragraphs] == list(lines)


def test_names_closed_by_their_work_under_a_title_are_its_byline():
    """「林晓/文 何春生/摄」 under a title: each name closed by what it did (fields.slashcredits). The
    byline grammar took the slash for a gap between names, so the photo credit's 摄 made the line a
    caption with two photographers (林晓 and 「文何春生」) and the article lost its authors."""
    lines = ("本月十日，临江县第三届茶叶节在青石镇开幕，客商三百余人参加。", "据介绍，今年全县茶园面积达到十二万亩。")
    for byline in ("本报记者 林晓/文 何春生/摄", "林晓/文 何春生/图", "林晓/文"):
        for text in (page(["临江县茶叶节开幕", byline], body(*lines)), page(["临江县茶叶节开幕", byline, *body(*lines)])):
            (article,) = banmian.parse(text).articles
            assert article.title is not None and article.title.text == "临江县茶叶节开幕"
            assert article.byline is not None and article.byline.text == byline
            assert article.authors == ("林晓",)
            assert not article.captions and [p.text for p in article.paragraphs] == list(lines)
