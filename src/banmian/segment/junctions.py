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

from banmian.layout.lines import LineInfo
from banmian.segment.affinity import bigrams
from banmian.segment.bylines import BYLINE_PREFIX
from banmian.segment.items import Item

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
_LATIN_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*")
_WIDE_MARK = re.compile("[“”‘’《》（）〈〉「」『』【】]")
#: A piece starts open when its first line fills at least this share: a paragraph's first line is
#: two characters short, a continued line is full.
OPEN_START_MIN_FILL = 0.9
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


def open_end(line: LineInfo) -> bool:
    """A column's last line that stops mid-sentence: no sentence end, and full once the marks whose
    printed width the line measure can only guess are given their widest (a line of digits or
    quotes measures short: 「……这里9月借出图书3千册，」)."""
    if line.ends_sentence or line.jump is not None or line.date_line is not None or line.text.endswith(("）", ")")):
        return False
    if line.fill >= OPEN_END_MIN_FILL:
        return True
    return bool(line.column_width) and line.width + _width_slack(line.text) >= OPEN_END_MIN_FILL * line.column_width


def _width_slack(text: str) -> float:
    """How much wider (em) the line may be printed than ``LineInfo.width`` counts it: each run of
    Latin letters or digits and each quote or bracket."""
    return LATIN_RUN_SLACK * len(_LATIN_RUN.findall(text)) + _mark_slack(text)


def piece_start(line: LineInfo) -> bool:
    """A piece's first line that continues another piece: mid-paragraph, or a paragraph's last line."""
    return _open_start(line) or _tail_start(line)


def _tail_start(line: LineInfo) -> bool:
    """A piece opening with a paragraph's last line (「评。」): short, closing a sentence, and no
    paragraph's first line (no indent, no byline)."""
    if line.indented or line.leading_space or line.leading_byline is not None or BYLINE_PREFIX.match(line.text):
        return False
    return line.ends_sentence and line.fill < OPEN_START_MIN_FILL and line.jump is None


def _open_start(line: LineInfo) -> bool:
    if line.indented or line.leading_space or line.leading_byline is not None or BYLINE_PREFIX.match(line.text):
        return False
    if line.jump is not None:
        return False
    if line.text.startswith(("“", "（", "《")):
        return False
    return bool(line.column_width) and line.width + _mark_slack(line.text) >= OPEN_START_MIN_FILL * line.column_width


def _mark_slack(text: str) -> float:
    """How much wider (em) the line's quotes and brackets may be printed than ``LineInfo.width``
    counts them."""
    return WIDE_MARK_SLACK * len(_WIDE_MARK.findall(text))
