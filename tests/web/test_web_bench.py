"""``banmian bench --web`` times real routes of a real archive (no threshold is asserted)."""

from __future__ import annotations

from web_archive import Facts

from banmian.cli import main
from banmian.web.bench import bench_web, format_web_bench


def test_every_route_answers_and_is_timed(facts: Facts) -> None:
    result = bench_web(facts.db, repeat=2)
    names = [r.name for r in result.routes]
    assert names[:4] == ["home", "issue", "page", "api page"]
    assert {"article", "api article"} <= set(names)
    assert any(n.startswith("author ") for n in names)
    assert all(r.median_ms > 0 and r.bytes > 0 for r in result.routes)
    text = format_web_bench(result)
    assert text.count("\n") == len(result.routes) + 2


def test_the_command_needs_an_archive(capsys) -> None:  # noqa: ANN001
    assert main(["bench", "--web"]) == 2
    assert "needs --db" in capsys.readouterr().err
