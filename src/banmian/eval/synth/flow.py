"""Body text: wrapping pieces into column lines and pouring them into balanced columns.

Columns of one article end at the same height (balanced), as on a real page; a photo at the top
shortens the columns it covers. When the text does not fit, the article is cut: at a paragraph
boundary when nothing is said, or anywhere with a （下转第N版） jump note on the last line.
"""

from __future__ import annotations

from dataclasses import dataclass

from banmian.eval.synth.fonts import HEI, MING
from banmian.eval.synth.model import (
    BRIEF_TITLE,
    BYLINE,
    FROM_NOTE,
    JUMP_NOTE,
    PARA,
    SIGN,
    SUBHEAD,
    TRUTH_ROLES,
    Piece,
)
from banmian.eval.synth.style import PageStyle
from banmian.eval.synth.text import SetLine, Token, break_lines, set_line, squeeze_marks, tokenize

#: Sub-headings are set a little larger than body, with this much extra space above (in leadings).
SUBHEAD_SCALE = 1.1
SUBHEAD_SPACE_ABOVE = 0.5
#: Balancing stops when the column height is known to this precision (points).
BALANCE_PRECISION_PT = 0.5
#: Indent of a paragraph's first line, in characters (两字缩进).
INDENT_CHARS = 2


@dataclass(frozen=True, slots=True)
class FlowLine:
    line: SetLine
    size: float
    height: float
    x_off: float
    owner: int
    piece: int
    role: str
    truth: str
    last: bool
    grey: float = 0.0


def _para_tokens(piece: Piece, style: PageStyle, width: float) -> list[Token]:
    size, latin = style.body_size, style.latin_font
    tokens = (
        tokenize("\u3000" * INDENT_CHARS, MING, size, None, width, part="indent")
        if style.literal_indent
        else []
    )
    if piece.prefix:
        tokens += tokenize(piece.prefix, HEI, size, latin, width, part="byline")
    tokens += tokenize(piece.text, MING, size, latin, width)
    if piece.suffix:
        tokens += tokenize(piece.suffix, MING, size, latin, width, part="byline")
    return squeeze_marks(tokens, size) if style.squeeze_objects else tokens


def _lines(
    tokens_lines: list[list[Token]],
    style: PageStyle,
    size: float,
    pitch: float,
    first_off: float,
    justify: bool,
    align: str,
    owner: int,
    index: int,
    role: str,
) -> list[FlowLine]:
    width = style.col_width
    out = []
    for n, tokens in enumerate(tokens_lines):
        off = first_off if n == 0 else 0.0
        last = n == len(tokens_lines) - 1
        line = set_line(
            tokens, width - off, size, justify=justify and not last, align=align, latin_gap=style.latin_gap
        )
        truth = "".join(t.text for t in tokens if t.part == "body")
        out.append(FlowLine(line, size, pitch, off, owner, index, role, truth, last))
    return out


def wrap_piece(
    piece: Piece, style: PageStyle, owner: int, index: int, sub_align: str = "center"
) -> list[FlowLine]:
    """A piece as column lines; the first line of a sub-heading carries the space above it."""
    width, size, lead = style.col_width, style.body_size, style.leading
    if piece.role == PARA:
        off = 0.0 if style.literal_indent else INDENT_CHARS * size
        tokens = _para_tokens(piece, style, width)
        broken = break_lines(tokens, width - off, width, style.hang, style.latin_gap)
        return _lines(broken, style, size, lead, off, True, "left", owner, index, PARA)
    font, scale, align = {
        SUBHEAD: (HEI, SUBHEAD_SCALE, sub_align),
        BRIEF_TITLE: (HEI, SUBHEAD_SCALE, "left"),
        BYLINE: (HEI, 1.0, "left"),
        SIGN: (MING, 1.0, "right"),
        FROM_NOTE: (MING, 1.0, "left"),
        JUMP_NOTE: (MING, 1.0, "right"),
    }[piece.role]
    size = round(size * scale, 1)
    tokens = tokenize(piece.text, font, size, style.latin_font if font == MING else None, width)
    broken = break_lines(tokens, width, width, style.hang, style.latin_gap)
    lines = _lines(broken, style, size, lead * scale, 0.0, False, align, owner, index, piece.role)
    if piece.role == SUBHEAD:
        first = lines[0]
        lines[0] = FlowLine(
            first.line,
            first.size,
            first.height + lead * SUBHEAD_SPACE_ABOVE,
            first.x_off,
            owner,
            index,
            SUBHEAD,
            first.truth,
            first.last,
        )
    return lines


#: Roles that must not end a column (a heading or byline is kept with the line after it).
KEEP_WITH_NEXT = frozenset({SUBHEAD, BRIEF_TITLE, BYLINE, FROM_NOTE})


def pour(lines: list[FlowLine], caps: list[float]) -> list[int] | None:
    """Lines per column when filling columns in turn up to their capacities; None if they overflow."""
    counts, i = [], 0
    for cap in caps:
        used, n = 0.0, 0
        while i < len(lines) and used + lines[i].height <= cap + 1e-6:
            if (
                lines[i].role in KEEP_WITH_NEXT
                and i + 1 < len(lines)
                and (used + lines[i].height + lines[i + 1].height > cap + 1e-6)
            ):
                break
            used += lines[i].height
            i += 1
            n += 1
        counts.append(n)
    return counts if i == len(lines) else None


def balance(lines: list[FlowLine], offsets: list[float], limit: float) -> tuple[float, list[int]] | None:
    """The shortest common column bottom (points below the body top) that holds every line, with the
    lines per column; None when even ``limit`` is not enough."""
    if pour(lines, [limit - o for o in offsets]) is None:
        return None
    low, high = max(offsets), limit
    while high - low > BALANCE_PRECISION_PT:
        mid = (low + high) / 2
        if pour(lines, [mid - o for o in offsets]) is None:
            low = mid
        else:
            high = mid
    counts = pour(lines, [high - o for o in offsets])
    assert counts is not None
    return high, counts


def fit_prefix(lines: list[FlowLine], offsets: list[float], limit: float) -> int:
    """How many leading lines fit in the columns at most ``limit`` points tall."""
    low, high = 0, len(lines)
    while low < high:
        mid = (low + high + 1) // 2
        if pour(lines[:mid], [limit - o for o in offsets]) is None:
            high = mid - 1
        else:
            low = mid
    return low


def paragraph_cut(lines: list[FlowLine], count: int) -> int:
    """Shorten a cut to the end of the last complete truth paragraph, never leaving a heading last."""
    while count > 0 and not (lines[count - 1].last and lines[count - 1].role in (PARA, SIGN)):
        count -= 1
    return count


def printed_truth(lines: list[FlowLine]) -> dict[tuple[int, int], str]:
    """(owner, piece) → the printed characters of every truth piece with at least one printed line."""
    out: dict[tuple[int, int], str] = {}
    for ln in lines:
        if ln.role in TRUTH_ROLES:
            key = (ln.owner, ln.piece)
            out[key] = out.get(key, "") + ln.truth
    return out
