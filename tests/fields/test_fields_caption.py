import pytest

from banmian.fields.caption import caption_score, photo_credit, without_credit
from banmian.segment.captions import CAPTION_BLOCK_SCORE

#: Scores above this mean "caption" in these tests; the engine chooses its own threshold.
CAPTION = 0.5


@pytest.mark.parametrize(
    "text",
    [
        "6月2日，市民在公园里散步。本报记者 林晓东 摄",
        "图为工人正在检修线路。郑子安/摄",
        "志愿者为老人测量血压。（摄影 钱程）",
        "游客在景区参观。新华社发",
        "左图：志愿者在分发物资。资料图片",
        "图为会议现场。新华社发（白露 摄）",
        "本报记者 林晓东 摄",
        "青石镇新修的通村公路。 图片由临江县交通运输局提供",
        "青石镇新修的通村公路。（图片来源：临江县融媒体中心）",
    ],
)
def test_captions_score_high(text: str) -> None:
    assert caption_score(text) >= CAPTION


@pytest.mark.parametrize(
    "text",
    [
        "本报讯（记者 孙立）全县召开会议，会议要求各部门认真落实。",
        "6月2日，全县召开专题会议。",
        "图片展由县文化馆主办。",
        "他说，这些照片由县档案馆提供。",  # a sentence's words, not a credit set after the caption
        "他说，摄影是他多年的爱好。" * 30,
        "",
    ],
)
def test_body_scores_low(text: str) -> None:
    assert caption_score(text) < CAPTION


@pytest.mark.parametrize(("text", "numbered"), [("图①：青石镇农户在田间作业。", True), ("图1：青石镇农户在田间作业。", True), ("如图1所示，青石镇农户在田间作业。", False)])
def test_a_numbered_photo_opening_the_text_is_a_caption_cue(text: str, numbered: bool) -> None:
    # Only at the start: a sentence that refers to a figure is text.
    assert (caption_score(text) >= CAPTION_BLOCK_SCORE) is numbered


def test_long_text_is_damped() -> None:
    short = "图为工人正在检修线路。"
    assert caption_score(short + "正文。" * 100) < caption_score(short)


@pytest.mark.parametrize(
    ("text", "names", "agency", "credit"),
    [
        ("6月2日，市民在公园里散步。本报记者 林晓东 摄", ("林晓东",), "本报", "本报记者 林晓东 摄"),
        ("图为工人正在检修线路。郑子安/摄", ("郑子安",), None, "郑子安/摄"),
        ("志愿者为老人测量血压。（摄影 钱程）", ("钱程",), None, "（摄影 钱程）"),
        ("游客在景区参观。新华社发", (), "新华社", "新华社发"),
        ("图为会议现场。新华社发（白露 摄）", ("白露",), "新华社", "新华社发（白露 摄）"),
        ("群众观看演出。许宁 白露 摄", ("许宁", "白露"), None, "许宁 白露 摄"),
        # The credit's own brackets are the credit's.
        ("群众观看演出。（记者 许宁 摄）", ("许宁",), None, "（记者 许宁 摄）"),
    ],
)
def test_photo_credit(text, names, agency, credit) -> None:
    b = photo_credit(text)
    assert b is not None
    assert (b.photographers, b.agency, b.authors) == (names, agency, ())
    assert text[b.start : b.end] == credit


@pytest.mark.parametrize("text", ["他喜欢摄影。", "图为", "本报讯（记者 孙立）全县召开会议。"])
def test_no_photo_credit(text: str) -> None:
    assert photo_credit(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("城郊油菜花竞相开放。图为游客在花海中拍照。 本报记者 林晓东 摄", "城郊油菜花竞相开放。图为游客在花海中拍照。"),
        ("本报记者 林晓东 摄", ""),
        ("陈小川/摄", ""),
        ("城郊油菜花竞相开放。", "城郊油菜花竞相开放。"),
    ],
)
def test_without_credit_keeps_only_the_captions_own_words(text, words):
    assert without_credit(text) == words
