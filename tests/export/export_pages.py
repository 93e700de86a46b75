"""Hand-made pages for the export tests (invented text) and the golden-file check.

Golden files are rewritten only when ``BANMIAN_UPDATE_GOLDEN=1`` is set; a test in
``test_export_render.py`` fails whenever it is set, so a run that regenerates cannot pass.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from banmian.model import (
    Article,
    ArticleKind,
    JumpNote,
    LineSpan,
    Page,
    PageInfo,
    PageWarning,
    Paragraph,
    ParagraphRole,
    Provenance,
    SourceInfo,
    TextItem,
)

GOLDEN_DIR = Path(__file__).parent / "golden"
UPDATE_ENV = "BANMIAN_UPDATE_GOLDEN"


def _at(first: int, last: int | None = None) -> Provenance:
    return Provenance(lines=LineSpan(first, first if last is None else last))


def _item(text: str, first: int, last: int | None = None, confidence: float = 1.0) -> TextItem:
    return TextItem(text=text, provenance=_at(first, last), confidence=confidence)


def _para(text: str, first: int, last: int, role: ParagraphRole = ParagraphRole.BODY) -> Paragraph:
    return Paragraph(text=text, role=role, provenance=_at(first, last), confidence=0.9)


def make_full_page() -> Page:
    """Every part the renderers know: page info, banners, a full article, a notice, a photo."""
    lead = Article(
        id="a1",
        kicker=_item("春耕时节", 20),
        title=_item("青石镇三千亩稻田迎来机插秧", 21, confidence=0.95),
        subtitle=_item("——合作社统一育秧、统一插秧，每亩节省成本80元", 22),
        byline=_item("本报记者 周雨桐 通讯员 马建国", 23),
        authors=("周雨桐", "马建国"),
        paragraphs=(
            _para(
                "连日来，青石镇的田野里一派繁忙景象。十余台插秧机来回穿梭，一行行秧苗整齐地立在水田中。",
                24,
                26,
            ),
            _para("统一育秧降成本", 27, 27, ParagraphRole.SUBHEADING),
            _para(
                "合作社负责人介绍，今年育秧大棚扩大到40个，秧苗成活率提高到95%以上，3~5天即可完成全镇插秧。",
                28,
                31,
            ),
        ),
        captions=(_item("图为农机手在田间驾驶插秧机作业。 本报记者 周雨桐 摄", 32),),
        jumps=(JumpNote(text="（下转第二版）", direction="to", page_number=2, provenance=_at(33)),),
        confidence=0.88,
        provenance=_at(20, 33),
    )
    notice = Article(
        id="a2",
        kind=ArticleKind.NOTICE,
        title=_item("关于调整城区部分公交线路的公告", 40),
        paragraphs=(
            _para("因道路施工，自4月1日起，1路、6路公交车临时绕行滨河路。", 41, 42),
            _para("青石县交通运输局", 43, 43, ParagraphRole.CLOSING),
            _para("2024年3月28日", 44, 44, ParagraphRole.CLOSING),
        ),
        jumps=(JumpNote(text="（上接第一版）", direction="from", page_number=None, provenance=_at(39)),),
        provenance=_at(39, 44),
    )
    photo = Article(
        id="a3",
        kind=ArticleKind.PHOTO,
        captions=(_item("清晨的滨河公园，市民在晨练。", 50),),
        confidence=0.6,
        provenance=_at(50),
    )
    return Page(
        info=PageInfo(newspaper="青石日报", date=dt.date(2024, 3, 29), page_number=1, section="要闻"),
        banners=(_item("扎实推进乡村振兴 奋力书写发展新篇", 10),),
        articles=(lead, notice, photo),
        furniture=(_item("青石日报", 1), _item("责任编辑：孙丽", 60)),
        unplaced=(_item("*本版图片由县融媒体中心提供", 55),),
        warnings=(PageWarning(code="jump-unresolved", message="上接 note without a page number at line 39"),),
        source=SourceInfo(path="pages/qingshi-p1.txt", encoding="gb18030", line_count=60),
    )


def make_bare_page() -> Page:
    """Nothing known about the page, one untitled article: the renderers' defaults."""
    body = Paragraph(text="1. 加强安全巡查。", provenance=_at(1, 1))
    return Page(articles=(Article(id="a1", paragraphs=(body,)),), source=SourceInfo(line_count=1))


def check_golden(name: str, text: str) -> None:
    """Compare ``text`` with ``golden/<name>``, or rewrite it when the update variable is set."""
    path = GOLDEN_DIR / name
    if os.environ.get(UPDATE_ENV) == "1":
        path.write_text(text, encoding="utf-8")
        return
    assert path.is_file(), f"missing golden file {path}; create it with {UPDATE_ENV}=1"
    assert text == path.read_text(encoding="utf-8")
