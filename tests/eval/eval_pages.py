"""Small invented pages for the evaluation tests (no text from ../shared is used here)."""

from __future__ import annotations

import random
from typing import Any

# Invented paragraphs: a fictional county and its doings.
LIBRARY = [
    "青石镇新建的乡村书屋昨天向村民开放，首批上架图书三千二百册。",
    "书屋由一座闲置粮仓改建而成，屋顶保留了老式木梁，窗边摆着八张长桌。",
    "管理员老周说，傍晚来借书的多是放学的孩子，周末则有不少种茶的年轻人。",
]
BRIDGE = [
    "横跨白鹭河的竹溪便桥本月底完成加固，步行时间从四十分钟缩短到十分钟。",
    "施工队在枯水期打下十六根钢桩，桥面铺设了防滑的青砖。",
]
ORCHARD = [
    "柿子坡果园今年试种的晚熟品种喜获丰收，每亩产量比去年高出两成。",
    "果农们在坡顶搭起晾晒棚，柿饼要在秋风里吹足二十天才能出售。",
    "合作社还开通了线上订购，外地客户下单后三天内可以收到包裹。",
    "负责技术指导的农艺师提醒，入冬前要给果树刷白防冻。",
]
PHOTO_CAPTION = "清晨，渔民在镜湖边收网。（图片由县融媒体中心提供）"


def article(title: str | None, paragraphs: list[str], **extra: Any) -> dict[str, Any]:
    """An export-contract article; unspecified fields empty."""
    base: dict[str, Any] = {
        "kind": "article",
        "kicker": None,
        "title": title,
        "subtitle": None,
        "byline": None,
        "authors": [],
        "paragraphs": list(paragraphs),
        "subheadings": [],
        "captions": [],
        "continued_to": None,
        "continued_from": None,
    }
    base.update(extra)
    return base


def page(articles: list[dict[str, Any]], banners: list[str] | None = None, **info: Any) -> dict[str, Any]:
    return {
        "page": {"newspaper": None, "date": None, "page_number": None, "section": None, **info},
        "banners": list(banners or []),
        "articles": articles,
    }


def truth_page() -> dict[str, Any]:
    """Three articles and a photo, with kicker, subtitle, authors, caption, jump note and banners."""
    return page(
        [
            article("青石镇乡村书屋开放", LIBRARY, kicker="粮仓变书仓", authors=["林小溪"]),
            article(
                "竹溪便桥加固完工", BRIDGE, subtitle="——白鹭河两岸步行时间大幅缩短", authors=["高远", "陶然"]
            ),
            article("柿子坡果园迎来丰收", ORCHARD, authors=["宋雨桐"], continued_to=2),
            article("镜湖晨曲", [], kind="photo", captions=[PHOTO_CAPTION]),
        ],
        banners=["建好青石新村共享幸福生活"],
        date="2021-10-08",
        page_number=1,
    )


#: Common CJK ideographs (U+4E00 onwards), as varied as a real page's vocabulary.
_POOL = [chr(0x4E00 + i) for i in range(3000)]


def random_page(rng: random.Random, articles: int = 10) -> dict[str, Any]:
    """A page of ``articles`` articles of 2–8 paragraphs of 50–400 characters, for the speed test."""

    def text(n: int) -> str:
        return "".join(rng.choice(_POOL) for _ in range(n))

    return page(
        [
            article(
                text(12), [text(rng.randint(50, 400)) for _ in range(rng.randint(2, 8))], authors=[text(3)]
            )
            for _ in range(articles)
        ],
        banners=[text(14)],
        date="2019-10-01",
        page_number=rng.randint(1, 20),
    )
