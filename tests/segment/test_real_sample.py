"""The real front page in ../shared against its gold reconstruction (read at run time, never copied)."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest

import banmian

SAMPLE = "samples/liaoyuan-2020-05-31-p1"
COMPARED_FIELDS = ("kind", "kicker", "title", "subtitle", "byline", "continued_to", "continued_from")


def _norm(value: object) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", "" if value is None else str(value)))


@pytest.mark.parametrize("form", ["as extracted", "NFKC"])
def test_sample_page_matches_its_gold(shared_dir, form):
    """Also in Unicode's NFKC form, as corpus pipelines store text (half-width commas and brackets)."""
    gold = json.loads((shared_dir / f"{SAMPLE}.gold.json").read_text(encoding="utf-8"))
    text = (shared_dir / f"{SAMPLE}.txt").read_text(encoding="utf-8")
    result = banmian.parse(text if form == "as extracted" else unicodedata.normalize("NFKC", text)).to_dict()
    assert len(result["articles"]) == len(gold["articles"])
    assert [_norm(b) for b in result["banners"]] == [_norm(b) for b in gold["banners"]]
    assert result["page"]["date"] == gold["page"]["date"]
    assert result["page"]["page_number"] == gold["page"]["page_number"]
    by_title = {_norm(a["title"]): a for a in result["articles"]}
    for expected in gold["articles"]:
        got = by_title.get(_norm(expected["title"]))
        assert got is not None, f"article {expected['id']} not found"
        for field in COMPARED_FIELDS:
            assert _norm(got[field]) == _norm(expected.get(field)), (expected["id"], field)
        assert got["authors"] == expected["authors"], expected["id"]
        assert [_norm(p) for p in got["paragraphs"]] == [_norm(p) for p in expected["paragraphs"]], expected["id"]
        assert [_norm(c) for c in got["captions"]] == [_norm(c) for c in expected["captions"]], expected["id"]
        assert [_norm(s) for s in got["subheadings"]] == [_norm(s) for s in expected.get("subheadings", [])]


def test_sample_page_without_its_blank_lines_keeps_its_articles(shared_dir):
    """The same page as an extractor that marks no blocks (pdfium) would print it."""
    gold = json.loads((shared_dir / f"{SAMPLE}.gold.json").read_text(encoding="utf-8"))
    text = (shared_dir / f"{SAMPLE}.txt").read_text(encoding="utf-8")
    squeezed = "\n".join(line for line in text.split("\n") if line.strip())
    result = banmian.parse(squeezed).to_dict()
    titles = sorted(_norm(a["title"]) for a in result["articles"])
    assert titles == sorted(_norm(a["title"]) for a in gold["articles"])
    by_title = {_norm(a["title"]): a for a in result["articles"]}
    for expected in gold["articles"]:
        got = by_title[_norm(expected["title"])]
        body = _norm("".join(p for p in got["paragraphs"]))
        assert body == _norm("".join(expected["paragraphs"])), expected["id"]
        assert got["authors"] == expected["authors"], expected["id"]


@pytest.mark.parametrize(
    "resaved",
    [
        pytest.param(lambda text: "\n".join("  " + line if line.strip() else line for line in text.split("\n")), id="a margin"),
        pytest.param(lambda text: text.replace("\n", "\r\r\n"), id="line breaks doubled"),
        pytest.param(lambda text: text.replace(" ", "\u00a0").replace("。", "。\u200b"), id="no-break and zero-width spaces"),
    ],
)
def test_sample_page_saved_otherwise_reads_the_same(shared_dir, resaved):
    """The page as other tools save it: every line indented, each line break doubled by a second
    CR LF conversion, no-break spaces and zero-width spaces (ingest.decode, layout.margin,
    layout.linespacing)."""
    text = (shared_dir / f"{SAMPLE}.txt").read_text(encoding="utf-8")
    plain = banmian.parse(text).to_dict()
    other = banmian.parse(resaved(text)).to_dict()
    assert [(a["title"], a["paragraphs"], a["authors"]) for a in other["articles"]] == [
        (a["title"], a["paragraphs"], a["authors"]) for a in plain["articles"]
    ]
    assert other["banners"] == plain["banners"]


def test_sample_page_exported_to_text_reads_back_to_its_articles(shared_dir):
    """``banmian parse --format txt`` writes the page in reading order, a paragraph to a line; read
    back (segment.unwrapped) it gives the same six articles and two banners."""
    from banmian.export.plaintext import page_to_text

    gold = json.loads((shared_dir / f"{SAMPLE}.gold.json").read_text(encoding="utf-8"))
    exported = page_to_text(banmian.parse((shared_dir / f"{SAMPLE}.txt").read_text(encoding="utf-8")))
    result = banmian.parse(exported).to_dict()
    assert [_norm(b) for b in result["banners"]] == [_norm(b) for b in gold["banners"]]
    assert sorted(_norm(a["title"]) for a in result["articles"]) == sorted(_norm(a["title"]) for a in gold["articles"])
    by_title = {_norm(a["title"]): a for a in result["articles"]}
    for expected in gold["articles"]:
        got = by_title[_norm(expected["title"])]
        assert _norm("".join(got["paragraphs"])) == _norm("".join(expected["paragraphs"])), expected["id"]
        for field in COMPARED_FIELDS:
            assert _norm(got[field]) == _norm(expected.get(field)), (expected["id"], field)
