"""Colours and labels of the regions drawn over a page, shared by the PNG and the HTML view so that
article 3 has the same colour in both."""

from __future__ import annotations

import re

Colour = tuple[int, int, int]

#: Article colours, in order: saturated, mutually distinct hues (after Trubetskoy's list of 20
#: distinct colours) with red left out for unplaced text and yellow/grey/pastels left out because
#: they vanish on newsprint or behind the grey shading of furniture. Article 13 reuses colour 1;
#: neighbours rarely share a colour because articles are numbered in reading order.
PALETTE: tuple[Colour, ...] = (
    (0, 114, 189),  # blue
    (46, 160, 44),  # green
    (235, 120, 20),  # orange
    (145, 30, 180),  # purple
    (214, 39, 160),  # magenta
    (0, 128, 128),  # teal
    (150, 95, 30),  # brown
    (120, 0, 40),  # maroon
    (110, 120, 0),  # olive
    (0, 0, 140),  # navy
    (0, 160, 190),  # cyan
    (90, 90, 200),  # slate blue
)
#: Unplaced text: pure red, dashed, the one colour no article uses, so that lost text stands out.
UNPLACED_COLOUR: Colour = (255, 0, 0)
#: Banners and furniture: neutral grey, so that they read as "not an article".
SHADE_COLOUR: Colour = (110, 110, 110)
#: Relative luminance (0–1) above which a label's text is black rather than white, for contrast.
LIGHT_LABEL_LUMINANCE = 0.5

#: Letters on the boxes of an article's headline parts and captions (paragraphs carry none).
LABEL_KICKER = "K"
LABEL_TITLE = "T"
LABEL_SUBTITLE = "S"
LABEL_BYLINE = "B"
LABEL_CAPTION = "C"

_NUMBERED_ID = re.compile(r"^a(\d+)$")


def article_colour(position: int) -> Colour:
    """The colour of the article at ``position`` (0-based) on its page."""
    return PALETTE[position % len(PALETTE)]


def article_number(article_id: str, position: int) -> int:
    """The number shown for an article: ``a7`` is 7; any other id is its 1-based position."""
    match = _NUMBERED_ID.match(article_id)
    return int(match.group(1)) if match else position + 1


def label_text_colour(fill: Colour) -> Colour:
    """Black or white, whichever reads better on ``fill``."""
    r, g, b = (c / 255 for c in fill)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return (0, 0, 0) if luminance > LIGHT_LABEL_LUMINANCE else (255, 255, 255)


def hex_colour(colour: Colour) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour)
