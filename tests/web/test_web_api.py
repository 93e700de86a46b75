"""The REST API: JSON records typed in /openapi.json, over the invented issue."""

from __future__ import annotations

from urllib.parse import quote

import web_pages as wp
from web_archive import Facts

API_PATHS = {
    "/api/newspapers",
    "/api/issues",
    "/api/issues/{issue_id}",
    "/api/pages/{page_id}",
    "/api/articles/{uid}",
    "/api/search",
    "/api/authors/{name}",
}


def _json(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.text[:300])
    assert response.headers["content-type"] == "application/json"
    return response.json()


def test_openapi_describes_every_api_path_with_typed_answers(client) -> None:
    spec = _json(client, "/openapi.json")
    assert spec["info"]["title"] == "banmian archive"
    assert set(spec["paths"]) == API_PATHS  # every API path, and no HTML route
    schemas = spec["components"]["schemas"]
    for name in ("ArticleDetail", "PageDetail", "IssueDetail", "SearchResults", "Region", "Segment"):
        assert name in schemas
    answer = spec["paths"]["/api/articles/{uid}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer == {"$ref": "#/components/schemas/ArticleDetail"}
    search_params = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert search_params == {"q", "newspaper", "date_from", "date_to", "page", "author", "kind", "offset", "limit"}


def test_newspapers_and_issues(client, facts: Facts) -> None:
    (paper,) = _json(client, "/api/newspapers")
    assert paper == {
        "name": wp.NEWSPAPER,
        "title": wp.MASTHEAD,
        "issue_count": 1,
        "first_date": wp.DATE,
        "last_date": wp.DATE,
    }
    (issue,) = _json(client, f"/api/issues?newspaper={wp.NEWSPAPER}&year=2024")
    assert issue["id"] == facts.issue_id and issue["page_count"] == len(facts.page_ids)
    assert _json(client, "/api/issues?year=2023") == []
    assert _json(client, "/api/issues?newspaper=nobody") == []


def test_issue_detail(client, facts: Facts) -> None:
    data = _json(client, f"/api/issues/{facts.issue_id}")
    assert data["issue"]["title"] == wp.MASTHEAD
    assert [p["page_number"] for p in data["pages"]] == sorted(facts.page_ids)
    assert [p["has_image"] for p in data["pages"]][:3] == [False, False, False]


def test_page_detail_with_regions_and_no_server_path(client, facts: Facts, pdf_page_id: int) -> None:
    data = _json(client, f"/api/pages/{pdf_page_id}")
    assert data["summary"]["has_image"] is True
    assert [a["title"] for a in data["articles"]] == [wp.MARKET_TITLE, wp.SCHOOL_TITLE]
    assert [r["article_uid"] for r in data["regions"]] == [r.article_uid for r in facts.regions]
    for region in data["regions"]:
        assert 0 <= region["left"] < 1 and 0 < region["width"] <= 1
    assert data["page"]["source"]["path"] == f"{wp.NEWSPAPER}-{wp.DATE}-p4.pdf"
    assert str(facts.db.parent) not in str(data)
    assert data["previous_id"] == facts.page_ids[3] and data["next_id"] is None


def test_article_detail_piece_and_whole(client, facts: Facts) -> None:
    piece = _json(client, f"/api/articles/{facts.uids[wp.BRIDGE_TITLE]}")
    assert piece["summary"]["title"] == wp.BRIDGE_TITLE
    assert piece["continued_to"] == 2 and piece["whole"]["uid"] == facts.whole_uid
    assert all(p["role"] == "body" for p in piece["paragraphs"])
    whole = _json(client, f"/api/articles/{facts.whole_uid}")
    assert [p["uid"] for p in whole["parts"]] == facts.part_uids
    assert whole["summary"]["pages"] == [1, 2]


def test_search_with_highlights_filters_and_paging(client, facts: Facts) -> None:
    data = _json(client, f"/api/search?q={quote(wp.BRIDGE_TRADITIONAL)}")
    assert data["total"] == 1 and data["query"] == wp.BRIDGE_TRADITIONAL
    (hit,) = data["hits"]
    assert hit["article"]["uid"] == facts.whole_uid
    assert hit["title"][0] == {"text": "东湖大桥", "hit": True}
    assert any(s["hit"] and s["text"] == "东湖大桥" for s in hit["snippet"])

    listed = _json(client, "/api/search?limit=2&offset=1")
    assert listed["total"] >= 5 and listed["offset"] == 1 and len(listed["hits"]) == 2
    page_two = _json(client, "/api/search?page=2")
    assert {h["article"]["uid"] for h in page_two["hits"]} >= {facts.whole_uid, facts.uids[wp.CLASS_TITLE]}
    assert _json(client, "/api/search?q=东湖&kind=notice")["total"] == 0
    assert _json(client, "/api/search?q=东湖&date_from=2024-05-20&date_to=2024-05-20")["total"] == 1


def test_author(client, facts: Facts) -> None:
    data = _json(client, f"/api/authors/{quote(wp.REPORTER)}")
    uids = {h["article"]["uid"] for h in data["hits"]}
    assert facts.uids[wp.CLASS_TITLE] in uids
    assert all(wp.REPORTER in h["article"]["authors"] for h in data["hits"])
    assert _json(client, f"/api/authors/{quote('无此人')}", status=404) == {"error": "no article credits 无此人"}
