"""segment.creditlines: a bracketed credit with a role word, alone on its line, closes the text above."""

from __future__ import annotations

import pytest

import banmian
import banmian.segment.creditlines as creditlines
from banmian.layout.lines import build_line_infos
from banmian.segment.roles import Role

FIRST = ["临江县通村公路全面完工", "　　临江县今年新修通村公路一百二十公里，全县所有行政村都通上了硬化路。", "　　公路通了以后，村民们卖茶叶方便多了。"]
SECOND = ["青石镇茶园扩种五千亩", "　　青石镇今年新扩种茶园五千亩，茶农人均增收三千元。", "　　镇里还请来农技专家，手把手教茶农修剪茶树。"]


def _articles(credit: str):
    return banmian.parse("\n".join([*FIRST, credit, *SECOND]) + "\n").articles


@pytest.mark.parametrize(("credit", "authors"), [("（本报记者 林晓 何春生）", ("林晓", "何春生")), ("（记者 林晓）", ("林晓",))])
def test_the_credit_closes_the_article_above_and_names_its_authors(credit: str, authors: tuple[str, ...]) -> None:
    first, second = _articles(credit)
    assert first.authors == authors and first.byline is None
    assert first.paragraphs[-1].text.startswith("公路通了以后") and first.paragraphs[-1].text.endswith("）")
    assert second.byline is None and second.authors == ()
    assert [p.text for p in second.paragraphs] == [line.strip() for line in SECOND[1:]]


def test_a_closing_credit_without_a_role_word_names_nobody() -> None:
    # 「（林晓 何春生）」 closes briefs; on an article without a byline it may be a brief's run in.
    first, _ = _articles("（林晓 何春生）")
    assert first.authors == () and first.paragraphs[-1].text.endswith("（林晓何春生）")


def test_without_the_rule_the_credit_is_the_next_articles_byline(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(creditlines, "settle_closing_credit_lines", lambda lines, roles: None)
    _, second = _articles("（本报记者 林晓 何春生）")
    assert second.byline is not None and second.authors == ("林晓", "何春生")


def _settled(above: str) -> Role:
    lines = build_line_infos([above, "（本报记者 林晓）"])
    roles = [Role.BODY, Role.BYLINE]
    creditlines.settle_closing_credit_lines(lines, roles)
    return roles[1]


def test_only_under_text_that_ends_a_sentence() -> None:
    assert _settled("公路通了以后，村民们卖茶叶方便多了。") is Role.BODY
    assert _settled("公路通了以后，村民们卖茶叶方便多了，") is Role.BYLINE


def test_a_byline_under_a_title_that_asks_stays_its_articles() -> None:
    # The title 「……好卖吗？」 ends on a sentence mark as text does; the credit under it opens its text.
    lines = build_line_infos(["路通了，茶叶好卖吗？", "（本报记者 林晓）"])
    roles = [Role.BODY, Role.BYLINE]
    creditlines.settle_closing_credit_lines(lines, roles)
    assert roles[1] is Role.BYLINE


def test_a_role_named_bracket_closing_a_paragraph_in_its_line_names_nobody() -> None:
    # Not a credit line of its own: a brief's credit that the plan ran into the article, maybe.
    text = "\n".join([FIRST[0], FIRST[1], FIRST[2] + "（记者 何春生）"]) + "\n"
    (article,) = banmian.parse(text).articles
    assert article.authors == ()
