"""Jinja2 set up once: autoescaping on for every template (article text is untrusted input: a page
may print anything, markup included), undefined names an error (a typo fails a test, not a
reader), and the few filters the templates need."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATE_DIR = Path(__file__).parent / "templates"


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["seg"] = segment  # one path segment: a uid or an author's name
    env.filters["query"] = query_string
    env.filters["page_label"] = page_label
    env.globals["byline_parts"] = byline_parts
    return env


def segment(value: object) -> str:
    """A value as one URL path segment (「/」 and everything else reserved percent-encoded)."""
    return quote(str(value), safe="")


def query_string(params: dict[str, object]) -> str:
    """``?a=1&b=2`` of the parameters that have a value (empty ones make URLs noisy)."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return "?" + urlencode(kept) if kept else ""


def page_label(number: int | None) -> str:
    """「第3版」, the way a Chinese newspaper names its pages; 「未编号版面」 without a number."""
    return f"第{number}版" if number is not None else "未编号版面"


def byline_parts(byline: str, authors: list[str]) -> list[tuple[str, str | None]]:
    """The byline cut into (text, author) pieces, ``author`` set on each credited name, so that
    the names link to their reporter's page where they stand (escaping stays the template's). A
    name the byline does not spell out as such (「柴 伟」) is added after it."""
    names = [a for a in dict.fromkeys(authors) if a]
    parts: list[tuple[str, str | None]] = []
    rest = byline
    while rest:
        found = [(rest.find(n), -len(n), n) for n in names if n in rest]
        if not found:
            break
        at, _, name = min(found)
        if at:
            parts.append((rest[:at], None))
        parts.append((name, name))
        rest = rest[at + len(name) :]
    if rest:
        parts.append((rest, None))
    for n, name in enumerate(n for n in names if n not in byline):
        parts.append(("、" if n else " ", None))
        parts.append((name, name))
    return parts


def render(
    request: Request, name: str, context: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
) -> HTMLResponse:
    env: Environment = request.app.state.web.templates
    root = request.scope.get("root_path", "") or ""
    html = env.get_template(name).render(root=root, request_path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers=headers)
