"""A body left without a headline joins the headed article that shares its words (segment.assign).

Invented texts, wrapped at a 13-em column the way pdftotext prints them: blocks separated by blank
lines. The extractor printed the article's second paragraph, a column of its own, before the
article's headline; no open end or start ties it back, the words it shares do.
"""

from __future__ import annotations

import banmian
from pagetext import page, wrap

OPENING = "本报讯（记者 林晓）县图书馆新建的少儿阅览室日前正式对外开放，阅览室藏书两万余册。"
SECOND = "县图书馆馆长何春生介绍，少儿阅览室每周开放六天，寒暑假期间还将为小读者举办阅读活动。"
LIBRARY_TITLE = "县图书馆少儿阅览室开放"
OTHER = "本报讯（记者 王丽）城南社区组织志愿者走进老旧小区，帮助居民清理楼道杂物。"
OTHER_TITLE = "城南社区老旧小区换新颜"
#: Shares no words with either article.
CHESS = "周末，少年围棋邀请赛在文化宫举行，一百余名小棋手同场对弈，赛后教练逐盘复盘讲解。"


def _texts(piece: str) -> dict[str | None, list[str]]:
    text = page(wrap(piece), [LIBRARY_TITLE], wrap(OPENING), [OTHER_TITLE], wrap(OTHER))
    return {a.title.text if a.title else None: [p.text for p in a.paragraphs] for a in banmian.parse(text).articles}


def test_a_headless_column_joins_the_article_sharing_its_words_after_its_opening():
    """Printed before the headline, the column goes after the article's opening (its byline
    paragraph), since an article's opening comes first."""
    texts = _texts(SECOND)
    assert texts[LIBRARY_TITLE] == [OPENING.split("）", 1)[1], SECOND]
    assert texts[OTHER_TITLE] == [OTHER.split("）", 1)[1]]
    assert None not in texts


def test_a_headless_body_sharing_no_words_stays_apart():
    texts = _texts(CHESS)
    assert texts[None] == [CHESS]
    assert texts[LIBRARY_TITLE] == [OPENING.split("）", 1)[1]]


def test_a_headless_column_going_on_to_another_page_joins_no_article_that_goes_on_too():
    """An article goes on to one other page at most: a column ending with its own 下转 note is
    another article than the one whose text ends with one, however many words they share."""
    text = page(
        [*wrap(SECOND), "（下转第三版）"],
        [LIBRARY_TITLE],
        [*wrap(OPENING), "（下转第二版）"],
        [OTHER_TITLE],
        wrap(OTHER),
    )
    articles = {a.title.text if a.title else None: a for a in banmian.parse(text).articles}
    assert [p.text for p in articles[LIBRARY_TITLE].paragraphs] == [OPENING.split("）", 1)[1]]
    assert [p.text for p in articles[None].paragraphs] == [SECOND]
    assert (articles[LIBRARY_TITLE].continued_to, articles[None].continued_to) == (2, 3)


#: A long column that repeats only a few of its article's words (新建的少儿阅览室, 图书: under a
#: fifth of its character pairs, about a tenth) and none of the other article's.
LONG_COLUMN = (
    "据介绍，新建的少儿阅览室书架按年龄分区摆放，绘本、科普读物和连环画各占一角，桌椅也换成了"
    "适合孩子身高的款式。许多家长带着孩子前来借阅，一位母亲说，孩子放学后最爱到这里看一小时图书再回家。"
)


def test_a_long_headless_column_joins_the_one_article_repeating_its_words():
    """A tenth of its character pairs is under HEADLESS_MERGE_MIN_SHARE, but one article holds
    them and the other none (HEADLESS_CLEAR_MIN_SHARE, HEADLESS_CLEAR_MARGIN): on a page whose
    blank lines mark the extractor's blocks, the column is the article's, printed apart."""
    texts = _texts(LONG_COLUMN)
    assert texts[LIBRARY_TITLE] == [OPENING.split("）", 1)[1], LONG_COLUMN]
    assert None not in texts


def test_a_long_headless_body_stays_apart_where_blank_lines_mark_no_blocks():
    """pdfium prints no blank lines: a body without a headline there is as likely an article whose
    headline was lost, and a tenth of shared pairs does not join it."""
    text = "\n".join([*wrap(LONG_COLUMN), LIBRARY_TITLE, *wrap(OPENING), OTHER_TITLE, *wrap(OTHER)]) + "\n"
    articles = {a.title.text if a.title else None: [p.text for p in a.paragraphs] for a in banmian.parse(text).articles}
    assert articles[LIBRARY_TITLE] == [OPENING.split("）", 1)[1]]
    assert articles[None] == [LONG_COLUMN]


def test_a_headless_body_holding_a_credit_line_is_a_brief_and_stays_apart():
    """A credit alone in brackets among the body's lines (printed there by the extractor) makes it
    a brief, an article of its own however many words it shares with its neighbour."""
    half = len(LONG_COLUMN) // 2
    brief = [*wrap(LONG_COLUMN[:half]), "（江小舟 王丽）", *wrap(LONG_COLUMN[half:])]
    text = page(brief, [LIBRARY_TITLE], wrap(OPENING), [OTHER_TITLE], wrap(OTHER))
    articles = {a.title.text if a.title else None: [p.text for p in a.paragraphs] for a in banmian.parse(text).articles}
    assert articles[LIBRARY_TITLE] == [OPENING.split("）", 1)[1]]
    assert None in articles
