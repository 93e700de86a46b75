"""Sub-headings set after a mark or numbered, between the paragraphs of an article (invented text)."""

from __future__ import annotations

import banmian
from banmian import ParagraphRole
from pagetext import page, wrap

OPENING = "夜色渐深，青石镇的街道上渐渐安静下来。派出所民警林晓和往常一样，换上警服，开始了一天的夜间巡逻。"
FIRST = "去年冬天的一个深夜，派出所接到报警电话，一名老人在回家途中迷了路，林晓立即带领同事出警寻找。"
SECOND = "林晓随身带着一个小本子，上面密密麻麻地记着群众反映的问题，一件一件抓落实。"


def _indented(paragraph: str) -> list[str]:
    """A paragraph whose indent the extractor kept, as two ideographic spaces."""
    first, *rest = wrap(paragraph)
    return ["\u3000\u3000" + first, *rest]


def _parts(lines: list[str]) -> list[tuple[str, str]]:
    (article,) = banmian.parse(page(["守护青石镇的夜行者", "本报记者 何春生", *lines])).articles
    return [(p.role.value, p.text) for p in article.paragraphs]


def test_a_marked_line_between_paragraphs_is_a_subheading() -> None:
    # Set in the column like a paragraph: indented, in the text's type.
    lines = [*_indented(OPENING), "\u3000\u3000■一次特别的出警", *_indented(FIRST), "\u3000\u3000■小本子里的大民生", *_indented(SECOND)]
    assert _parts(lines) == [
        ("body", OPENING),
        ("subheading", "■一次特别的出警"),
        ("body", FIRST),
        ("subheading", "■小本子里的大民生"),
        ("body", SECOND),
    ]


def test_a_numbered_subheading_wrapped_over_two_lines_is_one() -> None:
    lines = [*wrap(OPENING), "一、群众的事没有小", "事", *wrap(FIRST)]
    assert [role for role, _ in _parts(lines)] == ["body", "subheading", "body"]
    assert _parts(lines)[1][1] == "一、群众的事没有小事"


def test_a_numbered_item_running_on_into_the_text_is_no_subheading() -> None:
    item = "二、巡逻中发现的安全隐患要当场登记，限期整改。"
    lines = [*wrap(OPENING), *wrap(item, indent=0), *wrap(FIRST)]
    assert all(role == ParagraphRole.BODY.value for role, _ in _parts(lines))


# A paragraph of two lines under a numbered sub-heading ends on a short line, and a line whose
# figures are set at half width is short too: the paragraph's first line is then told by its own
# shortfall from the column (an indent), not by the line under it. The sub-heading fills most of
# its column, so that only its mark tells it from text.
LONG_HEAD = "一、守住全镇粮食生产"


def test_a_numbered_subheading_over_a_two_line_paragraph() -> None:
    # The column is 13 em: the paragraph's first line, 11 em, is short of it by the indent.
    lines = [*wrap(OPENING), LONG_HEAD, "全镇今年种下水稻三万亩", "，比去年多两千亩。", *wrap(FIRST)]
    assert [role for role, _ in _parts(lines)] == ["body", "subheading", "body", "body"]


def test_a_numbered_subheading_over_a_line_of_figures() -> None:
    lines = [*wrap(OPENING), LONG_HEAD, "全镇今年粮食播种面积稳", "定在50万亩以上，水稻30", "万亩。", *wrap(FIRST)]
    assert [role for role, _ in _parts(lines)] == ["body", "subheading", "body", "body"]


def test_a_line_opening_on_a_number_is_not_read_as_a_paragraphs_first() -> None:
    # 「四、本决定自」/「2019年10月27日起」: the item's line stopped early because the number did not
    # fit, and the line under it is short of the column for its half-width digits, not an indent.
    from banmian.layout.lines import build_line_infos
    from banmian.segment.markedheads import _opens_paragraph
    from banmian.segment.roles import Role

    column = "夜色渐深，青石镇的街道上渐" * 3
    for opening, expected in (("2019年10月27日全镇各", False), ("全镇今年种下水稻三万", True)):
        lines = build_line_infos([column[:13], column[13:26], opening, "起全面施行。"])
        roles = [Role.BODY] * 4
        assert _opens_paragraph(lines, roles, 2) is expected, opening


def test_a_subheading_keeps_the_gap_between_its_phrases() -> None:
    # As a title does: 「政府补贴 老人受益」 is two phrases, printed apart.
    lines = [*_indented(OPENING), "\u3000\u3000◆政府补贴 老人受益", *_indented(FIRST)]
    assert _parts(lines)[1] == ("subheading", "◆政府补贴 老人受益")


def test_a_short_line_ending_no_sentence_under_it_is_a_headings_tail() -> None:
    # 「持续优化服务环境的」 over 「重要举措」: the short line ends no sentence and holds no figures, so
    # the line above it is no paragraph's first (the heading 「一、……是」 wraps over three lines).
    from banmian.layout.lines import build_line_infos
    from banmian.segment.markedheads import _opens_paragraph
    from banmian.segment.roles import Role

    full = "夜色渐深，青石镇的街道上渐"[:11]
    for tail, expected in (("重要举措", False), ("重要举措。", True), ("有20项", True)):
        lines = build_line_infos([full, full, "持续优化服务环境的", tail])
        assert _opens_paragraph(lines, [Role.BODY] * 4, 2) is expected, tail
