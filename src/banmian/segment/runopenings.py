"""A headline run's last line that opens the paragraph under it: 「养护队伍」/「全县各乡镇今年，还」/「……」.

A sub-heading, or a label over one (「茶农心声」/「林晓：青石镇茶农」), is read as a run of headline lines,
and the paragraph's first line under it, short of the column by its indent as a heading's line is
short, is often read into the run: the section's opening words then head nothing, and the
paragraph starts a line late. The run's last line is the paragraph's when:

- the run holds two lines or more and text follows it;
- the line opens a paragraph by its shape (segment.bylinedtwice.opens_paragraph: short by the
  indent over a full line) and holds a clause mark (CLAUSE_MARKS): a paragraph's first line mostly
  does, a title's last line seldom (「青石镇成立调解中心」/「把矛盾化解在基层」 over a text set without an
  indent is a title over its text, and read so);
- the run's lines are plain (one phrase each, not spaced out: no slogan over a title) and no
  notice's title;
- the line above it in the run ends no sentence and leads into nothing (a kicker's dash or colon),
  no quotation or bracket stays open across the two lines, no word runs across their break, and
  the line ends on no closing mark (a title's column tag or quotation).

Measured on the development sets' pdfium pages: article F1 seed 1005 0.9751 -> 0.9758 and seed
1013 0.9681 -> 0.9689 (title accuracy +0.0005 and +0.0006; the evaluation set's subtitle F1
0.9261 -> 0.9280; paragraph-start F1 -0.0001 on seeds 1005 and 1013), the evaluation set, seeds 1001
and 1003 and the pdftotext layers unchanged.
Without the clause mark, articles were found on seeds 1001, 1005 and 1013 (+0.0007 to +0.0015),
but titles lost their last line on the evaluation set and seeds 1003, 1005 and 1013.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.fields.notice import is_notice_title
from banmian.layout.lines import LineInfo
from banmian.layout.punctuation import CLOSERS
from banmian.segment.roles import _BODY, _HEADING, CLAUSE_MARKS, Role, runs_of

#: How a line leads into the line under it: a kicker's dash, a colon.
_LEADS_INTO = ("——", "：", ":")
#: Fewest lines of a run whose last line may be a paragraph's: a one-line heading is the learned
#: roles' (segment.learnedroles) and the sub-headings' (segment.subheadings) to read.
MIN_RUN_LINES = 2


def release_paragraph_openings(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    for start, stop in runs_of(roles, _HEADING):
        if _last_line_opens_text(lines, roles, start, stop):
            roles[stop - 1] = _BODY


def _last_line_opens_text(lines: Sequence[LineInfo], roles: Sequence[Role], start: int, stop: int) -> bool:
    from banmian.fields.wordbreak import breaks_word
    from banmian.segment.bylinedtwice import opens_paragraph
    from banmian.segment.intext import closed_phrase

    last = stop - 1
    if stop - start < MIN_RUN_LINES or stop >= len(lines) or roles[stop] is not _BODY:
        return False
    above, line = lines[last - 1], lines[last]
    text, text_above = line.text.strip(), above.text.strip()
    if not text or CLAUSE_MARKS.isdisjoint(text) or above.ends_sentence or not opens_paragraph(lines, last):
        return False
    if any(_set_apart(lines[j]) for j in range(start, stop)):
        return False
    if text_above.endswith(_LEADS_INTO) or text[-1] in CLOSERS or not closed_phrase(text_above + text):
        return False
    if is_notice_title("".join(lines[j].text.strip() for j in range(start, stop))):
        return False
    return not breaks_word(text_above, text)


def _set_apart(line: LineInfo) -> bool:
    """Phrases spaced apart (a slogan over its title) or a spaced-out line: a headline's run.
    A box's label (「简讯」) is not: over a brief's first line it heads a paragraph's start as a
    sub-heading does (the evaluation set's pdfium subtitle F1 0.9261 -> 0.9280 came from one)."""
    return line.phrases >= 2 or line.letter_spaced
