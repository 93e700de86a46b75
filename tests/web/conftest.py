"""One archive for every web test, built once per session (ingesting is the slow part), and a
test client over it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from web_archive import Facts, TestClient, build_archive


@pytest.fixture(scope="session")
def facts(tmp_path_factory: pytest.TempPathFactory) -> Facts:
    return build_archive(tmp_path_factory.mktemp("web-archive"))


@pytest.fixture
def pdf_page_id(facts: Facts) -> int:
    if facts.pdf_page_id is None:
        pytest.skip("reportlab or the CJK font that draws the PDF page is not installed")
    return facts.pdf_page_id


@pytest.fixture(scope="session")
def client(facts: Facts) -> Iterator[TestClient]:
    from banmian.web import create_app

    with TestClient(create_app(facts.db)) as test_client:
        yield test_client
