"""The text either side of a run of lines (segment.textaround): whether the text above a line has
finished, read through an open quotation."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.roles import Role
from banmian.segment.textaround import QUOTE_LOOKBACK_CHARS, finished, text_above, text_below


def test_a_sentence_ended_inside_an_open_quotation_finishes_no_text():
    """「林晓说：“馆里新购图书两千册。」/「读书月里小读者忙着……」: the speaker's words go on past the
    sentence's end, so the line below is no candidate for a title; once the quotation closes, the
    sentence's end finishes the text. Read back no further than QUOTE_LOOKBACK_CHARS."""
    quoted = ["林晓馆长说：“馆里新购图书", "两千册，设立了儿童阅览区。", "读书月里小读者忙着听讲座"]
    closed = ["林晓馆长说：“馆里新购图书", "两千册，设立了儿童阅览区。”", "读书月里小读者忙着听讲座"]
    for rows, ended in ((quoted, False), (closed, True)):
        lines = build_line_infos(rows)
        assert finished(lines, [Role.BODY] * len(rows), 1) is ended
    far = ["林晓馆长说：“馆里新购图书"] + ["两千册设立了儿童阅览区"] * (QUOTE_LOOKBACK_CHARS // 11 + 1) + ["两千册，设立了儿童阅览区。"]
    assert finished(build_line_infos(far), [Role.BODY] * len(far), len(far) - 1)


def test_an_open_quotation_is_read_back_past_blank_lines_but_not_past_a_headline():
    """Blank lines between pdftotext's blocks are passed over; a headline line above ends the text
    the quotation could stand in (its marks are no running text's)."""
    rows = ["林晓馆长说：“馆里新购图书", "", "两千册，设立了儿童阅览区。"]
    assert not finished(build_line_infos(rows), [Role.BODY, Role.BLANK, Role.BODY], 2)
    rows = ["林晓说“读书月", "馆里新购图书两千册，设立", "了儿童阅览区。"]
    assert finished(build_line_infos(rows), [Role.HEADING, Role.BODY, Role.BODY], 2)
    assert not finished(build_line_infos(rows), [Role.BODY] * 3, 2)


def test_the_text_either_side_stops_at_a_heading_and_passes_blank_lines():
    """The text above is read back to the line that is not body text (a headline), the text below
    on to the next one, blank lines passed over, each within its limit of characters."""
    rows = ["县图书馆读书月开幕", "林晓馆长介绍了活动安排。", "", "读书月共有十场讲座。", "青石镇开通公交线路", "公交线路全长二十公里。"]
    roles = [Role.HEADING, Role.BODY, Role.BLANK, Role.BODY, Role.HEADING, Role.BODY]
    lines = build_line_infos(rows)
    assert text_above(lines, roles, 4, 100) == "林晓馆长介绍了活动安排。读书月共有十场讲座。"
    assert text_above(lines, roles, 4, 5) == "十场讲座。"
    assert text_below(lines, roles, 1, 100) == "林晓馆长介绍了活动安排。读书月共有十场讲座。"
    assert text_below(lines, roles, 1, 5) == "林晓馆长介"
