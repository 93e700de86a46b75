"""A left margin every line of the page shares, taken off before any rule reads where a line starts.

A text layer is sometimes saved with the same whitespace before every line: a dump indented as a
whole, a layout-preserving dump that kept the page's margin, text copied out of a viewer. The
engine reads a line's leading space as a paragraph's indent (pdfium keeps printed indents as
ideographic spaces, a layout dump as spaces), so a margin on every line made every line a
paragraph's first: on the real sample page in ``../shared`` with two spaces before every line, an
article was cut in two at its title's wrapped line (7 articles for 6, article F1 0.77). Rules:

* the margin is the longest run of whitespace that begins every non-blank line, compared character
  for character (a space, an ideographic space and a tab are not taken for one another), so the
  indent a paragraph's first line has beyond the margin stays;
* only a page of at least MIN_MARGIN_LINES non-blank lines has a margin: a few lines all indented
  may as well be so many paragraphs' first lines;
* line numbers do not change, so provenance still points into the input.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Fewest non-blank lines (count) of a page whose shared leading whitespace is a margin: a page's
#: text layer holds hundreds; a brief of a few paragraphs, each line indented, may hold a few.
MIN_MARGIN_LINES = 10


def without_margin(lines: Sequence[str]) -> Sequence[str]:
    """``lines`` with the margin they all share taken off, or ``lines`` itself when they share none."""
    first = next((line for line in lines if line.strip()), None)
    if first is None or not first[:1].isspace():
        return lines  # the cheap test first: nearly every page starts its first line at its edge
    filled = [line for line in lines if line.strip()]
    if len(filled) < MIN_MARGIN_LINES:
        return lines
    margin = _leading_space(first)
    for line in filled[1:]:
        margin = _common_prefix(margin, _leading_space(line))
        if not margin:
            return lines
    return tuple(line[len(margin) :] if line.strip() else line for line in lines)


def _leading_space(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _common_prefix(first: str, second: str) -> str:
    size = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        size += 1
    return first[:size]
