from __future__ import annotations

import os

import pytest
from export_pages import UPDATE_ENV

from banmian.export import FORMATS, page_to_json, page_to_markdown, page_to_text, render_page
from banmian.model import Page


def test_golden_update_flag_is_off() -> None:
    """Regenerating golden files must never pass as a test run."""
    assert UPDATE_ENV not in os.environ, f"{UPDATE_ENV} is set: golden files were rewritten, not checked"


def test_render_page_selects_the_renderer(full_page: Page) -> None:
    assert FORMATS == ("json", "md", "txt")
    assert render_page(full_page, "json") == page_to_json(full_page)
    assert render_page(full_page, "md") == page_to_markdown(full_page)
    assert render_page(full_page, "txt") == page_to_text(full_page)


def test_unknown_format_is_a_value_error(full_page: Page) -> None:
    with pytest.raises(ValueError, match="unknown format 'html'"):
        render_page(full_page, "html")


@pytest.mark.parametrize("fmt", ["json", "md", "txt"])
def test_every_rendering_ends_with_one_newline(full_page: Page, bare_page: Page, fmt: str) -> None:
    for page in (full_page, bare_page):
        out = render_page(page, fmt)
        assert out.endswith("\n") and not out.endswith("\n\n")
