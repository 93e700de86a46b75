"""The learned line classifier: its shipped model, its features, its answers, its training."""

from __future__ import annotations

import json
import math
import shutil
from importlib import resources
from pathlib import Path

import pytest

from banmian.ingest.text import read_text_source
from banmian.layout.lines import LineInfo, build_line_infos
from banmian.segment.headruns import NO_RUN, RUN_NAMES
from banmian.segment.lineclass import (
    CLASSES,
    MODEL_FILE,
    NO_EVIDENCE,
    LineClassifier,
    LineProbs,
    subheading_probability,
)
from banmian.segment.linecontext import CONTEXT_NAMES, context_rows
from banmian.segment.linefeatures import FEATURE_NAMES, UNPACKED_LINE_FIELDS, feature_rows, page_vectors
from pagetext import body, page

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


# One invented article about a river clean-up with a sub-heading inside, then the title of another
# invented article, opened by its dateline byline.
RIVER = (
    "本报讯（记者 周明远）入秋以来，青石河沿岸的清淤工程进入收尾阶段，河道两岸的垃圾堆放点已全部清理完毕。",
    "施工队伍采用分段围堰的办法，一段一段清理河底淤泥，沿河村民纷纷前来帮忙。",
)
RIVER_SUBHEADING = "河道清淤见成效"
RIVER_MORE = (
    "清淤完成后，青石河的水质明显好转，河道里又能看见成群的小鱼，沿河村民在河边散步的多了起来。",
    "下一步，镇里还将在河道两岸种植花木，建设一条环河步道，让清淤后的河道成为村民休闲的好去处。",
)
LIBRARY_TITLE = "乡村书屋开进山里"
LIBRARY = (
    "本报讯（记者 陈子瑜）日前，县图书馆在山区三个村建起乡村书屋，为村民送去图书两千余册。",
    "书屋每周开放五天，还定期举办读书分享会，受到村民欢迎。",
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


def _subheading_page():
    return _lines(page(body(*RIVER), [RIVER_SUBHEADING, *body(*RIVER_MORE)], [LIBRARY_TITLE], body(*LIBRARY)))


def test_shipped_model_loads_and_matches_the_features():
    model = LineClassifier.load()
    assert model is LineClassifier.load()  # read once
    assert model.meta["feature_names"] == list(FEATURE_NAMES)
    assert model.meta["classes"] == list(CLASSES)
    assert 1000 in model.meta["training"]["seeds"]
    assert 20191001 not in model.meta["training"]["seeds"]  # the evaluation set


def test_line_vectors_unpack_lines_in_their_field_order():
    assert LineInfo._fields == UNPACKED_LINE_FIELDS


def test_feature_vectors_have_one_value_per_name():
    lines = _sample_page()
    rows = feature_rows(lines)
    assert len(rows) == sum(1 for ln in lines if not ln.blank)
    assert all(len(vector) == len(FEATURE_NAMES) for _, vector in rows)
    assert len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)
    context = context_rows([(0.2, 0.05, 0.05, 0.7)] * 3)
    assert all(len(vector) == len(CONTEXT_NAMES) for vector in context)


def test_probabilities_sum_to_one_and_blank_lines_are_body():
    lines = _sample_page()
    probs = LineClassifier.load().probabilities(lines)
    assert len(probs) == len(lines)
    for line, p in zip(lines, probs, strict=True):
        assert isinstance(p, LineProbs)
        assert math.isclose(sum(p), 1.0, abs_tol=1e-9)
        assert all(0.0 <= x <= 1.0 for x in p)
        assert p.heading == p.headline + p.subheading  # what segment.roles reads
        if line.blank:
            assert p == LineProbs(0.0, 0.0, 0.0, 1.0)


def test_fast_scoring_matches_the_full_vectors():
    """Inference adds per-part scores against body; training sees whole vectors: the same model."""
    model = LineClassifier.load()
    data = json.loads(resources.files("banmian.segment").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    weights, intercept = data["weights"], data["intercept"]
    lines = _subheading_page()
    index, first = model.first_stage(lines)
    rows = dict(feature_rows(lines))
    for i, probs in zip(index, first, strict=True):
        scores = [b + sum(w * float(x) for w, x in zip(row, rows[i], strict=True)) for b, row in zip(intercept, weights, strict=True)]
        top = max(scores)
        exps = [math.exp(x - top) for x in scores]
        expected = [e / sum(exps) for e in exps]
        assert all(math.isclose(a, b, abs_tol=1e-9) for a, b in zip(probs, expected, strict=True))


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


def test_subheading_inside_an_article_and_title_before_a_byline():
    """A short line between two paragraphs of one story, no byline after it, is a sub-heading; a
    line that a 「本报讯（记者 …）」 paragraph follows is the next article's title."""
    lines = _subheading_page()
    probs = LineClassifier.load().probabilities(lines)
    sub = next(i for i, ln in enumerate(lines) if ln.text == RIVER_SUBHEADING)
    title = next(i for i, ln in enumerate(lines) if ln.text == LIBRARY_TITLE)
    assert probs[sub].subheading > probs[sub].headline
    assert probs[title].headline > probs[title].subheading
    assert subheading_probability(probs, range(sub, sub + 1)) > 0.5
    assert subheading_probability(probs, range(title, title + 1)) < 0.5
    # The convenience method computes the same from the lines.
    assert LineClassifier.load().subheading_probability(lines, range(sub, sub + 1)) == subheading_probability(probs, range(sub, sub + 1))


def test_subheading_probability_is_a_share_over_the_run():
    probs = [
        LineProbs(0.1, 0.3, 0.0, 0.6),  # share 0.75
        LineProbs(0.0, 0.0, 0.0, 1.0),  # blank or sure body: no evidence, left out
        LineProbs(0.4, 0.4, 0.1, 0.1),  # share 0.5
    ]
    assert math.isclose(subheading_probability(probs, range(3)), 0.625)
    assert subheading_probability(probs, range(1, 2)) == NO_EVIDENCE
    assert subheading_probability(probs, range(0)) == NO_EVIDENCE


def test_heading_runs_get_run_features_and_body_lines_none():
    lines = _subheading_page()
    vec = page_vectors(lines)
    position = {i: j for j, i in enumerate(vec.index)}
    sub = next(i for i, ln in enumerate(lines) if ln.text == RIVER_SUBHEADING)
    title = next(i for i, ln in enumerate(lines) if ln.text == LIBRARY_TITLE)
    names = {name: k for k, name in enumerate(RUN_NAMES)}
    sub_run, title_run = vec.run[position[sub]], vec.run[position[title]]
    assert sub_run[names["run"]] and title_run[names["run"]]
    assert sub_run[names["run_between_bodies"]] and not sub_run[names["run_next_byline"]]
    assert title_run[names["run_next_byline"]]
    assert sub_run[names["overlap_both"]] > title_run[names["overlap_both"]]  # 河道, 清淤 on both sides
    body_line = next(i for i, ln in enumerate(lines) if ln.text.startswith("施工队伍"))
    assert vec.run.get(position[body_line], NO_RUN) == NO_RUN


def test_page_scoring_adds_in_the_order_of_a_line_by_line_dot_product():
    """The whole-page linear stage gives the same floats, to the last bit, as Python's sum over one
    line's products: the probabilities do not depend on how numpy would order a matrix product."""
    import random
    from operator import mul

    import numpy as np

    from banmian.segment.lineclass import _linear

    rng = random.Random(7)
    columns = [[rng.choice((0.0, 1.0, rng.uniform(-3, 3))) for _ in range(40)] for _ in range(30)]
    weights = [[rng.uniform(-5, 5) for _ in range(3)] for _ in range(30)]
    got = _linear(np.array(columns), np.array(weights)).tolist()
    for c in range(3):
        for j in range(40):
            assert got[c][j] == sum(map(mul, [col[j] for col in columns], [w[c] for w in weights]))
