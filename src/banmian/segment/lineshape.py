"""How a line sits in its column, as the line features (segment.linefeatures) and the heading runs
(segment.headruns) both read it: set across columns, shaped like a paragraph's first line (a
dropped indent), shaped like a headline.

Like segment.linefeatures, this module must not import ``segment.roles``.
"""

from __future__ import annotations

from banmian.layout.lines import LineInfo

#: A line at least this much wider (em) than its column is set across columns (a headline).
WIDE_MARGIN_EM = 1.0
#: A first line of a paragraph is this much (em) narrower than its column: a dropped 2 em indent,
#: give or take punctuation compression (segment.roles FIRST_LINE_SHORTFALL/_MAX_SHORTFALL).
FIRST_LINE_MIN_SHORTFALL_EM = 1.0
FIRST_LINE_MAX_SHORTFALL_EM = 3.5


def shaped(line: LineInfo) -> bool:
    """Letter-spaced, set as several phrases or across columns: a headline's shape, never running text's."""
    return line.letter_spaced or line.phrases >= 2 or line.width - line.column_width >= WIDE_MARGIN_EM
