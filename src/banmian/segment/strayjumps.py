"""A 下转 note left as an article of its own goes to the text before it.

A photo printed between a text's last column and its jump note (「……变化最大。」/「▲……摄」/「（转第3版）」)
cuts them apart, and the note, with nothing else, is built as an article. A note that a text goes
on elsewhere closes that text: it goes to the text before it in reading order, when that text goes
on nowhere yet (an article goes on to one page at most). A note with a headline, text or caption
of its own, or one that the text comes from elsewhere (上接), stays where it is.
"""

from __future__ import annotations

from dataclasses import replace

from banmian.model import Article, LineSpan


def join_stray_jumps(articles: list[Article]) -> list[Article]:
    out: list[Article] = []
    for article in articles:
        host = _host(out) if _stray(article) else None
        if host is None:
            out.append(article)
            continue
        out[host] = _with_jumps(out[host], article)
    return out


def _stray(article: Article) -> bool:
    """Nothing but 下转 notes."""
    headed = any((article.kicker, article.title, article.subtitle, article.byline))
    notes_to = all(j.direction == "to" for j in article.jumps)
    return bool(article.jumps) and notes_to and not article.paragraphs and not article.captions and not headed


def _host(before: list[Article]) -> int | None:
    """The last text before the note, if it goes on nowhere yet."""
    k = next((k for k in range(len(before) - 1, -1, -1) if before[k].paragraphs), None)
    return k if k is not None and before[k].continued_to is None else None


def _with_jumps(host: Article, stray: Article) -> Article:
    lines, extra = host.provenance.lines, stray.provenance.lines
    provenance = host.provenance
    if lines is not None and extra is not None:
        provenance = replace(provenance, lines=LineSpan(min(lines.first, extra.first), max(lines.last, extra.last)))
    return replace(host, jumps=(*host.jumps, *stray.jumps), provenance=provenance)
