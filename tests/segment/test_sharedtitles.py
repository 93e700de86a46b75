"""segment.sharedtitles: two articles' titles printed on one row are cut apart by the bodies that
restate them (invented text)."""

from __future__ import annotations

import pytest

import banmian
import banmian.segment.sharedtitles as sharedtitles
from pagetext import body

LEFT = "临江县召开春耕生产动员会"
RIGHT = "青石镇茶园扩种五千亩"
LEFT_TEXT = body(
    "本报讯（记者 林晓）3月10日，临江县召开春耕生产动员会，部署全县春耕生产工作。",
    "会议要求，各乡镇要抓好种子化肥供应，确保春耕生产顺利进行。",
)
RIGHT_TEXT = body(
    "本报讯（记者 何春生）今年，青石镇茶园扩种五千亩，全镇茶园面积达到两万亩。",
    "镇里请来农技专家，手把手教茶农修剪茶树，茶农人均增收三千元。",
)


def _titles(row: str) -> dict[str, str | None]:
    page = banmian.parse("\n".join([row, *LEFT_TEXT, *RIGHT_TEXT]) + "\n")
    return {a.byline.text if a.byline else "": a.title.text if a.title else None for a in page.articles}


def test_two_titles_on_one_row_go_to_the_texts_that_restate_them() -> None:
    titles = _titles(f"{LEFT} {RIGHT}")
    assert titles == {"本报讯（记者 林晓）": LEFT, "本报讯（记者 何春生）": RIGHT}


def test_without_the_rule_one_text_takes_both(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sharedtitles, "split_shared_titles", lambda plans: None)
    assert f"{LEFT} {RIGHT}" in _titles(f"{LEFT} {RIGHT}").values()


def test_a_title_of_two_phrases_that_its_text_restates_stays_whole() -> None:
    # Both phrases are the left text's: no other text restates the second.
    row = "临江县召开动员会 部署春耕生产"
    assert _titles(row)["本报讯（记者 林晓）"] == row


def test_a_phrase_its_own_text_restates_stays_though_another_text_restates_it_too() -> None:
    row = f"{LEFT} 部署春耕生产工作"
    third = body("本报讯（记者 周敏）3月11日，青石镇部署春耕生产工作，全镇落实水稻三万亩。")
    page = banmian.parse("\n".join([row, *LEFT_TEXT, *third]) + "\n")
    titles = {a.byline.text if a.byline else "": a.title.text if a.title else None for a in page.articles}
    assert titles["本报讯（记者 林晓）"] == row and titles["本报讯（记者 周敏）"] is None


def test_a_photos_title_beside_an_articles_over_its_caption() -> None:
    # The row holds the article's title and the photo's; the caption under it restates the photo's.
    row = f"{LEFT} 茶园春色满山坡"
    caption = ["青石镇的茶园春色满山坡，茶农正在采摘今年第一批春茶。图为茶农在", "采摘春茶。 周敏 摄"]
    page = banmian.parse("\n".join(["青石镇举办茶文化节", *RIGHT_TEXT, row, *caption, *LEFT_TEXT]) + "\n")
    photo = next(a for a in page.articles if a.captions and not a.paragraphs)
    assert photo.title is not None and photo.title.text == "茶园春色满山坡"
    assert photo.captions[0].text.startswith("青石镇的茶园")
    article = next(a for a in page.articles if a.byline is not None and "林晓" in a.byline.text)
    assert article.title is not None and article.title.text == LEFT
