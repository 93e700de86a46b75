"""A text layer whose line breaks were doubled (a blank line after every line) is read as printed."""

from __future__ import annotations

from pathlib import Path

import banmian
from banmian.layout.linespacing import MIN_TEXT_LINES, undoubled

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _doubled(text: str) -> str:
    """Every line break doubled, as a second conversion of CR LF line ends leaves them."""
    return text.replace("\n", "\r\r\n").replace("\r\r\n", "\n\n")


def test_the_doubled_breaks_go_and_the_pages_own_blank_lines_stay_with_their_numbers() -> None:
    lines = ["标题", "", "正文第一行", "", "", "", "正文第二行", *[x for k in range(MIN_TEXT_LINES) for x in ("", f"第{k}行")]]
    found = undoubled(lines)
    assert found is not None
    assert found.lines[:4] == ("标题", "正文第一行", "", "正文第二行")
    assert found.numbers[:4] == (1, 3, 4, 7)


def test_lines_next_to_each_other_or_too_few_are_not_doubled() -> None:
    assert undoubled(["标题", "正文", *[x for k in range(MIN_TEXT_LINES) for x in ("", f"第{k}行")]]) is None
    assert undoubled([x for k in range(MIN_TEXT_LINES - 1) for x in (f"第{k}行", "")]) is None


def test_a_page_with_its_line_breaks_doubled_reads_as_it_does_printed() -> None:
    """Read as it stood, every line was a block of its own, the sign of columns pdftotext interleaves
    line by line, and the page was read apart as interleaved (1 of the real sample's 6 articles
    kept). Its paragraphs' provenance points at the doubled file's own lines."""
    text = (SAMPLES / "demo-page.txt").read_text(encoding="utf-8")
    plain = banmian.parse(text)
    doubled = banmian.parse(_doubled(text))
    assert [_texts(a) for a in doubled.articles] == [_texts(a) for a in plain.articles]
    assert [w.code for w in doubled.warnings] == [*[w.code for w in plain.warnings], "doubled_line_breaks"]
    for before, after in zip(plain.articles, doubled.articles, strict=True):
        for old, new in zip(before.paragraphs, after.paragraphs, strict=True):
            assert (new.provenance.lines.first, new.provenance.lines.last) == (
                2 * old.provenance.lines.first - 1,
                2 * old.provenance.lines.last - 1,
            )


def test_a_page_without_blank_lines_doubled_reads_straight_on_not_as_interleaved_columns() -> None:
    """No blank line of its own (as pdfium prints a page): every run of blank lines is one long, as
    between pdftotext's interleaved one-line blocks; its lines going on one into the next tell it."""
    text = "\n".join(line for line in (SAMPLES / "demo-page.txt").read_text(encoding="utf-8").split("\n") if line.strip())
    plain = banmian.parse(text)
    doubled = banmian.parse(_doubled(text))
    assert [_texts(a) for a in doubled.articles] == [_texts(a) for a in plain.articles]
    assert "interleaved_columns" not in [w.code for w in doubled.warnings]


def _texts(article) -> tuple:
    return (article.title and article.title.text, tuple(p.text for p in article.paragraphs), article.authors)
