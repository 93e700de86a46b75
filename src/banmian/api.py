"""The Python entry points; the CLI is a thin layer over these."""

from __future__ import annotations

import os
import re
from pathlib import Path

from banmian.ingest.text import read_text_source
from banmian.model import Page
from banmian.options import ParseOptions
from banmian.segment.engine import parse_lines

#: A ``str`` source longer than this, or holding a newline, is page text rather than a path.
MAX_PATH_CHARS = 4096
PATH_LIKE = re.compile(r"[/\\]|\.(?:txt|text|pdf|json)$", re.IGNORECASE)
CJK_TEXT = re.compile(r"[\u3400-\u9fff]")


def parse(source: str | os.PathLike[str] | bytes, options: ParseOptions | None = None) -> Page:
    """Rebuild the articles of one page.

    ``source`` is a path (``Path`` or a ``str`` naming an existing file), the page's text as a
    ``str``, or its raw bytes (whose encoding is detected). Raises ``banmian.InputError`` with a
    one-line message for input that cannot be read as a page.
    """
    opts = options or ParseOptions()
    text_source = read_text_source(_as_input(source))
    return parse_lines(text_source, opts)


def _as_input(source: str | os.PathLike[str] | bytes) -> Path | str | bytes:
    if isinstance(source, bytes | Path):
        return source
    if isinstance(source, os.PathLike):
        return Path(source)
    if "\n" in source or len(source) > MAX_PATH_CHARS:
        return source
    candidate = Path(source)
    try:
        if candidate.exists():
            return candidate
    except OSError:
        return source
    # A one-line string that looks like a path and names nothing is a missing file, not a page.
    if PATH_LIKE.search(source) and not CJK_TEXT.search(source):
        return candidate
    return source
