"""Draws page 3 of the demo issue (临江日报, 2024-03-12) as an e-paper PDF, for `make demo`.

Its text is invented for the project, like the other sample pages. Page 1 (demo-page.txt) cuts
its farming story with 「（下转第三版）」; this page carries the rest under 「（上接第一版）」, so
the demo archive shows one article read across two pages, with a page image to click on.

Usage: python samples/draw_demo_pdf.py OUT.pdf   (needs reportlab and a CJK font: `make setup`)
"""

from __future__ import annotations

import sys
from pathlib import Path

FONT_FILES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
)
FONT = "DemoHei"
PAGE_W, PAGE_H = 595.0, 842.0  # A4, points
MARGIN = 36.0
BODY_PT, LEAD_PT = 10.0, 14.5
TITLE_PT = 16.0
GRID_COLUMNS = 4
ROW_GAP = 24.0  # points between a row's last line and the next row's top
COLUMN_CHARS = 11  # characters per column line: four columns across the page
#: Between columns, points: wider than one character, because a line may hold a twelfth (a
#: comma or full stop never starts a line, so it stays at the end of the one before).
COLUMN_GAP = 27.0
NO_LINE_START = set("，。、；：？！”’）》")

STORIES = (
    {
        "title": "春耕备耕正当时 田间地头干劲足",
        "jump": "（上接第一版）",
        "byline": None,
        "paragraphs": [
            "在城关镇东门村，种粮大户李建国正和家人检修插秧机。他告诉记者，今年流转土地三百亩，全部种植优质稻，县里的农机补贴让他添置了两台新机器。",
            "县农业农村局表示，下一步将继续做好农资供应、技术指导和气象服务，确保全县粮食播种面积稳定在三十万亩以上。",
        ],
        "columns": 2,
    },
    {
        "title": "临江中学获评省级文明校园",
        "jump": None,
        "byline": "本报讯（记者 林晓 通讯员 何春生）",
        "paragraphs": [
            "近日，省文明委公布新一批省级文明校园名单，临江中学榜上有名。",
            "近年来，该校坚持立德树人，开设劳动教育、传统文化等特色课程，组织学生走进社区开展志愿服务一百余次。",
        ],
        "columns": 2,
    },
    {
        "title": "县里开展春季森林防火演练",
        "jump": None,
        "byline": "本报记者 赵文静",
        "paragraphs": [
            "3月9日，县应急管理局在青山林场组织春季森林防火应急演练，县消防救援大队、林场扑火队等四支队伍一百二十余人参加。",
            "演练模拟林区突发火情，各队伍按照预案迅速集结，开展火情侦察、隔离带开设和人员疏散，检验了协同作战能力。",
        ],
        "columns": 4,
    },
)


def _wrap(paragraph: str, chars: int) -> list[tuple[bool, str]]:
    """(first line?, text) lines of a paragraph set ``chars`` wide, first line indented two em."""
    lines, current, limit, first = [], "", chars - 2, True
    for ch in paragraph:
        if len(current) >= limit and ch not in NO_LINE_START:
            lines.append((first, current))
            current, limit, first = "", chars, False
        current += ch
    lines.append((first, current))
    return lines


def draw(out: Path) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font_file = next((f for f in FONT_FILES if f.is_file()), None)
    if font_file is None:
        raise SystemExit("draw_demo_pdf: no CJK font found; run `make setup` (fonts-wqy-zenhei)")
    pdfmetrics.registerFont(TTFont(FONT, str(font_file), subfontIndex=0))
    out.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setFont(FONT, 9)
    c.drawString(MARGIN, PAGE_H - 28, "2024年3月12日 星期二")
    c.drawRightString(PAGE_W - MARGIN, PAGE_H - 28, "第3版 要闻")
    c.setLineWidth(0.8)
    c.line(MARGIN, PAGE_H - 34, PAGE_W - MARGIN, PAGE_H - 34)
    top = 60.0
    row: list[dict] = []
    for story in STORIES:
        if sum(st["columns"] for st in row) + story["columns"] > GRID_COLUMNS:
            top = _draw_row(c, row, top)
            row = []
        row.append(story)
    _draw_row(c, row, top)
    c.showPage()
    c.save()
    return out


def _draw_row(c, row: list[dict], top: float) -> float:  # noqa: ANN001 - reportlab Canvas
    """Articles side by side, a rule between them and one under the row; returns the next top."""
    column_w = COLUMN_CHARS * BODY_PT
    x_left, bottom = MARGIN, top
    for story in row:
        y = top + 22
        c.setFont(FONT, TITLE_PT)
        c.drawString(x_left, PAGE_H - y, story["title"])
        y += 20
        for extra in (story["jump"], story["byline"]):
            if extra:
                c.setFont(FONT, BODY_PT)
                c.drawString(x_left, PAGE_H - y, extra)
                y += LEAD_PT + 2
        lines = [line for p in story["paragraphs"] for line in _wrap(p, COLUMN_CHARS)]
        per_column = -(-len(lines) // story["columns"])
        c.setFont(FONT, BODY_PT)
        for n, (first, text) in enumerate(lines):
            col, line_no = divmod(n, per_column)
            x = x_left + col * (column_w + COLUMN_GAP) + (2 * BODY_PT if first else 0)
            c.drawString(x, PAGE_H - (y + line_no * LEAD_PT), text)
        bottom = max(bottom, y + per_column * LEAD_PT)
        x_left += story["columns"] * (column_w + COLUMN_GAP)
    x_left = MARGIN
    for story in row[:-1]:
        x_left += story["columns"] * (column_w + COLUMN_GAP)
        c.line(x_left - COLUMN_GAP / 2, PAGE_H - top - 4, x_left - COLUMN_GAP / 2, PAGE_H - bottom)
    c.line(MARGIN, PAGE_H - bottom - 8, PAGE_W - MARGIN, PAGE_H - bottom - 8)
    return bottom + ROW_GAP


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__.strip().splitlines()[-1])
    print(draw(Path(sys.argv[1])))
