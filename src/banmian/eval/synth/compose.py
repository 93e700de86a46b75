"""Composing a whole page: furniture, banners, bands of article rectangles, and the page's truth.

The type area is cut into 2–4 horizontal bands; each band into blocks spanning 1–4 columns; each
block is filled top-down with articles (news, commentary, photo news, a notice, a 简讯 box), each
taking the height its balanced columns need, until the block is full.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field, replace
from typing import Any

from banmian.eval.synth import content
from banmian.eval.synth.article import Frame, Placed, place_article, place_briefs, place_photo_news
from banmian.eval.synth.content import PageContext
from banmian.eval.synth.corpus import SourceArticle
from banmian.eval.synth.furniture import Furniture, banner, header, masthead
from banmian.eval.synth.model import Ink, Shape
from banmian.eval.synth.notices import notice
from banmian.eval.synth.style import PageStyle, choose_style
from banmian.eval.synth.truth import PageInfo, PageTruth, TruthArticle

#: Page kinds: front pages with a masthead, inner pages with a header line, bare pages with neither.
PAGE_KINDS = {"front": 3, "inner": 5, "bare": 2}
#: Article kinds filling a slot, with weights and the most one page may hold.
SLOT_KINDS = {"news": (60, 99), "commentary": (6, 1), "photo": (7, 2), "notice": (5, 1), "briefs": (7, 1)}
#: A block keeps taking articles while at least this many body lines of room are left.
MIN_SLOT_LINES = 12
#: Share of cut articles that get a jump note, on front pages and on inner pages.
JUMP_SHARE = {"front": 0.6, "inner": 0.15, "bare": 0.3}
#: Share of inner/bare pages that open with the continuation of an earlier page's article.
CONTINUATION_SHARE = 0.35
#: A continued article needs paragraphs left after the 1–3 "printed on the earlier page".
CONTINUATION_MIN_PARAGRAPHS = 5
#: Share of pages with a banner across the top, and with one between two bands.
TOP_BANNER_SHARE = 0.35
MID_BANNER_SHARE = 0.2
#: Tries to find a corpus article meeting a slot's needs before giving up on the slot.
PICK_TRIES = 40
#: Pages a paper has: mastheads print 今日八版 etc.
PAPER_PAGES = (4, 8, 12, 16)


@dataclass(slots=True)
class PageState:
    rng: random.Random
    style: PageStyle
    corpus: tuple[SourceArticle, ...]
    ctx: PageContext
    kind: str
    used: set[int] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)
    notice_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Composed:
    style: PageStyle
    furniture: list[Ink]
    articles: list[Ink]
    shapes: list[Shape]
    truth: PageTruth
    layout: dict[str, Any]


def _pick(state: PageState, ok: Any = None) -> SourceArticle | None:
    for _ in range(PICK_TRIES):
        i = state.rng.randrange(len(state.corpus))
        if i not in state.used and (ok is None or ok(state.corpus[i])):
            state.used.add(i)
            return state.corpus[i]
    return None


def _slot_kind(state: PageState, frame: Frame) -> str:
    kinds = [k for k, (_, most) in SLOT_KINDS.items() if state.counts.get(k, 0) < most]
    if frame.span > 2 and "briefs" in kinds:
        kinds.remove("briefs")
    return state.rng.choices(kinds, weights=[SLOT_KINDS[k][0] for k in kinds])[0]


def _briefs(state: PageState, frame: Frame) -> Placed | None:
    specs = []
    titled = state.rng.random() < 0.5
    for _ in range(state.rng.randint(2, 4)):
        src = _pick(state)
        spec = content.brief(state.rng, src, state.ctx, titled) if src else None
        if spec:
            specs.append(spec)
    return place_briefs(state.rng, state.style, specs, frame) if specs else None


def _fill_slot(state: PageState, frame: Frame, kind: str, lead: bool) -> Placed | None:
    rng, style, ctx = state.rng, state.style, state.ctx
    if kind == "briefs":
        return _briefs(state, frame)
    if kind == "notice":
        spec, date = notice(rng, ctx)
        placed = place_article(rng, style, spec, frame)
        state.notice_date = date if placed else state.notice_date
        return placed
    long_enough = (
        None if kind != "continuation" else (lambda a: len(a.paragraphs) >= CONTINUATION_MIN_PARAGRAPHS)
    )
    src = _pick(state, long_enough)
    if src is None:
        return None
    if kind == "photo":
        return place_photo_news(rng, style, content.photo_news(rng, src), frame)
    if kind == "commentary":
        return place_article(rng, style, content.commentary(rng, src, ctx), frame)
    if kind == "continuation":
        return place_article(rng, style, content.continuation(rng, src, ctx), frame)
    return place_article(rng, style, content.news(rng, src, ctx, JUMP_SHARE[state.kind]), frame, lead)


def fill_block(state: PageState, frame: Frame, first_kind: str | None, lead: bool) -> list[Placed]:
    placed: list[Placed] = []
    y, bottom = frame.top, frame.top + frame.limit
    while bottom - y >= MIN_SLOT_LINES * state.style.leading:
        slot = Frame(frame.col0, frame.span, y, bottom - y)
        kind = first_kind if first_kind and not placed else _slot_kind(state, slot)
        got = _fill_slot(state, slot, kind, lead and not placed)
        if got is None:
            got = _fill_slot(state, slot, "news", False)
        if got is None:
            break
        state.counts[kind] = state.counts.get(kind, 0) + 1
        placed.append(got)
        y += got.height
    return placed


def _partition(rng: random.Random, ncols: int) -> list[int]:
    spans: list[int] = []
    while sum(spans) < ncols:
        left = ncols - sum(spans)
        spans.append(rng.choice([s for s in (1, 2, 2, 3, 3, 4) if s <= left] or [left]))
    rng.shuffle(spans)
    return spans


def _furniture(state: PageState) -> Furniture | None:
    rng, style, ctx = state.rng, state.style, state.ctx
    if state.kind == "front":
        return masthead(rng, style, ctx.date, rng.choice(PAPER_PAGES))
    if state.kind == "inner":
        return header(rng, style, ctx.date, ctx.number)
    return None


def _bands(state: PageState, top: float, bottom: float) -> list[tuple[float, float]]:
    rng = state.rng
    count = rng.randint(2, 3 if state.style.format == "tabloid" else 4)
    weights = [rng.uniform(0.7, 1.3) for _ in range(count)]
    total = bottom - top
    out, y = [], top
    for w in weights:
        h = total * w / sum(weights)
        out.append((y, h))
        y += h
    return out


def compose_page(rng: random.Random, corpus: tuple[SourceArticle, ...], squeeze_objects: bool = False) -> Composed:
    """``squeeze_objects``: body text squeezes its punctuation as Founder's typesetting does
    (eval.synth.text.squeeze_marks); the page holds the articles the same RNG places without it,
    though a line holding more characters may fit more of a text that has to be cut."""
    style = choose_style(rng)
    if squeeze_objects:
        style = replace(style, squeeze_objects=True)
    kind = rng.choices(list(PAGE_KINDS), weights=list(PAGE_KINDS.values()))[0]
    number = 1 if kind == "front" else rng.randint(2, 16)
    ctx = PageContext(dt.date(2019, 10, rng.randint(1, 31)), number, rng.random() < 0.6)
    state = PageState(rng, style, corpus, ctx, kind)
    furniture = _furniture(state)
    inks, banners, shapes = ([furniture.ink] if furniture else []), [], []
    y = style.margin + (furniture.height if furniture else 0.0)
    bottom = style.height - style.margin
    if rng.random() < TOP_BANNER_SHARE * (1.7 if kind == "front" else 1.0):
        ink, text, h = banner(rng, style, y)
        inks.append(ink)
        banners.append(text)
        y += h
    placed: list[Placed] = []
    bands = _bands(state, y, bottom)
    mid_banner = rng.randrange(1, len(bands)) if rng.random() < MID_BANNER_SHARE else None
    for b, (top, height) in enumerate(bands):
        if b == mid_banner:
            ink, text, h = banner(rng, style, top)
            inks.append(ink)
            banners.append(text)
            top, height = top + h, height - h
        if b:
            shapes.append(Shape("rule", style.margin, top, style.width - 2 * style.margin, 0))
        spans = _partition(rng, style.ncols)
        col = 0
        for n, span in enumerate(spans):
            first = (
                "continuation"
                if b == 0 and n == 0 and kind != "front" and rng.random() < CONTINUATION_SHARE
                else None
            )
            lead = kind == "front" and b == 0 and span == max(spans)
            placed += fill_block(state, Frame(col, span, top + 4, height - 4), first, lead)
            col += span
            if col < style.ncols:
                gx = style.col_x(col) - style.gutter / 2
                shapes.append(Shape("rule", gx, top + 6, 0, height - 12))
    truth = _truth(state, furniture, banners, [t for p in placed for t in p.truths])
    layout = {**style.describe(), "page_kind": kind, "bands": len(bands), "articles": len(truth.articles)}
    return Composed(style, inks, [ink for p in placed for ink in p.inks], shapes, truth, layout)


def _truth(
    state: PageState, furniture: Furniture | None, banners: list[str], articles: list[TruthArticle]
) -> PageTruth:
    info = furniture.info if furniture else PageInfo()
    if furniture is None and state.notice_date is not None:
        info = PageInfo(date=state.notice_date.isoformat())
    return PageTruth(info, tuple(banners), tuple(articles))
