"""Listings and classified advertisements: blocks of a page that are no article, kept apart.

A weather forecast, a box of television programmes, a front page's contents box (导读) or a
classified advertisement read as text turns into a headline over a run of figures, or into the
last paragraph of the article above it.
They are found on the lines and their roles, before items are built, and taken out of the flow
(the later steps see their lines as blank); the page gets each back as an article of its own kind
(``listing``, ``advertisement``) so that nothing is lost and a reader or a corpus can leave it out.

Rules (the line cues are fields.listings'):
- A listing is a run of lines that each hold a record's figure and no sentence mark, blank lines
  between them allowed, of LISTING_MIN_LINES lines or with LISTING_MIN_RECORDS full record lines
  in it (two times or temperatures, or a contents box's entries pointing to their pages); a
  headline line right above the run, or a short label set apart (under the page's furniture, a
  blank line or a finished sentence), is its heading (「临江天气预报」, 「电视节目」, 「今日导读」).
  Each line is a paragraph: the record's fields keep the gaps between them.
- An advertisement is a heading ending on a word that offers or announces (「旺铺招租」, 「遗失声明」)
  over at most AD_MAX_LINES lines of text that reach a contact line giving a telephone number;
  the contact lines right under it close the block. Without such a heading a contact line is
  left where it is: notices and articles give telephone numbers too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate

from banmian.fields.listings import (
    AD_HEADING_END,
    RECORD_CUE,
    RECORD_FIGURE,
    SENTENCE_MARKS,
    holds_phone_number,
    is_ad_heading,
    is_contact_line,
    is_record_line,
    may_hold_record,
)
from banmian.layout.lines import LineInfo
from banmian.layout.punctuation import ends_sentence
from banmian.model import Article, ArticleKind, LineSpan, Paragraph, Provenance, TextItem
from banmian.segment.roles import Role, _prev_nonblank

#: Full record lines a listing holds at least: one alone is a line of prose or of a caption that
#: happens to name two times.
LISTING_MIN_RECORDS = 2
#: Lines of a listing that each give one figure (「19:00 临江新闻」, a programme a line): three in a
#: row, where a column of prose naming a time on each of three lines always has a mark among them.
LISTING_MIN_LINES = 3
#: Lines of text between an advertisement's heading and its contact line, at most: a classified
#: advertisement is a few lines; further down, the contact line is another text's.
AD_MAX_LINES = 10
#: Confidence of a listing or an advertisement read from its lines' shape alone.
LISTING_CONFIDENCE = 0.7
#: Most characters of a listing's heading that the classifier read as text: a label (「电视节目」,
#: 「今日气象」), not a line of prose.
LISTING_HEADING_MAX_CHARS = 10
_HEADING_ROLES = frozenset({Role.HEADING, Role.SUBTITLE})
#: Lines that head no listing: a byline, a caption, a jump note, the page's furniture.
_NO_HEADING_ROLES = frozenset({Role.BYLINE, Role.CAPTION, Role.JUMP, Role.FURNITURE})


@dataclass(frozen=True, slots=True)
class ListingBlock:
    kind: ArticleKind
    heading: LineInfo | None
    lines: tuple[LineInfo, ...]

    @property
    def first(self) -> int:
        return (self.heading or self.lines[0]).number


def find_listings(lines: Sequence[LineInfo], roles: Sequence[Role]) -> list[ListingBlock]:
    """The page's listings and advertisements, in source order; no line is in two blocks."""
    page = _Page(lines)
    blocks = _listings(lines, roles, page.lines_matching(RECORD_CUE))
    taken = {ln.number for b in blocks for ln in _block_lines(b)}
    adverts = _advertisements(lines, roles, page.lines_matching(AD_HEADING_END))
    blocks += [b for b in adverts if taken.isdisjoint(ln.number for ln in _block_lines(b))]
    return sorted(blocks, key=lambda b: b.first)


class _Page:
    """The page's line texts joined once, so that one regular-expression scan finds the few lines
    a listing or an advertisement could hold (most pages hold neither) instead of a test a line."""

    def __init__(self, lines: Sequence[LineInfo]) -> None:
        self.text = "\n".join([ln.text for ln in lines])
        self.starts = [0, *accumulate(len(ln.text) + 1 for ln in lines)]

    def lines_matching(self, pattern: re.Pattern[str]) -> list[int]:
        """Indices of the lines holding a match, in order, each once."""
        found: list[int] = []
        for match in pattern.finditer(self.text):
            k = bisect_right(self.starts, match.start()) - 1
            if not found or found[-1] != k:
                found.append(k)
        return found


def without_listings(roles: Sequence[Role], lines: Sequence[LineInfo], blocks: Sequence[ListingBlock]) -> list[Role]:
    """The roles with every line of the blocks read as blank, so later steps pass over them."""
    taken = {ln.number for b in blocks for ln in _block_lines(b)}
    return [Role.BLANK if line.number in taken else role for line, role in zip(lines, roles, strict=True)]


def with_listings(articles: Sequence[Article], blocks: Sequence[ListingBlock]) -> list[Article]:
    """The articles with each block's article set among them by its first line, ids renumbered."""
    merged = list(articles)
    for block in blocks:
        at = next((k for k, a in enumerate(merged) if _first_line(a) > block.first), len(merged))
        merged.insert(at, _article(block))
    return [replace(a, id=f"a{k + 1}") for k, a in enumerate(merged)]


def _block_lines(block: ListingBlock) -> tuple[LineInfo, ...]:
    return block.lines if block.heading is None else (block.heading, *block.lines)


def _listings(lines: Sequence[LineInfo], roles: Sequence[Role], candidates: list[int]) -> list[ListingBlock]:
    """Runs of record-like lines among ``candidates`` (lines holding a record's cue), only blank
    lines between two of them."""
    blocks: list[ListingBlock] = []
    run: list[int] = []
    for k in [*candidates, None]:
        if k is not None and _record_like(lines[k]):
            if run and any(not ln.blank for ln in lines[run[-1] + 1 : k]):
                _close_run(lines, roles, run, blocks)
                run = []
            run.append(k)
            continue
        _close_run(lines, roles, run, blocks)
        run = []
    return blocks


def _close_run(lines: Sequence[LineInfo], roles: Sequence[Role], run: list[int], blocks: list[ListingBlock]) -> None:
    if run and (len(run) >= LISTING_MIN_LINES or sum(1 for i in run if is_record_line(lines[i].heading_text)) >= LISTING_MIN_RECORDS):
        blocks.append(ListingBlock(ArticleKind.LISTING, _heading_above(lines, roles, run[0]), tuple(lines[i] for i in run)))


def _record_like(line: LineInfo) -> bool:
    """A line holding a record's figure and no sentence mark: a timetable's line may give one time."""
    return may_hold_record(line.text) and SENTENCE_MARKS.isdisjoint(line.text) and RECORD_FIGURE.search(line.heading_text) is not None


def _heading_above(lines: Sequence[LineInfo], roles: Sequence[Role], start: int) -> LineInfo | None:
    """The line right above a listing when it can head it: a headline line, or a short line
    without a sentence mark set apart from the text above it (a blank line or a finished sentence
    over it), which the classifier may have read as text (「电视节目」, centred)."""
    k = _prev_nonblank(lines, start)
    if k is None or roles[k] in _NO_HEADING_ROLES or not SENTENCE_MARKS.isdisjoint(lines[k].text):
        return None
    if roles[k] in _HEADING_ROLES:
        return lines[k]
    above = _prev_nonblank(lines, k)
    set_apart = above is None or above < k - 1 or lines[above].ends_sentence or roles[above] is Role.FURNITURE
    return lines[k] if set_apart and len(lines[k].text) <= LISTING_HEADING_MAX_CHARS else None


def _advertisements(lines: Sequence[LineInfo], roles: Sequence[Role], candidates: list[int]) -> list[ListingBlock]:
    blocks: list[ListingBlock] = []
    if not candidates:
        return blocks
    text_lines = [k for k, line in enumerate(lines) if not line.blank]
    position_of = {k: p for p, k in enumerate(text_lines)}
    resume = 0
    for k in candidates:
        position = position_of.get(k)
        if position is None or position < resume or not is_ad_heading(lines[k].text) or roles[k] is Role.FURNITURE:
            continue
        end = _contact_end(lines, text_lines, position)
        if end is None:
            continue
        body = tuple(lines[i] for i in text_lines[position + 1 : end + 1])
        blocks.append(ListingBlock(ArticleKind.ADVERTISEMENT, lines[k], body))
        resume = end + 1
    return blocks


def _contact_end(lines: Sequence[LineInfo], text_lines: list[int], heading: int) -> int | None:
    """Position (in ``text_lines``) of the last contact line of the advertisement headed at
    ``heading``, when a contact line giving a telephone number comes within AD_MAX_LINES."""
    for position in range(heading + 1, min(len(text_lines), heading + 2 + AD_MAX_LINES)):
        if is_contact_line(lines[text_lines[position]].text):
            end = position
            while end + 1 < len(text_lines) and is_contact_line(lines[text_lines[end + 1]].text):
                end += 1
            contacts = "".join(lines[text_lines[p]].text for p in range(position, end + 1))
            return end if holds_phone_number(contacts) else None
    return None


def _first_line(article: Article) -> int:
    spans = [p.provenance.lines for p in (article.title, *article.paragraphs) if p is not None and p.provenance.lines]
    return min((s.first for s in spans), default=0)


def _article(block: ListingBlock) -> Article:
    heading = None
    if block.heading is not None:
        heading = TextItem(" ".join(block.heading.raw.split()), _span(block.heading, block.heading), LISTING_CONFIDENCE)
    paragraphs = _record_paragraphs(block) if block.kind is ArticleKind.LISTING else _ad_paragraphs(block)
    return Article(
        id="",
        kind=block.kind,
        title=heading,
        paragraphs=paragraphs,
        confidence=LISTING_CONFIDENCE,
        provenance=_span(_block_lines(block)[0], block.lines[-1]),
    )


def _record_paragraphs(block: ListingBlock) -> tuple[Paragraph, ...]:
    """One paragraph a line, its fields one space apart."""
    return tuple(Paragraph(" ".join(ln.raw.split()), provenance=_span(ln, ln), confidence=LISTING_CONFIDENCE) for ln in block.lines)


def _ad_paragraphs(block: ListingBlock) -> tuple[Paragraph, ...]:
    """The text's lines joined up to each finished sentence; each contact line a paragraph of its
    own, its fields one space apart."""
    paragraphs: list[Paragraph] = []
    run: list[LineInfo] = []
    for line in block.lines:
        if is_contact_line(line.text):
            if run:
                paragraphs.append(_joined(run))
                run = []
            paragraphs.append(Paragraph(" ".join(line.raw.split()), provenance=_span(line, line), confidence=LISTING_CONFIDENCE))
            continue
        run.append(line)
        if ends_sentence(line.text):
            paragraphs.append(_joined(run))
            run = []
    if run:
        paragraphs.append(_joined(run))
    return tuple(paragraphs)


def _joined(run: list[LineInfo]) -> Paragraph:
    return Paragraph("".join(ln.text.strip() for ln in run), provenance=_span(run[0], run[-1]), confidence=LISTING_CONFIDENCE)


def _span(first: LineInfo, last: LineInfo) -> Provenance:
    return Provenance(lines=LineSpan(first.number, last.number))
