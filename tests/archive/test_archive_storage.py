"""What the archive stores rebuilds the page exactly, with each text kept once."""

from __future__ import annotations

import json

from archive_pages import page_one

from banmian import parse
from banmian.archive.storage import stored_article, stored_page
from banmian.model import page_from_dict


def test_a_stored_page_rebuilds_the_same_contract() -> None:
    page = parse(page_one())
    stored = json.loads(json.dumps(stored_page(page.to_dict()), ensure_ascii=False))
    assert page_from_dict(stored).to_dict() == page.to_dict()
    first = page.articles[0].paragraphs[0].text
    assert json.dumps(stored, ensure_ascii=False).count(first) == 1


def test_a_stored_article_keeps_texts_roles_and_captions() -> None:
    article = parse(page_one()).articles[0]
    stored = stored_article(article)
    assert stored["paragraphs"] == [[p.text, p.role.value] for p in article.paragraphs]
    assert stored["captions"] == [c.text for c in article.captions]
