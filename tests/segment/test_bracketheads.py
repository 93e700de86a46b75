"""A headline's first lines left in the text above it (segment.bracketheads): the run closes a
column tag's bracket that the lines above opened."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.bracketheads import MAX_LINES_ABOVE, mark_bracket_openings
from banmian.segment.roles import Role

B, H = Role.BODY, Role.HEADING
TEXT_ABOVE = ["县里今年新修农村公路一百二", "十公里，群众出行更加方便。"]
TEXT_BELOW = ["本报讯（记者 林晓）青石镇", "今年种植的三千亩早稻日前开", "镰收割。"]


def _marked(title_lines: list[str], heading_from: int) -> list[Role]:
    """Roles of the title's lines after the rule, the rules before it having found the title's
    lines from ``heading_from`` on."""
    rows = [*TEXT_ABOVE, *title_lines, *TEXT_BELOW]
    roles = [B] * len(rows)
    first = len(TEXT_ABOVE)
    for k in range(first + heading_from, first + len(title_lines)):
        roles[k] = H
    mark_bracket_openings(build_line_infos(rows), roles)
    assert roles[:first] == [B] * first and roles[first + len(title_lines) :] == [B] * len(TEXT_BELOW)
    return roles[first : first + len(title_lines)]


def test_the_line_that_opens_the_bracket_a_headline_closes_is_the_headlines():
    """「青石镇人气旺了（」/「乡村观察）」: the run closes a bracket it never opened; the line above,
    after a finished sentence, opens it."""
    assert _marked(["青石镇人气旺了（", "乡村观察）"], 1) == [H, H]


def test_the_title_goes_on_up_to_the_line_after_a_finished_sentence():
    """「山水青石，茶香」/「满园（乡村观察·」/「青石镇）」: up from the line opening the bracket to the
    line after the sentence's end, though the first line holds a comma."""
    assert _marked(["山水青石，茶香", "满园（乡村观察·", "青石镇）"], 2) == [H, H, H]


def test_a_line_ending_a_sentence_above_the_run_keeps_it_as_it_is():
    """A closing bracket under a line that ends a sentence closes no title's tag begun above it:
    a title ends no sentence on one of its lines, with a full stop or another mark."""
    assert _marked(["茶园喜获丰收（乡村", "林晓说茶园今年丰收。", "观察）"], 2) == [B, B, H]
    assert _marked(["茶园喜获丰收（乡村", "林晓说茶园今年又丰收！", "观察）"], 2) == [B, B, H]


def test_a_picture_agency_after_a_photographers_credit_opens_no_title():
    """「林晓 摄影报道（青石视」/「觉）」: the bracket names the agency of a photograph's credit."""
    assert _marked(["林晓 摄影报道（青石视", "觉）"], 1) == [B, H]


def test_a_quotation_closed_by_the_run_is_left_alone():
    """「“茶园今年又丰收了」/「林晓说”」: a run closing a quotation is as often a paragraph's last words."""
    assert _marked(["“茶园今年又丰收了", "林晓说”"], 1) == [B, H]


def test_no_more_than_max_lines_above_are_taken():
    """A bracket opened more than MAX_LINES_ABOVE lines up is left as text."""
    lines = ["青石镇（乡村"] + ["观察"] * MAX_LINES_ABOVE + ["茶香）"]
    assert _marked(lines, len(lines) - 1) == [B] * (len(lines) - 1) + [H]
    lines = ["青石镇（乡村"] + ["观察"] * (MAX_LINES_ABOVE - 1) + ["茶香）"]
    assert _marked(lines, len(lines) - 1) == [H] * len(lines)


def test_a_run_that_opens_what_it_closes_is_left_alone():
    """「青石镇茶园丰收（乡村观察）」 under a line of text: nothing above belongs to it."""
    assert _marked(["林晓说茶园今年", "青石镇茶园丰收（乡村观察）"], 1) == [B, H]


def test_a_bylines_or_a_credits_bracket_opens_no_column_tag():
    """「本报讯（记者 林」/「晓）」 and 「……比赛。（林晓」/「何春生）」: the bracket a byline or a brief's
    closing credit opens is no title's; a question mark before a tag does not stop a title."""
    assert _marked(["本报讯（记者 林", "晓）"], 1) == [B, H]
    assert _marked(["小读者参加故事比赛。（林晓", "何春生）"], 1) == [B, H]
    assert _marked(["茶园今年还能丰收吗？（乡村", "观察）"], 1) == [H, H]


def test_half_width_brackets_are_a_column_tags_too():
    assert _marked(["青石镇人气旺了(", "乡村观察)"], 1) == [H, H]


def _roles_after(rows: list[str], roles: list[Role]) -> list[Role]:
    mark_bracket_openings(build_line_infos(rows), roles)
    return roles


def test_a_line_of_another_role_or_a_blank_line_between_stops_the_walk_up():
    """Only lines of text right above the run are its first lines: a caption's line or a blank
    line between them ends the walk, and nothing is taken."""
    rows = [*TEXT_ABOVE, "青石镇人气旺了（", "图为村民采茶。", "乡村观察）"]
    roles = [B, B, B, Role.CAPTION, H]
    assert _roles_after(rows, roles)[2] is B
    rows = [*TEXT_ABOVE, "青石镇人气旺了（", "", "乡村观察）"]
    assert _roles_after(rows, [B, B, B, B, H])[2] is B


def test_the_title_may_open_the_page_or_stand_under_a_headline_or_a_blank_line():
    """The walk up ends where no running text goes on into the line: the page's first line, a
    line under a headline line, or one under a blank line."""
    # The page's last line goes on: only the page's start, not its end, may stand above the title.
    assert _roles_after(["青石镇人气旺了（", "乡村观察）", *TEXT_BELOW[:2]], [B, H, B, B])[:2] == [H, H]
    rows = ["要闻", "青石镇人气旺了（", "乡村观察）", *TEXT_BELOW]
    assert _roles_after(rows, [H, B, H, B, B, B])[:3] == [H, H, H]
    rows = ["县里今年新修农村公路一百二", "", "青石镇人气旺了（", "乡村观察）", *TEXT_BELOW]
    assert _roles_after(rows, [B, B, B, H, B, B, B])[2] is H


def test_the_rule_runs_among_the_page_rules_and_its_lines_stay_headlines():
    """Through segment.roles, with the line classifier: 「青石新貌，茶乡」/「飘香（乡村观察·」 stay text
    by every rule before this one (a comma, a line as short as a paragraph's end), the run under
    them closes their bracket, and no later rule undoes the title's first lines."""
    from banmian.segment.roles import assign_roles
    from pagetext import body

    library = body(
        "县图书馆近日开展读书月活动，林晓馆长介绍，馆里新购图书两千册，设立了儿童阅览区和老年读者专座。",
        "读书月期间，图书馆每周六举办一场讲座，邀请本地作家分享写作经验，并组织小读者参加故事比赛。",
        column=10,
    )
    association = body(
        "县青年创业协会昨天在城东会展中心成立，何春生当选首任会长。协会现有会员一百二十名，多数从事电商、"
        "农产品加工和乡村旅游，将为返乡青年提供贷款咨询、技术培训和市场对接服务。",
        column=10,
    )
    title = ["青石新貌，茶乡", "飘香（乡村观察·", "70年·走进青石", "茶园）"]
    roles = assign_roles(build_line_infos([*library, *title, *association]))
    assert roles[len(library) : len(library) + len(title)] == [H] * len(title)
    assert roles[len(library) - 1] is B and roles[len(library) + len(title)] is B


def test_a_picture_agencys_bracket_opens_no_title_whatever_tag_the_run_closes():
    """「林晓 摄影报道（青石视」/「觉）茶园丰收（乡村观察）」: the run ends on a column tag of its own,
    but the bracket the line above opens follows a photographer's credit."""
    assert _marked(["林晓 摄影报道（青石视", "觉）茶园丰收（乡村观察）"], 1) == [B, H]
