"""Lines between a headline and a paragraph's opening.

A paragraph starts on a line indented by two em, and an extractor that drops the indent still
leaves that line short of its column. The line right above such an opening therefore ends
whatever it belongs to: if it is running text, it ends a paragraph, and a paragraph ends on a
sentence. A line there that ends no sentence and holds no mark of running text, right under a
headline line, cannot be text: it is the headline's next line (the title under its kicker,
「林晓在青石镇调研时强调坚持……」/「守好一方山水」), which a classifier reading it alone took for a
full line of text.

Above a headline line the same holds: a text line right under a finished sentence that ends no
sentence itself, neither indented nor short of its column by an indent, opens no paragraph and
ends none (``mark_headline_tops``): under a finished sentence a paragraph goes on only if its
sentence ended at the line's end, and over a headline line no sentence goes on. Such a line is
the headline's first line or its kicker (「……等情况。」/「临江县各乡镇今年」/「税负均有下降」), which
the classifier, reading the line alone, took for text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.fields.wordbreak import breaks_word
from banmian.layout.lines import LineInfo
from banmian.layout.punctuation import MARKED_ENDINGS
from banmian.segment.fulllines import COLUMN_LINE_MAX_OVERHANG
from banmian.segment.intext import indent_short
from banmian.segment.items import closes_credit
from banmian.segment.learnedroles import OPENING_HEAD_MIN_SHORTFALL
from banmian.segment.linefeatures import KICKER_DASH
from banmian.segment.openings import CONNECTIVE_OPENING
from banmian.segment.roles import (
    _BODY,
    _HEADING,
    CLAUSE_MARKS,
    FIRST_LINE_MAX_SHORTFALL,
    Role,
    opens_with_byline,
)
from banmian.segment.runon import DANGLING_ENDINGS, PARTICLE_OPENINGS, QUANTITY_OPENING
from banmian.segment.textaround import finished

#: The line asked about fills its column to within this many em: a full line, which as text would
#: go on below; a shorter one may itself be a paragraph's opening or end.
FULL_LINE_MAX_SHORTFALL_EM = 0.75
#: The line below is short of its column by at least this many em: the two-em indent less one
#: compressed punctuation mark. A full line of a narrow column with a mark or two compressed falls
#: short by about one em.
OPENING_MIN_SHORTFALL_EM = 1.5
#: A round figure opening the line below (「200多亩」, 「30余人」) counts what the line above names,
#: like runon.QUANTITY_OPENING's figure and unit.
ROUND_FIGURE_OPENING = re.compile(r"[0-9０-９]+[多余]")


def mark_headlines_over_openings(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Turn to headline each text line that ``_ends_no_paragraph`` between a headline line above and
    a paragraph's opening below."""
    for k in range(1, len(lines) - 1):
        if roles[k] is not _BODY or roles[k - 1] is not _HEADING or roles[k + 1] is not _BODY:
            continue
        if _ends_no_paragraph(lines[k], lines[k + 1]):
            roles[k] = _HEADING


def _ends_no_paragraph(line: LineInfo, below: LineInfo) -> bool:
    """``line`` ends no sentence, holds no clause mark and fills its column, and ``below`` is
    shaped like a paragraph's opening (short of its column by an indent, ending no sentence: a
    short line that ends one may be the last line of the paragraph ``line`` goes on) that does not go on with
    ``line``'s phrase (a word broken at the line end, a hanging 的 or 与, a figure and its unit
    opening ``below``, which is then short for its half-width digits): ``line`` would have to end a
    paragraph without ending a sentence."""
    shortfall = below.column_width - below.width
    return (
        line.headable
        and not line.ends_sentence
        and not line.ends_continuing
        and CLAUSE_MARKS.isdisjoint(line.text)
        and line.column_width - FULL_LINE_MAX_SHORTFALL_EM <= line.width <= line.column_width + COLUMN_LINE_MAX_OVERHANG
        and not below.blank
        and not below.ends_sentence
        and OPENING_MIN_SHORTFALL_EM <= shortfall <= FIRST_LINE_MAX_SHORTFALL
        and not opens_with_byline(line)
        and line.text[-1] not in DANGLING_ENDINGS
        and below.text[0] not in PARTICLE_OPENINGS
        and QUANTITY_OPENING.match(below.text) is None
        and ROUND_FIGURE_OPENING.match(below.text) is None
        and not breaks_word(line.text, below.text)
    )


def mark_headline_tops(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Turn to headline each text line between a finished sentence and a headline line that can
    neither open a paragraph (indented, or short of its column by the indent that pdfium drops)
    nor end one (it ends no sentence), and opens on no byline or connective
    (segment.openings.CONNECTIVE_OPENING), nor stops on a clause mark (but a kicker's dash). Not
    where blank lines end pdftotext's blocks (a block's first line may follow any text there), nor
    in a layout dump read apart into columns (its blank lines are gaps between rows). On the pdfium
    pages of the evaluation set and seeds 1001, 1003 and 1005, 13 of the 14 lines so placed once
    every other rule had run were a headline's (a kicker, a title's or a sub-heading's first line);
    the other opened on a connective: a small sample, the figures below the check. Run last
    (segment.roles), pdfium article F1: evaluation set 0.9830 -> 0.9837 (body CER 0.68 % -> 0.61 %,
    title 0.9419 -> 0.9425, kicker F1 0.9143 -> 0.9159), seed 1005 0.9675 -> 0.9690 (title 0.9040 ->
    0.9056), seed 1003 0.9657 -> 0.9661, seed 1001's titles +0.0005; the squeezed pages' `-raw`
    0.8570 -> 0.8579 (0.8589 reading a sentence's end as finished inside a quotation too: a
    squeezed page prints a quotation's closing mark at the start of the next line, the title's);
    pdftotext's and `-layout`'s texts unchanged. Run before the vetoes of
    segment.runon, it took lines those vetoes would have kept as text: pdfium lost 0.0010 to 0.0017
    on three of the four sets."""
    for k in range(1, len(lines) - 1):
        if roles[k] is not _BODY or roles[k + 1] is not _HEADING:
            continue
        line = lines[k]
        # ``headable``: no sentence's end, no byline or dateline opening it; a date alone (a
        # notice's closing line) is no headline either.
        if not line.headable or line.date_line is not None or not finished(lines, roles, k - 1):
            continue
        if line.leading_space or indent_short(line) or CONNECTIVE_OPENING.match(line.text) is not None:
            continue
        if line.ends_continuing and not line.text.endswith(KICKER_DASH):
            continue  # a clause mark at its end: the sentence goes on below (a kicker's dash leads on)
        roles[k] = _HEADING


#: Lines a headline so found takes at most: a kicker over its title, a sub-heading wrapped once.
MAX_RUN_OVER_INDENT = 2


def mark_runs_over_printed_indents(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Turn to headline a run of one or two text lines under a finished sentence and over a line
    printed indented, whose last line stops short of its column on no mark (「……全县茶农收获新茶三千吨」/
    「茶叶销路，还要再拓宽」/「　　县农业农村局……」): a paragraph ends on a sentence's mark, so a line that
    ends one short of its column on none, with a paragraph printed as opening under it, ends no
    paragraph; the run is a headline (a title drawn after its body, a sub-heading) that the rules
    and the classifier read as text for its commas. A notice's closing date (a date alone) and a
    byline or credit are left. Only where the extractor kept the printed indents; on the pdfium
    pages of the development sets, 7 of the 8 runs so placed were a title or a sub-heading, the
    eighth a notice's closing date. Run after the vetoes of segment.runon: pdfium article F1 seed
    1013 0.9724 -> 0.9731 (title 0.9137 -> 0.9148), paragraph-start F1 +0.0001 on the evaluation
    set and seeds 1001 and 1003, every other figure unchanged."""
    for k in range(1, len(lines) - 1):
        below = lines[k + 1]
        if roles[k] is not _BODY or not below.indented or roles[k + 1] is not _BODY:
            continue
        line = lines[k]
        text = line.text.strip()
        if not text or text[-1] in MARKED_ENDINGS or line.width > line.column_width - OPENING_HEAD_MIN_SHORTFALL:
            continue
        if not line.headable or line.date_line is not None or line.byline_line is not None or line.caption:
            continue
        start = _run_start(lines, roles, k)
        if start is not None:
            for j in range(start, k + 1):
                roles[j] = _HEADING


def _run_start(lines: Sequence[LineInfo], roles: list[Role], k: int) -> int | None:
    """The run's first line: ``k`` or the text line above it, whichever a finished sentence stands
    right over, or a brief's closing credit (none when no sentence ends within MAX_RUN_OVER_INDENT
    lines above)."""
    for start in range(k, max(0, k - MAX_RUN_OVER_INDENT + 1) - 1, -1):
        if start == 0 or roles[start] is not _BODY or lines[start].indented or not lines[start].headable:
            return None  # ``headable``: no sentence's end, no byline opening it, no bracketed credit
        if start < k and (lines[start].ends_sentence or lines[start].date_line is not None):
            return None
        if lines[start - 1].ends_sentence or (roles[start - 1] is _BODY and closes_credit(lines, start - 1)):
            return start
    return None
