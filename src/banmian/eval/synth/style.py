"""A page's typographic parameters, drawn once per page from the seeded RNG.

The column measure is set in whole characters of body type, as compositors do (10–16 characters per
column on broadsheets, 12–25 on tabloids, whose local and weekly papers set three or four wide
columns); the page width follows from columns, measure and gutters, the height from the A-series
ratio of newsprint formats.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from banmian.eval.synth.fonts import LATIN

#: Column counts per format: broadsheets set 6–8 columns, tabloids 3–5.
COLUMNS = {"broadsheet": (6, 8), "tabloid": (3, 5)}
#: Width of the type area (points) a format aims at: ~330 mm for a broadsheet, ~225 mm for a tabloid;
#: the column count nearest to it (within the format's range) is taken, so the real width varies.
TYPE_WIDTH = {"broadsheet": 940.0, "tabloid": 640.0}
#: Body type sizes in points (9–10.5 pt is the range of Chinese dailies).
BODY_SIZES = (9.0, 9.5, 10.0, 10.5)
#: Column measure bounds per format, in characters of body type. Tabloids reach 25: real local
#: papers set whole stories and 简讯 boxes that wide, beyond any broadsheet column.
MEASURE = {"broadsheet": (10, 16), "tabloid": (12, 25)}
#: Gutter between columns, in ems of body type.
GUTTER_EM = (1.5, 2.0)
TIGHT_GUTTER_EM = (1.0, 1.2)
TIGHT_GUTTER_SHARE = 0.15
#: Line pitch as a multiple of the body size. From a pitch of about 1.5 poppler no longer groups a
#: column's lines into one block and pdftotext interleaves neighbouring columns line by line, as it
#: does on some real Founder pages; LOOSE_LEADING_SHARE of the pages are set that loosely, so that
#: the set measures how the text path copes with it without being dominated by it.
LEADING = (1.3, 1.45)
LOOSE_LEADING = (1.5, 1.6)
LOOSE_LEADING_SHARE = 0.15
#: Page height / width: newsprint formats are close to the A-series √2.
PAGE_RATIO = 1.414
#: Outer margins in points (~13–17 mm).
MARGIN = (36.0, 48.0)
#: Gap (ems) put on each side of a Latin run on pages that have it; ≥0.2 em makes pdftotext print a space.
LATIN_GAP_EM = 0.25


@dataclass(frozen=True, slots=True)
class PageStyle:
    format: str
    width: float
    height: float
    margin: float
    ncols: int
    measure: int
    body_size: float
    gutter: float
    leading: float
    latin_font: str | None
    latin_gap: float
    hang: bool
    literal_indent: bool
    head_align: str
    order: str
    article_order: str
    furniture_first: bool
    #: Body punctuation squeezed as Founder sets it (eval.synth.text.squeeze_marks); never drawn
    #: from the RNG, so a page holds the same articles with it or without.
    squeeze_objects: bool = False

    @property
    def col_width(self) -> float:
        return self.measure * self.body_size

    def col_x(self, index: int) -> float:
        return self.margin + index * (self.col_width + self.gutter)

    def span_width(self, span: int) -> float:
        return span * self.col_width + (span - 1) * self.gutter

    def describe(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "size_pt": [round(self.width, 1), round(self.height, 1)],
            "columns": self.ncols,
            "chars_per_column": self.measure,
            "body_pt": self.body_size,
            "gutter_em": round(self.gutter / self.body_size, 2),
            "leading_em": round(self.leading / self.body_size, 2),
            "latin_digits": "latin-font" if self.latin_font else "cjk-font",
            "latin_gap": self.latin_gap > 0,
            "indent": "literal-u3000" if self.literal_indent else "offset",
            "punctuation": "squeeze" if self.hang else "push-back",
            "order": self.order,
            "article_order": self.article_order,
            "furniture_drawn": "first" if self.furniture_first else "last",
        } | ({"punctuation_objects": "founder-squeezed"} if self.squeeze_objects else {})


def choose_style(rng: random.Random) -> PageStyle:
    fmt = rng.choice(("broadsheet", "broadsheet", "tabloid"))
    size = rng.choice(BODY_SIZES)
    gutter_em = rng.uniform(*(TIGHT_GUTTER_EM if rng.random() < TIGHT_GUTTER_SHARE else GUTTER_EM))
    gutter = round(size * gutter_em, 1)
    measure = rng.randint(*MEASURE[fmt])
    fitting = round((TYPE_WIDTH[fmt] + gutter) / (measure * size + gutter))
    ncols = min(max(fitting, COLUMNS[fmt][0]), COLUMNS[fmt][1])
    margin = round(rng.uniform(*MARGIN), 1)
    width = 2 * margin + ncols * measure * size + (ncols - 1) * gutter
    latin = rng.random() < 0.75
    loose = rng.random() < LOOSE_LEADING_SHARE
    return PageStyle(
        format=fmt,
        width=width,
        height=round(width * PAGE_RATIO, 1),
        margin=margin,
        ncols=ncols,
        measure=measure,
        body_size=size,
        gutter=gutter,
        leading=round(size * rng.uniform(*(LOOSE_LEADING if loose else LEADING)), 2),
        latin_font=LATIN if latin else None,
        latin_gap=LATIN_GAP_EM * size if latin and rng.random() < 0.6 else 0.0,
        hang=rng.random() < 0.5,
        literal_indent=rng.random() < 0.3,
        head_align=rng.choice(("center", "center", "left")),
        order=rng.choice(("reading", "body-first")),
        article_order=rng.choice(("layout", "layout", "shuffled")),
        furniture_first=rng.random() < 0.5,
    )
