from __future__ import annotations

import json

from banmian.export import page_to_json, page_to_jsonl, pages_to_jsonl
from banmian.model import Page


def test_json_matches_golden(full_page: Page, bare_page: Page, golden) -> None:
    golden("full_page.json", page_to_json(full_page))
    golden("bare_page.json", page_to_json(bare_page))


def test_json_is_the_page_contract_and_keeps_chinese(full_page: Page) -> None:
    text = page_to_json(full_page)
    assert json.loads(text) == full_page.to_dict()
    assert "青石镇三千亩稻田迎来机插秧" in text and "\\u" not in text
    assert text.endswith("}\n")


def test_json_lines_one_compact_object_per_page(full_page: Page, bare_page: Page) -> None:
    text = pages_to_jsonl([full_page, bare_page, full_page])
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) == 4
    assert [json.loads(line)["articles"][0]["id"] for line in lines[:-1]] == ["a1", "a1", "a1"]
    assert json.loads(lines[1]) == bare_page.to_dict()
    assert page_to_jsonl(full_page) == lines[0] + "\n"


def test_indent_none_is_one_line(full_page: Page) -> None:
    assert page_to_json(full_page, indent=None).count("\n") == 1
