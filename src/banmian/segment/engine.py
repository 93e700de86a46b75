"""Placeholder until the engine lands (the owner of the data model is writing it)."""

from __future__ import annotations

from banmian.ingest.text import TextSource
from banmian.model import Article, LineSpan, Page, Paragraph, Provenance, SourceInfo
from banmian.options import ParseOptions


def parse_lines(source: TextSource, options: ParseOptions) -> Page:
    body = [ln.strip() for ln in source.lines if ln.strip()]
    para = Paragraph(text="".join(body), provenance=Provenance(lines=LineSpan(1, len(source.lines))))
    return Page(
        articles=(Article(id="a1", paragraphs=(para,)),),
        source=SourceInfo(path=source.path, encoding=source.encoding, line_count=len(source.lines)),
    )
