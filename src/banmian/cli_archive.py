"""``banmian ingest|search|export|serve``: the archive commands, thin over ``banmian.archive``.

Exit status: 0 when everything asked for was done, 1 when a file failed to ingest (the others
are still ingested), an archive could not be read or a query could not be parsed, 2 for usage.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from pathlib import Path

from banmian.cli_messages import PROG, error, say, warn
from banmian.errors import BanmianError

COMMANDS = ("ingest", "search", "export", "serve")
DEFAULT_DB = Path("archive.db")
SEARCH_FORMATS = ("table", "json")
#: Results printed by ``banmian search`` unless ``--limit`` says otherwise.
DEFAULT_SEARCH_LIMIT = 20
#: Columns of the search table's title and snippet, in terminal cells (a Chinese character is 2).
TITLE_CELLS = 40
SNIPPET_CELLS = 70
#: How hits are marked: reverse video on a terminal, guillemets (rare in Chinese text) in a pipe.
HIT_TTY = ("\x1b[7m", "\x1b[0m")
HIT_PLAIN = ("«", "»")

EXIT_OK = 0
EXIT_FAILED = 1


def add_commands(sub: argparse._SubParsersAction, date_type, positive_int) -> None:  # noqa: ANN001
    """Adds the archive subcommands to the main parser (types shared with ``parse``)."""
    i = sub.add_parser("ingest", help="add PDFs and text layers (files or folders) to an archive")
    i.add_argument("inputs", nargs="+", metavar="PATH", help="files or folders (searched recursively for .pdf/.txt)")
    _db(i)
    i.add_argument("--newspaper", help="file every page under this newspaper (else: file name, then masthead)")
    i.add_argument("--date", type=date_type, metavar="YYYY-MM-DD", help="file every page under this date")
    i.add_argument("--jobs", type=positive_int, default=1, metavar="N", help="parse with N processes (default 1)")
    i.add_argument("--quiet", action="store_true", help="no progress; failures and the summary only")

    s = sub.add_parser("search", help="search an archive (one character or more; AND/OR/NOT, \"phrases\")")
    s.add_argument("query", nargs="?", default="", help='e.g. 河长, "全面 振兴", 柴伟 OR 王茵, 疫情 -深圳, title:座谈会')
    _db(s)
    _filters(s, date_type, positive_int)
    s.add_argument("--format", choices=SEARCH_FORMATS, default="table", help="default: table")
    s.add_argument("--limit", type=positive_int, default=DEFAULT_SEARCH_LIMIT, help=f"default {DEFAULT_SEARCH_LIMIT}")
    s.add_argument("--offset", type=int, default=0, help="skip this many results (paging)")

    e = sub.add_parser("export", help="write an archive's articles as JSON Lines, Markdown or CSV")
    _db(e)
    e.add_argument("--format", choices=("jsonl", "md", "csv"), default="jsonl", help="default: jsonl")
    e.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    e.add_argument("--query", help="only articles matching this search")
    _filters(e, date_type, positive_int)

    v = sub.add_parser("serve", help="the web reader and REST API over an archive (read-only)")
    _db(v)
    v.add_argument("--host", default="127.0.0.1", help="default 127.0.0.1 (this machine only)")
    v.add_argument("--port", type=int, default=8000, help="default 8000")


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"the archive file (default {DEFAULT_DB})")


def _filters(p: argparse.ArgumentParser, date_type, positive_int) -> None:  # noqa: ANN001
    p.add_argument("--newspaper", help="only this newspaper")
    p.add_argument("--from", dest="date_from", type=date_type, metavar="YYYY-MM-DD", help="issues on or after")
    p.add_argument("--to", dest="date_to", type=date_type, metavar="YYYY-MM-DD", help="issues on or before")
    p.add_argument("--page", type=positive_int, metavar="N", help="only articles on page N")
    p.add_argument("--author", help="only articles crediting this person")
    p.add_argument("--kind", help="article, notice, brief, commentary, photo, listing or advertisement")


def run(args: argparse.Namespace) -> int:
    try:
        if args.command == "ingest":
            return _ingest(args)
        if args.command == "search":
            return _search(args)
        if args.command == "export":
            return _export(args)
        return _serve(args)
    except BanmianError as exc:
        error(str(exc))
        return EXIT_FAILED


# --- ingest ----------------------------------------------------------------------------------


class _Lines:
    """Progress in a pipe: one quiet line per file that did something."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def start(self, total_files: int) -> None:
        self.total = total_files
        self.done = 0

    def file_done(self, outcome) -> None:  # noqa: ANN001 - FileOutcome
        self.done += 1
        if not self.quiet and outcome.status != "failed":
            detail = f" ({outcome.pages} pages)" if outcome.status in ("staged", "resumed") else ""
            print(f"{PROG}: ingest: [{self.done}/{self.total}] {outcome.status} {outcome.path}{detail}", file=sys.stderr)

    def close(self) -> None:
        pass


class _Bar:
    """Progress on a terminal: files done of all, pages/s and the time left (tqdm)."""

    def __init__(self) -> None:
        self.pages = 0
        self.bar = None

    def start(self, total_files: int) -> None:
        from tqdm import tqdm

        self.started = time.perf_counter()
        self.bar = tqdm(total=total_files, unit="file", desc="ingest", file=sys.stderr, dynamic_ncols=True)

    def file_done(self, outcome) -> None:  # noqa: ANN001 - FileOutcome
        self.pages += outcome.pages
        rate = self.pages / max(time.perf_counter() - self.started, 1e-9)
        self.bar.set_postfix_str(f"{self.pages} pages, {rate:.1f} pages/s", refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _ingest(args: argparse.Namespace) -> int:
    from banmian.archive import IngestOptions, ingest

    progress = _Bar() if sys.stderr.isatty() and not args.quiet else _Lines(args.quiet)
    options = IngestOptions(newspaper=args.newspaper, date=args.date, jobs=args.jobs)
    report = ingest(args.inputs, args.db, options, progress)
    failures = report.failures
    for failed in failures:
        error(failed.message)
    rate = report.pages_published / report.seconds if report.seconds else 0.0
    say(
        "ingest",
        f"{report.count('staged')} files parsed, {report.count('resumed')} resumed, {report.count('unchanged')} unchanged,"
        f" {report.count('duplicate')} duplicates, {len(failures)} failed;"
        f" {report.pages_published} pages in {report.issues_published} issues published"
        f" in {report.seconds:.1f} s ({rate:.1f} pages/s) -> {args.db}",
    )
    return EXIT_FAILED if failures else EXIT_OK


# --- search ----------------------------------------------------------------------------------


def _filters_of(args: argparse.Namespace):  # noqa: ANN202 - SearchFilters
    from banmian.archive import SearchFilters

    return SearchFilters(args.newspaper, args.date_from, args.date_to, args.page, args.author, args.kind)


def _search(args: argparse.Namespace) -> int:
    from banmian.archive import Archive
    from banmian.archive.records import to_dict

    if args.offset < 0:
        error("--offset must be 0 or more")
        return EXIT_FAILED
    with Archive(args.db) as archive:
        results = archive.search(args.query or None, _filters_of(args), args.offset, args.limit)
    if args.format == "json":
        print(json.dumps(to_dict(results), ensure_ascii=False, indent=1))
        return EXIT_OK
    marks = HIT_TTY if sys.stdout.isatty() else HIT_PLAIN
    shown = f"{results.offset + 1}–{results.offset + len(results.hits)}" if results.hits else "0"
    print(f"{results.total} articles; showing {shown}")
    for hit in results.hits:
        a = hit.article
        where = f"{a.newspaper or '?'} {a.date or '????-??-??'} p.{','.join(str(n) for n in a.pages) or '?'}"
        title = _fit("".join(s.text for s in hit.title) or "(untitled)", TITLE_CELLS)
        print(f"{where}  {title}  {a.uid}")
        print("    " + _marked(hit.snippet, marks, SNIPPET_CELLS))
    return EXIT_OK


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, cells: int) -> str:
    """``text`` cut to ``cells`` terminal cells (an ellipsis shows the cut), padded to them."""
    out, used = [], 0
    for ch in text:
        width = _cells(ch)
        if used + width > cells - 1 and _cells(text) > cells:
            out.append("…")
            used += 1
            break
        out.append(ch)
        used += width
    return "".join(out) + " " * max(0, cells - used)


def _marked(segments, marks: tuple[str, str], cells: int) -> str:  # noqa: ANN001 - list[Segment]
    out, used = [], 0
    for seg in segments:
        text = seg.text
        if used + _cells(text) > cells:
            text = _fit(text, cells - used).rstrip()
        out.append(f"{marks[0]}{text}{marks[1]}" if seg.hit else text)
        used += _cells(text)
        if used >= cells:
            break
    return "".join(out)


# --- export ----------------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from banmian.archive import Archive
    from banmian.export.articles import write_articles

    with Archive(args.db) as archive:
        articles = archive.iter_articles(_filters_of(args), args.query)
        if args.output is None:
            count = write_articles(articles, args.format, sys.stdout)
        else:
            newline = "" if args.format == "csv" else None  # csv writes its own CRLF
            with args.output.open("w", encoding="utf-8", newline=newline) as out:
                count = write_articles(articles, args.format, out)
    say("export", f"{count} articles" + (f" -> {args.output}" if args.output else ""))
    return EXIT_OK


# --- serve -----------------------------------------------------------------------------------


def _serve(args: argparse.Namespace) -> int:
    from banmian.archive import Archive

    with Archive(args.db):  # a clear error now rather than on the first request
        pass
    try:
        from banmian.web import WebOptions, serve
    except ImportError as exc:
        error(str(exc))
        return EXIT_FAILED
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        warn(f"serving on {args.host}: anyone who can reach this address can read the archive")
    print(f"{PROG}: serving {args.db} at http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr, flush=True)
    serve(args.db, WebOptions(host=args.host, port=args.port))
    return EXIT_OK
