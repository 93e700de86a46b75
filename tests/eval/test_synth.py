"""The synthetic page generator: truth schema, determinism, and truth ↔ text-layer agreement."""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from banmian.eval.synth import SYNTH_VERSION, SynthOptions, SynthSet, generate_set
from banmian.eval.synth.extract import ExtractorError, extract
from banmian.eval.synth.fonts import MING, FontMissingError, register_fonts
from banmian.eval.synth.generate import DEFAULT_EXTRACTORS
from banmian.eval.synth.text import set_line, squeeze_marks, tokenize
from banmian.eval.synth.truth import missing_paragraphs, squash
from banmian.layout.fragments import is_fragmented

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
#: Pages in the shared sample set: enough for every byline form and both drawing orders to occur.
SAMPLE_PAGES = 20
SEED = 20191001
EXTRACTORS = ("pdftotext", "pdfium", "pdftotext-raw")
#: On pages drawn in shuffled article order pdfium may merge a line of one article into a
#: neighbour's line on the same row; at most this share of paragraphs may be hit there.
SHUFFLED_MISS_SHARE = 0.03

ARTICLE_KEYS = {
    "kind",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "authors",
    "paragraphs",
    "subheadings",
    "captions",
    "continued_to",
    "continued_from",
}
BYLINE_FORMS = {
    "xun_reporter": r"^本报讯（记者 \S+）$",
    "xun_reporters": r"^本报讯（记者 \S+ \S+）$",
    "xun_mixed": r"^本报讯（记者 \S+ 通讯员 \S+ \S+）$",
    "xun_correspondent": r"^本报讯（通讯员 \S+）$",
    "reporter_line": r"^本报记者 +\S.*(?<!摄影报道)$",
    "reporter_line_spaced_name": r"^本报记者 .*\S  \S",
    "xinhua": r"^新华社\w+\d+月\d+日电 *（记者 ",
    "benbao_dian": r"^本报\w+\d+月\d+日电 *（记者 \S+）$",
    "photo_report": r"^本报记者 \S+ 摄影报道$",
    "brief": r"^（\S+ \S+）$",
    "commentator": r"^本报评论员$",
}


def _require_tools() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent: the generator reads its texts from ../shared at run time")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    try:
        register_fonts()
    except FontMissingError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> SynthSet:
    _require_tools()
    out = tmp_path_factory.mktemp("synth")
    return generate_set(SynthOptions(CORPUS, out, pages=SAMPLE_PAGES, seed=SEED, extractors=EXTRACTORS))


def _truth(sample: SynthSet, page: Any) -> dict[str, Any]:
    return json.loads((sample.out_dir / page.truth).read_text(encoding="utf-8"))


def _text(sample: SynthSet, page: Any, extractor: str) -> str:
    return (sample.out_dir / page.texts[extractor]).read_text(encoding="utf-8")


def _articles(sample: SynthSet) -> list[dict[str, Any]]:
    return [a for p in sample.pages for a in _truth(sample, p)["articles"]]


def test_manifest_names_every_file(sample: SynthSet) -> None:
    manifest = json.loads((sample.out_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["generator"] == "banmian.synth"
    assert manifest["version"] == SYNTH_VERSION
    assert manifest["seed"] == SEED
    assert [p["id"] for p in manifest["pages"]] == [f"p{i:04d}" for i in range(1, SAMPLE_PAGES + 1)]
    for page in manifest["pages"]:
        assert set(page["texts"]) == set(EXTRACTORS)
        for name in (page["truth"], page["pdf"], *page["texts"].values()):
            assert (sample.out_dir / name).is_file()
        assert {"columns", "order", "article_order", "fonts"} <= set(page["layout"])


def test_truth_follows_the_export_contract(sample: SynthSet) -> None:
    for page in sample.pages:
        truth = _truth(sample, page)
        assert set(truth) == {"page", "banners", "articles"}
        assert set(truth["page"]) == {"newspaper", "date", "page_number", "section"}
        if truth["page"]["date"] is not None:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", truth["page"]["date"])
        assert truth["articles"], page.id
        for article in truth["articles"]:
            assert set(article) == ARTICLE_KEYS
            assert article["kind"] in {"article", "notice", "brief", "commentary", "photo"}
            assert all(p and not p.startswith("\u3000") for p in article["paragraphs"])
            assert set(article["subheadings"]) <= set(article["paragraphs"])
            if article["byline"]:
                assert all(p != article["byline"] for p in article["paragraphs"])
                assert all(name in article["byline"].replace(" ", "") for name in article["authors"])
        for banner in truth["banners"]:
            assert 2 <= len(banner.split(" ")) <= 4 and banner[-1] not in "。！？"


def test_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    _require_tools()
    runs = []
    for name in ("a", "b"):
        generate_set(SynthOptions(CORPUS, tmp_path / name, pages=3, seed=7))
        runs.append(
            {f.name: f.read_bytes() for f in sorted((tmp_path / name).iterdir()) if f.suffix != ".pdf"}
        )
    assert runs[0] == runs[1]
    assert len(runs[0]) == 1 + 3 * (1 + len(DEFAULT_EXTRACTORS))  # manifest; per page truth and texts


def test_pdfium_text_holds_every_truth_paragraph_in_order(sample: SynthSet) -> None:
    shuffled_missing = shuffled_total = 0
    for page in sample.pages:
        truth = _truth(sample, page)
        missing = missing_paragraphs(truth, _text(sample, page, "pdfium"))
        if page.layout["article_order"] == "shuffled":
            shuffled_missing += len(missing)
            shuffled_total += sum(len(a["paragraphs"]) for a in truth["articles"])
        else:
            assert missing == [], page.id
    assert shuffled_missing <= SHUFFLED_MISS_SHARE * max(1, shuffled_total)


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_every_extractor_keeps_all_truth_characters(sample: SynthSet, extractor: str) -> None:
    for page in sample.pages:
        truth = _truth(sample, page)
        printed = [*truth["banners"]]
        for a in truth["articles"]:
            printed += [a["kicker"] or "", a["title"] or "", a["subtitle"] or "", a["byline"] or ""]
            printed += a["paragraphs"] + a["captions"]
        lacking = Counter(squash("".join(printed))) - Counter(squash(_text(sample, page, extractor)))
        assert not lacking, (page.id, dict(lacking))


def test_every_byline_form_appears(sample: SynthSet) -> None:
    bylines = [a["byline"] for a in _articles(sample) if a["byline"]]
    absent = [
        form for form, pattern in BYLINE_FORMS.items() if not any(re.search(pattern, b) for b in bylines)
    ]
    assert absent == []


def test_kinds_and_page_features_all_occur(sample: SynthSet) -> None:
    articles = _articles(sample)
    assert {a["kind"] for a in articles} == {"article", "notice", "brief", "commentary", "photo"}
    assert any(a["subheadings"] for a in articles)
    assert any(a["captions"] for a in articles)
    assert any(a["continued_to"] for a in articles)
    assert any(a["continued_from"] for a in articles)
    assert any(_truth(sample, p)["banners"] for p in sample.pages)
    infos = [_truth(sample, p)["page"] for p in sample.pages]
    assert any(i["newspaper"] and i["page_number"] == 1 for i in infos)
    assert any(i["section"] and i["page_number"] and i["page_number"] > 1 for i in infos)
    assert any(all(v is None for v in i.values()) for i in infos)


def test_jump_notes_are_printed_but_not_paragraphs(sample: SynthSet) -> None:
    for page in sample.pages:
        text = squash(_text(sample, page, "pdfium"))
        for a in _truth(sample, page)["articles"]:
            assert not any(re.search(r"[上下]转第|上接第", p) for p in a["paragraphs"])
            if a["continued_to"]:
                assert re.search(rf"下转第({a['continued_to']}|[一二三四五六七八九十]+)版", text)
            if a["continued_from"]:
                assert "上接第" in text


def test_printed_page_header_tells_the_truth(sample: SynthSet) -> None:
    for page in sample.pages:
        info = _truth(sample, page)["page"]
        text = _text(sample, page, "pdfium")
        if info["date"]:
            y, m, d = (int(x) for x in info["date"].split("-"))
            assert re.search(rf"{y}\s*年\s*{m}\s*月\s*{d}\s*日", text), page.id
        if info["section"]:
            assert info["section"] in text


def test_both_drawing_orders_occur_and_body_first_puts_titles_after_bodies(sample: SynthSet) -> None:
    orders = {p.layout["order"] for p in sample.pages}
    assert orders == {"reading", "body-first"}
    later = 0
    for page in sample.pages:
        if page.layout["order"] != "body-first":
            continue
        text = squash(_text(sample, page, "pdfium"))
        for a in _truth(sample, page)["articles"]:
            if a["kind"] == "article" and a["title"] and a["paragraphs"]:
                body, title = text.find(squash(a["paragraphs"][0])), text.find(squash(a["title"]))
                later += 0 <= body < title
    assert later > 0


def test_extractors_show_the_spacing_of_real_pages(sample: SynthSet) -> None:
    texts = "\n".join(_text(sample, p, "pdftotext") for p in sample.pages)
    assert re.search(r"\d+ 月 \d+ 日", texts), "Latin digits in their own font are spaced from CJK"
    titles = [a["title"] for a in _articles(sample) if a["title"] and len(a["title"]) >= 4]
    assert any(" ".join(t.replace(" ", "")[:4]) in texts for t in titles), "some title is letter-spaced"


def test_unknown_extractor_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExtractorError):
        generate_set(SynthOptions(CORPUS, tmp_path, pages=1, extractors=("ocr",)))


def test_pymupdf_reads_every_truth_character(sample: SynthSet) -> None:
    """The optional PyMuPDF extractor (``--extractors pymupdf``) loses no printed character either."""
    pytest.importorskip("pymupdf", reason="PyMuPDF is not installed (optional extra: pip install 'banmian[mupdf]')")
    for page in sample.pages[:5]:
        truth = _truth(sample, page)
        printed = [*truth["banners"]]
        for a in truth["articles"]:
            printed += [a["kicker"] or "", a["title"] or "", a["subtitle"] or "", a["byline"] or ""]
            printed += a["paragraphs"] + a["captions"]
        text = extract(sample.out_dir / page.pdf, "pymupdf")
        lacking = Counter(squash("".join(printed))) - Counter(squash(text))
        assert not lacking, (page.id, dict(lacking))


def test_pymupdf_missing_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pymupdf", None)  # import fails as when the extra is absent
    with pytest.raises(ExtractorError, match=r"banmian\[mupdf\]"):
        extract(tmp_path / "page.pdf", "pymupdf")


def test_founder_squeezed_pieces_break_the_raw_text_and_nothing_else(sample: SynthSet, tmp_path: Path) -> None:
    """``squeeze_objects`` draws the same pages (same articles) with Founder's squeezed marks, each a
    piece overlapping its neighbour: pdftotext -raw then breaks lines at punctuation, as it does on
    real Founder pages, while pdfium still reads every paragraph and every character."""
    pages = 3
    squeezed = generate_set(
        SynthOptions(CORPUS, tmp_path, pages=pages, seed=SEED, extractors=EXTRACTORS, squeeze_objects=True)
    )
    for plain_page, page in zip(sample.pages[:pages], squeezed.pages, strict=True):
        # The same articles: a line holding more characters may fit more of a text, so only the
        # cut of an article that does not fit can differ.
        titles = [(a["kicker"], a["title"]) for a in _truth(squeezed, page)["articles"]]
        assert titles == [(a["kicker"], a["title"]) for a in _truth(sample, plain_page)["articles"]]
        assert page.layout["punctuation_objects"] == "founder-squeezed"
        assert "punctuation_objects" not in plain_page.layout
        assert is_fragmented(_text(squeezed, page, "pdftotext-raw").splitlines()), page.id
        assert not is_fragmented(_text(sample, plain_page, "pdftotext-raw").splitlines()), page.id
        truth = _truth(squeezed, page)
        printed = [p for a in truth["articles"] for p in (a["title"] or "", *a["paragraphs"], *a["captions"])]
        for extractor in ("pdfium", "pdftotext-raw"):
            lacking = Counter(squash("".join(printed))) - Counter(squash(_text(squeezed, page, extractor)))
            assert not lacking, (page.id, extractor, dict(lacking))


def test_a_squeezed_mark_is_half_an_em_and_a_piece_of_its_own() -> None:
    try:
        register_fonts()
    except FontMissingError as exc:
        pytest.skip(str(exc))
    size = 10.0
    tokens = squeeze_marks(tokenize("县里“新桥”，通车", MING, size, None, 200.0), size)
    assert [t.width for t in tokens if t.squeezed] == [size / 2] * 3
    line = set_line(tokens, 200.0, size)
    # Each squeezed mark is a piece of its own; the opening quote's glyph starts half an em into
    # the character before it, the characters after a closing mark half an em into its box.
    assert [s.text for s in line.segments] == ["县里", "“", "新桥", "”", "，", "通车"]
    assert line.segments[1].dx == pytest.approx(1.5 * size)
    assert line.segments[2].dx == pytest.approx(2.5 * size)
    assert line.width == pytest.approx(6 * size + 3 * size / 2)
    # An opening mark after a squeezed closing mark keeps its em (「。“」 takes an em and a half).
    pair = squeeze_marks(tokenize("好。“新", MING, size, None, 200.0), size)
    assert [t.width / size for t in pair] == pytest.approx([1.0, 0.5, 1.0, 1.0])
