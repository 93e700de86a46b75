"""Where a byline begins, when it is broken over two lines (「本 报 讯（记 者 田 蓓」/「蕾 王彦雨）」).

The grammar itself lives in ``banmian.fields.byline``; this module only finds the places to ask it.
"""

from __future__ import annotations

import re

from banmian.fields.byline import trailing_authors
from banmian.layout.lines import LineInfo

#: How an article's first line begins when it opens with a byline or dateline (电头).
BYLINE_PREFIX = re.compile(
    r"^(?:本报讯|本报记者|本报特约|本报评论员|本报通讯员|新华社|中新社|人民日报|据新华社|据.{1,6}报道|本报[^，。]{1,12}电|记者\s)"
)

#: A line opening with an agency is the start of a dateline, even when the extractor broke it
#: before its 电 (「本报西安10月17日」/「电（记者 崔韵浩）」): never a headline.
AGENCY_OPENING = re.compile(r"^(?:本报|新华社|中新社|人民日报社?|据新华社)[^，。、]{0,12}$")

#: A byline of the dateline kind (本报讯（…）, 新华社北京10月7日电（…）) opens the first paragraph,
#: even when the extractor wrapped the line right after it; the other kinds (本报记者 王茵) may
#: stand on a line of their own in the headline stack.
DATELINE = re.compile(r"^(?:本报讯|[^，。（(]{0,16}电[（(])")

#: A credit line (（记者 张三 李四）) is short: brackets and at most three names with roles.
MAX_CREDIT_LINE_CHARS = 24


def is_credit_line(line: LineInfo) -> bool:
    """A line that is only bracketed author names, closing a brief (（石鑫 蒋雯楠））."""
    if len(line.text) > MAX_CREDIT_LINE_CHARS or line.text[:1] not in "（(" or line.text[-1:] not in "）)":
        return False
    found = trailing_authors(line.raw.strip())  # the names are told apart by the spaces
    return found is not None and found.start == 0
