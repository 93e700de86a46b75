"""Where a byline begins, when it is broken over two lines (「本 报 讯（记 者 田 蓓」/「蕾 王彦雨）」).

The grammar itself lives in ``banmian.fields.byline``; this module only finds the places to ask it.
"""

from __future__ import annotations

import re

#: How an article's first line begins when it opens with a byline or dateline (电头).
BYLINE_PREFIX = re.compile(
    r"^(?:本报讯|本报记者|本报特约|本报评论员|本报通讯员|新华社|中新社|人民日报|据新华社|据.{1,6}报道|本报[^，。]{1,12}电|记者\s)"
)

#: A byline of the dateline kind (本报讯（…）, 新华社北京10月7日电（…）) opens the first paragraph,
#: even when the extractor wrapped the line right after it; the other kinds (本报记者 王茵) may
#: stand on a line of their own in the headline stack.
DATELINE = re.compile(r"^(?:本报讯|[^，。（(]{0,16}电[（(])")
