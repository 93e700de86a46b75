"""Paragraphs from hard-wrapped column lines.

Rules (printed Chinese body text):
- A paragraph ends only after a sentence end (。！？… possibly followed by a closing quote or
  bracket) or a lead-in (below), except closing lines of a notice: a signing office before a date
  line, the date line.
- A line ending a lead-in (「……如下：」, 「……特点有三：」), a list's item (「……；」) or a dash leading
  into what follows ends its paragraph where the next line opens one by its shape (an indent
  short, its marks counted at full width), however short it is itself (``CLAUSE_END_BREAKS``;
  the lead-in alone took pdfium article F1 on the evaluation set from 0.9862 to 0.9872).
- A *short* line ending a sentence ends its paragraph: the last line of a paragraph rarely fills
  the column. So does a line wider than any column is set (``MAX_WIDE_MEASURE``): text that was
  never hard-wrapped, a paragraph to a line, as web pages and corpus files hold it. A full line ending a sentence ends it only when the next line is visibly a first
  line: indented (a leading space survived extraction) or two characters short of the column.
- Where a layout dump shows a line indented in its column (``ParagraphMarks.indented_lines``), the
  line opens a paragraph after a line that ends a sentence or a lead-in (「……如下：」) or stops short
  on no clause mark (a list's item, 「一是……」), unless a number that did not fit explains the short
  line; under a full line or a clause mark the indent is the extractor's wavering.
- Blank lines are not paragraph marks: extractors put them where a text block ends, which can be
  mid-sentence (「初见成效」/「不等于万事大吉」).
Each break decision carries a confidence; a paragraph's confidence is that of its weaker edge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from banmian.fields.creditbreaks import join_at_credit_break, join_at_name_break, join_at_name_breaks
from banmian.fields.notice import CLOSING_FORMULA
from banmian.layout.lines import MAX_WIDE_MEASURE, LineInfo, full_punctuation_width, photo_source_under_credit
from banmian.layout.punctuation import CLOSERS, CONTINUING, closes_text
from banmian.model import LineSpan, ParagraphRole, Provenance
from banmian.segment.bylines import is_credit_line
from banmian.segment.headrules import wrap_explains

#: A line can never start a paragraph with one of these: the mark closes the sentence above.
CLOSING_MARKS = CLOSERS | frozenset("，。、；：？！")
#: A line ending on one of these leads into the next paragraph (「……情况如下：」).
LEAD_IN_ENDINGS = ("：", ":")
#: Ends of a clause, not of a sentence, that may end a paragraph where the next line opens one by
#: its shape: a lead-in (「……特点有三：」), a list's item (「……任命林晓为……；」) and a dash leading into
#: what follows (「……好消息接连传来——」). Pdfium paragraph-start F1 with the lead-in alone +0.0022
#: to +0.0032 on the development sets, with the item and the dash +0.0010 to +0.0041 more
#: (pdftotext +0.0014 to +0.0043 more); a closing quote (「……我们有信心”」) as well, +0.0006 to
#: +0.0014 more, but it closes a quotation inside a sentence as often, and a brief's authors under
#: it went to a paragraph of their own (seed 1001).
CLAUSE_END_BREAKS = (*LEAD_IN_ENDINGS, "；", ";", "——")
#: A line this much (em) narrower than its column is "short": the last line of a paragraph.
SHORT_LINE_SHORTFALL = 1.5
#: A next line this much (em) narrower than the column is an indented first line (2 em indent,
#: less up to half an em of punctuation compression or half-width digits).
FIRST_LINE_SHORTFALL = 1.5
#: A sentence closed by a bracketed note (「……。（全文见四版）」): the line ends a sentence as one
#: ending on 。 does, as layout.lines already reads an end mark (「……。（完）」). Paragraph-start F1
#: +0.0001 to +0.0003 on every development set and text layer.
NOTE_AFTER_SENTENCE = re.compile(r"[。！？!?][（(][^（）()]{1,24}[）)]\s*$")
#: Em added to the measured width of a line opening with a number or Latin word (``_measured_width``).
OPENING_LATIN_SLACK = 0.5
#: How such a line opens.
_LATIN_OPENING = re.compile(r"[0-9A-Za-z]")
#: A line opening with a time of day (「19时53分，……」) goes on with a date printed alone on the line
#: above it (「2024年3月12日」, a column's line that the time did not fit on): that date is no
#: notice's closing date, which ends its paragraph. Paragraph-start F1 +0.0001 to +0.0004 on every
#: development set and text layer.
TIME_OF_DAY = re.compile(r"\s*[0-9０-９]{1,2}\s*时")
# Confidences of the break decisions, from how often each rule held on the synthetic set.
CONF_SHORT_FINAL = 0.95
CONF_INDENT_MARK = 0.9
CONF_FIRST_LINE_SHAPE = 0.7
CONF_FULL_CONTINUES = 0.8
CONF_NO_SENTENCE_END = 0.97
CONF_AMBIGUOUS_SHORT_NEXT = 0.6


@dataclass(frozen=True, slots=True)
class ParagraphMarks:
    """What the page shows of its paragraphs' first lines beyond their widths."""

    #: The page keeps a leading space on first lines only (a flowing dump that kept indents).
    leading_space: bool = False
    #: Lines that a layout-preserving dump printed indented in their column (layout.sidebyside):
    #: the lane reader prints the text without the indent (printed, it changed how every other rule
    #: read the page: -layout article F1 on the evaluation set 0.8670 -> 0.8452, title 0.7651 ->
    #: 0.7037) and hands it over here. Paragraph-start F1 on the -layout pages, evaluation set /
    #: seed 1001 / held-out seed 1002: 0.9485 / 0.9398 / 0.9410 without; 0.9522 / 0.9452 / 0.9457
    #: read only after a sentence end; 0.9710 / 0.9691 / 0.9718 as now (with the brief's title kept
    #: apart in segment.build, article F1 0.8670 -> 0.8691, 0.8614 -> 0.8629, 0.8556 -> 0.8586).
    #: Any indented line a first line: 0.9592 on the evaluation set, with twice the false breaks,
    #: many inside a word.
    indented_lines: frozenset[int] = frozenset()
    #: The text was never wrapped (segment.unwrapped): every line that ends a sentence ends its
    #: paragraph, as short as its neighbours or not (a notice's paragraphs of one sentence each
    #: read as one where they measured as full lines of a narrow column), and each line of a
    #: sub-heading's run is a heading of its own (segment.build).
    unwrapped: bool = False


NO_MARKS = ParagraphMarks()


@dataclass(frozen=True, slots=True)
class DraftParagraph:
    text: str
    lines: LineSpan
    role: ParagraphRole
    confidence: float
    #: The source lines joined with their spacing kept, for grammars that read the spacing
    #: (a byline's 「记者 林晓 通讯员 何春生」 names are told apart by it).
    raw: str = ""
    #: The runs of lines it was rejoined from when the extractor printed it apart (segment.stitch).
    pieces: tuple[LineSpan, ...] = ()

    @property
    def provenance(self) -> Provenance:
        return Provenance(lines=self.lines, pieces=self.pieces)


def split_paragraphs(lines: Sequence[LineInfo], marks: ParagraphMarks = NO_MARKS) -> list[DraftParagraph]:
    if not lines:
        return []
    out: list[DraftParagraph] = []
    start = 0
    start_conf = 1.0
    for i in range(len(lines) - 1):
        brk, conf = _break_after(lines[i], lines[i + 1], marks)
        if brk:
            out.append(draft_of(lines[start : i + 1], min(start_conf, conf)))
            start, start_conf = i + 1, conf
    out.append(draft_of(lines[start:], min(start_conf, 1.0)))  # the last line ends the last paragraph
    return out


def draft_of(lines: Sequence[LineInfo], confidence: float) -> DraftParagraph:
    """One paragraph of these lines (in a row): its text, its raw text with the spacing a byline's
    names are told apart by, its span, and the pieces it was rejoined from."""
    text = "".join([line.text for line in lines])
    role = ParagraphRole.CLOSING if len(lines) == 1 and lines[0].date_line is not None else ParagraphRole.BODY
    raw = lines[0].raw.strip()
    if len(lines) > 2:
        raw = join_at_name_breaks([line.raw.strip() for line in lines[:-1]])
    if len(lines) > 1:
        last = lines[-1].raw.strip()
        credit = join_at_credit_break(raw, last) if raw else last
        raw = credit if credit != raw + last else join_at_name_break(raw, last)
    numbers = [line.number for line in lines]
    pieces = LineSpan.pieces_of(numbers)
    return DraftParagraph(text, LineSpan(min(numbers), max(numbers)), role, confidence, raw, pieces if len(pieces) > 1 else ())


def _short_even_with_full_punctuation(line: LineInfo) -> bool:
    """A line is short when it stays short with its punctuation counted at full width: a full line
    with three marks would otherwise look 1.5 em short on a page that sets punctuation full."""
    return full_punctuation_width(line) <= line.column_width - SHORT_LINE_SHORTFALL


def _number_did_not_fit(line: LineInfo, nxt: LineInfo) -> bool:
    """A line ending a sentence stops short only because the number or Latin word opening the next
    line could not be broken and did not fit (headrules.wrap_explains: 「……借出了图书。」/「2000册以上
    ……」 in one paragraph): its shortness says nothing of a paragraph's end, and the next line's shape
    decides. With ``_measured_width``, pdfium paragraph-start F1 +0.0027 to +0.0043 on the
    evaluation set and seeds 1001, 1003, 1005 and 1013 (pdftotext +0.0017 to +0.0038, `-layout`
    +0.0028 to +0.0044; article F1 +0.0007 on four of the fifteen); each of the two alone gave
    about half of it."""
    return wrap_explains(line.column_width - full_punctuation_width(line), nxt.text)


def _measured_width(line: LineInfo) -> float:
    """The line's width, a line opening with a number or Latin word given OPENING_LATIN_SLACK: in
    a Latin font its figures print wider than the line's width counts them, and many pages set a
    gap before the CJK text after them, so a full line opening with 「2016」 measured short of its
    column by an indent's worth. Every line holding Latin given the slack did no better, nor the
    slack of segment.junctions.width_slack (each run, quote and enumeration comma)."""
    return line.width + (OPENING_LATIN_SLACK if _LATIN_OPENING.match(line.text) else 0.0)


def _ends_its_paragraph(line: LineInfo, nxt: LineInfo) -> bool:
    """Whether ``line`` may end a paragraph before an indented line: it ends a sentence or a lead-in
    (「……如下：」), or it stops short of its column (a list's item, a heading's words) on no clause
    mark and not only because the number opening the next line did not fit."""
    if line.ends_sentence or line.text.endswith(LEAD_IN_ENDINGS):
        return True
    if line.text[-1:] in CONTINUING or not _short_even_with_full_punctuation(line):
        return False
    return not wrap_explains(line.column_width - full_punctuation_width(line), nxt.text)


def _closes_paragraph_above(above: LineInfo, line: LineInfo) -> bool:
    """A bracketed line that ends the paragraph above it as its last words: a brief's authors
    (「（石鑫 蒋雯楠）」), a source note (「（来源：临江日报）」), an end mark (「（完）」), or the
    source of a photo under its photographer's credit (「……周敏 摄」/「（新华社发）」)."""
    return is_credit_line(line) or closes_text(line.text.strip()) or photo_source_under_credit(above, line)


def _break_after(cur: LineInfo, nxt: LineInfo, marks: ParagraphMarks) -> tuple[bool, float]:
    if (nxt.date_line is not None or cur.date_line is not None) and not TIME_OF_DAY.match(nxt.text):
        return True, CONF_SHORT_FINAL
    if nxt.text[:1] in "（(" and _closes_paragraph_above(cur, nxt):  # the bracket first: most lines fail there
        return False, CONF_SHORT_FINAL  # （石鑫 蒋雯楠） closes the paragraph above it
    if nxt.number in marks.indented_lines and nxt.text[:1] not in CLOSING_MARKS and _ends_its_paragraph(cur, nxt):
        return True, CONF_INDENT_MARK
    # A lead-in (「……特点有三：」), a list's item or a dash may end a paragraph too, where the next
    # line's shape says so; a layout dump's indents decided it above.
    clause_end = not (cur.ends_sentence or (cur.text[-1:] in "）)" and NOTE_AFTER_SENTENCE.search(cur.text) is not None))
    if clause_end and not (cur.text.endswith(CLAUSE_END_BREAKS) and not marks.indented_lines):
        return False, CONF_NO_SENTENCE_END
    if nxt.text[:1] in CLOSING_MARKS:
        return False, CONF_NO_SENTENCE_END  # 「……智慧。」/「”城市是……」: the quote closes on the next line
    if marks.unwrapped:
        return True, CONF_SHORT_FINAL  # a line of a text never wrapped is a paragraph, short or long
    # A clause's end stops short wherever the clause ends (「记者日前获悉：」/「……」 goes on): only the next
    # line's shape tells.
    if not clause_end and ((_short_even_with_full_punctuation(cur) and not _number_did_not_fit(cur, nxt)) or cur.width > MAX_WIDE_MEASURE):
        return True, CONF_SHORT_FINAL
    if (marks.leading_space and nxt.leading_space) or nxt.number in marks.indented_lines:
        return True, CONF_INDENT_MARK
    if nxt.leading_byline is not None:
        return True, CONF_INDENT_MARK
    if not clause_end and CLOSING_FORMULA.match(nxt.text.strip()):
        # 「特此通告。」 is a paragraph of its own, however full the line above: short and ending a
        # sentence, it read as the last line of the paragraph above (paragraph-start F1 +0.0005 to
        # +0.0009 on the development sets' pdfium pages, pdftotext +0.0006 to +0.0013).
        return True, CONF_SHORT_FINAL
    # Under a clause's end, the items it announces are read with their marks at full width: a list
    # of names set with half-width 、 (「林晓、何春生、周敏、王丽、陈」) measures an indent short and is none.
    next_width = max(_measured_width(nxt), full_punctuation_width(nxt)) if clause_end else _measured_width(nxt)
    if next_width <= nxt.column_width - FIRST_LINE_SHORTFALL:
        if nxt.ends_sentence:
            return False, CONF_AMBIGUOUS_SHORT_NEXT
        return True, CONF_FIRST_LINE_SHAPE
    return False, CONF_FULL_CONTINUES
