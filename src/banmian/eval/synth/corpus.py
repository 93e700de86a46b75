"""Real article texts, read at run time from the People's Daily corpus in ``../shared/corpus``.

Only the titles and paragraphs are reused; bylines are stripped (the generator prints its own, with
invented names) and any article whose text we cannot clean with confidence is skipped, because a
stray byline or photo credit left in a paragraph would make the truth wrong.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from banmian.errors import BanmianError

CORPUS_SUBDIR = "rmrb-2019-10"
#: 电头 at the start of a first paragraph: 新华社北京3月8日电, 本报某地X月X日电（记者 …）, 据新华社电.
DATELINE = re.compile(
    r"^(?:据)?(?:新华社|本报)[\u4e00-\u9fff]{0,12}?(?:\d{1,2}月\d{1,2}日)?电"
    r"[\s\u00a0\u3000]*(?:（[^（）]{1,40}）)?"
)
#: Starts we do not try to strip (a reporter line, a column tag): the whole article is skipped.
UNSURE_START = re.compile(r"^(?:本报记者|通讯员|本报讯|核心阅读|编者按|开栏的话|【)")
#: Marks of text that is not plain body (credits, boxed notes, bullet lists).
UNSURE_ANYWHERE = (
    "（记者",
    "本报记者",
    "新华社发",
    "编者按",
    "【",
    "】",
    "■",
    "●",
    "◆",
    "图片",
    "制图",
    "电）",
    "数据来源",
    "版式设计",
)
TERMINAL = frozenset("。！？…”）：；」’—")
#: A paragraph without final punctuation up to this many characters is a corpus sub-heading.
MAX_SUBHEADING_CHARS = 30
#: Longer titles (characters) are decks of several lines that our title setter does not handle.
MAX_TITLE_CHARS = 36
#: Articles shorter than this (characters of body) cannot fill a block.
MIN_BODY_CHARS = 200
WHITESPACE = re.compile(r"[\s\u00a0\u3000]+")
#: A sub-heading ends in a character or a closing quote, never in a pause mark.
SUBHEADING_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z”》」]$")
SUBHEADING_START = re.compile(r"^[\u4e00-\u9fff0-9A-Za-z“《「]")


class CorpusMissingError(BanmianError):
    """The corpus directory has no article files."""


@dataclass(frozen=True, slots=True)
class SourceArticle:
    source: str
    kicker: str | None
    title: str
    subtitle: str | None
    paragraphs: tuple[str, ...]
    subheadings: frozenset[int]


def _clean_line(line: str) -> str:
    return line.strip(" \t\u00a0\u3000")


def strip_dateline(first: str) -> str | None:
    """The first paragraph without its 电头, or None when its start looks like a byline we do not know."""
    match = DATELINE.match(first)
    rest = first[match.end() :] if match else first
    rest = _clean_line(rest)
    if not rest or UNSURE_START.match(rest) or rest.startswith("（"):
        return None
    return rest


def _is_subheading(text: str) -> bool:
    return (
        len(text) <= MAX_SUBHEADING_CHARS
        and SUBHEADING_END.search(text) is not None
        and SUBHEADING_START.match(text) is not None
    )


def _paragraphs(lines: list[str]) -> tuple[tuple[str, ...], frozenset[int]] | None:
    # Spaces inside a paragraph (between the phrases of a quoted title) are printed as one space.
    paras = [WHITESPACE.sub(" ", p) for p in (_clean_line(x) for x in lines) if p]
    if len(paras) < 2:
        return None
    first = strip_dateline(paras[0])
    if first is None:
        return None
    paras[0] = first
    subheads = set()
    for i, para in enumerate(paras):
        if para.endswith("摄") or any(m in para for m in UNSURE_ANYWHERE):
            return None
        if para.startswith("（") and para.endswith("）"):
            return None
        if para[-1] not in TERMINAL:
            if not _is_subheading(para) or i in (0, len(paras) - 1):
                return None
            subheads.add(i)
    if sum(len(p) for p in paras) < MIN_BODY_CHARS:
        return None
    return tuple(paras), frozenset(subheads)


def _head(line: str) -> str | None:
    text = _clean_line(line.replace("\u00a0", " "))
    return re.sub(r" {2,}", " ", text) or None


def parse_article(path: Path, root: Path) -> SourceArticle | None:
    lines = path.read_text(encoding="utf-8").split("\n")
    if len(lines) < 4:
        return None
    title = _head(lines[1])
    if not title or len(title) > MAX_TITLE_CHARS:
        return None
    body = _paragraphs(lines[3:])
    if body is None:
        return None
    return SourceArticle(
        source=str(path.relative_to(root)),
        kicker=_head(lines[0]),
        title=title,
        subtitle=_head(lines[2]),
        paragraphs=body[0],
        subheadings=body[1],
    )


def corpus_root(corpus_dir: Path) -> Path:
    nested = corpus_dir / CORPUS_SUBDIR
    return nested if nested.is_dir() else corpus_dir


@functools.lru_cache(maxsize=4)
def load_corpus(corpus_dir: Path) -> tuple[SourceArticle, ...]:
    """Every usable article, in file-name order so a seed always picks the same texts."""
    root = corpus_root(corpus_dir)
    files = sorted(root.glob("*/*.txt"))
    if not files:
        raise CorpusMissingError(f"no article files under {root} (expected {CORPUS_SUBDIR}/YYYYMMDD/*.txt)")
    articles = tuple(a for a in (parse_article(f, root) for f in files) if a is not None)
    if not articles:
        raise CorpusMissingError(f"no usable articles under {root}")
    return articles


SENTENCE_END = re.compile(r"(?<=[。！？])(?![”’」）])")


def sentences(paragraph: str) -> list[str]:
    return [s for s in SENTENCE_END.split(paragraph) if s]
