"""Fixtures of the export tests; the pages themselves are in ``export_pages``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from export_pages import check_golden, make_bare_page, make_full_page

from banmian.model import Page


@pytest.fixture
def full_page() -> Page:
    return make_full_page()


@pytest.fixture
def bare_page() -> Page:
    return make_bare_page()


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    return check_golden
