"""Renderers of a parsed page: JSON (the contract), Markdown (for review), plain text (for reading)."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from banmian.export.json import page_to_json, page_to_jsonl, pages_to_jsonl
from banmian.export.markdown import page_to_markdown
from banmian.export.plaintext import page_to_text
from banmian.model import Page

#: Format name -> renderer. The names double as file extensions (``-o DIR`` writes ``<stem>.<fmt>``).
RENDERERS: MappingProxyType[str, Callable[[Page], str]] = MappingProxyType(
    {"json": page_to_json, "md": page_to_markdown, "txt": page_to_text}
)
FORMATS: tuple[str, ...] = tuple(RENDERERS)


def render_page(page: Page, fmt: str) -> str:
    """Render ``page`` as ``"json"``, ``"md"`` or ``"txt"``; raise ``ValueError`` for other names."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return renderer(page)


__all__ = [
    "FORMATS",
    "page_to_json",
    "page_to_jsonl",
    "page_to_markdown",
    "page_to_text",
    "pages_to_jsonl",
    "render_page",
]
