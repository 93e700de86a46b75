"""How Chinese text is indexed and searched: one token per character.

Rules:

* Text is folded before indexing and before querying the same way: NFKC (full-width Latin and
  digits to half-width), lower case, and traditional characters to simplified with OpenCC
  (``t2s``), so 「河長」 finds 「河长」 and back.
* Every CJK character is its own token; a run of Latin letters or digits is one token. A query
  of n characters is the phrase of its n tokens, so one- and two-character queries (「柴伟」,
  「河长」) find every article holding them. (SQLite's trigram tokenizer cannot match
  anything shorter than three characters, and a word segmenter misses a name it cuts differently.)
* Punctuation and paragraph ends become a break token (``BREAK``), so a phrase never matches across
  「，」 or from one paragraph into the next.
* Highlighting works on the folded text, whose characters line up one to one with the original
  wherever folding kept the length (almost always: t2s maps character to character); otherwise
  the folded text is shown.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from banmian.archive.records import Segment

#: A private-use character: FTS5's unicode61 tokenizer keeps it as a token, and no text holds it.
BREAK = "\ue000"
#: CJK ideographs (BMP and extension blocks), each indexed as one token.
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
TOKEN = re.compile(rf"[{CJK}]|[0-9a-z\u00c0-\u024f\u0400-\u04ff]+")
#: What lies between tokens: punctuation, spaces and line ends, each run one break.
GAP = re.compile(rf"[^{CJK}0-9a-z\u00c0-\u024f\u0400-\u04ff]+")
#: Characters of a query term that are not tokens are dropped (「柴 伟」 and 「柴伟」 are one term).
SNIPPET_CHARS = 90
#: Context before the first hit in a snippet, in characters.
SNIPPET_LEAD = 24


@functools.lru_cache(maxsize=1)
def _converter():  # noqa: ANN202 - opencc.OpenCC
    import opencc

    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """The text as it is compared: NFKC, lower case, simplified characters."""
    return _converter().convert(unicodedata.normalize("NFKC", text).lower())


def fold_aligned(text: str) -> str:
    """``fold`` keeping every position: a character whose NFKC form is longer (「…」, 「㈠」) is
    left as it is, so that positions in the result are positions in ``text`` (for highlighting)."""
    return _converter().convert(text.translate(_single_nfkc()).lower())


@functools.lru_cache(maxsize=1)
def _single_nfkc() -> dict[int, str]:
    """Code point -> its NFKC form, for the BMP characters NFKC maps to one other character
    (full-width forms, compatibility ideographs …): ``str.translate`` then folds at C speed."""
    table: dict[int, str] = {}
    # CJK ideographs, Yi, Hangul and the surrogates are their own NFKC forms: skipping them
    # halves the time this table takes to build (once per process, about 0.2 s).
    for cp in (*range(0x80, 0x3400), *range(0xA4D0, 0xAC00), *range(0xF900, 0x10000)):
        norm = unicodedata.normalize("NFKC", chr(cp))
        if len(norm) == 1 and norm != chr(cp):
            table[cp] = norm
    return table


def index_text(*parts: str) -> str:
    """The tokens of ``parts`` (paragraphs, title lines), space-separated, with a break token
    between parts and wherever punctuation stood."""
    runs = [" ".join(TOKEN.findall(run)) for run in GAP.split(fold("\n".join(parts))) if run]
    return f" {BREAK} ".join(runs) + " " + BREAK if runs else ""


def term_tokens(term: str) -> list[str]:
    """The tokens of one query term, folded like the index."""
    return TOKEN.findall(fold(term))


def highlight(text: str, terms: list[str], width: int = SNIPPET_CHARS, from_start: bool = False) -> tuple[Segment, ...]:
    """A window of ``text`` around its first hit, split into hit and non-hit segments.

    ``terms`` are query terms (any form: traditional, full-width); they are folded here. With no
    hit (a match in the title only, say), or with ``from_start``, the window starts at the start.
    """
    folded = fold_aligned(text)
    shown = text if len(folded) == len(text) else folded
    spans = _hit_spans(folded, [t for t in (_squash(term) for term in terms) if t])
    start = 0
    if spans and not from_start:
        start = max(0, spans[0][0] - SNIPPET_LEAD)
    end = min(len(shown), start + width)
    segments: list[Segment] = []
    pos = start
    for s, e in spans:
        if e <= pos or s >= end:
            continue
        s, e = max(s, pos), min(e, end)
        if s > pos:
            segments.append(Segment(shown[pos:s]))
        segments.append(Segment(shown[s:e], hit=True))
        pos = e
    if pos < end:
        segments.append(Segment(shown[pos:end]))
    if start > 0:
        segments.insert(0, Segment("…"))
    if end < len(shown):
        segments.append(Segment("…"))
    return tuple(segments)


def _squash(term: str) -> str:
    """A term folded, without the spaces and punctuation the index ignores."""
    return "".join(TOKEN.findall(fold(term)))


def _hit_spans(folded: str, terms: list[str]) -> list[tuple[int, int]]:
    """Non-overlapping spans of ``folded`` matching any term, ignoring spaces inside the text."""
    if not terms:
        return []
    # Compare on the text without whitespace, mapping positions back.
    keep = [i for i, ch in enumerate(folded) if not ch.isspace()]
    dense = "".join(folded[i] for i in keep)
    spans: list[tuple[int, int]] = []
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    for match in pattern.finditer(dense):
        spans.append((keep[match.start()], keep[match.end() - 1] + 1))
    return spans
