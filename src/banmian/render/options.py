"""How a page is drawn: one frozen options object shared by the PNG and the HTML view."""

from __future__ import annotations

from dataclasses import dataclass

#: Pixels per PDF point by default: 1.5 px/pt (108 dpi) keeps 5-pt body type readable when zoomed
#: and a broadsheet page (about 1100 pt high) near 1650 px, a size image viewers show whole.
DEFAULT_SCALE_PX_PER_PT = 1.5
#: Tallest image drawn by default (pixels): a larger page is scaled down to this so that a PNG of
#: an oversized page stays a few megabytes and the HTML view loads quickly on a phone.
DEFAULT_MAX_HEIGHT_PX = 2400
#: Smallest scale accepted (px/pt): below this (under 7 dpi) nothing on the page can be read.
MIN_SCALE_PX_PER_PT = 0.1
#: Largest scale accepted (px/pt): 8 px/pt is 576 dpi, already far past print resolution.
MAX_SCALE_PX_PER_PT = 8.0
#: Smallest height cap accepted (pixels): labels 9 pt high need a page at least this tall to fit.
MIN_MAX_HEIGHT_PX = 100


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """``scale`` in pixels per point, capped so that the image is at most ``max_height_px`` high.

    ``item_boxes`` also outlines (lightly) each title, paragraph and caption inside an article,
    which shows how the engine cut the article; turn it off for a cleaner picture.
    """

    scale: float = DEFAULT_SCALE_PX_PER_PT
    max_height_px: int = DEFAULT_MAX_HEIGHT_PX
    item_boxes: bool = True

    def __post_init__(self) -> None:
        if not MIN_SCALE_PX_PER_PT <= self.scale <= MAX_SCALE_PX_PER_PT:
            raise ValueError(
                f"scale must be between {MIN_SCALE_PX_PER_PT} and {MAX_SCALE_PX_PER_PT} px per point, not {self.scale}"
            )
        if self.max_height_px < MIN_MAX_HEIGHT_PX:
            raise ValueError(f"max_height_px must be at least {MIN_MAX_HEIGHT_PX}, not {self.max_height_px}")

    def effective_scale(self, page_height_pt: float) -> float:
        """The scale actually used for a page this high (points): ``scale`` unless that would
        make the image taller than ``max_height_px``."""
        if page_height_pt <= 0:
            return self.scale
        return min(self.scale, self.max_height_px / page_height_pt)
