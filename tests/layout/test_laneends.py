"""Where a lane of a layout dump ends (layout.laneends, layout.sidebyside): a column's last
line after empty rows, the next article's headline over its byline, a headline in large type
reaching over the column beside it.

All text is invented, printed the way ``pdftotext -layout`` prints it (the columns side by side,
padded to their places).
"""

from __future__ import annotations

from banmian.layout.sidebyside import read_side_by_side

# The first column's last line stands five rows under the line before it (the second column's
# lines take the rows between): a paragraph's last line, short and ending a sentence.
LAST_LINE_APART = """\
林晓说，青石镇今年新修村道                 何春生介绍，临江县今年秋粮
十二条，全镇十八个村都通上                 播种面积比去年增加了三千亩
了水泥路，村民出门方便多了                 新建高标准农田一万二千亩，
了。过去山里的茶叶和竹器要                 全县粮食总产有望再创新高。
靠肩挑背扛运出去，如今货车                 周敏说，下一步还将继续推进
可以开到家门口，茶叶和竹器                 农田水利建设，确保明年春耕
从此能够直接运到县城，村民                 生产顺利进行。各乡镇已经组
的收入一年比一年多，大家的                 织技术人员下到田间地头，指
日子越过越红火，不少外出务                 导农户抢收抢晒，做到颗粒归
工的年轻人也回到村里办起了                 仓。县农业农村局还开通了服
                              务热线，随时解答农户在秋收
                              中遇到的问题。目前全县秋收
                              已完成七成以上，预计本月底
                              可以全部完成。
农家乐。
"""

# The next article's headline three rows under the first column's last line, its byline four
# rows further down: the column's text ends above the headline.
HEADLINE_UNDER_COLUMN = """\
林晓说，青石镇今年新修村道                 何春生介绍，临江县今年秋粮
十二条，全镇十八个村都通上                 播种面积比去年增加了三千亩
了水泥路，村民出门方便多了                 新建高标准农田一万二千亩，
了。过去山里的茶叶和竹器要                 全县粮食总产有望再创新高。
靠肩挑背扛运出去，如今货车                 周敏说，下一步还将继续推进
可以开到家门口，茶叶和竹器                 农田水利建设，确保明年春耕
从此能够直接运到县城，村民                 生产顺利进行。各乡镇已经组
的收入一年比一年多，大家的                 织技术人员下到田间地头，指
日子越过越红火，不少外出务                 导农户抢收抢晒，做到颗粒归
工的年轻人也回到村里办起了                 仓。县农业农村局还开通了服
                              务热线，随时解答农户在秋收
                              中遇到的问题。目前全县秋收
周敏当选临江县劳动模范                   已完成七成以上，预计本月底
                              可以全部完成。


本报讯（记者 林晓）青石镇
茶农周敏今年被评为临江县劳
动模范，她带领乡亲们种茶致
富的故事在全镇传为佳话。
"""

# A headline in large type starting at the left (its characters take more positions on the page
# than the dump prints): the second column's text above it ends there; the column under it is
# the next article's.
HEADLINE_ACROSS = """\
林晓说，青石镇今年新修村道                 何春生介绍，临江县今年秋粮                 临江县图书馆新建的少儿阅览
十二条，全镇十八个村都通上                 播种面积比去年增加了三千亩                 室昨天正式开放，阅览室位于
了水泥路，村民出门方便多了                 新建高标准农田一万二千亩，                 图书馆二楼东侧，面积三百多
了。过去山里的茶叶和竹器要                 全县粮食总产有望再创新高。                 平方米，室内设有绘本区、科
靠肩挑背扛运出去，如今货车                 周敏说，下一步还将继续推进                 普区和亲子阅读区，藏书一万
可以开到家门口，茶叶和竹器                 农田水利建设，确保明年春耕                 余册，开放首日，不少家长带
如今货车开到了家门口。                   生产顺利进行。各乡镇已经组                 着孩子前来借阅，馆长何春生
                              织技术人员下到田间地头，指                 介绍，阅览室每周二至周日开
                              导农户抢收抢晒，做到颗粒归                 放，节假日照常服务，还将定
                              仓。县农业农村局还开通了服                 期举办故事会和手工课，欢迎
                                                            小读者们前来。图书馆还在各
                                                            乡镇设立了十二个流动借阅点
临江县举行秋季运动会                                                  ，方便农村的孩子们就近借书
                                                            ，每个借阅点每月更换一批新
                                                            书，深受家长和孩子们的欢迎
                                                            。
本报讯（记者 何春生）临江                 运动会设田径、球类等十二个
县第十届秋季运动会昨天在青                 项目，共有两千余名运动员参
石镇中学开幕，各乡镇代表队                 加比赛。

"""

# The first column's paragraph ends a sentence, and its next paragraph opens five rows down,
# indented: the column's text goes on.
NEXT_PARAGRAPH_APART = """\
林晓说，青石镇今年新修村道                 何春生介绍，临江县今年秋粮
十二条，全镇十八个村都通上                 播种面积比去年增加了三千亩
了水泥路，村民出门方便多了                 新建高标准农田一万二千亩，
了。过去山里的茶叶和竹器要                 全县粮食总产有望再创新高。
靠肩挑背扛运出去，如今货车                 周敏说，下一步还将继续推进
可以开到家门口，茶叶和竹器                 农田水利建设，确保明年春耕
从此能够直接运到县城，村民                 生产顺利进行。各乡镇已经组
的收入一年比一年多，大家的                 织技术人员下到田间地头，指
日子越过越红火，不少外出务                 导农户抢收抢晒，做到颗粒归
工的年轻人回到村里办农家乐。                仓。县农业农村局还开通了服
                              务热线，随时解答农户在秋收
                              中遇到的问题。目前全县秋收
                              已完成七成以上，预计本月底
                              可以全部完成。
  今年，青石镇还将新修村道
八条，让更多的村民走上平坦
"""

# The first column's two lines, then four rows of the second column's lines alone (set on other
# baselines), then the first column going on: two lines of running text are a column's stretch.
TWO_LINES_APART = """\
林晓说，青石镇今年新修村道                 何春生介绍，临江县今年秋粮
十二条，全镇十八个村都通上                 播种面积比去年增加了三千亩
                              新建高标准农田一万二千亩，
                              全县粮食总产有望再创新高。
                              周敏说，下一步还将继续推进
                              农田水利建设，确保明年春耕
了水泥路，村民出门方便多了                 生产顺利进行。各乡镇已经组
了。过去山里的茶叶和竹器要                 织技术人员下到田间地头，指
靠肩挑背扛运出去，如今货车                 导农户抢收抢晒，做到颗粒归
可以开到家门口，茶叶和竹器                 仓。县农业农村局还开通了服
从此能够直接运到县城，村民                 务热线，随时解答农户在秋收
的收入一年比一年多，大家的                 中遇到的问题。目前全县秋收
日子越过越红火，不少外出务                 已完成七成以上，预计本月底
工的年轻人也回到村里办起了                 可以全部完成。
"""


def _texts(dump: str) -> list[str]:
    return [line.text for line in read_side_by_side(dump.splitlines())]


def test_a_paragraphs_last_line_far_under_its_column_goes_on_with_it() -> None:
    texts = _texts(LAST_LINE_APART)
    at = texts.index("工的年轻人也回到村里办起了")
    assert texts[at + 1] == "农家乐。"


def test_a_headline_over_a_byline_under_a_column_starts_a_block() -> None:
    texts = _texts(HEADLINE_UNDER_COLUMN)
    assert texts[texts.index("周敏当选临江县劳动模范") - 1] == ""
    assert texts[texts.index("工的年轻人也回到村里办起了") + 1] == ""


def test_a_column_ends_at_a_headline_starting_on_its_left() -> None:
    texts = _texts(HEADLINE_ACROSS)
    assert texts[texts.index("仓。县农业农村局还开通了服") + 1] == ""
    assert texts.index("运动会设田径、球类等十二个") > texts.index("临江县举行秋季运动会")


def test_a_columns_next_paragraph_far_under_a_sentences_end_goes_on_with_it() -> None:
    texts = _texts(NEXT_PARAGRAPH_APART)
    at = texts.index("工的年轻人回到村里办农家乐。")
    assert texts[at + 1 : at + 3] == ["今年，青石镇还将新修村道", "八条，让更多的村民走上平坦"]


def test_a_stretch_of_two_text_lines_goes_on_across_its_neighbours_rows() -> None:
    texts = _texts(TWO_LINES_APART)
    at = texts.index("十二条，全镇十八个村都通上")
    assert texts[at + 1] == "了水泥路，村民出门方便多了"


# A box's first column stops mid-sentence (its text goes on at the top of the box's next column);
# four rows under it, at its edge and as wide as its lines, the next article's title, whose text
# starts five rows further down: no mark of running text, nothing under it at the edge for rows.
# The third column's lines fill the rows between, so that no white space across the page ends
# the lanes. Rows are (row, position, text), placed by ``_dump``.
BOX_FIRST_COLUMN = [(0, 0, "青石镇茶园今年新扩种了两百"), (1, 0, "亩，预计明年春茶的产量会比"), (2, 0, "去年增加三成，销售额也将会")]
BOX_SECOND_COLUMN = [(0, 19, "比去年多，茶农们正在抓紧"), (1, 19, "采摘，镇里还将举办茶艺比"), (2, 19, "赛和采茶体验活动。"), (3, 19, "特此公告。")]
THIRD_COLUMN = [
    (row, 38, text)
    for row, text in enumerate(
        [
            "何春生介绍，临江县今年秋粮",
            "播种面积比去年增加了三千亩",
            "新建高标准农田一万二千亩，",
            "全县粮食总产有望再创新高。",
            "周敏说，下一步还将继续推进",
            "农田水利建设，确保明年春耕",
            "生产顺利进行。各乡镇已经组",
            "织技术人员下到田间地头，指",
            "导农户抢收抢晒，做到颗粒归",
            "仓。县农业农村局还开通了服",
            "务热线，随时解答农户在秋收",
            "中遇到的问题。",
        ]
    )
]
TITLE = "临江县第十届秋季运动会开幕"
ARTICLE = ["本报讯（记者 林晓）临江县", "第十届秋季运动会昨日开幕。"]


def _dump(runs: list[tuple[int, int, str]]) -> list[str]:
    rows = [""] * (max(row for row, _, _ in runs) + 1)
    for row, start, text in sorted(runs):
        rows[row] = rows[row].ljust(start) + text
    return rows


def _box_with_title_at(title_row: int) -> list[str]:
    article = [(title_row + 6 + k, 0, text) for k, text in enumerate(ARTICLE)]
    return _dump([*BOX_FIRST_COLUMN, *BOX_SECOND_COLUMN, *THIRD_COLUMN, (title_row, 0, TITLE), *article])


def test_a_title_far_under_a_column_left_open_ends_the_column() -> None:
    texts = [line.text for line in read_side_by_side(_box_with_title_at(6))]
    assert texts[texts.index("去年增加三成，销售额也将会") + 1] == ""
    assert texts.index(TITLE) > texts.index("特此公告。")


def test_a_title_two_empty_rows_under_a_column_ends_the_column() -> None:
    """The title a row higher, within the rows a lane reaches anyway: a run with no mark of running
    text and nothing at the column's edge under it is no line of the column either."""
    texts = [line.text for line in read_side_by_side(_box_with_title_at(5))]
    assert texts[texts.index("去年增加三成，销售额也将会") + 1] == ""


def test_a_line_of_text_two_empty_rows_under_its_column_goes_on_with_it() -> None:
    """A run holding a mark of running text, or with the column going on under it, stays."""
    rows = _dump([*BOX_FIRST_COLUMN, *BOX_SECOND_COLUMN, *THIRD_COLUMN, (5, 0, "比去年同期，茶农收入增加"), (6, 0, "两成以上。")])
    texts = [line.text for line in read_side_by_side(rows)]
    assert texts[texts.index("去年增加三成，销售额也将会") + 1] == "比去年同期，茶农收入增加"


def test_a_notices_formal_title_right_under_a_column_starts_a_block() -> None:
    """「关于……的通告」 heads a notice wherever it stands: the column above it, a row over it and
    as wide, is another article's, and its lane ends there. Here the notice's text lies under the
    title at the column's edge, so no other test ends the lane."""
    column = [(row, 0, text) for row, text in enumerate(["青石镇茶园今年新扩种了两百", "亩，预计明年春茶的产量会比", "去年增加三成，销售额也将会"])]
    notice = [(4, 0, "关于临江路实施交通管制的通告"), (5, 2, "为保障运动会顺利进行，经研"), (6, 0, "究决定，对临江路实施管制。")]
    texts = [line.text for line in read_side_by_side(_dump([*column, *THIRD_COLUMN, *notice]))]
    assert texts[texts.index("关于临江路实施交通管制的通告") - 1] == ""
