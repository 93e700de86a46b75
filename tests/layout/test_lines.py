"""Column widths from line lengths (layout.lines, layout.columns).

Each page below is drawn as its lines; the widths are what matter:

    narrow column + wide caption         wide brief box
    ┌────────────┐                        ┌────────────────────────┐
    │本段正文十二│  12 em                 │二十四个字宽的简讯正文，│ 24 em
    │…           │                        │…                       │
    ├────────────┴────────────┐           └────────────────────────┘
    │两栏宽的图片说明文字，…  │ 24 em (two lines only)
    └─────────────────────────┘
"""

from __future__ import annotations

import random

from banmian.layout.columns import (
    DEFAULT_COLUMN_WIDTH,
    FULL_WIDTH_PERCENTILE,
    MIN_INFORMATIVE_WIDTH,
    NARROW_RUN_FULL_TOLERANCE,
    NARROW_RUN_LINES,
    NARROW_RUN_MIN_FULL,
    NARROW_RUN_OVERHANG,
    WINDOW_LINES,
    local_column_widths,
)
from banmian.layout.lines import build_line_infos
from patterns import first_chars

#: Invented body text to cut lines from.
BODY = "镇里今年新修了三条道路，村民出行更加方便，集市上的菜价也稳定下来了，大家都说日子越过越好。" * 8


def _lines(width: int, count: int, start: int = 0) -> list[str]:
    """``count`` lines of ``width`` characters, each holding a comma or full stop."""
    out = []
    at = start
    while len(out) < count:
        piece = (BODY * 2)[at % len(BODY) : at % len(BODY) + width]
        at += width
        if "，" in piece or "。" in piece:
            out.append(piece)
    return out


def test_body_lines_fill_their_column():
    infos = build_line_infos(_lines(12, 20))
    assert all(0.8 <= info.fill <= 1.05 for info in infos)


def test_a_two_line_caption_across_columns_does_not_widen_the_column():
    page = _lines(12, 10) + _lines(24, 2, start=300) + _lines(12, 10, start=100)
    infos = build_line_infos(page)
    body = [info for info in infos if info.width < 14]
    assert all(info.column_width < 13 for info in body)
    caption = [info for info in infos if info.width > 20]
    assert len(caption) == 2 and all(info.fill > 1.5 for info in caption)


def test_a_wide_brief_box_sets_its_own_column():
    page = _lines(24, 12) + [""] + _lines(12, 30, start=200)
    infos = build_line_infos(page)
    box = infos[:12]
    assert all(info.column_width > 22 for info in box)
    assert all(info.fill <= 1.05 for info in box)
    # Beyond the estimation window the narrow column is measured on its own lines again.
    assert all(info.column_width < 13 for info in infos[-15:])


def test_wide_lines_without_punctuation_never_vote():
    headline = "全县上下齐心协力推进乡村振兴各项工作取得明显成效"  # 24 characters, no punctuation
    page = _lines(12, 3) + [headline] * 6 + _lines(12, 3, start=100)
    infos = build_line_infos(page)
    assert all(info.column_width < 13 for info in infos)


def test_a_short_article_in_a_narrow_measure_between_wide_columns_keeps_its_own_measure():
    """Sixteen lines of an article set 8 em wide, between columns set 14 em wide: fewer lines than
    the percentile's window, whose wider neighbours would make its full lines look 6 em short (a
    headline's or a first line's shortfall). Where NARROW_RUN_LINES of its lines stand either side,
    its own full lines set its column (NARROW_RUN_*); the wide columns keep theirs."""
    page = _lines(14, 14) + _lines(8, 16, start=300) + _lines(14, 14, start=100)
    infos = build_line_infos(page)
    narrow = infos[14 + NARROW_RUN_LINES : 30 - NARROW_RUN_LINES]
    assert narrow and max(info.width for info in narrow) <= 8.5
    assert all(info.column_width <= 8.5 + NARROW_RUN_OVERHANG for info in narrow)
    assert all(info.fill >= 0.85 for info in narrow)
    assert all(info.column_width >= 13.5 for info in infos[:14] + infos[30:])


def test_a_headline_stack_of_short_lines_does_not_narrow_the_column():
    """Short lines that do not agree on a measure (a kicker's two lines, a title, paragraph ends)
    are no narrow run: the column stays the text's."""
    widths = [13.0] * 10 + [7.0, 7.0, 9.5, 1.0, 5.0, 7.5] + [13.0] * 10
    got = local_column_widths(widths, [True] * len(widths))
    assert all(width == 13.0 for width in got)


def test_column_width_is_the_percentile_of_each_voters_window():
    """Each line's column is FULL_WIDTH_PERCENTILE of the widths of the WINDOW_LINES voters either
    side of the first voter at or after it (the last voter after the last one), at most the narrow
    run's widest line and NARROW_RUN_OVERHANG where NARROW_RUN_MIN_FULL of the NARROW_RUN_LINES
    voters either side come within NARROW_RUN_FULL_TOLERANCE of it."""
    rng = random.Random(3)
    for _ in range(200):
        widths = [rng.choice((2.0, 7.5, 12.5, 13.0, 13.5, 20.0, rng.uniform(0, 30))) for _ in range(rng.randint(1, 60))]
        informative = [rng.random() < 0.8 for _ in widths]
        voters = [i for i, (w, ok) in enumerate(zip(widths, informative, strict=True)) if ok and w >= MIN_INFORMATIVE_WIDTH]
        got = local_column_widths(widths, informative)
        for i, width in enumerate(got):
            if not voters:
                assert width == DEFAULT_COLUMN_WIDTH
                continue
            k = next((k for k, v in enumerate(voters) if v >= i), len(voters) - 1)
            window = sorted(widths[v] for v in voters[max(0, k - WINDOW_LINES) : k + WINDOW_LINES + 1])
            expected = window[int(len(window) * FULL_WIDTH_PERCENTILE)]
            near = [widths[v] for v in voters[max(0, k - NARROW_RUN_LINES) : k + NARROW_RUN_LINES + 1]]
            if sum(w >= max(near) - NARROW_RUN_FULL_TOLERANCE for w in near) >= NARROW_RUN_MIN_FULL:
                expected = min(expected, max(near) + NARROW_RUN_OVERHANG)
            assert width == expected


def test_a_question_closed_by_its_column_tag_can_be_a_headline():
    """A headline may end on a question closed by its column's tag; a question in running text, or
    one closed by a brief's credit, is no headline (layout.lines.TAGGED_QUESTION_END)."""
    tagged, credited, plain = build_line_infos(
        ["乡村公路修到家门口了吗？（民生观察②）", "乡村公路修到家门口了吗？（林晓 何春生）", "乡村公路修到家门口了吗？"]
    )
    assert tagged.headable
    assert not credited.headable
    assert not plain.headable


def test_a_town_dateline_opens_a_line_with_its_byline() -> None:
    # The byline grammar runs only on lines that BYLINE_OPENING lets through.
    (line,) = build_line_infos(["临江讯（记者 林晓）3月10日，青石镇召开"])
    assert line.leading_byline is not None and line.leading_byline.authors == ("林晓",)


def test_the_cheap_gates_before_the_byline_and_caption_cues_admit_every_match() -> None:
    """The line features ask for a cue's characters before its pattern (one C-level scan): every
    character a match of STANDALONE_BYLINE_CUE can begin with is in the gate's class, and every
    alternative of CAPTION_CUE (none holds a group) holds 摄 or 图, which the gate looks for."""
    from banmian.layout import lines

    byline_starts = first_chars(lines.STANDALONE_BYLINE_CUE.pattern)
    assert byline_starts is not None
    assert all(lines._STANDALONE_BYLINE_CUE_CHAR.fullmatch(ch) for ch in byline_starts)
    assert "(" not in lines.CAPTION_CUE.pattern
    assert all("摄" in cue or "图" in cue for cue in lines.CAPTION_CUE.pattern.split("|"))


def test_a_byline_crediting_its_writer_by_a_slash_is_no_caption() -> None:
    """「林晓/文 何春生/摄」 credits the article's writer and its photos' taker: its 摄 is no caption's
    cue, as 「文/林晓 图/何春生」's 图/ is none."""
    for text in ("林晓/文 何春生/摄", "本报记者 林晓/文 何春生/摄"):
        (line,) = build_line_infos([text])
        assert line.byline_line is not None and line.byline_line.authors == ("林晓",)
        assert not line.caption
    (photo_credit,) = build_line_infos(["何春生/摄"])
    assert photo_credit.caption
