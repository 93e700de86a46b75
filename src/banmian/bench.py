"""``banmian bench``: the text path's throughput on one core, with a same-run reference.

Pages per second alone cannot be compared across machines or runs: a busy or throttled machine
makes the engine look slower. So every round of the engine is followed by a round of a trivial
baseline over the same bytes (decode, split lines, collapse spaces), and the ratio of the two
medians is reported too; a change in the ratio is the engine's, a change in both is the machine's.
"""

from __future__ import annotations

import os
import platform
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from banmian.api import parse
from banmian.errors import InputError
from banmian.fields.wordbreak import clear_word_caches

#: Rounds per input; odd, so the median is a measured round rather than a mean of two.
DEFAULT_ROUNDS = 7
#: Parses per round: at the 300 pages/s target a round lasts about 0.15 s, long enough for
#: ``perf_counter`` to be exact and short enough that the default run takes seconds.
DEFAULT_REPEAT = 50
#: Parses before timing, so imports, regex compilation and caches are not measured.
WARMUP_PARSES = 5
#: The speed the text path must reach on one core (project budget), shown next to the figures.
TARGET_PAGES_PER_S = 300.0

#: Default inputs, relative to the repository root: the bundled demo page, then the real sample
#: page when the shared material is present (it is never copied into the repository).
DEFAULT_INPUTS = ("samples/demo-page.txt", "../shared/samples/liaoyuan-2020-05-31-p1.txt")

_SPACES = re.compile(r"[ \t\u3000]+")


@dataclass(frozen=True, slots=True)
class BenchOptions:
    rounds: int = DEFAULT_ROUNDS
    repeat: int = DEFAULT_REPEAT
    #: Files to measure; empty means :data:`DEFAULT_INPUTS` (those that exist).
    inputs: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class InputResult:
    path: str
    size_bytes: int
    encoding: str
    line_count: int
    articles: int
    #: Seconds per page: median, fastest and slowest round.
    median_s: float
    min_s: float
    max_s: float
    baseline_median_s: float
    #: Largest Python allocation total during one parse (tracemalloc), in bytes.
    peak_traced_bytes: int

    @property
    def pages_per_s(self) -> float:
        return 1.0 / self.median_s if self.median_s > 0 else float("inf")

    @property
    def ratio(self) -> float:
        """How many times the baseline's time the engine takes (engine / baseline)."""
        return self.median_s / self.baseline_median_s if self.baseline_median_s > 0 else float("inf")


@dataclass(frozen=True, slots=True)
class BenchReport:
    results: tuple[InputResult, ...]
    rounds: int
    repeat: int
    python: str
    #: Peak resident memory of the whole process (interpreter included), in bytes; None if unknown.
    max_rss_bytes: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rounds": self.rounds,
            "repeat": self.repeat,
            "python": self.python,
            "max_rss_bytes": self.max_rss_bytes,
            "target_pages_per_s": TARGET_PAGES_PER_S,
            "inputs": [
                {
                    **asdict(r),
                    "pages_per_s": round(r.pages_per_s, 1),
                    "engine_over_baseline": round(r.ratio, 2),
                }
                for r in self.results
            ],
        }


def default_inputs() -> tuple[Path, ...]:
    """The default inputs found from the working directory or, failing that, the source checkout."""
    roots = (Path.cwd(), Path(__file__).resolve().parents[2])
    found = []
    for rel in DEFAULT_INPUTS:
        path = next((root / rel for root in roots if (root / rel).is_file()), None)
        if path is not None:
            found.append(path)
    return tuple(found)


def run_bench(options: BenchOptions) -> BenchReport:
    """Measure every input; raise :class:`~banmian.errors.InputError` if there is nothing to measure."""
    inputs = options.inputs or default_inputs()
    if not inputs:
        raise InputError(f"nothing to measure: {DEFAULT_INPUTS[0]} is missing; pass --input FILE.txt")
    results = tuple(_measure(path, options) for path in inputs)
    return BenchReport(
        results=results,
        rounds=options.rounds,
        repeat=options.repeat,
        python=f"{platform.python_implementation()} {platform.python_version()}",
        max_rss_bytes=_max_rss_bytes(),
    )


def _measure(path: Path, options: BenchOptions) -> InputResult:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read it ({err.strerror or err})") from None
    page = parse(data)  # also raises the input's own error before any timing
    encoding = page.source.encoding or "utf-8"
    for _ in range(WARMUP_PARSES):
        parse(data)
        _baseline(data, encoding)
    engine: list[float] = []
    baseline: list[float] = []
    for _ in range(options.rounds):  # interleaved, so both see the same machine state
        engine.append(_round(lambda: _unseen_page_parse(data), options.repeat))
        baseline.append(_round(lambda: _baseline(data, encoding), options.repeat))
    return InputResult(
        path=_display(path),
        size_bytes=len(data),
        encoding=encoding,
        line_count=page.source.line_count,
        articles=len(page.articles),
        median_s=statistics.median(engine),
        min_s=min(engine),
        max_s=max(engine),
        baseline_median_s=statistics.median(baseline),
        peak_traced_bytes=_peak_traced(lambda: parse(data)),
    )


def _unseen_page_parse(data: bytes) -> object:
    """Parse as a page the process has not seen: the engine keeps the words it cut from headlines
    (``fields.wordbreak``), which a page parsed again would find ready; a corpus's pages seldom
    repeat a headline."""
    clear_word_caches()
    return parse(data)


def _round(work: Callable[[], object], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        work()
    return (time.perf_counter() - start) / repeat


def _baseline(data: bytes, encoding: str) -> int:
    """The least any text path must do: decode, split lines, collapse runs of spaces."""
    text = data.decode(encoding, errors="replace")
    return len([_SPACES.sub(" ", line) for line in text.splitlines()])


def _peak_traced(work: Callable[[], object]) -> int:
    """Peak of Python allocations during one call; measured apart because tracing slows parsing."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _max_rss_bytes() -> int | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024  # macOS reports bytes, Linux KiB


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def format_report(report: BenchReport) -> str:
    """A table for people: per input the median pages/s, its spread and the baseline ratio."""
    lines = [
        f"banmian bench: text path from bytes (decode + engine), one process, {report.python}",
        f"median of {report.rounds} rounds x {report.repeat} parses per input, "
        f"target {TARGET_PAGES_PER_S:.0f} pages/s",
        "",
        f"{'input':<48} {'KiB':>6} {'pages/s':>8} {'ms/page':>8} {'min-max ms':>13} "
        f"{'baseline ms':>11} {'engine/base':>11} {'peak MiB':>8}",
    ]
    for r in report.results:
        spread = f"{r.min_s * 1e3:.2f}-{r.max_s * 1e3:.2f}"
        lines.append(
            f"{_clip(r.path, 48):<48} {r.size_bytes / 1024:>6.1f} {r.pages_per_s:>8.1f} {r.median_s * 1e3:>8.3f} "
            f"{spread:>13} {r.baseline_median_s * 1e3:>11.3f} {r.ratio:>10.1f}x {r.peak_traced_bytes / 2**20:>8.2f}"
        )
    lines.append("")
    if report.max_rss_bytes is not None:
        lines.append(f"process max RSS: {report.max_rss_bytes / 2**20:.1f} MiB (interpreter included)")
    slow = [r.path for r in report.results if r.pages_per_s < TARGET_PAGES_PER_S]
    lines.append(f"below target: {', '.join(slow)}" if slow else "all inputs at or above target")
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1) :]
