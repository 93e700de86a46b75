import json
from pathlib import Path

import pytest

from banmian.fields.byline import leading_byline, standalone_byline
from banmian.fields.creditbreaks import join_at_credit_break, join_at_name_break, join_at_name_breaks
from banmian.fields.trailingcredits import trailing_authors

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS_2017 = SHARED / "corpus" / "rmrb-2017-bylines.jsonl"
#: Share of the corpus's byline lines the grammar must recognise with at least one author.
MIN_RECOGNITION = 0.95


# --- leading bylines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "byline", "authors", "agency", "place", "date_text"),
    [
        ("本报讯（记者 孙立）近日，全县召开会议。", "本报讯（记者 孙立）", ("孙立",), "本报", None, None),
        ("本报讯（记者 韩启明 柯文涛）日前，", "本报讯（记者 韩启明 柯文涛）", ("韩启明", "柯文涛"), "本报", None, None),
        (
            "本报讯（记者 韩启明 通讯员 方雪 柯文涛）近日，",
            "本报讯（记者 韩启明 通讯员 方雪 柯文涛）",
            ("韩启明", "方雪", "柯文涛"),
            "本报",
            None,
            None,
        ),
        ("本报讯（通讯员 邹菲）记者获悉，", "本报讯（通讯员 邹菲）", ("邹菲",), "本报", None, None),
        ("新华社北京3月8日电（记者 张三 李四）会议", "新华社北京3月8日电（记者 张三 李四）", ("张三", "李四"), "新华社", "北京", "3月8日"),
        ("本报北京5月3日电（记者 钱程）今天", "本报北京5月3日电（记者 钱程）", ("钱程",), "本报", "北京", "5月3日"),
        ("本报北京5月3日电  今天上午，", "本报北京5月3日电", (), "本报", "北京", "5月3日"),
        # A dated 讯 as some papers print it: place and month optional.
        ("本报临江5月3日讯（记者 钱程）今天", "本报临江5月3日讯（记者 钱程）", ("钱程",), "本报", "临江", "5月3日"),
        ("本报3日讯（记者 钱程）今天", "本报3日讯（记者 钱程）", ("钱程",), "本报", None, "3日"),
        # A county's media centre credited in the bracket.
        ("本报讯（县融媒体中心记者 钱程）今天", "本报讯（县融媒体中心记者 钱程）", ("钱程",), "本报", None, None),
        # Credits in lenticular brackets.
        ("本报讯【记者 钱程 通讯员 林晓】今天", "本报讯【记者 钱程 通讯员 林晓】", ("钱程", "林晓"), "本报", None, None),
        ("本报杭州6月9日电  （记者黎明光、范晓雯）国家", "本报杭州6月9日电（记者黎明光、范晓雯）", ("黎明光", "范晓雯"), "本报", "杭州", "6月9日"),
        ("据新华社电  （记者吕航）当天", "据新华社电（记者吕航）", ("吕航",), "新华社", None, None),
        ("本报讯 记者 钱程 通讯员 方雪 近日，", "本报讯 记者 钱程 通讯员 方雪", ("钱程", "方雪"), "本报", None, None),
        ("本报记者 钱程 近日，", "本报记者 钱程", ("钱程",), "本报", None, None),
        # The newsroom's media before the role word.
        ("本报讯（新媒体记者 钱程）今天", "本报讯（新媒体记者 钱程）", ("钱程",), "本报", None, None),
        ("本报讯（融媒记者 钱程 视频记者 方雪）今天", "本报讯（融媒记者 钱程 视频记者 方雪）", ("钱程", "方雪"), "本报", None, None),
        # Names glued to their roles, one role after another, each closed by a gap.
        ("本报讯 记者钱程 通讯员方雪 近日，", "本报讯 记者钱程 通讯员方雪", ("钱程", "方雪"), "本报", None, None),
        ("本报讯 记者钱程 通讯员从县里获悉，", "本报讯 记者钱程", ("钱程",), "本报", None, None),
        ("本报讯 记者钱程 摄影记者方雪 近日，", "本报讯 记者钱程 摄影记者方雪", ("钱程",), "本报", None, None),
        ("本报讯（记者 张三）", "本报讯（记者 张三）", ("张三",), "本报", None, None),
    ],
)
def test_leading_byline(text, byline, authors, agency, place, date_text) -> None:
    b = leading_byline(text)
    assert b is not None
    assert b.text == byline
    assert b.authors == authors
    assert (b.agency, b.place, b.date_text) == (agency, place, date_text)
    assert b.start == 0
    assert "".join(text[: b.end].split()) == "".join(byline.split())


@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [("摄影记者 钱程 近日，", (), ("钱程",)), ("视频记者 钱程 近日，", ("钱程",), ()), ("作者 钱程 近日，", ("钱程",), ())],
)
def test_credits_opening_with_a_photo_video_or_author_word(text, authors, photographers) -> None:
    b = leading_byline(text)
    assert b is not None and (b.authors, b.photographers) == (authors, photographers)


def test_leading_byline_letter_spaced_maps_offsets_to_original() -> None:
    text = "本 报 讯（记 者 韩 启明 柯文涛）6月 2日上午，全县"
    b = leading_byline(text)
    assert b is not None
    assert b.text == "本报讯（记者 韩启明 柯文涛）"
    assert b.authors == ("韩启明", "柯文涛")
    assert text[b.end :] == "6月 2日上午，全县"


def test_leading_byline_splits_glued_names_by_surname() -> None:
    b = leading_byline("本报讯（记者韩启明柯文涛）全县")
    assert b is not None and b.authors == ("韩启明", "柯文涛")


@pytest.mark.parametrize(
    "text",
    [
        "记者从市委获悉，全市将开展活动。",
        "本报记者日前走访了多个乡镇。",
        "记者 从市委获悉",
        "本报联合电视台举办晚会。",
        "本报今年共刊发稿件三千篇。",
        "新华社的报道引起关注。",
        "通讯员队伍不断壮大。",
        "会议由记者协会主办。",
        "",
    ],
)
def test_no_leading_byline(text: str) -> None:
    assert leading_byline(text) is None


# --- standalone lines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "authors", "photographers", "bare"),
    [
        ("本报记者 钱程 摄影报道", "本报记者 钱程 摄影报道", ("钱程",), ("钱程",), False),
        ("本报记者  钱程", "本报记者 钱程", ("钱程",), (), False),
        ("本报记者  许  宁", "本报记者 许宁", ("许宁",), (), False),
        ("许  宁   白  露", "许宁 白露", ("许宁", "白露"), (), True),
        ("本报特约记者 范晓雯", "本报特约记者 范晓雯", ("范晓雯",), (), False),
        ("记者 张三 李四 通讯员 王五", "记者 张三 李四 通讯员 王五", ("张三", "李四", "王五"), (), False),
        ("本报驻巴西记者  曹  阳", "本报驻巴西记者 曹阳", ("曹阳",), (), False),
        ("本报记者 林晓东 摄", "本报记者 林晓东 摄", (), ("林晓东",), False),
        ("郑子安摄影报道", "郑子安摄影报道", ("郑子安",), ("郑子安",), True),
        ("侯志坚", "侯志坚", ("侯志坚",), (), True),
        ("岚  山", "岚山", ("岚山",), (), True),  # padded two-character pen name
        ("某某部部长 万家明", "某某部部长 万家明", ("万家明",), (), False),
        ("特约评论员 钱明远", "特约评论员 钱明远", ("钱明远",), (), False),
        # A photographer named after the writer by 摄影 without a slash, and 文·图 for both.
        ("撰文 钱程 摄影 方雪", "撰文 钱程 摄影 方雪", ("钱程",), ("方雪",), False),
        ("文·图/钱程", "文·图/钱程", ("钱程",), ("钱程",), False),
        ("记者 钱程 摄影", "记者 钱程 摄影", (), ("钱程",), False),
        # A local paper's name before the role word, as its own reporters are credited.
        ("临江日报记者 钱程", "临江日报记者 钱程", ("钱程",), (), False),
        ("青石晚报记者 钱程 方雪", "青石晚报记者 钱程 方雪", ("钱程", "方雪"), (), False),
        # A county's media centre or station, and a contributing writer.
        ("临江县融媒体中心记者 钱程 方雪", "临江县融媒体中心记者 钱程 方雪", ("钱程", "方雪"), (), False),
        ("县融媒体中心记者 钱程", "县融媒体中心记者 钱程", ("钱程",), (), False),
        ("临江广播电视台记者 钱程", "临江广播电视台记者 钱程", ("钱程",), (), False),
        ("特约撰稿 钱程", "特约撰稿 钱程", ("钱程",), (), False),
    ],
)
def test_standalone_byline(line, text, authors, photographers, bare) -> None:
    b = standalone_byline(line)
    assert b is not None
    assert (b.text, b.authors, b.photographers, b.bare) == (text, authors, photographers, bare)
    assert (b.start, b.end) == (0, len(line.rstrip()))


@pytest.mark.parametrize("line", ["摄 影 天 地", "摄影　天地", "摄影 之窗"])
def test_a_column_label_after_a_bare_photo_word_is_no_credit(line: str) -> None:
    assert standalone_byline(line) is None


@pytest.mark.parametrize(("line", "authors"), [("□林晓", ("林晓",)), ("◎ 林晓 何春生", ("林晓", "何春生"))])
def test_names_after_an_author_mark_are_a_byline_not_bare(line: str, authors: tuple) -> None:
    found = standalone_byline(line)
    assert found is not None and (found.text, found.authors, found.bare) == (" ".join(authors), authors, False)


@pytest.mark.parametrize("line", ["●林业局", "□临江县", "□本报记者"])
def test_a_bullet_or_a_mark_before_no_name_is_no_byline(line: str) -> None:
    assert standalone_byline(line) is None


def test_standalone_commentator_without_names() -> None:
    b = standalone_byline("本报评论员")
    assert b is not None and b.authors == () and b.agency == "本报"


@pytest.mark.parametrize(
    "line",
    [
        "植树造林 绿化家园",
        "国际",
        "新闻",
        "开秧门",
        "我县召开专题会议",
        "楷 书",
        "记者 从市委获悉",
        "本报记者日前走访",
        "全县共有记者站三个",
        "本报讯（记者 孙立）全县召开会议",  # a byline, but not alone on the line
    ],
)
def test_not_standalone(line: str) -> None:
    assert standalone_byline(line) is None


@pytest.mark.parametrize(
    "line",
    ["本报记者 钱程 摄影报道", "记者 张三 李四 通讯员 王五", "侯志坚", "本报记者日前走访", "本报讯（记者 孙立）全县召开会议"],
)
def test_standalone_byline_given_its_leading_byline_reads_the_same(line: str) -> None:
    # The line features pass the leading byline they found; the answer must not change.
    assert standalone_byline(line, leading_byline(line), lead_known=True) == standalone_byline(line)


# --- trailing author credits -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "photographers", "credit"),
    [
        ("……活动圆满结束。（邹菲 项雅静）", ("邹菲", "项雅静"), (), "（邹菲 项雅静）"),
        ("会议要求落实。（记者 张三）", ("张三",), (), "（记者 张三）"),
        ("其他事项另行通知。（通讯员 李四 王五）  ", ("李四", "王五"), (), "（通讯员 李四 王五）"),
        ("活动结束。（邹菲）", ("邹菲",), (), "（邹菲）"),
        ("展出百余幅作品。(记者 王强 摄)", (), ("王强",), "(记者 王强 摄)"),
        ("旅游旺季到来。（买买提·艾力）", ("买买提·艾力",), (), "（买买提·艾力）"),
        ("活动开幕。（邹菲、项雅静）", ("邹菲", "项雅静"), (), "（邹菲、项雅静）"),
    ],
)
def test_trailing_authors(text, authors, photographers, credit) -> None:
    b = trailing_authors(text)
    assert b is not None
    assert (b.authors, b.photographers) == (authors, photographers)
    assert text[b.start : b.end] == credit


@pytest.mark.parametrize(
    "text",
    [
        "全县上下要压实责任。（下转第二版）",
        "发言完毕。（完）",
        "该项目落成（2021年）",
        "他说（这是一个非常长的括号从句里面包含很多内容）",
        "转载自外电。（新华社）",
        "作品名称（中国画）",
        "（邹菲 项雅静）之后还有正文。",
        "没有括号的结尾。",
        "",
    ],
)
def test_no_trailing_authors(text: str) -> None:
    assert trailing_authors(text) is None


# --- the real 2017 corpus (read at run time, never copied) ----------------------------------------


def _corpus_byline_lines() -> list[str]:
    out = []
    with CORPUS_2017.open(encoding="utf-8") as fh:
        for raw in fh:
            record = json.loads(raw)
            header = [ln for ln in record["text"].split("\n") if ln.startswith("    ")][:4]
            if len(header) == 4 and header[3].strip():
                out.append(header[3].strip())
    return out


@pytest.mark.skipif(not CORPUS_2017.is_file(), reason=f"shared corpus not present at {CORPUS_2017}")
def test_corpus_byline_recognition() -> None:
    lines = _corpus_byline_lines()
    assert lines, "no byline lines found in the corpus headers"
    missed = []
    for line in lines:
        b = standalone_byline(line)
        if b is None or not b.authors:
            missed.append(line)
    rate = 1 - len(missed) / len(lines)
    print(f"byline recognition on {CORPUS_2017.name}: {len(lines) - len(missed)}/{len(lines)} = {rate:.1%}")
    assert rate >= MIN_RECOGNITION, f"recognised {rate:.1%} of {len(lines)} byline lines; missed: {missed}"


def test_a_line_break_between_two_credited_names_counts_as_their_gap():
    joined = join_at_credit_break("……活动顺利结束。（韩冰", "林松）")
    assert joined == "……活动顺利结束。（韩冰 林松）"
    assert trailing_authors(joined).authors == ("韩冰", "林松")


def test_a_name_broken_over_two_lines_is_joined_whole():
    joined = join_at_credit_break("……活动顺利结束。（吕洋伟 孙", "春）")
    assert joined == "……活动顺利结束。（吕洋伟 孙春）"
    assert trailing_authors(joined).authors == ("吕洋伟", "孙春")


def test_text_that_is_not_a_credit_is_joined_as_it_was():
    assert join_at_credit_break("今年新建的公园（城东", "片区）") == "今年新建的公园（城东片区）"
    assert join_at_credit_break("今年新建的", "公园") == "今年新建的公园"


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        # two whole names either side of the break: the extractor dropped the space between them
        ("本报讯（记者 林晓", "何春）今年以来", "本报讯（记者 林晓 何春）今年以来"),
        ("本报讯（记者 林晓 通讯员 何春生", "王丽）今年", "本报讯（记者 林晓 通讯员 何春生 王丽）今年"),
        # one character on a side: a name broken over the lines
        ("本报讯（记者 何春", "生）今年以来", "本报讯（记者 何春生）今年以来"),
        # no credit open: text joins as it is
        ("县里今年投入资金", "三百万元", "县里今年投入资金三百万元"),
    ],
)
def test_a_line_break_between_two_names_of_an_opening_credit_is_their_gap(head, tail, joined):
    assert join_at_name_break(head, tail) == joined


@pytest.mark.parametrize(
    "pieces",
    [
        ["本报讯（记者 林晓", "何春）今年以来", "县里投入资金"],
        ["本报讯（记者 林晓 通讯员 何春生", "王丽）今年", "新建公园两座"],
        ["县里今年投入资金", "三百万元", "新建公园两座"],
        ["本报讯（记", "者 林晓", "何春）今年"],
    ],
)
def test_name_breaks_over_a_paragraph_are_the_breaks_line_by_line(pieces):
    joined = pieces[0]
    for piece in pieces[1:]:
        joined = join_at_name_break(joined, piece)
    assert join_at_name_breaks(pieces) == joined


@pytest.mark.parametrize(
    ("line", "authors", "photographers"),
    [
        ("本报记者 林晓 文/图", ("林晓",), ("林晓",)),
        ("文/图 本报记者 林晓 何春生", ("林晓", "何春生"), ("林晓", "何春生")),
        ("文/本报记者 林晓", ("林晓",), ()),
        # Credit words alone before the names: 文/ for the writers, 图/ and 摄影/ for the photos.
        ("文/林晓 图/何春生", ("林晓",), ("何春生",)),
        ("文/图 林晓", ("林晓",), ("林晓",)),
        ("摄影/何春生", (), ("何春生",)),
        ("作者：林晓", ("林晓",), ()),
        # Glued to the character before it, 「文/」 ends a name: a photographer's credit.
        ("姚文/摄", (), ("姚文",)),
    ],
)
def test_text_and_photo_credits_before_or_after_the_names(line: str, authors: tuple, photographers: tuple) -> None:
    found = standalone_byline(line)
    assert found is not None
    assert (found.authors, found.photographers) == (authors, photographers)


@pytest.mark.parametrize(
    ("text", "byline", "authors"),
    [
        ("本报讯 记者林晓报道：县图书馆延长开放时间", "本报讯 记者林晓报道：", ("林晓",)),
        ("本报讯 记者林晓何春生报道：县图书馆延长开放时间", "本报讯 记者林晓何春生报道：", ("林晓", "何春生")),
        ("本报讯 记者 林晓 报道：县图书馆延长开放时间", "本报讯 记者 林晓报道：", ("林晓",)),
        ("本报讯 记者从县委报道：县图书馆", "本报讯", ()),  # no name before 报道: prose
        # 报道 set apart from the text by a gap closes the names as its colon does; glued to prose, not.
        ("本报讯 记者林晓报道 县图书馆延长开放时间", "本报讯 记者林晓报道", ("林晓",)),
        ("本报讯 记者林晓报道称县图书馆延长开放", "本报讯", ()),
        # One name glued to its role, set apart from the text by a gap; prose glued to the role runs on.
        ("本报讯 记者林晓 3月10日，县图书馆", "本报讯 记者林晓", ("林晓",)),
        ("本报讯 记者近日 从县委获悉", "本报讯", ()),
    ],
)
def test_credits_closed_by_reported_and_a_colon(text: str, byline: str, authors: tuple) -> None:
    found = leading_byline(text)
    assert found is not None
    assert (found.text, found.authors) == (byline, authors)


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("……活动顺利结束。（林晓何春生）", ("林晓", "何春生")),  # PyMuPDF keeps no placed gap
        ("（何春生林晓）", ("何春生", "林晓")),
        ("（韩冰林晓）", ("韩冰", "林晓")),
    ],
)
def test_two_names_printed_without_their_gap_are_two_authors(credit, authors):
    found = trailing_authors(credit)
    assert found is not None and found.authors == authors


@pytest.mark.parametrize("credit", ["（江南观察）", "（欧阳林晓）", "（高峰论坛）", "（石家庄市）", "（唐诗宋词）", "（白云蓝天）"])
def test_a_gapless_word_or_compound_surname_name_is_not_cut_in_two(credit):
    """A column tag's second half begins with no surname; a place name or an idiom is a dictionary
    word across the cut or in each half; 欧阳林晓 is one person's name."""
    assert trailing_authors(credit) is None


@pytest.mark.parametrize(
    ("text", "place", "date_text", "authors"),
    [
        ("临江讯（记者 林晓）3月10日，青石镇召开春耕生产动员会。", "临江", None, ("林晓",)),
        ("青石3月10日讯（通讯员 何春生 周敏）当天，", "青石", "3月10日", ("何春生", "周敏")),
    ],
)
def test_a_local_papers_dateline_of_its_town_alone(text, place, date_text, authors) -> None:
    found = leading_byline(text)
    assert found is not None and (found.place, found.date_text, found.authors) == (place, date_text, authors)
    assert found.agency is None and text[found.end :].startswith(("3月", "当天"))


@pytest.mark.parametrize("text", ["要闻简讯（记者 林晓）", "经济快讯（记者 林晓）", "喜讯（记者 林晓）传来", "临江讯（林晓 何春生）", "临江讯 记者林晓"])
def test_a_box_label_or_a_town_without_a_role_in_brackets_is_no_dateline(text: str) -> None:
    # Bare names in the bracket may be a brief's closing credit run on; a gap is no bracket.
    assert leading_byline(text) is None


@pytest.mark.parametrize(("line", "mark"), [("林晓 何春生 文/图", ""), ("□ 林晓 何春生 文/图", "□ ")])
def test_names_closed_by_a_text_and_photos_credit(line: str, mark: str) -> None:
    found = standalone_byline(line)
    assert found is not None and found.authors == ("林晓", "何春生") and found.photographers == ("林晓", "何春生")
    assert not found.bare and found.text == line[len(mark) :]


@pytest.mark.parametrize(
    ("line", "text", "authors", "photographers"),
    [
        ("林晓/文 何春生/图", "林晓/文 何春生/图", ("林晓",), ("何春生",)),
        ("本报记者 林晓/文 何春生/摄", "本报记者 林晓/文 何春生/摄", ("林晓",), ("何春生",)),
        ("记者林晓/文 通讯员何春生/图", "记者林晓/文 通讯员何春生/图", ("林晓",), ("何春生",)),
        ("  林晓／文  ", "林晓／文", ("林晓",), ()),
        ("林晓/文图", "林晓/文图", ("林晓",), ("林晓",)),
    ],
)
def test_names_each_closed_by_a_slash_and_their_work(line, text, authors, photographers) -> None:
    found = standalone_byline(line)
    assert found is not None
    assert (found.text, found.authors, found.photographers) == (text, authors, photographers)
    assert line[found.start : found.end] == text


# A word without a surname, a role word naming nobody, a token longer than a name.
@pytest.mark.parametrize("line", ["春风/文", "新闻/图 林晓", "林晓/文 记者", "林晓/文 县图书馆新馆/图"])
def test_slash_closed_words_that_are_no_names_are_no_credits(line: str) -> None:
    assert standalone_byline(line) is None


@pytest.mark.parametrize(
    ("line", "authors", "photographers"),
    [
        ("林晓 何春生 文", ("林晓", "何春生"), ()),
        ("本报记者 林晓 文", ("林晓",), ()),
        ("周敏 图", (), ("周敏",)),
        # Glued to the last name, 文 is the name's own character.
        ("记者 林晓 李文", ("林晓", "李文"), ()),
    ],
)
def test_a_bare_credit_word_set_apart_after_the_names_says_what_they_did(line: str, authors: tuple, photographers: tuple) -> None:
    byline = standalone_byline(line)
    assert byline is not None
    assert (byline.authors, byline.photographers) == (authors, photographers)
