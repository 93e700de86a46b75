"""The ``banmian`` command: a thin argparse layer over :mod:`banmian.api`.

A batch is the normal use (a folder of pages), so one bad file costs one line on stderr and the
others are still written; the exit status says whether every page was parsed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from banmian import cli_archive, cli_bench, cli_render
from banmian.api import parse_pages
from banmian.cli_messages import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from banmian.cli_messages import error as _error
from banmian.cli_messages import warn as _warn
from banmian.cli_parser import STDIN_ARG, build_parser
from banmian.errors import BanmianError
from banmian.export import page_to_jsonl, render_page
from banmian.ingest.decode import UNNAMED_INPUT
from banmian.model import Page
from banmian.options import ParseOptions

STDIN_LABEL = "<stdin>"
#: Output file stem for standard input in ``-o DIR`` mode.
STDIN_STEM = "stdin"
#: What a folder argument expands to (recursively, sorted): text layers, as pdftotext writes them.
#: Files a folder argument expands to: text layers and PDFs.
INPUT_SUFFIXES = (".txt", ".pdf")
#: Between pages of a batch on stdout: Markdown pages start with their own ``#`` heading, plain
#: text pages are separated by a form feed on its own line (the page break pdftotext writes).
STDOUT_PAGE_SEPARATORS = MappingProxyType({"md": "\n", "txt": "\f\n"})


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
    parser = build_parser()
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
            return cli_render.run(args)
        return _run_parse(args) if args.command == "parse" else cli_bench.run(args)
    except BrokenPipeError:  # the reader (head, less) has gone: stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


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


# --- eval ----------------------------------------------------------------------------------------


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
