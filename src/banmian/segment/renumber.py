"""Provenance back into the input's own line numbers.

The engine numbers the lines it reads 1, 2, 3 … (its rules index lines by that number). When some
input lines were joined first (layout.digits: a number split over lines), a read line stands for a
span of input lines; every ``LineSpan`` of the page is mapped through those spans at the end, so a
user opening the input at a paragraph's first line lands on it. When lines were read in another
order than printed (layout.interleave: columns interleaved line by line), a span is mapped to the
smallest range of input lines that holds all of its lines, and its ``pieces`` list the runs of
input lines it was read from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from banmian.layout.digits import JoinedLine
from banmian.model import Article, JumpNote, LineSpan, Page, Paragraph, Provenance, TextItem


def to_source_lines(page: Page, joined: Sequence[JoinedLine]) -> Page:
    """``page`` with line spans in input lines; the page itself when nothing was joined."""
    if all(line.first == line.last == k for k, line in enumerate(joined, start=1)):
        return page
    mapper = _Mapper(joined)
    return replace(
        page,
        banners=tuple(mapper.item(b) for b in page.banners),
        articles=tuple(mapper.article(a) for a in page.articles),
        furniture=tuple(mapper.item(f) for f in page.furniture),
        unplaced=tuple(mapper.item(u) for u in page.unplaced),
    )


class _Mapper:
    def __init__(self, joined: Sequence[JoinedLine]) -> None:
        self.joined = joined
        #: Source lines never go backwards: a span's ends give its source lines.
        self.ordered = all(a.first <= b.first for a, b in zip(joined, joined[1:], strict=False))

    def span(self, span: LineSpan) -> LineSpan:
        return LineSpan(self.joined[span.first - 1].first, self.joined[span.last - 1].last)

    def provenance(self, prov: Provenance) -> Provenance:
        if prov.lines is None:
            return prov
        if self.ordered:
            return replace(prov, lines=self.span(prov.lines), pieces=tuple(self.span(piece) for piece in prov.pieces))
        # Lines read in another order than printed (layout.interleave): the item's source lines,
        # in the order it reads them, give its span and the runs it came from.
        numbers: dict[int, None] = {}
        for piece in prov.pieces or (prov.lines,):
            for line in self.joined[piece.first - 1 : piece.last]:
                if line.text.strip():
                    numbers.update(dict.fromkeys(range(line.first, line.last + 1)))
        if not numbers:
            return replace(prov, lines=self.span(prov.lines), pieces=())
        mapped = Provenance.of_lines(list(numbers))
        return replace(prov, lines=mapped.lines, pieces=mapped.pieces)

    def item(self, item: TextItem | None) -> TextItem | None:
        return None if item is None else replace(item, provenance=self.provenance(item.provenance))

    def paragraph(self, paragraph: Paragraph) -> Paragraph:
        return replace(paragraph, provenance=self.provenance(paragraph.provenance))

    def jump(self, jump: JumpNote) -> JumpNote:
        return replace(jump, provenance=self.provenance(jump.provenance))

    def article(self, article: Article) -> Article:
        return replace(
            article,
            kicker=self.item(article.kicker),
            title=self.item(article.title),
            subtitle=self.item(article.subtitle),
            byline=self.item(article.byline),
            paragraphs=tuple(self.paragraph(p) for p in article.paragraphs),
            captions=tuple(self.item(c) for c in article.captions),
            jumps=tuple(self.jump(j) for j in article.jumps),
            provenance=self.provenance(article.provenance),
        )
