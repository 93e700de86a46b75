"""``banmian render``: a PDF's pages drawn with their articles outlined, thin over ``banmian.render``."""

from __future__ import annotations

import argparse

from banmian.cli_messages import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from banmian.cli_messages import error as _error
from banmian.errors import BanmianError
from banmian.render import output_paths, render_file
from banmian.render.options import RenderOptions


def run(args: argparse.Namespace) -> int:
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
