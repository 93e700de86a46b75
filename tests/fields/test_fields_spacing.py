import pytest

from banmian.fields.spacing import (
    collapse_heading_spacing,
    collapse_spacing,
    display_width,
    is_letter_spaced,
    phrase_count,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("6 月 12 日至 18 日", "6月12日至18日"),
        ("本 报 讯（记 者 钱 程）", "本报讯（记者钱程）"),
        ("青年发展 20人论坛", "青年发展20人论坛"),
        ("截至 6月 3日 18时，全县", "截至6月3日18时，全县"),
        ("New York", "New York"),
        ("iPhone 12", "iPhone 12"),
        ("Hello    World", "Hello World"),
        ("\u3000\u3000开头缩进的段落。  ", "开头缩进的段落。"),
        ("全角\u3000空格和\u00a0不换行空格", "全角空格和不换行空格"),
        ("“好” 的", "“好”的"),
    ],
)
def test_collapse_spacing(raw: str, expected: str) -> None:
    assert collapse_spacing(raw) == expected


@pytest.mark.parametrize(
    ("line", "spaced"),
    [
        ("县 委 宣 传 部 理 论 学 习 组", True),
        ("本 报 讯（记 者 钱 程", True),
        ("本 报 讯（记 者 韩 启明 柯文涛）", True),
        ("植树造林 绿化家园", False),
        ("截至 6月 3日 18时，全", False),
        ("本报记者 钱 程", False),  # a spaced two-character name is not letter spacing
        ("楷 书", False),  # two singles prove nothing
        ("普通的一行正文没有空格。", False),
    ],
)
def test_is_letter_spaced(line: str, spaced: bool) -> None:
    assert is_letter_spaced(line) is spaced


@pytest.mark.parametrize(
    ("line", "expected", "phrases"),
    [
        ("县 委 宣 传 部 理 论 学 习 组", "县委宣传部理论学习组", 1),
        ("植树造林 绿化家园 保护水源 人人有责", "植树造林 绿化家园 保护水源 人人有责", 4),
        ("聚焦民生实事 办好惠民工程", "聚焦民生实事 办好惠民工程", 2),
        ("聚 焦 民 生 实 事   办 好 惠 民 工 程", "聚焦民生实事 办好惠民工程", 2),
        ("楷 书", "楷书", 1),
        ("城南老街  焕发新颜 ", "城南老街 焕发新颜", 2),
        ("第 3 届 运动会", "第3届 运动会", 2),
        ("单行标题", "单行标题", 1),
    ],
)
def test_collapse_heading_spacing(line: str, expected: str, phrases: int) -> None:
    assert collapse_heading_spacing(line) == expected
    assert phrase_count(line) == phrases


def test_display_width() -> None:
    assert display_width("中文") == 2.0
    assert display_width("ab12") == 2.0
    assert display_width("中 a") == 1.5  # whitespace ignored
    assert display_width("“引号”，") == 5.0
    assert display_width("ＡＢ") == 2.0  # full-width forms
    assert display_width("") == 0.0


def test_a_justified_headlines_gaps_go_where_one_character_stands_alone() -> None:
    from banmian.fields.spacing import without_justification_gaps

    assert without_justification_gaps("林晓 会 见临江县茶商代表 团") == "林晓会见临江县茶商代表团"
    assert without_justification_gaps("青石镇茶叶 节在 镇上开 幕") == "青石镇茶叶节在镇上开幕"
    # Phrases keep their gap, and so do Latin words.
    assert without_justification_gaps("绿色生态 设计精致 保障周全") == "绿色生态 设计精致 保障周全"
    assert without_justification_gaps("青石镇 5G 基站 开 通") == "青石镇5G基站开通"
    assert without_justification_gaps("Hello World 茶 叶") == "Hello World茶叶"


def test_a_justified_titles_gaps_are_gone_from_the_article() -> None:
    """The title as the reader sees it; its phrases' gaps, had it any, would stay."""
    import banmian

    page = "\n".join(
        [
            "青石镇茶叶 节在 镇上开 幕",
            "本报记者 周敏",
            "　　今年的茶叶节吸引了来自各地的茶",
            "商，镇里的茶农一早就把新茶运到了集",
            "市上，集市上摊位林立，热闹非凡。",
        ]
    )
    (article,) = banmian.parse(page).articles
    assert article.title is not None and article.title.text == "青石镇茶叶节在镇上开幕"
