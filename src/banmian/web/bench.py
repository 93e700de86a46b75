"""``banmian bench --web``: how fast the reader answers, route by route, on an existing archive.

Requests go through the whole application in this process (routing, the archive read, templates,
headers) with Starlette's test client, so the figure is the server's own time without the network.
The pages timed are picked from the archive itself: the middle issue, its first page, the article
and reporter of the first hit for the most common credited author.
"""

from __future__ import annotations

import statistics
import time
import urllib.parse
import warnings
from dataclasses import dataclass
from pathlib import Path

from banmian.archive import Archive
from banmian.errors import BanmianError

#: Timed requests per route, after one untimed request that warms caches.
DEFAULT_REPEAT = 15
TAIL_PERCENTILE = 95
_MS_PER_S = 1000.0


@dataclass(frozen=True, slots=True)
class RouteTiming:
    name: str
    path: str
    median_ms: float
    p95_ms: float
    bytes: int


@dataclass(frozen=True, slots=True)
class WebBenchResult:
    db: str
    repeat: int
    routes: tuple[RouteTiming, ...]


def bench_web(db: Path, repeat: int = DEFAULT_REPEAT) -> WebBenchResult:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the test client's own deprecation notices
        from fastapi.testclient import TestClient

    from banmian.web import create_app

    client = TestClient(create_app(db))
    timings = []
    for name, path in _routes(db):
        first = client.get(path)
        if first.status_code != 200:
            raise BanmianError(f"{path}: HTTP {first.status_code}")
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(path)
            samples.append((time.perf_counter() - started) * _MS_PER_S)
        samples.sort()
        p95 = samples[max(0, -(-TAIL_PERCENTILE * len(samples) // 100) - 1)]
        timings.append(RouteTiming(name, path, statistics.median(samples), p95, len(first.content)))
    return WebBenchResult(str(db), repeat, tuple(timings))


def _routes(db: Path) -> list[tuple[str, str]]:
    with Archive(db) as archive:
        issues = archive.issues()
        if not issues:
            raise BanmianError(f"{db}: the archive has no issues to time")
        issue = issues[len(issues) // 2]
        page = archive.issue(issue.id).pages[0]
        top = archive.top_authors(1)
        author = top[0][0] if top else None
        hits = archive.search(author).hits if author else archive.search(None).hits
    quoted = urllib.parse.quote(author or "")
    routes = [
        ("home", "/"),
        ("issue", f"/issues/{issue.id}"),
        ("page", f"/pages/{page.id}"),
        ("api page", f"/api/pages/{page.id}"),
    ]
    if hits:
        uid = urllib.parse.quote(hits[0].article.uid)
        routes += [("article", f"/articles/{uid}"), ("api article", f"/api/articles/{uid}")]
    if author:
        routes += [
            (f"search {author}", f"/search?q={quoted}"),
            (f"api search {author}", f"/api/search?q={quoted}"),
            (f"author {author}", f"/authors/{quoted}"),
        ]
    return routes


def format_web_bench(result: WebBenchResult) -> str:
    lines = [
        f"banmian bench --web: {result.db}, {result.repeat} requests per route, in process (no network)",
        f"  {'route':24} {'median ms':>10} {'p95 ms':>8} {'KiB':>6}",
    ]
    for r in result.routes:
        lines.append(f"  {r.name:24} {r.median_ms:10.1f} {r.p95_ms:8.1f} {r.bytes / 1024:6.1f}")
    return "\n".join(lines) + "\n"
