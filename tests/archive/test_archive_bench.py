"""The archive benchmark on a tiny archive: the counts are those of what was built and every query
class is answered with hits. No figure is compared with a threshold: the machine is noisy, and the
benchmark reports speeds, it does not judge them."""

from __future__ import annotations

from pathlib import Path

import pytest

from banmian.archive import Archive
from banmian.archive.bench import (
    MAX_PAGES_PER_ISSUE,
    MIN_PAGES_PER_ISSUE,
    NEWSPAPERS,
    QUERY_CLASSES,
    ArchiveBenchOptions,
    bench_archive,
    count_issues,
    default_templates,
    format_archive_bench,
    load_templates,
    plan_pages,
)
from banmian.errors import InputError

#: Small enough that the test takes a few seconds, large enough for several issues per newspaper.
TINY_PAGES = 60
TINY_FILES = 6


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("bench") / "bench.sqlite"
    options = ArchiveBenchOptions(
        pages=TINY_PAGES, db=db, jobs=2, seed=3, ingest_files=TINY_FILES, ingest_rounds=1, search_repeat=1
    )
    return options, bench_archive(options)


def test_build_counts_are_what_was_planned(tiny) -> None:
    options, result = tiny
    build = result.build
    plan = plan_pages(options.pages, len(build.templates), options.seed)
    assert build.pages == build.planned_pages == len(plan) == TINY_PAGES
    assert build.issues == build.planned_issues == count_issues(plan)
    assert build.newspapers == len(NEWSPAPERS)
    templates = load_templates(default_templates())
    printed = sum(len(templates[p.template].pages[0].articles) for p in plan)
    assert build.articles <= build.article_rows
    assert build.article_rows >= printed  # every printed article, plus any whole one linked from pieces
    assert build.db_path == str(options.db) and build.db_bytes >= options.db.stat().st_size > 0
    with Archive(options.db) as archive:  # the kept archive opens and holds what was counted
        assert archive.search(None).total == build.articles
    assert build.form_s > 0 and build.stage_s > 0 and build.publish_s > 0 and build.pages_per_s > 0


def test_ingest_figures_are_positive(tiny) -> None:
    _, result = tiny
    ingest = result.ingest
    assert ingest.files == TINY_FILES and ingest.rounds == 1 and ingest.jobs == 2
    assert (
        ingest.parse_s > 0 and ingest.ingest_s > 0 and ingest.parallel_s is not None and ingest.parallel_s > 0
    )
    assert ingest.over_parse > 0 and ingest.parallel_pages_per_s is not None


def test_every_query_class_has_hits(tiny) -> None:
    _, result = tiny
    search = result.search
    assert [c.name for c in search.classes] == list(QUERY_CLASSES)
    for c in search.classes:
        assert c.queries > 0 and c.min_hits > 0, c
        assert 0 < c.latency.median_ms <= c.latency.p95_ms
    assert all(q.hits > 0 and q.latency.runs == 1 for q in search.queries)
    assert 0 < search.overall.median_ms <= search.overall.p95_ms
    like = search.like
    assert like.terms and like.latency.median_ms > 0 and like.ratio > 0
    # The index reads titles, bylines and captions besides the body: never fewer hits than LIKE.
    assert all(mine >= theirs for mine, theirs in zip(like.search_hits, like.like_hits, strict=True))


def test_report_prints_every_figure(tiny) -> None:
    _, result = tiny
    text = format_archive_bench(result)
    assert f"{TINY_PAGES} pages" in text and "MB" in text and "parse alone" in text
    assert "2 processes" in text and "publish_staged" in text and "LIKE scan" in text
    assert all(name in text for name in QUERY_CLASSES)


def test_plan_files_issues_of_four_to_eight_pages() -> None:
    plan = plan_pages(500, 3, seed=1)
    assert len(plan) == 500 and len({p.file_name for p in plan}) == 500
    sizes: dict[tuple[str, object], int] = {}
    for p in plan:
        sizes[(p.newspaper, p.date)] = sizes.get((p.newspaper, p.date), 0) + 1
    *whole, _last = sizes.values()  # the last issue is cut to the page count asked for
    assert all(MIN_PAGES_PER_ISSUE <= n <= MAX_PAGES_PER_ISSUE for n in whole)
    assert plan == plan_pages(500, 3, seed=1)


def test_an_existing_db_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    db.write_bytes(b"")
    with pytest.raises(InputError, match="already exists"):
        bench_archive(ArchiveBenchOptions(pages=10, db=db))
