"""segment.renumber: provenance in the input's own line numbers after lines were joined."""

from __future__ import annotations

import banmian
from banmian.layout.digits import JoinedLine
from banmian.model import LineSpan
from banmian.segment.renumber import to_source_lines

#: A number's digits broken over lines (「……共有」/「3」/「0余个村……」): the engine reads four lines
#: where the input has five.
LINES = [
    "临江县召开春耕生产动员会",
    "本报讯（记者 林晓）三月十日，临江县召开春耕生产动员会，全县共有",
    "3",
    "0余个村的代表参加会议，部署全县春耕备耕工作。",
    "会议要求各乡镇做好农资供应和技术指导，确保不误农时。",
]


def test_spans_point_at_the_input_lines_after_a_split_number_was_joined() -> None:
    (article,) = banmian.parse("\n".join(LINES) + "\n").articles
    assert article.title.provenance.lines == LineSpan(1, 1)
    assert article.byline.provenance.lines == LineSpan(2, 2)
    (paragraph,) = article.paragraphs
    assert "共有30余个村" in paragraph.text
    # The engine's lines 2–4 are the input's lines 2–5: the joined line stands for input lines 3–4.
    assert paragraph.provenance.lines == LineSpan(2, 5)
    assert article.provenance.lines == LineSpan(1, 5)


def test_a_page_whose_lines_were_not_joined_is_returned_as_it_is() -> None:
    rows = [LINES[0], LINES[1] + "四十个村。", LINES[4]]
    page = banmian.parse("\n".join(rows) + "\n")
    joined = [JoinedLine(text, k, k) for k, text in enumerate(rows, start=1)]
    assert to_source_lines(page, joined) is page
