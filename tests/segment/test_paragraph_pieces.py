"""A headless piece opening a paragraph, printed after another article's body, joins the piece
whose rare words it repeats (segment.paragraphpieces, run by segment.stitch)."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stitch import stitch
from pagetext import wrap

#: An article's opening column, ending with its sentence.
GREENHOUSES = (
    "本报讯（记者 周敏）青石镇今年建起了八十座蔬菜大棚，种植黄瓜和番茄，"
    "青石镇蔬菜合作社负责人何春生说，大棚蔬菜已经销往临江县城。"
)
#: Another article, printed between the two columns of the first.
LIBRARY = "临江县图书馆日前开设了少儿阅览室，阅览室藏有绘本三千多册，每逢周末，许多家长带着孩子来到图书馆读书。"
#: The first article's next column: a paragraph opening (two em short) that repeats its names.
GREENHOUSES_ON = "何春生告诉记者，明年青石镇还将新建二十座蔬菜大棚，合作社将带动更多农户种植黄瓜和番茄。"
#: A paragraph repeating neither article's words.
UNRELATED = "秋收以后，西坡村的老人们在晒谷场上聊起了今年的收成，大家都说雨水来得及时。"


def _plans(*columns: list[str], blank: bool = True) -> list[ArticlePlan]:
    """One plan per column, printed one under another (a blank line between, or none)."""
    texts: list[str] = []
    spans = []
    for column in columns:
        spans.append((len(texts), len(texts) + len(column)))
        texts.extend([*column, ""] if blank else column)
    lines = build_line_infos(texts)
    return [
        ArticlePlan(parts=[Item(ItemKind.BODY, tuple(lines[a:b]), tuple(Role.BODY for _ in range(a, b)))])
        for a, b in spans
    ]


def _texts(entries: list) -> list[str]:
    return ["".join(ln.text for part in plan.parts for ln in part.lines) for plan in entries]


def test_fixture_the_next_column_opens_a_paragraph():
    first = wrap(GREENHOUSES_ON)[0]
    assert len(first) == 11 and not first.endswith("。")
    assert wrap(GREENHOUSES)[-1].endswith("。") and wrap(LIBRARY)[-1].endswith("。")


def test_a_paragraph_printed_after_another_article_joins_the_article_it_repeats():
    entries = stitch(_plans(wrap(GREENHOUSES), wrap(LIBRARY), wrap(GREENHOUSES_ON)), split_blocks=False)
    assert _texts(entries) == [GREENHOUSES.replace(" ", "") + GREENHOUSES_ON, LIBRARY]
    assert entries[0].guessed_joins == 1


def test_of_two_paragraphs_printed_after_another_article_only_the_one_repeating_its_words_joins():
    columns = (wrap(GREENHOUSES), wrap(LIBRARY), wrap(UNRELATED), wrap(GREENHOUSES_ON))
    entries = stitch(_plans(*columns), split_blocks=False)
    assert _texts(entries) == [GREENHOUSES.replace(" ", "") + GREENHOUSES_ON, LIBRARY, UNRELATED]


def test_only_a_block_printed_apart_joins():
    """pdfium prints no blank lines: there a paragraph after another body is no block printed
    apart, and stays where it is; the same columns with blank lines between are joined."""
    columns = (wrap(GREENHOUSES), wrap(LIBRARY), wrap(GREENHOUSES_ON))
    assert len(stitch(_plans(*columns), split_blocks=False)) == 2
    assert len(stitch(_plans(*columns, blank=False), split_blocks=False)) == 3
