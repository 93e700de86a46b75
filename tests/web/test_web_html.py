"""The HTML pages, over the invented issue: what a reader sees, checked on the real output."""

from __future__ import annotations

import re
from urllib.parse import quote

import web_pages as wp
from web_archive import Facts, TestClient

HTML = "text/html; charset=utf-8"


def _get(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.text[:300])
    assert response.headers["content-type"] == HTML
    assert '<html lang="zh">' in response.text and '<meta charset="utf-8">' in response.text
    assert 'name="viewport"' in response.text
    return response.text


def test_home_shows_each_newspaper_with_its_issue_calendar(client, facts: Facts) -> None:
    html = _get(client, "/")
    assert wp.MASTHEAD in html
    assert "2024年5月" in html
    # 2024-05-20 was a Monday: the fourth week's first cell links the issue.
    assert f'<a href="/issues/{facts.issue_id}" aria-label="2024年5月20日">20</a>' in html
    assert "<span>21</span>" in html  # a day without an issue is not a link


def test_home_takes_a_year(client, facts: Facts) -> None:
    assert f'href="/issues/{facts.issue_id}"' in _get(client, f"/?newspaper={wp.NEWSPAPER}&year=2024")
    # A year without issues falls back to the newspaper's latest.
    assert f'href="/issues/{facts.issue_id}"' in _get(client, "/?year=1999")


def test_issue_shows_its_pages_as_thumbnails_or_title_cards(client, facts: Facts) -> None:
    html = _get(client, f"/issues/{facts.issue_id}")
    for number, page_id in facts.page_ids.items():
        assert f'href="/pages/{page_id}"' in html
        assert f"第{number}版" in html
    assert f'<span class="card-title">{wp.BRIDGE_TITLE}</span>' in html
    assert f'<span class="card-title">{wp.CLASS_TITLE}</span>' in html
    if facts.pdf_page_id is not None:
        assert re.search(rf'<img src="/pages/{facts.pdf_page_id}/image\.png\?width=\d+"', html)


def test_text_page_is_rebuilt_with_its_articles_and_jumps(client, facts: Facts) -> None:
    html = _get(client, f"/pages/{facts.page_ids[1]}")
    assert f'<a href="/articles/{facts.uids[wp.BRIDGE_TITLE]}">{wp.BRIDGE_TITLE}</a>' in html
    assert f'<a href="/articles/{facts.uids[wp.CANTEEN_TITLE]}">{wp.CANTEEN_TITLE}</a>' in html
    assert "<p>据介绍，东湖大桥全长一千二百米，设计为双向六车道，预计今年年底建成通车。</p>" in html
    assert f'<a href="/pages/{facts.page_ids[2]}">下转第2版</a>' in html
    assert f'<a rel="next" href="/pages/{facts.page_ids[2]}">' in html
    assert 'rel="prev"' not in html  # the first page has no previous one
    assert 'href="/authors/%E5%AE%81%E8%BF%9C%E8%88%9F">宁远舟</a>' in html  # 宁远舟, linked in the byline
    second = _get(client, f"/pages/{facts.page_ids[2]}")
    assert f'<a href="/pages/{facts.page_ids[1]}">上接第1版</a>' in second
    assert f'<a rel="prev" href="/pages/{facts.page_ids[1]}">' in second


def test_image_page_has_clickable_regions_over_the_image(client, facts: Facts, pdf_page_id: int) -> None:
    html = _get(client, f"/pages/{pdf_page_id}")
    assert f'<img src="/pages/{pdf_page_id}/image.png?width=' in html
    assert f'<link rel="stylesheet" href="/pages/{pdf_page_id}/regions.css">' in html
    for n, region in enumerate(facts.regions):
        assert f'<a class="region r{n}" href="/articles/{region.article_uid}" title="{region.title}"' in html
    assert f'<a href="/articles/{facts.uids[wp.SCHOOL_TITLE]}">{wp.SCHOOL_TITLE}</a>' in html

    css = client.get(f"/pages/{pdf_page_id}/regions.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    first = facts.regions[0]
    assert f".sheet .r0{{left:{first.left * 100:.3f}%;top:{first.top * 100:.3f}%;" in css.text
    assert len(css.text.strip().splitlines()) == len(facts.regions)


def test_a_text_page_has_no_regions(client, facts: Facts) -> None:
    css = client.get(f"/pages/{facts.page_ids[1]}/regions.css")
    assert css.status_code == 200 and css.text.strip() == ""


def test_article_piece_links_its_page_the_jump_and_the_whole(client, facts: Facts) -> None:
    html = _get(client, f"/articles/{facts.uids[wp.BRIDGE_TITLE]}")
    assert f'<h1 class="title">{wp.BRIDGE_TITLE}</h1>' in html
    assert "<p>5月19日上午，随着最后一段钢箱梁精准就位，东湖大桥主体工程顺利合龙，跨湖通道进入桥面施工阶段。</p>" in html
    assert f'<a href="/pages/{facts.page_ids[1]}">第1版</a>' in html
    assert f'<a href="/pages/{facts.page_ids[2]}">下转第2版</a>' in html
    assert f'<a href="/articles/{facts.whole_uid}">阅读全文</a>' in html

    continuation = _get(client, f"/articles/{facts.part_uids[1]}")
    assert f'<a href="/pages/{facts.page_ids[1]}">上接第1版</a>' in continuation


def test_subheadings_are_headings_and_captions_are_listed(client, facts: Facts) -> None:
    evening = _get(client, f"/articles/{facts.uids[wp.CLASS_TITLE]}")
    assert f'<h3 class="subheading">{wp.CLASS_SUBHEADING}</h3>' in evening
    assert f'<a href="/authors/{quote(wp.REPORTER)}">{wp.REPORTER}</a>' in evening
    if facts.pdf_page_id is not None:
        school = _get(client, f"/articles/{facts.uids[wp.SCHOOL_TITLE]}")
        assert f'<ul class="captions" aria-label="图片说明">\n<li>{wp.SCHOOL_CAPTION}</li>' in school


def test_whole_article_holds_every_piece_and_links_them(client, facts: Facts) -> None:
    html = _get(client, f"/articles/{facts.whole_uid}")
    assert "<p>5月19日上午，随着最后一段钢箱梁精准就位" in html
    assert "<p>据悉，大桥两端的引道和绿化工程也将同步推进，湖畔将新增一条滨水步道。</p>" in html
    assert f'<a href="/pages/{facts.page_ids[1]}">第1版</a>、<a href="/pages/{facts.page_ids[2]}">第2版' in html
    for number, uid in zip((1, 2), facts.part_uids, strict=True):
        assert f'<a href="/articles/{uid}">第{number}版部分</a>' in html


def test_search_form_and_empty_search(client) -> None:
    html = _get(client, "/search")
    for name in ("q", "newspaper", "date_from", "date_to", "page", "author", "kind"):
        assert f'name="{name}"' in html
    assert f'<option value="{wp.NEWSPAPER}">{wp.MASTHEAD}</option>' in html
    assert 'class="hits"' not in html


def test_search_traditional_query_finds_simplified_text_highlighted(client, facts: Facts) -> None:
    html = _get(client, f"/search?q={wp.BRIDGE_TRADITIONAL}")
    assert f'<a href="/articles/{facts.whole_uid}"><mark>东湖大桥</mark>主体工程顺利合龙</a>' in html
    assert "共 1 条" in html
    assert f'<span class="where">{wp.MASTHEAD} · {wp.DATE} · 第1版、第2版</span>' in html
    assert f'value="{wp.BRIDGE_TRADITIONAL}"' in html  # the form is refilled


def test_search_two_character_names(client, facts: Facts) -> None:
    html = _get(client, f"/search?q={wp.REPORTER}")
    assert f"<mark>{wp.REPORTER}</mark>" in html
    assert f'href="/articles/{facts.uids[wp.CLASS_TITLE]}"' in html
    if facts.pdf_page_id is not None:
        quoted = _get(client, f"/search?q={wp.QUOTED}")
        assert f"<mark>{wp.QUOTED}</mark>" in quoted
        assert f'href="/articles/{facts.uids[wp.MARKET_TITLE]}"' in quoted
        assert "共 1 条" in quoted


def test_search_filters(client, facts: Facts) -> None:
    by_page = _get(client, "/search?q=&page=2&newspaper=&date_from=&date_to=&author=&kind=")
    assert f'href="/articles/{facts.uids[wp.CLASS_TITLE]}"' in by_page
    assert f'href="/articles/{facts.uids[wp.CANTEEN_TITLE]}"' not in by_page
    in_range = _get(client, f"/search?q=东湖&newspaper={wp.NEWSPAPER}&date_from=2024-05-01&date_to=2024-05-31&kind=article")
    assert f'href="/articles/{facts.whole_uid}"' in in_range
    assert "没有找到符合条件的文章" in _get(client, "/search?q=东湖&date_from=2025-01-01")
    assert "没有找到符合条件的文章" in _get(client, f"/search?q=东湖&author={wp.REPORTER}")


def test_search_pages_through_results(facts: Facts) -> None:
    from banmian.web import WebOptions, create_app

    with TestClient(create_app(facts.db, WebOptions(page_size=1))) as small:
        first = _get(small, "/search?q=本报讯")
        assert 'rel="next" href="/search?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF&amp;offset=1"' in first
        assert 'rel="prev"' not in first
        second = _get(small, "/search?q=本报讯&offset=1")
        assert "第 2–2 条" in second
        assert 'rel="prev" href="/search?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF"' in second
        beyond = _get(small, "/search?q=本报讯&offset=500")
        assert "本页没有结果" in beyond and 'rel="next"' not in beyond
        total = int(re.search(r"共 (\d+) 条", beyond).group(1))
        assert f'rel="prev" href="/search?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF&amp;offset={total - 1}"' in beyond


def test_bad_query_is_shown_beside_the_form(client) -> None:
    html = _get(client, "/search?q=(", status=400)
    assert "无法理解这个查询" in html and 'name="q"' in html


def test_author_lists_every_article_crediting_the_reporter(client, facts: Facts) -> None:
    html = _get(client, f"/authors/{quote(wp.REPORTER)}")
    assert f'href="/articles/{facts.uids[wp.CLASS_TITLE]}"' in html
    expected = 2 if facts.pdf_page_id is not None else 1
    assert f"共 {expected} 条" in html
    if facts.pdf_page_id is not None:
        assert f'href="/articles/{facts.uids[wp.MARKET_TITLE]}"' in html
    _get(client, f"/authors/{quote('无此人')}", status=404)


def test_static_stylesheet(client) -> None:
    response = client.get("/static/style.css")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/css")
    assert "@media" in response.text and ".sheet .region" in response.text
