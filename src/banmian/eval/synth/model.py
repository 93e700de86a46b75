"""What a page is made of, between choosing the content and drawing it.

``ArticleSpec`` is the content of one article before layout (what could be printed); layout turns it
into ``Ink`` (positioned lines and shapes, what is printed) and the truth is read back from the ink,
so a cut article's truth holds exactly the printed paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from banmian.eval.synth.bylines import Byline
from banmian.eval.synth.text import SetLine

# Piece roles in an article's body flow.
PARA = "para"  # an indented, justified paragraph (truth paragraph)
SUBHEAD = "subhead"  # a sub-heading (truth paragraph and subheading)
SIGN = "sign"  # a right-aligned closing line of a notice (truth paragraph)
BYLINE = "byline"  # a byline on its own line (truth byline, not a paragraph)
FROM_NOTE = "from"  # （上接第一版） (sets continued_from, not a paragraph)
JUMP_NOTE = "jump"  # （下转第二版） (sets continued_to, not a paragraph)
BRIEF_TITLE = "brief_title"  # a brief's own title inside the 简讯 box
TRUTH_ROLES = frozenset({PARA, SUBHEAD, SIGN})

# Drawing groups, which the drawing order permutes.
HEAD = "head"
BODY = "body"
TAIL = "tail"


@dataclass(frozen=True, slots=True)
class Piece:
    role: str
    text: str
    #: A byline printed in front of the paragraph text (本报讯（记者 …）) or after it (（林远 何春生）).
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Photo:
    caption: str | None
    credit: str | None

    @property
    def printed(self) -> str:
        """The caption as printed: text, then the credit after two spaces."""
        return "  ".join(p for p in (self.caption, self.credit) if p)


@dataclass(frozen=True, slots=True)
class ArticleSpec:
    kind: str
    title: str | None
    pieces: tuple[Piece, ...]
    kicker: str | None = None
    subtitle: str | None = None
    byline: Byline | None = None
    photo: Photo | None = None
    continued_from: int | None = None
    #: The page a cut article jumps to, printed as ``jump_text``; None means cut silently.
    jump_to: int | None = None
    jump_text: str | None = None
    boxed: bool = False


@dataclass(frozen=True, slots=True)
class PlacedLine:
    """A set line at ``x`` and baseline ``y`` (points, origin top-left, y down)."""

    x: float
    y: float
    size: float
    line: SetLine
    grey: float = 0.0


@dataclass(frozen=True, slots=True)
class Shape:
    kind: str  # "photo" (grey fill), "box" (stroked), "rule" (a line from x,y to x+w,y+h)
    x: float
    y: float
    w: float
    h: float


@dataclass(slots=True)
class Ink:
    """The drawable parts of one article (or of the furniture), grouped for the drawing order."""

    groups: dict[str, list[PlacedLine]] = field(default_factory=lambda: {HEAD: [], BODY: [], TAIL: []})
    shapes: list[Shape] = field(default_factory=list)

    def add(self, group: str, line: PlacedLine) -> None:
        self.groups[group].append(line)
