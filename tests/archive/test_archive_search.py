"""Search on the invented issue: one- and two-character queries, traditional for simplified,
phrases, AND/OR/NOT, filters, ranking and highlighted snippets."""

from __future__ import annotations

import datetime as dt

import pytest
from archive_pages import LIBRARY_TITLE, MARKET_TITLE, RIVER_TITLE

from banmian.archive import Archive, QueryError, SearchFilters


def titles(archive: Archive, query: str | None, filters: SearchFilters | None = None) -> list[str]:
    return [h.article.title for h in archive.search(query, filters, limit=100).hits]


def test_a_two_character_name_finds_every_article_crediting_it(archive: Archive) -> None:
    assert sorted(titles(archive, "柴伟")) == sorted([RIVER_TITLE, MARKET_TITLE])


def test_a_two_character_term_inside_words(archive: Archive) -> None:
    # 河长 is printed inside 县级河长 and 县河长办 (the latter only on page 2 of the whole article)
    assert titles(archive, "河长") == [RIVER_TITLE]
    assert titles(archive, "河长办") == [RIVER_TITLE]


def test_one_character(archive: Archive) -> None:
    assert sorted(titles(archive, "馆")) == [LIBRARY_TITLE]


def test_traditional_characters_find_simplified_text(archive: Archive) -> None:
    assert titles(archive, "圖書館") == [LIBRARY_TITLE]
    assert sorted(titles(archive, "河長")) == [RIVER_TITLE]


def test_full_width_and_spaced_queries_fold_like_the_text(archive: Archive) -> None:
    assert titles(archive, "６月７日") == [RIVER_TITLE]
    assert titles(archive, '"农贸 市场"') == [MARKET_TITLE]


def test_a_phrase_does_not_match_across_punctuation(archive: Archive) -> None:
    # 「河面无杂物、河岸无垃圾」: 杂物 and 河岸 stand on either side of 「、」
    assert titles(archive, "杂物河岸") == []
    assert titles(archive, "杂物 河岸") == [RIVER_TITLE]


def test_and_or_not(archive: Archive) -> None:
    assert titles(archive, "柴伟 市场") == [MARKET_TITLE]
    assert sorted(titles(archive, "图书馆 OR 农贸")) == sorted([LIBRARY_TITLE, MARKET_TITLE])
    assert titles(archive, "柴伟 NOT 农贸") == [RIVER_TITLE]
    assert titles(archive, "柴伟 -农贸") == [RIVER_TITLE]
    assert sorted(titles(archive, "(图书馆 OR 农贸) AND 区域")) == [MARKET_TITLE]


def test_a_title_hit_ranks_first_and_title_prefix_limits_to_headlines(archive: Archive) -> None:
    # 市场 is in the market article's title and body, and in no other article
    assert titles(archive, "title:清理") == [RIVER_TITLE]
    assert titles(archive, "title:柴伟") == []
    assert titles(archive, "开放")[0] == LIBRARY_TITLE


def test_filters(archive: Archive) -> None:
    assert titles(archive, None, SearchFilters(author="王茵")) == [LIBRARY_TITLE]
    assert sorted(titles(archive, "柴伟", SearchFilters(page_number=2))) == sorted([RIVER_TITLE, MARKET_TITLE])
    assert titles(archive, "柴伟", SearchFilters(page_number=3)) == []
    assert titles(archive, "柴伟", SearchFilters(newspaper="清河日报", date_from=dt.date(2023, 6, 8), date_to=dt.date(2023, 6, 8)))
    assert titles(archive, "柴伟", SearchFilters(date_from=dt.date(2023, 6, 9))) == []
    assert titles(archive, "柴伟", SearchFilters(newspaper="another")) == []
    assert titles(archive, None, SearchFilters(kind="notice")) == []


def test_snippets_mark_the_hits_in_the_printed_text(archive: Archive) -> None:
    hit = archive.search("河長").hits[0]
    marked = [s.text for s in hit.snippet if s.hit]
    assert marked and all(m == "河长" for m in marked)
    assert "".join(s.text for s in hit.snippet).strip("…").replace(" ", "") in archive.article(hit.article.uid).paragraphs[0].text + "".join(
        p.text for p in archive.article(hit.article.uid).paragraphs
    )
    assert [s.text for s in hit.title] == [RIVER_TITLE]


def test_paging(archive: Archive) -> None:
    first = archive.search(None, limit=2)
    second = archive.search(None, offset=2, limit=2)
    assert first.total == second.total == 3
    assert len(first.hits) == 2 and len(second.hits) == 1
    assert {h.article.uid for h in first.hits}.isdisjoint(h.article.uid for h in second.hits)


@pytest.mark.parametrize("query", ["(", "柴伟 (", ")", "NOT 柴伟", "-柴伟", "。。。", "x" * 201])
def test_queries_that_cannot_be_read_raise_one_clear_error(archive: Archive, query: str) -> None:
    with pytest.raises(QueryError):
        archive.search(query)
