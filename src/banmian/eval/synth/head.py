"""Headline blocks: kicker, title and subtitle across the top of an article's rectangle.

Titles are set in 黑体 at a size that fits the rectangle, sometimes with wide letter spacing (which
extractors turn into 「市 政 府 党 组」), broken over two lines when even the smallest size is too
wide, preferably at the space between two phrases.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from banmian.eval.synth.fonts import HEI, MING
from banmian.eval.synth.model import PlacedLine
from banmian.eval.synth.style import PageStyle
from banmian.eval.synth.text import break_lines, set_line, tokenize

#: Title sizes (points) by the number of columns the article spans; a front-page lead adds LEAD_BONUS.
TITLE_SIZES = {1: (13.0, 16.0), 2: (16.0, 22.0), 3: (20.0, 26.0), 4: (22.0, 30.0)}
LEAD_BONUS = 6.0
#: Below this size (points) a title is broken over two lines instead of shrinking further.
MIN_TITLE_SIZE = 13.0
#: Share of titles set letter-spaced, and the spacing range in ems.
SPACED_TITLE_SHARE = 0.3
TITLE_TRACKING_EM = (0.3, 1.0)
#: Kicker and subtitle size relative to body type.
KICKER_SCALE = 1.3
SUBTITLE_SCALE = 1.2
#: Line pitch of display lines as a multiple of their size.
HEAD_PITCH = 1.35


@dataclass(frozen=True, slots=True)
class HeadLine:
    """A display line positioned relative to the head block's top-left (baseline ``dy``)."""

    dy: float
    size: float
    placed: PlacedLine


def _fits(text: str, size: float, tracking: float, width: float) -> bool:
    tokens = tokenize(text, HEI, size, None, width)
    return sum(t.width for t in tokens) + tracking * (len(text) - 1) <= width


def _split_title(title: str) -> list[str]:
    """Two lines, at the phrase space nearest the middle, else at the middle character."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if spaces:
        cut = min(spaces, key=lambda i: abs(i - len(title) / 2))
        return [title[:cut], title[cut + 1 :]]
    mid = (len(title) + 1) // 2
    return [title[:mid], title[mid:]]


def title_setting(
    rng: random.Random, title: str, span: int, width: float, lead: bool
) -> tuple[list[str], float, float]:
    """Lines, size and tracking (points) for a title in ``width`` points: one line if it fits at
    ``MIN_TITLE_SIZE`` or more, else two at the phrase space, else as many as a narrow column needs."""
    low, high = TITLE_SIZES[min(span, 4)]
    size = round(rng.uniform(low, high) + (LEAD_BONUS if lead else 0.0))
    tracking = size * rng.uniform(*TITLE_TRACKING_EM) if rng.random() < SPACED_TITLE_SHARE else 0.0
    if tracking and not _fits(title, size, tracking, width):
        tracking = 0.0
    while size > MIN_TITLE_SIZE and not _fits(title, size, tracking, width):
        size -= 1
    if _fits(title, size, tracking, width):
        return [title], size, tracking
    halves = _split_title(title)
    size = round(rng.uniform(low, high))
    while size > MIN_TITLE_SIZE and not all(_fits(t, size, 0.0, width) for t in halves):
        size -= 1
    if all(_fits(t, size, 0.0, width) for t in halves):
        return halves, size, 0.0
    broken = break_lines(tokenize(title, HEI, size, None, width), width, width, hang=True)
    return ["".join(t.text for t in line) for line in broken], size, 0.0


def _display(
    text: str, font: str, size: float, width: float, align: str, tracking: float = 0.0
) -> list[PlacedLine]:
    tokens = tokenize(text, font, size, None, width)
    lines = break_lines(tokens, width, width, hang=True)
    return [
        PlacedLine(0.0, 0.0, size, set_line(t, width, size, align=align, tracking=tracking)) for t in lines
    ]


def head_block(
    rng: random.Random,
    style: PageStyle,
    kicker: str | None,
    title: str | None,
    subtitle: str | None,
    span: int,
    lead: bool = False,
) -> tuple[list[HeadLine], float]:
    """The head's lines and its height in points (0 when there is nothing to print)."""
    width = style.span_width(span)
    align = style.head_align
    out: list[HeadLine] = []
    y = 0.0

    def stack(lines: list[PlacedLine], size: float) -> None:
        nonlocal y
        for placed in lines:
            y += size * HEAD_PITCH
            out.append(HeadLine(y - size * (HEAD_PITCH - 1) - size * 0.12, size, placed))

    if kicker:
        size = round(style.body_size * KICKER_SCALE, 1)
        stack(_display(kicker, rng.choice((HEI, MING)), size, width, align), size)
    if title:
        lines, size, tracking = title_setting(rng, title, span, width, lead)
        for text in lines:
            stack(_display(text, HEI, size, width, align, tracking), size)
    if subtitle:
        size = round(style.body_size * SUBTITLE_SCALE, 1)
        stack(_display(subtitle, rng.choice((HEI, MING)), size, width, align), size)
    return out, (y + style.leading * 0.5 if out else 0.0)
