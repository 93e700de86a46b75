"""segment.namebylines: a writer's bare name on its own line under a title is the byline."""

from __future__ import annotations

import pytest

import banmian
import banmian.segment.namebylines as namebylines
from pagetext import body

TEXT = body(
    "基层治理头绪多，要紧的是选对切口。青石镇先从村民最头疼的停车难入手，一年办成三十多件实事。",
    "这启示我们，治理不在于口号多响亮，而在于问题解决得多实在。",
)
TITLE = "把小事办成实事"


def _article(name: str) -> banmian.Article:
    (article,) = banmian.parse("\n".join(["第5版 理论·评论", TITLE, name, *TEXT]) + "\n").articles
    return article


@pytest.mark.parametrize(("name", "authors"), [("林晓", ("林晓",)), ("何春生", ("何春生",)), ("林晓 何春生", ("林晓", "何春生"))])
def test_a_bare_name_under_a_title_is_its_byline(name: str, authors: tuple[str, ...]) -> None:
    article = _article(name)
    assert article.title is not None and article.title.text == TITLE
    assert article.byline is not None and article.authors == authors
    assert article.paragraphs[0].text.startswith("基层治理")


def test_without_the_rule_the_name_is_the_titles_tail(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(namebylines, "mark_name_bylines", lambda lines, roles: None)
    article = _article("林晓")
    assert article.authors == () and article.title is not None and article.title.text == TITLE + "林晓"


@pytest.mark.parametrize("tail", ["金牌", "万旅客", "王勇出席"])
def test_a_titles_wrapped_tail_that_opens_with_a_surname_is_no_name(tail: str) -> None:
    # A word of the dictionary (金牌), a word across the break (服务千/万旅客), four characters.
    title = "青石镇选手夺得" if tail == "金牌" else ("服务千" if tail == "万旅客" else "乡村振兴论坛举行")
    (article,) = banmian.parse("\n".join([title, tail, *TEXT]) + "\n").articles
    assert article.authors == () and article.byline is None


def test_a_name_the_text_opens_on_is_the_titles_subject_not_its_writer() -> None:
    text = ["追记优秀共产党员", "何春生", "何春生同志生前是青石镇党委书", "记，他扎根基层三十年，为群众办了许多实事。"]
    (article,) = banmian.parse("\n".join(text) + "\n").articles
    assert article.authors == () and article.byline is None
