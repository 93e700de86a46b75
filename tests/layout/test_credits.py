"""A brief's closing credit printed before its last lines (layout.credits), as pdftotext prints a
credit set flush right on the brief's last line. All text is invented."""

from __future__ import annotations

import banmian
from banmian.layout.credits import move_credits_after_last_lines
from banmian.layout.digits import JoinedLine

BOX = """\
简讯

临江县图书馆日前对全县的农家书屋进行了检查，检查的
重点为图书更新、
开放时间和
（林晓 何春生）
借阅登记情况等。

青石镇今年新建村级文化广场三个，
群众活动有了好去处。
（何春生）
"""


def _lines(texts: list[str]) -> list[JoinedLine]:
    return [JoinedLine(text, k + 1, k + 1) for k, text in enumerate(texts)]


def _texts(texts: list[str]) -> list[str]:
    return [line.text for line in move_credits_after_last_lines(_lines(texts))]


def test_a_credit_printed_inside_the_last_sentence_goes_after_it():
    texts = ["重点为图书更新、", "开放时间和", "（林晓 何春生）", "借阅登记情况等。", ""]
    assert _texts(texts) == ["重点为图书更新、", "开放时间和", "借阅登记情况等。", "（林晓 何春生）", ""]


def test_the_moved_credit_keeps_its_source_line():
    moved = move_credits_after_last_lines(_lines(["开放时间和", "（林晓）", "借阅登记情况等。"]))
    assert [(line.text, line.first) for line in moved] == [("开放时间和", 1), ("借阅登记情况等。", 3), ("（林晓）", 2)]


def test_a_credit_after_a_finished_sentence_stays():
    texts = ["群众活动有了好去处。", "（何春生）", "临江县新建公园一座", ""]
    assert _texts(texts) == texts


def test_a_credit_not_followed_by_the_end_of_its_block_stays():
    # The lines after it go on past a sentence's end into more text: not the brief's last line.
    texts = ["开放时间和", "（林晓）", "借阅登记情况等。", "青石镇今年新建", ""]
    assert _texts(texts) == texts


def test_a_column_tag_is_no_credit():
    texts = ["大山深处的书屋", "（乡村振兴）", "青石镇的农家书屋办得好。", ""]
    assert _texts(texts) == texts


def test_the_engine_reads_the_brief_with_its_authors():
    page = banmian.parse(BOX)
    first = next(a for a in page.articles if "农家书屋" in "".join(p.text for p in a.paragraphs))
    assert first.kind.value == "brief"
    assert first.authors == ("林晓", "何春生")
    assert "".join(p.text for p in first.paragraphs).endswith("开放时间和借阅登记情况等。")
