"""Where pieces of an article meet: a column's last line that opens a paragraph.

Invented texts, wrapped at a 13-em column the way pdftotext prints them (indents dropped).
"""

from __future__ import annotations

from banmian.layout.lines import LineInfo, build_line_infos
from banmian.segment.junctions import lines_open_end
from pagetext import body

#: A finished paragraph, then a paragraph's first line that the column's foot cut after 11 em: two
#: em short of the column, its indent not printed.
FINISHED = "县图书馆少儿阅览室开放以来读者络绎不绝周末前来借阅图书的小读者尤其多。"
OPENING = "下一步，县图书馆还将为"
#: A line printed right under it (a headline, no blank line between).
UNDER = "城南社区换新颜"


def _lines(*rows: str) -> tuple[LineInfo, ...]:
    return build_line_infos(list(rows))


def test_a_paragraphs_first_line_at_a_blocks_end_stops_mid_sentence():
    lines = _lines(*body(FINISHED, FINISHED), OPENING, "")
    run = [ln for ln in lines if not ln.blank]
    assert len(OPENING) == 13 - 2 and run[-1].column_width == 13 and run[-1].fill < 0.85
    assert lines_open_end(run, {ln.number for ln in run})


def test_a_paragraphs_first_line_with_more_text_printed_right_under_it_is_no_columns_foot():
    lines = _lines(*body(FINISHED, FINISHED), OPENING, UNDER)
    run = list(lines[:-1])
    assert run[-1].text == OPENING
    assert not lines_open_end(run, {ln.number for ln in lines})


def test_a_columns_last_line_listing_things_with_enumeration_commas_stops_mid_sentence():
    """「……图书、报刊、玩具、画册、」: the line measure counts each 「、」 at half an em, so the full last
    line of a column listing things measures short; given their widest, the marks fill the column.
    The same words without the marks stay short: a paragraph's last line."""
    going_on = "阅览室今年又新添置了一大批"  # a full line inside the paragraph, no sentence ended
    listing = "图书、报刊、玩具、画册、"
    for last, is_open in ((listing, True), (listing.replace("、", ""), False)):
        lines = _lines(*body(FINISHED, FINISHED), going_on, last, "")
        run = [ln for ln in lines if not ln.blank]
        assert run[-1].column_width == 13 and run[-1].fill < 0.85
        assert lines_open_end(run, {ln.number for ln in run}) is is_open


def test_a_full_first_line_holding_enumeration_commas_continues_a_column():
    """「有的种茶、养蜂、办民宿，村……」 fills the 13-em column as printed, but the line measure counts
    its three clause marks at half an em each: one and a half em short, more than a line within a
    paragraph falls short (OPEN_START_MAX_SHORT), were its two 「、」 not given their widest. A
    paragraph's first line, two em short of the column with no mark in it, still opens no piece."""
    from banmian.segment.junctions import OPEN_START_MAX_SHORT, piece_start

    full = "有的种茶、养蜂、办民宿，村"
    opening = "今年春天临江县青石镇"
    lines = _lines(*body(FINISHED, FINISHED), full, opening + "的村民")
    assert len(full) == 13 and lines[-2].column_width == 13
    assert lines[-2].column_width - lines[-2].width > OPEN_START_MAX_SHORT
    assert piece_start(lines[-2])
    assert not piece_start(_lines(*body(FINISHED, FINISHED), opening, full)[-2])
