"""A headline run's last line that opens the paragraph under it (segment.runopenings)."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.roles import Role
from banmian.segment.runopenings import release_paragraph_openings

#: A finished paragraph of a 16-character column.
ABOVE = ["临江县今年新修通村公路一百二十公", "里，全县所有行政村都通上了硬化路", "面，村民出门更方便了。"]
#: The paragraph's lines under its first: full lines of the column.
REST = ["施工队伍已经进场，预计年底前全线", "完工，群众出行将更加安全便捷。"]


def roles_of(run: list[str], rest: list[str] = REST) -> list[Role]:
    """Roles of ``run`` once settled, the rules having read it as one headline run."""
    rows = [*ABOVE, *run, *rest]
    lines = build_line_infos(rows)
    roles = [Role.HEADING if len(ABOVE) <= k < len(ABOVE) + len(run) else Role.BODY for k in range(len(rows))]
    release_paragraph_openings(lines, roles)
    return roles[len(ABOVE) : len(ABOVE) + len(run)]


#: The paragraph's first line, short of the column by its indent, holding a comma.
OPENING = "青石镇到县城的公路，今年全线"


def test_a_paragraphs_first_line_read_into_a_sub_headings_run_is_text() -> None:
    assert roles_of(["茶农心声", "林晓：青石镇茶农", OPENING]) == [Role.HEADING, Role.HEADING, Role.BODY]
    assert roles_of(["路通了", OPENING]) == [Role.HEADING, Role.BODY]


def test_a_last_line_without_a_clause_mark_stays_the_runs() -> None:
    # 「青石镇成立调解中心」/「把矛盾化解在基层」 over text: a title's last line holds no comma.
    assert roles_of(["青石镇成立调解中心", "把矛盾化解在基层"]) == [Role.HEADING, Role.HEADING]


def test_a_one_line_run_or_one_with_a_slogan_is_left() -> None:
    assert roles_of([OPENING]) == [Role.HEADING]
    assert roles_of(["路通了  茶兴了", OPENING]) == [Role.HEADING, Role.HEADING]


def test_a_briefs_first_line_under_its_boxs_label_is_text() -> None:
    assert roles_of(["简        讯", OPENING]) == [Role.HEADING, Role.BODY]


def test_a_line_that_the_line_above_leads_into_or_finishes_stays_the_runs() -> None:
    assert roles_of(["林晓说——", OPENING]) == [Role.HEADING, Role.HEADING]
    assert roles_of(["“路通了", "茶也兴了，今年”"]) == [Role.HEADING, Role.HEADING]
    # 「……通村公」/「路，……」: a word across the break.
    assert roles_of(["青石镇新修通村公", "路，今年全县还将"]) == [Role.HEADING, Role.HEADING]


def test_a_notices_title_or_a_line_that_opens_no_paragraph_stays_the_runs() -> None:
    assert roles_of(["关于青石镇部分区域", "临时停水的通告，"]) == [Role.HEADING, Role.HEADING]
    # Over a line as short as itself: no paragraph's first line over its second.
    assert roles_of(["路通了", OPENING], ["施工队伍已经进场，预计", "年底前完工。"]) == [Role.HEADING, Role.HEADING]
