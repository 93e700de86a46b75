"""A text layer whose every line break was doubled: a blank line after every line.

A file converted twice between line-ending conventions (「\\r\\r\\n」), or text copied out of some
viewers, has a blank line after every line of the page, and the page's own blank lines (the ends
of pdftotext's blocks) become runs of three. Read as it stands, every line is a block of its own,
which is how pdftotext prints columns it interleaves line by line, and the page was read apart as
interleaved columns: the real sample page in ``../shared`` so doubled kept 1 of its 6 articles.
Rules:

* a page is doubled when no two of its text lines stand next to each other and it has at least
  MIN_TEXT_LINES of them; where every run of blank lines is one long (the page had no blank lines
  of its own, as pdfium prints none), it may as well be pdftotext's one-line blocks of columns
  interleaved line by line, which ``layout.interleave`` reads: it is doubled only when its lines,
  read in the order printed, go on one into the next (``layout.interleave.reads_straight``);
* one blank line between two text lines is the doubled line break, and goes; a longer run is one
  of the page's own blank lines, each doubled, so it keeps half its length (at least one);
* the lines kept remember their numbers in the input, for provenance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: Fewest text lines (count) of a page read as doubled: a few lines each followed by a blank may be
#: so many short blocks (a list of briefs); a page's text layer holds hundreds.
MIN_TEXT_LINES = 20


@dataclass(frozen=True, slots=True)
class Undoubled:
    lines: tuple[str, ...]
    #: The input's line number (1-based) of each line kept.
    numbers: tuple[int, ...]


def undoubled(lines: Sequence[str]) -> Undoubled | None:
    """The page with its doubled line breaks taken away, or None when they are not doubled."""
    runs = _blank_runs(lines)
    if runs is None:
        return None
    if max(runs.values()) == 1 and not _reads_straight(lines):
        return None  # pdftotext's interleaved one-line blocks, for layout.interleave
    kept: list[str] = []
    numbers: list[int] = []
    k = 0
    while k < len(lines):
        if lines[k].strip():
            kept.append(lines[k])
            numbers.append(k + 1)
            k += 1
            continue
        size = runs[k]
        between = bool(kept) and k + size < len(lines)
        keep = (max(1, size // 2) if size > 1 else 0) if between else size
        kept.extend(lines[k : k + keep])
        numbers.extend(range(k + 1, k + keep + 1))
        k += size
    return Undoubled(tuple(kept), tuple(numbers))


def _blank_runs(lines: Sequence[str]) -> dict[int, int] | None:
    """Length of each run of blank lines by its first index, when the page is doubled."""
    runs: dict[int, int] = {}
    text_lines = 0
    k = 0
    while k < len(lines):
        if lines[k].strip():
            if k > 0 and lines[k - 1].strip():
                return None  # two text lines next to each other: nothing was doubled
            text_lines += 1
            k += 1
            continue
        start = k
        while k < len(lines) and not lines[k].strip():
            k += 1
        runs[start] = k - start
    return runs if text_lines >= MIN_TEXT_LINES else None


def _reads_straight(lines: Sequence[str]) -> bool:
    from banmian.layout.interleave import reads_straight
    from banmian.layout.lines import build_line_infos

    return reads_straight(build_line_infos(list(lines)))
