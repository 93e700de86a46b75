"""Reading characters and shapes from a PDF, and the one-line errors for files that are not pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfdraw import Sheet, save

from banmian.errors import BinaryInputError, EmptyInputError, InputError, UnsupportedInputError
from banmian.pdf import IMAGE_ONLY_CODE, parse_pdf
from banmian.pdf.chars import iter_pages, open_pdf


def _content(path: Path):
    doc = open_pdf(path)
    try:
        return list(iter_pages(doc))
    finally:
        doc.close()


def test_chars_have_top_left_boxes_size_and_font(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.text(50, 100, "春风十里", size=12)
    page = _content(save(tmp_path / "a.pdf", [sheet]))[0]
    assert (page.width, page.height) == (600, 800)
    assert [c.ch for c in page.chars] == list("春风十里")
    first, last = page.chars[0], page.chars[-1]
    assert first.x0 == pytest.approx(50, abs=0.1)
    assert last.x1 == pytest.approx(50 + 4 * 12, abs=0.2)
    # Origin top-left: the box lies around the baseline at y=100, above it mostly.
    assert 85 < first.y0 < 100 < first.y1 < 106
    assert first.size == pytest.approx(12)
    assert "WenQuanYi" in first.font


def test_size_comes_from_the_text_matrix(tmp_path: Path) -> None:
    """Founder PDFs print at font size 1 and scale with the matrix: the effective size counts."""
    sheet = Sheet()
    sheet.text(50, 100, "放大", size=16, scale=4.0)  # font size 4 in a 4× matrix
    page = _content(save(tmp_path / "m.pdf", [sheet]))[0]
    assert [round(c.size, 1) for c in page.chars] == [16.0, 16.0]


def test_rules_boxes_and_photos(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.rule(40, 60, 560, 60)
    sheet.rule(300, 80, 300, 400)
    sheet.box(50, 420, 200, 100)
    sheet.photo(320, 420, 160, 90)
    sheet.text(60, 450, "框内文字")
    kinds = sorted(s.kind for s in _content(save(tmp_path / "s.pdf", [sheet]))[0].shapes)
    assert kinds == ["area", "box", "hrule", "vrule"]


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "page.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(BinaryInputError, match="not a PDF file"):
        parse_pdf(path)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError, match="empty"):
        parse_pdf(empty)
    with pytest.raises(InputError, match="no such file"):
        parse_pdf(tmp_path / "missing.pdf")


def test_damaged_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nthis is not a PDF body\n")
    with pytest.raises(InputError, match="damaged PDF") as err:
        parse_pdf(path)
    assert "\n" not in str(err.value)


def test_encrypted_pdf(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.text(50, 100, "机密文件")
    path = save(tmp_path / "locked.pdf", [sheet], password="secret")
    with pytest.raises(UnsupportedInputError, match="encrypted with a password"):
        parse_pdf(path)


def test_image_only_pdf_says_ocr_is_planned(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.photo(50, 50, 400, 600)
    with pytest.raises(UnsupportedInputError, match="no text layer.*OCR"):
        parse_pdf(save(tmp_path / "scan.pdf", [sheet]))


def test_image_only_page_among_text_pages_gets_a_warning(tmp_path: Path) -> None:
    text = Sheet()
    text.column(50, 100, ["这是有文字的一页，有一段正文。"], chars=12)
    scan = Sheet()
    scan.photo(50, 50, 400, 600)
    pages = parse_pdf(save(tmp_path / "mixed.pdf", [text, scan]))
    assert [p.source.page_index for p in pages] == [0, 1]
    assert [p.source.kind for p in pages] == ["pdf", "pdf"]
    assert not pages[0].warnings
    assert pages[1].warnings[0].code == IMAGE_ONLY_CODE
    assert "OCR" in pages[1].warnings[0].message
    assert pages[1].articles == ()
