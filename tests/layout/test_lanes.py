"""Lanes of a layout dump (layout.lanes): which runs a lane of one headline line takes.

All text is invented: a notice of two short columns under its headline, printed the way
``pdftotext -layout`` prints it (the columns side by side, padded to their places).
"""

from __future__ import annotations

from banmian.layout.lanes import Lane, row_runs
from banmian.layout.sidebyside import read_side_by_side

# The second column's first line ends inside the headline's measure, on the row right under it.
NOTICE = """\
          关于青石镇集市临时调整的通告
  为方便群众出行，经研究     照常开放。
决定，青石镇集市本周六       请过往群众相互告知。
移至临江路，其余时间集市     特此通告。
"""


def _headline() -> Lane:
    return Lane(runs=[(0, 10, "关于青石镇集市临时调整的通告")], edge=10, right=24, last_row=0)


def test_a_headline_takes_its_second_line_set_inside_its_measure() -> None:
    assert _headline().covers(16, "的通告", 1)


def test_a_line_holding_a_full_stop_is_no_headline_line() -> None:
    assert not _headline().covers(17, "照常开放。", 1)


def test_a_squeezed_full_stop_alone_on_its_row_goes_with_the_line_above() -> None:
    """Founder's squeezed mark printed on a row of its own ends the line above: no words of a
    column's text of its own."""
    assert _headline().covers(23, "。", 1)


def _notice_column() -> Lane:
    """A notice's column: text lines at 0, its signing office set flush right under them."""
    runs = [
        (0, 0, "为方便群众出行，经研究决定，"),
        (1, 0, "青石镇集市本周六移至临江路，"),
        (2, 0, "其余时间集市照常开放。"),
        (3, 6, "青石镇人民政府"),
    ]
    return Lane(runs=runs, edge=0, right=14, last_row=3)


def test_a_date_set_flush_right_with_its_digits_counted_half_is_inside_the_measure() -> None:
    """「2024年3月12日」 holds eleven characters but takes the width of about seven: flush right
    under the office it ends inside the column, where counted whole it reached two past the slack."""
    assert _notice_column().covers(9, "2024年3月12日", 5)
    assert not _notice_column().covers(9, "二〇二四年三月十二日", 5)


def test_a_date_right_under_an_office_wider_than_the_column_is_measured_against_the_office() -> None:
    """A notice's last column holds short lines; its signing office, wider, and the date flush right
    right under it::

        指挥。
        特此通告。
           临江县公安局交通警察大队
                2024 年 4 月 2 日

    The date reaches past the short lines' median, but not past the office right above it."""
    runs = [(0, 0, "指挥。"), (1, 0, "特此通告。"), (2, 3, "临江县公安局交通警察大队")]
    column = Lane(runs=runs, edge=0, right=15, last_row=2)
    assert column.covers(8, "2024 年 4 月 2 日", 3)
    # A row lower, the office is no longer the line right above: the median measures it.
    assert not column.covers(8, "2024 年 4 月 2 日", 4)


def test_the_second_column_stays_whole_under_the_headline() -> None:
    texts = [line.text for line in read_side_by_side(NOTICE.splitlines())]
    assert texts[:2] == ["关于青石镇集市临时调整的通告", ""]
    column = texts.index("照常开放。")
    assert texts[column : column + 3] == ["照常开放。", "请过往群众相互告知。", "特此通告。"]
    assert texts.index("为方便群众出行，经研究") < column


def test_two_spaces_between_ideographs_part_two_columns() -> None:
    # A full line of a squeezed page reaches into the gutter: the next column two spaces on.
    assert row_runs("林晓说，青石镇今年新修村道  何春生介绍，临江县") == [
        (0, "林晓说，青石镇今年新修村道"),
        (15, "何春生介绍，临江县"),
    ]


def test_two_spaces_after_a_mark_or_by_digits_stay_inside_the_run() -> None:
    # A photo credit two spaces after its caption, digits spaced apart: one line's text.
    assert row_runs("村民在临江县赶集。  何春生 摄") == [(0, "村民在临江县赶集。  何春生 摄")]
    assert row_runs("青石镇  2019  年新建") == [(0, "青石镇  2019  年新建")]


def test_two_spaces_after_a_page_number_stay_inside_the_header_run() -> None:
    assert row_runs("第3版  临江新闻") == [(0, "第3版  临江新闻")]


def test_a_box_label_spread_over_the_box_is_one_run() -> None:
    """「简         讯」: the label's two characters stand apart by most of the box's width, more
    than a column gap; read as two runs, 「讯」 headed the box's first item as its title."""
    assert row_runs("  简         讯        林晓说，青石镇") == [(2, "简 讯"), (21, "林晓说，青石镇")]
    # Two characters that make no box label stay two runs (a column's last character, another's).
    assert row_runs("  郑         新") == [(2, "郑"), (12, "新")]
