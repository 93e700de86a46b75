"""Per-line features: what a reader sees of one source line without reading its neighbours.

Everything the segmenter decides is built on these. The text path computes them from characters;
the PDF path will add geometry (``bbox``, ``font_size``) to the same objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from banmian.fields.byline import Byline, leading_byline, standalone_byline
from banmian.fields.caption import caption_score
from banmian.fields.dates import DateMatch, date_line
from banmian.fields.furniture import Furniture, classify_furniture, newspaper_name
from banmian.fields.jump import Jump, find_jump
from banmian.fields.spacing import collapse_heading_spacing, collapse_spacing, display_width, is_letter_spaced, phrase_count
from banmian.layout.columns import local_column_widths
from banmian.layout.punctuation import CONTINUING, cjk_count, ends_sentence, has_sentence_punctuation
from banmian.model import BBox

#: A line wider than this (em) is not a column line (a caption or headline across columns); no
#: broadsheet or tabloid sets body text wider than about 20 em.
MAX_COLUMN_WIDTH = 22.0
#: Lines shorter than this (em) are too short to be furniture-checked as headers; furniture lines
#: longer than this are not furniture.
MAX_FURNITURE_WIDTH = 40.0
#: Cheap gates before the costlier grammars run: a byline needs one of these characters, a jump
#: note one of 转/接, a date 年 or a digit, a caption one of its cue characters.
BYLINE_CUES = frozenset("报记者电讯通讯员社摄")
JUMP_CUES = frozenset("转接")
CAPTION_CUES = frozenset("图摄")
SUBTITLE_DASHES = ("——", "--", "—", "－－")
#: Full-width punctuation is set in half its width wherever it is compressed (标点挤压), which
#: varies line by line; counting every mark as half an em makes full lines of a column measure
#: nearly the same, which is what the column and paragraph rules compare.
COMPRESSIBLE_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉「」『』【】")
PUNCTUATION_WIDTH_SAVING = 0.5


@dataclass(frozen=True, slots=True)
class LineInfo:
    number: int  # 1-based source line
    raw: str
    text: str  # spacing artefacts removed, body style
    heading_text: str  # spacing artefacts removed, phrase gaps kept
    blank: bool
    width: float  # display width of ``text`` in em
    column_width: float  # estimated full width of the column around this line, em
    leading_space: bool
    letter_spaced: bool
    phrases: int
    ends_sentence: bool
    ends_continuing: bool
    has_sentence_punct: bool
    cjk: int
    jump: Jump | None
    byline_line: Byline | None
    leading_byline: Byline | None
    date_line: DateMatch | None
    furniture: Furniture | None
    dash_subtitle: bool
    caption: float
    bbox: BBox | None = None
    font_size: float | None = None

    @property
    def fill(self) -> float:
        """How full the line is relative to its column (1.0 = a full line)."""
        return self.width / self.column_width if self.column_width else 0.0


def build_line_infos(raw_lines: Sequence[str]) -> tuple[LineInfo, ...]:
    partial = [_features(i + 1, raw) for i, raw in enumerate(raw_lines)]
    informative = [not p["blank"] and not p["letter_spaced"] and p["width"] <= MAX_COLUMN_WIDTH for p in partial]
    columns = local_column_widths([p["width"] for p in partial], informative)
    return tuple(LineInfo(column_width=col, **p) for p, col in zip(partial, columns, strict=True))


def _features(number: int, raw: str) -> dict:
    stripped = raw.strip()
    if not stripped:
        return _blank(number, raw)
    text = collapse_spacing(stripped)
    chars = set(text)
    width = display_width(text) - PUNCTUATION_WIDTH_SAVING * sum(1 for ch in text if ch in COMPRESSIBLE_PUNCTUATION)
    letter_spaced = is_letter_spaced(stripped)
    return {
        "number": number,
        "raw": raw,
        "text": text,
        "heading_text": collapse_heading_spacing(stripped),
        "blank": False,
        "width": width,
        "leading_space": raw[:1].isspace(),
        "letter_spaced": letter_spaced,
        "phrases": phrase_count(stripped),
        "ends_sentence": ends_sentence(text),
        "ends_continuing": text[-1] in CONTINUING,
        "has_sentence_punct": has_sentence_punctuation(text),
        "cjk": cjk_count(text),
        "jump": find_jump(text) if chars & JUMP_CUES else None,
        "byline_line": standalone_byline(stripped) if chars & BYLINE_CUES else None,
        "leading_byline": leading_byline(stripped) if chars & BYLINE_CUES else None,
        "date_line": date_line(text) if "年" in chars or any(c.isdigit() for c in text[:6]) else None,
        "furniture": _furniture(stripped) if width <= MAX_FURNITURE_WIDTH else None,
        "dash_subtitle": text.startswith(SUBTITLE_DASHES),
        "caption": caption_score(text) if chars & CAPTION_CUES else 0.0,
    }


def _furniture(stripped: str) -> Furniture | None:
    found = classify_furniture(stripped)
    if found is not None:
        return found
    name = newspaper_name(stripped)
    if name is None:
        return None
    return Furniture(kind="masthead", text=stripped, page_number=None, section=None, date=None, newspaper=name)


def _blank(number: int, raw: str) -> dict:
    return {
        "number": number,
        "raw": raw,
        "text": "",
        "heading_text": "",
        "blank": True,
        "width": 0.0,
        "leading_space": False,
        "letter_spaced": False,
        "phrases": 0,
        "ends_sentence": False,
        "ends_continuing": False,
        "has_sentence_punct": False,
        "cjk": 0,
        "jump": None,
        "byline_line": None,
        "leading_byline": None,
        "date_line": None,
        "furniture": None,
        "dash_subtitle": False,
        "caption": 0.0,
    }
