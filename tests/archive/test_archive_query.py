"""The search language becomes a quoted FTS5 expression: nothing typed reaches FTS5's syntax."""

from __future__ import annotations

import pytest

from banmian.archive.query import QueryError, parse_query


@pytest.mark.parametrize(
    ("query", "match"),
    [
        ("柴伟", '"柴 伟"'),
        ("河長", '"河 长"'),
        ("柴伟 河长", '("柴 伟" AND "河 长")'),
        ("柴伟 AND 河长", '("柴 伟" AND "河 长")'),
        ("柴伟 OR 河长", '("柴 伟" OR "河 长")'),
        ("柴伟 NOT 河长", '("柴 伟" NOT "河 长")'),
        ("柴伟 -河长", '("柴 伟" NOT "河 长")'),
        ('柴伟 -"全面 振兴"', '("柴 伟" NOT "全 面 振 兴")'),
        ('"全面 振兴"', '"全 面 振 兴"'),
        ("(柴伟 OR 王茵) 河长", '(("柴 伟" OR "王 茵") AND "河 长")'),
        ("title:座谈会", 'title : "座 谈 会"'),
        ("COVID-19病例", '"covid 19 病 例"'),
        ('a"b', '("a" AND "b")'),
        ("NEAR(柴伟)", '("near" AND "柴 伟")'),
    ],
)
def test_queries_become_quoted_phrases(query: str, match: str) -> None:
    assert parse_query(query).match == match


def test_positive_terms_are_kept_for_highlighting() -> None:
    assert parse_query("柴伟 OR 河长 -深圳").terms == ("柴伟", "河长")


@pytest.mark.parametrize(
    ("query", "message"),
    [("", "empty"), ("(柴伟", "not closed"), ("柴伟)", "unexpected"), ("NOT 柴伟", "NOT needs"), ("，。", "no characters")],
)
def test_unreadable_queries(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(query)
