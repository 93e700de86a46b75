"""The line classifier's training helpers: truth labels for lines, and the sub-heading report."""

from __future__ import annotations

from banmian.eval.train_lines import BODY, HEADLINE, SUBHEADING, boundaries, label_line, truth_pools
from banmian.layout.lines import build_line_infos
from banmian.segment.lineclass import LineClassifier
from pagetext import body

PARTS = (
    "本报讯（记者 林晓）今年以来，县里把产业发展作为乡村振兴的重中之重，一批特色产业项目落地见效。",
    "在白石村，新建的食用菌基地已经投产，每天可采收鲜菇两千余斤。",
)
MORE = ("与此同时，县里持续加大农村基础设施投入，改造提升农村公路一百二十公里。",)
TRUTH = {
    "articles": [
        {
            "kicker": None,
            "title": "产业兴旺 乡村振兴",
            "subtitle": None,
            "byline": "本报讯（记者 林晓）",
            "paragraphs": [PARTS[0].split("）", 1)[1], PARTS[1], "特色产业见实效", MORE[0]],
            "subheadings": ["特色产业见实效"],
            "captions": [],
        }
    ],
    "banners": [],
}


def _lines():
    return build_line_infos(["产业兴旺 乡村振兴", *body(*PARTS), "特色产业见实效", *body(*MORE)])


def test_lines_are_labelled_from_the_truth() -> None:
    pools = truth_pools(TRUTH)
    labels = [label_line(line, pools) for line in _lines()]
    assert labels[0] == HEADLINE
    assert SUBHEADING in labels and labels[1] == BODY


def test_the_sub_heading_report_finds_the_run_between_two_bodies() -> None:
    lines = _lines()
    pools = truth_pools(TRUTH)
    labels = {k: label for k, line in enumerate(lines) if (label := label_line(line, pools)) is not None}
    found, rule_sub = boundaries(lines, LineClassifier.load().probabilities(lines), labels)
    (run,) = found
    assert run.subheading and run.rules
    assert rule_sub == set(run.run)
