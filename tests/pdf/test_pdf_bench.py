"""The PDF benchmark runs on a small drawn page and reports both tools' speeds and their ratio."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pdfdraw import Sheet, save

from banmian.pdf.backend import resolve_backend
from banmian.pdf.bench import bench_pdf


def test_bench_reports_pages_per_second(tmp_path: Path) -> None:
    s = Sheet()
    s.text(40, 160, "测速用的标题", size=20)
    s.column(40, 200, ["测速用的正文只有一段，写几行字就够了，不需要很长。"], chars=12)
    path = save(tmp_path / "b.pdf", [s, s])
    out = io.StringIO()
    result = bench_pdf([path], rounds=1, stream=out)
    assert result.pages == 2 and result.files == 1
    assert result.banmian_pages_per_s > 0
    assert "banmian pdf" in out.getvalue()
    # Every installed reader is timed, the default ("auto"'s choice) first; pdfium always.
    names = [name for name, _ in result.backends]
    assert names[0] == resolve_backend("auto") and "pdfium" in names
    assert result.backends[0][1] == result.banmian_pages_per_s
    assert all(f"({name}" in out.getvalue() for name in names)
    if shutil.which("pdftotext"):
        assert result.pdftotext_pages_per_s is not None and result.ratio is not None
        assert "ratio" in out.getvalue()
    else:
        assert result.ratio is None


def test_bench_needs_rounds_and_files() -> None:
    with pytest.raises(ValueError):
        bench_pdf([], rounds=1, stream=None)
    with pytest.raises(ValueError):
        bench_pdf(["x.pdf"], rounds=0, stream=None)
