"""Lines broken at a Founder page's text pieces (pdftotext -raw), set back into the page's lines.

The pages below are drawn the way pdftotext -raw prints a Founder page: a column about 14 em wide whose
lines break after each squeezed mark and around digits, while a line that ends inside a word is the
page's own line end.
"""

from __future__ import annotations

import banmian
from banmian.layout.digits import JoinedLine, rejoin_split_numbers
from banmian.layout.fragments import ENUMERATION, is_fragmented, printed_width, rejoin_fragments, soft_break

#: Printed lines of a 14-em column (marks count half an em, as the engine counts them) …
PRINTED = [
    "青石镇中心小学日前举行防汛、",
    "消防、急救演练，全校师生一千",
    "二百余人参加。学校请来县消防",
    "大队的教官讲解逃生要领。",
    "演练从上午九时开始，警报响起",
    "后，各班在老师带领下有序撤离",
    "到操场，用时不到五分钟。",
    "校长说，学校每学期都组织演练，",
    "让师生熟悉路线、掌握方法，防患",
    "于未然。",
]
#: … and the same column as pdftotext -raw prints it: a new line after every squeezed mark.
RAW = [
    "青石镇中心小学日前举行防汛、",
    "消防、",
    "急救演练，",
    "全校师生一千",
    "二百余人参加。",
    "学校请来县消防",
    "大队的教官讲解逃生要领。",
    "演练从上午九时开始，",
    "警报响起",
    "后，",
    "各班在老师带领下有序撤离",
    "到操场，",
    "用时不到五分钟。",
    "校长说，",
    "学校每学期都组织演练，",
    "让师生熟悉路线、",
    "掌握方法，",
    "防患",
    "于未然。",
]


def test_a_founder_raw_column_is_set_back_into_its_printed_lines() -> None:
    assert is_fragmented(RAW)
    joined = rejoin_fragments(RAW)
    assert joined is not None
    assert [line.text for line in joined] == PRINTED
    # Each line keeps the source lines its pieces came from.
    assert joined[1] == JoinedLine("消防、急救演练，全校师生一千", 2, 4)
    assert joined[6] == JoinedLine("到操场，用时不到五分钟。", 12, 13)


def test_text_that_keeps_its_lines_is_left_alone() -> None:
    assert not is_fragmented(PRINTED)
    assert rejoin_fragments(PRINTED) is None
    # A few short lines ending in a comma (a headline's, a kicker's) do not make a page fragmented.
    assert rejoin_fragments(["县里出台新规，", "农民得实惠", *PRINTED]) is None


def test_a_box_label_after_a_paragraph_end_stays_a_line_of_its_own() -> None:
    """「……于未然。」/「简讯」: the label ends at a hard break, where only a full line of text ends,
    yet the two together are far short of a full line; it stands after the paragraph."""
    joined = rejoin_fragments([*RAW, "简讯", "县文化馆日前举办青少年书法展，"])
    assert joined is not None
    assert [line.text for line in joined][-3:] == ["于未然。", "简讯", "县文化馆日前举办青少年书法展，"]


def test_a_run_that_ends_a_paragraph_at_a_blank_line_is_set_from_its_first_piece() -> None:
    """Before a blank line the last line is a paragraph's short last line, not a full one: the
    pieces are set into full lines from the run's start (set from its end, 「月月检查，」 would be
    pulled down into the short last line)."""
    printed = ["学校每学期都组织演练。师生熟", "悉路线，掌握方法。校长说，要", "常抓不懈，年年演练、月月检查，", "确保安全。"]
    raw = ["学校每学期都组织演练。", "师生熟", "悉路线，", "掌握方法。", "校长说，", "要", "常抓不懈，", "年年演练、", "月月检查，", "确保安全。"]
    joined = rejoin_fragments([*RAW, "", *raw, "", "县里新建三座桥。"])
    assert joined is not None
    assert [line.text for line in joined][-6:-2] == printed


def test_a_paragraph_opening_line_does_not_take_the_previous_paragraph_end() -> None:
    """「受到好评。」 then the next paragraph's opening line, as wide as the measure less the indent:
    the two would fit on one line, but a sentence's end before an opening line ends the paragraph.

    ::

        县里今年建成三座新桥，方便群     (a full line, 13.5 em)
        众出行，受到好评。               (the paragraph's last line)
          新桥钢结构，设计寿命           (an opening line: the measure less the indent)
        达到一百年。
    """
    printed = ["县里今年建成三座新桥，方便群", "众出行，受到好评。", "新桥钢结构，设计寿命", "达到一百年。"]
    raw = ["县里今年建成三座新桥，", "方便群", "众出行，", "受到好评。", "新桥钢结构，", "设计寿命", "达到一百年。"]
    joined = rejoin_fragments([*RAW, *raw])
    assert joined is not None
    assert [line.text for line in joined][-4:] == printed


def test_a_credit_and_a_byline_break_the_run() -> None:
    lines = [
        *RAW,
        "县教育局供稿。",
        "（林晓 何春生）",
        "县里建成三座新桥",
        "本报讯",
        "（记者 林晓）",
        "临江县建桥，",
        "方便两岸群众出行",
    ]
    joined = rejoin_fragments(lines)
    assert joined is not None
    texts = [line.text for line in joined]
    # A bracket of names stays off the line above it (pdftotext's default mode prints a brief's
    # credit before the brief's last line), and nothing runs on after a brief's closing credit.
    assert "（林晓 何春生）" in texts
    assert "县里建成三座新桥" in texts
    # A byline's bracket joins its opening; the text after it is set into the lines it fills.
    assert texts[-2:] == ["本报讯（记者 林晓）", "临江县建桥，方便两岸群众出行"]


def test_words_in_brackets_inside_a_sentence_join_the_line() -> None:
    joined = rejoin_fragments([*RAW, "县里调入", "（引进）", "教师十二名。"])
    assert joined is not None
    assert joined[-1].text == "县里调入（引进）教师十二名。"


def test_printed_width_counts_marks_and_digits_at_half_an_em() -> None:
    assert printed_width("县里，") == 2.5
    assert printed_width("共 12 人") == 3.0


def test_split_numbers_keep_the_spans_of_joined_lines() -> None:
    spans = [JoinedLine("参加演练的共有", 1, 3), JoinedLine("12", 4, 4), JoinedLine("人次。", 5, 6)]
    out = rejoin_split_numbers([span.text for span in spans], spans)
    assert out == [JoinedLine("参加演练的共有", 1, 3), JoinedLine("12人次。", 4, 6)]


def test_the_engine_reads_a_fragmented_page_and_says_so() -> None:
    page = banmian.parse("\n".join(["县小学举行防汛演练", *RAW]))
    assert [w.code for w in page.warnings] == ["fragmented_lines"]
    [article] = page.articles
    assert article.title is not None and article.title.text == "县小学举行防汛演练"
    assert [p.text for p in article.paragraphs] == [
        "青石镇中心小学日前举行防汛、消防、急救演练，全校师生一千二百余人参加。学校请来县消防大队的教官讲解逃生要领。",
        "演练从上午九时开始，警报响起后，各班在老师带领下有序撤离到操场，用时不到五分钟。",
        "校长说，学校每学期都组织演练，让师生熟悉路线、掌握方法，防患于未然。",
    ]
    # Provenance points into the input: the second paragraph starts on source line 9.
    assert article.paragraphs[1].provenance.lines.first == 9


def test_a_notices_closing_and_a_page_headers_pieces_stand_apart() -> None:
    """「特此公告。」 and a date alone are paragraphs of their own, and a page header's pieces are set
    as pieces: no line of text runs into them, though each break follows a mark or goes on with a
    digit, where a piece may end."""
    assert soft_break("", "请居民储水。", "青石镇") and soft_break("", "县自来水公司", "2023年起")
    assert not soft_break("", "请居民储水。", "特此公告。")
    assert not soft_break("", "特此公告。", "县自来水公司")
    assert not soft_break("", "县自来水公司", "2023年6月8日")
    assert not soft_break("", "地方", "2023年6月8日 星期四")
    assert not soft_break("", "……全面推进（", "第3版")
    # A page number over its section's name, at the top of the page; a number's digits go on.
    assert not soft_break("", "5", "社会")
    assert soft_break("全县新建了", "19", "所学校")
    assert soft_break("敬老院建成。", "3", "位老人") and soft_break("", "", "社会") is False


def test_a_briefs_credit_broken_in_two_ends_the_brief() -> None:
    """「（林晓 何」/「春生）」: the bracket closed on its own line ends the brief, so the next brief
    does not run on after it."""
    joined = rejoin_fragments([*RAW, "县里举办读书节。", "（林晓 何", "春生）", "青石镇新建了一座图书馆，"])
    assert joined is not None
    assert [line.text for line in joined][-2:] == ["春生）", "青石镇新建了一座图书馆，"]


#: Hard-wrapped prose, every line full (about 25 characters).
PROSE = [
    "临江县今年投入专项资金修缮青石镇的老街和古桥，沿街六十多户",
    "居民的房屋外立面也一并整修，老街的石板路重新铺好，雨天不再",
    "积水。县文旅局负责人林晓介绍，老街修缮坚持修旧如旧，保留原",
    "有的格局和风貌，并请来老工匠指导施工，力求留住乡愁和记忆。",
] * 3


def test_short_lines_of_their_own_are_no_fragments() -> None:
    """A poem's lines, a list's items and a narrower column's full lines end in clause marks and are
    short beside wide prose, yet none is a piece broken off a line."""
    poem = ["春风吹过青石镇，", "柳絮飞满临江县。", "河边桃花开满树，", "田里麦苗绿成片。"] * 2
    items = ["青石镇今年办五件事：", "（一）修好村道；", "（二）疏通河渠；", "（三）建起书屋；", "（四）装上路灯；", "（五）办好夜校。"]
    narrow = ["县里新修的三座桥，", "方便两岸群众出行，", "也带动了沿河的乡", "村旅游，游客逐年", "增多，农家乐生意", "红火，村民收入也", "明显增加，大家都", "说这是一件实事，", "办到了心坎上。"]
    for page in ([*PROSE, *poem], [*PROSE, *items], [*PROSE, *narrow, *PROSE]):
        assert not is_fragmented(page)
        assert rejoin_fragments(page) is None


def test_list_items_among_prose_are_no_fragments_but_figures_are() -> None:
    """Each item of a list set between lines of prose is short beside them and ends in a clause
    mark: an item (「（一）」「二、」「3.」) is its own line. A figure or a span of numerals opening a
    piece (「3.5万人，」「二、三十人，」) marks no item."""
    items = ["（一）修好村道；", "二、疏通河渠；", "3.建起书屋；", "④装上路灯；", "第五，办好夜校；"]
    page = [line for item in items for line in (item, *PROSE[:2])]
    assert not is_fragmented(page)
    for opening in ("3.5万人，", "二、三十人，", "１０．５亿元，"):
        assert not ENUMERATION.match(opening), opening


def test_a_run_keeps_the_indent_it_was_printed_with_where_it_starts() -> None:
    raw = [*RAW[:-1], "  县里建桥，", "  方便群众出行"]
    joined = rejoin_fragments(raw)
    assert joined is not None
    # The run's first piece starts a line of the page; the piece after it goes on that line.
    assert joined[-1].text == "  县里建桥，方便群众出行"
    assert not any(line.text.startswith(" ") for line in joined[:-1])


def test_a_paragraphs_last_line_of_two_sentences_stays_one_line() -> None:
    """「……很安全。都说好。」 at a run's end: all of it fits on the line, so the first sentence's
    end does not end the line."""
    joined = rejoin_fragments([*RAW, "", "桥修好了，", "很安全。", "都说好。"])
    assert joined is not None
    assert joined[-1].text == "桥修好了，很安全。都说好。"
