"""segment.pagemarks: what the extractor's layout of a page's text says about the page."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.pagemarks import (
    blank_lines_at_all,
    blank_marks_blocks,
    indent_marks_paragraphs,
    lines_in_own_blocks,
    never_wrapped,
)

#: One column's lines, hard-wrapped at fourteen characters.
COLUMN = [
    "三月十日，临江县召开春耕生产",
    "动员会，部署全县春耕备耕工作",
    "会议要求各乡镇做好农资供应和",
    "技术指导，确保不误农时。会议",
    "还对青石镇茶园的春管工作作了",
    "安排，要求抓住时节，及早动手",
]


def test_blank_lines_between_blocks_mark_them_unless_every_line_stands_alone() -> None:
    blocks = build_line_infos([*COLUMN, "", *COLUMN, "", *COLUMN])
    assert blank_marks_blocks(blocks) and blank_lines_at_all(blocks)
    assert lines_in_own_blocks(blocks) == 0.0
    # Every line a block of its own (columns interleaved line by line), on a page long enough to say.
    alone = build_line_infos([row for line in COLUMN * 6 for row in (line, "")])
    assert lines_in_own_blocks(alone) == 1.0
    assert not blank_marks_blocks(alone) and blank_lines_at_all(alone)
    # A page without blank lines marks nothing; a short one says nothing of interleaving.
    assert not blank_marks_blocks(build_line_infos(COLUMN * 3))
    assert lines_in_own_blocks(build_line_infos([row for line in COLUMN for row in (line, "")])) == 0.0


def test_indents_mark_paragraphs_only_where_some_lines_carry_one() -> None:
    some = build_line_infos(["\u3000\u3000" + COLUMN[0], *COLUMN[1:], "\u3000\u3000" + COLUMN[0], *COLUMN[1:]])
    assert indent_marks_paragraphs(some)
    assert not indent_marks_paragraphs(build_line_infos(["\u3000\u3000" + line for line in COLUMN]))
    assert not indent_marks_paragraphs(build_line_infos(COLUMN))


def test_a_text_of_a_paragraph_to_a_line_was_never_wrapped() -> None:
    paragraphs = ["".join(COLUMN[:4]), "".join(COLUMN[4:]) + "各村都已备好种子和化肥，农技人员已下到田间地头。"]
    assert never_wrapped(build_line_infos(paragraphs))
    assert not never_wrapped(build_line_infos(COLUMN))
