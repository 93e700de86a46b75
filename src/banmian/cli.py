"""The ``banmian`` command: a thin argparse layer over :mod:`banmian.api`.

A batch is the normal use (a folder of pages), so one bad file costs one line on stderr and the
others are still written; the exit status says whether every page was parsed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from banmian import __version__, cli_archive
from banmian.api import parse_pages
from banmian.bench import DEFAULT_REPEAT, DEFAULT_ROUNDS, BenchOptions, format_report, run_bench
from banmian.cli_messages import PROG
from banmian.cli_messages import error as _error
from banmian.cli_messages import warn as _warn
from banmian.errors import BanmianError
from banmian.export import FORMATS, page_to_jsonl, render_page
from banmian.ingest.decode import UNNAMED_INPUT
from banmian.model import Page
from banmian.options import ParseOptions
from banmian.render import FORMATS as RENDER_FORMATS
from banmian.render import output_paths, render_file
from banmian.render.options import DEFAULT_MAX_HEIGHT_PX, DEFAULT_SCALE_PX_PER_PT, RenderOptions

STDIN_ARG = "-"
STDIN_LABEL = "<stdin>"
#: Output file stem for standard input in ``-o DIR`` mode.
STDIN_STEM = "stdin"
#: What a folder argument expands to (recursively, sorted): text layers, as pdftotext writes them.
#: Files a folder argument expands to: text layers and PDFs.
INPUT_SUFFIXES = (".txt", ".pdf")
#: Between pages of a batch on stdout: Markdown pages start with their own ``#`` heading, plain
#: text pages are separated by a form feed on its own line (the page break pdftotext writes).
STDOUT_PAGE_SEPARATORS = MappingProxyType({"md": "\n", "txt": "\f\n"})

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


@dataclass(frozen=True, slots=True)
class _Input:
    """One page to parse: ``path`` None is standard input; ``label`` names it in messages."""

    label: str
    path: Path | None
    from_folder: bool = False


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else list(argv)
    if args_list[:1] == ["eval"]:  # the harness owns its arguments, --help included
        return _run_eval(args_list[1:])
    parser = _build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:  # usage errors (2), --help and --version (0)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        if args.command in cli_archive.COMMANDS:
            return cli_archive.run(args)
        if args.command == "render":
            return _run_render(args)
        return _run_parse(args) if args.command == "parse" else _run_bench(args)
    except BrokenPipeError:  # the reader (head, less) has gone: stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Rebuild the articles of Chinese newspaper pages."
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="rebuild the articles of pages from their text layers")
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="FILE",
        help="a text layer (any common encoding) or a PDF, a folder (its *.txt and *.pdf files, recursively) "
        f"or {STDIN_ARG} for standard input",
    )
    p.add_argument("-f", "--format", choices=FORMATS, default="json", help="output format (default: json)")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=Path,
        help="output file; a directory (one <stem>.<format> per page) when there are several inputs",
    )
    p.add_argument("--newspaper", help="the newspaper's name, when the page does not print it")
    p.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="the issue date")
    p.add_argument(
        "--page", type=_positive_int, dest="page_number", metavar="N", help="the page number (版次)"
    )
    p.add_argument("--section", help="the page's section (版名)")
    p.add_argument(
        "--linked",
        action="store_true",
        help="PDFs only, JSON only: one object per PDF with its pages and the articles continued "
        "across them (下转/上接) linked into one, with their pages",
    )
    p.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")

    b = sub.add_parser("bench", help="measure the text path's speed on one core")
    b.add_argument("--rounds", type=_positive_int, default=DEFAULT_ROUNDS, help=f"default {DEFAULT_ROUNDS}")
    b.add_argument(
        "--repeat",
        type=_positive_int,
        default=DEFAULT_REPEAT,
        help=f"parses per round, default {DEFAULT_REPEAT}",
    )
    b.add_argument("--input", nargs="+", type=Path, default=(), metavar="FILE", help="text layers to measure")
    b.add_argument(
        "--pdf",
        nargs="+",
        type=Path,
        default=None,
        metavar="FILE",
        help="PDFs to time on the PDF path beside pdftotext (default: ../shared/real/*.pdf when present)",
    )
    b.add_argument("--json", action="store_true", help="print the figures as JSON")
    b.add_argument(
        "--archive",
        action="store_true",
        help="measure the archive instead: ingest pages/s and search latency on an archive of --pages pages",
    )
    b.add_argument("--pages", type=_positive_int, default=20_000, help="pages in the --archive benchmark (default 20000)")
    b.add_argument("--db", type=Path, help="keep the --archive benchmark's archive here (default: a temporary file)")
    b.add_argument("--web", action="store_true", help="time the web reader's routes on the archive --db (in process)")

    r = sub.add_parser("render", help="draw a PDF page with its articles outlined, as PNG or an HTML page view")
    r.add_argument("input", metavar="FILE", type=Path, help="a PDF (render draws on the page itself)")
    r.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=Path,
        help="output file for one page; a directory (one <stem>-p<N>.<format> per page) for several",
    )
    r.add_argument("-f", "--format", choices=RENDER_FORMATS, default="png", help="output format (default: png)")
    r.add_argument("--page", type=_positive_int, metavar="N", help="draw only page N (default: every page)")
    r.add_argument(
        "--scale",
        type=float,
        default=DEFAULT_SCALE_PX_PER_PT,
        metavar="PX",
        help=f"pixels per PDF point (default {DEFAULT_SCALE_PX_PER_PT}; pages are capped at "
        f"{DEFAULT_MAX_HEIGHT_PX} px high)",
    )
    r.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")

    cli_archive.add_commands(sub, _iso_date, _positive_int)
    sub.add_parser("eval", help="run the evaluation harness (see `banmian eval --help`)", add_help=False)
    return parser


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return number


# --- parse -------------------------------------------------------------------------------------


def _run_parse(args: argparse.Namespace) -> int:
    if args.linked:
        return _run_linked(args)
    options = ParseOptions(
        newspaper=args.newspaper, date=args.date, page_number=args.page_number, section=args.section
    )
    inputs, failed = _expand(args.inputs)
    out_dir = _output_dir(args.output, inputs)
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        _error(f"{out_dir}: is a file; with several inputs -o names a directory")
        return EXIT_USAGE
    used_names: set[str] = set()
    first = True
    for item in inputs:
        pages = _parse_one(item, options, debug=args.debug)
        if pages is None:
            failed += 1
            continue
        several = len(pages) > 1
        if several and out_dir is None and args.output is not None:
            out_dir = args.output  # a multi-page PDF: one output file per page
        for number, page in enumerate(pages, start=1):
            label = f"{item.label} page {number}" if several else item.label
            for warning in page.warnings:
                _warn(f"{label}: {warning.message} [{warning.code}]")
            try:
                if out_dir is not None:
                    name = _unique_name(item, args.format, used_names, number if several else None)
                    _write_file(out_dir / name, render_page(page, args.format))
                elif args.output is not None:
                    _write_file(args.output, render_page(page, args.format))
                else:
                    _write_stdout(page, args.format, batch=len(inputs) > 1 or several, first=first)
            except BrokenPipeError:
                raise  # the reader has gone: handled once, in main
            except OSError as err:
                _error(f"{label}: cannot write the output ({err.strerror or err}: {err.filename or ''})")
                failed += 1
                break
            first = False
    return EXIT_OK if failed == 0 else EXIT_FAILED


def _run_linked(args: argparse.Namespace) -> int:
    """Whole PDFs as documents: pages plus the articles linked across them, one JSON line each."""
    if args.format != "json":
        _error("--linked writes JSON only")
        return EXIT_USAGE
    from banmian.pdf import parse_pdf_document

    options = ParseOptions(newspaper=args.newspaper, date=args.date, page_number=args.page_number, section=args.section)
    inputs, failed = _expand(args.inputs)
    lines: list[str] = []
    for item in inputs:
        if item.path is None or item.path.suffix.lower() != ".pdf":
            _error(f"{item.label}: --linked reads PDFs only")
            failed += 1
            continue
        try:
            document = parse_pdf_document(item.path, options)
        except BanmianError as err:
            message = str(err)
            _error(message if message.startswith(f"{item.label}: ") else f"{item.label}: {message}")
            failed += 1
            continue
        lines.append(json.dumps(document.to_dict(), ensure_ascii=False))
    text = "".join(line + "\n" for line in lines)
    if args.output is not None and lines:
        _write_file(args.output, text)
    else:
        sys.stdout.write(text)
    return EXIT_OK if failed == 0 else EXIT_FAILED


def _expand(arguments: list[str]) -> tuple[list[_Input], int]:
    """Inputs in command-line order, folders replaced by their text files; and the count of bad folders."""
    inputs: list[_Input] = []
    failed = 0
    for arg in arguments:
        if arg == STDIN_ARG:
            inputs.append(_Input(STDIN_LABEL, None))
            continue
        path = Path(arg)
        if not path.is_dir():
            inputs.append(_Input(str(path), path))  # a missing file is reported when it is read
            continue
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in INPUT_SUFFIXES and p.is_file())
        if not files:
            _error(f"{path}: no {' or '.join('*' + s for s in INPUT_SUFFIXES)} files in this folder")
            failed += 1
        inputs += [_Input(str(f), f, from_folder=True) for f in files]
    return inputs, failed


def _output_dir(output: Path | None, inputs: list[_Input]) -> Path | None:
    """``-o`` is a directory for several pages, for a folder argument, or when it already is one."""
    if output is None:
        return None
    if len(inputs) > 1 or any(i.from_folder for i in inputs) or output.is_dir():
        return output
    return None


def _parse_one(item: _Input, options: ParseOptions, *, debug: bool) -> list[Page] | None:
    try:
        source = sys.stdin.buffer.read() if item.path is None else item.path
        return parse_pages(source, options)
    except BanmianError as err:
        message = str(err)
        if item.path is None:
            message = message.removeprefix(f"{UNNAMED_INPUT}: ")
        _error(message if message.startswith(f"{item.label}: ") else f"{item.label}: {message}")
    except Exception as err:  # an engine bug must not stop the batch
        if debug:
            raise
        _error(
            f"{item.label}: internal error ({type(err).__name__}: {err}); "
            "please report it with this file, --debug shows the traceback"
        )
    return None


def _unique_name(item: _Input, fmt: str, used: set[str], page_number: int | None = None) -> str:
    """``<stem>.<fmt>`` (``<stem>-p<N>.<fmt>`` for page N of a PDF); ``<stem>-2.<fmt>`` and on when
    two inputs share a stem (a/p1.txt, b/p1.txt)."""
    stem = STDIN_STEM if item.path is None else item.path.stem
    if page_number is not None:
        stem = f"{stem}-p{page_number}"
    name, n = f"{stem}.{fmt}", 1
    while name in used:
        n += 1
        name = f"{stem}-{n}.{fmt}"
    used.add(name)
    return name


def _write_file(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _write_stdout(page: Page, fmt: str, *, batch: bool, first: bool) -> None:
    """One page, or one page of a batch: JSON Lines for JSON, separated pages for the others."""
    if batch and fmt == "json":
        text = page_to_jsonl(page)
    else:
        text = render_page(page, fmt)
        if batch and not first:
            text = STDOUT_PAGE_SEPARATORS[fmt] + text
    sys.stdout.write(text)
    sys.stdout.flush()  # a long batch shows progress, and a failure later loses nothing


# --- render --------------------------------------------------------------------------------------


def _run_render(args: argparse.Namespace) -> int:
    """Draw the pages of one PDF (the work is in ``banmian.render``); errors are one line."""
    label = str(args.input)
    try:
        options = RenderOptions(scale=args.scale)
        job = render_file(args.input, args.page)
        targets = output_paths(job, args.format, args.output)
        for rendered in job.rendered(args.format, options):
            target = targets[rendered.page_number]
            label = f"{args.input} page {rendered.page_number}"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(rendered.content)
    except BanmianError as err:
        _error(str(err))
        return EXIT_FAILED
    except ValueError as err:  # an option out of range (--scale)
        _error(str(err))
        return EXIT_USAGE
    except OSError as err:
        _error(f"{label}: cannot write the output ({err.strerror or err}: {err.filename or ''})")
        return EXIT_FAILED
    except Exception as err:
        if args.debug:
            raise
        _error(
            f"{label}: internal error ({type(err).__name__}: {err}); "
            "please report it with this file, --debug shows the traceback"
        )
        return EXIT_FAILED
    return EXIT_OK


# --- bench and eval ------------------------------------------------------------------------------


def _run_bench(args: argparse.Namespace) -> int:
    if args.web:
        return _run_web_bench(args)
    if args.archive:
        return _run_archive_bench(args)
    try:
        report = run_bench(BenchOptions(rounds=args.rounds, repeat=args.repeat, inputs=tuple(args.input)))
    except BanmianError as err:
        _error(str(err))
        return EXIT_FAILED
    sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n" if args.json else format_report(report))
    pdfs = args.pdf if args.pdf is not None else _default_pdfs()
    if pdfs and not args.json:
        from banmian.pdf.bench import bench_pdf

        sys.stdout.write("\nPDF path against pdftotext on the same pages:\n")
        sys.stdout.flush()
        try:
            bench_pdf(pdfs, rounds=args.rounds)
        except (BanmianError, ValueError) as err:
            _error(str(err))
            return EXIT_FAILED
    return EXIT_OK


def _run_archive_bench(args: argparse.Namespace) -> int:
    from banmian.archive.bench import ArchiveBenchOptions, bench_archive, format_archive_bench

    def progress(message: str) -> None:
        print(f"{PROG}: bench: {message}", file=sys.stderr, flush=True)

    try:
        result = bench_archive(ArchiveBenchOptions(pages=args.pages, db=args.db, progress=progress))
    except BanmianError as err:
        _error(str(err))
        return EXIT_FAILED
    sys.stdout.write(format_archive_bench(result).rstrip("\n") + "\n")
    return EXIT_OK


def _run_web_bench(args: argparse.Namespace) -> int:
    if args.db is None:
        _error("bench --web needs --db ARCHIVE (an archive to time; `bench --archive --db PATH` builds one)")
        return EXIT_USAGE
    try:
        from banmian.web.bench import bench_web, format_web_bench

        sys.stdout.write(format_web_bench(bench_web(args.db)))
    except (BanmianError, ImportError) as err:
        _error(str(err))
        return EXIT_FAILED
    return EXIT_OK


def _default_pdfs() -> list[Path]:
    """Real pages kept beside the checkout (../shared/real), read there, never copied."""
    shared = Path(__file__).resolve().parents[3] / "shared" / "real"
    return sorted(shared.glob("*.pdf")) if shared.is_dir() else []


def _run_eval(argv: list[str]) -> int:
    """Delegate to the evaluation harness, imported here so that ``parse`` works without it."""
    try:
        from banmian.eval.cli_eval import main as eval_main
    except ImportError as err:
        _error(
            f"the evaluation harness is not available ({err}); install it with: pip install 'banmian[eval]'"
        )
        return EXIT_FAILED
    try:
        code = eval_main(argv)
    except SystemExit as exit_:  # an argparse inside the harness
        code = exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    return EXIT_OK if code is None else int(code)


if __name__ == "__main__":
    sys.exit(main())
