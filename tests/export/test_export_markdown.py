from __future__ import annotations

from banmian.export import page_to_markdown
from banmian.model import Page


def test_markdown_matches_golden(full_page: Page, bare_page: Page, golden) -> None:
    golden("full_page.md", page_to_markdown(full_page))
    golden("bare_page.md", page_to_markdown(bare_page))


def test_one_level_two_heading_per_article(full_page: Page) -> None:
    lines = page_to_markdown(full_page).splitlines()
    assert [ln for ln in lines if ln.startswith("## ")] == [
        "## 青石镇三千亩稻田迎来机插秧",
        "## 关于调整城区部分公交线路的公告",
        "## (untitled)",
    ]
    assert lines[0] == "# 青石日报 · 2024-03-29 · 第1版 · 要闻"


def test_parts_in_reading_order(full_page: Page) -> None:
    md = page_to_markdown(full_page)
    order = [
        "**扎实推进乡村振兴 奋力书写发展新篇**",
        "*春耕时节*",
        "## 青石镇",
        "**——合作社",
        "本报记者 周雨桐 通讯员 马建国",
        "Authors: 周雨桐、马建国",
        "连日来",
        "### 统一育秧降成本",
        "> 图为农机手",
        "→ 下转第2版",
        "## 关于调整",
        "← （上接第一版）",
        "**Warnings**",
    ]
    positions = [md.index(part) for part in order]
    assert positions == sorted(positions)


def test_markup_in_text_is_escaped(full_page: Page, bare_page: Page) -> None:
    assert "3\\~5天" in page_to_markdown(full_page)
    assert "- \\*本版图片由县融媒体中心提供 (line 55)" in page_to_markdown(full_page)
    assert "1\\. 加强安全巡查。" in page_to_markdown(bare_page)


def test_bare_page_falls_back_to_placeholders(bare_page: Page) -> None:
    assert page_to_markdown(bare_page).startswith("# (page)\n\n## (untitled)\n")
