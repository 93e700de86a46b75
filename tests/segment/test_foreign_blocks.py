"""A foreign column printed right after an article's last sentence, claimed by no open end, is cut
off the article's run when it shares none of the article's words (segment.foreignblocks).

Invented texts, wrapped at a 13-em column the way pdftotext prints them: blocks separated by blank
lines, each holding one column segment of one article (so most block breaks fall mid-sentence).
"""

from __future__ import annotations

import banmian
from banmian.segment.affinity import bigrams
from pagetext import headline, page, wrap

ROAD = (
    "今年春天以来，东山镇组织施工队伍对通往各个村庄的乡村道路进行全面改造，"
    "拓宽路面、加装护栏、修建排水沟渠，原本坑洼不平的泥土路变成了宽阔平整的水泥路，"
    "村民们骑车赶集、运送果蔬再也不用担心雨天路滑，沿途还栽种了桂花树和樱花树，"
    "镇里计划明年继续完善道路两旁的路灯和公交站台，让群众出行更加安全便利。"
)
ROAD_TITLE = ("东山镇：", "乡村道路变了样")
CHESS = "周末，少年围棋邀请赛在文化宫举行，一百余名小棋手同场对弈，赛后教练逐盘复盘讲解。"
#: Lines per column segment: every break between ROAD's segments falls mid-sentence.
SEGMENT_LINES = 2


def _segments() -> list[list[str]]:
    lines = wrap(ROAD)
    return [lines[k : k + SEGMENT_LINES] for k in range(0, len(lines), SEGMENT_LINES)]


def test_fixture_prints_column_segments_and_a_foreign_block_sharing_no_words():
    segments = _segments()
    assert len(segments) >= 5
    assert all(not s[-1].endswith("。") for s in segments[:-1])
    assert segments[-1][-1].endswith("。")
    assert not bigrams(CHESS) & bigrams(ROAD)


def test_a_block_sharing_no_words_after_the_last_sentence_leaves_the_articles_run():
    text = page(list(ROAD_TITLE), *_segments(), wrap(CHESS))
    articles = banmian.parse(text).articles
    road = next(a for a in articles if a.title and headline(a) == "".join(ROAD_TITLE))
    assert "".join([p.text for p in road.paragraphs]) == ROAD
    assert any("".join([p.text for p in a.paragraphs]) == CHESS for a in articles)


def test_a_page_printed_a_paragraph_to_a_block_keeps_a_new_topic_in_its_article():
    """Blocks that are paragraphs (each ending a sentence): a new topic is the article's next
    paragraph, not a foreign column."""
    text = page(list(ROAD_TITLE), wrap(ROAD), wrap(CHESS))
    road = next(a for a in banmian.parse(text).articles if a.title and headline(a) == "".join(ROAD_TITLE))
    assert [p.text for p in road.paragraphs] == [ROAD, CHESS]


#: An article that repeats its words from column to column (东山镇, 乡村道路, 村民们), as articles do.
ROAD_REPEATING = (
    "今年春天以来，东山镇组织施工队伍对通往各个村庄的乡村道路进行全面改造，东山镇的乡村道路拓宽了路面、"
    "加装了护栏、修建了排水沟渠，村民们说，乡村道路变宽了，村民们骑车赶集、运送果蔬再也不用担心雨天路滑，"
    "东山镇还在乡村道路沿途栽种了桂花树，计划明年继续完善乡村道路两旁的路灯和公交站台，让村民们出行更加安全便利。"
)
#: Line (0-based) of the wrapped ROAD_REPEATING that opens its second column: the first column
#: stops mid-sentence, and no word runs across the break.
REPEATING_BREAK_AT = 8


def test_a_paragraph_opening_after_a_column_that_stops_mid_sentence_is_a_foreign_block():
    """A sentence cut at a column's foot goes on in a full line: a block opening a paragraph (its
    first line two em short, the indent pdftotext drops) that repeats none of the run's words,
    printed right after such a column, is another article's, and the column goes on after it."""
    lines, chess = wrap(ROAD_REPEATING), wrap(CHESS)
    first, second = lines[:REPEATING_BREAK_AT], lines[REPEATING_BREAK_AT:]
    assert len(chess[0]) == 11 and len(first[-1]) == 13 and not first[-1].endswith("。")
    text = page(list(ROAD_TITLE), first, chess, second)
    articles = banmian.parse(text).articles
    road = next(a for a in articles if a.title and headline(a) == "".join(ROAD_TITLE))
    assert "".join([p.text for p in road.paragraphs]) == ROAD_REPEATING
    assert any("".join([p.text for p in a.paragraphs]) == CHESS for a in articles)


def test_a_full_line_opening_with_a_quote_after_a_column_that_stops_mid_sentence_goes_on():
    """A full line opening with a quote is no open start, yet no paragraph's first line either (that
    would be two em short, PARAGRAPH_OPENING_MIN_SHORT): the column goes on in it, though it
    repeats none of the run's words."""
    first = wrap(ROAD_REPEATING)[:REPEATING_BREAK_AT]
    second = ["“绿色长廊”两侧栽种了桂花", "树和樱花树，等到明年花开时", "节，这里将是一片花海。"]
    assert not bigrams("".join(second)) & bigrams("".join(first))
    text = page(list(ROAD_TITLE), first[:4], first[4:], second)
    road = next(a for a in banmian.parse(text).articles if a.title and headline(a) == "".join(ROAD_TITLE))
    assert "".join([p.text for p in road.paragraphs]) == "".join(first + second)


#: An article whose first column stops inside a word (「……拓」/「宽路面……」), and a brief whose last
#: block ends on a full line closing its sentence: pdftotext may print the first article's next
#: column right after that block, where the brief's run would take it.
VALLEY = (
    "今年以来，青石镇投入专项资金改造山区道路，镇里组织专业施工队伍进山作业，拓宽路面、加装护栏、"
    "修建排水沟，山区群众出行难的问题得到了解决，村民们运送山货再也不用肩挑背扛。"
)
VALLEY_TITLE = "青石镇山区道路变通途"
#: Lines of the wrapped VALLEY in its first column: the third ends on 「拓」, the fourth opens on 「宽」.
VALLEY_BREAK_AT = 3
READING = (
    "近日，县图书馆举办读书月活动，邀请作家何春生与读者交流创作体会，现场气氛热烈，"
    "读者纷纷表示这样的交流很有意义，希望以后常办。"
)
READING_TITLE = "县图书馆办读书月"


def _texts(articles) -> dict[str | None, str]:
    return {a.title.text if a.title else None: "".join([p.text for p in a.paragraphs]) for a in articles}


def test_fixture_breaks_a_word_between_columns_after_a_full_closing_line():
    valley, reading = wrap(VALLEY), wrap(READING)
    assert valley[VALLEY_BREAK_AT - 1].endswith("拓") and valley[VALLEY_BREAK_AT].startswith("宽")
    assert reading[-1].endswith("。") and len(reading[-1]) == 12
    assert not bigrams("".join(valley[VALLEY_BREAK_AT:])) & bigrams(READING)


def test_a_column_printed_after_a_finished_sentence_goes_back_to_the_end_its_first_word_continues():
    """The column opening 「宽路面……」 follows the brief's full closing line in one run, but the first
    article's column ends on 「……拓」, a word across: the column is cut off the brief and joined back."""
    valley = wrap(VALLEY)
    text = page([VALLEY_TITLE], valley[:VALLEY_BREAK_AT], [READING_TITLE], wrap(READING), valley[VALLEY_BREAK_AT:])
    texts = _texts(banmian.parse(text).articles)
    assert texts[VALLEY_TITLE] == VALLEY
    assert texts[READING_TITLE] == READING


def test_a_chance_word_across_takes_no_column_that_repeats_its_runs_words():
    """「……拓」/「宽敞……」 reads as a word, but the block goes on with the library's words (图书馆,
    读者), which the first article never uses: it stays in the brief's run."""
    valley = wrap(VALLEY)[:VALLEY_BREAK_AT]
    more = ["宽敞的阅览室里，县图书馆读", "者们在书架前流连忘返。"]
    text = page([VALLEY_TITLE], valley, [READING_TITLE], wrap(READING), more)
    texts = _texts(banmian.parse(text).articles)
    assert texts[READING_TITLE] == READING + "".join(more)
    assert texts[VALLEY_TITLE] == "".join(valley)
