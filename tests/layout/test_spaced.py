"""A page whose every character stands apart (OCR) is read with those spaces gone."""

from __future__ import annotations

from pathlib import Path

import banmian
from banmian.layout.spaced import unspace_page
from pagetext import body, page

REPO = Path(__file__).resolve().parents[2]
STORY = (
    "本报讯（记者 林晓）县图书馆自本月起每晚开放到九点，方便市民下班后借阅图书。",
    "开馆首周，夜间到馆读者达一千二百余人次。",
)
PRINTED = page(["县图书馆延长开放时间"], body(*STORY))


def _spaced_out(text: str) -> str:
    """What an OCR engine prints: a space between every two characters, the page's own spaces too."""
    return "\n".join(" ".join(line) for line in text.split("\n"))


def test_a_spaced_out_line_loses_its_single_spaces_and_keeps_one_for_a_wide_gap() -> None:
    lines = _spaced_out("本报讯（记者 林晓）县图书馆\n自本月起每晚开放到九点，").split("\n")
    assert unspace_page(lines) == ("本报讯（记者 林晓）县图书馆", "自本月起每晚开放到九点，")


def test_pages_with_only_their_headlines_letter_spaced_are_left_alone() -> None:
    demo = (REPO / "samples" / "demo-page.txt").read_text(encoding="utf-8").split("\n")
    assert unspace_page(demo) is None
    assert unspace_page(PRINTED.split("\n")) is None


def test_the_engine_reads_a_spaced_out_page_as_the_printed_one() -> None:
    result = banmian.parse(_spaced_out(PRINTED))
    (article,) = result.articles
    assert article.title is not None and article.title.text == "县图书馆延长开放时间"
    assert article.authors == ("林晓",)
    assert [p.text for p in article.paragraphs] == [STORY[0].split("）", 1)[1], STORY[1]]
    assert "spaced_characters" in [w.code for w in result.warnings]


def test_a_layout_dumps_padding_between_columns_is_no_spacing() -> None:
    # Two columns side by side, as ``pdftotext -layout`` prints them: the padding before and
    # between the columns is wide, and the columns' own text holds single spaces around figures.
    left = ("本报讯（记者 林晓）临江县", "今年新修乡村公路 120 公里，", "全县的村子都通上了客车。")
    right = ("何春生说，青石镇今年种下", "的 300 亩果树已经挂果，", "村民的收入比去年多了。")
    lines = [" " * 30 + a + " " * 30 + b for a, b in zip(left, right, strict=True)]
    assert unspace_page(lines) is None
