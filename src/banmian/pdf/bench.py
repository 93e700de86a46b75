"""How fast the PDF path reads pages, next to ``pdftotext`` on the same files.

``bench_pdf(paths, rounds)`` times every installed reader (``backend``: pypdfium2 always, PyMuPDF
when installed) on its own: it reads every file once to warm up (imports, the library's first
load), then ``rounds`` times, timing each round on the wall clock; a round's speed is the pages it read
divided by its time, and the figure reported is the median over the rounds (robust to a noisy
neighbour). ``pdftotext`` (poppler) runs the same files, one process each, as a user would run it:
its figure includes the process start, which is part of its cost. Both run on one core: banmian's
path is single-threaded and ``pdftotext`` runs one file at a time.

The headline figure is the default reader's (``"auto"``: what ``parse_pdf`` uses). The ratio is
banmian's speed over ``pdftotext``'s: pdftotext only dumps text, so it is a floor
for the cost of reading a page at all, not a competitor doing the same work.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

#: Seconds a ``pdftotext`` run may take before the benchmark gives up on it (a hung tool).
PDFTOTEXT_TIMEOUT_S = 60.0


@dataclass(frozen=True, slots=True)
class PdfBench:
    """Median pages per second of banmian's PDF path and of ``pdftotext`` on the same files."""

    files: int
    pages: int  # pages per round
    rounds: int
    #: The default reader's speed (the one ``parse_pdf`` uses when not told).
    banmian_pages_per_s: float
    #: None when ``pdftotext`` is not installed.
    pdftotext_pages_per_s: float | None
    #: Every installed reader's speed, the default first: (backend, pages/s).
    backends: tuple[tuple[str, float], ...] = ()

    @property
    def ratio(self) -> float | None:
        """banmian's speed over pdftotext's (1.0: as fast)."""
        return self.ratio_of(self.banmian_pages_per_s)

    def ratio_of(self, pages_per_s: float) -> float | None:
        if not self.pdftotext_pages_per_s:
            return None
        return pages_per_s / self.pdftotext_pages_per_s

    def report(self) -> str:
        head = f"{self.files} file(s), {self.pages} page(s), {self.rounds} round(s), median:"
        lines = [head]
        named = self.backends or (("default", self.banmian_pages_per_s),)
        for i, (backend, speed) in enumerate(named):
            label = f"banmian pdf ({backend}{', default' if i == 0 and len(named) > 1 else ''})"
            lines.append(f"  {label:<31}{speed:8.1f} pages/s  ({1000 / speed:.1f} ms/page)")
        if self.pdftotext_pages_per_s is None:
            lines.append(f"  {'pdftotext':<31}not installed")
            return "\n".join(lines)
        lines.append(
            f"  {'pdftotext':<31}{self.pdftotext_pages_per_s:8.1f} pages/s  ({1000 / self.pdftotext_pages_per_s:.1f} ms/page)"
        )
        for backend, speed in named:
            lines.append(f"  {'ratio ' + backend:<31}{self.ratio_of(speed):8.2f}  (banmian / pdftotext)")
        return "\n".join(lines)


def _banmian_round(paths: Sequence[str], backend: str = "auto") -> tuple[int, float]:
    from banmian.pdf import parse_pdf

    pages = 0
    start = time.perf_counter()
    for path in paths:
        pages += len(parse_pdf(path, backend=backend))
    return pages, time.perf_counter() - start


def _pdftotext_round(tool: str, paths: Sequence[str]) -> float:
    start = time.perf_counter()
    for path in paths:
        subprocess.run([tool, "-q", "-enc", "UTF-8", path, "-"], stdout=subprocess.DEVNULL, check=False, timeout=PDFTOTEXT_TIMEOUT_S)
    return time.perf_counter() - start


def installed_backends() -> tuple[str, ...]:
    """The readers that can run here, the default (``"auto"``'s choice) first."""
    from banmian.pdf.backend import resolve_backend
    from banmian.pdf.chars_mupdf import mupdf_available

    default = resolve_backend("auto")
    others = [b for b in ("mupdf", "pdfium") if b != default and (b == "pdfium" or mupdf_available())]
    return (default, *others)


def _median_speed(files: Sequence[str], rounds: int, backend: str) -> tuple[int, float]:
    pages, _ = _banmian_round(files, backend)  # warm-up: imports and the first load are not the page cost
    return pages, statistics.median(pages / max(_banmian_round(files, backend)[1], 1e-9) for _ in range(rounds))


def bench_pdf(paths: Sequence[str | os.PathLike[str]], rounds: int = 5, stream: TextIO | None = sys.stdout) -> PdfBench:
    """Time banmian's PDF path (each installed reader) and ``pdftotext`` on ``paths``; print the
    report to ``stream`` (None: print nothing) and return the figures."""
    if rounds < 1:
        raise ValueError("rounds must be at least 1")
    files = [os.fspath(p) for p in paths]
    if not files:
        raise ValueError("no PDF files to time")
    speeds: list[tuple[str, float]] = []
    pages = 0
    for backend in installed_backends():
        pages, speed = _median_speed(files, rounds, backend)
        speeds.append((backend, speed))
    tool = shutil.which("pdftotext")
    theirs: float | None = None
    if tool is not None:
        _pdftotext_round(tool, files)
        theirs = statistics.median(pages / max(_pdftotext_round(tool, files), 1e-9) for _ in range(rounds))
    result = PdfBench(len(files), pages, rounds, speeds[0][1], theirs, tuple(speeds))
    if stream is not None:
        print(result.report(), file=stream)
    return result
