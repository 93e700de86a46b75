"""A notice's formal title (「关于……的通告」) in context: wrapped over two lines, and the one
headline line under it that is the notice's first line of text."""

from __future__ import annotations

from collections.abc import Sequence

from banmian.fields.notice import NOTICE_LAST_CHARS, is_formal_notice_title, is_notice_title
from banmian.layout.lines import LineInfo
from banmian.segment.roles import _BODY, _HEADING, Role, headable

_BODY_OR_HEADING = frozenset({Role.BODY, Role.HEADING})


def mark_wrapped_notice_titles(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Two lines that together are worded as a notice's title (「关于……实施临」/「时交通管制的
    通告」) are that title, wrapped: the wording rule of ``_intrinsic_role`` read across the break.
    Run after the line classifier, which doubts each half; a half that the rules already took for
    a headline is taken along."""
    for k in range(len(lines) - 1):
        first, second = lines[k], lines[k + 1]
        # Cheapest first: every notice title ends with a notice word's last character.
        if second.text[-1:] not in NOTICE_LAST_CHARS:
            continue
        if roles[k] not in _BODY_OR_HEADING or roles[k + 1] not in _BODY_OR_HEADING or roles[k] is roles[k + 1] is _HEADING:
            continue
        if not (headable(first) and headable(second)) or is_notice_title(first.text):
            continue
        if is_notice_title(first.text + second.text):
            roles[k] = roles[k + 1] = _HEADING


def veto_heads_under_notice_titles(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """The one headline line right under a notice's formal title (「关于……的公告」), over body text,
    is the notice's first line of text (「因城西路雨污管道」/「改造需要，……」): a formal notice
    has no kicker over its title nor subtitle under it, and its text starts right below."""
    k = 0
    while k < len(lines):
        if roles[k] is not _HEADING:
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and roles[end + 1] is _HEADING:
            end += 1
        title = "".join(line.text for line in lines[k:end])
        below = end + 1 < len(lines) and roles[end + 1] is _BODY
        if end > k and below and is_formal_notice_title(title) and not lines[end].ends_sentence:
            roles[end] = _BODY
        k = end + 1
