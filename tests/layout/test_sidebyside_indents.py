"""Paragraph indents in a layout dump (layout.sidebyside.read_columns, segment.paragraphs).

``pdftotext -layout`` keeps a paragraph's indent as a few positions of padding before its first
line (a CJK character takes about 1.6 positions on the page, the dump counts one); the lane reader
prints the text without it and marks the run, and the paragraph rule reads the mark. All text is
invented: a report in two columns whose list items are paragraphs of their own (no sentence ends
them), and a brief with its title beside it.
"""

from __future__ import annotations

import banmian
from banmian.layout.sidebyside import read_columns

PAGE = """\
青石镇农家书屋越办越红火

     本报讯（记者 林晓）青石               家门口，看书方便多了。
  镇河湾村的农家书屋今年搬                     书屋还办起了读书会，每月
  进了村委会的新楼，藏书从                  请县图书馆的老师来讲一次
  两千册增加到五千册。管理                  课，孩子们最爱听。
  员何春生说，书屋的变化有
  两条：                           柳河村建成光伏电站
     一是开放的时间长了                     柳河村的光伏电站日前建
     二是借书的手续简了                  成并网发电，每年可为村集
     以前借书要登记好几样东                体增收十多万元，电站的运
  西，现在刷一下身份证就行                  维由村里的年轻人负责，他
  了。村民们说，书屋办到了                  们都经过了培训。（何春生）
"""

#: One column whose lines start two positions in, a paragraph's first line five, a heading centred
#: further in, and a line opening with digits that the extractor placed two positions left.
COLUMN = """\
     青石镇河湾村的农家书屋
  今年搬进了村委会的新楼，藏
  书从两千册增加到五千册。
        新书架
     书屋今年新添了两个书架，
2000余册新书都已上架，村民
  们可以随时来借阅。
"""


def _indented(text: str) -> list[str]:
    read = read_columns(text.split("\n"))
    return [read.lines[k].text for k in sorted(read.indented)]


def test_runs_set_a_paragraphs_indent_in_from_the_columns_margin_are_marked():
    # The margin is where most lines start, not the leftmost start (the digits' line).
    assert _indented(COLUMN) == ["青石镇河湾村的农家书屋", "书屋今年新添了两个书架，"]


def test_the_engine_opens_a_paragraph_at_each_indented_line():
    page = banmian.parse(PAGE)
    report = next(a for a in page.articles if a.title is not None and a.title.text == "青石镇农家书屋越办越红火")
    assert [p.text for p in report.paragraphs] == [
        "青石镇河湾村的农家书屋今年搬进了村委会的新楼，藏书从两千册增加到五千册。管理员何春生说，书屋的变化有两条：",
        "一是开放的时间长了",
        "二是借书的手续简了",
        "以前借书要登记好几样东西，现在刷一下身份证就行了。村民们说，书屋办到了家门口，看书方便多了。",
        "书屋还办起了读书会，每月请县图书馆的老师来讲一次课，孩子们最爱听。",
    ]


def test_a_briefs_title_over_its_indented_text_stays_its_title():
    page = banmian.parse(PAGE)
    brief = next(a for a in page.articles if a.kind.value == "brief")
    assert brief.title is not None and brief.title.text == "柳河村建成光伏电站"
    assert [p.text for p in brief.paragraphs] == [
        "柳河村的光伏电站日前建成并网发电，每年可为村集体增收十多万元，电站的运维由村里的年轻人负责，他们都经过了培训。"
    ]
    assert brief.authors == ("何春生",)
