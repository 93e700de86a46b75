"""Bylines in the line stream: where they open (fields.openings) and credit lines closing briefs.

The grammar itself lives in ``banmian.fields.byline``; this module only finds the places to ask it.
"""

from __future__ import annotations

from banmian.fields.openings import AGENCY_OPENING, BYLINE_PREFIX, DATELINE, OPENING_FIRST_CHARS
from banmian.fields.trailingcredits import trailing_authors
from banmian.layout.lines import LineInfo

__all__ = ["AGENCY_OPENING", "BYLINE_PREFIX", "DATELINE", "MAX_CREDIT_LINE_CHARS", "OPENING_FIRST_CHARS", "is_credit_line"]

#: A credit line (（记者 张三 李四）) is short: brackets and at most three names with roles.
MAX_CREDIT_LINE_CHARS = 24


def is_credit_line(line: LineInfo) -> bool:
    """A line that is only bracketed author names, closing a brief (（石鑫 蒋雯楠））."""
    if len(line.text) > MAX_CREDIT_LINE_CHARS or line.text[:1] not in "（(" or line.text[-1:] not in "）)":
        return False
    found = trailing_authors(line.raw.strip())  # the names are told apart by the spaces
    return found is not None and found.start == 0
