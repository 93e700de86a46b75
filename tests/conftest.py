"""Shared test helpers: where ../shared is, and a column wrapper for writing page fixtures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# The PDF drawing helper (tests/pdf/pdfdraw.py) is used by tests in several folders.
sys.path.insert(0, str(REPO / "tests" / "pdf"))


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the real pages and corpora are read from there at run time")
    return SHARED
