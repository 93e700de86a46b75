"""The bundled demo page (written for the project) against its golden reconstruction.

The golden file is rewritten only with ``BANMIAN_UPDATE_GOLDEN=1`` (the export tests check that the
flag is off in normal runs); review the diff before committing a rewrite.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import banmian

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "samples" / "demo-page.txt"
GOLDEN = Path(__file__).with_name("golden") / "demo-page.json"
#: Fields compared: the contract's, without confidences (tuned often) but with provenance lines.
ARTICLE_FIELDS = ("kind", "kicker", "title", "subtitle", "byline", "authors", "paragraphs", "subheadings", "captions", "continued_to", "continued_from")


def _essentials(page: dict) -> dict:
    return {
        "page": page["page"],
        "banners": page["banners"],
        "articles": [{k: a[k] for k in ARTICLE_FIELDS} | {"lines": a["provenance"].get("lines")} for a in page["articles"]],
        "furniture": [f["text"] for f in page["furniture"]],
        "unplaced": [u["text"] for u in page["unplaced"]],
    }


def test_demo_page_matches_golden():
    got = _essentials(banmian.parse(DEMO).to_dict())
    if os.environ.get("BANMIAN_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))
