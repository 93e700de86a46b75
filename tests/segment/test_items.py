"""Items: runs of lines of one kind (segment.items)."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.items import ItemKind, build_items
from banmian.segment.roles import Role

HEADLINE = "临江县春耕备耕有序推进"
MASTHEAD = "第5128期 今日八版"
SLOGAN = "春风拂面 万物生长"
TEXT = ["本报讯（记者 林晓）全县今年已完成", "翻耕面积三万余亩。"]


def test_a_masthead_line_between_headlines_ends_the_headline_run() -> None:
    lines = build_line_infos([HEADLINE, MASTHEAD, SLOGAN])
    items, furniture = build_items(lines, [Role.HEADING, Role.FURNITURE, Role.HEADING])
    assert [(item.kind, [ln.number for ln in item.lines]) for item in items] == [
        (ItemKind.HEADS, [1]),
        (ItemKind.HEADS, [3]),
    ]
    assert [ln.number for ln in furniture] == [2]


def test_a_page_header_printed_inside_a_body_run_leaves_the_run_whole() -> None:
    lines = build_line_infos([TEXT[0], MASTHEAD, TEXT[1]])
    items, _ = build_items(lines, [Role.BODY, Role.FURNITURE, Role.BODY])
    assert [(item.kind, [ln.number for ln in item.lines]) for item in items] == [(ItemKind.BODY, [1, 3])]


def test_an_item_right_under_the_masthead_says_so() -> None:
    lines = build_line_infos([MASTHEAD, "", SLOGAN, HEADLINE, *TEXT])
    roles = [Role.FURNITURE, Role.BLANK, Role.HEADING, Role.HEADING, Role.BODY, Role.BODY]
    items, _ = build_items(lines, roles)
    assert [(item.kind, item.under_furniture) for item in items] == [(ItemKind.HEADS, True), (ItemKind.BODY, False)]


def test_a_notices_date_under_its_signing_office_ends_the_item_whatever_follows() -> None:
    """「……特此通告。」, then a blank line (a layout dump prints the office and date in a lane of
    their own, read as a block after the text's), 「临江县公安局交通警察大队」/「2024年4月2日」: the
    notice ends at the date, and the text after it is another article's."""
    rows = ["请过往车辆提前绕行。", "特此通告。", "", "临江县公安局交通警察大队", "2024年4月2日", "", "全县春耕备耕工作有序推进，", "各乡镇已完成翻耕。"]
    roles = [Role.BLANK if not row else Role.BODY for row in rows]
    items, _ = build_items(build_line_infos(rows), roles)
    assert [[ln.number for ln in item.lines if not ln.blank] for item in items] == [[1, 2, 4, 5], [7, 8]]
