"""The title of a continued article printed over its 上接 note (segment.jumptitles)."""

from __future__ import annotations

import banmian
from banmian.layout.lines import build_line_infos
from banmian.segment.jumptitles import mark_titles_over_jumps, mark_titles_under_jump_ends
from banmian.segment.roles import Role, assign_roles

HEAD = "临江县召开秋粮收购推进会"
ABOVE = (
    "本报讯（记者 林晓）九月二十日，临江县召开秋粮收购",
    "工作推进会，部署下一阶段收购工作，要求各乡镇",
    "抓实抓细秋粮收储工作，确保颗粒归仓。",
    "会议强调，要做好服务保障。",
)
CONTINUED = (
    "青石镇地处临江上游，镇上的茶园依山而建，",
    "一层一层铺到山顶。镇里的茶农每天天不亮就",
    "上山采茶，一直忙到太阳落山才回家。",
    "村民林晓说，这些年日子越过越好了。",
)


def _roles(lines: list[str]) -> list[Role]:
    """Roles of the page: the article above under its title, then ``lines``, then the page's end."""
    return assign_roles(build_line_infos([HEAD, *lines, ""]))[1:-1]


def test_a_line_between_a_finished_sentence_and_a_continued_from_note_is_the_title() -> None:
    roles = _roles([*ABOVE, "青石镇的秋天", "（上接第三版）", *CONTINUED])
    # Without the note the line rules read the short line as the last of the text above it.
    assert roles[4] is Role.HEADING
    articles = banmian.parse("\n".join([HEAD, *ABOVE, "青石镇的秋天", "（上接第三版）", *CONTINUED, ""])).articles
    continued = [a for a in articles if a.continued_from == 3]
    assert [a.title.text for a in continued] == ["青石镇的秋天"]


def test_a_title_over_the_note_under_a_notices_closing_date_is_the_title() -> None:
    """「……特此通告。」/「临江县交通运输局」/「2024年3月1日」/「青石镇的秋天」/「（上接第三版）」, every
    line read as text: a notice's closing date ends its text as a full stop does, so the line
    between it and the note is the continued article's title, and the date is no title's line."""
    notice = ["因道路施工，城西路自三月五日起封闭。", "特此通告。", "临江县交通运输局", "2024年3月1日"]
    lines = build_line_infos([*notice, "青石镇的秋天", "（上接第三版）", *CONTINUED])
    roles = [Role.BODY] * len(lines)
    roles[5] = Role.JUMP
    mark_titles_over_jumps(lines, roles)
    assert roles[2:5] == [Role.BODY, Role.BODY, Role.HEADING]


def test_a_title_wrapped_over_two_lines_over_the_note_is_one_title() -> None:
    roles = _roles([*ABOVE, "全县秋粮收购量有望突破1.", "2万吨（秋收一线）", "（上接第三版）", *CONTINUED])
    assert roles[4:6] == [Role.HEADING, Role.HEADING]


def test_text_the_sentence_above_runs_into_is_no_title() -> None:
    lines = build_line_infos([*ABOVE[:2], "抓实抓细秋粮收储工作", "（上接第三版）", *CONTINUED])
    roles = [Role.BODY, Role.BODY, Role.BODY, Role.JUMP, Role.BODY, Role.BODY, Role.BODY, Role.BODY]
    mark_titles_over_jumps(lines, roles)
    assert roles[2] is Role.BODY


def test_a_title_over_the_note_under_a_briefs_credit_broken_over_two_lines() -> None:
    """A brief's credit broken over lines (「……。（林晓 何」/「春生）」) ends the text above: the line
    under it, over the note, is the title; the credit's tail is none of it."""
    lines = build_line_infos([*ABOVE[:3], "全县秋粮收购进展顺利。（林晓 何", "春生）", "青石镇的秋天", "（上接第三版）", *CONTINUED])
    roles = [Role.BODY] * len(lines)
    roles[6] = Role.JUMP
    mark_titles_over_jumps(lines, roles)
    assert roles[3:6] == [Role.BODY, Role.BODY, Role.HEADING]


# Under a 下转 note (segment.jumptitles.mark_titles_under_jump_ends): the text above has ended.
SENT_ON = (
    "本报讯（记者 林晓）九月二十日，临江县召开秋粮收购",
    "工作推进会，部署下一阶段收购工作，要求各乡镇",
    "抓实抓细秋粮收储工作，确保颗粒归仓。会议",
)
NEXT_TEXT = (
    "　　今年以来，青石镇结合本地实际，",
    "把茶园提升作为富民工程，一层一层铺到山顶。",
    "镇里的茶农每天天不亮就上山采茶。",
)


def _under_note(title: list[str], below: tuple[str, ...] = NEXT_TEXT) -> tuple[list[Role], list[Role]]:
    """Roles of ``title`` under a 下转 note, with every line read as text first, and after the rule."""
    lines = build_line_infos([*SENT_ON, "（下转第二版）", *title, *below])
    roles = [Role.BODY] * len(lines)
    roles[len(SENT_ON)] = Role.JUMP
    start = len(SENT_ON) + 1
    before = roles[start : start + len(title)]
    mark_titles_under_jump_ends(lines, roles)
    return before, roles[start : start + len(title)]


def test_lines_under_a_sent_on_note_over_an_indented_paragraph_are_a_headline() -> None:
    _, after = _under_note(["临江县二〇二", "〇年秋粮收购今起开始"])
    assert after == [Role.HEADING, Role.HEADING]


def test_a_title_closed_by_its_column_tag_under_the_note_is_a_headline() -> None:
    _, after = _under_note(["青石镇的秋天（乡村观察）"], below=("今年以来，青石镇结合本地实际，把茶园提升作为富民工程，一层一层铺到山顶。",))
    assert after == [Role.HEADING]


def test_text_that_runs_on_under_the_note_is_no_headline() -> None:
    """A line under the note whose next line goes on with it (no indent, no byline) is text."""
    _, after = _under_note(["今年以来青石镇结合本地实际把茶"], below=("园提升作为富民工程，一层一层铺到山顶。", "镇里的茶农每天天不亮就上山采茶。"))
    assert after == [Role.BODY]


def test_a_sentence_under_the_note_is_no_headline() -> None:
    _, after = _under_note(["青石镇的茶园一层一层铺到山顶。"])
    assert after == [Role.BODY]


def test_the_rule_runs_on_drawing_order_text_only() -> None:
    """pdftotext, which marks its blocks with blank lines, goes on under a 下转 note with the next
    column's text, here mid-sentence over a line one indent short: there the rule does not run."""
    page = [HEAD, *SENT_ON, "（下转第二版）", "", "青石镇结合本地实际把茶园提升作为富民", "工程，镇里的茶农每天天不亮就上山。", "", *CONTINUED, ""]
    lines = build_line_infos(page)
    roles = assign_roles(lines)
    text = len(SENT_ON) + 3
    assert roles[text] is Role.BODY
    mark_titles_under_jump_ends(lines, roles)  # the rule alone would take the line for a title
    assert roles[text] is Role.HEADING


def test_a_brief_under_the_note_whose_lines_run_on_into_its_sentence_is_no_headline() -> None:
    """A brief's lines without a sentence's end (「……全镇秋粮丰收的」) run on into the line that ends its
    sentence, however short that line: text, not a headline over an indented paragraph."""
    _, after = _under_note(
        ["春耕备耕与秋收秋种既是青石镇今年工作的重", "点，也是全镇农业生产今年秋粮丰收的"],
        below=("重要基础。会上，林晓介绍了今年全镇的", *NEXT_TEXT),
    )
    assert after == [Role.BODY, Role.BODY]
