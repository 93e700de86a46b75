"""One article (or one 简讯 box) laid out in a rectangle of columns, with its truth read off the ink."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from banmian.eval.synth.flow import (
    FlowLine,
    balance,
    fit_prefix,
    paragraph_cut,
    printed_truth,
    wrap_piece,
)
from banmian.eval.synth.fonts import HEI
from banmian.eval.synth.head import head_block
from banmian.eval.synth.model import (
    BODY,
    BRIEF_TITLE,
    BYLINE,
    HEAD,
    JUMP_NOTE,
    PARA,
    SUBHEAD,
    TAIL,
    TRUTH_ROLES,
    ArticleSpec,
    Ink,
    Piece,
    PlacedLine,
    Shape,
)
from banmian.eval.synth.style import PageStyle
from banmian.eval.synth.text import break_lines, set_line, tokenize
from banmian.eval.synth.truth import TruthArticle

#: Space above an article's head and below its last line, in leadings.
PAD_TOP = 0.4
PAD_BOTTOM = 0.9
#: An article printing fewer body lines than this is not worth placing (a title with a stub).
MIN_BODY_LINES = 4
#: A silently cut article keeps at least this many paragraphs (fewer looks like a stub, not a story).
MIN_SILENT_PARAGRAPHS = 2
#: Photo aspect (height / width) and the most of the body height it may take.
PHOTO_ASPECT = (0.55, 0.75)
PHOTO_MAX_SHARE = 0.5
#: Photos smaller than this (points tall) are not printed.
MIN_PHOTO_PT = 50.0
#: Caption type relative to body type.
CAPTION_SCALE = 0.9
#: Share of cut articles with a jump note cut mid-paragraph (the rest end on a whole paragraph).
MID_PARAGRAPH_JUMP_SHARE = 0.5


@dataclass(slots=True)
class Placed:
    height: float
    inks: list[Ink] = field(default_factory=list)
    truths: list[TruthArticle] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Frame:
    """Where an article goes: first column, column count, top (points) and the height it may use."""

    col0: int
    span: int
    top: float
    limit: float


def _baseline(top: float, ln: FlowLine, style: PageStyle) -> float:
    return top + ln.height - (style.leading - ln.size) / 2 - 0.12 * ln.size


def _positions(
    lines: list[FlowLine],
    counts: list[int],
    frame: Frame,
    body_top: float,
    offsets: list[float],
    style: PageStyle,
) -> list[tuple[FlowLine, PlacedLine]]:
    """Each flow line at its place: ``counts[c]`` lines down column ``c``, below its offset."""
    out, i = [], 0
    for c, count in enumerate(counts):
        y = body_top + offsets[c]
        x = style.col_x(frame.col0 + c)
        for ln in lines[i : i + count]:
            out.append(
                (ln, PlacedLine(x + ln.x_off + ln.line.offset, _baseline(y, ln, style), ln.size, ln.line))
            )
            y += ln.height
        i += count
    return out


def _place_body(
    ink: Ink,
    lines: list[FlowLine],
    counts: list[int],
    frame: Frame,
    body_top: float,
    offsets: list[float],
    style: PageStyle,
) -> None:
    """Body lines go to the body group; an own-line byline goes with the head (drawn after the body
    on body-first pages, as in the reference page) unless it shares a row with the body's last line,
    which pdfium would merge it into."""
    placed = _positions(lines, counts, frame, body_top, offsets, style)
    last_body = next((p for ln, p in reversed(placed) if ln.role != BYLINE), None)
    for ln, line in placed:
        clash = last_body is not None and abs(line.y - last_body.y) < style.leading
        ink.add(HEAD if ln.role == BYLINE and not clash else BODY, line)


def _caption_lines(text: str, width: float, style: PageStyle) -> list[PlacedLine]:
    size = round(style.body_size * CAPTION_SCALE, 1)
    tokens = tokenize(text, HEI, size, style.latin_font, width)
    broken = break_lines(tokens, width, width, style.hang)
    return [
        PlacedLine(0.0, 0.0, size, set_line(t, width, size, justify=n < len(broken) - 1))
        for n, t in enumerate(broken)
    ]


def _photo(
    rng: random.Random,
    ink: Ink,
    spec: ArticleSpec,
    x: float,
    top: float,
    width: float,
    max_h: float,
    style: PageStyle,
) -> float:
    """Draw photo and caption at ``top``; returns the height used, 0 when it does not fit."""
    assert spec.photo is not None
    caption = _caption_lines(spec.photo.printed, width, style) if spec.photo.printed else []
    pitch = style.leading * CAPTION_SCALE
    rest = len(caption) * pitch + style.leading if caption else 0.0
    height = min(width * rng.uniform(*PHOTO_ASPECT), max_h - rest)
    if height < MIN_PHOTO_PT:
        return 0.0
    ink.shapes.append(Shape("photo", x, top, width, height))
    y = top + height + style.leading * 0.3
    for placed in caption:
        y += pitch
        ink.add(TAIL, PlacedLine(x + placed.line.offset, y - 0.25 * pitch, placed.size, placed.line))
    return y - top + style.leading * 0.7


def _head(
    rng: random.Random, ink: Ink, spec: ArticleSpec, frame: Frame, style: PageStyle, lead: bool
) -> float:
    lines, height = head_block(rng, style, spec.kicker, spec.title, spec.subtitle, frame.span, lead)
    x = style.col_x(frame.col0)
    top = frame.top + PAD_TOP * style.leading
    for hl in lines:
        ink.add(HEAD, PlacedLine(x + hl.placed.line.offset, top + hl.dy, hl.size, hl.placed.line))
    return PAD_TOP * style.leading + height


def _cut(
    rng: random.Random,
    spec: ArticleSpec,
    lines: list[FlowLine],
    offsets: list[float],
    limit: float,
    style: PageStyle,
) -> tuple[list[FlowLine], bool]:
    """The printed lines of an article too long for its frame, and whether a jump note ends them."""
    count = fit_prefix(lines, offsets, limit)
    if spec.jump_text is None:
        return lines[: paragraph_cut(lines, count)], False
    jump = wrap_piece(Piece(JUMP_NOTE, spec.jump_text), style, 0, len(spec.pieces))
    if rng.random() >= MID_PARAGRAPH_JUMP_SHARE:
        count = paragraph_cut(lines, count)
    while count > 0 and (
        balance(lines[:count] + jump, offsets, limit) is None or lines[count - 1].role in (SUBHEAD, BYLINE)
    ):
        count -= 1
    return lines[:count] + jump, True


def _too_short(spec: ArticleSpec, printed: list[FlowLine], jumped: bool) -> bool:
    """A silently cut article must keep MIN_SILENT_PARAGRAPHS paragraphs, or it reads as a stub."""
    total = sum(p.role == PARA for p in spec.pieces)
    kept = len({ln.piece for ln in printed if ln.role == PARA})
    return not jumped and kept < min(MIN_SILENT_PARAGRAPHS, total)


def _truth(spec: ArticleSpec, printed: list[FlowLine], jumped: bool, photo_printed: bool) -> TruthArticle:
    texts = printed_truth(printed)
    keys = [(0, i) for i, p in enumerate(spec.pieces) if p.role in TRUTH_ROLES and (0, i) in texts]
    byline = spec.byline
    return TruthArticle(
        kind=spec.kind,
        kicker=spec.kicker,
        title=spec.title,
        subtitle=spec.subtitle,
        byline=byline.text if byline else None,
        authors=byline.authors if byline else (),
        paragraphs=tuple(texts[k] for k in keys),
        subheadings=tuple(texts[k] for k in keys if spec.pieces[k[1]].role == SUBHEAD),
        captions=(spec.photo.printed,) if photo_printed and spec.photo and spec.photo.printed else (),
        continued_to=spec.jump_to if jumped else None,
        continued_from=spec.continued_from,
    )


def place_article(
    rng: random.Random, style: PageStyle, spec: ArticleSpec, frame: Frame, lead: bool = False
) -> Placed | None:
    ink = Ink()
    head_h = _head(rng, ink, spec, frame, style, lead)
    body_top = frame.top + head_h
    limit = frame.limit - head_h - PAD_BOTTOM * style.leading
    offsets = [0.0] * frame.span
    photo_printed = False
    if spec.photo:
        cover = frame.span if frame.span < 3 else rng.randint(frame.span - 1, frame.span)
        first = rng.choice((0, frame.span - cover))
        x = style.col_x(frame.col0 + first)
        used = _photo(rng, ink, spec, x, body_top, style.span_width(cover), limit * PHOTO_MAX_SHARE, style)
        photo_printed = used > 0
        for c in range(first, first + cover):
            offsets[c] = used
    lines = [
        ln
        for i, p in enumerate(spec.pieces)
        for ln in wrap_piece(p, style, 0, i, rng.choice(("center", "left")))
    ]
    fitted = balance(lines, offsets, limit)
    jumped = False
    if fitted is None:
        lines, jumped = _cut(rng, spec, lines, offsets, limit, style)
        fitted = balance(lines, offsets, limit)
    if fitted is None or sum(ln.role == PARA for ln in lines) < MIN_BODY_LINES:
        return None
    if _too_short(spec, lines, jumped):
        return None
    column_h, counts = fitted
    _place_body(ink, lines, counts, frame, body_top, offsets, style)
    height = head_h + column_h + PAD_BOTTOM * style.leading
    if spec.boxed:
        ink.shapes.append(_frame_box(style, frame, height))
    return Placed(height, [ink], [_truth(spec, lines, jumped, photo_printed)])


def place_photo_news(rng: random.Random, style: PageStyle, spec: ArticleSpec, frame: Frame) -> Placed | None:
    ink = Ink()
    head_h = _head(rng, ink, spec, frame, style, False)
    width = style.span_width(frame.span)
    used = _photo(
        rng,
        ink,
        spec,
        style.col_x(frame.col0),
        frame.top + head_h,
        width,
        frame.limit - head_h - PAD_BOTTOM * style.leading,
        style,
    )
    if not used:
        return None
    return Placed(head_h + used + PAD_BOTTOM * style.leading, [ink], [_truth(spec, [], False, True)])


def place_briefs(
    rng: random.Random, style: PageStyle, specs: list[ArticleSpec], frame: Frame
) -> Placed | None:
    """A 简讯 box: the label, then each brief (optional title, one paragraph ending in its authors)."""
    while specs:
        label = Ink()
        head_h = _head(
            rng, label, ArticleSpec("brief", rng.choice(("简讯", "简  讯")), ()), frame, style, False
        )
        inks = [Ink() for _ in specs]
        lines = []
        for owner, spec in enumerate(specs):
            if spec.title:
                lines += wrap_piece(Piece(BRIEF_TITLE, spec.title), style, owner, -1)
            lines += wrap_piece(spec.pieces[0], style, owner, 0)
        offsets = [0.0] * frame.span
        fitted = balance(lines, offsets, frame.limit - head_h - PAD_BOTTOM * style.leading)
        if fitted is None:
            specs = specs[:-1]
            continue
        column_h, counts = fitted
        _stack_briefs(inks, lines, counts, frame, frame.top + head_h, style)
        height = head_h + column_h + PAD_BOTTOM * style.leading
        label.shapes.append(_frame_box(style, frame, height))
        truths = [_brief_truth(spec, [ln for ln in lines if ln.owner == o]) for o, spec in enumerate(specs)]
        return Placed(height, [label, *inks], truths)
    return None


def _stack_briefs(
    inks: list[Ink], lines: list[FlowLine], counts: list[int], frame: Frame, body_top: float, style: PageStyle
) -> None:
    """Each brief's lines into its own ink, so the drawing order can treat briefs as articles; a brief's
    title stays in the body group, as pdfium merges a title drawn late into a neighbouring row."""
    for ln, line in _positions(lines, counts, frame, body_top, [0.0] * frame.span, style):
        inks[ln.owner].add(BODY, line)


def _brief_truth(spec: ArticleSpec, lines: list[FlowLine]) -> TruthArticle:
    text = "".join(ln.truth for ln in lines if ln.role == PARA)
    byline = spec.byline
    assert byline is not None
    return TruthArticle(
        "brief", None, spec.title, None, byline.text, byline.authors, (text,), (), (), None, None
    )


def _frame_box(style: PageStyle, frame: Frame, height: float) -> Shape:
    """The box drawn around a boxed article or a 简讯 box: a third of a gutter outside its columns."""
    pad = style.gutter / 3
    return Shape(
        "box",
        style.col_x(frame.col0) - pad,
        frame.top,
        style.span_width(frame.span) + 2 * pad,
        height - style.leading * 0.4,
    )
