"""Where the pieces of an article printed apart meet: a column's last line that stops
mid-sentence (an open end), a block's first line that goes on from another column (an open start:
mid-paragraph, or a paragraph's last line), the column measure pieces of one article share, and
the words that tell which piece another piece's block belongs to (segment.stitch pairs pieces by
them, segment.foreignblocks cuts a body run by them).

An article repeats its names and terms from column to column: where another piece shares far
more of a block's CJK character pairs than the text the block follows, the block is that piece's.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from banmian.layout.lines import LineInfo
from banmian.segment.affinity import bigrams
from banmian.segment.bylines import BYLINE_PREFIX, OPENING_FIRST_CHARS
from banmian.segment.items import Item
from banmian.segment.plans import ArticlePlan

#: A piece ends open when its last line fills at least this share of its column (the column ran
#: out, the sentence did not).
OPEN_END_MIN_FILL = 0.85
#: A line's measure (layout.lines) counts digits and Latin letters at 0.55 em and quotes and brackets
#: at half an em, as Founder sets them; pages set in a Latin face print digits near 0.64 em with a
#: gap either side of the run, and many print quotes and brackets (uncompressed) full width. On
#: pdftotext's synthetic pages a full line loses about 0.4–0.6 em per Latin run and 0.4–0.9 em per
#: quote or bracket against lines without them, so a column's last line 「……这里9月借出图书3千册，」
#: measures under OPEN_END_MIN_FILL. Added (em) per run / per mark before the open-end test:
#: pdftotext article F1 on the evaluation set / seed-1002 set 0.586 / 0.556 without, 0.592 / 0.558
#: at 0.5 / 0.5, 0.592 / 0.558 at 1.0 / 0.5, 0.593 / 0.557 at 0.5 / 1.0 (pdfium CER worse there).
#: The open-start test adds the marks' slack alone (0.597 / 0.562 -> 0.602 / 0.565 after best-first
#: pairing); the runs' too (0.600 / 0.566) took a real page's first paragraph line, printed without
#: its indent and holding half-width digits, for a continued column.
LATIN_RUN_SLACK = 0.5
WIDE_MARK_SLACK = 0.5
#: Added (em) per enumeration comma 「、」 in the open-end test: the line measure counts it at half an
#: em, and a line listing names or things (「……图书、报刊、画册、」) at a column's foot prints them full
#: width as often, measuring up to two em short though the column ran out. pdftotext article F1 on
#: the evaluation set 0.7050 -> 0.7054 (title 0.5469 -> 0.5475, CER 0.2531 -> 0.2527), -layout
#: 0.7612 -> 0.7614, pdfium and the held-out set unchanged; the same slack for 「，；：」 too gave
#: pdftotext 0.7056 but -layout 0.7607 and held-out pdfium 0.9437 -> 0.9432.
ENUMERATION_COMMA_SLACK = 0.5
_LATIN_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*")
_WIDE_MARK = re.compile("[“”‘’《》（）〈〉「」『』【】]")
#: A paragraph's indent (em), which pdftotext does not print: a column's last line that opens a
#: paragraph (「今年春天，临江县」 after 「……介绍。」) is full two em short of the column. Counted
#: in the open-end test after a finished sentence, pdftotext article F1 on the evaluation set went
#: 0.6517 -> 0.6647 (stitching 0.6642, the foreign-block cuts 0.0005 more), -layout 0.720 ->
#: 0.726, pdfium unchanged. Counted after a block break too (a block's only line) it did nothing
#: (0.6679 -> 0.6677). Counted only where the line ends its block (``open_end``'s ``block_end``):
#: pdftotext unchanged, -layout 0.7272 -> 0.7266; without that, on a pdfium page (pdfium prints
#: no blank lines) a heading line read as body, right over the next headline, took that article's
#: column opening mid-paragraph.
PARAGRAPH_INDENT = 2.0
#: A piece's first line that closes a sentence opens with a paragraph's last line (「评。」) only
#: when it fills less than this share of its column.
OPEN_START_MIN_FILL = 0.9
#: A piece starts open (mid-paragraph) when its first line falls at most this many em short of its
#: column, its quotes, brackets and clause marks given their widest (CLAUSE_MARK_SLACK): a paragraph's
#: first line is two em short (its indent), whatever the column's width, a continued line full but for
#: half-width punctuation and the column estimate's error. On pdftotext's lines of the evaluation set
#: inside truth paragraphs, 92 % of a paragraph's first lines fall short by more, 94.5 % of the lines
#: within a paragraph by no more (histograms in quarter em: the two meet between 1.25 and 1.5). The
#: share test it replaced (0.9 of the column) let through 16 % of first lines (most in columns of 18 em
#: and more, where 0.9 leaves two em) and stopped 6 % of the lines within (most in columns of 9 to 12
#: em, where it leaves under one). pdftotext article F1 on the evaluation set 0.6647 with the share
#: test, 0.6651 / 0.6665 / 0.6679 / 0.6627 at 1.0 / 1.25 / 1.375 / 1.5 em; either half alone (the share
#: test or this, the share test and at most 1.5 em) 0.6664 / 0.6648.
OPEN_START_MAX_SHORT = 1.375
#: Added (em) per enumeration comma (「、」) in the open-start test, as for quotes and brackets: the
#: line measure counts each at half an em, and a column's full first line holding three or four of
#: them (「……有的种茶、养蜂、办民宿……」) measured a paragraph's two em short, and opened no piece.
#: pdftotext article F1 on the evaluation set 0.7054 -> 0.7080, -layout 0.7614 -> 0.7619, held-out
#: set 0.6414 -> 0.6431; pdfium unchanged; at 0.25 / 1.0 em 0.7075 / 0.7082 on the evaluation set,
#: 0.6431 / 0.6415 on the held-out set. Every clause mark (「，、；：」) so gave 0.7100 / 0.7627 /
#: 0.6448, but lowered held-out kicker, subtitle, jump and banner F1, and cut so many more pieces
#: that the real sample page took 19 % longer to read (its foreign blocks looked for twice).
CLAUSE_MARK_SLACK = 0.5
_CLAUSE_MARK = re.compile("、")
#: Pieces of one article share their column measure: within this many em.
SAME_MEASURE = 1.5
#: Without a word across the junction, another piece claims a block (cuts it from the text it
#: follows) only when it shares at least this many of the block's CJK character pairs — fewer are
#: common words any two articles share — and more than this many times as many as the text the
#: block follows. Both measured on the synthetic set (3 and 2 did best of 2–4 and 1–3).
CLAIM_MIN_SHARED_PAIRS = 3
CLAIM_SHARED_FACTOR = 2


def claims(shared: int, own_shared: int, word_across: bool) -> bool:
    """``shared``: the block's character pairs found in the other piece, ``own_shared``: in the
    text it follows."""
    if word_across:
        return shared >= own_shared
    return shared >= CLAIM_MIN_SHARED_PAIRS and shared > CLAIM_SHARED_FACTOR * own_shared


def parts_pairs(parts: list[Item]) -> frozenset[str]:
    """``bigrams`` of the parts' text run together: the names and terms an article repeats."""
    return bigrams("".join([ln.text for part in parts for ln in part.lines]))


def same_measure(last: LineInfo, first: LineInfo) -> bool:
    """Whether two lines may be one article's: its columns are set in one measure (SAME_MEASURE)."""
    return abs(last.column_width - first.column_width) <= SAME_MEASURE


def open_end(line: LineInfo, previous: LineInfo | None = None, block_end: bool = True) -> bool:
    """A column's last line that stops mid-sentence: no sentence end, and full once the marks whose
    printed width the line measure can only guess are given their widest (a line of digits or
    quotes measures short: 「……这里9月借出图书3千册，」). ``previous``: the line printed right
    before it, if any: after a finished sentence the line opens a paragraph, and its indent
    (PARAGRAPH_INDENT, not in the line's text) is part of the column it fills, where the line
    ends its block (``block_end``: pdftotext ends a block at a column's foot). A short line with
    more text printed right under it is no column's foot: a heading line read as body, over the
    headline printed next, whose words a column opening mid-paragraph would take."""
    if line.ends_sentence or line.jump is not None or line.date_line is not None or line.text.endswith(("）", ")")):
        return False
    if line.fill >= OPEN_END_MIN_FILL:
        return True
    if not line.column_width:
        return False
    width = line.width + width_slack(line.text)
    opens_paragraph = line.indented or (previous is not None and previous.number + 1 == line.number and previous.ends_sentence)
    if opens_paragraph and block_end:
        width += PARAGRAPH_INDENT
    return width >= OPEN_END_MIN_FILL * line.column_width


def lines_open_end(lines: tuple[LineInfo, ...] | list[LineInfo], printed: AbstractSet[int]) -> bool:
    """``open_end`` of the last of a run's lines, the line before it telling whether it opens a
    paragraph; ``printed``: the numbers of the page's lines in items (``printed_lines``), the
    line ends its block where the next is not among them (blank, furniture or none)."""
    return open_end(lines[-1], lines[-2] if len(lines) > 1 else None, lines[-1].number + 1 not in printed)


def printed_lines(entries: list) -> frozenset[int]:
    """The numbers of the lines that the page's items hold (headlines, captions, bodies)."""
    numbers: set[int] = set()
    for entry in entries:
        for item in entry.parts + entry.captions if isinstance(entry, ArticlePlan) else (entry,):
            numbers.update(ln.number for ln in item.lines)
    return frozenset(numbers)


def width_slack(text: str) -> float:
    """How much wider (em) the line may be printed than ``LineInfo.width`` counts it: each run of
    Latin letters or digits, each quote or bracket and each enumeration comma."""
    latin = LATIN_RUN_SLACK * len(_LATIN_RUN.findall(text))
    return latin + _mark_slack(text) + ENUMERATION_COMMA_SLACK * text.count("、")


def piece_start(line: LineInfo) -> bool:
    """A piece's first line that continues another piece: mid-paragraph, or a paragraph's last line."""
    return _open_start(line) or _tail_start(line)


def _tail_start(line: LineInfo) -> bool:
    """A piece opening with a paragraph's last line (「评。」): short, closing a sentence, and no
    paragraph's first line (no indent, no byline)."""
    if line.indented or line.leading_space or line.leading_byline is not None or _byline_prefix(line.text):
        return False
    return line.ends_sentence and line.fill < OPEN_START_MIN_FILL and line.jump is None


def _byline_prefix(text: str) -> bool:
    """BYLINE_PREFIX matches: its first characters asked first, as every piece's first line is."""
    return text[:1] in OPENING_FIRST_CHARS and BYLINE_PREFIX.match(text) is not None


def _open_start(line: LineInfo) -> bool:
    if line.indented or line.leading_space or line.leading_byline is not None or _byline_prefix(line.text):
        return False
    if line.jump is not None:
        return False
    if line.text.startswith(("“", "（", "《")):
        return False
    slack = _mark_slack(line.text) + CLAUSE_MARK_SLACK * len(_CLAUSE_MARK.findall(line.text))
    return bool(line.column_width) and line.column_width - line.width - slack <= OPEN_START_MAX_SHORT


def _mark_slack(text: str) -> float:
    """How much wider (em) the line's quotes and brackets may be printed than ``LineInfo.width``
    counts them."""
    return WIDE_MARK_SLACK * len(_WIDE_MARK.findall(text))
