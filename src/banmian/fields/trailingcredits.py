"""Bracketed names closing a brief (「……活动。（邹菲 项雅静）」): the brief's authors.

The names are read by ``fields.byline``'s credits grammar (a role word optional, names split by
their gaps, ``fields.personnames``); one gap-free token of four characters or more is a word,
unless it is two names glued (``glued_pair``: 「（林晓何春生）」, as PyMuPDF prints them).
"""

from __future__ import annotations

from banmian.fields.byline import CLOSE_BRACKETS, MAX_BRACKET_CHARS, OPEN_BRACKETS, Byline, _Credits, _credits
from banmian.fields.personnames import glued_pair
from banmian.fields.squeezed import render, squeeze


def trailing_authors(text: str) -> Byline | None:
    """Bracketed names closing a brief (「……活动。（邹菲 项雅静）」); offsets cover the brackets."""
    end = len(text.rstrip(" \t\u00a0\u3000\r\n。."))
    if end == 0 or text[end - 1] not in CLOSE_BRACKETS:
        return None
    lo = max(0, end - 1 - MAX_BRACKET_CHARS * 2)
    open_at = None
    for k in range(end - 2, lo - 1, -1):
        ch = text[k]
        if ch in OPEN_BRACKETS:
            open_at = k
            break
        if ch in CLOSE_BRACKETS or ch in "。！？":
            return None
    if open_at is None:
        return None
    sq = squeeze(text, open_at + 1, MAX_BRACKET_CHARS + 1)
    n = len(sq.c) - 1  # squeezed content ends before the closing bracket
    if n < 2 or n > MAX_BRACKET_CHARS or sq.c[n] not in CLOSE_BRACKETS:
        return None
    cr = _credits(sq, 0, n, strict_bare=True)
    gapless = not any(sq.gaps[1:n])
    token = sq.c[:n] if gapless else ""
    lone = cr is not None and cr.bare and len(cr.authors) == 1 and "·" not in cr.authors[0] and gapless
    if (cr is None or not cr.authors + cr.photographers or lone) and n > 3:
        # One gap-free token of four characters or more: a word, unless it is two names glued.
        pair = glued_pair(token)
        if pair is None:
            return None
        cr = _Credits(list(pair), [], None, set(), True)  # the byline's text stays as printed
    if cr is None or not cr.authors + cr.photographers:
        return None
    return Byline(
        text=render(sq, 0, n, cr.bounds),
        authors=tuple(cr.authors),
        photographers=tuple(cr.photographers),
        agency=cr.agency,
        start=open_at,
        end=end,
        bare=cr.bare,
    )
