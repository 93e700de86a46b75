"""What follows a would-be headline (segment.headrules): a line that ends short because the
number opening the next line could not be broken off is running text, not an indented paragraph
start. Invented texts in a column of 14.5 em, printed without indents or blank lines as pdfium
prints them."""

from __future__ import annotations

import banmian
from banmian.layout.lines import build_line_infos
from banmian.segment.headrules import (
    FOLLOW_PARAGRAPH,
    FOLLOW_TEXT,
    TAGGED_TITLE,
    _what_follows,
    mark_headings,
)
from banmian.segment.roles import _BODY, Role

FULL = ["临江县青石镇今年新修村道，路面", "全部硬化，沿线还种下了行道树，", "村民出行比往年方便了许多，集市"]
OPENING = "何春生介绍全镇新修的村道"  # 12 em: a paragraph's first line, or a headline
SHORT = "总长比去年多出一倍有余达"  # 12 em of a 14.5 em column: 2.5 em short


def follows(next_line: str) -> str:
    lines = build_line_infos([*FULL, OPENING, SHORT, next_line, *FULL])
    assert lines[4].column_width - lines[4].width == 2.5
    return _what_follows(lines, [_BODY] * len(lines), 4)


def test_a_line_short_of_a_number_it_could_not_hold_goes_on() -> None:
    assert follows("2019.5公里，比规划多出三成，") == FOLLOW_TEXT


def test_a_short_line_before_plain_text_opens_a_paragraph() -> None:
    assert follows("这是全镇历史上最长的一年，") == FOLLOW_PARAGRAPH


def test_a_line_closing_with_one_character_the_clause_above_goes_on() -> None:
    """「从今年全镇新修的村道里程」/「看，……」: one character and a comma finish on the next line
    the clause the short line began, which is text going on, not a paragraph's first line."""
    lines = build_line_infos([*FULL, OPENING, "从今年全镇新修的村道里程", "看，比去年多出一倍有余，", *FULL])
    assert lines[5].column_width - lines[5].width >= 1.0  # short enough to read as an opening
    assert _what_follows(lines, [_BODY] * len(lines), 5) == FOLLOW_TEXT
    # Listed items open on a numeral and 、: a paragraph's first line after all.
    lines = build_line_infos([*FULL, OPENING, "一、全镇新修的村道比去年", *FULL])
    assert _what_follows(lines, [_BODY] * len(lines), 4) == FOLLOW_PARAGRAPH


def test_a_number_too_short_to_explain_the_gap_does_not_count() -> None:
    assert follows("5公里，比规划多出了三成，镇里") == FOLLOW_PARAGRAPH


# A box of briefs printed without blank lines or indents (pdfium): the first brief's closing credit
# is broken over two lines, and the title of the next brief follows it, over a first line short by
# its lost indent.
BRIEFS = [
    "临江县青石镇近日举办农民读书节，全镇",
    "十二个村的农家书屋同时开放，村民们在",
    "书屋里读书看报，交流种植和养殖经验。",
    "镇文化站为各村送去新书三千册。（林晓 何",
    "春生）",
    "春耕前夕青石镇喜事一桩接一桩",
    "青石镇首批十五家家庭农场日前挂牌，",
    "农场主们在镇农技站指导下制定了今年的",
    "种植计划，预计每户年增收两万元以上。",
    "（王丽）",
]


def test_a_title_after_a_credit_broken_over_two_lines_heads_the_next_brief() -> None:
    page = banmian.parse("\n".join(BRIEFS) + "\n")
    titles = [article.title.text if article.title else None for article in page.articles]
    assert titles == [None, "春耕前夕青石镇喜事一桩接一桩"]
    assert [a["authors"] for a in page.to_dict()["articles"]] == [["林晓", "何春生"], ["王丽"]]


def test_a_line_closed_by_a_column_tag_is_title_shaped_however_full() -> None:
    """「……吗？（民生观察②）」 fills its column and holds a question mark, yet a paper sets its
    column's name after a title only; a brief's credit of names in brackets is no such tag."""
    assert TAGGED_TITLE.match("乡村公路修到家门口了吗？（民生观察②）")
    assert TAGGED_TITLE.match("青石镇走出茶叶致富新路子（乡村振兴）")
    assert not TAGGED_TITLE.match("运动会在体育中心圆满结束。（林晓 何春生）")
    assert not TAGGED_TITLE.match("县里今年新修公路，方便出行（详见第二版）")
    text = [
        "",
        "乡村公路修到家门口了吗？（民生观察②）",
        "今年以来，临江县新修和改造农村公路一百",
        "二十公里，全县所有行政村都通了硬化路。",
        "县交通局有关负责人介绍，明年还将实施一",
        "批通村道路提档升级工程，方便群众出行。",
        "",
    ]
    lines = build_line_infos(text)
    roles = [_BODY] * len(lines)
    mark_headings(lines, roles, blank_marked=True, indents=False)
    assert roles[1] is Role.HEADING and roles[2] is _BODY


def test_the_line_under_a_notice_title_opens_its_text_however_short() -> None:
    """A notice's text begins right under its whole title: its first line, short by the indent the
    extractor dropped, over a line that also ends short (its figures are narrow), is no second
    headline line; a letter-spaced line there is a title under a kicker ending on a notice word."""
    rows = [
        "关于临江县城区部分区域临时停水的通知",
        "因青石路供水管网改造",
        "施工需要，定于10月10",
        "日8时至20时对青石路沿线",
        "区域暂停供水，请沿线居民",
        "提前做好储水准备，给您带",
        "来的不便敬请谅解。",
    ]
    lines = build_line_infos(rows)
    roles = [Role.HEADING, *[_BODY] * (len(rows) - 1)]
    mark_headings(lines, roles, blank_marked=False, indents=False)
    assert roles[1:] == [_BODY] * (len(rows) - 1)
    spaced = build_line_infos([rows[0], "青 石 路 今 日 停 水", *rows[2:]])
    roles = [Role.HEADING, *[_BODY] * (len(rows) - 1)]
    mark_headings(spaced, roles, blank_marked=False, indents=False)
    assert roles[1] is Role.HEADING


#: A box of briefs as pdftotext prints it (blank lines between blocks): the label, then the first
#: brief's title in one block with its text. The title, 12 em of a 14.5 em column, is short as a
#: paragraph's first line would be; the line under it is short so too (2 em).
BOX = [
    *FULL,
    "",
    "简讯",
    OPENING,
    "12日，临江县青石镇的农家书",
    "屋迎来了开馆以来的第一万名读者，",
    "镇里为这位读者送上了一套新书。",
]


def box_roles(blank_marked: bool) -> list[Role]:
    lines = build_line_infos(BOX)
    roles = [Role.BLANK if line.blank else _BODY for line in lines]
    roles[4] = Role.HEADING  # the box's label
    mark_headings(lines, roles, blank_marked=blank_marked, indents=False)
    return roles


def test_a_short_line_under_a_box_label_over_a_first_line_heads_the_first_brief() -> None:
    """Two lines in a row short by an indent: the upper is no paragraph's first line (a paragraph
    goes on in a full line), and under the box's label nothing needs finishing first."""
    roles = box_roles(blank_marked=True)
    assert roles[5] is Role.HEADING
    assert roles[6:] == [_BODY] * 3



TAG_UNDER_TITLE = [
    "本报讯（记者 何春生）临江县",
    "第三届乡村运动会日前在县体",
    "育中心开幕，来自全县十二个",
    "乡镇的一千多名选手参加比赛。",
    "“青石镇的茶园一年比一年美”",
    "（乡村新貌·茶乡行）",
    "　　新华社临江3月5日电",
    "（记者 林晓）走进青石镇，漫",
    "山遍野的茶园层层叠叠，一派",
    "繁忙景象。",
    "　　村民周敏告诉记者，今年",
    "春茶长势喜人，收购价也比去",
    "年高。",
]


def test_a_column_tag_alone_on_its_line_closes_the_title_above_it() -> None:
    """The tag in brackets alone on its line reads as a brief's credit of names by its shape, yet
    under a title's words, over a byline, it closes that title: the article under it is found."""
    page = banmian.parse("\n".join(TAG_UNDER_TITLE) + "\n")
    assert [a.title.text if a.title else None for a in page.articles] == [
        None,
        "“青石镇的茶园一年比一年美”（乡村新貌·茶乡行）",
    ]
    assert page.articles[1].byline.text == "新华社临江3月5日电（记者 林晓）"


def test_a_bracket_of_names_under_a_briefs_last_line_is_its_credit_not_a_tag() -> None:
    """「（周敏）」 alone under a brief's last line, which ends no sentence, credits the brief: the
    title under it stays the next brief's."""
    text = [
        "临江县举办春季招聘会",
        "本报讯 临江县日前举办春季招聘会，八十余家企业提供岗位两千多个。",
        "现场达成就业意向六百余人",
        "（周敏）",
        "青石镇茶园开采",
        "本报讯 青石镇的明前茶日前开采，茶农们忙着采摘。",
        "今年茶叶收购价比去年高了一成",
        "（林晓）",
        "何春生当选县青联主席",
        "本报讯 临江县青年联合会日前换届，何春生当选主席。",
    ]
    articles = banmian.parse("\n".join(text) + "\n").articles
    assert [a.title.text if a.title else None for a in articles] == ["临江县举办春季招聘会", "青石镇茶园开采", "何春生当选县青联主席"]
    assert all(a.subtitle is None for a in articles)


def test_a_column_tag_over_a_caption_is_left_to_the_photo_title_rule() -> None:
    """Over a caption the title and its tag are a photo's, which ``captions.mark_photo_titles``
    reads with the caption: the heading rules leave both lines alone."""
    text = ["", "大山深处采茶人", "（乡村新貌·茶乡行）", "图为村民在青石镇茶园采茶。林晓 摄", ""]
    lines = build_line_infos(text)
    roles = [_BODY, _BODY, _BODY, Role.CAPTION, _BODY]
    mark_headings(lines, roles, blank_marked=True, indents=False)
    assert roles[1:3] == [_BODY, _BODY]
