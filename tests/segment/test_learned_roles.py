"""The learned classifier's headlines where blank lines mark pdftotext's blocks (segment.learnedroles)."""

from __future__ import annotations

import banmian
import banmian.segment.learnedroles as learnedroles
from banmian.layout.lines import build_line_infos
from banmian.segment.lineclass import LineProbs
from banmian.segment.roles import Role
from pagetext import body

FINISHED = ["江北县图书馆新馆日前开馆，馆藏图", "书二十万册。（何春生）"]
TEXT = ["经过五年发展的青石镇乡村电影节，", "已成为全镇对外交流的一扇窗口。"]
HEAD = LineProbs(0.9, 0.0, 0.0, 0.1)
BODY = LineProbs(0.0, 0.0, 0.0, 1.0)


def combined(above: list[str], title: list[str]) -> list[Role]:
    """Roles of ``title`` once combined, the classifier sure of its lines and of nothing else."""
    rows = [*above, "", *title, *TEXT]
    lines = build_line_infos(rows)
    roles = [Role.BLANK if line.blank else Role.BODY for line in lines]
    first = len(above) + 1
    probs = [HEAD if first <= k < first + len(title) else BODY for k in range(len(rows))]
    learnedroles.combine_learned(lines, roles, True, probs)
    return roles[first : first + len(title)]


def test_a_title_opening_a_block_after_a_finished_text_is_a_headline() -> None:
    assert combined(FINISHED, ["为乡村影人", "搭起展映舞台"]) == [Role.HEADING, Role.HEADING]


def test_without_the_rule_a_title_printed_in_its_texts_block_stays_text(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(learnedroles, "_opens_block_after_finished_text", lambda *args: False)
    assert combined(FINISHED, ["为乡村影人", "搭起展映舞台"]) == [Role.BODY, Role.BODY]


def test_a_block_going_on_with_an_unfinished_sentence_is_text() -> None:
    assert combined(["江北县图书馆新馆日前开馆，馆藏图", "书二十万册，设有少儿阅览区和"], ["为乡村影人", "搭起展映舞台"]) == [Role.BODY, Role.BODY]


def test_a_line_with_a_clause_mark_or_a_notices_office_is_no_such_title() -> None:
    assert combined(FINISHED, ["记者日前从县里", "获悉：入春以来"]) == [Role.BODY, Role.BODY]
    assert combined(["特此通告。"], ["临江县公安局"]) == [Role.BODY]


def block_tail(rows: list[str], layout_rows: bool = False) -> Role:
    """Role of the last of ``rows`` (a text block), which the classifier is sure of as a headline,
    over a blank line and the next block's title."""
    all_rows = [*rows, "", "青石镇乡村电影节开幕", "", *TEXT]
    lines = build_line_infos(all_rows)
    roles = [Role.BLANK if line.blank else Role.BODY for line in lines]
    last = len(rows) - 1
    probs = [HEAD if k == last else BODY for k in range(len(all_rows))]
    learnedroles.combine_learned(lines, roles, True, probs, layout_rows=layout_rows)
    return roles[last]


#: A column's text whose last line, a paragraph's first cut off by the column's foot, ends its block.
CUT_OFF = ["县里今年新建了三处就业服务站，各乡", "镇也办起了招聘会。", "主办方邀请青石镇"]


def test_a_learned_headline_ending_a_block_under_its_text_is_text() -> None:
    assert block_tail(CUT_OFF) is Role.BODY
    assert block_tail(["县里今年新建了三处就业服务站，各乡", "镇也办起了招聘会，主办方邀请青石镇"]) is Role.BODY


def test_without_the_rule_or_on_a_layout_dumps_rows_it_is_a_headline(monkeypatch) -> None:  # noqa: ANN001
    assert block_tail(CUT_OFF, layout_rows=True) is Role.HEADING
    monkeypatch.setattr(learnedroles, "_tail_of_a_text_block", lambda *args: False)
    assert block_tail(CUT_OFF) is Role.HEADING


def test_a_learned_headline_in_a_block_of_its_own_stays_one() -> None:
    assert block_tail(["县里今年新建了三处就业服务站，各乡", "镇也办起了招聘会。", "", "主办方邀请青石镇"]) is Role.HEADING


#: Hard-wrapped text of the column above, so that the page reads as wrapped (not a paragraph a line).
WRAPPED = [
    "临江县今年春耕备耕工作开局良好。",
    "全县已完成翻耕面积三万余亩。各乡",
    "镇农技站组织技术人员深入田间地头。",
    "指导农户科学育秧、合理施肥。",
]
#: A column of body text whose paragraph ends short, then a caption set wider, across the photo.
COLUMN = [*WRAPPED, "青石镇今年新修的机耕道通到了各村", "的田头，春耕的农机下田更方便了，", "村民们的劲头更足了。"]
WIDE_CAPTION = ["3月12日，临江县青石镇的农机手驾驶拖拉机在田间翻耕。图为农机手在田头检修农机。 林晓 摄"]
CAPTION = LineProbs(0.0, 0.0, 0.9, 0.1)


def caption_roles(column: list[str]) -> list[Role]:
    """Roles of the column's lines once combined, the classifier taking its last line for the lead
    of the caption below (as it does, reading a wide caption line under a short one)."""
    rows = [*column, *WIDE_CAPTION]
    lines = build_line_infos(rows)
    roles = [Role.BODY] * len(column) + [Role.CAPTION]
    probs = [BODY] * (len(column) - 1) + [CAPTION, CAPTION]
    learnedroles.combine_learned(lines, roles, False, probs)
    return roles[: len(column)]


def test_a_paragraphs_short_last_line_over_a_caption_stays_text() -> None:
    assert caption_roles(COLUMN)[-1] is Role.BODY


def test_a_full_column_line_over_a_wider_caption_stays_text() -> None:
    # A caption is one paragraph in one measure: a column's full line is not its lead either.
    assert caption_roles([*COLUMN[:-1], "临江县青石镇的农机手在田间翻耕。"])[-1] is Role.BODY


def test_a_line_in_the_captions_measure_may_be_its_lead() -> None:
    lead = "临江县青石镇今天举行春耕农机展示活动，全镇四十余台农机和两百多名农机手参加展示。"
    assert caption_roles([*COLUMN[:-1], lead])[-1] is Role.CAPTION


#: The classifier's doubt of a plain title set one column wide (under PLAIN_CLAUSELESS_VETO_PROBABILITY).
DOUBTED = LineProbs(0.05, 0.0, 0.0, 0.95)


def after_brief(title: list[str]) -> list[Role]:
    """Roles of ``title``, a headline of the rules right under a brief closed by its authors and over
    text, once combined where no blank lines mark blocks (pdfium), the classifier doubting it."""
    rows = [*WRAPPED, *FINISHED, *title, *TEXT]
    lines = build_line_infos(rows)
    first = len(WRAPPED) + len(FINISHED)
    roles = [Role.HEADING if first <= k < first + len(title) else Role.BODY for k in range(len(rows))]
    probs = [DOUBTED if first <= k < first + len(title) else BODY for k in range(len(rows))]
    learnedroles.combine_learned(lines, roles, False, probs)
    return roles[first : first + len(title)]


def test_a_headline_under_a_brief_closed_by_its_authors_is_kept_against_the_classifier() -> None:
    assert after_brief(["青石镇乡村电影节开幕"]) == [Role.HEADING]
    assert after_brief(["青石镇第三届", "乡村电影节开幕"]) == [Role.HEADING, Role.HEADING]


def test_without_the_rule_the_classifier_vetoes_it(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(learnedroles, "_heads_after_credits", lambda *args: set())
    assert after_brief(["青石镇乡村电影节开幕"]) == [Role.BODY]


def test_a_line_with_a_mark_of_running_text_under_a_brief_is_not_kept() -> None:
    assert after_brief(["“要不是乡亲们帮忙，这"]) == [Role.BODY]


def test_a_headline_under_text_ending_without_a_credit_is_not_kept() -> None:
    rows = [*WRAPPED, "书二十万册。", "青石镇乡村电影节开幕", *TEXT]
    lines = build_line_infos(rows)
    roles = [Role.HEADING if k == len(WRAPPED) + 1 else Role.BODY for k in range(len(rows))]
    probs = [DOUBTED if k == len(WRAPPED) + 1 else BODY for k in range(len(rows))]
    learnedroles.combine_learned(lines, roles, False, probs)
    assert roles[len(WRAPPED) + 1] is Role.BODY


#: A column of text (no blank lines: the classifier's doubts decide), a sentence ending at its last line.
ENDED = ["临江县今年新修通村公路一百二十公里，", "全县所有行政村都通上了硬化路。"]
#: The next paragraph's opening, short of the column by its indent.
OPENING = ["“路通了，我们的茶叶能直接卖到", "县城里去。”青石镇茶农林晓说。"]
#: The classifier all but rules the line out, as it does a column's plain line (0.03).
DOUBTED = LineProbs(0.02, 0.01, 0.0, 0.97)


def between_sentences(line: str, opening: list[str] = OPENING, above: list[str] = ENDED) -> Role:
    """Role of ``line``, a headline of the rules that the classifier doubts, set between ``above``
    and ``opening``."""
    rows = [*above, line, *opening]
    lines = build_line_infos(rows)
    roles = [Role.BODY] * len(rows)
    roles[len(above)] = Role.HEADING
    probs = [BODY] * len(rows)
    probs[len(above)] = DOUBTED
    learnedroles.combine_learned(lines, roles, False, probs)
    return roles[len(above)]


def test_a_short_bare_line_between_two_sentences_stays_a_heading() -> None:
    assert between_sentences("山乡新貌") is Role.HEADING


def test_without_the_short_line_rule_the_classifier_vetoes_it(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(learnedroles, "_short_heads_between_sentences", lambda *args: set())
    assert between_sentences("山乡新貌") is Role.BODY


def test_a_line_after_an_unfinished_sentence_is_left_to_the_classifier() -> None:
    assert between_sentences("山乡新貌", above=["临江县今年新修通村公路一百二十公里，", "全县所有行政村"]) is Role.BODY


def test_a_line_near_its_columns_measure_is_left_to_the_classifier() -> None:
    assert between_sentences("青石镇的茶园面积今年又扩大") is Role.BODY


def test_a_line_with_a_mark_or_a_marked_ending_is_left_to_the_classifier() -> None:
    assert between_sentences("路通，茶兴") is Role.BODY
    assert between_sentences("山乡新貌——") is Role.BODY


def test_a_line_the_next_line_goes_on_from_is_left_to_the_classifier() -> None:
    # 「……各单位」/「和居民……」: the next line cannot open a sentence; 「……指」/「出，……」: a word across.
    assert between_sentences("请沿线各单位", ["和居民提前做好出行安排，", "注意交通安全。"]) is Role.BODY
    assert between_sentences("林晓在会上指", ["出，今年全县将新修通村公", "路一百公里。"]) is Role.BODY
    # 「……平均海拔」/「1200米……」: a number goes on from the line above (its width unsure, too).
    assert between_sentences("青石镇平均海拔", ["1200米，气候温和，适宜", "种植高山茶。"]) is Role.BODY


def test_a_notices_office_or_a_line_with_digits_is_left_to_the_classifier() -> None:
    assert between_sentences("临江县交通运输局") is Role.BODY
    assert between_sentences("新修公路120公里") is Role.BODY


#: The next paragraph's opening as a paragraph opens: short of the column by its indent, over a
#: full line.
INDENTED_OPENING = ["“路通了，我们的茶叶能直接卖", "到县城里去，价钱也比从前好多了。”", "青石镇茶农林晓说。"]


def test_a_line_set_short_over_a_paragraphs_opening_stays_a_heading_whatever_its_marks() -> None:
    assert between_sentences("先修路，再兴茶", INDENTED_OPENING) is Role.HEADING
    assert between_sentences("“茶路”通了，茶园兴了", INDENTED_OPENING) is Role.HEADING


def test_without_the_opening_rule_the_classifier_vetoes_a_heading_holding_a_comma(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(learnedroles, "_over_paragraph_opening", lambda *args: False)
    assert between_sentences("先修路，再兴茶", INDENTED_OPENING) is Role.BODY


def test_a_line_over_text_that_opens_no_paragraph_or_nearly_full_is_left_to_the_classifier() -> None:
    # Over a line as wide as the one under it, the line may be a paragraph's first, going on.
    assert between_sentences("先修路，再兴茶", OPENING) is Role.BODY
    # Within an em of the column: a justified line of text that goes on.
    assert between_sentences("林晓说，先修路再兴茶是全镇的共识", INDENTED_OPENING) is Role.BODY
    # A quote left open goes on into the next line; two phrases spaced apart are the classifier's.
    assert between_sentences("“先修路，再兴茶", INDENTED_OPENING) is Role.BODY
    assert between_sentences("先修通村公路  再兴青石茶园", INDENTED_OPENING) is Role.BODY


def closing_roles(
    title: list[str], after: list[str], after_role: Role = Role.FURNITURE, above: list[str] = ENDED
) -> list[Role]:
    """Roles of ``title``, found a headline by the rules and doubted by the classifier, between
    ``above`` (a finished text) and ``after`` (furniture, as the rules found it, unless
    ``after_role`` says)."""
    rows = [*above, *title, *after]
    lines = build_line_infos(rows)
    heads = range(len(above), len(above) + len(title))
    roles = [Role.HEADING if k in heads else after_role if k >= heads.stop else Role.BODY for k in range(len(rows))]
    probs = [DOUBTED if k in heads else BODY for k in range(len(rows))]
    learnedroles.combine_learned(lines, roles, False, probs)
    return roles[heads.start : heads.stop]


CLOSING_TITLE = ["青石镇新修通村公路", "路通了，茶叶出山了"]


def test_the_headline_closing_a_page_read_body_first_is_kept_against_the_classifier() -> None:
    """A title after its body with only the masthead under it (「……，……」 holding a comma, which
    the classifier doubts) goes on into no text: it stays a headline."""
    assert closing_roles(CLOSING_TITLE, ["临江日报", "2024年3月12日 星期二"]) == [Role.HEADING, Role.HEADING]
    assert closing_roles(CLOSING_TITLE, []) == [Role.HEADING, Role.HEADING]


def test_without_the_rule_the_doubted_lines_of_the_closing_headline_are_text(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(learnedroles, "_heads_closing_the_text", lambda *args: set())
    assert Role.BODY in closing_roles(CLOSING_TITLE, ["临江日报"])


def test_a_run_over_more_text_or_ending_a_sentence_is_left_to_the_classifier() -> None:
    assert Role.BODY in closing_roles(CLOSING_TITLE, OPENING, after_role=Role.BODY)
    assert Role.BODY in closing_roles(["青石镇新修通村公路", "路通了，茶叶出山了。"], ["临江日报"])
    assert Role.BODY in closing_roles(CLOSING_TITLE, ["临江日报"], above=["临江县今年新修通村公路一百二十公里，"])


def credit_line_roles(above: list[str], credit: str) -> list[Role]:
    """Roles of a line of bracketed names under ``above`` and over a photographer's credit, the
    classifier sure that the names are a headline (as it is over a photo's credit)."""
    rows = [*above, credit, "周敏 摄", "本报讯（记者 林晓）3月12日，县里召开春耕动员会。"]
    lines = build_line_infos(rows)
    roles = [Role.CAPTION if k == len(above) + 1 else Role.BODY for k in range(len(rows))]
    probs = [HEAD if k == len(above) else BODY for k in range(len(rows))]
    learnedroles.combine_learned(lines, roles, False, probs)
    return roles[: len(above) + 1]


def test_a_briefs_closing_credit_on_its_own_line_is_no_headline() -> None:
    """「（林晓 何春生）」 under a brief's last sentence closes the brief: taken for the title of the
    photo under it, it cut the brief's authors off and made a photo of them."""
    assert credit_line_roles(FINISHED[:1] + ["书二十万册。"], "（林晓 何春生）")[-1] is Role.BODY


def test_without_the_rule_the_classifier_makes_the_credit_a_headline(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(learnedroles, "_closing_credit_line", lambda *args: False)
    assert credit_line_roles(FINISHED[:1] + ["书二十万册。"], "（林晓 何春生）")[-1] is Role.HEADING


def test_a_bracketed_tag_under_a_headline_line_is_left_to_the_classifier() -> None:
    """A column's tag wrapped under its title (「（青石论坛）」) follows a line that ends no sentence."""
    assert credit_line_roles(["青石镇新修通村公路"], "（青石论坛）")[-1] is Role.HEADING


#: A body ending a sentence (about new roads), then the next article's opening (about a tea fair),
#: in a column of 16 characters: the paragraph's first line short by its indent.
ROAD_TEXT = [
    "临江县今年新修通村公路一百二十公",
    "里，全县所有行政村都通上了硬化路",
    "面，沿途村民出门时间平均缩短了一",
    "半，农产品运输成本明显下降。",
]
TEA_OPENING = [
    "第五届青石镇春茶节开幕，来自",
    "周边六个县市的二百多家茶企带着新",
    "茶参展，现场签约金额超过三千万元",
    "，茶农何春生说今年的销路不用愁。",
]


#: A title as wide as the column's lines (a line set short is kept by ``_over_paragraph_opening``).
WIDE_ROAD_TITLE = "临江县通村公路全部硬化出行更方便"


def test_a_title_as_wide_as_a_line_between_two_articles_stays_a_heading() -> None:
    """A title drawn after its body (it restates the body's words) over the next article's first
    paragraph: a paragraph's first line would go on into the line under it."""
    assert between_sentences(WIDE_ROAD_TITLE, TEA_OPENING, ROAD_TEXT) is Role.HEADING


def test_without_the_topic_break_rule_the_classifier_vetoes_the_wide_title(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(learnedroles, "_over_paragraph_at_topic_break", lambda *args: False)
    assert between_sentences(WIDE_ROAD_TITLE, TEA_OPENING, ROAD_TEXT) is Role.BODY


def test_a_wide_line_where_the_text_goes_on_with_its_matter_is_left_to_the_classifier() -> None:
    """A section's heading inside one article: the text below talks of the same roads."""
    road_opening = ["通村公路修好后临江县又在沿线", *ROAD_TEXT[1:]]
    assert between_sentences(WIDE_ROAD_TITLE, road_opening, ROAD_TEXT) is Role.BODY


def test_a_wide_line_restating_neither_side_is_left_to_the_classifier() -> None:
    """Two images (「山青水秀 人和家兴」), no title's words: a section's heading or text."""
    assert between_sentences("山高水长云淡风轻鸟语花香春和景明", TEA_OPENING, ROAD_TEXT) is Role.BODY


#: A column's full line closing a title with its column's tag: as wide as a line of text.
TAGGED = "青石镇茶园为何年年丰收（青石观察）"


def test_a_title_closed_by_its_columns_tag_under_a_finished_sentence_stays_a_heading() -> None:
    """The classifier reads the line as a full line of text; the tag closing a title's words,
    under a finished sentence, keeps it a headline."""
    assert between_sentences(TAGGED, ["今年春天，青石镇的茶农又迎来了", "一个丰收年。"]) is Role.HEADING


def test_without_the_tag_rule_the_classifier_vetoes_the_tagged_title(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(learnedroles, "_tagged_heads_after_sentences", lambda *args: set())
    assert between_sentences(TAGGED, ["今年春天，青石镇的茶农又迎来了", "一个丰收年。"]) is Role.BODY


def test_a_column_tag_of_two_or_three_characters_closes_a_title_too() -> None:
    below = ["今年春天，青石镇的茶农又迎来了", "一个丰收年。"]
    assert between_sentences("青石镇茶园又丰收（茶乡行）", below) is Role.HEADING
    assert between_sentences("青石镇茶园又丰收（茶话）", below) is Role.HEADING


def test_a_tagged_title_wrapped_over_two_lines_is_kept_whole() -> None:
    rows = [*ENDED, "青石镇茶园为何年", "年丰收（青石观察）", "今年春天，青石镇的茶农又迎来了", "一个丰收年。"]
    lines = build_line_infos(rows)
    roles = [Role.BODY] * len(rows)
    roles[2] = roles[3] = Role.HEADING
    probs = [BODY] * len(rows)
    probs[2] = probs[3] = DOUBTED
    learnedroles.combine_learned(lines, roles, False, probs)
    assert roles[2:4] == [Role.HEADING, Role.HEADING]


def test_a_credit_in_brackets_or_a_line_after_an_unfinished_sentence_is_left_to_the_classifier() -> None:
    below = ["今年春天，青石镇的茶农又迎来了", "一个丰收年。"]
    assert between_sentences("青石镇的茶农采摘春茶（本报记者林晓摄）", below) is Role.BODY
    assert between_sentences("临江县茶叶协会（以下简称协会）", below) is Role.BODY
    assert between_sentences(TAGGED, below, above=["临江县今年新修通村公路一百二十公里，", "全县所有行政村"]) is Role.BODY


#: A kicker closed by its dash over its title, between a finished sentence and a paragraph's opening.
DASH_KICKER = ["青石镇茶产业不断壮大——", "小茶叶撑起富民大产业"]


def under_dash_kicker(opening: list[str]) -> list[Role]:
    """Roles of the kicker and title lines, both doubted by the classifier, over ``opening``."""
    rows = [*ENDED, *DASH_KICKER, *opening]
    lines = build_line_infos(rows)
    roles = [Role.BODY] * len(rows)
    probs = [BODY] * len(rows)
    for k in (len(ENDED), len(ENDED) + 1):
        roles[k], probs[k] = Role.HEADING, DOUBTED
    learnedroles.combine_learned(lines, roles, False, probs)
    return roles[len(ENDED) : len(ENDED) + 2]


def test_a_title_under_a_dash_kicker_over_a_paragraphs_opening_is_kept() -> None:
    assert under_dash_kicker(INDENTED_OPENING) == [Role.HEADING, Role.HEADING]


def test_without_the_dash_kicker_rule_the_classifier_vetoes_the_title(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(learnedroles, "_titles_under_dash_kickers", lambda *args: set())
    assert under_dash_kicker(INDENTED_OPENING)[1] is Role.BODY


def test_a_line_under_a_dash_going_on_in_a_full_line_is_left_to_the_classifier() -> None:
    """A run-in lead's text: the line under the dash goes on in a full line, no paragraph opens."""
    assert under_dash_kicker(["全镇的茶叶销售额今年增长三成以上，", "茶农的收入也明显提高了。"])[1] is Role.BODY


def test_a_title_naming_an_officials_engagement_after_a_finished_sentence_is_kept() -> None:
    """「何春生会见临江县茶商代表团」 as wide as its column, between one report's last sentence and
    the next report's text: the classifier reads such a line as text, which ran the two reports
    together; a name and what its bearer did make it a title."""
    rows = ["青石镇茶叶节开幕", "本报记者 周敏"]
    rows += body(
        "今年的茶叶节吸引了来自各地的茶商，镇里的茶农一早就把新茶运到了集市上，集市上摊位林立，热闹非凡。",
        "镇长说，茶叶节已经成了青石镇的一张名片，明年还要办得更好。",
    )
    rows += ["何春生会见临江县茶商代表团"]
    rows += body(
        "昨天上午，县长何春生在县政府会见了前来考察的茶商代表团，双方就茶叶收购和加工合作谈了各自的打算。",
        "代表团成员表示，将在青石镇建设收购站，带动更多茶农增收。",
    )
    page = banmian.parse("\n".join(rows))
    assert [a.title.text if a.title else None for a in page.articles] == ["青石镇茶叶节开幕", "何春生会见临江县茶商代表团"]
    assert [len(a.paragraphs) for a in page.articles] == [2, 2]


def learned_heads_over(rows: list[str]) -> list[Role]:
    """Roles of ``rows`` under a finished text, where no blank lines mark blocks and the classifier
    is sure every one of them is a headline line."""
    lines = build_line_infos([*FINISHED, *rows])
    roles = [Role.BODY] * len(lines)
    probs = [BODY] * len(FINISHED) + [HEAD] * len(rows)
    learnedroles.combine_learned(lines, roles, False, probs)
    return roles[len(FINISHED) :]


def test_a_dateline_broken_before_its_dian_is_no_learned_headline() -> None:
    """A narrow column breaks a dateline before its 电 (「本报临江4月10」/「日电（记者 林晓）……」): both
    lines open the article's text, however sure the classifier is that they are a headline's."""
    roles = learned_heads_over(["本报临江4月10", "日电（记者 林晓）青", "石镇今年新建三座"])
    assert roles[:2] == [Role.BODY, Role.BODY]
    # A whole one too, and a headline line over either stays the classifier's.
    assert learned_heads_over(["青石镇新建三座桥", "本报讯（记者 林晓）青"]) == [Role.HEADING, Role.BODY]
