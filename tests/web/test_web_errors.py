"""Bad requests get 400 or 404 with a reason (HTML pages an error page, the API JSON), never
FastAPI's 422 or a 500; every response carries the security headers; article text is escaped."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
import web_pages as wp
from web_archive import Facts, TestClient

from banmian.web import create_app

BAD_REQUESTS = [
    ("/pages/abc", 400),
    ("/pages/0", 400),
    ("/pages/99999999999999999999999", 400),
    ("/pages/987654", 404),
    ("/pages/1.5/image.png", 400),
    ("/pages/987654/image.png", 404),
    ("/pages/987654/regions.css", 404),
    ("/issues/x", 400),
    ("/issues/987654", 404),
    ("/articles/no-such-article", 404),
    ("/authors/" + quote("无此人"), 404),
    ("/search?q=(", 400),
    ("/search?q=NOT%20%E4%B8%9C", 400),
    ("/search?date_from=2024-13-01", 400),
    ("/search?date_to=yesterday", 400),
    ("/search?date_from=2024-06-01&date_to=2024-05-01", 400),
    ("/search?page=two", 400),
    ("/search?page=0", 400),
    ("/search?kind=poem", 400),
    ("/search?q=x&offset=-1", 400),
    ("/search?q=x&offset=abc", 400),
    ("/search?q=" + "字" * 300, 400),
    ("/?year=abc", 400),
    ("/?year=0", 400),
    ("/no/such/route", 404),
]


@pytest.mark.parametrize(("url", "status"), BAD_REQUESTS)
def test_html_routes_answer_bad_requests_with_an_error_page(client, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert '<p class="error" role="alert">' in response.text


API_BAD_REQUESTS = [
    ("/api/pages/abc", 400),
    ("/api/pages/-3", 400),
    ("/api/pages/987654", 404),
    ("/api/issues/987654", 404),
    ("/api/issues?year=abc", 400),
    ("/api/issues?year=100000", 400),
    ("/api/articles/no-such-article", 404),
    ("/api/search?q=(", 400),
    ("/api/search?q=)", 400),
    ("/api/search?limit=1000", 400),
    ("/api/search?limit=0", 400),
    ("/api/search?offset=-1", 400),
    ("/api/search?offset=99999999999999999999999", 400),
    ("/api/search?date_from=2024-02-30", 400),
    ("/api/search?page=1e3", 400),
    ("/api/authors/" + quote("无此人"), 404),
    ("/api/authors/x?limit=abc", 400),
    ("/api/nothing", 404),
]


@pytest.mark.parametrize(("url", "status"), API_BAD_REQUESTS)
def test_api_answers_bad_requests_with_json_errors(client, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert list(body) == ["error"] and body["error"]


def test_validation_messages_name_the_parameter(client) -> None:
    assert client.get("/api/search?limit=1000").json() == {"error": "limit: Input should be less than or equal to 100"}
    assert "date_from must be a date" in client.get("/api/search?date_from=2024-13-01").json()["error"]
    assert client.get("/api/search?q=(").json()["error"].startswith("bad search query:")


def test_a_text_page_has_no_image(client, facts: Facts) -> None:
    response = client.get(f"/pages/{facts.page_ids[1]}/image.png")
    assert response.status_code == 404
    assert "has no image" in response.text


def test_writes_are_not_allowed(client, facts: Facts) -> None:
    assert client.post("/api/search").status_code == 405
    assert client.delete(f"/api/articles/{facts.whole_uid}").status_code == 405


@pytest.mark.parametrize("url", ["/", "/api/newspapers", "/static/style.css", "/pages/abc", "/api/pages/abc"])
def test_security_headers_on_every_response(client, url: str) -> None:
    headers = client.get(url).headers
    assert headers["content-security-policy"].startswith("default-src 'self'; img-src 'self' data:; style-src 'self';")
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


def _assert_escaped(html: str) -> None:
    assert wp.SCRIPT not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_markup_in_article_text_is_shown_as_text(client, facts: Facts) -> None:
    uid = facts.uids[wp.NOTES_TITLE]
    _assert_escaped(client.get(f"/pages/{facts.page_ids[3]}").text)
    _assert_escaped(client.get(f"/articles/{uid}").text)
    results = client.get("/search?q=留言板").text
    assert f'href="/articles/{uid}"' in results and "<mark>留言板</mark>" in results
    _assert_escaped(results)


def test_markup_in_requests_is_shown_as_text(client) -> None:
    html = client.get("/authors/" + quote(wp.ATTRIBUTE_BREAK, safe="")).text
    assert "<img src=x" not in html and "no article credits &#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    search = client.get("/search", params={"q": wp.ATTRIBUTE_BREAK}).text
    assert "<img src=x" not in search and 'value="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"' in search


def test_an_archive_gone_after_start_is_a_503_not_a_crash(facts: Facts, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(facts.db, db)
    with TestClient(create_app(db)) as gone:
        db.unlink()
        assert gone.get("/").status_code == 503
        assert gone.get("/api/newspapers").json() == {"error": "the archive cannot be opened right now"}


def test_an_unusable_archive_fails_at_start(tmp_path: Path) -> None:
    from banmian.archive import ArchiveError

    with pytest.raises(ArchiveError, match="no archive here"):
        create_app(tmp_path / "missing.db")
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("not a database", encoding="utf-8")
    with pytest.raises(ArchiveError):
        create_app(not_sqlite)
