"""What file names and folders say about a page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from banmian.archive.naming import PathFacts, facts_from_path


@pytest.mark.parametrize(
    ("path", "facts"),
    [
        ("in/liaoyuan-2020-05-31-p1.txt", PathFacts("liaoyuan", dt.date(2020, 5, 31), 1)),
        ("in/rmrb_20191007_05.pdf", PathFacts("rmrb", dt.date(2019, 10, 7), 5)),
        ("papers/qinghe/2023-06-08/page03.txt", PathFacts("qinghe", dt.date(2023, 6, 8), 3)),
        ("papers/清河日报/20230608/第2版.txt", PathFacts("清河日报", dt.date(2023, 6, 8), 2)),
        ("sanmen.2011.05.24.A03.pdf", PathFacts("sanmen", dt.date(2011, 5, 24), 3)),
        ("x/scan.pdf", PathFacts("scan", None, None)),
        ("x/2023-13-45-p1.txt", PathFacts("x", None, 1)),
    ],
)
def test_facts_from_path(path: str, facts: PathFacts) -> None:
    assert facts_from_path(Path(path)) == facts
