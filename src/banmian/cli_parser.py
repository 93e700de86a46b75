"""The ``banmian`` command line: its parser, with every subcommand's arguments, and their types."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from banmian import __version__, cli_archive
from banmian.bench import DEFAULT_REPEAT, DEFAULT_ROUNDS
from banmian.cli_messages import PROG
from banmian.export import FORMATS
from banmian.render import FORMATS as RENDER_FORMATS
from banmian.render.options import DEFAULT_MAX_HEIGHT_PX, DEFAULT_SCALE_PX_PER_PT

#: The input argument that stands for standard input.
STDIN_ARG = "-"


def build_parser() -> argparse.ArgumentParser:
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
