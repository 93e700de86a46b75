"""Write page fixtures the way a text extractor emits them: paragraphs hard-wrapped at a column.

The fixtures' content is invented for these tests; only the typesetting is realistic.
"""

from __future__ import annotations

NO_LINE_START = set("，。、；：？！”’）》")


def wrap(paragraph: str, column: int = 13, indent: int = 2) -> list[str]:
    """Wrap like a column of ``column`` em: the first line loses its ``indent`` (dropped by the
    extractor), no punctuation starts a line (禁则)."""
    lines: list[str] = []
    current = ""
    limit = column - indent
    for ch in paragraph:
        if len(current) >= limit and ch not in NO_LINE_START:
            lines.append(current)
            current, limit = "", column
        current += ch
    lines.append(current)
    return lines


def body(*paragraphs: str, column: int = 13) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs:
        out.extend(wrap(paragraph, column))
    return out


def page(*blocks: list[str] | str) -> str:
    """Blocks separated by blank lines, as pdftotext marks the end of a text block."""
    parts = [b if isinstance(b, str) else "\n".join(b) for b in blocks]
    return "\n\n".join(parts) + "\n"


def headline(article) -> str:
    """Kicker and title as one text: fixtures whose two headline lines may read as a kicker
    (「县图书馆：」) and a title, or as one title wrapped over two lines, test something else."""
    return "".join(u.text for u in (article.kicker, article.title) if u is not None)
