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
