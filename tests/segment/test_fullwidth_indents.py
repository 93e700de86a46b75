"""Paragraph marks from the page's own full-width indent (segment.engine._leading_space_marks_paragraphs)."""

from __future__ import annotations

import banmian


def test_a_text_never_wrapped_with_short_paragraphs_breaks_at_each_full_width_indent():
    # A paragraph to a line, each under 26 em: too short to tell the text was never wrapped by its
    # widths, so only the printed indent (「　　」, which no extractor pads with) says where each starts.
    paragraphs = ("县里今年新修通村公路一百二十公里。", "公路通了以后，村民们卖茶叶方便多了。", "镇里还请来农技专家。")
    text = "\n".join(["通村公路修到家门口", *("\u3000\u3000" + p for p in paragraphs)]) + "\n"
    (article,) = banmian.parse(text).articles
    assert [p.text for p in article.paragraphs] == list(paragraphs)


def test_a_dump_that_pads_every_line_with_ascii_spaces_is_read_by_widths():
    # The same lines padded with ASCII spaces, as a layout-preserving dump pads a column: no mark.
    lines = ["  县里今年新修通村公路一百二十公里，全县", "  所有行政村都通上了硬化路。公路通了以", "  后，村民们卖茶叶方便多了。"]
    (article,) = banmian.parse("\n".join(["通村公路修到家门口", *lines]) + "\n").articles
    assert len(article.paragraphs) == 1
