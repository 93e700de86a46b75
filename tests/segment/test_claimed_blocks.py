"""A block printed right after an article's last sentence that repeats another article's words far
more than the run's, for their sizes, is cut off the run (segment.foreignblocks, ``segment.rivals.Rivals``), even
when it opens a paragraph and shares a few words with the run; the piece asks for no headline and
joins the article whose words it repeats (segment.headless).

Invented texts, wrapped at a 13-em column the way pdftotext prints them: blocks separated by blank
lines, each holding one column segment of one article (so most block breaks fall mid-sentence).
"""

from __future__ import annotations

import banmian
from banmian.segment.affinity import bigrams
from pagetext import headline, page, wrap

#: An article that repeats its terms from column to column (东山镇, 乡村道路), so that no column of
#: it reads as foreign to the one before.
ROAD = (
    "东山镇今年对乡村道路进行改造，东山镇的乡村道路拓宽了路面，乡村道路两旁加装了护栏，"
    "东山镇还为乡村道路修建了排水沟渠，乡村道路变成了平整的水泥路，东山镇的村民们走在"
    "乡村道路上，都说东山镇的乡村道路越修越好了。"
)
ROAD_TITLE = ("东山镇：", "乡村道路变了样")
ORCHARD = (
    "本报讯（记者 何春生）西坡村果农林晓种植的蜜桃今年喜获丰收，西坡村的蜜桃个大味甜，"
    "林晓带领西坡村果农成立了蜜桃合作社，合作社统一收购、统一包装蜜桃。"
)
ORCHARD_TITLE = ("西坡村：", "蜜桃丰收果农笑")
#: ORCHARD's last paragraph, printed after ROAD's last column: it opens a paragraph and shares a
#: few words with ROAD (乡村道路), far more with ORCHARD (西坡村, 蜜桃, 合作社, 林晓), for their sizes.
ORCHARD_TAIL = "西坡村蜜桃合作社还开了网店，林晓说，西坡村的蜜桃沿着乡村道路运送进城，蜜桃合作社的销路很好。"
#: ORCHARD's last paragraph naming fewer of its terms: under a fifth of its character pairs occur in
#: ORCHARD, which is enough for a piece cut off as claimed (segment.headless).
ORCHARD_NEWS = "林晓说，西坡村蜜桃合作社还开了网店，年轻人在网上直播卖货，货品沿着乡村道路运送进城，线上订单越来越多，销路一年比一年好。"
#: ROAD's own last paragraph, which names the orchard village in passing.
ROAD_TAIL = "东山镇的乡村道路修好以后，西坡村等村庄的村民们说，乡村道路宽了，东山镇的村民们出行更方便了。"
SEGMENT_LINES = 2


def _segments(text: str) -> list[list[str]]:
    lines = wrap(text)
    return [lines[k : k + SEGMENT_LINES] for k in range(0, len(lines), SEGMENT_LINES)]


def _text(article) -> str:
    return "".join([p.text for p in article.paragraphs])


def _by_title(text: str) -> dict:
    return {headline(a): a for a in banmian.parse(text).articles if a.title}


def test_fixture_tail_shares_some_words_with_the_road_and_more_with_the_orchard():
    tail = bigrams(ORCHARD_TAIL)
    assert len(tail & bigrams(ROAD)) >= 0.03 * len(tail)  # too many for a foreign column sharing none
    assert len(tail & bigrams(ORCHARD)) > 2 * len(tail & bigrams(ROAD))
    assert len(wrap(ORCHARD_TAIL)[0]) < 12  # its first line is a paragraph's, two characters short


def test_a_paragraph_repeating_another_articles_words_leaves_the_run_for_that_article():
    text = page(list(ORCHARD_TITLE), *_segments(ORCHARD), list(ROAD_TITLE), *_segments(ROAD), wrap(ORCHARD_TAIL))
    by_title = _by_title(text)
    assert _text(by_title["".join(ROAD_TITLE)]) == ROAD
    assert _text(by_title["".join(ORCHARD_TITLE)]).endswith(ORCHARD_TAIL)


def test_a_claimed_paragraph_naming_few_of_its_articles_terms_still_joins_that_article():
    news = bigrams(ORCHARD_NEWS)
    assert 0.1 <= len(news & bigrams(ORCHARD)) / len(news) < 0.2
    text = page(list(ORCHARD_TITLE), *_segments(ORCHARD), list(ROAD_TITLE), *_segments(ROAD), wrap(ORCHARD_NEWS))
    by_title = _by_title(text)
    assert _text(by_title["".join(ROAD_TITLE)]) == ROAD
    assert _text(by_title["".join(ORCHARD_TITLE)]).endswith(ORCHARD_NEWS)


def test_a_paragraph_repeating_its_own_articles_words_stays_in_the_run():
    """ROAD's last paragraph names the orchard's village too, but repeats ROAD's words more."""
    text = page(list(ORCHARD_TITLE), *_segments(ORCHARD), list(ROAD_TITLE), *_segments(ROAD), wrap(ROAD_TAIL))
    by_title = _by_title(text)
    assert _text(by_title["".join(ROAD_TITLE)]) == ROAD + ROAD_TAIL


def test_a_headline_printed_after_its_body_passes_over_a_claimed_piece_to_that_body():
    """Body first: ROAD's columns, then ORCHARD's last paragraph (cut off as claimed), then ROAD's
    headline. The piece right before the headline is part of another article printed apart; the
    headline heads the body before it."""
    text = page(*_segments(ORCHARD), list(ORCHARD_TITLE), *_segments(ROAD), wrap(ORCHARD_TAIL), list(ROAD_TITLE))
    by_title = _by_title(text)
    assert _text(by_title["".join(ROAD_TITLE)]) == ROAD
    assert _text(by_title["".join(ORCHARD_TITLE)]).endswith(ORCHARD_TAIL)
