"""Article confidence calibrated from what the page shows of the article (segment.calibration).

The page is invented text: two reports in one column, each under its headline and byline.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

import banmian
from banmian.model import PageWarning
from banmian.options import ParseOptions
from banmian.segment.calibration import (
    CONFIDENCE_DECIMALS,
    CONFIDENCE_MODEL_FORMAT,
    EVIDENCE,
    ConfidenceModel,
    article_evidence,
    blank_line_share,
    calibrated,
    page_level_evidence,
)

PAGE = """\
青石镇新修机耕道通到田头
本报讯（记者 林晓）青石镇今年新修的
机耕道通到了各村的田头，春耕的农机下
田更方便了。
镇农技站的技术员还挨家挨户上门，教
农户使用新型播种机。

临江县图书馆少儿阅览室开放
本报讯（记者 何春生）临江县图书馆少
儿阅览室日前开放，新添图书两万册。
"""


#: One blank line among the page's ten.
BLANK_SHARE = blank_line_share(PAGE.splitlines())


def test_the_blank_line_share_counts_blank_lines() -> None:
    assert BLANK_SHARE == 1 / 10
    assert blank_line_share([]) == 0.0


def _rules_page() -> banmian.Page:
    return banmian.parse(PAGE, ParseOptions(calibrated_confidence=False))


def test_the_evidence_reads_the_article_and_its_page() -> None:
    page = _rules_page()
    evidence = article_evidence(page, page.articles[0], page_level_evidence(page, BLANK_SHARE))
    assert set(evidence) == set(EVIDENCE)
    assert evidence["blank_line_share"] == BLANK_SHARE
    assert evidence["rule_confidence"] == page.articles[0].confidence
    assert evidence["titled"] == evidence["bylined"] == 1.0
    assert evidence["log_paragraphs"] == pytest.approx(math.log1p(2))
    assert evidence["log_page_articles"] == pytest.approx(math.log1p(2))
    assert evidence["interleaved"] == evidence["side_by_side"] == 0.0


def test_a_hand_made_model_gives_the_logistic_of_its_score() -> None:
    weights = dict.fromkeys(EVIDENCE, 0.0) | {"rule_confidence": 2.0, "titled": 0.5}
    model = ConfidenceModel({"format": CONFIDENCE_MODEL_FORMAT, "intercept": -1.0, "weights": weights})
    page = _rules_page()
    rule = page.articles[0].confidence
    expected = round(1.0 / (1.0 + math.exp(-(2.0 * rule + 0.5 - 1.0))), CONFIDENCE_DECIMALS)
    assert calibrated(page, BLANK_SHARE, model).articles[0].confidence == expected


def test_a_model_of_another_format_or_lacking_evidence_is_refused() -> None:
    with pytest.raises(ValueError, match="format"):
        ConfidenceModel({"format": 0, "intercept": 0.0, "weights": dict.fromkeys(EVIDENCE, 0.0)})
    with pytest.raises(ValueError, match="lacks"):
        ConfidenceModel({"format": CONFIDENCE_MODEL_FORMAT, "intercept": 0.0, "weights": {"titled": 1.0}})


def test_parse_gives_the_shipped_calibration_unless_told_not_to() -> None:
    rules = _rules_page()
    default = banmian.parse(PAGE)
    shipped = ConfidenceModel.load()
    for kept, made in zip(rules.articles, default.articles, strict=True):
        evidence = article_evidence(rules, kept, page_level_evidence(rules, BLANK_SHARE))
        assert made.confidence == round(shipped.probability(evidence), CONFIDENCE_DECIMALS)
        assert 0.0 < made.confidence < 1.0
    assert [a.confidence for a in rules.articles] != [a.confidence for a in default.articles]


def test_the_shipped_model_doubts_an_article_on_a_page_of_interleaved_columns() -> None:
    page = _rules_page()
    warned = replace(page, warnings=(*page.warnings, PageWarning("interleaved_columns", "")))
    assert calibrated(warned, BLANK_SHARE).articles[0].confidence < calibrated(page, BLANK_SHARE).articles[0].confidence


def test_on_a_page_unlike_any_training_page_the_model_may_not_raise_the_rules_doubt() -> None:
    page = _rules_page()
    strange = replace(page, warnings=(*page.warnings, PageWarning("read_in_windows", "")))
    for rules, made in zip(strange.articles, calibrated(strange, BLANK_SHARE).articles, strict=True):
        assert made.confidence <= rules.confidence


def test_a_text_never_wrapped_keeps_the_rules_confidences() -> None:
    """Its blank lines between paragraphs mean to the model what pdftotext's blocks mean: the
    model's estimates there were off by 0.294 on average, the rules' by 0.131."""
    page = _rules_page()
    unwrapped = replace(page, warnings=(*page.warnings, PageWarning("unwrapped_text", "")))
    assert calibrated(unwrapped, BLANK_SHARE) == unwrapped
    assert calibrated(page, BLANK_SHARE) != page


def test_each_page_of_a_text_with_page_breaks_is_calibrated_as_on_its_own() -> None:
    second = PAGE.replace("林晓", "周敏")
    both = banmian.parse_pages(PAGE + "\f" + second)
    alone = [banmian.parse(PAGE), banmian.parse(second)]
    assert [[a.confidence for a in p.articles] for p in both] == [[a.confidence for a in p.articles] for p in alone]


def test_the_shipped_model_ranks_articles_better_than_the_rules_on_held_out_pages() -> None:
    """A check of the shipped data, not of code: the figures the training command wrote into the
    file (python -m banmian.eval.train_confidence):
    on the held-out seed's pages the calibrated confidence ranks right articles above wrong ones more
    often, and is nearer the share right, than the rules' own, in every extractor's text."""
    held_out = ConfidenceModel.load().meta["held_out"]["figures"]
    for extractor, figures in held_out.items():
        assert figures["model_auc"] > figures["rules_auc"], extractor
        assert figures["model_calibration_error"] < figures["rules_calibration_error"], extractor


def test_lines_held_by_spans_count_each_line_once() -> None:
    from banmian.model import LineSpan
    from banmian.segment.calibration import _lines_held

    spans = [LineSpan(5, 8), LineSpan(1, 2), LineSpan(7, 10), LineSpan(10, 10), LineSpan(12, 12)]
    assert _lines_held(spans) == 2 + 6 + 1
    assert _lines_held([]) == 0
