"""Pages printed in traditional characters are read simplified and given back as printed."""

from __future__ import annotations

import opencc

import banmian
from banmian.layout.script import read_simplified
from banmian.model import LineSpan, Provenance
from pagetext import body, page

STORY = (
    "本报讯（记者 林晓）县里日前召开干部大会，部署今冬明春农田水利建设，要求各乡镇发动群众，确保沟渠畅通、塘坝干净。",
    "会议指出，要把水利建设与乡村振兴结合起来，为明年粮食丰收打下坚实基础。",
)
BRIEF = ("县图书馆自本月起每晚开放到九点，方便市民下班后借阅图书。开馆首周，夜间到馆读者达一千二百余人次。（何春生）",)
PRINTED = page(["县里部署农田水利建设"], body(*STORY), ["县图书馆延长开放时间"], body(*BRIEF))
TRADITIONAL = opencc.OpenCC("s2t").convert(PRINTED)


def test_a_simplified_page_is_read_as_it_is() -> None:
    reading = read_simplified(PRINTED.split("\n"))
    assert reading.original is None
    assert reading.lines == tuple(PRINTED.split("\n"))


def test_a_traditional_page_is_read_line_for_line_in_simplified_characters() -> None:
    lines = TRADITIONAL.split("\n")
    assert "報訊" in TRADITIONAL and "記者" in TRADITIONAL
    reading = read_simplified(lines)
    assert reading.original == tuple(lines)
    assert [len(a) for a in reading.lines] == [len(b) for b in lines]
    assert "本报讯（记者" in "".join(reading.lines)


def test_a_character_printed_in_two_forms_is_given_back_by_its_place() -> None:
    """幹部 and 乾淨 both read 干: each text takes the form printed where it came from."""
    lines = ["本報訊（記者 林曉）縣裏召開幹部大會，要求各鄉鎮確保溝渠暢通、塘壩乾淨，這是今冬", "會議指出，要把水利建設與鄉村振興結合起來，為明年糧食豐收打下堅實基礎。"]
    reading = read_simplified(lines)
    assert "干" in reading.ambiguous
    first = Provenance(lines=LineSpan(1, 1))
    assert reading.restore(reading.lines[0], first) == lines[0]
    assert reading.restore("干部大会", first) == "幹部大會"
    assert reading.restore("塘坝干净", first) == "塘壩乾淨"


def test_the_engine_reads_a_traditional_page_as_the_simplified_one_and_prints_it_as_given() -> None:
    expected = banmian.parse(PRINTED).articles
    got = banmian.parse(TRADITIONAL).articles
    to_traditional = opencc.OpenCC("s2t").convert
    assert [a.title.text for a in got] == ["縣裏部署農田水利建設", "縣圖書館延長開放時間"]
    assert [a.title.text for a in got] == [to_traditional(a.title.text) for a in expected]
    assert [a.authors for a in got] == [("林曉",), ("何春生",)]
    assert "幹部大會" in got[0].paragraphs[0].text and "乾淨" in got[0].paragraphs[0].text
    assert [len(a.paragraphs) for a in got] == [len(a.paragraphs) for a in expected]


def test_a_character_in_two_forms_on_a_later_page_of_the_file_is_given_back_by_its_place() -> None:
    """Provenance counts lines in the file; the second page's lines are found all the same."""
    lines = "\n".join(
        ["縣裏召開幹部大會", "本報訊（記者 林曉）縣裏日前召開幹部大會，要求各鄉鎮確保溝渠暢通、塘壩乾淨，為明年糧食豐收打下堅實基礎。"]
    )
    first, second = banmian.parse_pages(TRADITIONAL + "\f" + lines + "\n")
    assert second.source.page_index == 1
    (article,) = second.articles
    assert article.title.text == "縣裏召開幹部大會"
    assert "幹部大會" in article.paragraphs[0].text and "塘壩乾淨" in article.paragraphs[0].text


def test_a_short_traditional_brief_is_read_simplified() -> None:
    # Three sentences hold only a few of the cue characters (報, 記, 縣 …), yet every grammar needs
    # the simplified reading: its byline and its jump note.
    text = "\n".join(["臨江縣通村公路全面完工", "本報訊（記者 林曉）臨江縣今年新修通村公路，全縣行政村都通上了硬化路。", "（下轉第二版）"]) + "\n"
    (article,) = banmian.parse(text).articles
    assert article.byline is not None and article.byline.text == "本報訊（記者 林曉）"
    assert article.continued_to == 2


def test_a_simplified_page_quoting_a_traditional_title_prints_it_as_given() -> None:
    # Whether or not the few traditional characters pass the gate, the page prints what it printed.
    story = "本报讯（记者 林晓）县里日前举办读书会，各乡镇代表分享了《這個國家的記憶》等书目。"
    (article,) = banmian.parse("县里举办读书会\n" + story + "\n").articles
    assert article.paragraphs[0].text == story.split("）", 1)[1]
