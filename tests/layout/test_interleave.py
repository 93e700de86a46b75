"""Columns interleaved line by line, read apart again (layout.interleave), and the engine's use of it.

All text is invented for these tests: three short columns of local news, printed the way pdftotext
prints a page set with loose leading (every line a block of its own, the columns in turn).
"""

from __future__ import annotations

import banmian
from banmian.layout.digits import JoinedLine
from banmian.layout.interleave import deinterleave
from banmian.layout.lines import build_line_infos

LIBRARY = [
    "村里新建的图书室昨天正式",
    "开放，两千多册新书整齐地",
    "摆在书架上。放学以后，孩",
    "子们一窝蜂地跑来借阅绘本",
    "和科普读物，管理员忙得团",
    "团转。村干部介绍，图书室",
    "还将定期举办读书分享会，",
    "邀请县里的老师给孩子们讲",
    "故事，让书香飘进更多农家",
    "小院。",
]
RIVER = [
    "沿河十几个村庄组织志愿者",
    "清理河道垃圾，一个上午就",
    "运走了三十多车杂物。河水",
    "变清以后，不少候鸟又飞回",
    "了芦苇丛中栖息。镇里计划",
    "明年在河边修建一条健身步",
    "道，方便群众散步休闲。不",
    "少老人说，小时候在河里游",
    "泳捉鱼的日子好像又回来了",
    "。",
]
ORCHARD = [
    "县农技站的专家来到田间地",
    "头，手把手教农户修剪果树",
    "枝条。今年全县的苹果喜获",
    "丰收，果农们的收入比去年",
    "增加了三成。专家还建议大",
    "家试种新品种，打开更大的",
    "销售市场。合作社负责人表",
    "示，下一步将建设冷库和分",
    "拣车间，让果子卖出好价钱",
    "。",
]


def _interleaved(*columns: list[str]) -> list[str]:
    """The columns' lines row by row, each line a block of its own."""
    out: list[str] = []
    for row in zip(*columns, strict=True):
        for line in row:
            out += [line, ""]
    return out


def _streams(raw: list[str]) -> list[list[str]]:
    joined = [JoinedLine(text, k, k) for k, text in enumerate(raw, start=1)]
    result = deinterleave(joined, build_line_infos(raw))
    streams: list[list[str]] = [[]]
    for line in result.lines:
        if line.text:
            streams[-1].append(line.text)
        elif streams[-1]:
            streams.append([])
    return [s for s in streams if s]


def test_two_interleaved_columns_come_back_each_in_order():
    assert _streams(_interleaved(LIBRARY, RIVER)) == [LIBRARY, RIVER]


def test_three_interleaved_columns_come_back_each_in_order():
    assert _streams(_interleaved(LIBRARY, RIVER, ORCHARD)) == [LIBRARY, RIVER, ORCHARD]


def test_every_line_keeps_its_source_line():
    raw = _interleaved(LIBRARY, RIVER)
    joined = [JoinedLine(text, k, k) for k, text in enumerate(raw, start=1)]
    result = deinterleave(joined, build_line_infos(raw))
    texts = [line for line in result.lines if line.text]
    assert sorted(line.first for line in texts) == [k for k, text in enumerate(raw, start=1) if text]
    assert all(raw[line.first - 1] == line.text for line in texts)
    assert result.moved and result.streams == 2


def test_a_column_already_in_order_is_not_moved():
    raw = [*LIBRARY, "", *RIVER]
    joined = [JoinedLine(text, k, k) for k, text in enumerate(raw, start=1)]
    assert not deinterleave(joined, build_line_infos(raw)).moved


def test_the_engine_reads_interleaved_columns_apart_and_keeps_the_warning():
    headline = ["乡村新事", ""]
    raw = headline + _interleaved(LIBRARY, RIVER, ORCHARD)
    page = banmian.parse("\n".join(raw))
    bodies = ["".join(p.text for p in a.paragraphs) for a in page.articles]
    assert any("".join(LIBRARY) in body for body in bodies)
    assert any("".join(RIVER) in body for body in bodies)
    assert any("".join(ORCHARD) in body for body in bodies)
    assert "interleaved_columns" in {w.code for w in page.warnings}


def test_provenance_of_a_read_apart_column_spans_its_source_lines():
    raw = _interleaved(LIBRARY, RIVER, ORCHARD)
    page = banmian.parse("\n".join(raw))
    provenances = {p.text[:4]: p.provenance for a in page.articles for p in a.paragraphs}
    spans = {key: prov.lines for key, prov in provenances.items()}

    def source_line(row: int, column: int) -> int:  # each line is followed by a blank one
        return 2 * (3 * row + column) + 1

    last_row = len(LIBRARY) - 1
    for column, lines in enumerate((LIBRARY, RIVER, ORCHARD)):
        span = spans[lines[0][:4]]
        assert (span.first, span.last) == (source_line(0, column), source_line(last_row, column))
        # Each of its lines stands alone among the other columns' lines: one piece per line.
        pieces = provenances[lines[0][:4]].pieces
        assert [(p.first, p.last) for p in pieces] == [(source_line(r, column),) * 2 for r in range(len(lines))]


def test_columns_interleaved_read_straight_on_only_in_their_own_order():
    """Read in the order printed, interleaved columns seldom carry a word across a line break; the
    same lines in reading order often do (layout.linespacing tells a doubled page so)."""
    from banmian.layout.interleave import reads_straight

    assert not reads_straight(build_line_infos(_interleaved(LIBRARY, RIVER, ORCHARD)))
    assert reads_straight(build_line_infos([x for line in [*LIBRARY, *RIVER, *ORCHARD] for x in (line, "")]))
