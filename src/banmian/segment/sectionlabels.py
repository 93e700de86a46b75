"""Numbered section labels: 「镜头一：」, 「亮点2——」 over a sub-heading inside one article.

Rules: a headline line of a few characters ending on a number and the colon or dash that leads
into the line below (SECTION_LABEL) reads as a kicker leading into its title; but where the page
prints two or more such labels with the same words and different numbers (「亮点1——」,
「亮点2——」, 「亮点3——」), they number the sections of one article: no paper numbers the kickers of
different articles. The heading run each opens, between two texts, is then tested as a sub-heading
with its label (segment.subheadings), not refused as a kicker over a title, and once it is one,
the label is a paragraph of its own over the heading it numbers (segment.build). One article of
the corpus numbers its sections so; on the development sets' pdfium pages, where the series is
printed as headline lines, each section had made an article of its own (kicker and title): pdfium
article F1 seed 1003 0.9763 -> 0.9775 and seed 1013 0.9704 -> 0.9716 (body CER -0.17 points on
both), `-layout` seed 1013 +0.0004, every other figure unchanged.

A label set in body type, indented as a short paragraph of its own at the end of the text above
(「　　看点2——」 over 「茶厂投产见效益」), counts in its series too: the heading under it is then tested as
a sub-heading, the label leading into it as a kicker's dash would (where no sentence ends above).
Round 42, pdfium article F1 seed 1008 +0.0017, 1003 +0.0010, 1009 +0.0008; `-layout` seeds 1003
and 1013 +0.0007, pdftotext seed 1003 +0.0002, nothing lower.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from banmian.segment.items import Item, ItemKind

#: A label of up to six characters, a number (Arabic, full-width or Chinese, up to two places) and
#: the mark that leads into the heading under it.
SECTION_LABEL = re.compile(r"^(?P<words>\D{1,6}?)(?P<number>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})(?:——|：|:)$")
#: Labels with the same words that make a numbered series: two, with different numbers.
MIN_NUMBERED_LABELS = 2


def numbered_section_heads(items: Sequence[Item]) -> frozenset[int]:
    """Identities of the heading items that open with a label of a numbered series on the page."""
    by_words: dict[str, list[tuple[str, Item]]] = defaultdict(list)
    for k, item in enumerate(items):
        if item.kind is not ItemKind.HEADS:
            continue
        match = SECTION_LABEL.match(item.lines[0].text.strip()) if len(item.lines) > 1 else None
        if match is None and k > 0 and items[k - 1].kind is ItemKind.BODY:
            # The label set in body type, the last line of the text above (「看点2——」/「茶厂投产见效益」).
            match = SECTION_LABEL.match(items[k - 1].lines[-1].text.strip())
        if match is not None:
            by_words[match["words"]].append((match["number"], item))
    return frozenset(
        id(item)
        for labelled in by_words.values()
        if len({number for number, _ in labelled}) >= MIN_NUMBERED_LABELS
        for _, item in labelled
    )
