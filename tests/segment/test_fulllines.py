"""A line under a full line of running text that stopped mid-sentence goes on with it
(segment.fulllines, applied by segment.runon's veto of headline lines)."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.roles import Role
from banmian.segment.runon import veto_words_across_breaks

H, B = Role.HEADING, Role.BODY


def settle(rows: list[tuple[str, Role]]) -> list[Role]:
    lines = build_line_infos([text for text, _ in rows])
    roles = [role for _, role in rows]
    veto_words_across_breaks(lines, roles)
    return roles


#: A column of running text (invented), its lines about 16 em: the column the rule measures against.
_COLUMN = [
    ("春耕时节，青石镇的田野里一片忙碌", B),
    ("景象。农技人员走进田间地头，手把", B),
    ("手指导农户科学施肥，帮助解决难题。", B),
]


def test_a_short_line_under_a_full_line_of_text_left_open_goes_on_with_its_sentence() -> None:
    """「……负责人介绍，今年」/「全镇推广了以下三项新技术：」: a paragraph's full opening line that
    stops mid-sentence goes on in the line below, however much that short line looks a headline."""
    opening = [("　　镇农业服务中心负责人介绍，今年", B), ("全镇推广了以下三项新技术：", H), ("　　一是测土配方施肥，减少化肥用量", B)]
    assert settle([*_COLUMN, *opening])[-3:] == [B, B, B]
    # a full line of text, not indented, that stops after a clause: the same
    running = [("全镇今年推广三项新技术，重点在", B), ("测土配方施肥", H), ("　　一是测土配方施肥，减少化肥用量", B)]
    assert settle([*_COLUMN, *running])[-3:] == [B, B, B]
    # a paragraph's opening line whose indent the extractor dropped (the line above ended a
    # sentence), full with it, that stops mid-sentence: the short line under it goes on with it
    dropped = [("村里的茶园今年又扩大了。", B), ("青石镇的茶农说，更多的好日子", B), ("正在到来——", H), ("　　一是测土配方施肥，减少化肥用量", B)]
    assert settle([*_COLUMN, *dropped])[-3:] == [B, B, B]
    # an indented opening, full with its indent, that closes a quotation but no sentence: the
    # paragraph goes on (the rule reads a sub-heading wrapped so as text, which keeps its article whole)
    quoted = [("　　茶园管护由“粗放”转向“精细”", B), ("迈入“提质期”", H), ("　　近年来，青石镇茶园面积稳步增长", B)]
    assert settle([*_COLUMN, *quoted])[-3:] == [B, B, B]


def test_a_headline_under_a_kicker_or_a_line_across_columns_stays() -> None:
    # a line led into it with a dash: a kicker over its title
    kicker = [("农技人员进村入户，手把手教农民——", B), ("青石镇科学种田有了新帮手", H)]
    assert settle([*_COLUMN, *kicker])[-2:] == [B, H]
    # a line with clause marks wider than the column: a kicker set across columns
    wide = [("青石镇推广三项新技术，测土配方、绿色防控、机械插秧齐头并进", B), ("科学种田有了新帮手", H)]
    assert settle([*_COLUMN, *wide])[-2:] == [B, H]
    # a full line of text that ends its paragraph on a quotation, no stop: the text may end there
    closed = [("村民们说，这是一场真正的“及时雨”", B), ("科学种田有了新帮手", H)]
    assert settle([*_COLUMN, *closed])[-2:] == [B, H]
    # a line opening with a closing mark (a title the extractor broke before it), a box's label,
    # or a headline over its article's byline, under a full line left open
    for heading in ("”及时雨“到了", "简讯"):
        assert settle([*_COLUMN, ("农技人员走进田间地头，帮助农户", B), (heading, H)])[-1] == H
    bylined = [("农技人员走进田间地头，帮助农户", B), ("县图书馆延长开放时间", H), ("本报讯（记者 林晓）县图书馆从下周起延长开放时间。", B)]
    assert settle([*_COLUMN, *bylined])[-2] == H


def test_an_opening_counts_its_dropped_indent_only_after_finished_text() -> None:
    """The line two above must be text that ended a sentence: after a comma the line is no opening,
    and at the page's top there is no line two above (the page's last line is not read as one)."""
    after_comma = [("村里的茶园今年又扩大了，", B), ("青石镇的茶农说，更多的好日子", B), ("正在到来——", H), ("　　一是测土配方施肥，减少化肥用量", B)]
    assert settle([*_COLUMN, *after_comma])[-2] == H
    after_title = [("茶乡喜事多！", H), ("青石镇的茶农说，更多的好日子", B), ("正在到来——", H), ("　　一是测土配方施肥，减少化肥用量", B)]
    assert settle([*_COLUMN, *after_title])[-2] == H
    at_top = [("青石镇的茶农说，更多的好日子", B), ("正在到来——", H), *_COLUMN, ("村里的茶园今年又扩大了。", B)]
    assert settle(at_top)[1] == H


def test_a_line_left_short_by_the_opening_mark_carried_below_is_full() -> None:
    """No line ends on an opening mark (禁则): the mark and the character it opens on go to the next
    line, and the text layer prints the line above an em or so short of its column."""
    rows = [("镇上的农技人员一早出门，直奔地头，", B), ("走进田间地头，远远听见了老周", B), ("“嘿”了一声——", H), ("何春生的一天", H)]
    assert settle([*_COLUMN, *rows])[-4:-1] == [B, B, B]
