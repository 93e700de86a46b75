"""The learned classifier's headlines where blank lines mark pdftotext's blocks (segment.learnedroles)."""

from __future__ import annotations

import banmian.segment.learnedroles as learnedroles
from banmian.layout.lines import build_line_infos
from banmian.segment.lineclass import LineProbs
from banmian.segment.roles import Role

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
