"""The benchmark's figures as text for people: what ``banmian bench --archive`` prints.

Apart from the measuring so the layout can change without touching what is measured.
"""

from __future__ import annotations

from banmian.archive.bench.options import QUERIES_PER_CLASS, RESULTS_PER_PAGE, TAIL_PERCENTILE
from banmian.archive.bench.results import ArchiveBenchResult, SearchResult, ratio_of

_BYTES_PER_MB = 1e6


def format_archive_bench(result: ArchiveBenchResult) -> str:
    """The figures for people: archive size, ingest and build speeds, search latency by class
    with the LIKE reference, then every query (to find the slow one)."""
    return (
        "\n".join(
            [
                *_head_lines(result),
                "",
                *_ingest_lines(result),
                "",
                *_search_lines(result.search),
                "",
                *_query_lines(result.search),
            ]
        )
        + "\n"
    )


def _head_lines(result: ArchiveBenchResult) -> list[str]:
    b = result.build
    kept = f", kept at {b.db_path}" if b.db_path else ""
    return [
        f"banmian bench --archive: {result.python}, SQLite {result.sqlite}, seed {result.seed}, wall {result.wall_s:.0f} s",
        f"archive: {b.pages} pages, {b.issues} issues, {b.newspapers} newspapers, {b.articles} articles"
        f" ({b.article_rows} rows with pieces of continued ones)",
        f"size: {b.db_bytes / _BYTES_PER_MB:.1f} MB ({b.bytes_per_page / 1e3:.1f} kB/page,"
        f" {b.free_bytes / _BYTES_PER_MB:.1f} MB free){kept}",
        f"templates: {', '.join(b.templates)}",
    ]


def _ingest_lines(result: ArchiveBenchResult) -> list[str]:
    i, b = result.ingest, result.build
    lines = [
        f"ingest end to end: {i.files} one-page text files, median of {i.rounds} rounds",
        f"  {'parse alone (reference)':<28}{i.parse_pages_per_s:8.1f} pages/s",
        f"  {'ingest(), 1 process':<28}{i.ingest_pages_per_s:8.1f} pages/s  {i.over_parse:5.2f}x parse time",
    ]
    if i.parallel_s is not None and i.parallel_pages_per_s is not None:
        lines.append(
            f"  {f'ingest(), {i.jobs} processes':<28}{i.parallel_pages_per_s:8.1f} pages/s"
            f"  {ratio_of(i.parallel_s, i.parse_s):5.2f}x parse time"
        )
    lines += [
        f"build from parsed pages (replicated, {b.pages} pages): {b.pages_per_s:.1f} pages/s in {b.total_s:.1f} s",
        f"  staged_form {b.form_s:.1f} s, stage {b.stage_s:.1f} s, publish_staged {b.publish_s:.1f} s",
    ]
    return lines


def _search_lines(search: SearchResult) -> list[str]:
    lines = [
        f"search: first {RESULTS_PER_PAGE} results + count, warm, {QUERIES_PER_CLASS} queries x {search.repeat} runs per class",
        f"  {'class':<22}{'median ms':>10}{f'p{TAIL_PERCENTILE} ms':>10}{'min hits':>10}",
    ]
    for c in search.classes:
        lines.append(f"  {c.name:<22}{c.latency.median_ms:10.1f}{c.latency.p95_ms:10.1f}{c.min_hits:10d}")
    lines.append(f"  {'overall':<22}{search.overall.median_ms:10.1f}{search.overall.p95_ms:10.1f}")
    like = search.like
    lines.append(
        f"  {'LIKE scan, 2 chars':<22}{like.latency.median_ms:10.1f}{like.latency.p95_ms:10.1f}"
        f"{min(like.like_hits, default=0):10d}   {like.ratio:.1f}x the search's median on the same terms"
    )
    return lines


def _query_lines(search: SearchResult) -> list[str]:
    lines = [f"  {'query':<26}{'filters':<42}{'hits':>8}{'median ms':>10}{f'p{TAIL_PERCENTILE} ms':>10}"]
    for q in search.queries:
        text = q.query if q.query is not None else "(none)"
        lines.append(
            f"  {text:<26}{q.filters:<42}{q.hits:8d}{q.latency.median_ms:10.1f}{q.latency.p95_ms:10.1f}"
        )
    like = search.like
    for term, mine, theirs in zip(like.terms, like.like_hits, like.search_hits, strict=True):
        lines.append(f"  LIKE %{term}%: {mine} articles (search: {theirs})")
    return ["per query:", *lines]
