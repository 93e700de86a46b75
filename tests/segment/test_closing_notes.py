"""Lines that close a text as its last words: an end mark 「（完）」, a source or author note in
brackets, and a photo's source tag under its photographer's credit (layout.punctuation.END_MARK,
layout.lines.CLOSING_NOTE and PHOTO_SOURCE_TAG, segment.creditlines)."""

from __future__ import annotations

import re

import pytest

import banmian
import banmian.layout.punctuation as punctuation
import banmian.segment.creditlines as creditlines
from banmian.layout.lines import build_line_infos
from banmian.segment.roles import Role
from pagetext import body

FIRST = body(
    "连日来，青石镇抓住有利天气，组织农户开展春耕备耕，全镇已完成翻耕土地两万余亩。",
    "据了解，该镇今年计划种植水稻三万亩，目前种子、化肥等农资已全部到位。",
)
SECOND = body(
    "本报讯（记者 何春生）3月10日，临江县农业农村局举办春季农业技术培训班，一百二十余名种粮大户参加培训。",
    "培训班请来省里的专家授课，内容涵盖水稻育秧、病虫害防治等。",
)


def _parse(*lines: str) -> banmian.Page:
    return banmian.parse("\n".join(lines) + "\n")


def _two_articles(end: str = "（完）", mark: str = "■ ") -> list[banmian.Article]:
    last = FIRST[-1] + end if end else FIRST[-1]
    return list(_parse("青石镇春耕备耕忙", *FIRST[:-1], last, f"{mark}临江县举办农技培训班", *SECOND).articles)


def test_an_end_mark_closes_the_text_and_the_marked_title_opens_the_next() -> None:
    first, second = _two_articles()
    assert first.title is not None and first.title.text == "青石镇春耕备耕忙"
    assert first.paragraphs[-1].text.endswith("全部到位。（完）")
    # The square before the title is ornament, not the title's words.
    assert second.title is not None and second.title.text == "临江县举办农技培训班"
    assert second.authors == ("何春生",)


@pytest.mark.parametrize(("text", "kept"), [("■ 临江县举办培训班", "临江县举办培训班"), ("■ ■", "■ ■"), ("◆◆", "◆◆")])
def test_a_headlines_mark_is_taken_off_but_marks_alone_stay(text: str, kept: str) -> None:
    from banmian.segment.build import without_headline_mark

    assert without_headline_mark(text) == kept


def test_without_the_end_mark_rule_the_next_article_runs_into_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(punctuation, "END_MARK", re.compile(r"(?!)"))
    articles = _two_articles()
    assert len(articles) == 1 and any("临江县举办农技培训班" in p.text for p in articles[0].paragraphs)


@pytest.mark.parametrize("text", ["……到位。（完）", "……到位。（全文完）", "（完）", "……未完。（待续）"])
def test_end_marks_end_a_sentence(text: str) -> None:
    assert punctuation.ends_sentence(text)


@pytest.mark.parametrize("text", ["……到位，（完）", "……到位。（林晓）", "……到位。（另见第三版）", "完）"])
def test_other_brackets_and_an_open_sentence_do_not(text: str) -> None:
    assert not punctuation.ends_sentence(text)


@pytest.mark.parametrize("note", ["（来源：临江县融媒体中心）", "（作者为临江县委党校教授）", "（作者单位：临江师范学院）", "（据新华社电）"])
def test_a_closing_note_stays_the_last_words_of_the_text(note: str) -> None:
    articles = _parse("青石镇春耕备耕忙", *FIRST, note, "临江县举办农技培训班", *SECOND).articles
    assert [a.title.text if a.title else None for a in articles] == ["青石镇春耕备耕忙", "临江县举办农技培训班"]
    assert articles[0].paragraphs[-1].text.endswith("全部到位。" + note)
    assert articles[1].kicker is None


def _without_closing_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The note pattern blind to notes (every reader asks layout.punctuation): the rule switched off."""
    monkeypatch.setattr(punctuation, "CLOSING_NOTE", re.compile(r"(?!)"))


def test_without_the_rule_the_note_heads_the_next_article(monkeypatch: pytest.MonkeyPatch) -> None:
    _without_closing_notes(monkeypatch)
    articles = _parse("青石镇春耕备耕忙", *FIRST, "（作者单位：临江师范学院）", "临江县举办农技培训班", *SECOND).articles
    assert any("临江师范学院" in "".join(u.text for u in (a.kicker, a.title) if u) for a in articles)


def test_a_note_over_a_caption_is_no_part_of_the_photo(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ("青石镇春耕备耕忙", *FIRST, "（来源：临江县融媒体中心）", "图为青石镇农户在田间作业。", "周敏 摄")
    page = _parse(*lines)
    assert page.articles[0].paragraphs[-1].text.endswith("（来源：临江县融媒体中心）")
    assert all("来源" not in c.text for a in page.articles for c in a.captions)
    assert all(a.title is None or "来源" not in a.title.text for a in page.articles)
    _without_closing_notes(monkeypatch)
    assert not _parse(*lines).articles[0].paragraphs[-1].text.endswith("（来源：临江县融媒体中心）")


def test_a_note_under_an_open_sentence_is_left_alone() -> None:
    lines = build_line_infos(["目前种子、化肥等农资已", "（来源：临江县融媒体中心）"])
    roles = [Role.BODY, Role.HEADING]
    creditlines.settle_closing_notes(lines, roles)
    assert roles[1] is Role.HEADING


def test_a_photo_source_tag_stays_with_its_credit() -> None:
    page = _parse("青石镇春耕备耕忙", *FIRST, "图为青石镇农户在田间作业。", "新华社记者 周敏 摄", "（新华社发）")
    captions = [c.text for a in page.articles for c in a.captions]
    assert len(captions) == 1 and captions[0].startswith("图为") and captions[0].endswith("摄（新华社发）")
    assert page.unplaced == ()


def test_without_the_rule_the_tag_is_left_over(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(creditlines, "settle_photo_source_tags", lambda lines, roles: None)
    page = _parse("青石镇春耕备耕忙", *FIRST, "图为青石镇农户在田间作业。", "新华社记者 周敏 摄", "（新华社发）")
    captions = [c.text for a in page.articles for c in a.captions]
    assert not any(c.endswith("（新华社发）") for c in captions)


def test_a_tag_under_no_credit_is_no_photos() -> None:
    lines = build_line_infos(["图为青石镇农户在田间作业。", "（新华社发）"])
    roles = [Role.CAPTION, Role.HEADING]
    creditlines.settle_photo_source_tags(lines, roles)
    assert roles[1] is Role.HEADING


def test_a_captions_credit_in_brackets_on_its_own_line_stays_with_it() -> None:
    page = _parse("青石镇春耕备耕忙", *FIRST, "图为青石镇农户在田间作业。", "（图片由临江县委宣传部提供）")
    captions = [c.text for a in page.articles for c in a.captions]
    assert captions == ["图为青石镇农户在田间作业。（图片由临江县委宣传部提供）"] and page.unplaced == ()


def test_numbered_photos_captions_are_captions() -> None:
    text = body("本报讯（记者 何春生）3月10日，青石镇召开春耕生产动员会。会议要求各村抓好春耕备耕各项工作，确保不误农时。")
    page = _parse("青石镇召开春耕动员会", *text, "图①：青石镇农户在田间作业。", "图②：临江县农技人员在指导。", "林晓 何春生 摄")
    assert all("图①" not in p.text for a in page.articles for p in a.paragraphs)
    assert any(c.text.startswith("图①：") for a in page.articles for c in a.captions)


def test_a_jump_note_under_a_photo_credit_is_no_source_tag() -> None:
    page = _parse("青石镇春耕备耕忙", *FIRST, "图为青石镇农户在田间作业。 周敏 摄", "（上接第八版）", *SECOND[1:])
    assert all(not c.text.endswith("版）") for a in page.articles for c in a.captions)
    assert any(a.continued_from == 8 for a in page.articles)


@pytest.mark.parametrize("lines", [["（完）"], ["", "（完）"], ["（待续）"], ["", "（来源：临江日报）"]])
def test_an_end_mark_or_note_on_its_own_line_closes_the_text(lines: list[str]) -> None:
    # Alone on its line, or in a block of its own after a blank line: no kicker of the next article.
    articles = _parse("青石镇春耕备耕忙", *FIRST, *lines, "临江县举办农技培训班", *SECOND).articles
    assert [a.title.text if a.title else None for a in articles] == ["青石镇春耕备耕忙", "临江县举办农技培训班"]
    assert articles[1].kicker is None and articles[0].paragraphs[-1].text.endswith(lines[-1])
