"""Training the headline-pair weights (eval.train_stacks) on invented data: labels, a
deterministic fit that separates separable groups, and the recording of the engine's groups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from banmian.eval import train_stacks
from banmian.eval.train_stacks import CLASSES, fit, model_data, page_groups, truth_reading
from banmian.layout.lines import build_line_infos
from banmian.segment import stacks
from banmian.segment.headpairs import pair_cues
from banmian.segment.headunits import Unit
from banmian.segment.pairweights import PAIR_CUES, SCORED_READINGS, SILENT_CUES, PairWeights, Reading
from banmian.segment.roles import Role
from pagetext import body, page

# All headlines, articles and bodies below are invented for these tests.
BODY = [
    "　　本报讯 记者从县水利局获悉，今年汛期",
    "全县各乡镇提前排查隐患，储备抢险物资，",
    "组织应急演练，确保群众生命财产安全。",
]
KICKER_TITLE = (
    ("县长在检查防汛工作时强调", "压实责任确保安全度汛"),
    ("市委书记调研乡村振兴时指出", "因地制宜发展特色产业"),
    ("全省秋季农业生产现场会召开——", "稳住粮食生产基本盘"),
)
WRAPPED_TITLE = (
    ("全镇开展“美丽", "庭院”评选活动"),
    ("青山村举办“稻田", "音乐节”迎丰收"),
    ("城南社区启动“邻里", "互助”服务项目"),
)
TITLE_SUBTITLE = (
    ("老城区供暖管网改造完工", "共更换管道一百二十公里，惠及四万余户居民"),
    ("滨江公园二期对外开放", "新增绿地三十五万平方米，步道长达八公里"),
    ("县人民医院新院区启用", "设置床位八百张，开放门诊科室四十余个"),
)
EXAMPLES = (
    *((pair, Reading.KICKER_TITLE) for pair in KICKER_TITLE),
    *((pair, Reading.WRAPPED_TITLE) for pair in WRAPPED_TITLE),
    *((pair, Reading.TITLE_SUBTITLE) for pair in TITLE_SUBTITLE),
)


def _cues(first: str, second: str) -> tuple[bool, ...]:
    top, low = build_line_infos([first, second, *BODY])[:2]
    return pair_cues(Unit(Role.HEADING, (top,)), Unit(Role.HEADING, (low,)))


def _fit(iterations: int = 300) -> PairWeights:
    cues = [_cues(*pair) for pair, _ in EXAMPLES]
    labels = [CLASSES.index(reading) for _, reading in EXAMPLES]
    bias, weights = fit(cues, labels, train_stacks.DEFAULT_L2, iterations)
    return PairWeights.from_data(model_data(bias, weights, {}))


def test_the_truth_names_the_reading() -> None:
    articles = [
        {"kicker": "县长在检查防汛工作时强调", "title": "压实责任确保安全度汛"},
        {"title": "全镇开展“美丽庭院”评选活动", "subtitle": "共评出示范户一百二十户"},
    ]
    assert truth_reading("县长在检查防汛工作时强调", "压实责任 确保安全度汛", articles) is Reading.KICKER_TITLE
    assert truth_reading("全镇开展“美丽", "庭院”评选活动", articles) is Reading.WRAPPED_TITLE
    assert truth_reading("全镇开展“美丽庭院”评选活动", "共评出示范户一百二十户", articles) is Reading.TITLE_SUBTITLE
    assert truth_reading("压实责任确保安全度汛", "全镇开展“美丽", articles) is None


def test_the_fit_is_deterministic_and_separates_separable_groups() -> None:
    first, second = _fit(), _fit()
    assert first == second
    for pair, reading in EXAMPLES:
        assert first.reading(_cues(*pair)) is reading, pair


def test_the_fit_holds_silent_cues_at_zero_and_writes_every_cue() -> None:
    weights = _fit()
    for name, reading in SILENT_CUES:
        assert weights.cues[PAIR_CUES.index(name)][SCORED_READINGS.index(reading)] == 0.0
    data = model_data(weights.bias, weights.cues, {"seeds": []})
    assert list(data["weights"]) == list(PAIR_CUES)
    assert PairWeights.from_data(json.loads(json.dumps(data))) == weights


def test_the_engine_groups_are_recorded_with_their_truth() -> None:
    kicker, title = KICKER_TITLE[0]
    text = page(
        [kicker, title],
        body("本报讯（记者 林晓风）入汛以来，县里组织各乡镇排查山塘水库隐患，储备沙袋和冲锋舟，开展应急演练。"),
    )
    original = stacks.group_fields
    groups = page_groups(text, [{"kicker": kicker, "title": title}])
    # Met more than once inside the parse (both reading orders), counted once.
    assert groups == [(_cues(kicker, title), Reading.KICKER_TITLE)]
    assert stacks.group_fields is original  # restored after recording


def test_every_break_of_a_longer_group_is_recorded_as_a_pair() -> None:
    lines = ["庆祝青岗县建县六十周年", "主题展览开幕——", "回望来时路"]
    text = page(lines, body("本报讯（记者 林晓风）庆祝建县六十周年主题展览昨日在县博物馆开幕，展出图片六百余幅。"))
    article = {"kicker": "庆祝青岗县建县六十周年主题展览开幕——", "title": "回望来时路"}
    groups = page_groups(text, [article])
    # The kicker's own wrap is no reading of the three (left unlabelled); its end over the title is.
    assert sorted(str(reading) for _, reading in groups) == ["None", "kicker_title"]


def test_the_evaluation_seed_is_never_trained_on(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text(json.dumps({"seed": 20191001}), encoding="utf-8")
    with pytest.raises(SystemExit, match="never train"):
        train_stacks.main(["--pages-dir", str(tmp_path), "--holdout-pages", "0", "--out", str(tmp_path / "m.json")])
