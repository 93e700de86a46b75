"""The web layer's small parts: options, calendars, bylines, and what importing it costs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from banmian.archive import IssueSummary, NewspaperSummary
from banmian.web import WebOptions
from banmian.web.calendars import paper_calendars
from banmian.web.templating import byline_parts, page_label, query_string


def test_options_defaults_and_bounds() -> None:
    opts = WebOptions()
    assert (opts.host, opts.port) == ("127.0.0.1", 8000)
    for bad in ({"port": 70000}, {"page_size": 0}, {"page_size": 101}, {"image_width": 10}, {"image_cache_mb": -1}, {"log_level": "loud"}):
        with pytest.raises(ValueError):
            WebOptions(**bad)


def _issue(issue_id: int, newspaper: str | None, date: str | None) -> IssueSummary:
    return IssueSummary(issue_id, newspaper, None, date, 1, 1)


def test_calendars_lay_out_months_monday_first() -> None:
    papers = [NewspaperSummary("a", "甲报", 3, "2023-12-31", "2024-02-29"), NewspaperSummary(None, None, 1, None, None)]
    issues = [_issue(1, "a", "2024-02-29"), _issue(2, "a", "2024-02-05"), _issue(3, "a", "2023-12-31"), _issue(4, None, None)]
    first, unnamed = paper_calendars(papers, issues)
    assert first.years == [2024, 2023] and first.year == 2024
    (feb,) = first.months
    assert (feb.year, feb.month, feb.issue_count) == (2024, 2, 2)
    assert [d.day for d in feb.weeks[0]] == [None, None, None, 1, 2, 3, 4]  # 2024-02-01 was a Thursday
    assert feb.weeks[1][0].day == 5 and feb.weeks[1][0].issue_id == 2
    assert feb.weeks[-1][3].day == 29 and feb.weeks[-1][3].issue_id == 1
    assert unnamed.months == [] and [i.id for i in unnamed.undated] == [4]
    (dec,) = paper_calendars(papers, issues, newspaper="a", year=2023)[0].months
    assert dec.month == 12 and dec.weeks[-1][-1].issue_id == 3


def test_byline_names_become_links_in_place() -> None:
    assert byline_parts("本报讯（记者 甲乙 通讯员 丙丁戊）", ["甲乙", "丙丁戊"]) == [
        ("本报讯（记者 ", None),
        ("甲乙", "甲乙"),
        (" 通讯员 ", None),
        ("丙丁戊", "丙丁戊"),
        ("）", None),
    ]
    assert byline_parts("本报记者 甲 乙", ["甲乙"]) == [("本报记者 甲 乙", None), (" ", None), ("甲乙", "甲乙")]


def test_small_filters() -> None:
    assert page_label(3) == "第3版" and page_label(None) == "未编号版面"
    assert query_string({"q": "东湖", "page": "", "offset": None}) == "?q=%E4%B8%9C%E6%B9%96"
    assert query_string({}) == ""


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)


def test_import_without_the_web_extra_says_how_to_install_it() -> None:
    result = _python("import sys; sys.modules['fastapi'] = None; import banmian.web")
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last == "ImportError: the web reader needs fastapi: pip install 'banmian[web]'"


def test_the_core_package_does_not_load_the_web_stack() -> None:
    result = _python(
        "import sys, banmian, banmian.archive, banmian.cli, banmian.web.options;"
        " print(sorted(m for m in ('fastapi', 'starlette', 'jinja2', 'uvicorn') if m in sys.modules))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
