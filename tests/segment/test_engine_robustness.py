"""Arbitrary text never crashes the engine, and no non-blank line is ever dropped."""

from __future__ import annotations

import random

import pytest

import banmian

#: Pieces that exercise the grammars: bylines, jump notes, dates, brackets, indents, blank lines.
PIECES = (
    "本报讯（记者 江小舟）", "。", "，", "、", "！", "？", "“", "”", "——", "（下转第二版）", "（上接第1版）",
    "2023年6月1日", " ", "\u3000\u3000", "\n", "\n\n", "abc", "12", "%", "（石鑫 蒋雯楠）", "简讯", "图为", "摄",
)
SEEDS = range(40)


def _random_text(rng: random.Random) -> str:
    han = [chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(30)]
    parts = [rng.choice(PIECES) if rng.random() < 0.3 else "".join(rng.choices(han, k=rng.randint(1, 14))) for _ in range(rng.randint(1, 400))]
    return "".join(parts)


@pytest.mark.parametrize("seed", SEEDS)
def test_random_text_is_parsed_and_every_line_is_kept(seed: int) -> None:
    text = _random_text(random.Random(seed))
    try:
        page = banmian.parse(text)
    except banmian.InputError:
        assert not text.strip()
        return
    covered: set[int] = set()
    for article in page.articles:
        for item in (article.kicker, article.title, article.subtitle, article.byline, *article.paragraphs, *article.captions):
            if item is not None and item.provenance.lines is not None:
                covered.update(range(item.provenance.lines.first, item.provenance.lines.last + 1))
        for jump in article.jumps:
            covered.update(range(jump.provenance.lines.first, jump.provenance.lines.last + 1))
    for item in (*page.banners, *page.furniture, *page.unplaced):
        covered.update(range(item.provenance.lines.first, item.provenance.lines.last + 1))
    nonblank = {i + 1 for i, line in enumerate(text.split("\n")) if line.strip()}
    assert nonblank <= covered, sorted(nonblank - covered)[:10]


def test_a_line_an_item_was_joined_across_is_listed_as_unplaced() -> None:
    # The name under the title makes a plan of a byline alone, dropped as no article; the title
    # and the text around it are joined into one paragraph whose span covers the name's line.
    import json

    import banmian

    text = "理论·评论\n本报记者 林晓\n临江县举办农技培训班\n何春生\n连日来，青石镇组织农户开展春耕备耕，全镇已完成翻耕土地两万余亩。\n"
    page = banmian.parse(text)
    printed = json.dumps(page.to_dict(), ensure_ascii=False)
    assert "何春生" in printed
    assert [u.text for u in page.unplaced] == ["何春生"] or any("何春生" in (a.byline.text if a.byline else "") for a in page.articles)
