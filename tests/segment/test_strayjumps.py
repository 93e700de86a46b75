"""segment.strayjumps: a 下转 note cut off its text by a photo goes back to that text (invented text)."""

from __future__ import annotations

import banmian
import banmian.segment.build as build
from pagetext import body

TEXT = body(
    "今年以来，临江县围绕乡村振兴总要求，扎实推进各项重点工作，取得了明显成效。",
    "全县完成农村改厕三千户，新建污水处理设施二十处，村容村貌明显改观。",
)


def _page(*tail: str) -> banmian.Page:
    return banmian.parse("\n".join(["临江县全面推进乡村振兴", "本报记者 林晓", *TEXT, *tail]) + "\n")


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
