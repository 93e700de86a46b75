"""segment.strayjumps: a 下转 note cut off its text by a photo goes back to that text (invented text)."""

from __future__ import annotations

import banmian
import banmian.segment.build as build
from pagetext import body

TEXT = body(
    "今年以来，临江县把村里的小事当大事办，一件一件落实，村民都说好。",
    "全县修好村道三百公里，建起二十座小游园，青石镇的变化最大。",
)


def _page(*tail: str) -> banmian.Page:
    return banmian.parse("\n".join(["临江县一年办成百件实事", "本报记者 林晓", *TEXT, *tail]) + "\n")


def test_a_jump_note_under_a_photo_goes_to_the_text_above() -> None:
    page = _page("▲青石镇农户在田间作业。 周敏 摄", "（转第3版）")
    article = next(a for a in page.articles if a.title is not None)
    assert article.continued_to == 3
    assert all(a.paragraphs or a.captions or a.title for a in page.articles)


def test_without_the_rule_the_note_is_an_article_of_its_own(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(build, "join_stray_jumps", lambda articles: articles)
    page = _page("▲青石镇农户在田间作业。 周敏 摄", "（转第3版）")
    assert any(a.continued_to == 3 and not a.paragraphs for a in page.articles)


def test_a_text_that_goes_on_already_keeps_its_own_note() -> None:
    # The text's own note stands under it; the second note after the photo stays apart.
    page = _page("（下转第2版）", "▲青石镇农户在田间作业。 周敏 摄", "（转第3版）")
    article = next(a for a in page.articles if a.title is not None)
    assert article.continued_to == 2 and len(article.jumps) == 1
    assert any(a.continued_to == 3 for a in page.articles if a is not article)
