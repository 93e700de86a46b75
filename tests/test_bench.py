"""``banmian bench`` on a tiny invented page, with one round, so the test stays fast."""

from __future__ import annotations

import json
from pathlib import Path

from banmian import cli
from banmian.bench import BenchOptions, default_inputs, format_report, run_bench

PAGE_TEXT = "本报讯 县文化馆举办少儿绘画展，展出作品两百余幅。\n\n少儿绘画展开幕\n"


def test_run_bench_reports_per_input_figures(tmp_path: Path) -> None:
    page = tmp_path / "bench-page.txt"
    page.write_text(PAGE_TEXT, encoding="gb18030")
    report = run_bench(BenchOptions(rounds=3, repeat=2, inputs=(page,)))
    (result,) = report.results
    assert result.size_bytes == len(PAGE_TEXT.encode("gb18030"))
    assert result.encoding == "gb18030"
    assert result.min_s <= result.median_s <= result.max_s
    assert result.pages_per_s > 0 and result.baseline_median_s > 0 and result.ratio > 0
    assert result.peak_traced_bytes > 0
    text = format_report(report)
    assert "bench-page.txt" in text and "pages/s" in text and "engine/base" in text


def test_every_timed_parse_starts_without_the_words_cut_before(tmp_path: Path, monkeypatch) -> None:
    """The engine keeps the words it cut from headlines across parses; the benchmark clears them
    before every timed parse, so that parsing one page again does not flatter the figure."""
    import banmian.bench as bench

    page = tmp_path / "bench-page.txt"
    page.write_text(PAGE_TEXT, encoding="utf-8")
    cleared: list[int] = []
    monkeypatch.setattr(bench, "clear_word_caches", lambda: cleared.append(1))
    run_bench(BenchOptions(rounds=3, repeat=2, inputs=(page,)))
    assert len(cleared) == 3 * 2


def test_clearing_the_word_caches_empties_them() -> None:
    from banmian.fields import wordbreak

    wordbreak.last_word("临江县茶叶节开幕")
    wordbreak.tagged_words("临江县茶叶节开幕")
    wordbreak.first_words("临江县茶叶节开幕")
    wordbreak.clear_word_caches()
    cached = (wordbreak.last_word, wordbreak.tagged_words, wordbreak.first_words)
    assert [f.cache_info().currsize for f in cached] == [0, 0, 0]


def test_default_inputs_exist() -> None:
    assert all(p.is_file() for p in default_inputs())


def test_bench_command_json(tmp_path: Path, capsys) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE_TEXT, encoding="utf-8")
    assert cli.main(["bench", "--rounds", "1", "--repeat", "1", "--input", str(page), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rounds"] == 1 and data["inputs"][0]["pages_per_s"] > 0


def test_bench_command_bad_input_is_one_line(tmp_path: Path, capsys) -> None:
    assert cli.main(["bench", "--rounds", "1", "--repeat", "1", "--input", str(tmp_path / "none.txt")]) == 1
    err = capsys.readouterr().err
    assert err == f"banmian: error: {tmp_path / 'none.txt'}: cannot read it (No such file or directory)\n"
