"""Characters into lines: gutters and rules cut rows, letter spacing and split digits do not."""

from __future__ import annotations

from pathlib import Path

from pdfdraw import Sheet, save

from banmian.fields.spacing import collapse_heading_spacing
from banmian.pdf.chars import iter_pages, open_pdf
from banmian.pdf.lines import build_lines


def _lines(path: Path):
    doc = open_pdf(path)
    try:
        page = next(iter(iter_pages(doc)))
    finally:
        doc.close()
    return build_lines(page.chars, page.shapes)


def test_gutter_cuts_a_row_into_two_lines(tmp_path: Path) -> None:
    """
    ::

        |左栏第一行文字|  gutter 1.5 em  |右栏第一行文字|
    """
    sheet = Sheet()
    sheet.text(50, 100, "左栏第一行文字")
    sheet.text(50 + 70 + 15, 100, "右栏第一行文字")
    assert [ln.text for ln in _lines(save(tmp_path / "g.pdf", [sheet]))] == ["左栏第一行文字", "右栏第一行文字"]


def test_a_vertical_rule_cuts_even_a_narrow_gap(tmp_path: Path) -> None:
    """
    ::

        标题甲 | 标题乙      (0.6 em apart, a rule between)
    """
    sheet = Sheet()
    sheet.text(50, 100, "标题甲", size=20)
    sheet.text(116, 100, "标题乙", size=20)
    sheet.rule(113, 70, 113, 200)
    assert [ln.text for ln in _lines(save(tmp_path / "r.pdf", [sheet]))] == ["标题甲", "标题乙"]


def test_letter_spaced_title_is_one_line(tmp_path: Path) -> None:
    """
    ::

        市    政    府    党    组      (tracking 1 em at 20 pt)
    """
    sheet = Sheet()
    sheet.text(50, 100, "县林业局召开", size=20, char_space=20)
    lines = _lines(save(tmp_path / "t.pdf", [sheet]))
    assert len(lines) == 1
    assert collapse_heading_spacing(lines[0].text) == "县林业局召开"


def test_digits_drawn_as_separate_objects_rejoin_in_place(tmp_path: Path) -> None:
    """Founder PDFs draw 「5月15日」 as 「5月」, 「日」, 「1」, 「5」 in any order: the line reads
    by position.

    ::

        5 月 1 5 日     drawn as: "5月" at x, "日" at x+30, "5" at x+25, "1" at x+20
    """
    sheet = Sheet()
    sheet.text(50, 100, "今天是5月", size=10)  # 5 chars: x 50..~95.6 ("5" is half width)
    x = 50 + 4 * 10 + 5.56
    sheet.text(x + 10 * 0 + 5.56 * 2, 100, "日开会", size=10)
    sheet.text(x + 5.56, 100, "5", size=10)
    sheet.text(x, 100, "1", size=10)
    lines = _lines(save(tmp_path / "d.pdf", [sheet]))
    assert [ln.text.replace(" ", "") for ln in lines] == ["今天是5月15日开会"]


def test_lines_come_top_to_bottom(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.text(50, 130, "第二行")
    sheet.text(50, 100, "第一行")
    assert [ln.text for ln in _lines(save(tmp_path / "o.pdf", [sheet]))] == ["第一行", "第二行"]


def test_paired_punctuation_in_one_em_stays_on_the_line(tmp_path: Path) -> None:
    """「：“」 set in one em (each mark half-width): the quote starts where the colon does."""
    sheet = Sheet()
    sheet.text(50, 100, "他告诉记者：")
    sheet.text(50 + 50 + 0.2, 100, "“开展活动")
    assert [ln.text for ln in _lines(save(tmp_path / "p.pdf", [sheet]))] == ["他告诉记者：“开展活动"]


def test_a_squeezed_mark_ending_a_line_does_not_bridge_a_narrow_gutter(tmp_path: Path) -> None:
    """Founder sets a closing mark in half an em, its glyph's box a full em: at a line's end the box
    runs half an em into the gutter. Where the next column's line, drawn after the whole column,
    joins the row, the gutter is measured from the mark's ink.

    ::

        |左栏文字，|<- 1 em gutter ->|右栏文字|      the comma's box: [40, 50], its ink [40, 45]
        |第二行字。|                 |第二行字|
    """
    sheet = Sheet()
    sheet.text(0, 100, "左栏文字")
    sheet.text(40, 100, "，")
    sheet.text(0, 114, "第二行字。")
    # The next column starts one em after the comma's half-em advance: 0.5 em from its box.
    sheet.text(55, 100, "右栏文字")
    sheet.text(55, 114, "第二行字")
    texts = [ln.text for ln in _lines(save(tmp_path / "s.pdf", [sheet]))]
    assert texts == ["左栏文字，", "右栏文字", "第二行字。", "第二行字"]
    # Squeezed inside a line, the next piece starts half an em into the mark's box and goes on
    # (measured from the ink the gap is still none: the line is not cut there).
    inside = Sheet()
    inside.text(0, 100, "县里，")
    inside.text(25, 100, "新桥通车")
    assert [ln.text for ln in _lines(save(tmp_path / "i.pdf", [inside]))] == ["县里，新桥通车"]


def test_a_squeezed_opening_mark_starting_a_line_does_not_bridge_a_narrow_gutter(tmp_path: Path) -> None:
    """An opening mark set in half an em starts half an em before the text it opens: at a column
    line's start its box reaches half an em into the gutter, and the gutter is measured to its ink.

    ::

        |左栏文字|<- 1 em gutter ->|《右栏文字|   the mark's box: [45, 55], its ink [49.5, 55]
        |第二行字|                 |第二行字  |
    """
    sheet = Sheet()
    sheet.text(0, 100, "左栏文字")
    sheet.text(0, 114, "第二行字")
    sheet.text(45, 100, "《")
    sheet.text(55, 100, "右栏文字")
    sheet.text(50, 114, "第二行字")
    texts = [ln.text for ln in _lines(save(tmp_path / "o.pdf", [sheet]))]
    assert texts == ["左栏文字", "《右栏文字", "第二行字", "第二行字"]


def test_an_opening_mark_set_full_width_keeps_its_box(tmp_path: Path) -> None:
    """An opening mark is measured by its ink only across a gap of 0.45 em or more, and letter
    spacing is compared box to box: a letter-spaced title holding marks stays one line, and a
    bracket after a small gap stays on its line."""
    title = Sheet()
    for k, ch in reversed(list(enumerate("县里召开《条例》"))):
        title.text(15 * k, 100, ch)  # half an em of tracking at 10 pt, each character a run of its own
    assert [collapse_heading_spacing(ln.text) for ln in _lines(save(tmp_path / "t.pdf", [title]))] == ["县里召开《条例》"]
    # A closing mark in a letter-spaced title: the spacing is compared box to box.
    spaced = Sheet()
    for k, ch in reversed(list(enumerate("青石镇，新气象"))):
        spaced.text(15 * k, 100, ch)
    lines = _lines(save(tmp_path / "s.pdf", [spaced]))
    assert [collapse_heading_spacing(ln.text).replace(" ", "") for ln in lines] == ["青石镇，新气象"]
    credit = Sheet()
    credit.text(0, 100, "县里召开会议")
    credit.text(64, 100, "（林晓）")  # 0.4 em after the text
    assert [ln.text.replace(" ", "") for ln in _lines(save(tmp_path / "c.pdf", [credit]))] == ["县里召开会议（林晓）"]
