"""Two articles read as one: a title drawn after its body that passed for a sub-heading or for a
line of text.

On a page whose headlines are printed after their bodies (segment.readings chose that order), an
article's title stands between its body and the next article's. Set in a column and worded like a
section's heading (「青石镇今年春茶产量」/「增两成茶农喜增收」), it passes every sub-heading test
(segment.subheadings) when the two texts talk of one matter; set in body type, the line
classifier may read it as a line of text, and the paragraph under it takes it in. Either way the
two articles become one, and that one carries two bylines: its first body opens on a byline or
dateline of its own (「本报讯（记者 林晓）……」), and the headline after its last body brings another
(「……」/「本报记者 何春生」). No article has two: of the 8,169 truth articles of the evaluation set
and seeds 1001, 1003 and 1005, three hold a dateline paragraph under a byline, all one agency
report that quotes another's dateline. So the article is cut where the first one's title stands,
and the page is read again with that title as a headline:

- at its one sub-heading (``_twice_bylined_sections``); with more, which one is the title the text
  does not say;
- or, with no sub-heading, at the one title taken in as text (``_title_taken_in``): a line or two
  after a finished sentence, holding no mark of a sentence or clause, over a line that opens a
  paragraph (printed indented, or short by the indent over a full line) — as text they would be
  a paragraph of their own ending on no mark, which running text has not.

The cut is read from the bylines and the heading's place, not from words, so the two articles'
confidence is capped (segment.plans.CUT_CONFIDENCE). Not where the extractor interleaved the
page's lines (its blocks are then no articles' parts; on
pdftotext's seed-1003 pages one such cut made a false article), and the page read again must cost
its reading no more (on pdftotext's evaluation pages one cut that raised the cost made a false
article). pdfium article F1: evaluation set 0.9837 -> 0.9845 at the sub-heading, 0.9852 with the
title taken in (body CER 0.61 % -> 0.53 % -> 0.46 %); seeds 1001, 1003 and 1005 +0.0008, +0.0007
and +0.0007 at the sub-heading, then +0.0008, 0 and +0.0007; pdftotext and ``-layout`` unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.layout.lines import LineInfo
from banmian.segment.attach import attach
from banmian.segment.foreignblocks import opens_article
from banmian.segment.headfits import Fits
from banmian.segment.intext import indent_short, paragraph_start_shaped
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import CLAUSE_MARKS, Role

#: A title taken in as text is one line or two: a title of three lines or more in a column is set
#: big enough that the line classifier reads it as a headline.
MAX_TAKEN_IN_LINES = 2
#: A title opening on a person's name and a colon (「林晓：扎根山村三十年」, or the first line of
#: one wrapped into its column tag, 「林晓：扎根山村（青石」/「人物）」): the only clause mark a title
#: taken in may hold, on its first line. Any two to five characters pass for the name (「林晓说：……」
#: too): the run must still follow a finished sentence, hold no other mark and stand over a
#: paragraph's opening in an article of two bylines. Seed 1013 pdfium article F1 +0.0008, the
#: evaluation set and seeds 1001, 1003 and 1005 unchanged.
NAMED_TITLE = re.compile(r"^[\u4e00-\u9fff·]{2,5}[：:][^，、；：,;:]+$")


def split_twice_bylined(entries: list, parses: dict, fits: Fits) -> list | None:
    """The page's entries with each article that would carry two bylines, read headlines after
    bodies, cut where the first article's title stands into body, heading, body; None when no
    article would be cut."""
    # The cuts the text allows first (a scan of lines); the headlines' pairing, a pass over the
    # page, only where there is one.
    cuts = {
        k: parts
        for k, entry in enumerate(entries)
        if isinstance(entry, ArticlePlan) and (parts := _twice_bylined_sections(entry) or _title_taken_in(entry)) is not None
    }
    if not cuts:
        return None
    pairs = attach(entries, parses, False, fits).pairs
    out: list[Item | ArticlePlan] = []
    for k, entry in enumerate(entries):
        parts = cuts.get(k) if k in pairs and pairs[k][0].bylines else None
        if parts is None:
            out.append(entry)
            continue
        first, heading, second = parts
        joins = entry.guessed_joins  # where the stitcher guessed a join, either piece may hold it
        out.extend([ArticlePlan(parts=[first], guessed_joins=joins, cut=True), heading, ArticlePlan(parts=[second], guessed_joins=joins, cut=True)])
    return out if len(out) > len(entries) else None


def _opens_with_byline(plan: ArticlePlan, parts: int) -> bool:
    """A plan of ``parts`` parts, its first body opening an article of its own: its byline or
    dateline (「本报讯（记者 林晓）」, 「新华社临江5月3日电」, also broken over two lines). (A claimed
    piece, which opens with its sub-heading, takes no headline, so none reaches here.)"""
    return len(plan.parts) == parts and opens_article(plan.parts[0].lines[0])


def _twice_bylined_sections(plan: ArticlePlan) -> tuple[Item, Item, Item] | None:
    """Two bodies around one heading: the heading is the first body's title. Its kinds are asked
    because the stitcher joins pieces of text on too (segment.stitch: three bodies, no heading)."""
    if not _opens_with_byline(plan, 3):
        return None
    first, heading, second = plan.parts
    if (first.kind, heading.kind, second.kind) != (ItemKind.BODY, ItemKind.HEADS, ItemKind.BODY):
        return None
    return first, heading, second


def _title_taken_in(plan: ArticlePlan) -> tuple[Item, Item, Item] | None:
    """One body opening with a byline, cut around the one title it took in as text."""
    if not _opens_with_byline(plan, 1):
        return None
    body = plan.parts[0]
    runs = [run for k in range(1, len(body.lines)) if (run := _title_run_at(body, k)) is not None]
    if len(runs) != 1:
        return None
    start, stop = runs[0]

    def piece(kind: ItemKind, lo: int, hi: int, roles: tuple[Role, ...]) -> Item:
        return Item(kind, body.lines[lo:hi], roles)

    return (
        piece(ItemKind.BODY, 0, start, body.roles[:start]),
        piece(ItemKind.HEADS, start, stop, tuple(Role.HEADING for _ in range(start, stop))),
        piece(ItemKind.BODY, stop, len(body.lines), body.roles[stop:]),
    )


def _title_run_at(body: Item, start: int) -> tuple[int, int] | None:
    """The lines from ``start`` (after a finished sentence) that read as a title over a paragraph's
    opening: (start, stop) or None."""
    lines = body.lines
    if not lines[start - 1].ends_sentence:
        return None
    for stop in range(start + 1, min(start + MAX_TAKEN_IN_LINES, len(lines) - 2) + 1):
        last = lines[stop - 1]
        if last.ends_sentence or last.has_sentence_punct:
            return None
        if not CLAUSE_MARKS.isdisjoint(last.text) and not (stop == start + 1 and NAMED_TITLE.match(last.text)):
            return None
        if not plain_text_line(last, body.roles[stop - 1]):
            return None
        if opens_paragraph(lines, stop):
            return start, stop
    return None


def opens_paragraph(lines: Sequence[LineInfo], k: int) -> bool:
    """Line ``k`` (a line follows it) opens a paragraph: printed indented, or its indent dropped by
    the extractor, short of its column by about the indent (segment.intext.indent_short) over a
    full line. A title's short second line falls shorter."""
    line = lines[k]
    return line.indented or (indent_short(line) and paragraph_start_shaped(line, lines[k + 1]))


def bracketed(line: LineInfo) -> bool:
    """The whole line stands in brackets (「（完）」, 「（林晓）」, 「（青石论坛）」)."""
    return line.text.startswith(("（", "(")) and line.text.endswith(("）", ")"))


def plain_text_line(line: LineInfo, role: Role) -> bool:
    """A line of the text's own words: none of the lines a body holds that are no title's, a date
    (「2024年3月1日」), a byline or credit (「本报记者 周敏」), a jump note (「……活动由（下转第二版）」:
    the text goes on elsewhere), or a bracketed mark or credit (「（完）」, 「（林晓）」)."""
    if role is not Role.BODY or line.date_line is not None or line.byline_line is not None or line.leading_byline is not None:
        return False
    if line.jump is not None:
        return False
    return not bracketed(line)
