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
