"""Briefs built from paragraph drafts (segment.briefs through segment.build). Invented texts; the
paragraphs are cut as a layout dump's indents cut them (segment.paragraphs.ParagraphMarks)."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.build import build_articles
from banmian.segment.items import Item, ItemKind
from banmian.segment.paragraphs import ParagraphMarks
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role

COLUMN = [
    "柳河村的光伏电站日前建成并网发电，每年",
    "可为村集体增收十多万元，电站的运维由村",
    "里的年轻人负责。（何春生）",
]


def _articles(lines: list[str], indented: set[int]):  # noqa: ANN202 - list[Article]
    infos = build_line_infos(lines)
    plan = ArticlePlan(parts=[Item(ItemKind.BODY, infos, tuple(Role.BODY for _ in infos))])
    return build_articles([plan], ParagraphMarks(indented_lines=frozenset(indented)))


def test_a_short_line_over_one_credited_paragraph_is_the_briefs_title():
    (brief,) = _articles(["电站年发电十万度", *COLUMN], {2})
    assert brief.kind.value == "brief"
    assert brief.title is not None and brief.title.text == "电站年发电十万度"
    assert brief.authors == ("何春生",)


def test_an_article_under_a_dateline_keeps_every_paragraph():
    """A dateline naming nobody (本报讯) over a short line and a credited paragraph is an article
    with a byline, no brief: the short line stays its first paragraph, not dropped as a brief's
    title."""
    (article,) = _articles(["本报讯", "电站年发电十万度", *COLUMN], {2, 3})
    assert article.kind.value == "article"
    assert article.byline is not None and article.byline.text == "本报讯"
    assert [p.text for p in article.paragraphs] == ["电站年发电十万度", "".join(COLUMN)]
