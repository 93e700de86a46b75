"""segment.blocktexts: the texts compared at block breaks, their character pairs kept and grown."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.affinity import bigrams
from banmian.segment.blocktexts import BlockStarts, RunText, block_at
from banmian.segment.items import Item, ItemKind
from banmian.segment.roles import Role

#: Two blocks of one column (a blank line between them, as pdftotext prints a block break).
ROWS = [
    "三月十日，临江县召开春耕生产",
    "动员会，部署全县春耕备耕工作",
    "",
    "会议要求各乡镇做好农资供应和",
    "技术指导，确保不误农时。",
]
LINES = build_line_infos(ROWS)
TEXT = tuple(line for line in LINES if not line.blank)


def _item(lines) -> Item:
    return Item(ItemKind.BODY, tuple(lines), tuple(Role.BODY for _ in lines))


def test_a_block_runs_to_the_next_break_in_line_numbers() -> None:
    assert [line.number for line in block_at(TEXT, 0)] == [1, 2]
    assert [line.number for line in block_at(TEXT, 2)] == [4, 5]


def test_a_runs_pairs_grow_from_break_to_break_to_those_of_its_whole_text() -> None:
    before = [_item(TEXT[:1])]
    run = RunText(before, TEXT, 1)
    run.upto = 2
    assert set(run.pairs()) == set(bigrams(TEXT[0].text + TEXT[1].text))
    run.upto = 4
    assert set(run.pairs()) == set(bigrams("".join(line.text for line in TEXT[:1] + TEXT[1:4])))


def test_block_pairs_and_words_across_are_asked_once_a_page() -> None:
    starts = BlockStarts([], {}, {})
    block = block_at(TEXT, 2)
    assert starts.pairs_of(block) == bigrams(TEXT[2].text + TEXT[3].text)
    assert starts.pairs_of(block) is starts.pairs[(4, 5)]
    found = starts.joins_word(TEXT[1], TEXT[2])
    assert starts.joins[(2, 4)] is found
