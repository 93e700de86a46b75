"""Grouping a page's lines into articles and building the model objects, with a box on each.

* Every body line and photo belongs to the lowest head stack above it that heads its columns and
  that no rule separates from it (``ownership``); lines no stack heads form one headless article
  per cell (``blocks.cell_of``).
* A stack that gets neither body lines nor a photo is a banner (a slogan across the page), and so
  is a stack with vertical rules starting right under its middle (it spans several articles).
* Inside an article: captions are the lines on, under or beside a photo set in other type than
  the body (smaller, or another face; see ``captions``); bylines on their own line and jump notes are taken out; the rest is
  read column by column, left to right, and cut into paragraphs (``paragraphs``).
* A cell headed 简讯 holds briefs: each paragraph is one brief, with the heavy line above it as
  its title and the bracketed names closing it as its authors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from banmian.fields.byline import leading_byline, standalone_byline
from banmian.fields.jump import find_jump, is_jump_line
from banmian.fields.spacing import collapse_heading_spacing, collapse_spacing
from banmian.fields.trailingcredits import trailing_authors
from banmian.model import Article, ArticleKind, BBox, JumpNote, Paragraph, ParagraphRole, Provenance, TextItem
from banmian.pdf.blocks import PageGeometry, Stack, cell_of
from banmian.pdf.captions import caption_runs
from banmian.pdf.chars import PdfShape
from banmian.pdf.lines import PdfLine
from banmian.pdf.ownership import headline_under, owner, territories
from banmian.pdf.paragraphs import Para, split_paragraphs

#: Vertical rules starting within this many body ems under a stack, inside its width, make it a banner.
BANNER_RULE_EM = 4.0
#: Confidence of an article with a headline, and of a headless one (a run of text with no title).
TITLED_CONFIDENCE = 0.9
HEADLESS_CONFIDENCE = 0.6

#: Usual kicker and subtitle sizes (ratio to body type), and how near (in body ems) counts as "at".
KICKER_RATIO = 1.3
SUBTITLE_RATIO = 1.2
DISPLAY_RATIO_TOLERANCE = 0.01

_BRIEFS_LABEL = re.compile(r"^(?:简讯|短讯|快讯|要闻简报|新闻简报|动态)$")
_NOTICE_TITLE = re.compile(r"(?:公告|通告|通知|启事|公示|声明|通报)$")


@dataclass(slots=True)
class _Group:
    stack: Stack | None
    lines: list[PdfLine] = field(default_factory=list)
    areas: list[PdfShape] = field(default_factory=list)


def _box(x0: float, y0: float, x1: float, y1: float) -> BBox:
    return BBox(round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))


def line_box(lines: Sequence[PdfLine]) -> BBox:
    return _box(min(ln.x0 for ln in lines), min(ln.y0 for ln in lines), max(ln.x1 for ln in lines), max(ln.y1 for ln in lines))


def item(text: str, lines: Sequence[PdfLine], page: int, confidence: float = 1.0) -> TextItem:
    return TextItem(text, Provenance(page_index=page, bbox=line_box(lines)), confidence)


def build_articles(geo: PageGeometry, page: int) -> tuple[list[Article], list[TextItem], list[TextItem]]:
    """Articles, banners and unplaced text of one page."""
    terrs = territories(geo)
    owned = {id(t): _Group(t.stack) for t in terrs}
    headless: dict[object, _Group] = {}

    def group_of(x0: float, y0: float, x1: float, y1: float, photo: bool = False) -> _Group:
        t = owner(geo, terrs, x0, y0, x1, y1)
        if t is None and photo:
            t = headline_under(geo, terrs, x0, y0, x1, y1)
        if t is not None:
            return owned[id(t)]
        key = cell_of(geo, x0, y0, x1, y1)
        return headless.setdefault(key, _Group(None))

    stacked = {ln for st in geo.stacks for ln in st.lines}
    for ln in geo.lines:
        if ln not in stacked:
            group_of(ln.x0, ln.y0, ln.x1, ln.y1).lines.append(ln)
    for s in geo.shapes:
        if s.kind == "area":
            group_of(s.x0, s.y0, s.x1, s.y1, photo=True).areas.append(s)
    articles: list[Article] = []
    banners: list[TextItem] = []
    unplaced: list[TextItem] = []
    ordered = sorted(
        [*owned.values(), *headless.values()],
        key=lambda g: _group_top(g),
    )
    ordered = [part for g in ordered for part in _split_photos(geo, g)]
    for g in ordered:
        if g.stack is not None and (not g.lines and not g.areas or _is_banner(geo, g.stack)):
            banners.append(item(_stack_text(g.stack.lines), g.stack.lines, page))
            if g.lines:
                g.stack = None
            else:
                continue
        if not g.lines and not g.areas:
            continue
        if g.stack is not None and _BRIEFS_LABEL.match(_stack_text(g.stack.lines).replace(" ", "")):
            articles += _briefs(geo, g, page)
        else:
            built = _article(geo, g, page)
            if built is not None:
                articles.append(built)
            elif g.lines:
                unplaced.append(item(collapse_spacing("".join(ln.text for ln in g.lines)), g.lines, page, 0.3))
    articles = [_numbered(a, i + 1) for i, a in enumerate(articles)]
    return articles, banners, unplaced


def _split_photos(geo: PageGeometry, g: _Group) -> list[_Group]:
    """A photo under the whole text of an article (with only its caption below it) is a photo news
    item of its own, not a picture of the article above it."""
    out = [g]
    for a in list(g.areas):
        above = [ln for ln in g.lines if ln.y1 <= a.y0 + 1.0]
        below = [ln for ln in g.lines if ln.y0 >= a.y1 - 1.0]
        if not above or len(above) + len(below) != len(g.lines) or not any(ln.size >= geo.body_size * 0.97 for ln in above):
            continue
        g.areas.remove(a)
        g.lines = above
        out.append(_Group(None, below, [a]))
    areas = sorted(g.areas, key=lambda a: a.y0)
    for prev, a in zip(areas, areas[1:], strict=False):
        if a.y0 > prev.y1 and min(a.x1, prev.x1) > max(a.x0, prev.x0):
            # Photos stacked one under the other, each with its caption: separate items.
            below = [ln for ln in g.lines if ln.y0 >= a.y1 - 1.0]
            g.areas.remove(a)
            g.lines = [ln for ln in g.lines if ln not in below]
            out.append(_Group(None, below, [a]))
    return out


def _group_top(g: _Group) -> tuple[float, float]:
    if g.stack is not None:
        return (round(g.stack.y0 / 20), g.stack.x0)
    ys = [ln.y0 for ln in g.lines] + [a.y0 for a in g.areas]
    xs = [ln.x0 for ln in g.lines] + [a.x0 for a in g.areas]
    return (round(min(ys) / 20), min(xs))


def _numbered(a: Article, n: int) -> Article:
    from dataclasses import replace

    return replace(a, id=f"a{n}")


def _is_banner(geo: PageGeometry, st: Stack) -> bool:
    em = geo.body_size
    for s in geo.shapes:
        if s.kind == "vrule" and st.y1 - 2 <= s.y0 <= st.y1 + BANNER_RULE_EM * em and st.x0 + 2 * em < s.x0 < st.x1 - 2 * em:
            return True
    return False


def _stack_text(lines: Sequence[PdfLine]) -> str:
    return "".join(collapse_heading_spacing(ln.text) for ln in lines)


def _segments(lines: list[PdfLine]) -> list[list[PdfLine]]:
    """Consecutive lines of one size (and one weight) from the top of a stack down."""
    out: list[list[PdfLine]] = []
    for ln in lines:
        last = out[-1][-1] if out else None
        same = last is not None and abs(ln.size - last.size) <= 0.03 * last.size and ln.bold == last.bold
        if same and last is not None and not last.text.rstrip().endswith("——"):
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _near(size: float, body: float, ratio: float) -> bool:
    return abs(size - body * ratio) <= DISPLAY_RATIO_TOLERANCE * body


def _title_of_two(top: PdfLine, bottom: PdfLine, body: float, default: int) -> int:
    """0 when the top part is the title (the bottom a subtitle), 1 when the bottom one is."""
    if bottom.text.lstrip().startswith("—"):
        return 0
    if top.text.rstrip().endswith(("——", "：", ":")):
        return 1
    if top.bold != bottom.bold:
        return 0 if top.bold else 1
    kicker_like = _near(top.size, body, KICKER_RATIO)
    sub_like = _near(bottom.size, body, SUBTITLE_RATIO)
    if kicker_like and not sub_like:
        return 1
    if sub_like and not kicker_like:
        return 0
    return default


def _split_stack(st: Stack, body: float, page: int) -> tuple[TextItem | None, TextItem | None, TextItem | None]:
    """Kicker, title and subtitle. The title is in heavy type and usually the largest; a title shrunk
    to fit its column can be smaller than its kicker, so with two parts the weight, a leading ——
    and the house sizes of kickers and subtitles decide first (see ``_title_of_two``)."""
    segs = _segments(sorted(st.lines, key=lambda ln: ln.y0))
    sizes = [seg[0].size for seg in segs]
    t = max(range(len(segs)), key=lambda i: (sizes[i], segs[i][0].bold))
    if len(segs) == 2:
        t = _title_of_two(segs[0][0], segs[1][0], body, t)
    elif len(segs) == 3:
        t = 1
    kicker = [ln for seg in segs[:t] for ln in seg]
    title = segs[t]
    subtitle = [ln for seg in segs[t + 1 :] for ln in seg]

    def make(part: list[PdfLine]) -> TextItem | None:
        return item(_stack_text(part), part, page) if part else None

    return make(kicker), make(title), make(subtitle)


def _captions(geo: PageGeometry, g: _Group, page: int) -> tuple[list[TextItem], set[PdfLine]]:
    runs = caption_runs(geo, g.lines, g.areas, g.stack)
    items = [item(collapse_spacing("".join(ln.text for ln in run)), run, page) for run in runs]
    return items, {ln for run in runs for ln in run}


def _article(geo: PageGeometry, g: _Group, page: int) -> Article | None:
    kicker = title = subtitle = None
    if g.stack is not None:
        kicker, title, subtitle = _split_stack(g.stack, geo.body_size, page)
    captions, used = _captions(geo, g, page)
    rest = [ln for ln in g.lines if ln not in used]
    paras, jumps, byline_lines = split_paragraphs(geo, rest)
    byline_text, authors = None, ()
    byline_box: list[PdfLine] = list(byline_lines)
    if byline_lines:
        ordered = sorted(byline_lines, key=lambda ln: (ln.y0, ln.x0))
        b = standalone_byline("  ".join(ln.text for ln in ordered))
        parts = [b] if b is not None else [standalone_byline(ln.text) for ln in ordered]
        for b in parts:
            if b is not None:
                byline_text = b.text if byline_text is None else f"{byline_text} {b.text}"
                authors = tuple(dict.fromkeys((*authors, *b.authors)))
    paragraphs: list[Paragraph] = []
    for n, p in enumerate(paras):
        text = p.text
        if n == 0 and p.role is ParagraphRole.BODY and byline_text is None:
            lead = leading_byline(text)
            if lead is not None and (lead.authors or lead.agency) and lead.end < len(text):
                byline_text, authors = lead.text, lead.authors
                byline_box = [p.lines[0]]
                text = text[lead.end :]
        text = collapse_spacing(text)
        if text:
            paragraphs.append(Paragraph(text, p.role, Provenance(page_index=page, bbox=line_box(p.lines)), p.confidence))
    byline = item(byline_text, byline_box, page) if byline_text and byline_box else None
    notes = [JumpNote(j.text, j.direction, j.page_number, Provenance(page_index=page, bbox=line_box([ln]))) for j, ln in jumps]
    if not paragraphs and not captions and title is None:
        return None
    parts = [*g.lines, *(g.stack.lines if g.stack else ())]
    box = line_box(parts) if parts else None
    for a in g.areas:
        shape_box = _box(a.x0, a.y0, a.x1, a.y1)
        box = shape_box if box is None else box.union(shape_box)
    kind = _kind(title, byline_text, paragraphs, captions)
    return Article(
        id="",
        kind=kind,
        kicker=kicker,
        title=title,
        subtitle=subtitle,
        byline=byline,
        authors=authors,
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        jumps=tuple(notes),
        confidence=TITLED_CONFIDENCE if title is not None else HEADLESS_CONFIDENCE,
        provenance=Provenance(page_index=page, bbox=box),
    )


def _kind(title: TextItem | None, byline: str | None, paragraphs: Sequence[Paragraph], captions: Sequence[TextItem]) -> ArticleKind:
    if byline and "评论员" in byline:
        return ArticleKind.COMMENTARY
    if not paragraphs and captions:
        return ArticleKind.PHOTO
    if title is not None and _NOTICE_TITLE.search(title.text):
        return ArticleKind.NOTICE
    return ArticleKind.ARTICLE


def _attach_author_lines(paras: list[Para]) -> list[Para]:
    """A brief's bracketed authors pushed onto a line of their own (set flush right, so read as a
    paragraph of its own) close the brief before them."""
    out: list[Para] = []
    for p in paras:
        tail = trailing_authors(p.text.strip())
        prev = out[-1] if out else None
        if (
            tail is not None
            and tail.start == 0
            and prev is not None
            and p.role is prev.role is ParagraphRole.BODY
            and trailing_authors(prev.text) is None
        ):
            out[-1] = Para(f"{prev.text} {p.text.strip()}", prev.role, (*prev.lines, *p.lines), prev.confidence)
        else:
            out.append(p)
    return out


def _briefs(geo: PageGeometry, g: _Group, page: int) -> list[Article]:
    """One article per paragraph of a 简讯 box, each with the heavy title line above it."""
    paras, _jumps, _bylines = split_paragraphs(geo, g.lines, subheads=True)
    paras = _attach_author_lines(paras)
    out: list[Article] = []
    pending: list[Para] = []
    for p in paras:
        if p.role is ParagraphRole.SUBHEADING:
            pending.append(p)
            continue
        text = p.text
        byline = None
        authors: tuple[str, ...] = ()
        tail = trailing_authors(text)
        if tail is None:
            # Names broken over two lines: the line end is the gap between them.
            spaced = " ".join(ln.text for ln in p.lines)
            tail = trailing_authors(spaced)
            text = spaced if tail is not None else text
        if tail is not None:
            byline = item(collapse_heading_spacing(text[tail.start : tail.end]), [p.lines[-1]], page)
            authors = tail.authors
            text = text[: tail.start]
        text = collapse_spacing(text)
        title = item("".join(collapse_heading_spacing(t.text) for t in pending), [ln for t in pending for ln in t.lines], page) if pending else None
        lines = [*(ln for t in pending for ln in t.lines), *p.lines]
        pending = []
        jump = find_jump(text)
        out.append(
            Article(
                id="",
                kind=ArticleKind.BRIEF,
                title=title,
                byline=byline,
                authors=authors,
                paragraphs=(Paragraph(text, ParagraphRole.BODY, Provenance(page_index=page, bbox=line_box(p.lines))),),
                jumps=() if jump is None else (JumpNote(jump.text, jump.direction, jump.page_number),),
                confidence=TITLED_CONFIDENCE,
                provenance=Provenance(page_index=page, bbox=line_box(lines)),
            )
        )
    return out


__all__ = ["build_articles", "is_jump_line", "item", "line_box"]
