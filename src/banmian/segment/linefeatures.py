"""Features of a line in its page for the learned line classifier (segment.lineclass).

A line's vector is its own features, then a few key features of each of its neighbours: the
previous non-blank line, the next one and the one after that. Among its own features are those of
the *heading run* it belongs to (``RUN_NAMES``, segment.headruns). The model is linear, so its score
splits into a part from the line itself and one part per neighbour slot; inference computes each
line's parts once and adds them up (segment.lineclass), training uses the whole vector
(``feature_rows``). Everything here reads only ``LineInfo`` fields and cheap string tests. The
second stage's features, read from the first stage's probabilities, are segment.linecontext's.

This module must not import ``segment.roles``: roles uses the classifier built on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from banmian.fields.furniture import BOX_LABELS
from banmian.layout.lines import LineInfo
from banmian.segment.bylines import AGENCY_OPENING, BYLINE_PREFIX, OPENING_FIRST_CHARS, is_credit_line
from banmian.segment.headruns import NO_RUN, RUN_NAMES, run_vectors
from banmian.segment.lineshape import FIRST_LINE_MAX_SHORTFALL_EM, FIRST_LINE_MIN_SHORTFALL_EM, WIDE_MARGIN_EM

#: Pages where at least this share of lines is blank come from an extractor that marks block
#: ends with blank lines (pdftotext); the same share as segment.pagemarks.BLANK_MARKED_SHARE.
BLANK_MARKED_SHARE = 0.05
#: Printed indents mark paragraphs when some text lines, but fewer than this share, carry one;
#: beyond it every line is indented and the indent says nothing (segment.pagemarks.INDENT_CUE_MAX_SHARE).
INDENT_CUE_MAX_SHARE = 0.4
#: ``wide`` is (width − column width) in em, clipped to ± this and scaled to ±1: a headline across
#: two 13 em columns is about 12 em wider than one column; beyond that the size says no more.
WIDE_CLIP_EM = 12.0
#: ``fill`` is clipped here: a line three columns wide is as much a headline as a wider one.
FILL_CLIP = 3.0
#: A line filling at least this share of its column is full, as running text is (within about
#: 1 em of a 13 em column).
FULL_FILL = 0.93
#: A line filling less than this share is short: a paragraph's last line or a headline in big type.
SHORT_FILL = 0.6
#: A line of digits and symbols at most this wide (em) is a piece the extractor broke off.
FRAGMENT_MAX_WIDTH_EM = 3.0
#: Commas are counted up to this many (then scaled to 0..1): a headline has none or one, a body
#: line two or more.
COMMA_CAP = 3
#: CJK characters are counted up to this many (then scaled to 0..1): a full line of a wide column.
CJK_CAP = 30
#: Lines in a block (between blank lines) are counted up to this many (then scaled to 0..1);
#: headlines and captions make short blocks, body text long ones.
BLOCK_CAP = 8
#: How a caption ends: a photo credit (本报记者 林晓 摄, 何春生/摄).
CAPTION_CREDIT_ENDINGS = ("摄", "摄）", "摄)", "供图", "图片")
#: 图为 cut by a line break (「……。图」/「为……」).
SPLIT_CUE = ("图", "为")
#: A kicker may end with a dash leading into the title (……出台“十条措施”——).
KICKER_DASH = "——"
#: How a sub-heading may begin: a bullet or a Chinese or Latin ordinal (■ 一、 1.).
SUBHEADING_MARKER = re.compile(r"^(?:[■□●◆▲◇○]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.、．])")
#: The characters SUBHEADING_MARKER may open with, digits aside (``str.isdecimal``, what ``\d``
#: matches): the cheap test before the pattern.
_MARKER_FIRST_CHARS = frozenset("■□●◆▲◇○一二三四五六七八九十")
DIGITS = frozenset("0123456789０１２３４５６７８９")
_DIGIT = re.compile("[" + "".join(sorted(DIGITS)) + "]")


def cue_split_after(lines: Sequence[LineInfo], i: int) -> bool:
    """Line ``i`` ends with the first character of 图为 and the next line starts with the second."""
    return lines[i].text.endswith(SPLIT_CUE[0]) and i + 1 < len(lines) and lines[i + 1].text.startswith(SPLIT_CUE[1])


#: The line's own features, in vector order.
OWN_NAMES: tuple[str, ...] = (
    "fill",  # width / column width, clipped to FILL_CLIP
    "wide",  # (width − column width) em / WIDE_CLIP_EM, clipped to ±1
    "wider_than_column",  # at least WIDE_MARGIN_EM wider than the column
    "full",  # fill ≥ FULL_FILL
    "short",  # fill < SHORT_FILL
    "first_line_shape",  # FIRST_LINE_MIN..MAX_SHORTFALL_EM narrower than the column
    "fragment",  # no CJK, at most FRAGMENT_MAX_WIDTH_EM
    "letter_spaced",
    "phrases",  # two or more space-separated phrases
    "sentence_punct",  # a sentence-final mark anywhere
    "ends_sentence",
    "ends_continuing",  # ends with ，、：（ and the like
    "commas",  # commas / COMMA_CAP, capped at 1
    "cjk",  # CJK characters / CJK_CAP, capped at 1
    "column_width",  # the column's width / 20 em: narrow columns wrap headlines too
    "indented",
    "indented_marked",  # indented on a page whose indents mark paragraphs
    "leading_space",
    "blank_before",
    "blank_after",
    "own_block",  # blank lines (or the page edge) on both sides
    "block_lines",  # lines in its block / BLOCK_CAP, capped at 1
    "block_caption_cue",  # some line of its block holds a caption cue
    "headable",  # no sentence mark, some CJK, not a byline, date or credit
    "byline_start",  # opens with a byline or dateline (本报讯（记者…）, 新华社…电)
    "byline_line",  # only a byline (本报记者 程远山)
    "agency_opening",  # an agency name broken before its 电
    "credit_line",  # only bracketed names (（石鑫 蒋雯楠）)
    "dash_subtitle",  # starts with ——
    "kicker_dash",  # ends with ——
    "caption_cue",  # 图为, 摄, 图片 … anywhere
    "tuwei",  # 图为 itself
    "credit_end",  # ends with a photo credit
    "closing_bracket",  # ends with ）
    "subheading_marker",  # ■, 一、, 1. at the start
    "has_digit",
    "date_line",
    "jump",
    "furniture",
    "box_label",  # 简讯 and the other box labels
    "page_blank_marked",  # the page marks blocks with blank lines (pdftotext)
    "page_indents",  # the page keeps printed indents
)

#: Key features of a neighbour, in vector order; each neighbour slot has all of them.
SLOT_FEATURES: tuple[str, ...] = (
    "missing",  # no such line: the page edge
    "fill",
    "full",
    "shaped",  # letter-spaced, several phrases or wider than its column: a headline's shape
    "headable",
    "sentence_punct",
    "short_sentence_end",  # ends a sentence and is visibly short: a paragraph's last line
    "byline",  # opens with a byline or is one
    "dash_subtitle",
    "paragraph_start",  # indented, or first-line shaped and not ending a sentence
    "caption_cue",  # a caption cue or a photo credit ending
    "furniture_like",  # a date line, furniture or a jump note
)
#: Neighbour slots, in vector order: previous non-blank line, next one, the one after that.
SLOTS: tuple[str, ...] = ("prev", "next", "next2")

FEATURE_NAMES: tuple[str, ...] = OWN_NAMES + RUN_NAMES + tuple(f"{slot}_{name}" for slot in SLOTS for name in SLOT_FEATURES)

#: Feature values; flags are bools, which count as 0 and 1.
Vector = tuple[float | bool, ...]
#: The slot vector of a neighbour that is not there (the page edge).
MISSING_SLOT: Vector = (1.0,) + (0.0,) * (len(SLOT_FEATURES) - 1)


class PageContext(NamedTuple):
    """Page-wide facts the line features depend on."""

    blank_marked: bool
    indents: bool


def page_context(lines: Sequence[LineInfo]) -> PageContext:
    """How the extractor marked the page: blank lines between blocks, printed indents kept."""
    blanks = sum(1 for ln in lines if ln.blank)
    text_lines = len(lines) - blanks
    indented = sum(1 for ln in lines if ln.indented)
    return PageContext(
        blanks >= BLANK_MARKED_SHARE * max(1, len(lines)),
        0 < indented < INDENT_CUE_MAX_SHARE * max(1, text_lines),
    )


#: The order in which ``page_vectors`` unpacks the page's LineInfos into columns (one transposition
#: instead of a field access per line and feature); it must be LineInfo's own order, which the
#: tests check.
UNPACKED_LINE_FIELDS: tuple[str, ...] = (
    "number", "raw", "text", "heading_text", "blank", "width", "leading_space", "indented", "letter_spaced", "phrases",
    "ends_sentence", "ends_continuing", "has_sentence_punct", "cjk", "jump", "byline_line", "leading_byline",
    "date_line", "furniture", "dash_subtitle", "caption", "headable", "column_width", "bbox", "font_size",
)  # fmt: skip


class PageVectors(NamedTuple):
    """Per non-blank line (by index into the page's lines, ``index``): its own vector and its slot
    vector, as the columns of two matrices (``own[k]`` is feature OWN_NAMES[k] of every line, in
    page order; ``slot`` likewise for SLOT_FEATURES), and its heading run's vector; the last only
    for the lines in heading runs, by position among the non-blank lines (the others have NO_RUN).

    Columns rather than one tuple per line: a page's features are a few dozen whole-page array
    operations instead of a Python expression per line and feature, and the classifier's linear
    stage reads them column by column (segment.lineclass)."""

    index: tuple[int, ...]
    own: np.ndarray  # shape (len(OWN_NAMES), lines), float64; flags are 0.0 and 1.0
    slot: np.ndarray  # shape (len(SLOT_FEATURES), lines)
    run: dict[int, Vector]


def _bools(flags: list[bool]) -> np.ndarray:
    """A list of bools (exactly: each is 0 or 1) as a bool array, through ``bytes``: about half
    ``np.array``'s time, on a few dozen columns a page."""
    return np.frombuffer(bytes(flags), dtype=bool)


def _flags(values) -> np.ndarray:
    """Which of ``values`` (one per line) are not None, as a bool array."""
    return _bools([v is not None for v in values])


def _blocks(index: Sequence[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per non-blank line (positions in ``index``): blank line or page edge before it, after it,
    and the block (maximal run of non-blank lines) it belongs to, numbered from 0."""
    m = len(index)
    gap = np.diff(np.asarray(index, dtype=np.int64)) > 1
    before = np.ones(m, dtype=bool)
    after = np.ones(m, dtype=bool)
    before[1:] = gap
    after[:-1] = gap
    return before, after, np.cumsum(before) - 1


def _stack(m: int, *columns) -> np.ndarray:
    """One float64 row per column (an array, a list of m values or one value for every line)."""
    out = np.empty((len(columns), m))
    for k, column in enumerate(columns):
        out[k] = column
    return out


def page_vectors(lines: Sequence[LineInfo]) -> PageVectors:
    """Own and slot vectors of every non-blank line, in page order, computed column by column over
    the whole page: each feature is what ``OWN_NAMES``/``SLOT_FEATURES`` describe."""
    ctx = page_context(lines)
    index = [i for i, ln in enumerate(lines) if not ln.blank]
    runs = run_vectors(lines, index)
    m = len(index)
    if not m:
        return PageVectors((), np.zeros((len(OWN_NAMES), 0)), np.zeros((len(SLOT_FEATURES), 0)), runs)
    (
        _, _, texts, _, _, width, leading_space, indented, letter_spaced, phrases, ends, ends_continuing, punct, cjk,
        jump, byline_line, leading_byline, date_line, furniture, dash_subtitle, caption, _, col, _, _,
    ) = zip(*[lines[i] for i in index], strict=True)  # fmt: skip
    width_a = np.array(width, dtype=np.float64)
    col_a = np.array(col, dtype=np.float64)
    cjk_a = np.array(cjk, dtype=np.int64)
    punct_a = np.array(punct, dtype=bool)
    ends_a = np.array(ends, dtype=bool)
    indented_a = np.array(indented, dtype=bool)
    letter_a = np.array(letter_spaced, dtype=bool)
    dash_a = np.array(dash_subtitle, dtype=bool)
    caption_a = np.array(caption, dtype=bool)
    jump_a, byline_line_a, lead_a = _flags(jump), _flags(byline_line), _flags(leading_byline)
    date_a, furniture_a = _flags(date_line), _flags(furniture)
    # The openings' first characters asked first: nearly every line fails there.
    first = OPENING_FIRST_CHARS
    prefix = _bools([t[:1] in first and BYLINE_PREFIX.match(t) is not None for t in texts])
    agency = _bools([t[:1] in first and AGENCY_OPENING.match(t) is not None for t in texts])
    credit_end = _bools([t.endswith(CAPTION_CREDIT_ENDINGS) for t in texts])
    commas = np.array([t.count("，") for t in texts], dtype=np.int64)

    fill = np.divide(width_a, col_a, out=np.zeros(m), where=col_a != 0.0)
    fill = np.where(fill > FILL_CLIP, FILL_CLIP, fill)
    over = width_a - col_a
    shortfall = -over
    wide_share = over / WIDE_CLIP_EM
    headable = ~punct_a & (cjk_a > 0) & ~lead_a & ~date_a & ~prefix & ~agency
    full = fill >= FULL_FILL
    wide = over >= WIDE_MARGIN_EM
    first_shape = (shortfall >= FIRST_LINE_MIN_SHORTFALL_EM) & (shortfall <= FIRST_LINE_MAX_SHORTFALL_EM)
    phrased = np.array(phrases, dtype=np.int64) >= 2
    indent_cue = indented_a & ctx.indents
    blank_before, blank_after, block = _blocks(index)
    block_sizes = np.bincount(block)
    block_cues = np.bincount(block, weights=caption_a) > 0
    own = _stack(
        m,
        fill,
        np.where(wide_share > 1.0, 1.0, np.where(wide_share < -1.0, -1.0, wide_share)),
        wide,
        full,
        fill < SHORT_FILL,
        first_shape,
        (cjk_a == 0) & (width_a <= FRAGMENT_MAX_WIDTH_EM),
        letter_a,
        phrased,
        punct_a,
        ends_a,
        ends_continuing,
        np.minimum(commas, COMMA_CAP) / COMMA_CAP,
        np.minimum(cjk_a, CJK_CAP) / CJK_CAP,
        col_a / 20.0,
        indented_a,
        indent_cue,
        leading_space,
        blank_before,
        blank_after,
        blank_before & blank_after,
        np.minimum(block_sizes, BLOCK_CAP)[block] / BLOCK_CAP,
        block_cues[block],
        headable,
        lead_a | prefix,
        byline_line_a,
        agency,
        _bools([t[:1] in "（(" and is_credit_line(lines[i]) for t, i in zip(texts, index, strict=True)]),
        dash_a,
        _bools([t.endswith(KICKER_DASH) for t in texts]),
        caption_a,
        _bools(["图为" in t for t in texts]),
        credit_end,
        _bools([t[-1:] in "）)" for t in texts]),
        _bools([(t[:1] in _MARKER_FIRST_CHARS or t[:1].isdecimal()) and SUBHEADING_MARKER.match(t) is not None for t in texts]),
        _bools([_DIGIT.search(t) is not None for t in texts]),
        date_a,
        jump_a,
        furniture_a,
        _bools([t in BOX_LABELS for t in texts]),
        ctx.blank_marked,
        ctx.indents,
    )
    slot = _stack(
        m,
        False,
        fill,
        full,
        letter_a | phrased | wide,
        headable,
        punct_a,
        ends_a & (shortfall >= FIRST_LINE_MIN_SHORTFALL_EM),
        lead_a | byline_line_a | prefix,
        dash_a,
        indent_cue | (~ends_a & first_shape),
        caption_a | credit_end,
        date_a | furniture_a | jump_a,
    )
    return PageVectors(tuple(index), own, slot, runs)


def feature_rows(lines: Sequence[LineInfo]) -> list[tuple[int, Vector]]:
    """(line index, full vector in FEATURE_NAMES order) for every non-blank line: for training."""
    vec = page_vectors(lines)
    m = len(vec.index)
    own = [tuple(row) for row in vec.own.T.tolist()]
    slot = [tuple(row) for row in vec.slot.T.tolist()]
    rows: list[tuple[int, Vector]] = []
    for j in range(m):
        prev = slot[j - 1] if j >= 1 else MISSING_SLOT
        nxt = slot[j + 1] if j + 1 < m else MISSING_SLOT
        nxt2 = slot[j + 2] if j + 2 < m else MISSING_SLOT
        rows.append((vec.index[j], own[j] + vec.run.get(j, NO_RUN) + prev + nxt + nxt2))
    return rows
