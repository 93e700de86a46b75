"""``banmian render``: the annotated PNG, the HTML page view and the command's outputs and errors.

The pages are drawn here with reportlab (see tests/pdf/pdfdraw.py); their text is invented.
"""

from __future__ import annotations

import base64
import html
import io
import re
from pathlib import Path

import pytest

from banmian import cli, parse_pages
from banmian.errors import InputError
from banmian.model import Article, BBox, Page, Paragraph, Provenance, TextItem
from banmian.render import RenderOptions, render_html, render_pdf_page
from banmian.render.palette import PALETTE, UNPLACED_COLOUR, article_colour, article_number
from banmian.render.regions import page_regions

Image = pytest.importorskip("PIL.Image")

BODY_1 = "本报讯 城西新建的图书馆今天开放，馆内藏书三万余册，设有少儿阅览室和自习区，市民凭身份证即可借阅。"
BODY_2 = "馆长介绍说，图书馆每天开放十二个小时，周末还将举办读书讲座和亲子阅读活动，欢迎市民参加。"
BODY_3 = "本报讯 南湖公园的荷花近日陆续开放，吸引了不少市民前来观赏拍照，公园延长了晚间开放时间。"
SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two pages of 400 × 500 pt, a headline and a column of body text on each."""
    monkeypatch.syspath_prepend(str(Path(__file__).parents[1] / "pdf"))
    from pdfdraw import Sheet, save

    first = Sheet(width=400, height=500)
    first.text(40, 60, "城西图书馆开门迎客", size=20)
    first.column(40, 100, [BODY_1, BODY_2], chars=20)
    second = Sheet(width=400, height=500)
    second.text(40, 60, "南湖荷花进入观赏期", size=20)
    second.column(40, 100, [BODY_3], chars=20)
    return save(tmp_path / "town.pdf", [first, second])


def _png(data: bytes):  # noqa: ANN202 - a PIL image
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB")


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _at(box: BBox) -> Provenance:
    """Where a hand-built item sits: on PDF page 0, in ``box``."""
    return Provenance(page_index=0, bbox=box)


# --- the PNG -------------------------------------------------------------------------------------


def test_png_has_the_page_size_and_the_first_article_in_its_colour(pdf: Path) -> None:
    page = parse_pages(pdf)[0]
    assert page.articles, "the drawn page should parse into at least one article"
    image = _png(render_pdf_page(pdf, 0, page, RenderOptions(scale=1.0)))
    assert abs(image.width - 400) <= 1 and abs(image.height - 500) <= 1
    region = page_regions(page, 0).articles[0]
    colour = article_colour(region.position)
    box = region.bbox
    # Just inside the top-left corner (the number's label) and the bottom-right corner (the outline).
    assert image.getpixel((round(box.x0) + 1, round(box.y0) + 1)) == colour
    assert image.getpixel((round(box.x1) - 1, round(box.y1) - 1)) == colour


def test_scale_and_height_cap(pdf: Path) -> None:
    page = parse_pages(pdf)[0]
    image = _png(render_pdf_page(pdf, 0, page, RenderOptions(scale=2.0)))
    assert abs(image.height - 1000) <= 1
    capped = _png(render_pdf_page(pdf, 0, page, RenderOptions(scale=4.0, max_height_px=600)))
    assert abs(capped.height - 600) <= 1 and abs(capped.width - 480) <= 1


def test_furniture_is_shaded_and_unplaced_text_dashed_red(pdf: Path) -> None:
    page = Page(
        articles=(Article(id="a1", title=TextItem("标题", _at(BBox(40, 40, 240, 62)))),),
        furniture=(TextItem("第1版", _at(BBox(300, 300, 380, 340))),),
        unplaced=(TextItem("无处安放", _at(BBox(40, 400, 200, 460))),),
    )
    image = _png(render_pdf_page(pdf, 0, page, RenderOptions(scale=1.0)))
    shade = image.getpixel((340, 320))  # blank paper under the grey
    assert shade[0] == shade[1] == shade[2] and 150 < shade[0] < 250
    assert image.getpixel((41, 400)) == UNPLACED_COLOUR  # a dash starts at the corner
    row = [image.getpixel((x, 400)) for x in range(40, 200)]
    assert UNPLACED_COLOUR in row and any(p != UNPLACED_COLOUR for p in row)  # dashed, not solid


def test_page_past_the_end_is_one_line_error(pdf: Path) -> None:
    page = parse_pages(pdf)[0]
    with pytest.raises(InputError, match=r"page 5: the PDF has 2 page") as err:
        render_pdf_page(pdf, 4, page)
    assert "\n" not in str(err.value)


def test_article_numbers_and_palette() -> None:
    assert article_number("a7", 0) == 7
    assert article_number("brief", 2) == 3
    assert article_colour(len(PALETTE)) == article_colour(0)
    assert len(set(PALETTE)) == len(PALETTE) and UNPLACED_COLOUR not in PALETTE


def test_options_are_checked() -> None:
    with pytest.raises(ValueError):
        RenderOptions(scale=0)
    with pytest.raises(ValueError):
        RenderOptions(max_height_px=10)


# --- the HTML page view ------------------------------------------------------------------------


def test_html_has_one_clickable_region_per_article(pdf: Path) -> None:
    page = parse_pages(pdf)[0]
    doc = render_html(pdf, 0, page, RenderOptions(scale=1.0))
    assert doc.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in doc
    regions = re.findall(r'<a class="region" id="region-(\d+)" href="#article-(\d+)"', doc)
    assert len(regions) == len(page.articles)
    assert all(a == b for a, b in regions)
    for n, _ in regions:
        assert f'<article id="article-{n}"' in doc
    assert "城西图书馆开门迎客" in doc and "Noto Sans CJK" in doc
    # Self-contained: the page is embedded, nothing is fetched.
    match = re.search(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', doc)
    assert match is not None
    assert _png(base64.b64decode(match.group(1))).size == (400, 500)
    assert not re.search(r'(src|href)="(https?:)?//', doc)


def test_html_escapes_page_text(pdf: Path) -> None:
    article = Article(
        id="a1",
        title=TextItem(SCRIPT, _at(BBox(40, 40, 240, 62))),
        paragraphs=(Paragraph('a < b & "c"', provenance=_at(BBox(40, 70, 240, 120))),),
        captions=(TextItem("<img src=x onerror=alert(2)>", _at(BBox(40, 130, 240, 140))),),
    )
    page = Page(articles=(article,), furniture=(TextItem(SCRIPT, _at(BBox(300, 10, 380, 20))),))
    doc = render_html(pdf, 0, page)
    assert "<script>alert" not in doc and "<img src=x" not in doc
    assert html.escape(SCRIPT) in doc
    assert doc.count("<script>") == 1  # the view's own few lines only
    assert "a &lt; b &amp; &quot;c&quot;" in doc


# --- the command -------------------------------------------------------------------------------


def test_cli_renders_every_page_into_a_folder(pdf: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    code, _, err = _run(["render", str(pdf), "-o", str(out)], capsys)
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["town-p1.png", "town-p2.png"]
    assert _png((out / "town-p2.png").read_bytes()).size[1] == 750  # 500 pt at 1.5 px/pt


def test_cli_one_page_as_html_and_default_names(pdf: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    target = tmp_path / "view.html"
    code, _, err = _run(["render", str(pdf), "--page", "2", "--format", "html", "-o", str(target)], capsys)
    assert code == 0, err
    assert "南湖荷花进入观赏期" in target.read_text(encoding="utf-8")
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    code, _, err = _run(["render", str(pdf), "--page", "1"], capsys)
    assert code == 0, err
    assert [p.name for p in work.iterdir()] == ["town-p1.png"]


@pytest.mark.parametrize(
    ("make", "extra", "needle"),
    [
        (lambda d: d / "missing.pdf", [], "no such file"),
        (lambda d: _text(d / "page.txt"), [], "render needs the PDF"),
        (lambda d: d, [], "is a directory"),
        (None, ["--page", "3"], "no page 3"),
        (None, ["-o", "FILE"], "is a file"),
    ],
)
def test_cli_errors_are_one_line(make, extra, needle, pdf: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    source = pdf if make is None else make(tmp_path)
    if "FILE" in extra:
        blocker = tmp_path / "blocker.png"
        blocker.write_bytes(b"x")
        extra = ["-o", str(blocker)]
    code, out, err = _run(["render", str(source), *extra], capsys)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and needle in err and "Traceback" not in err


def _text(path: Path) -> Path:
    path.write_text("本报讯 这是一页文字层，没有可以绘制的版面。\n", encoding="utf-8")
    return path
