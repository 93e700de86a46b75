"""Options for parsing, passed as one object (never as loose keyword arguments)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ParseOptions:
    #: Values the caller knows better than the page (from a file name or a catalogue); they win
    #: over what the page's own text says.
    newspaper: str | None = None
    date: dt.date | None = None
    page_number: int | None = None
    section: str | None = None
    #: Article confidences on the text path as the shipped calibration estimates them
    #: (segment.calibration: the probability that the article is right; the PDF path's are the rules') rather than the rules' own few levels, which the
    #: calibration is trained from (``python -m banmian.eval.train_confidence`` turns this off).
    calibrated_confidence: bool = True
