"""The page as JSON (the export contract of ``Page.to_dict``) and batches as JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterable

from banmian.model import Page

#: Indent of a single page's JSON: readable in a terminal and a diff; batches use JSON Lines.
DEFAULT_INDENT = 2


def page_to_json(page: Page, *, indent: int | None = DEFAULT_INDENT) -> str:
    """One page as a JSON document ending in a newline; ``indent=None`` gives one compact line.

    ``ensure_ascii=False`` keeps Chinese readable and the file about half the size of ``\\uXXXX`` escapes.
    """
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(page.to_dict(), ensure_ascii=False, indent=indent, separators=separators) + "\n"


def page_to_jsonl(page: Page) -> str:
    """One page as one JSON Lines record (a compact object and a newline), to append to a stream."""
    return page_to_json(page, indent=None)


def pages_to_jsonl(pages: Iterable[Page]) -> str:
    """A batch as JSON Lines: one page a line, in the order given, so a reader can stream it."""
    return "".join(page_to_jsonl(page) for page in pages)
