"""A line break inside a dictionary word."""

from __future__ import annotations

import random

import pytest

from banmian.fields.wordbreak import breaks_word, first_words, last_word, opens_with_connective


@pytest.mark.parametrize(
    ("left", "right", "inside"),
    [
        ("为增强学生安全意识，县实验中", "学于近日举行演练", True),
        ("这次检查的范", "围包括全县超市", True),
        ("群众的权益将得", "到有效保障", True),
        ("县第五届春季运动大", "会开幕", True),
        ("春耕备耕正当时", "本报讯（记者 林晓）", False),
        ("未领取证书的", "未满18周岁学生", False),
        ("二号机组", "2020年", False),
        ("", "学于近日", False),
        ("全面振兴", "", False),
    ],
)
def test_breaks_word(left: str, right: str, inside: bool) -> None:
    assert breaks_word(left, right) is inside


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("和农村厅调研组一行", True),
        ("与民营企业家座谈", True),
        ("的实践与思考", True),
        ("及“三农”工作", True),
        ("和谐乡村建设", False),  # 和 opens a word
        ("与会代表参观基地", False),
        ("及时回应群众关切", False),
        ("县政府召开常务会议", False),
        ("", False),
    ],
)
def test_opens_with_connective(text: str, leans: bool) -> None:
    assert opens_with_connective(text) is leans


def _segmented_across(left: str, right: str) -> bool:
    """The answer by segmenting every junction, without the dictionary pre-check."""
    from banmian.fields.wordbreak import CONTEXT_CHARS, _tokenizer

    tail, head = left[-CONTEXT_CHARS:], right[:CONTEXT_CHARS]
    pos = 0
    for word in _tokenizer().cut(tail + head, HMM=False):
        if pos < len(tail) < pos + len(word):
            return True
        pos += len(word)
    return False


def test_the_dictionary_pre_check_never_changes_the_answer():
    text = (
        "县图书馆新建的少儿阅览室正式对外开放吸引了不少家长带着孩子前来借阅图书城南社区组织志愿者"
        "走进老旧小区帮助居民清理楼道杂物修补破损的路面和围栏今年以来县文化馆组织文艺小分队深入乡村"
    )
    rng = random.Random(7)
    pairs = [(text[: rng.randint(1, len(text))], text[rng.randint(0, len(text) - 1) :]) for _ in range(3000)]
    answers = [breaks_word(left, right) for left, right in pairs]
    assert answers == [_segmented_across(left, right) for left, right in pairs]
    assert 0 < sum(answers) < len(answers)


def test_segmenting_only_the_block_at_the_break_gives_jiebas_answer():
    """Punctuation, digits and Latin cut jieba's blocks: the answer is still ``cut``'s."""
    text = (
        "县第3届VR产业大会于5月24日在新区开幕，来自12个省份的200余家企业参展。"
        "会上签约项目18个、总投资56.8亿元；“智慧农业”展区吸引了A股上市公司和3D打印团队……"
    )
    rng = random.Random(11)
    pairs = [(text[: rng.randint(1, len(text))], text[rng.randint(0, len(text) - 1) :]) for _ in range(3000)]
    # Only a break between two CJK characters is asked about at all.
    pairs = [
        (left, right)
        for left, right in pairs
        if "\u3400" <= left[-1] <= "\u9fff" and "\u3400" <= right[0] <= "\u9fff"
    ]
    answers = [breaks_word(left, right) for left, right in pairs]
    assert answers == [_segmented_across(left, right) for left, right in pairs]
    assert 0 < sum(answers) < len(answers)


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("临江县农村公路提质改造全面完工", "完工", "v"),
        ("青石镇新建五座村级图书室", "图书室", "n"),
    ],
)
def test_last_word_is_tagged(text: str, word: str, tag: str) -> None:
    assert last_word(text) == (word, tag)


def test_a_text_without_words_has_no_last_word() -> None:
    assert last_word("") is None
    assert last_word("  ") is None


def test_first_words_are_tagged_by_part_of_speech() -> None:
    assert first_words("林晓出席青石镇茶文化论坛") == (("林晓", "nr"), ("出席", "v"))
    assert first_words("推动茶业升级", 1) == (("推动", "v"),)
    assert first_words("") == ()
