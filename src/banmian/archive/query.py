"""The search language, turned into an FTS5 expression that is built, never pasted.

Grammar (case-sensitive operators, as in most search boxes)::

    query   := either (OR either)*
    either  := unary ((AND)? unary)*          terms side by side must all match
    unary   := (NOT | -) atom | atom          NOT needs at least one term beside it to match
    atom    := ( query ) | "a phrase" | title:term | term

A term is a run of characters without spaces: 「柴伟」 is the two-character phrase 柴 伟 (see
``textindex``). Quotes only matter for phrases holding spaces (「"全面 振兴"」 is 全面振兴).
``title:`` limits a term to the kicker, title and subtitle.

Every term becomes a quoted FTS5 phrase of its tokens, so nothing the user types reaches FTS5's own
syntax; a query that cannot be read raises ``QueryError`` with what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.archive.textindex import term_tokens
from banmian.errors import BanmianError

#: Longest query accepted, in characters: a bound on the work one request can ask for.
MAX_QUERY_CHARS = 200
LEXEME = re.compile(r'\s*(?:(\()|(\))|"([^"]*)"?|(\S+?)(?=[\s()"]|$))')
TITLE_PREFIX = "title:"


class QueryError(BanmianError):
    """A search query that cannot be read."""


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """``match`` is the FTS5 expression; ``terms`` the positive terms, for highlighting."""

    match: str
    terms: tuple[str, ...]


def parse_query(text: str) -> ParsedQuery:
    text = text.strip()
    if not text:
        raise QueryError("the query is empty")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is longer than {MAX_QUERY_CHARS} characters")
    parser = _Parser(_lex(text))
    node = parser.query()
    if parser.pos != len(parser.lexemes):
        raise QueryError(f"unexpected {parser.lexemes[parser.pos][1]!r} in the query")
    if node is None:
        raise QueryError("the query has no characters to search for")
    return ParsedQuery(node, tuple(parser.terms))


def _lex(text: str) -> list[tuple[str, str]]:
    """(kind, text) pairs: kinds are ``(``, ``)``, ``phrase``, ``word``."""
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        match = LEXEME.match(text, pos)
        if match is None or match.end() == pos:
            break
        pos = match.end()
        if match.group(1):
            out.append(("(", "("))
        elif match.group(2):
            out.append((")", ")"))
        elif match.group(3) is not None:
            out.append(("phrase", match.group(3)))
        elif match.group(4):
            out.append(("word", match.group(4)))
    return out


class _Parser:
    def __init__(self, lexemes: list[tuple[str, str]]) -> None:
        self.lexemes = lexemes
        self.pos = 0
        self.terms: list[str] = []

    def _peek(self) -> tuple[str, str] | None:
        return self.lexemes[self.pos] if self.pos < len(self.lexemes) else None

    def _is_op(self, op: str) -> bool:
        lex = self._peek()
        return lex is not None and lex == ("word", op)

    def query(self) -> str | None:
        parts = [self.either()]
        while self._is_op("OR"):
            self.pos += 1
            parts.append(self.either())
        kept = [p for p in parts if p is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else "(" + " OR ".join(kept) + ")"

    def either(self) -> str | None:
        positives: list[str] = []
        negatives: list[str] = []
        while (lex := self._peek()) is not None and lex[0] != ")" and not self._is_op("OR"):
            if self._is_op("AND"):
                self.pos += 1
                continue
            negated, node = self.unary()
            if node is not None:
                (negatives if negated else positives).append(node)
        if negatives and not positives:
            raise QueryError("NOT needs a term to search for beside it")
        if not positives:
            return None
        node = positives[0] if len(positives) == 1 else "(" + " AND ".join(positives) + ")"
        for neg in negatives:
            node = f"({node} NOT {neg})"
        return node

    def unary(self) -> tuple[bool, str | None]:
        if self._is_op("NOT"):
            self.pos += 1
            return True, self.atom(negated=True)
        lex = self._peek()
        if lex == ("word", "-"):  # -"a phrase"
            self.pos += 1
            return True, self.atom(negated=True)
        if lex is not None and lex[0] == "word" and lex[1].startswith("-") and len(lex[1]) > 1:
            self.lexemes[self.pos] = ("word", lex[1][1:])
            return True, self.atom(negated=True)
        return False, self.atom(negated=False)

    def atom(self, negated: bool) -> str | None:
        lex = self._peek()
        if lex is None:
            raise QueryError("the query ends where a term was expected")
        self.pos += 1
        kind, text = lex
        if kind == "(":
            node = self.query()
            if self._peek() != (")", ")"):
                raise QueryError("a ( is not closed")
            self.pos += 1
            return node
        if kind == ")":
            raise QueryError("a ) has no (")
        column = None
        if kind == "word" and text.startswith(TITLE_PREFIX) and len(text) > len(TITLE_PREFIX):
            column, text = "title", text[len(TITLE_PREFIX) :]
        tokens = term_tokens(text)
        if not tokens:
            return None
        if not negated:
            self.terms.append(text)
        phrase = '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'
        return f"{column} : {phrase}" if column else phrase
