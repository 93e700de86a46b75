"""What a regular expression's matches can begin with, read from the parsed pattern: the engine
gates costly patterns by a cheap test of a line's characters, and tests check that no match the
pattern could make is turned away by its gate."""

from __future__ import annotations

from re import _constants as op
from re import _parser


def first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can begin with; None where it can begin with any (a
    class other than a list of characters, a wildcard, an optional first element)."""
    return _first(_parser.parse(pattern))


def _first(items) -> set[str] | None:  # noqa: ANN001 - a parsed pattern (re._parser.SubPattern)
    for code, arg in items:
        if code is op.AT or code is op.ASSERT or code is op.ASSERT_NOT:
            continue  # anchors and lookarounds take no character
        if code is op.LITERAL:
            return {chr(arg)}
        if code is op.SUBPATTERN:
            return _first(arg[-1])
        if code is op.BRANCH:
            branches = [_first(branch) for branch in arg[1]]
            return None if any(b is None for b in branches) else set().union(*branches)
        if code is op.IN and all(kind is op.LITERAL for kind, _ in arg):
            return {chr(value) for _, value in arg}
        if code in (op.MAX_REPEAT, op.MIN_REPEAT) and arg[0] >= 1:
            return _first(arg[2])
        return None
    return None
