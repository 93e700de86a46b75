"""The PyMuPDF reader gives what the pdfium reader gives: characters, shapes and whole pages.

Tests that read with MuPDF skip when PyMuPDF (the optional ``mupdf`` extra) is not installed;
the backend choice and its error are tested either way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfdraw import FONT, Sheet, register, save

from banmian.errors import BinaryInputError, EmptyInputError, InputError, UnsupportedInputError
from banmian.pdf import backend as backend_module
from banmian.pdf import chars_mupdf, mupdf_fonts, parse_pdf
from banmian.pdf.backend import open_pages, resolve_backend
from banmian.pdf.chars import PdfPageContent

#: pdfium widens a box to the glyph's ink by the outline's control points, MuPDF by the outline:
#: tops and bottoms differ by up to this (points, at 20 pt type) where the ink overshoots.
INK_TOLERANCE_PT = 0.6
#: Across, pdfium also takes in ink past the advance (a few hundredths of an em at most).
ACROSS_TOLERANCE_PT = 0.3
#: Sizes agree to float32 rounding (relative).
SIZE_TOLERANCE = 1e-4
#: Shape edges agree to this (points).
SHAPE_TOLERANCE_PT = 0.01

needs_mupdf = pytest.mark.skipif(
    not chars_mupdf.mupdf_available(), reason="PyMuPDF is not installed (optional extra: pip install 'banmian[mupdf]')"
)

BODY = "春江潮水连海平，海上明月共潮生。滟滟随波千万里，何处春江无月明。江流宛转绕芳甸，月照花林皆似霰。"
BODY2 = "空里流霜不觉飞，汀上白沙看不见。江天一色无纤尘，皎皎空中孤月轮。江畔何人初见月，江月何年初照人。"


def _read(path: Path, backend: str) -> list[PdfPageContent]:
    with open_pages(path, backend) as pages:
        return list(pages)


def _assert_same_chars(a: PdfPageContent, b: PdfPageContent) -> None:
    assert (a.index, a.width, a.height) == (b.index, b.width, b.height)
    assert [c.ch for c in a.chars] == [c.ch for c in b.chars]
    for p, m in zip(a.chars, b.chars, strict=True):
        assert m.font == p.font
        assert m.size == pytest.approx(p.size, rel=SIZE_TOLERANCE)
        assert m.x0 == pytest.approx(p.x0, abs=ACROSS_TOLERANCE_PT)
        assert m.x1 == pytest.approx(p.x1, abs=ACROSS_TOLERANCE_PT)
        assert m.y0 == pytest.approx(p.y0, abs=INK_TOLERANCE_PT)
        assert m.y1 == pytest.approx(p.y1, abs=INK_TOLERANCE_PT)


def _assert_same_shapes(a: PdfPageContent, b: PdfPageContent) -> None:
    assert [s.kind for s in a.shapes] == [s.kind for s in b.shapes]
    for p, m in zip(a.shapes, b.shapes, strict=True):
        assert (m.x0, m.y0, m.x1, m.y1) == pytest.approx((p.x0, p.y0, p.x1, p.y1), abs=SHAPE_TOLERANCE_PT)


def _page() -> Sheet:
    s = Sheet()
    s.text(40, 40, "第2版", size=14)
    s.text(140, 40, "要闻", size=12)
    s.rule(40, 48, 560, 48)
    s.text(60, 90, "春江花月夜新编", size=22)
    s.text(60, 118, "放大的副题", size=12, scale=3.0)  # font size 4 in a 3× matrix
    end = s.column(40, 150, [BODY, BODY2], chars=14)
    s.column(40 + 14 * 10 + 16, 150, [BODY2], chars=14)
    s.rule(360, 70, 360, 420)
    s.box(380, 80, 180, 120)
    s.text(390, 100, "框中的提要文字", size=10)
    s.photo(380, 220, 170, 100)
    s.text(380, 334, "图为江边的月色。", size=9)
    assert end > 150
    return s


@needs_mupdf
def test_same_chars_and_shapes_as_pdfium(tmp_path: Path) -> None:
    path = save(tmp_path / "p.pdf", [_page(), _page()])
    pdfium, mupdf = _read(path, "pdfium"), _read(path, "mupdf")
    assert len(pdfium) == len(mupdf) == 2
    for a, b in zip(pdfium, mupdf, strict=True):
        _assert_same_chars(a, b)
        _assert_same_shapes(a, b)
    assert sorted(s.kind for s in mupdf[0].shapes) == ["area", "box", "hrule", "vrule"]


@needs_mupdf
def test_size_is_the_vertical_scale_of_condensed_type(tmp_path: Path) -> None:
    """Founder sets condensed type (长体) by squeezing the matrix across: the size stays the height
    (pdfium's), not MuPDF's mean of both scales."""
    register()
    from reportlab.pdfgen import canvas

    path = tmp_path / "condensed.pdf"
    c = canvas.Canvas(str(path), pagesize=(600, 800), invariant=1)
    for i, squeeze in enumerate((100, 70, 130)):
        t = c.beginText()
        t.setFont(FONT, 18)
        t.setHorizScale(squeeze)
        t.setTextOrigin(50, 700 - 40 * i)
        t.textOut("长体标题文字")
        c.drawText(t)
    c.save()
    pdfium, mupdf = _read(path, "pdfium")[0], _read(path, "mupdf")[0]
    _assert_same_chars(pdfium, mupdf)
    assert {round(ch.size, 3) for ch in mupdf.chars} == {18.0}


@needs_mupdf
def test_crop_box_and_rotation_read_as_pdfium_reads_them(tmp_path: Path) -> None:
    register()
    from reportlab.pdfgen import canvas

    path = tmp_path / "framed.pdf"
    c = canvas.Canvas(str(path), pagesize=(600, 800), invariant=1)
    for rotation in (0, 90):
        c.setCropBox((30, 40, 580, 780))
        c.setPageRotation(rotation)
        c.setFont(FONT, 12)
        c.drawString(60, 600, "裁切框里的文字")
        c.setLineWidth(0.5)
        c.line(60, 580, 400, 580)
        c.showPage()
    c.save()
    for a, b in zip(_read(path, "pdfium"), _read(path, "mupdf"), strict=True):
        _assert_same_chars(a, b)
        _assert_same_shapes(a, b)


@needs_mupdf
def test_same_parse_result(tmp_path: Path) -> None:
    path = save(tmp_path / "p.pdf", [_page()])
    pdfium, mupdf = parse_pdf(path, backend="pdfium")[0], parse_pdf(path, backend="mupdf")[0]
    assert _same_text(pdfium, mupdf)
    assert [a.title.text if a.title else None for a in mupdf.articles] == [
        a.title.text if a.title else None for a in pdfium.articles
    ]
    assert mupdf.info == pdfium.info


def _same_text(a, b) -> bool:  # noqa: ANN001 - Page
    """Articles equal but for boxes (which differ by the ink tolerance)."""

    def strip(value):  # noqa: ANN001, ANN202
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "bbox"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(a.to_dict()["articles"]) == strip(b.to_dict()["articles"])


@needs_mupdf
def test_errors_read_as_with_pdfium(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(BinaryInputError, match="not a PDF file"):
        parse_pdf(junk, backend="mupdf")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError, match="empty"):
        parse_pdf(empty, backend="mupdf")
    with pytest.raises(InputError, match="no such file"):
        parse_pdf(tmp_path / "missing.pdf", backend="mupdf")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nthis is not a PDF body\n")
    with pytest.raises(InputError, match="damaged PDF") as err:
        parse_pdf(broken, backend="mupdf")
    assert "\n" not in str(err.value)
    sheet = Sheet()
    sheet.text(50, 100, "机密文件")
    locked = save(tmp_path / "locked.pdf", [sheet], password="secret")
    with pytest.raises(UnsupportedInputError, match="encrypted with a password"):
        parse_pdf(locked, backend="mupdf")
    scan = Sheet()
    scan.photo(50, 50, 400, 600)
    with pytest.raises(UnsupportedInputError, match="no text layer"):
        parse_pdf(save(tmp_path / "scan.pdf", [scan]), backend="mupdf")


@needs_mupdf
def test_descriptor_heights_match_mupdf_own(tmp_path: Path) -> None:
    import pymupdf

    from banmian.pdf.mupdf_text import _font_heights

    doc = pymupdf.open(save(tmp_path / "p.pdf", [_page()]))
    page = doc[0]
    own = _font_heights(pymupdf, page.get_textpage())
    described = mupdf_fonts.descriptor_heights(doc, page)
    assert own and own.keys() <= described.keys()
    assert all(described[f] == pytest.approx(own[f], abs=mupdf_fonts.HEIGHT_TOLERANCE_EM) for f in own)


def test_backend_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_backend("pdfium") == "pdfium"
    with pytest.raises(ValueError, match="unknown PDF backend"):
        resolve_backend("poppler")
    monkeypatch.setattr(chars_mupdf, "mupdf_available", lambda: False)
    assert resolve_backend("auto") == "pdfium"
    with pytest.raises(UnsupportedInputError, match=r"install PyMuPDF \(AGPL\): pip install 'banmian\[mupdf\]'") as err:
        resolve_backend("mupdf")
    assert "\n" not in str(err.value)
    monkeypatch.setattr(chars_mupdf, "mupdf_available", lambda: True)
    assert resolve_backend("auto") == "mupdf"
    assert backend_module.BACKENDS == ("auto", "pdfium", "mupdf")


def test_parse_pdf_says_how_to_install_mupdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chars_mupdf, "mupdf_available", lambda: False)
    path = save(tmp_path / "p.pdf", [_page()])
    with pytest.raises(UnsupportedInputError, match="pip install 'banmian\\[mupdf\\]'"):
        parse_pdf(path, backend="mupdf")
    assert parse_pdf(path)[0].articles  # "auto" falls back to pdfium
