"""Columns printed side by side (layout.sidebyside), read apart into column text.

All text is invented: two short local reports, each set in two columns under a headline across
both (the second one continued on another page), printed the way ``pdftotext -layout`` prints a page (columns side by side, padded with
spaces to their horizontal places). A CJK character is one position in the dump; the second
column starts where the first one ends on the page, so its start wavers as in real dumps.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import banmian
from banmian.layout.lanes import LETTER_SPACED_PHRASE_GAP, row_runs
from banmian.layout.sidebyside import is_side_by_side, read_side_by_side

REPO = Path(__file__).resolve().parents[2]

PAGE = """\
第3版  乡村                                 2019年9月18日 星期三


  河湾村新修的文化广场正式启用

  本报讯（记者 林晓）河湾        的人越来越多，大家的精神
村新修的文化广场昨天正式          头也更足了。
启用，村民们在广场上跳起            下一步，村里还将在广场
了欢快的舞蹈。               边种上一排桂花树，再请县
  广场占地三千多平方米，         里的剧团每月来演一场戏，
配有健身器材和一座小型图          让村民在家门口就能看上好
书亭。村支书何春生说，广          戏。
场建好以后，晚上出来散步


  石桥镇秋粮喜获丰收

  本报讯（通讯员 何春生）          镇农技站的技术员还挨家
石桥镇今年秋粮喜获丰收，          挨户上门，教农户使用新型
全镇新建的三座烘干房派上          烘干设备。据介绍，全镇今
了大用场。种粮大户说，往          年的秋粮产量比去年增加了
年一到阴雨天就发愁，如今          一成多，农民收入也跟着涨
稻谷收进来就能烘干，再也          了起来。
不怕发霉了。                      （下转第二版）
"""

# Two reports side by side, each in two columns, and a third one below the first: the right-hand
# report is read before the one lower down on the left.
NEIGHBOURS = """\
东坡夜市开张                        青石县新修农村公路八十公里

东坡镇的夜市昨晚开张，   小吃和手工艺品样样俱      青石县今年新修农村公    不出去。县交通局局长
几十个摊位一字排开，    全，游客络绎不绝。       路八十多公里，沿途村    何春生说，明年还要再
                              庄的农产品从此不愁运    修五十公里。




柳河村蜂蜜丰收

柳河村的养蜂合作社今    社员们的腰包又鼓了起
年收获蜂蜜两万多斤，    来。
"""

# A headline set two rows under the end of a column, while the column beside it goes on: wider
# than the column's lines, it begins the next report instead of ending the first.
UNDER_A_COLUMN = """\
南湖菊花展开幕                       菊花富了西岭村

南湖公园的菊花展昨天开                   西岭村的村民林晓说，今
幕，上百个品种竞相开放                   年家里的菊花卖得特别好
，吸引了不少市民前来观                   ，一亩地能多挣两千元。
赏拍照。                          她打算明年再扩种几亩，
                              还要学着在网上开店，把
                              菊花茶卖到全国各地去。
东山小学新建的塑胶操场交付使用               （何春生）

东山小学的孩子们今天
第一次在新操场上体育
课，个个笑逐颜开。
"""

FLOWING = """\
河湾村新修的文化广场正式启用
本报讯（记者 林晓）河湾村新修的文化广场昨天正式启用，村民们在广场上跳起了欢快的舞蹈。
广场占地三千多平方米，配有健身器材和一座小型图书亭。村支书何春生说，广场建好以后，
晚上出来散步的人越来越多，大家的精神头也更足了。
"""


def _blocks(text: str) -> list[list[str]]:
    """The reading's blocks: runs of lines between blank ones."""
    blocks: list[list[str]] = [[]]
    for line in read_side_by_side(text.split("\n")):
        if line.text:
            blocks[-1].append(line.text)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def test_a_page_of_columns_side_by_side_is_detected():
    assert is_side_by_side(PAGE.split("\n"))


def test_flowing_text_is_not_detected():
    assert not is_side_by_side(FLOWING.split("\n") * 5)


def test_the_bundled_sample_pages_are_not_detected():
    for name in ("demo-page.txt", "demo-page-2.txt"):
        assert not is_side_by_side((REPO / "samples" / name).read_text(encoding="utf-8").splitlines())


def test_the_real_sample_page_is_not_detected(shared_dir):
    text = (shared_dir / "samples" / "liaoyuan-2020-05-31-p1.txt").read_text(encoding="utf-8")
    assert not is_side_by_side(text.splitlines())


def test_columns_are_read_one_after_the_other_under_their_headline():
    blocks = _blocks(PAGE)
    heads = [b[0] for b in blocks]
    # The header's pieces; the first report's headline over its first column (one blank row apart:
    # the leading of large type, not a gap; the headline a block of its own over the byline), its
    # second column; then the second report, whose second column opens a paragraph after the
    # first one's last sentence and runs on from it.
    assert heads == [
        "第3版  乡村",
        "2019年9月18日 星期三",
        "河湾村新修的文化广场正式启用",
        "本报讯（记者 林晓）河湾",
        "的人越来越多，大家的精神",
        "石桥镇秋粮喜获丰收",
        "本报讯（通讯员 何春生）",
    ]
    assert blocks[3][-1] == "场建好以后，晚上出来散步"
    assert blocks[4][-1] == "戏。"
    assert blocks[6][:2] == ["本报讯（通讯员 何春生）", "石桥镇今年秋粮喜获丰收，"]
    assert "镇农技站的技术员还挨家" in blocks[6]
    # The jump note set flush right under the last column stays with it.
    assert blocks[6][-2:] == ["了起来。", "（下转第二版）"]


def test_a_report_beside_another_is_read_before_the_one_below_it():
    heads = [block[0] for block in _blocks(NEIGHBOURS)]
    assert heads == [
        "东坡夜市开张",
        "小吃和手工艺品样样俱",
        "青石县新修农村公路八十公里",
        "不出去。县交通局局长",
        "柳河村蜂蜜丰收",
        "社员们的腰包又鼓了起",
    ]


def test_a_headline_two_rows_under_a_column_begins_a_block():
    blocks = _blocks(UNDER_A_COLUMN)
    assert blocks[0] == ["南湖菊花展开幕", "南湖公园的菊花展昨天开", "幕，上百个品种竞相开放", "，吸引了不少市民前来观", "赏拍照。"]
    assert ["东山小学新建的塑胶操场交付使用", "东山小学的孩子们今天", "第一次在新操场上体育", "课，个个笑逐颜开。"] in blocks


def test_an_indented_run_stays_in_its_column():
    blocks = _blocks(PAGE)
    assert "下一步，村里还将在广场" in blocks[4]
    assert "广场占地三千多平方米，" in blocks[3]


def test_every_piece_keeps_its_source_line():
    lines = PAGE.split("\n")
    for piece in read_side_by_side(lines):
        assert piece.first == piece.last
        assert piece.text.strip() in lines[piece.first - 1]


def test_the_engine_reads_the_columns_apart_and_warns():
    page = banmian.parse(PAGE)
    by_title = {a.title.text: a for a in page.articles if a.title is not None}
    village = by_title["河湾村新修的文化广场正式启用"]
    body = "".join(p.text for p in village.paragraphs)
    assert body.startswith("河湾村新修的文化广场昨天正式启用")
    assert "晚上出来散步的人越来越多" in body
    assert body.endswith("让村民在家门口就能看上好戏。")
    assert village.byline is not None and "林晓" in village.byline.text
    harvest = by_title["石桥镇秋粮喜获丰收"]
    assert "".join(p.text for p in harvest.paragraphs).endswith("农民收入也跟着涨了起来。")
    assert harvest.continued_to == 2
    assert "side_by_side_columns" in {w.code for w in page.warnings}


def test_provenance_points_at_the_dump_lines():
    page = banmian.parse(PAGE)
    lines = PAGE.split("\n")
    village = next(a for a in page.articles if a.title is not None and a.title.text.startswith("河湾村"))
    last = village.paragraphs[-1]
    span = last.provenance.lines
    assert span is not None
    assert "戏。" in lines[span.last - 1]


def test_flowing_text_has_no_side_by_side_warning():
    page = banmian.parse(FLOWING)
    assert "side_by_side_columns" not in {w.code for w in page.warnings}


@pytest.mark.parametrize("bands", [450, 1000])
def test_a_long_page_of_blocks_is_read_band_by_band(bands):
    # Hundreds of short blocks in two columns, three blank rows apart (900 go through the ordering
    # rules, 2000 are more than they take): read band by band, left before right, quickly.
    lines: list[str] = []
    for k in range(bands):
        lines += [f"第{k}段左栏文字" + " " * 8 + f"第{k}段右栏文字", "", "", ""]
    texts = [piece.text for piece in read_side_by_side(lines) if piece.text]
    assert texts[:4] == ["第0段左栏文字", "第0段右栏文字", "第1段左栏文字", "第1段右栏文字"]
    assert len(texts) == 2 * bands


def test_an_ideographic_space_stays_inside_its_run():
    # The page's own ideographic spaces (U+3000) are text, not the extractor's padding.
    lines = PAGE.replace("本报讯（记者 林晓）河湾", "本报记者\u3000林晓\u3000河湾").split("\n")
    assert "本报记者\u3000林晓\u3000河湾" in [piece.text for piece in read_side_by_side(lines)]


def _placed(*runs: tuple[int, str]) -> str:
    """One dump line: each run of text at its start position, padded with spaces."""
    line = ""
    for start, text in runs:
        line = line.ljust(start) + text
    return line


def _two_reports(head_row: list[tuple[int, str]]) -> str:
    """A report in two columns under its title on the left (its second column starts two rows
    under the title), a second report's columns on the right, under ``head_row``."""
    return "\n".join(
        [
            _placed(*head_row),
            "",
            _placed((0, "本报讯（记者 林晓）临江"), (16, "可灌溉农田两万余亩，")),
            _placed((0, "县今年新建三座小型水库，"), (16, "解决了沿岸村民的饮水"), (40, "本报讯（记者 林晓）青石"), (56, "他种的果树亩产三千斤，")),
            _placed((0, "总库容达一千多万立方米，"), (16, "难题。"), (40, "镇农民何春生日前当选省"), (56, "带动全村一起致富。")),
            _placed((40, "劳动模范。")),
        ]
    )


def test_a_column_under_the_row_of_a_headline_beside_it_is_read_before_that_headline():
    # The right-hand report's short title ends on the row of the left-hand title, before the
    # left-hand report's second column starts: that column goes on with its own report first.
    blocks = _blocks(_two_reports([(0, "临江县新建三座水库"), (46, "劳模何春生")]))
    assert [b[0] for b in blocks] == [
        "临江县新建三座水库",
        "本报讯（记者 林晓）临江",
        "可灌溉农田两万余亩，",
        "劳模何春生",
        "本报讯（记者 林晓）青石",
        "他种的果树亩产三千斤，",
    ]


def test_a_column_three_rows_under_a_headline_beside_it_is_read_before_that_headline():
    # A blank row more between the titles and the text (the titles' large type), a third column
    # going on beside them all: the column still starts in the row of blocks the right-hand title
    # stands in, and goes on first.
    rows = _two_reports([(0, "临江县新建三座水库"), (46, "劳模何春生")]).split("\n")
    rows = [rows[0], "", *rows[1:]]
    beside = ["柳河村的蜂蜜今年又获", "丰收，蜂农何春生家的", "两百箱蜜蜂产蜜三千多", "斤，比去年多了三成。", "村里还办起了蜂蜜合作", "社，统一收购统一销售，", "蜂农的收入年年都涨。"]
    blocks = _blocks("\n".join(row.ljust(84) + text for row, text in zip(rows, beside, strict=True)))
    assert [b[0] for b in blocks][:4] == [
        "临江县新建三座水库",
        "本报讯（记者 林晓）临江",
        "可灌溉农田两万余亩，",
        "劳模何春生",
    ]


def test_a_headline_over_the_right_hand_report_is_read_with_it():
    # A title over the right-hand report, with no block on its row to its left: the reading order
    # keeps it first (test_blockorder), and it is then read right before the byline under it.
    firsts = [b[0] for b in _blocks(_two_reports([(46, "劳模何春生")]))]
    assert firsts.index("本报讯（记者 林晓）青石") == firsts.index("劳模何春生") + 1


def _column_beside_another(last_line: str) -> str:
    """A column of three lines ending on ``last_line``, the column beside it filling the next three
    rows on its own (its lines set on other baselines), and a line of text under the first column."""
    right = ["何春生说，青石镇今年新修", "的三座烘干房派上了大用", "场，种粮大户再也不怕阴", "雨天了。今年全镇的秋粮", "产量比去年增加了一成多，", "农民收入也跟着涨了起来。"]
    left = ["本报讯（记者 林晓）临江", "县今年新修农村公路八十", last_line]
    rows = [_placed((0, left[k]), (20, right[k])) for k in range(3)]
    rows += [_placed((20, right[k])) for k in range(3, 6)]
    return "\n".join([*rows, _placed((0, "多公里，村村通上了客车。"))])


def test_a_column_stopping_mid_sentence_goes_on_across_a_neighbours_rows():
    blocks = _blocks(_column_beside_another("多公里，沿途的村子都通"))
    assert blocks[0][-2:] == ["多公里，沿途的村子都通", "多公里，村村通上了客车。"]


def test_a_column_ending_its_sentence_stops_before_a_neighbours_rows():
    blocks = _blocks(_column_beside_another("多公里，全县都通了车。"))
    assert blocks[0][-1] == "多公里，全县都通了车。"
    assert ["多公里，村村通上了客车。"] in blocks


def _column_far_beside_another(last_line: str, under: str, between: str = "") -> str:
    """A column of four lines ending on ``last_line``, the column beside it filling the next six
    rows on its own (taller lines on other baselines), ``between`` (if any) on the third of those
    rows under the first column, and ``under`` under the first column after them."""
    right = ["何春生说，青石镇今年新修", "的三座烘干房派上了大用", "场，种粮大户再也不怕阴", "雨天了。今年全镇的秋粮", "产量比去年增加了一成多，",
             "农民收入也跟着涨了起来。", "镇里还请来农技员上门，", "教大家使用新型烘干设备。", "今年的秋粮全都及时晒干"]
    left = ["本报讯（记者 林晓）临江", "县今年新修农村公路八十", "多公里，沿途的乡镇都开", last_line]
    rows = [_placed((0, left[k]), (20, right[k])) for k in range(4)]
    rows += [_placed((0, between), (20, right[k])) if k == 8 and between else _placed((20, right[k])) for k in range(4, 9)]
    return "\n".join([*rows, _placed((0, under))])


def test_a_full_column_line_goes_on_across_six_rows_of_a_neighbour():
    blocks = _blocks(_column_far_beside_another("通了客车，村民们进城只", "要半个钟头，十分方便。"))
    assert blocks[0][-2:] == ["通了客车，村民们进城只", "要半个钟头，十分方便。"]


def test_a_line_of_digits_is_as_wide_as_the_column_it_stands_in():
    # 「2019 年」: the digits are half as wide as a CJK character, the spaces around them nothing.
    blocks = _blocks(_column_far_beside_another("通了客车，村民们进城只", "要 2019 年的半个钟头，十分"))
    assert blocks[0][-1] == "要 2019 年的半个钟头，十分"


def test_a_lane_stops_at_a_line_standing_in_its_measure_between():
    blocks = _blocks(_column_far_beside_another("通了客车，村民们进城只", "要半个钟头，十分方便。", between="林晓 摄"))
    assert blocks[0][-1] == "通了客车，村民们进城只"


def test_a_lane_stops_before_an_indented_line_after_the_rows_of_a_neighbour():
    # A paragraph's first line after the gap is no column's next line: the text stopped there.
    blocks = _blocks(_column_far_beside_another("通了客车，村民们进城只", "  东坡镇的夜市昨晚开张。"))
    assert blocks[0][-1] == "通了客车，村民们进城只"


def test_a_lane_stops_under_a_headline_across_it():
    # A headline set from the column on the left reaches into the right column's measure a row
    # under its last line: the text further down the right lane is the next article's.
    left = ["本报讯（记者 林晓）临江", "县今年新修农村公路八十", "多公里，沿途的乡镇都开"]
    right = ["何春生说，青石镇今年新修", "的三座烘干房派上了大用", "场，种粮大户再也不怕阴"]
    rows = [_placed((0, a), (20, b)) for a, b in zip(left, right, strict=True)]
    rows += [_placed((0, "临江县东坡镇夜市开张 几十个摊位一字排开 游客络绎不绝")), "", "", "", _placed((20, "东坡镇的夜市昨晚开张，几十"))]
    # A third column beside them all, on every row (its lines on other baselines).
    blocks = _blocks("\n".join(row.ljust(48) + _BESIDE[k % len(_BESIDE)] for k, row in enumerate(rows)))
    assert right in blocks


def test_a_lane_stops_after_a_short_line_across_the_rows_of_a_neighbour():
    blocks = _blocks(_column_far_beside_another("通了客车。", "要半个钟头，十分方便。"))
    assert blocks[0][-1] == "通了客车。"


_BESIDE = ["柳河村的蜂蜜今年又获", "丰收，蜂农何春生家的", "两百箱蜜蜂产蜜三千多", "斤，比去年多了三成，"]


def _report_over_another(step: int) -> str:
    """A report in two columns (rows two apart, as a column set on other baselines prints them);
    under its first column, ``step`` rows below its last line, a second report's title over its
    byline, in the same lane; a third column, another article's, runs down beside them all."""
    left = ["本报讯（记者 林晓）临江", "县今年新修农村公路八十", "多公里，沿途的村子都通", "上了客车。县交通局局长", "何春生说，明年还要再修", "五十公里，让更多的村子"]
    right = ["通上客车。今年县里还将", "在各乡镇新建十座候车亭，", "方便群众出行。"]
    rows: list[str] = []
    for k, text in enumerate(left):
        rows += [_placed((0, text), (20, right[k])) if k < len(right) else _placed((0, text)), ""]
    rows = rows[:-1] + [""] * (step - 1)
    rows += [_placed((0, "青石镇秋粮喜获丰收")), "", _placed((0, "本报讯（通讯员 何春生）")), _placed((0, "青石镇今年秋粮产量比去"))]
    return "\n".join(row.ljust(48) + _BESIDE[k % len(_BESIDE)] for k, row in enumerate(rows))


def test_a_headline_over_a_byline_under_a_column_begins_a_block_of_its_own():
    # The title stands three rows under the column's last line (its lines two apart): the first
    # report's second column is read before the second report.
    heads = [b[0] for b in _blocks(_report_over_another(3)) if b[0] not in _BESIDE]
    assert heads == ["本报讯（记者 林晓）临江", "通上客车。今年县里还将", "青石镇秋粮喜获丰收", "本报讯（通讯员 何春生）"]


def test_a_headline_tight_under_a_column_stays_in_its_block():
    # Two rows apart, as the column's lines are: nothing sets the line apart as a headline.
    blocks = _blocks(_report_over_another(2))
    assert blocks[0][-1] == "青石镇秋粮喜获丰收"


def test_a_column_under_a_wide_banner_is_no_line_of_the_banner():
    # The second column starts inside the banner's measure, three rows under it: its own block.
    rows = [
        _placed((10, "建设美丽家园 共享绿色生活 人人参与植树造林 守护绿水青山")),
        _placed((0, "临江县今年新修农村公路八十")),
        _placed((0, "多公里，沿途的村子都通上了"), (24, "何春生说，明年还要再修五十")),
        _placed((0, "客车。县交通局局长何春生说，"), (24, "公里，让更多的村子通上客车。")),
    ]
    blocks = _blocks("\n".join([rows[0], "", rows[1], *rows[2:]]))
    assert ["何春生说，明年还要再修五十", "公里，让更多的村子通上客车。"] in blocks


def test_a_column_line_as_wide_as_the_one_above_goes_on_across_two_empty_rows():
    # The lane's first runs are its headline and byline, narrower than its text: the median of its
    # runs falls short of the column's measure, but a line no wider than the lane's last one is the
    # column going on, not a headline across it (the column beside it fills the rows between).
    rows = [
        _placed((0, "临江县新修")),
        _placed((0, "农村公路八十公里")),
        "",
        _placed((0, "本报讯（记者 林晓）临江县")),
        "",
        _placed((0, "今年新修农村公路八十多公里，沿途")),
        _placed((40, "东坡镇的夜市昨晚开张，")),
        _placed((40, "几十个摊位一字排开。")),
        _placed((0, "的村子都通上了客车，群众出行方便")),
    ]
    assert [
        "本报讯（记者 林晓）临江县",
        "今年新修农村公路八十多公里，沿途",
        "的村子都通上了客车，群众出行方便",
    ] in _blocks("\n".join(rows))


def test_a_headlines_second_line_right_under_it_joins_its_lane():
    rows = [_placed((0, "临江县新修农村公路八十多公里")), _placed((4, "沿途村子都通客车")), "", _placed((0, "本报讯（记者 林晓）临江县今年"))]
    assert _blocks("\n".join(rows))[0] == ["临江县新修农村公路八十多公里", "沿途村子都通客车"]


def test_a_headline_stands_apart_from_the_byline_under_it_in_its_lane():
    # Title and text in one lane, the byline right under the title: pdftotext's flowing mode
    # prints the title as a block of its own, and so does the reading.
    blocks = _blocks(_two_reports([(0, "临江县新建三座水库"), (46, "劳模何春生")]))
    assert blocks[0] == ["临江县新建三座水库"]
    assert blocks[1][0] == "本报讯（记者 林晓）临江"


def test_a_title_of_two_phrases_stays_tight_over_its_byline():
    # The engine tells a title of two phrases from a slogan banner by its sitting over the byline.
    blocks = _blocks(_two_reports([(0, "水库建成 农田得灌"), (46, "劳模何春生")]))
    assert blocks[0][:2] == ["水库建成 农田得灌", "本报讯（记者 林晓）临江"]


def test_a_note_sending_the_text_on_to_another_page_ends_its_block():
    # The first report goes on on page 2; the text under its note, in the same lane, is another's.
    lane = [
        (0, "本报讯（记者 林晓）临江"),
        (0, "县今年新修农村公路八十"),
        (0, "多公里，沿途的村子都通"),
        (3, "（下转第二版）"),
        (0, "东坡镇的夜市昨晚开张，"),
        (0, "几十个摊位一字排开。"),
    ]
    rows = [_placed(run, (20, "何春生说，青石镇今年种下")) for run in lane]
    blocks = _blocks("\n".join(rows))
    assert blocks[0][-1] == "（下转第二版）"
    assert blocks[1][:2] == ["东坡镇的夜市昨晚开张，", "几十个摊位一字排开。"]


_FIRST_COLUMN = ["临江县今年新修农村公路八", "十多公里，沿途的村子都通", "上了客车，群众出行更方便", "了。县里还新建了十座候车", "亭，方便村民候车。"]
_NEXT_COLUMN = ["何春生说，明年县里还要", "再修五十公里农村公路，让", "更多的村子通上客车，把农", "产品运出去，让农民的腰包", "鼓起来。"]


def _two_columns(first: list[str], first_start: int) -> str:
    """One article's two columns side by side: ``first`` at position 0, the next column at 20, its
    first line starting at ``first_start``."""
    rows = []
    for k, (left, right) in enumerate(zip(first, _NEXT_COLUMN, strict=True)):
        rows.append(_placed((0, left), (first_start if k == 0 else 20, right)))
    return "\n".join(rows)


def test_a_column_opening_a_paragraph_runs_on_from_the_column_before_it():
    # The first column ends its sentence, the next one opens with an indented line: one article's
    # text, printed without a blank line between its columns.
    assert _blocks(_two_columns(_FIRST_COLUMN, 22)) == [_FIRST_COLUMN + _NEXT_COLUMN]


def test_a_column_opening_without_an_indent_stays_a_block_of_its_own():
    assert _blocks(_two_columns(_FIRST_COLUMN, 20)) == [_FIRST_COLUMN, _NEXT_COLUMN]


def test_a_column_after_one_ending_mid_sentence_stays_a_block_of_its_own():
    first = [*_FIRST_COLUMN[:-1], "亭，方便村民候车，县里"]
    assert _blocks(_two_columns(first, 22)) == [first, _NEXT_COLUMN]


def _photo_beside_a_caption(title: str = "临江夜色") -> str:
    """A photo's title over the photo (rows left blank on the right) and its caption under it; on
    the left, a column ending above and another photo's caption level with the photo."""
    rows = [
        _placed((0, "临江县今年新修农村公路八"), (30, "青石镇秋粮喜获丰收，农")),
        _placed((0, "十多公里，沿途的村子都通"), (30, "民收入跟着涨了起来。")),
        _placed((0, "上了客车，群众出行方便。")),
        _placed((0, "县里还新建了十座候车亭。")),
        "",
        _placed((32, title)),
        "",
        _placed((0, "东坡镇的夜市昨晚开张。图为")),
        _placed((0, "夜市一角。何春生 摄")),
        "",
        "",
        _placed((30, "图为临江县城的夜景。")),
        _placed((34, "林晓 摄")),
    ]
    return "\n".join(rows)


@pytest.mark.parametrize("title", ["临江夜色", "擦亮“青石名片”"])
def test_a_photos_title_is_read_right_before_the_caption_under_the_photo(title):
    # A closing quotation mark after a word ends a quoted phrase, not a sentence: still a title.
    blocks = _blocks(_photo_beside_a_caption(title))
    heads = [b[0] for b in blocks]
    assert heads.index(title) + 1 == heads.index("图为临江县城的夜景。")
    assert heads.index("东坡镇的夜市昨晚开张。图为") < heads.index(title)


def test_a_block_ending_a_quoted_sentence_is_no_photo_title():
    title = "“夜市真热闹。”"
    heads = [b[0] for b in _blocks(_photo_beside_a_caption(title))]
    assert heads.index(title) < heads.index("东坡镇的夜市昨晚开张。图为")


def test_a_title_under_nothing_keeps_its_place():
    # The same title at the top of the page (nothing over it): a headline of the page's band.
    rows = _photo_beside_a_caption().split("\n")
    rows[0] = _placed((0, "临江县今年新修农村公路八"))
    rows[1] = _placed((0, "十多公里，沿途的村子都通"))
    heads = [b[0] for b in _blocks("\n".join(rows))]
    assert heads.index("临江夜色") < heads.index("东坡镇的夜市昨晚开张。图为")


# A short title centred over an article of two columns, alone on its row, starts right at the edge
# of the article's second column; the byline opens the first column on the next row:
#
#     临江县举办读书节                       <- report beside it
#                       青石镇办起夜校        <- the title, over both columns of its report
#     本报讯（记者 林晓）   本报讯（记者 何春   镇里请来农技员讲
#     临江县日前举办……     生）青石镇近日开……   课，村民学得认真。
TITLE_OVER_TWO_COLUMNS = "\n".join(
    [
        _placed((0, "临江县举办读书节")),
        _placed((44, "青石镇办起夜校")),
        _placed((0, "本报讯（记者 林晓）临江"), (16, "县图书馆开放到深夜，"), (30, "本报讯（记者 何春"), (44, "镇里请来农技员讲")),
        _placed((0, "县日前举办读书节，全县"), (16, "读者络绎不绝。"), (30, "生）青石镇近日开"), (44, "课，村民学得认真。")),
        _placed((0, "的图书馆和农家书屋一起"), (30, "办村民夜校，每周")),
        _placed((0, "开放。"), (30, "三晚上课。")),
    ]
)


def test_a_title_alone_over_the_column_beside_a_byline_heads_the_bylines_article():
    # Read as the top of the second column, the title fell between the report's two columns.
    blocks = _blocks(TITLE_OVER_TWO_COLUMNS)
    titled = next(k for k, b in enumerate(blocks) if b == ["青石镇办起夜校"])
    assert blocks[titled + 1][0] == "本报讯（记者 何春"
    assert ["镇里请来农技员讲", "课，村民学得认真。"] in blocks


def test_a_dashed_subtitle_wider_than_its_title_joins_the_titles_lane():
    # Both centred: the subtitle starts left of the title and ends right of it, so neither the
    # title's edge nor its measure takes it; read apart, the title stood alone as a slogan banner.
    rows = [
        _placed((12, "乡村公路通万家")),
        _placed((4, "——江北县农村公路建设侧记见闻")),
        _placed((0, "本报讯（记者 林晓）江北县今年")),
        _placed((0, "新修农村公路一百二十公里。")),
    ]
    blocks = _blocks("\n".join(rows))
    assert blocks[0] == ["乡村公路通万家", "——江北县农村公路建设侧记见闻"]


def test_a_dashed_subtitle_a_row_below_its_title_joins_the_titles_lane():
    # Set in a smaller type on its own baseline, the subtitle leaves an empty row under the title.
    rows = [
        _placed((12, "乡村公路通万家")),
        "",
        _placed((4, "——江北县农村公路建设侧记见闻")),
        _placed((0, "本报讯（记者 林晓）江北县今年")),
        _placed((0, "新修农村公路一百二十公里。")),
    ]
    assert _blocks("\n".join(rows))[0] == ["乡村公路通万家", "——江北县农村公路建设侧记见闻"]


def test_a_dashed_subtitle_starting_inside_its_large_titles_span_joins_the_titles_lane():
    # The title's large type takes about two grid positions a character, so the subtitle centred
    # under it starts inside its counted span and ends past it. Read apart, the subtitle headed the
    # second column as an article of its own.
    rows = [
        _placed((7, "乡村公路通万家新貌")),
        _placed((17, "——江北县乡村道路修筑侧记见闻")),
        _placed((0, "本报讯（记者 林晓）江"), (24, "路面宽度达到六米，沿"), (48, "县交通局介绍，明年")),
        _placed((0, "北县今年新修农村公路一"), (24, "途设有错车道和护栏。"), (48, "还将新修公路八十公")),
        _placed((0, "百二十公里，全部硬化。"), (24, "全县通车里程再创新高。"), (48, "里，实现村村通客车。")),
    ]
    blocks = _blocks("\n".join(rows))
    assert blocks[0] == ["乡村公路通万家新貌", "——江北县乡村道路修筑侧记见闻"]
    assert [b[0] for b in blocks[1:]] == ["本报讯（记者 林晓）江", "路面宽度达到六米，沿", "县交通局介绍，明年"]


def test_the_page_header_over_a_headline_beside_a_column_ends_its_lane():
    """The header's date stands in the lane of the right-hand report's title of three lines: read
    on into that title, it made a block of four lines, too long for a headline beside the left
    report's second column, which then went on under the wrong title."""
    text_rows = _two_reports([(0, "")]).split("\n")[2:]
    rows = [
        _placed((0, "第3版  乡村"), (46, "2026年3月18日 星期三")),
        "",
        _placed((0, "临江县新建三座水库"), (46, "劳模何春生")),
        _placed((46, "种果树亩产")),
        _placed((46, "三千斤")),
        "",
        *text_rows,
    ]
    blocks = _blocks("\n".join(rows))
    firsts = [b[0] for b in blocks]
    assert ["2026年3月18日 星期三"] in blocks  # a block of its own
    assert firsts.index("可灌溉农田两万余亩，") < firsts.index("劳模何春生")


def _big_title_beside_column(second: str, below: str) -> str:
    """A column of body type on the left, one line a row; on the right a title in large type whose
    second line ``second`` stands five rows under its first, then ``below`` two rows further."""
    left = [
        "本报讯（记者 林晓）临江",
        "县今年新修农村公路八十",
        "多公里，沿途村庄的农产",
        "品从此不愁运不出去。县",
        "交通局局长何春生说，明",
        "年还要再修五十公里，让",
        "村村都通上客车，村民出",
        "行更方便。",
    ]
    right = {0: "青石镇茶园喜获", 5: second, 7: below}
    return "\n".join(_placed((0, text), *([(30, right[k])] if k in right else [])) for k, text in enumerate(left))


def test_a_title_in_large_type_keeps_its_lines_rows_apart_in_one_block():
    blocks = _blocks(_big_title_beside_column("丰收茶农增收", "本报讯（记者 何春生）"))
    assert ["青石镇茶园喜获", "丰收茶农增收"] in blocks


def test_a_column_under_a_title_is_no_line_of_it():
    """A line with text going on under it at its edge is a column's first line, not the title's."""
    blocks = _blocks(_big_title_beside_column("茶农今年的收入", "比去年多了三成"))
    assert ["青石镇茶园喜获"] in blocks


def test_the_header_row_is_read_first_left_to_right():
    """Its pieces stand together (the section beside the page number), none among the columns."""
    text_rows = _two_reports([(0, "")]).split("\n")[2:]
    rows = [
        _placed((0, "责任编辑：何春生"), (30, "2026年3月18日 星期三"), (62, "乡村"), (70, "3")),
        "",
        _placed((0, "临江县新建三座水库"), (62, "劳模何春生")),
        _placed((62, "种果树亩产")),
        "",
        *text_rows,
    ]
    blocks = _blocks("\n".join(rows))
    assert blocks[:4] == [["责任编辑：何春生"], ["2026年3月18日 星期三"], ["乡村"], ["3"]]


def test_a_first_row_of_headlines_keeps_their_next_lines():
    """No header on the page: the titles on its first row go on in their lanes."""
    rows = [
        _placed((0, "临江县新建三座水库"), (46, "劳模何春生")),
        _placed((46, "种果树亩产三千斤")),
        "",
        *_two_reports([(0, "")]).split("\n")[2:],
    ]
    assert ["劳模何春生", "种果树亩产三千斤"] in _blocks("\n".join(rows))


def _title_rows_over_byline(gap_rows: int) -> str:
    """A report in two columns on the left, starting a row under the right-hand report's title,
    whose byline column stands ``gap_rows`` rows under that title."""
    left = [
        ("本报讯（记者 林晓）临江", "可灌溉农田两万余亩，"),
        ("县今年新建三座小型水库，", "解决了沿岸村民的饮水"),
        ("总库容达一千多万立方米，", "难题。"),
    ]
    right = ["本报讯（记者 何春生）青", "石镇茶农今年喜获丰收，", "茶叶收入比去年多三成。"]
    rows = [_placed((40, "青石镇茶园喜获丰收")), ""]
    rows += [_placed((0, a), (16, b)) for a, b in left]
    rows += [""] * max(0, gap_rows - 1 - len(left))
    rows += [_placed((40, text)) for text in right]
    return "\n".join(rows)


def test_a_title_is_read_right_before_the_byline_under_it():
    """The neighbour's columns start between the title's row and its byline's: the title is read
    with its own article, not before the neighbour's text."""
    firsts = [b[0] for b in _blocks(_title_rows_over_byline(5))]
    title, byline = firsts.index("青石镇茶园喜获丰收"), firsts.index("本报讯（记者 何春生）青")
    assert byline == title + 1
    assert firsts.index("本报讯（记者 林晓）临江") < title


def test_a_title_far_above_a_byline_keeps_its_place():
    firsts = [b[0] for b in _blocks(_title_rows_over_byline(9))]
    assert firsts.index("青石镇茶园喜获丰收") < firsts.index("本报讯（记者 林晓）临江")


def test_a_titles_dashed_subtitle_goes_along_to_its_byline():
    """The subtitle set off to the right under the title, a block of its own, is read with it."""
    rows = _title_rows_over_byline(5).split("\n")
    rows[1] = _placed((54, "——青石镇发展茶产业侧记"))
    read = [line for block in _blocks("\n".join(rows)) for line in block]
    at = read.index("青石镇茶园喜获丰收")
    assert read[at : at + 3] == ["青石镇茶园喜获丰收", "——青石镇发展茶产业侧记", "本报讯（记者 何春生）青"]


def test_a_title_over_a_photos_credit_and_the_byline_is_read_before_them():
    rows = _title_rows_over_byline(5).split("\n")
    rows[5] = _placed((40, "何春生 摄"))
    firsts = [b[0] for b in _blocks("\n".join(rows))]
    assert firsts[firsts.index("青石镇茶园喜获丰收") + 1] == "何春生 摄"


def test_two_letter_spaced_phrases_on_a_row_are_one_title():
    """A title in large type, letter-spaced, with a phrase space the dump prints as a wide gap."""
    row = _placed((2, "青 石 茶 香"), (20, "山 乡 巨 变"))
    assert row_runs(row) == [(2, "青 石 茶 香  山 乡 巨 变")]


def test_a_box_label_beside_a_letter_spaced_title_stays_apart():
    row = _placed((2, "简 讯"), (20, "临 江 县 秋 粮 丰 收"))
    assert [start for start, _ in row_runs(row)] == [2, 20]


def test_letter_spaced_runs_far_apart_stay_apart():
    row = _placed((2, "青 石 茶 香"), (12 + LETTER_SPACED_PHRASE_GAP, "山 乡 巨 变"))
    assert len(row_runs(row)) == 2


def test_a_date_below_the_first_row_ends_no_lane():
    """Only the page's first row is its header: a date in a column further down is the column's."""
    rows = [
        _placed((0, "本报讯（记者 林晓）临江"), (20, "可灌溉农田两万余亩，")),
        _placed((0, "县今年新建三座小型水库，"), (20, "解决了沿岸村民的饮水")),
        _placed((0, "2026年3月18日 星期三"), (20, "难题。")),
        _placed((0, "总库容达一千多万立方米。"), (20, "水库由何春生设计。")),
    ]
    assert len(_blocks("\n".join(rows))) == 2


def test_a_subtitle_overlapping_its_title_goes_along_to_the_byline():
    """The subtitle starts inside the title's measure, a block of its own between title and byline."""
    rows = _title_rows_over_byline(5).split("\n")
    rows[3] = rows[3].ljust(46) + "——青石镇发展茶产业侧记"
    firsts = [b[0] for b in _blocks("\n".join(rows))]
    at = firsts.index("青石镇茶园喜获丰收")
    assert firsts[at : at + 3] == ["青石镇茶园喜获丰收", "——青石镇发展茶产业侧记", "本报讯（记者 何春生）青"]
