"""Half-width punctuation beside Chinese is read full-width, and the page keeps the input's marks."""

from __future__ import annotations

import unicodedata

import pytest

import banmian
from banmian.layout.halfwidth import fold_punctuation
from pagetext import body, page

STORY = (
    "本报讯（记者 林晓）连日来，县里组织招商小分队赴沿海城市考察招商，先后走访企业十八家，签约项目六个。",
    "县委书记何春生表示，要把招商引资作为头号工程，以更大力度优化营商环境。",
)
MORE = ("在城东工业园，企业负责人介绍了新建生产线的进展情况，希望县里在用地、用电等方面给予支持。",)
BRIEF = (
    "本报讯（记者 何春生）县图书馆自本月起每晚开放到九点，方便市民下班后借阅图书。",
    "开馆首周，夜间到馆读者达一千二百余人次。",
)
PRINTED = page(["招商引资结硕果"], body(*STORY), ["抓好在谈项目，推动落地"], body(*MORE), ["县图书馆延长开放时间"], body(*BRIEF))


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("发展,推动(记者 林晓)", "发展，推动（记者 林晓）"),
        ("共计1,000余人,8:00开始", "共计1,000余人，8:00开始"),  # between digits: a number and a time
        ("会议于上午召开.", "会议于上午召开。"),
        ("No.1 林晓", "No.1 林晓"),  # a full stop before Chinese is no sentence end
        ("他说: 好", "他说： 好"),  # a space between the mark and the Chinese is no matter
        ("《读书》,“林晓”:", "《读书》，“林晓”："),  # after a book title or a quotation closed
        ("林晓说......好,何春生说...", "林晓说……好，何春生说…"),  # NFKC's ellipsis, three stops to one
        ("共3.....4 ok... fine", "共3.....4 ok... fine"),  # no Chinese beside, or not three to one
        ("增长6.5% ......", "增长6.5% ……"),  # six stops are Chinese wherever they stand
        ("林晓....说", "林晓....说"),  # four stops are no ellipsis: left as printed
        ("《读书》(2019).", "《读书》(2019)."),  # a bracket is folded beside a character only
    ],
)
def test_marks_beside_chinese_are_read_full_width(line: str, read: str) -> None:
    assert fold_punctuation([line]).lines == (read,)


def test_a_mark_the_page_also_prints_full_width_stays_as_printed() -> None:
    lines = ["“物业管理条例”(修订草案)公开征求意见，", "本报讯（记者 林晓）"]
    folding = fold_punctuation(lines)
    assert folding.lines == tuple(lines)
    assert folding.marks == frozenset()


def test_restore_gives_back_the_input_marks() -> None:
    lines = ["城东新区改造完工,居民(林晓)说:好!"]
    folding = fold_punctuation(lines)
    assert folding.lines == ("城东新区改造完工，居民（林晓）说：好！",)
    assert folding.restore(folding.lines[0]) == lines[0]


@pytest.mark.parametrize(
    "normalise",
    [
        lambda text: unicodedata.normalize("NFKC", text),  # a corpus pipeline's normal form
        lambda text: unicodedata.normalize("NFKC", text).replace("。", "."),  # OCR's half-width marks
    ],
)
def test_a_half_width_page_reads_as_the_printed_one_and_keeps_its_own_characters(normalise) -> None:
    expected = banmian.parse(PRINTED).articles
    got = banmian.parse(normalise(PRINTED)).articles
    assert [a.title.text for a in got] == [a.title.text for a in expected] == ["招商引资结硕果", "县图书馆延长开放时间"]
    assert [a.authors for a in got] == [("林晓",), ("何春生",)]
    assert [a.subheadings for a in got] == [(normalise("抓好在谈项目，推动落地"),), ()]
    for article, want in zip(got, expected, strict=True):
        assert [p.text for p in article.paragraphs] == [normalise(p.text) for p in want.paragraphs]


def test_an_ellipsis_the_page_prints_stays_and_folded_ones_are_given_back() -> None:
    """Three stops are read as 「…」 only on a page that prints none; the page returned keeps the
    input's stops."""
    printed = fold_punctuation(["林晓说完了…,然后走了", "何春生说..."])
    assert printed.lines == ("林晓说完了…，然后走了", "何春生说...")
    assert [printed.restore(line) for line in printed.lines] == ["林晓说完了…,然后走了", "何春生说..."]
    folded = fold_punctuation(["林晓说......好", "何春生说..."])
    assert folded.lines == ("林晓说……好", "何春生说…")
    assert [folded.restore(line) for line in folded.lines] == ["林晓说......好", "何春生说..."]


def test_a_bracket_pair_is_read_whole_and_a_mark_opening_a_line_reads_the_line_before() -> None:
    """A closing bracket after a closing quote goes with the opening bracket read full-width before
    it (「……“青石”)」), and a comma opening a line stands after the last character of the line
    before, as wrapped text breaks (「……县城在」/「,2019年……」); Latin text keeps its marks."""
    lines = ["林晓在县城(以下简称“青石”)", ",2019年起,何春生在", "see (a), b", "1,000 (2019)"]
    assert fold_punctuation(lines).lines == ("林晓在县城（以下简称“青石”）", "，2019年起，何春生在", "see (a), b", "1,000 (2019)")
