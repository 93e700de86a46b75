"""The last word on headline lines: sentences, words run across a break, hanging endings."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.learnedroles import (
    LEARNED_VETO_PROBABILITY,
    PLAIN_CLAUSELESS_VETO_PROBABILITY,
    PLAIN_UNMARKED_VETO_PROBABILITY,
    SPACED_VETO_PROBABILITY,
    _vetoed,
)
from banmian.segment.lineclass import LineProbs
from banmian.segment.roles import Role
from banmian.segment.runon import mark_labelled_tails, veto_words_across_breaks

H, B = Role.HEADING, Role.BODY


def settle(rows: list[tuple[str, Role]]) -> list[Role]:
    lines = build_line_infos([text for text, _ in rows])
    roles = [role for _, role in rows]
    veto_words_across_breaks(lines, roles)
    return roles


def test_a_line_holding_a_full_stop_is_a_sentence() -> None:
    assert settle([("对表现突出的十支队伍，特此通报表扬。（何春生）", H), ("城东农贸市场改造完工", H)]) == [B, H]


def test_a_line_after_a_comma_goes_on_with_that_sentence() -> None:
    assert settle([("为表彰先进，团县委研究决定，", B), ("授予城关镇服务队等十支队伍", H), ("荣誉称号并颁发证书", B)]) == [B, B, B]


#: Six lines of a twelve-character column, the last a lead-in ending on a colon.
COLUMN_TO_A_LEAD_IN = [
    ("　　青石镇今年新修通村公路", B),
    ("十二公里，铺设自来水管道", B),
    ("三十多公里，全镇村民出行", B),
    ("和饮水的难处都已解决。", B),
    ("　　镇长周敏说，青石镇今", B),
    ("年的做法主要有三条：", B),
]
TEXT_BELOW = [("　　何春生在临江县城东农贸市", B), ("场经营蔬菜摊位已有十年。", B)]


def test_a_headline_set_across_columns_is_no_sentence_going_on_from_a_colon() -> None:
    across = settle([*COLUMN_TO_A_LEAD_IN, ("临江县青石镇通村公路和自来水工程全部完工", H), *TEXT_BELOW])
    assert across[6] is H
    # Within its column, the line may be the lead-in's sentence going on.
    within = settle([*COLUMN_TO_A_LEAD_IN, ("临江县青石镇通村公路完工", H), *TEXT_BELOW])
    assert within[6] is B


def test_a_headline_under_a_text_announcing_a_document_is_its_title() -> None:
    """「……署名文章。文章如下：」 announces the document printed next, and its title opens it: no
    sentence of the text above goes on into that line, as after another colon."""
    above = [("　　县委书记林晓在临江日报发表题为", B), ("《茶乡振兴正当时》的署名文章。", B)]
    announced = settle([*above, ("文章如下：", B), ("茶乡振兴正当时", H), ("　　青石镇的茶园又到了采摘的季节", B)])
    assert announced[-2] is H
    led_in = settle([*above, ("他说的做法有三条：", B), ("茶乡振兴正当时", H), ("　　青石镇的茶园又到了采摘的季节", B)])
    assert led_in[-2] is B


def test_a_wide_line_goes_on_from_a_line_as_wide() -> None:
    wide = [
        *COLUMN_TO_A_LEAD_IN[:4],
        ("——县交通局就通村公路养护和自来水管网维修作出如下安排：", B),
        ("明确乡镇、村组和管护员三级责任、经费来源和考核办法", H),
        *TEXT_BELOW,
    ]
    assert settle(wide)[5] is B


def test_a_word_run_across_the_break_and_a_hanging_ending() -> None:
    assert settle([("为增强学生的安全意识，县实验中", H), ("学于日前举行消防演练活动", B)]) == [B, B]
    assert settle([("县市场监管局对全县超市和学校食堂的", H), ("冷藏设施进行了检查", B)]) == [B, B]
    assert settle([("县第五届春季运动会定于", H), ("四月十日在体育中心开幕。", B)]) == [B, B]
    assert settle([("全县遴选十个示范村，并", H), ("给予每村二十万元奖补。", B)]) == [B, B]
    assert settle([("村集体年收入已由", H), ("五万元增加到三十万元。", B)]) == [B, B]
    # 第 opens an ordinal, which the next line's figure completes: no headline ends on it.
    assert settle([("3月1日出版的第", H), ("5期《青石文艺》刊登了", B)]) == [B, B]


def test_a_part_of_the_day_whose_hour_opens_the_next_line_is_text() -> None:
    """「……24日上午」/「10时，……」: the time goes on below, so the line is the text's first line, not
    the last line of the brief's title above it."""
    assert settle([("青石镇春茶节开幕", H), ("本月12日上午", H), ("9时，青石镇春茶节在茶博园开幕。", B)]) == [H, B, B]
    # The part of the day alone, or over a line not opening on the hour, says nothing.
    assert settle([("青石镇春茶节开幕", H), ("茶农的一个上午", H), ("本报讯（记者 林晓）茶博园里人头攒动。", B)]) == [H, H, B]


def test_a_figure_whose_measure_word_opens_the_next_line_is_text() -> None:
    """「……出台30」/「条措施……」: the count goes on below; a headline ends on no bare figure there."""
    assert settle([("临江县茶产业再上台阶", H), ("临江县近日出台扶持茶产业30", H), ("条措施，涵盖种植加工销售。", B)]) == [H, B, B]
    # A figure over a line opening otherwise (a new sentence) is left as it was.
    assert settle([("临江县茶产业再上台阶", H), ("青石镇茶叶节2024", H), ("本报讯（记者 林晓）茶叶节开幕。", B)]) == [H, H, B]


def test_a_quotation_opened_higher_in_a_headline_run_and_closed_in_the_text_is_text() -> None:
    """「……举办的“青石」/「镇茶园四季老照片」 over 「”昨日在……展出。」: the quotation, opened a line up,
    closes in the text below, so the sentence runs across the break; no title closes its quotation
    in a text."""
    rows = [("简讯", H), ("县文化馆举办的“青石", H), ("镇茶园四季老照片", H), ("”昨日在县图书馆展出。", B)]
    assert settle(rows) == [H, B, B, B]
    # A quotation closed in a headline line of the run stays a headline.
    rows = [("县文化馆举办的“青石", H), ("镇茶文化”图片展开幕", H), ("本报讯（记者 林晓）昨日，展览开幕。", B)]
    assert settle(rows) == [H, H, B]


def test_a_line_ending_on_a_preposition_or_adverb_as_a_word_of_its_own_hangs() -> None:
    """「……依然为」, 「……最急最」: a word that takes what follows ends no headline; a longer word
    ending on the same character (「作为」) ends its phrase."""
    assert settle([("临江县茶叶节开幕", H), ("今年参展的茶企数量依然为", H), ("历届之最，共有两百多家。", B)]) == [H, B, B]
    assert settle([("临江县茶叶节开幕", H), ("着力解决茶农最急最", H), ("盼的销路问题。", B)]) == [H, B, B]
    assert settle([("青年茶农大有作为", H), ("本报讯（记者 林晓）青石镇不少青年回到家乡种茶。", B)]) == [H, B]


def test_a_line_ending_on_a_preposition_of_place_time_or_means_hangs() -> None:
    """「……从第八届至」, 「……提高到」, 「……按」: as 为 and 在, a word that takes what follows."""
    assert settle([("临江县茶叶节开幕", H), ("从第八届至", H), ("第十届，茶叶节都在青石镇举办。", B)]) == [H, B, B]
    assert settle([("临江县茶叶节开幕", H), ("今年茶企补贴标准将提高到", H), ("每亩两百元。", B)]) == [H, B, B]


def test_a_line_over_or_holding_a_note_of_a_short_name_is_text() -> None:
    """「……茶叶研究所」/「（以下简称“茶研所”）……」: running text gives the short name it goes on
    to use in brackets; a headline never does."""
    rows = [("临江县茶叶节开幕", H), ("临江县茶叶科学研究所", H), ("（以下简称“茶研所”）近日成立。", B)]
    assert settle(rows) == [H, B, B]
    rows = [("临江县茶叶节开幕", H), ("县茶叶科学研究所（以下简称", H), ("“茶研所”）近日成立。", B)]
    assert settle(rows) == [H, B, B]
    # A bracket of another kind under a headline (a byline's credit) leaves the headline alone.
    assert settle([("临江县茶叶科学研究所成立", H), ("（林晓 何春生）", B)]) == [H, B]


def test_a_headline_over_its_text_stays() -> None:
    assert settle([("县里举办春季运动会", H), ("本报讯（记者 林晓）四月十日，运动会开幕。", B)]) == [H, B]
    # a wrapped headline: its first line runs into its second, both headline lines
    assert settle([("县第五届春季运动大", H), ("会开幕", H), ("本报讯 四月十日，运动会在体育中心开幕。", B)]) == [H, H, B]


def test_a_lone_character_under_text_that_ended_no_sentence_is_its_end() -> None:
    """「……打造茶产业新高」/「地」: jieba keeps 新高 and 地 apart, yet no headline is one
    character; under text going on, it ends that text. Under a finished sentence it stays."""
    assert settle([("青石镇全力打造茶产业新高", B), ("地", H), ("青石镇开通首条公交线路", H)]) == [B, B, H]
    assert settle([("青石镇全力打造茶产业新高地。", B), ("茶", H), ("青石镇开通首条公交线路", H)]) == [B, H, H]
    # Under a short line (a brief's credit), lone characters one to a line are a vertical title.
    rows = [("青石镇的茶园今年喜获丰收，全镇茶农的收入明显增加。（林晓", B), ("何春生）", B)]
    assert settle([*rows, ("茶", H), ("乡", H), ("新", H), ("貌", H)]) == [B, B, H, H, H, H]


def test_the_tail_of_a_credit_closing_the_bracket_above_is_text() -> None:
    assert settle([("作品一百二十余幅。（王丽 林", B), ("松）", H), ("县里举办春季运动会", H)]) == [B, B, H]
    assert settle([("县第五届春季运动会开幕", H), ("（体育新闻）", H)]) == [H, H]


def test_a_date_whose_time_goes_on_below_is_text_even_letter_spaced() -> None:
    assert settle([("县 气 象 台 13 日", H), ("18时发布寒潮蓝色预警", B)]) == [B, B]


def test_a_figure_whose_date_unit_opens_the_line_below_is_text() -> None:
    """「……县气象台13」/「日发布……」: the line broke inside the date; no headline ends on its figure."""
    assert settle([("临江县气象台13", H), ("日发布寒潮蓝色预警，", B)]) == [B, B]
    assert settle([("青石镇于5月10日至12", H), ("日举办春季茶叶展销会", B)]) == [B, B]


def test_a_headline_between_a_finished_text_and_a_byline_outlives_the_classifiers_doubt() -> None:
    from banmian.segment.lineclass import LineProbs
    from banmian.segment.roles import assign_roles

    texts = ["城关镇文化站日前举办书画展览。（王丽）", "县里举办读书节", "本报讯（记者 林晓）四月十日，县读书节开幕。"]
    lines = build_line_infos(texts)
    doubtful = [LineProbs(0.01, 0.0, 0.0, 0.99)] * len(lines)
    assert assign_roles(lines, probs=doubtful)[1] is Role.HEADING


def test_a_line_whose_quotation_the_text_below_closes_is_text_even_spaced() -> None:
    """pdfium spaces out a justified line; the quotation it opens says it is one with the next."""
    assert settle([("周末假期，“ 网", H), ("红”的县城夜市迎来了不少游客。", B)]) == [B, B]
    # a quotation opening a paragraph goes on past the next line too
    assert settle([("“今年我们村", H), ("种了三百亩油菜，", B), ("收成好。”林晓说。", B)]) == [B, B, B]
    # a bracket is no such cue: a title wraps inside its bracketed column tag
    assert settle([("描绘乡村新画卷（乡村", H), ("振兴一线行）", B)])[0] is H


def test_a_line_whose_book_title_the_text_below_closes_is_text() -> None:
    """「……县政府印发的《临江县」/「乡村振兴规划》提出……」: a title mark left open goes on in the text
    that closes it, as a quotation does; a title wrapped inside one goes on in a headline line."""
    assert settle([("日前，县政府印发的《临江县", H), ("乡村振兴规划》提出，到明年", B)]) == [B, B]
    assert settle([("县图书馆举办《青石", H), ("镇志》首发式", H)]) == [H, H]


def test_a_spaced_out_line_of_text_hanging_on_de_is_text() -> None:
    """pdfium spaces out a justified line; a spaced title never ends on 的 over text."""
    assert settle([("完 成 全 年 任 务 的", H), ("98.5%；本月新增就业一千人。", B)]) == [B, B]


def test_a_line_over_a_byline_is_never_text_running_on() -> None:
    """「……望尘莫及」 ends on 及, a hanging ending elsewhere, but the byline below opens an article."""
    assert settle([("科 技 成 果 望 尘 莫 及", H), ("本报讯（记者 林晓）县科技馆今天开馆。", B)])[0] is H
    assert settle([("县里新建的公园人人可及", H), ("本报讯（记者 林晓）县科技馆今天开馆。", B)])[0] is H


def test_a_line_after_a_clause_mark_over_a_byline_is_the_next_articles_headline() -> None:
    """A list's item ends on 「；」 and the column stops there; the line under it, over a byline,
    heads the next article: the list goes on elsewhere, not into a headline's line."""
    rows = [("县城西环路建成通车；", B), ("临江县召开春季植树动员大会", H), ("本报讯（记者 林晓）三月十二日，", B)]
    assert settle(rows) == [B, H, B]
    # Without the byline, the line goes on with the list.
    assert settle([*rows[:2], ("青石镇新建两座桥梁。", B)]) == [B, B, B]
    # The same after a comma: a column stopped mid-sentence over the next article's headline.
    rows = [("县城西环路建成通车后，", B), ("临江县召开春季植树动员大会", H), ("本报讯（记者 林晓）三月十二日，", B)]
    assert settle(rows) == [B, H, B]


def test_a_short_line_between_a_finished_text_and_the_page_header_is_a_headline() -> None:
    """A body-first page prints the title after its text; a comma in it does not make it text."""
    from banmian.segment.runon import mark_stranded_headlines

    rows = [
        ("县图书馆自本月起每晚开放到九点，方便", B),
        ("市民下班后借阅图书，受到读者欢迎。", B),
        ("夜读有灯，书香满城", B),
        ("临江日报 2026年3月1日 星期日", Role.FURNITURE),
    ]
    lines = build_line_infos([text for text, _ in rows])
    roles = [role for _, role in rows]
    mark_stranded_headlines(lines, roles)
    assert roles[2] is H
    # a paragraph's first line that goes on in the next column is text
    rows[2] = ("夜读活动受到不少读者欢迎，", B)
    lines = build_line_infos([text for text, _ in rows])
    roles = [role for _, role in rows]
    mark_stranded_headlines(lines, roles)
    assert roles[2] is B


def test_a_line_over_a_figure_and_its_unit_goes_on_into_it() -> None:
    """「……全县粮食总产量」/「3215万斤，……」: a quantity opens no sentence; a date may."""
    assert settle([("今年以来，全县粮食总产量", H), ("3215万斤，比去年增长百分之五。", B)]) == [B, B]
    assert settle([("县里举办春季运动会", H), ("2026年4月10日，运动会在体育中心开幕。", B)]) == [H, B]


def test_a_clause_closed_by_a_time_word_or_a_count_goes_on_across_the_break() -> None:
    assert settle([("林晓在会见外地客商", H), ("时，介绍了县里的招商政策。", B)]) == [B, B]
    assert settle([("本届运动会共设12个", H), ("大项，参赛运动员三百余人。", B)]) == [B, B]


def test_a_line_followed_by_a_line_opening_with_de_goes_on_into_it() -> None:
    assert settle([("由县文化馆主办", H), ("的春季书画展览日前开幕", B)]) == [B, B]


def test_the_classifier_needs_less_to_keep_a_plain_headline_without_clauses() -> None:
    """Where no blank lines mark blocks, a plain headline line of the rules stays with less of the
    classifier's belief when it holds no clause mark (a title set one column wide) than when it
    holds a comma (a paragraph's first line, 「提醒广大市民，出行」)."""
    title, opening = build_line_infos(["县第五届春季运动会开幕", "提醒广大市民，出行注意"])
    between = (PLAIN_CLAUSELESS_VETO_PROBABILITY + PLAIN_UNMARKED_VETO_PROBABILITY) / 2
    doubted = LineProbs(between, 0.0, 0.0, 1.0 - between)
    assert not _vetoed(title, H, doubted, blank_marked=False)
    assert _vetoed(opening, H, doubted, blank_marked=False)
    ruled_out = LineProbs(LEARNED_VETO_PROBABILITY / 2, 0.0, 0.0, 1.0 - LEARNED_VETO_PROBABILITY / 2)
    assert _vetoed(title, H, ruled_out, blank_marked=False)
    assert not _vetoed(opening, H, doubted, blank_marked=True)  # pdftotext: blocks tell more


def test_a_line_ending_on_the_stub_of_a_clause_goes_on_into_the_text() -> None:
    """「林晓表示，今年」/「3月以来……」: a title does not end on a clause of a word or two after its
    comma; a title whose last clause is a phrase stays."""
    assert settle([("林晓表示，今年", H), ("3月以来，全县新修农村公路八十公里，", B)]) == [B, B]
    assert settle([("青石镇的茶园，今年", H), ("春茶采摘提前了十天。", B)]) == [B, B]
    assert settle([("春耕备耕忙，青石镇农机进田间", H), ("本报讯 连日来，青石镇组织农机手下田。", B)]) == [H, B]


def test_a_full_line_inside_a_sentence_that_a_full_line_above_left_open_is_text() -> None:
    """pdfium's full line without a mark to compress reads like a title set in the column's width;
    between a full line of text stopping mid-sentence and the text going on, it is text."""
    rows = [
        ("县文化馆近日组织演员到青石镇开展送文化下乡活动，", B),
        ("为当地群众送去了戏曲、歌舞和小品等节目，现场的", B),
        ("观众们纷纷表示这样贴近生活的文艺演出特别受欢迎", H),
        ("希望以后能多来几次。活动共吸引周边村民八百多人", B),
    ]
    assert settle(rows) == [B, B, B, B]
    # …but not under a finished sentence: there it may be a sub-heading.
    rows[1] = ("为当地群众送去了戏曲、歌舞和小品等节目，共四场。", B)
    assert settle(rows)[2] == H


def test_full_lines_inside_a_sentence_all_taken_for_a_headline_are_text() -> None:
    """Two full lines squeezed into a sentence that a full line above left open, both taken for a
    headline (the justified line under them spaced out): each stands over a headline line, not over
    text, but the sentence runs on across both (runon.SQUEEZED_MAX_MORE_LINES)."""
    rows = [
        ("县文化馆近日组织演员到青石镇开展送文化下乡活动，", B),
        ("为当地群众送去了戏曲、歌舞和小品等节目，现场的", B),
        ("观众们纷纷表示这样贴近生活的文艺演出特别受欢迎", H),
        ("大家都盼望县里今后能够经常组织这样的送戏活动", H),
        ("下乡。活动共吸引周边村民八百多人，持续两个多小时。", B),
    ]
    assert settle(rows) == [B, B, B, B, B]
    # …but not under a finished sentence: there they may be a sub-heading.
    rows[1] = ("为当地群众送去了戏曲、歌舞和小品等节目，共四场。", B)
    assert settle(rows)[2:4] == [H, H]


def test_a_line_closing_a_quotation_the_text_above_opened_is_text() -> None:
    """「“我们每天练到很晚，也从不觉得」/「累”」: the short line ends a quotation begun in the text,
    whatever the classifier makes of its shortness; a title broken before its closing mark
    (「临江“三园」/「”两带……」: no typeset line opens with a closing mark) is left alone."""
    rows = [("队员林晓说：“我们每天练到很晚，也从不觉得", B), ("累”", H), ("县里的体育馆明年就能建成。", B)]
    assert settle(rows) == [B, B, B]
    rows = [("林晓说，今年在临江“三园", B), ("”两带建设全面铺开", H), ("县渔政站已做好准备。", B)]
    assert settle(rows)[1] == H


def test_closing_what_the_line_did_not_open() -> None:
    from banmian.segment.roles import closes_unopened

    assert closes_unopened("乡村振兴纪实》《春到青石镇")
    assert closes_unopened("累”")
    assert not closes_unopened("《临江县志》出版“三园两带”")
    assert not closes_unopened("县图书馆开馆")


def test_a_notices_closing_date_runs_into_no_headline_below() -> None:
    """A date alone closes a notice as a full stop would: the headline below it opens anew, even
    where the date's last character and its first make a word (「……日」/「用……」)."""
    rows = [("临江县自来水公司", B), ("2024年3月9日", B), ("用汗水浇灌希望（青石评论·", H), ("生态文明建设）", H)]
    assert settle(rows) == [B, B, H, H]


def test_a_spaced_out_line_within_its_column_needs_the_classifiers_belief() -> None:
    """pdfium spaces out a justified line of text as a headline's letter spacing looks: within its
    column such a line stays a headline only with SPACED_VETO_PROBABILITY of the classifier's belief,
    while a line wider than its column keeps its headline shape against all but a veto."""
    lines = build_line_infos(["今 年 71 岁 的 何春", "生，在青石镇种了三十年茶。", "临江县第五届春季运动会在县体育中心隆重开幕"] + ["林晓在会上说，村里今年新修了两条路。"] * 6)
    spaced, wide = lines[0], lines[2]
    assert spaced.letter_spaced and spaced.width <= spaced.column_width
    doubted = LineProbs(SPACED_VETO_PROBABILITY / 2, 0.0, 0.0, 1.0 - SPACED_VETO_PROBABILITY / 2)
    assert _vetoed(spaced, H, doubted, blank_marked=False)
    assert not _vetoed(wide, H, doubted, blank_marked=False)
    believed = LineProbs(SPACED_VETO_PROBABILITY, 0.0, 0.0, 1.0 - SPACED_VETO_PROBABILITY)
    assert not _vetoed(spaced, H, believed, blank_marked=False)


def test_a_run_of_text_read_as_headlines_is_undone_from_its_foot_up() -> None:
    """A line opening with a pause mark goes on from the line above it (no typeset line begins with
    one), and the veto works up a run of such lines to its first."""
    rows = [
        ("县里对表现突出的队伍予以表扬。", B),
        ("在青石镇，村委", H),
        ("会的便民大厅新开了窗口", H),
        ("、群众“少跑腿”，服", H),
        ("务效率明显提高。", B),
    ]
    assert settle(rows) == [B, B, B, B, B]


def test_the_text_under_a_jump_in_note_is_no_headline() -> None:
    """「（上接第二版）」 heads a continued article's text: the short first line under it is that text,
    however it looks (segment.runon.veto_heads_beside_jumps), while a line wider than the column
    (a headline across columns) stays."""
    from banmian.segment.runon import veto_heads_beside_jumps

    texts = ["临江县秋粮收购进展顺利", "（上接第二版）", "今年的秋粮收购更加", "突出“优质优价”，各收"]
    texts += ["购点为种粮大户开辟了", "绿色通道，收购进度比"] * 3
    lines = build_line_infos(texts)
    J = Role.JUMP
    roles = [H, J, H, B] + [B] * 6
    veto_heads_beside_jumps(lines, roles)
    assert roles[:4] == [H, J, B, B]
    wide = build_line_infos(["（上接第二版）", "青石镇举办第三届茶文化节暨茶叶产品展销会", *texts[2:]])
    roles = [J, H] + [B] * 8
    veto_heads_beside_jumps(wide, roles)
    assert roles[:2] == [J, H]


def test_the_text_over_a_jump_out_note_is_no_headline() -> None:
    """「（下转第二版）」 ends the text it sends on: the line right above it is that text."""
    from banmian.segment.runon import veto_heads_beside_jumps

    texts = ["购点为种粮大户开辟了", "绿色通道，收购进度比"] * 3 + ["上年同期快了", "（下转第二版）", "青石镇茶叶节开幕"]
    lines = build_line_infos(texts)
    roles = [B] * 6 + [H, Role.JUMP, H]
    veto_heads_beside_jumps(lines, roles)
    assert roles[6:] == [B, Role.JUMP, H]


def test_a_full_line_under_a_wide_headline_line_keeps_its_place_in_the_stack() -> None:
    """Under a kicker set across columns, a title line filling the column stays a headline against
    the classifier's doubt, while a line short of the column by an indent (a paragraph's opening,
    pdfium having dropped the indent) is still given back to the text."""
    from banmian.segment.learnedroles import combine_learned

    body = "林晓在会上说，青石镇今年新修了两条路。"
    texts = [body] * 6 + ["临江县青石镇推进乡村道路建设，新修道路三十公里", "{}", body, body]

    def settled(second: str) -> list[Role]:
        lines = build_line_infos([t.replace("{}", second) for t in texts])
        roles = [B] * 6 + [H, H, B, B]
        probs = [LineProbs(0.0, 0.0, 0.0, 1.0)] * len(lines)
        probs[6] = LineProbs(0.6, 0.0, 0.0, 0.4)
        probs[7] = LineProbs(0.1, 0.0, 0.0, 0.9)
        combine_learned(lines, roles, False, probs)
        return roles[6:8]

    assert settled("群众出行有了幸福路家门口通上柏油路") == [H, H]  # fills the column: the title
    assert settled("村里的何春生老人，逢人") == [H, B]  # short by an indent: the text's first line


def test_a_headline_between_a_photos_credit_and_a_byline_is_kept_whole() -> None:
    """A caption closed by its credit is finished text: the headline under it, over the next
    article's byline, stays a headline whatever the classifier doubts of its lines."""
    from banmian.segment.learnedroles import combine_learned

    texts = ["林晓在会上说，青石镇今年新修了两条路。"] * 4 + [
        "图为青石镇村民在田间收割晚稻。何春生 摄",
        "临江县举办第五届",
        "春季运动会",
        "本报讯（记者 林晓）四月十日，运动会开幕。",
    ]
    lines = build_line_infos(texts)
    roles = [B] * 4 + [Role.CAPTION, H, H, B]
    doubted = LineProbs(0.05, 0.0, 0.0, 0.95)
    probs = [LineProbs(0.0, 0.0, 0.0, 1.0)] * 4 + [LineProbs(0.0, 0.0, 0.9, 0.1), doubted, doubted, LineProbs(0.0, 0.0, 0.0, 1.0)]
    combine_learned(lines, roles, False, probs)
    assert roles[5:7] == [H, H]


def test_a_column_label_under_a_headline_line_is_the_headlines_last_line() -> None:
    """「……越过越」/「好”（乡村振兴纪实）」: the line closing the headline's quotation with its column's
    label is a headline line, and so the line above it stays one; a text line ending in a bracket
    after a comma, or a jump note, stays text."""
    from banmian.segment.runon import mark_labelled_tails

    def settled(rows: list[tuple[str, Role]]) -> list[Role]:
        lines = build_line_infos([text for text, _ in rows])
        roles = [role for _, role in rows]
        mark_labelled_tails(lines, roles)
        veto_words_across_breaks(lines, roles)
        return roles

    tail = [("“青石镇的日子越过越", H), ("好”（乡村振兴纪实）", B), ("今年以来，青石镇新修了三条路。", B)]
    assert settled(tail) == [H, H, B]
    assert settled([("临江县举办春季运动会", H), ("（体育新闻）", B), ("四月十日，运动会开幕。", B)])[1] == H
    assert settled([("临江县举办春季运动会", H), ("林晓说，今年新修了三条路（县道）", B)])[1] == B
    assert settled([("临江县举办春季运动会", H), ("（下转第二版）", B)])[1] == B


def test_a_texts_opening_under_a_wide_headline_is_text_when_a_full_line_goes_on_from_it() -> None:
    """Under a title set across columns, a line short by an indent over a full line of text is the
    text's opening (pdfium dropped its indent); a title's second line has the short opening under
    it, and a title under a kicker ending in a dash stays."""
    from banmian.segment.runon import veto_openings_under_wide_headlines

    body = ["林晓在会上说，青石镇今年", "新修了两条路，村民出行更", "方便了，大家都很高兴。"] * 3
    wide = "临江县推进乡村道路建设成效明显"

    def settled(rows: list[tuple[str, Role]]) -> list[Role]:
        lines = build_line_infos([t for t, _ in rows] + body)
        roles = [r for _, r in rows] + [B] * len(body)
        veto_openings_under_wide_headlines(lines, roles)
        return roles[: len(rows)]

    opening = [(wide, H), ("县交通局日前通报了", H), ("前三季度全县农村公路建", B)]
    assert settled(opening) == [H, B, B]
    second = [(wide, H), ("青石镇村民出行方便", H), ("县交通局近日发布", B), ("前三季度全县农村公路建", B)]
    assert settled(second) == [H, H, B, B]
    led = [("临江县推进乡村道路建设成效明显——", H), ("县交通局日前通报了", H), ("前三季度全县农村公路建", B)]
    assert settled(led)[1] == H


def test_a_headline_ending_on_a_longer_word_that_ends_on_a_hanging_character_stays() -> None:
    """及 hangs as a conjunction (「……收入及」, 「……以及」), 的 as a particle, not at the end of an idiom
    (「……望尘莫及」) or a noun (「……目的」)."""
    text = ("10月2日，全县新修的三条", B)
    assert settle([("山村网络望尘莫及", H), text]) == [H, B]
    assert settle([("青石镇实现目的", H), text]) == [H, B]
    assert settle([("全镇农民收入及", H), text]) == [B, B]
    assert settle([("全县图书馆以及", H), text]) == [B, B]


def test_a_column_label_broken_over_two_lines_under_a_headline_line_is_the_headlines() -> None:
    """「……（青石」/「人物谱）」: the label opened on one line and closed on the next, under the
    title's first line, belongs to the title; read alone they looked like text."""
    lines = build_line_infos(["林晓：扎根山村 守护", "青山（青石", "人物谱）", "林晓，1953年生于临江县青石镇，1974年参加工作。"])
    roles = [Role.HEADING, Role.BODY, Role.BODY, Role.BODY]
    mark_labelled_tails(lines, roles)
    assert roles == [Role.HEADING, Role.HEADING, Role.HEADING, Role.BODY]


def test_a_bracket_opened_in_running_text_is_no_label() -> None:
    lines = build_line_infos(["林晓：扎根山村", "他说，青山（青石", "人物谱）", "林晓生于临江县青石镇。"])
    roles = [Role.HEADING, Role.BODY, Role.BODY, Role.BODY]
    mark_labelled_tails(lines, roles)
    assert roles[1] is Role.BODY


def test_no_word_runs_into_a_line_printed_indented() -> None:
    """「……建镇60周年」 over 「纪念活动……」 reads 「年纪」 across the break, unless the line below is
    printed indented: it opens a paragraph, and the headline over it stays one."""
    title = ("青石镇庆祝建镇60周年", H)
    assert settle([title, ("　　纪念活动昨天在镇文化广场举行，", B)]) == [H, B]
    assert settle([title, ("纪念活动昨天在镇文化广场举行，", B)]) == [B, B]
