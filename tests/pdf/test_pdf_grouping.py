"""Grouping without rules (headline territories), frames of four rules, labels on a rule, photo
legends on, under and beside photos, and text wrapping around a photo. All text is invented."""

from __future__ import annotations

from pathlib import Path

from pdfdraw import Sheet, save

from banmian.model import ArticleKind
from banmian.pdf import parse_pdf
from banmian.pdf.chars import PdfShape
from banmian.pdf.frames import frame_shapes
from banmian.pdf.lines import PdfLine

A = ["甲文第一栏的内容写在这里，一共四十个字，用来填满这一栏的几行文字。", "甲文第二栏的内容也写在这里，同样是一段比较长的文字，填满几行。", "甲文第三栏的文字在标题右边的空白下面，读者仍然把它当成甲文。"]
B = ["乙文第一栏的内容在这里，乙文标题只盖住了前两栏的宽度而已。", "乙文第二栏的文字接着写下去，这里也有好几行文字内容。", "乙文第三栏同样属于乙文，虽然标题没有伸到这一栏的上方。"]
C = [
    "丙文的第一段文字从右边标题下面开始，一直向下排，比左边的甲文长得多，跨过甲文标题的下沿。",
    "丙文的第二段继续往下写，这一段排在乙文标题的旁边，但是它仍然属于右边的丙文，而不属于乙文。",
    "丙文的第三段也是这样，读者顺着这一栏读下去，就能读完整篇丙文的全部内容。",
]


def _titles(page) -> list[str | None]:  # noqa: ANN001
    return [a.title.text if a.title else None for a in page.articles]


def _by_title(page, title: str):  # noqa: ANN001, ANN202
    return next(a for a in page.articles if a.title and a.title.text == title)


def test_headlines_head_only_the_columns_under_them(tmp_path: Path) -> None:
    """
    ::

        甲文标题 (24, over col 1-2)          丙文标题 (20, a little higher)
        col1 col2 col3 (甲)                   丙 …
        乙文标题 (24, over col 1-2)           丙 … (runs on beside 乙)
        col1 col2 col3 (乙)                   丙 …
    """
    s = Sheet()
    s.text(40, 100, "甲文标题", size=24)
    s.text(420, 95, "丙文标题", size=20)
    for k, para in enumerate(A):
        s.column(40 + 120 * k, 130, [para], chars=10)
    s.text(40, 250, "乙文标题", size=24)
    for k, para in enumerate(B):
        s.column(40 + 120 * k, 280, [para], chars=10)
    s.column(420, 120, C, chars=12)
    page = parse_pdf(save(tmp_path / "t.pdf", [s]))[0]
    assert sorted(t or "" for t in _titles(page)) == sorted(["甲文标题", "乙文标题", "丙文标题"])
    assert [p.text for p in _by_title(page, "甲文标题").paragraphs] == A
    assert [p.text for p in _by_title(page, "乙文标题").paragraphs] == B
    assert [p.text for p in _by_title(page, "丙文标题").paragraphs] == C


def test_four_rules_close_a_box_and_header_rules_are_dropped() -> None:
    line = PdfLine("正文", 10, 100, 30, 110, 10, False, (), "f")
    rules = [
        PdfShape("hrule", 0, 50, 300, 50.5),
        PdfShape("vrule", 299.8, 50.5, 300.1, 250),
        PdfShape("hrule", 0.2, 250, 300, 250.4),
        PdfShape("vrule", -0.1, 50.5, 0.2, 250),
        PdfShape("hrule", 100, 20, 400, 20.5),  # above all text: page-header decoration
    ]
    shapes = frame_shapes(rules, [line])
    boxes = [s for s in shapes if s.kind == "box"]
    assert len(boxes) == 1 and boxes[0].y0 == 50 and boxes[0].y1 == 250.4
    assert not any(s.kind == "hrule" and s.y0 == 20 for s in shapes)


def test_a_frame_beside_a_column_does_not_cut_the_column(tmp_path: Path) -> None:
    """
    ::

                                  丙文标题
        ┌── four rules ──┐        丙 …
        │ 框内标题        │        丙 … (beside the frame's right rule)
        │ 框内正文 …      │        丙 …
        └────────────────┘
    """
    s = Sheet()
    s.text(420, 95, "丙文标题", size=20)
    s.column(420, 120, C + C, chars=12)
    s.rule(30, 250, 380, 250)
    s.rule(380, 250, 380, 480)
    s.rule(30, 480, 380, 480)
    s.rule(30, 250, 30, 480)
    s.text(50, 290, "框内标题", size=22)
    s.column(50, 320, A[:2], chars=28)
    page = parse_pdf(save(tmp_path / "f.pdf", [s]))[0]
    assert [p.text for p in _by_title(page, "丙文标题").paragraphs] == C + C
    assert [p.text for p in _by_title(page, "框内标题").paragraphs] == A[:2]


def test_label_on_a_rule_heads_the_briefs_under_it(tmp_path: Path) -> None:
    """
    ::

        ─────────── 简讯 ───────────   (the rule runs through the label)
          第一条简讯……（李明 王芳）
          第二条简讯……
                              （林远）  (authors on a line of their own)
    """
    s = Sheet()
    s.text(40, 60, "上面的文章", size=20)
    s.column(40, 90, [A[0]], chars=26)
    s.rule(40, 170, 300, 170)
    s.text(150, 175, "简讯", size=14)
    y = s.column(40, 200, ["县里举办了一场读书分享会，吸引了许多读者参加。（李明 王芳）"], chars=26)
    y = s.column(40, y, ["图书馆新增了一批少儿读物，欢迎家长带孩子借阅，还有讲座。"], chars=26)
    s.text(40 + 26 * 10 - 40, y, "（林远）")
    page = parse_pdf(save(tmp_path / "b.pdf", [s]))[0]
    assert page.banners == ()
    briefs = [a for a in page.articles if a.kind is ArticleKind.BRIEF]
    assert [b.authors for b in briefs] == [("李明", "王芳"), ("林远",)]
    assert briefs[1].paragraphs[0].text == "图书馆新增了一批少儿读物，欢迎家长带孩子借阅，还有讲座。"
    assert _by_title(page, "上面的文章").paragraphs[0].text == A[0]


def test_credit_on_a_photo_and_text_wrapping_around_it(tmp_path: Path) -> None:
    """
    ::

        图文标题
        col 1 (beside)  ┌ photo ──────────┐
        …               │        王五/摄  │
        …               └─────────────────┘
        …               col 2 (under the photo) …
    """
    s = Sheet()
    s.text(40, 80, "图文标题", size=22)
    text = "这是一段围绕照片排的正文，先排在照片左边的窄栏里，一行一行往下排，排满以后再转到照片下面的宽栏里接着排。" * 3
    first, rest = text[:14 * 14 - 2], text[14 * 14 - 2 :]
    s.column(40, 110, [first], chars=14)
    s.photo(200, 98, 200, 120)
    s.text(350, 212, "王五/摄", size=8)
    s.column(200, 240, [rest], chars=20, indent=False)
    article = parse_pdf(save(tmp_path / "w.pdf", [s]))[0].articles[0]
    assert [c.text for c in article.captions] == ["王五/摄"]
    assert [p.text for p in article.paragraphs] == [text]


def test_caption_beside_a_photo(tmp_path: Path) -> None:
    """
    ::

        照片新闻
        ┌ photo ───────────┐  legend (9 pt)
        │                  │  in a narrow
        └──────────────────┘  column beside
    """
    s = Sheet()
    s.text(40, 160, "照片新闻", size=22)
    s.photo(40, 175, 240, 140)
    legend = "图为市民在新开放的公园里散步。（赵六 摄）"
    for k in range(0, len(legend), 10):
        s.text(290, 270 + (k // 10) * 13, legend[k : k + 10], size=9)
    s.text(40, 400, "另一篇文章", size=20)
    s.column(40, 430, [A[0]] * 3, chars=26)
    page = parse_pdf(save(tmp_path / "c.pdf", [s]))[0]
    photo = _by_title(page, "照片新闻")
    assert photo.kind is ArticleKind.PHOTO
    assert [c.text for c in photo.captions] == [legend.replace(" ", "")]
