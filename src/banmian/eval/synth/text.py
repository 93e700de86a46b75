"""Hard-wrapping and setting of lines the way a Chinese compositor does it.

Lines are cut at a fixed measure with the simple 禁则 (no closing punctuation at a line start, no
opening bracket at a line end), then justified with character spacing: a line that needs one more
punctuation mark is squeezed (标点挤压) and a short one is spread, so a "full line" holds ±1
character, as on real pages. Latin runs go to the Latin face, optionally with a small gap on each
side, which is what makes extractors print 「5 月 24 日」.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.eval.synth.fonts import HEI, covers, text_width
from banmian.layout.punctuation import SQUEEZED_CLOSING_MARKS, SQUEEZED_OPENING_MARKS

NO_LINE_START = frozenset("。，、；：？！）》」』”’…·%〉】．")
NO_LINE_END = frozenset("（《「『“‘〈【")
#: Two-character marks that are one unit and are never split across lines.
PAIRED_MARKS = ("……", "——")
LATIN_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/:&@#=]*")
#: Points of slack under which a fit counts as exact; widths are sums of floats.
FIT_EPSILON_PT = 0.01
#: A non-final line is spread only up to this much extra space per character (em); beyond it
#: (a very short line before a forced break) it stays ragged, as compositors do.
MAX_SPREAD_EM = 0.6


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    font: str
    width: float
    latin: bool = False
    #: "body" for the text the truth holds; anything else (indent, byline) is printed but not truth.
    part: str = "body"
    #: SQUEEZED_CLOSING or SQUEEZED_OPENING for a mark set in half an em (squeeze_marks), else "".
    squeezed: str = ""


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of one font inside a line; ``dx`` is its start from the line's left edge, in points."""

    dx: float
    text: str
    font: str


@dataclass(frozen=True, slots=True)
class SetLine:
    segments: tuple[Segment, ...]
    char_space: float
    width: float
    offset: float = 0.0

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)


def tokenize(
    text: str, font: str, size: float, latin_font: str | None, max_width: float, part: str = "body"
) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        match = LATIN_RUN.match(text, i) if latin_font else None
        if match:
            run = match.group()
            width = text_width(run, latin_font, size)
            if width <= max_width:
                tokens.append(Token(run, latin_font, width, True, part))
            else:
                tokens.extend(Token(c, latin_font, text_width(c, latin_font, size), True, part) for c in run)
            i = match.end()
            continue
        pair = next((p for p in PAIRED_MARKS if text.startswith(p, i)), None)
        piece = pair or text[i]
        face = font if all(covers(font, c) for c in piece) else HEI
        tokens.append(Token(piece, face, text_width(piece, face, size), False, part))
        i += len(piece)
    return tokens


#: How a squeezed mark is set: a closing mark keeps the left half of its box, the next character
#: placed half an em into it; an opening mark the right half, its glyph placed half an em into the
#: character before it.
SQUEEZED_CLOSING = "closing"
SQUEEZED_OPENING = "opening"
#: A mark is squeezed only where its glyph is full-width in the face (this share of an em or more).
FULL_WIDTH_MIN_EM = 0.9


def squeeze_marks(tokens: list[Token], size: float) -> list[Token]:
    """Full-width punctuation set in half an em, as Founder's typesetting squeezes it (标点挤压).

    The glyph keeps its full-width box, so the boxes of a mark and its neighbour overlap by half an
    em; each squeezed mark is a text piece of its own (set_line), and ``pdftotext -raw``, which
    starts a new line where a piece starts inside the one before it, breaks a Founder page's raw
    text into clauses there (「……自我防护、」/「逃生、」/「自救能力，」), as it does real ones.
    A line holds more characters than with full-width marks; no extractor's text changes else.
    An opening mark right after a squeezed closing mark keeps its full width, placed where the
    closing mark's half ends (「。“」 is set in an em and a half, as Founder sets it)."""
    out: list[Token] = []
    for tok in tokens:
        closing, opening = tok.text in SQUEEZED_CLOSING_MARKS, tok.text in SQUEEZED_OPENING_MARKS
        kind = SQUEEZED_CLOSING if closing else SQUEEZED_OPENING if opening else ""
        if kind == SQUEEZED_OPENING and out and out[-1].squeezed == SQUEEZED_CLOSING:
            kind = ""
        if kind and not tok.latin and tok.width > FULL_WIDTH_MIN_EM * size:
            tok = Token(tok.text, tok.font, tok.width / 2, False, tok.part, kind)
        out.append(tok)
    return out


def _break_width(token: Token, latin_gap: float) -> float:
    return token.width + (2 * latin_gap if token.latin else 0.0)


def break_lines(
    tokens: list[Token], first_width: float, width: float, hang: bool, latin_gap: float = 0.0
) -> list[list[Token]]:
    """Greedy fill with 禁则: ``hang`` squeezes a closing mark onto the line, else the line gives up
    its last character so the mark does not start the next one."""
    lines: list[list[Token]] = []
    cur: list[Token] = []
    used = 0.0
    for tok in tokens:
        limit = first_width if not lines else width
        tw = _break_width(tok, latin_gap)
        if not cur or used + tw <= limit + FIT_EPSILON_PT:
            cur.append(tok)
            used += tw
            continue
        carry: list[Token] = []
        if tok.text[0] in NO_LINE_START:
            if hang:
                cur.append(tok)
                tok = None
            elif len(cur) > 1:
                carry = [cur.pop()]
        elif cur[-1].text[-1] in NO_LINE_END and len(cur) > 1:
            carry = [cur.pop()]
        lines.append(cur)
        cur = carry + ([tok] if tok is not None else [])
        used = sum(_break_width(t, latin_gap) for t in cur)
    if cur:
        lines.append(cur)
    return lines


def _gaps(tokens: list[Token], latin_gap: float) -> list[float]:
    """Space before each token: only where the script changes inside the line."""
    gaps = [0.0]
    for prev, tok in zip(tokens, tokens[1:], strict=False):
        gaps.append(latin_gap if prev.latin != tok.latin else 0.0)
    return gaps


def set_line(
    tokens: list[Token],
    avail: float,
    size: float,
    *,
    justify: bool = False,
    align: str = "left",
    tracking: float = 0.0,
    latin_gap: float = 0.0,
) -> SetLine:
    """Place tokens on one line; ``tracking`` (points) letter-spaces, ``justify`` fills ``avail``."""
    gaps = _gaps(tokens, latin_gap)
    natural = sum(t.width for t in tokens) + sum(gaps)
    count = sum(len(t.text) for t in tokens)
    space = tracking
    if count > 1 and (justify or natural > avail + FIT_EPSILON_PT):
        spread = (avail - natural) / (count - 1)
        if spread <= MAX_SPREAD_EM * size:
            space = spread
    segments: list[Segment] = []
    x = 0.0
    after_squeezed = False
    for tok, gap in zip(tokens, gaps, strict=True):
        x += gap
        last = segments[-1] if segments else None
        if tok.squeezed:
            # A piece of its own: its box is wider than the advance it is given.
            segments.append(Segment(x - tok.width if tok.squeezed == SQUEEZED_OPENING else x, tok.text, tok.font))
        elif last and last.font == tok.font and gap == 0.0 and not after_squeezed:
            segments[-1] = Segment(last.dx, last.text + tok.text, tok.font)
        else:
            segments.append(Segment(x, tok.text, tok.font))
        after_squeezed = bool(tok.squeezed)
        x += tok.width + space * len(tok.text)
    width = x - space if count else 0.0
    offset = {"left": 0.0, "right": avail - width, "center": (avail - width) / 2}[align]
    return SetLine(tuple(segments), space, width, max(0.0, offset))
