"""Paragraphs from hard-wrapped column lines.

Rules (printed Chinese body text):
- A paragraph ends only after a sentence end (。！？… possibly followed by a closing quote or
  bracket), except closing lines of a notice: a signing office before a date line, the date line.
- A *short* line ending a sentence ends its paragraph: the last line of a paragraph rarely fills
  the column. So does a line wider than any column is set (``MAX_WIDE_MEASURE``): text that was
  never hard-wrapped, a paragraph to a line, as web pages and corpus files hold it. A full line ending a sentence ends it only when the next line is visibly a first
  line: indented (a leading space survived extraction) or two characters short of the column.
- Blank lines are not paragraph marks: extractors put them where a text block ends, which can be
  mid-sentence (「初见成效」/「不等于万事大吉」).
Each break decision carries a confidence; a paragraph's confidence is that of its weaker edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from banmian.fields.creditbreaks import join_at_credit_break, join_at_name_break, join_at_name_breaks
from banmian.layout.lines import MAX_WIDE_MEASURE, LineInfo, full_punctuation_width
from banmian.layout.punctuation import CLOSERS
from banmian.model import LineSpan, ParagraphRole, Provenance
from banmian.segment.bylines import is_credit_line

#: A line can never start a paragraph with one of these: the mark closes the sentence above.
CLOSING_MARKS = CLOSERS | frozenset("，。、；：？！")
#: A line this much (em) narrower than its column is "short": the last line of a paragraph.
SHORT_LINE_SHORTFALL = 1.5
#: A next line this much (em) narrower than the column is an indented first line (2 em indent,
#: less up to half an em of punctuation compression or half-width digits).
FIRST_LINE_SHORTFALL = 1.5
# Confidences of the break decisions, from how often each rule held on the synthetic set.
CONF_SHORT_FINAL = 0.95
CONF_INDENT_MARK = 0.9
CONF_FIRST_LINE_SHAPE = 0.7
CONF_FULL_CONTINUES = 0.8
CONF_NO_SENTENCE_END = 0.97
CONF_AMBIGUOUS_SHORT_NEXT = 0.6


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


def split_paragraphs(lines: Sequence[LineInfo], indent_marks_paragraphs: bool) -> list[DraftParagraph]:
    """``indent_marks_paragraphs``: the page keeps a leading space on first lines only, so it is a cue."""
    if not lines:
        return []
    out: list[DraftParagraph] = []
    start = 0
    start_conf = 1.0
    for i in range(len(lines) - 1):
        brk, conf = _break_after(lines[i], lines[i + 1], indent_marks_paragraphs)
        if brk:
            out.append(_draft(lines[start : i + 1], min(start_conf, conf)))
            start, start_conf = i + 1, conf
    out.append(_draft(lines[start:], min(start_conf, 1.0)))  # the last line ends the last paragraph
    return out


def _draft(lines: Sequence[LineInfo], confidence: float) -> DraftParagraph:
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


def _break_after(cur: LineInfo, nxt: LineInfo, indent_marks: bool) -> tuple[bool, float]:
    if nxt.date_line is not None or cur.date_line is not None:
        return True, CONF_SHORT_FINAL
    if nxt.text[:1] in "（(" and is_credit_line(nxt):  # the bracket first: most lines fail there
        return False, CONF_SHORT_FINAL  # （石鑫 蒋雯楠） closes the paragraph above it
    if not cur.ends_sentence:
        return False, CONF_NO_SENTENCE_END
    if nxt.text[:1] in CLOSING_MARKS:
        return False, CONF_NO_SENTENCE_END  # 「……智慧。」/「”城市是……」: the quote closes on the next line
    if _short_even_with_full_punctuation(cur) or cur.width > MAX_WIDE_MEASURE:
        return True, CONF_SHORT_FINAL
    if indent_marks and nxt.leading_space:
        return True, CONF_INDENT_MARK
    if nxt.leading_byline is not None:
        return True, CONF_INDENT_MARK
    if nxt.width <= nxt.column_width - FIRST_LINE_SHORTFALL:
        if nxt.ends_sentence:
            return False, CONF_AMBIGUOUS_SHORT_NEXT
        return True, CONF_FIRST_LINE_SHAPE
    return False, CONF_FULL_CONTINUES

