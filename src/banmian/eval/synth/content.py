"""Choosing what an article says: corpus texts dressed as news, commentary, photo news and briefs.

Everything here is content; where and how it is printed is decided by the layout.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

from banmian.eval.synth.bylines import LINE, TAIL, make_byline, photo_credit, pick_article_form
from banmian.eval.synth.corpus import SourceArticle, sentences
from banmian.eval.synth.model import BYLINE, FROM_NOTE, PARA, SUBHEAD, ArticleSpec, Photo, Piece
from banmian.eval.synth.names import PHOTO_SCENES, cn_number

#: Articles with at least this many paragraphs may get invented sub-headings.
SUBHEAD_MIN_PARAGRAPHS = 6
#: Share of long articles given invented sub-headings (the corpus has its own in about 1 in 10).
SUBHEAD_SHARE = 0.35
#: Invented sub-headings: the first clause of a paragraph, within these lengths (characters).
SUBHEAD_CHARS = (6, 18)
#: Share of news articles printed with a photo and caption.
PHOTO_SHARE = 0.2
#: A brief is one paragraph cut to whole sentences, between these lengths (characters).
BRIEF_CHARS = (40, 160)
#: A caption's lead sentence, in characters.
CAPTION_CHARS = (12, 80)
#: Photo-news titles longer than this (characters) are not photo-news titles.
PHOTO_TITLE_MAX = 18
#: Share of subtitles not starting with —— that get it added (most printed subtitles have it).
DASH_SUBTITLE_SHARE = 0.6
CLAUSE = re.compile(r"^([^，。；：！？、“”]+)[，：]")


@dataclass(frozen=True, slots=True)
class PageContext:
    date: dt.date
    #: The page's number (printed or not); jump notes point away from it.
    number: int
    cn_jumps: bool


def _subtitle(rng: random.Random, text: str | None) -> str | None:
    if text and not text.startswith("——") and rng.random() < DASH_SUBTITLE_SHARE:
        return "——" + text
    return text


def _invented_subheads(rng: random.Random, paras: list[str]) -> list[Piece]:
    pieces: list[Piece] = []
    slots = set(rng.sample(range(2, len(paras) - 1), k=min(3, len(paras) - 3)))
    for i, para in enumerate(paras):
        clause = CLAUSE.match(para)
        if i in slots and clause and SUBHEAD_CHARS[0] <= len(clause.group(1)) <= SUBHEAD_CHARS[1]:
            pieces.append(Piece(SUBHEAD, clause.group(1)))
        pieces.append(Piece(PARA, para))
    return pieces


def body_pieces(rng: random.Random, src: SourceArticle, start: int = 0) -> list[Piece]:
    paras = list(src.paragraphs[start:])
    if not src.subheadings and len(paras) >= SUBHEAD_MIN_PARAGRAPHS and rng.random() < SUBHEAD_SHARE:
        return _invented_subheads(rng, paras)
    return [Piece(SUBHEAD if start + i in src.subheadings else PARA, p) for i, p in enumerate(paras)]


def _caption(rng: random.Random, src: SourceArticle) -> str:
    """「…。图为…。」: a whole sentence of the article (quotes balanced), then what the photo shows."""
    scene = f"图为{rng.choice(PHOTO_SCENES)}。"
    for para in src.paragraphs:
        for sentence in sentences(para):
            if CAPTION_CHARS[0] <= len(sentence) <= CAPTION_CHARS[1] and _balanced(sentence):
                return sentence + scene
    return scene


def _balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in ("“”", "‘’", "（）", "《》"))


def _photo(rng: random.Random, src: SourceArticle, with_credit: bool) -> Photo:
    caption = _caption(rng, src) if rng.random() < 0.85 or not with_credit else None
    credit = photo_credit(rng)[0] if with_credit else None
    return Photo(caption, credit)


def _jump(ctx: PageContext, rng: random.Random) -> tuple[int, str]:
    target = ctx.number + rng.randint(1, 3) if ctx.number > 1 else rng.randint(2, 8)
    return target, f"（下转第{cn_number(target) if ctx.cn_jumps else target}版）"


def news(rng: random.Random, src: SourceArticle, ctx: PageContext, jump_share: float) -> ArticleSpec:
    byline = make_byline(rng, pick_article_form(rng), ctx.date)
    pieces = body_pieces(rng, src)
    if byline and byline.place == LINE:
        pieces.insert(0, Piece(BYLINE, byline.text))
    elif byline:
        pieces[0] = Piece(PARA, pieces[0].text, prefix=byline.text)
    with_photo = (byline is not None and byline.form == "photo_report") or rng.random() < PHOTO_SHARE
    photo = (
        _photo(rng, src, with_credit=byline is None or byline.form != "photo_report") if with_photo else None
    )
    jump = _jump(ctx, rng) if rng.random() < jump_share else (None, None)
    return ArticleSpec(
        kind="article",
        title=src.title,
        pieces=tuple(pieces),
        kicker=src.kicker,
        subtitle=_subtitle(rng, src.subtitle),
        byline=byline,
        photo=photo,
        jump_to=jump[0],
        jump_text=jump[1],
    )


def commentary(rng: random.Random, src: SourceArticle, ctx: PageContext) -> ArticleSpec:
    byline = make_byline(rng, "commentator", ctx.date)
    pieces = [Piece(BYLINE, byline.text), *body_pieces(rng, src)]
    return ArticleSpec(
        "commentary",
        src.title,
        tuple(pieces),
        subtitle=_subtitle(rng, src.subtitle),
        byline=byline,
        boxed=rng.random() < 0.5,
    )


def continuation(rng: random.Random, src: SourceArticle, ctx: PageContext) -> ArticleSpec:
    """The rest of an article begun on an earlier page: （上接第一版） and the title repeated."""
    start = min(len(src.paragraphs) - 1, rng.randint(1, 3))
    origin = rng.randint(1, max(1, ctx.number - 1))
    note = f"（上接第{cn_number(origin) if ctx.cn_jumps else origin}版）"
    pieces = [Piece(FROM_NOTE, note), *body_pieces(rng, src, start)]
    if pieces[1].role == SUBHEAD:
        del pieces[1]
    return ArticleSpec("article", src.title, tuple(pieces), continued_from=origin)


def photo_news(rng: random.Random, src: SourceArticle) -> ArticleSpec:
    title = src.title if len(src.title) <= PHOTO_TITLE_MAX else None
    return ArticleSpec("photo", title, (), photo=_photo(rng, src, with_credit=True))


def _brief_text(src: SourceArticle) -> str | None:
    text = ""
    for sentence in sentences(src.paragraphs[0]):
        if len(text) + len(sentence) > BRIEF_CHARS[1]:
            break
        text += sentence
    return text if len(text) >= BRIEF_CHARS[0] and text.endswith("。") else None


def brief(rng: random.Random, src: SourceArticle, ctx: PageContext, titled: bool) -> ArticleSpec | None:
    text = _brief_text(src)
    if text is None:
        return None
    byline = make_byline(rng, "brief", ctx.date)
    assert byline is not None and byline.place == TAIL
    title = src.title if titled and len(src.title) <= PHOTO_TITLE_MAX else None
    return ArticleSpec("brief", title, (Piece(PARA, text, suffix=byline.text),), byline=byline)
