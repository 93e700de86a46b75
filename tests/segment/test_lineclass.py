"""The learned line classifier: its shipped model, its features, its answers, its training."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
from pagetext import body, page

from banmian.ingest.text import read_text_source
from banmian.layout.lines import build_line_infos
from banmian.segment.lineclass import CLASSES, LineClassifier, LineProbs
from banmian.segment.linefeatures import CONTEXT_NAMES, FEATURE_NAMES, context_rows, feature_rows

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

# Invented texts, typeset as pdftotext emits a page: blocks separated by blank lines.
HARVEST = (
    "本报讯（记者 林晓风）金秋时节，河畔新村的千亩稻田迎来丰收，收割机在田间来回穿梭，村民们脸上洋溢着笑容。",
    "今年村里推广了新品种，亩产比去年提高了一成多，合作社还搭起了线上销售平台。",
)
BRIDGE = (
    "县交通运输局日前召开会议，部署冬季道路养护工作，要求各乡镇做好除雪防滑准备。",
    "会议强调，要加强巡查，及时排除安全隐患，确保群众出行平安。",
)


def _lines(text: str):
    return build_line_infos(read_text_source(text).lines)


def _sample_page():
    return _lines(
        page(
            body(*BRIDGE),
            ["河 畔 新 村 千 亩 稻 田 迎 来 丰 收 好 年 景"],
            body(*HARVEST),
        )
    )


def test_shipped_model_loads_and_matches_the_features():
    model = LineClassifier.load()
    assert model is LineClassifier.load()  # read once
    assert model.meta["feature_names"] == list(FEATURE_NAMES)
    assert model.meta["classes"] == list(CLASSES)
    assert 1000 in model.meta["training"]["seeds"]
    assert 20191001 not in model.meta["training"]["seeds"]  # the evaluation set


def test_feature_vectors_have_one_value_per_name():
    lines = _sample_page()
    rows = feature_rows(lines)
    assert len(rows) == sum(1 for ln in lines if not ln.blank)
    assert all(len(vector) == len(FEATURE_NAMES) for _, vector in rows)
    assert len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)
    context = context_rows([(0.2, 0.1, 0.7)] * 3)
    assert all(len(vector) == len(CONTEXT_NAMES) for vector in context)


def test_probabilities_sum_to_one_and_blank_lines_are_body():
    lines = _sample_page()
    probs = LineClassifier.load().probabilities(lines)
    assert len(probs) == len(lines)
    for line, p in zip(lines, probs, strict=True):
        assert isinstance(p, LineProbs)
        assert math.isclose(sum(p), 1.0, abs_tol=1e-9)
        assert all(0.0 <= x <= 1.0 for x in p)
        if line.blank:
            assert p == LineProbs(0.0, 0.0, 1.0)


def test_letter_spaced_wide_line_before_a_byline_is_a_heading():
    lines = _sample_page()
    probs = LineClassifier.load().probabilities(lines)
    title = next(i for i, ln in enumerate(lines) if ln.letter_spaced)
    assert lines[title].width > lines[title].column_width  # wider than its column
    assert probs[title].heading > 0.5
    byline = next(i for i, ln in enumerate(lines) if ln.text.startswith("本报讯"))
    assert probs[byline].body > 0.5
    assert all(p.body > 0.5 for ln, p in zip(lines, probs, strict=True) if not ln.blank and "，" in ln.text)


def test_caption_with_photo_credit_scores_caption():
    lines = _lines(
        page(
            body(*BRIDGE),
            ["10月8日，河畔新村村民在田间收割", "稻谷。图为村民晾晒新米。", "本报记者 林晓风 摄"],
            body(*HARVEST),
        )
    )
    probs = LineClassifier.load().probabilities(lines)
    credit = next(i for i, ln in enumerate(lines) if ln.text.endswith("摄"))
    assert probs[credit].caption > 0.5


def test_training_is_deterministic(tmp_path: Path):
    pytest.importorskip("numpy")
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent: synthetic pages are made from ../shared at run time")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from banmian.eval.train_lines import main

    common = ["--pages", "3", "--seeds", "1000", "--holdout-pages", "0", "--iterations", "200"]
    common += ["--extractors", "pdftotext", "--work", str(tmp_path / "pages")]
    outs = [tmp_path / "a.json", tmp_path / "b.json"]
    for out in outs:
        assert main([*common, "--out", str(out)]) == 0
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in outs)
    assert first == second
    assert first["training"]["seeds"] == [1000]
    LineClassifier(first).probabilities(_sample_page())  # a trained file is a usable model


def test_training_refuses_the_evaluation_seed(tmp_path: Path):
    from banmian.eval.train_lines import main

    with pytest.raises(SystemExit):
        main(["--seeds", "20191001", "--holdout-pages", "0", "--work", str(tmp_path), "--out", str(tmp_path / "m.json")])
