"""Lines an extractor broke at a page's text pieces, set back into the page's lines.

Founder's typesetting squeezes punctuation (标点挤压) by placing text: a squeezed mark keeps its
full-width glyph and the next character is placed half an em into its box (an opening mark half an
em into the character before it), each a piece of its own, and digits are set as pieces too.
``pdftotext -raw`` starts a new line wherever a piece starts inside the one before it, so a Founder
page's raw text is broken at nearly every squeezed mark (「县里组织了防汛、」/「消防、」/「急救演练，」
/「青石镇中心小」/「学等单位……」), and pdftotext's default mode breaks some of its lines so. Left
alone, every clause reads as a short line: a paragraph's end, a headline, a caption.

Rules:

* The page is fragmented when at least FRAGMENTED_MIN_LINES of its lines end in a clause mark
  (，、；：) with at most FRAGMENT_MAX_FILL of the characters of the lines around them, and those
  are at least FRAGMENTED_MIN_SHARE of all its lines ending in a clause mark. Hard-wrapped text
  ends a line in a clause mark only where the line is full (a paragraph never ends in one), so a
  page that keeps its lines is left as it is; a list's items, a poem's lines and a narrower
  column's full lines are short beside other text, not beside their own.
* A break between two lines (``break_kind``) is a piece's (PIECE) where the line above ends in a
  mark or a digit or the line below opens with an opening mark or a digit: Founder places each of
  those as a piece. A byline's opening, a brief's closing credit, a notice's formula, a date alone
  and a page header's pieces stand apart (APART). A break between two characters of text is the
  page's own line end (LINE_END).
* The pieces between two breaks that are not a piece's are set into lines. A line takes pieces
  while it stays within its column's measure (the upper quartile of the widths of the whole lines
  near it: lines with no piece's break on either side). A run before the page's own line end is
  set from its last piece back, since the line before a break inside a word is full; a run that
  ends a paragraph at a blank line, the page's end or a line that stands apart is set from its
  first piece on, its last line a paragraph's short last line.
* A piece that ends a sentence ends its paragraph before a line as wide as a paragraph's opening
  line (the measure less its two-character indent), and before a line ending at the page's own
  break that no run of pieces could fill (a box's label, a headline).

Each line keeps the span of source lines its text came from (layout.digits.JoinedLine).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from banmian.fields.creditbreaks import CREDIT_ROLES as BRACKET_CREDIT_ROLES
from banmian.fields.dates import date_line
from banmian.fields.furniture import classify_furniture
from banmian.fields.notice import CLOSING_FORMULA
from banmian.fields.spacing import display_width
from banmian.layout.digits import JoinedLine, is_label_line
from banmian.layout.lines import COMPRESSIBLE_PUNCTUATION, PUNCTUATION_WIDTH_SAVING
from banmian.layout.punctuation import SQUEEZED_CLOSING_MARKS, SQUEEZED_OPENING_MARKS

#: Marks a line of running text may end in where the sentence goes on.
CLAUSE_MARKS = frozenset("，、；：")
#: Marks Founder squeezes and so sets as pieces: closing marks end one, opening marks start one.
CLOSING_MARKS = SQUEEZED_CLOSING_MARKS
OPENING_MARKS = SQUEEZED_OPENING_MARKS
#: How a byline opens; the page starts a line there.
BYLINE_START = re.compile(r"本报|新华社|中新社|人民日报")
#: A piece that may end a paragraph: a sentence's end, closed quotation, or a brief's credit after it.
PARAGRAPH_END = re.compile(r"[。！？…][”’]?(?:\s*[（(][^（）()]{1,20}[）)])?$")
#: Words of a byline's bracket (「（记者 林晓）」), which the text runs on after; a bracket of names
#: alone closes a brief.
CREDIT_ROLES = re.compile("|".join((*BRACKET_CREDIT_ROLES, "特约")))
#: A brief's end: its last sentence and the credit after it (「……开幕。（林晓 何春生）」); the
#: next piece opens something else, often the next brief's headline.
CLOSING_CREDIT = re.compile(r"[。！？…][”’]?\s*[（(][^（）()]{1,20}[）)]$")
OPEN_BRACKETS = frozenset("（(")
#: A bracket of names alone closing a line, opened on the line before (a credit broken in two).
BROKEN_CREDIT = re.compile(r"(?:^|[。！？…][”’]?)\s*[（(][\u4e00-\u9fff·]{1,4}(?: [\u4e00-\u9fff·]{1,4})+[）)]$")
#: How the opening of a byline ends right before its bracket (「本报讯」「新华社北京5月3日电」).
BYLINE_OPENER_ENDS = ("讯", "电", "报道")
#: A line ending in a clause mark is a fragment when it holds at most this share of the characters
#: of the page's full lines. Hard-wrapped lines ending so are full; a clause broken off is a few
#: characters.
FRAGMENT_MAX_FILL = 0.6
#: A line's full length is this quantile of the character counts of the FRAGMENT_NEIGHBOURS lines
#: (six) on either side of it: its column's, where columns of other measures stand elsewhere on
#: the page, and enough to hold a few whole lines among a fragmented page's pieces. A fragmented
#: page's lines are mostly pieces, its longest ones whole lines, and a wide caption or headline
#: line among a column's lines is one of a few.
FRAGMENT_FULL_QUANTILE = 0.75
FRAGMENT_NEIGHBOURS = 6
#: How an item of a list opens (「（一）」「一、」「1.」「①」「第一，」): a short line ending in a
#: clause mark is then the item's own, not a fragment. Not a figure (「3.5万人，」) nor a span of
#: numerals (「二、三十人，」).
ENUMERATION = re.compile(
    r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])"
    r"|\d{1,2}[.．](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[，、]"
)
#: The page's full line width when it is set back: this quantile of the widths of its lines
#: standing alone between two hard breaks (the longer of those are whole lines of a column; the
#: rest headlines, bylines).
FULL_WIDTH_QUANTILE = 0.8
#: A page is fragmented from this many fragments (a few short lines ending in a clause mark are a
#: headline's, a kicker's or a caption's) …
FRAGMENTED_MIN_LINES = 5
#: … making up at least this share of its lines ending in a clause mark. No page of the
#: evaluation, development and held-out sets' pdfium and pdftotext texts (1,200) is fragmented so;
#: every page of the evaluation set drawn with Founder's squeezed pieces is in ``pdftotext -raw``,
#: 114 of 200 in pdftotext's default mode, and the real Founder page in both.
FRAGMENTED_MIN_SHARE = 0.2
#: Whole lines (hard break on both sides) around a run whose upper quartile is the run's measure:
#: a paragraph's opening line is whole too but short of the measure by its indent, so the median
#: of a column with short paragraphs reads short; nine lines reach past a short column's foot
#: into the next, which is set in the same measure on most pages.
MEASURE_NEIGHBOURS = 9
MEASURE_QUANTILE = 0.75
#: Fewer whole lines than this on a page and its measure is read from its pieces instead: two
#: lines may both be headlines.
MIN_WHOLE_LINES = 3
#: A whole line is at least this share of the page's full line width: shorter ones are headlines.
WHOLE_LINE_MIN_FILL = 0.7
#: A set line may exceed its measure by this much (em): text widths count marks at half an em, the
#: page sets some at a full em, and a line's justification spreads the rest.
MEASURE_SLACK_EM = 0.5
#: A line ending at a hard break this much (em) short of its measure is not a full line. At two
#: ems fewer paragraphs break where digits make a full line measure short, but more articles are
#: lost (squeezed set, pdftotext -raw, at an earlier state of these rules: article F1 0.808 against
#: 0.814 at one em, paragraph-start F1 0.756 against 0.736).
SHORT_LINE_EM = 1.0
#: A paragraph's opening line is short of the measure by its indent (em), within this slack: two
#: ems, as marks set full-width and digits make a line measure up to two ems short. Of 1.0, 1.5
#: and 2.0, 2.0 found the most articles and titles on the squeezed set's pdftotext -raw text
#: (article F1 0.847, 0.848, 0.855; paragraph-start F1 0.764, 0.753, 0.740).
INDENT_EM = 2.0
INDENT_SLACK_EM = 2.0


def printed_width(text: str) -> float:
    """Width in em as layout.lines measures a line: marks at half an em, digits and Latin at half."""
    return display_width(text) - PUNCTUATION_WIDTH_SAVING * sum(1 for ch in text if ch in COMPRESSIBLE_PUNCTUATION)


def is_fragmented(lines: Sequence[str]) -> bool:
    """Whether the page's lines are broken at its text pieces (module docstring)."""
    texts = [t for t in (line.strip() for line in lines) if t]
    ending_in_clause = [k for k, t in enumerate(texts) if t[-1] in CLAUSE_MARKS]
    if len(ending_in_clause) < FRAGMENTED_MIN_LINES:
        return False
    # Characters stand in for widths here: every page is asked, and fragments are far shorter.
    lengths = [len(t) for t in texts]
    fragments = 0
    for k in ending_in_clause:
        if ENUMERATION.match(texts[k]):
            continue  # a list's item (「（一）……；」) is a short line of its own
        near = sorted(lengths[max(0, k - FRAGMENT_NEIGHBOURS) : k + FRAGMENT_NEIGHBOURS + 1])
        full = near[int(FRAGMENT_FULL_QUANTILE * (len(near) - 1))]
        fragments += lengths[k] <= FRAGMENT_MAX_FILL * full
    return fragments >= FRAGMENTED_MIN_LINES and fragments >= FRAGMENTED_MIN_SHARE * len(ending_in_clause)


#: How the break between two non-blank lines reads: at a piece of the page (the extractor's), at a
#: line that stands apart (a byline's opening, a credit, a header's piece, a notice's formula), or
#: between two characters of text (the page's own line end).
PIECE, APART, LINE_END = "piece", "apart", "line end"


def soft_break(before: str, above: str, below: str) -> bool:
    """The break between two non-blank lines may be the extractor's, at a piece of the page."""
    return break_kind(before, above, below) == PIECE


def break_kind(before: str, above: str, below: str) -> str:
    """PIECE, APART or LINE_END for the break between ``above`` and ``below`` (``before`` is the
    line over ``above``, or ""). A line wholly in brackets stays a line of its own: a brief's
    credit (「（林晓 何春生）」), which pdftotext's default mode prints before the brief's last line
    when it shares that line's baseline (layout.credits puts it back), or a byline's bracket under
    its 本报讯. A byline starts a line of its own too, under a headline that may end in a closing
    mark (「……“大礼包”」)."""
    if not above or not below:
        return APART
    if BYLINE_START.match(below) or CLOSING_CREDIT.search(above):
        return APART
    if above[-1] in "）)" and not OPEN_BRACKETS.intersection(above) and BROKEN_CREDIT.search(before + above):
        return APART  # a brief's credit broken over two lines (「（林晓 何」/「春生）」)
    if _furniture_piece(below) or _furniture_piece(above):
        return APART  # a page header's pieces (「第3版」「地方」「2019年10月11日 星期五」) stand apart
    if CLOSING_FORMULA.match(below) or CLOSING_FORMULA.match(above):
        return APART  # a notice's formula (「特此公告。」) is a paragraph of its own
    if above.isdigit() and is_label_line(below) and (not before or _furniture_piece(before)):
        return APART  # a page number over its section's name at the page's top (「5」/「社会」)
    if _bracketed(above) and CREDIT_ROLES.search(above) is None and (" " in above or PARAGRAPH_END.search(before)):
        # A brief's credit on a line of its own: names (「（林晓 何春生）」), or one name after the
        # brief's last sentence (「……开幕。」/「（林晓）」); a word in brackets runs on.
        return APART
    if _names_bracket(below) and not above.endswith(BYLINE_OPENER_ENDS):
        return APART
    last, first = above[-1], below[0]
    if last in CLOSING_MARKS or last.isdigit() or first in OPENING_MARKS or first.isdigit() or first in CLOSING_MARKS:
        return PIECE
    return LINE_END


def _furniture_piece(text: str) -> bool:
    """A piece of the page's header (a page number, a section, a date: fields.furniture) or a date
    alone (a notice's, signed under its office), which Founder sets as pieces of their own and no
    line of text runs into. A piece ending in a digit
    is not taken: text broken before a number's digits reads as a section and its page number
    (「同比增长 1」)."""
    if text[-1] in CLOSING_MARKS or text[-1].isdigit():
        return False
    date = date_line(text)
    return (date is not None and date.end == len(text)) or classify_furniture(text) is not None


def _bracketed(text: str) -> bool:
    return text[0] in "（(" and text[-1] in "）)"


def _names_bracket(text: str) -> bool:
    """A line wholly in brackets holding several names or a credit's role: a byline's or a credit's
    bracket, never words in brackets inside a sentence (「……从外地调入」/「（引进）」)."""
    return _bracketed(text) and (" " in text.strip() or CREDIT_ROLES.search(text) is not None)


def rejoin_fragments(lines: Sequence[str]) -> list[JoinedLine] | None:
    """The page's lines set back together, or None when the page is not fragmented."""
    if not is_fragmented(lines):
        return None
    texts = [line.strip() for line in lines]
    # A line keeps the indent its first piece was printed with; the pieces after it lose theirs.
    heads = [line.rstrip() for line in lines]
    runs = _runs(texts)
    widths = [printed_width(t) for t in texts]
    # Whole lines: runs of one line, wide enough to be a column's line rather than a headline.
    single = [(start, widths[start]) for start, stop, _ in runs if stop - start == 1 and texts[start]]
    ranked = sorted(w for _, w in single) or [0.0]
    full_width = ranked[int(FULL_WIDTH_QUANTILE * (len(ranked) - 1))]
    whole = [(start, width) for start, width in single if width >= WHOLE_LINE_MIN_FILL * full_width]
    if len(whole) < MIN_WHOLE_LINES:
        # Hardly a line stands whole: the widest piece of running text (one ending in a mark, which
        # no headline or banner does) is as wide as the column, for a piece never runs past its
        # line and a line holding one squeezed mark, at its end, is one piece.
        full_width = max((w for w, t in zip(widths, texts, strict=True) if t and t[-1] in CLOSING_MARKS), default=full_width)
        whole = []
    out: list[JoinedLine] = []
    for start, stop, ends_a_line in runs:
        if not texts[start]:
            out.append(JoinedLine(lines[start], start + 1, start + 1))
            continue
        measure = _measure(whole, start, full_width)
        if ends_a_line or not PARAGRAPH_END.search(texts[stop - 1]):
            out.extend(_set_run(texts, heads, widths, start, stop, measure))
        else:
            out.extend(_set_run_forward(texts, heads, widths, start, stop, measure))
    return out


def _runs(texts: Sequence[str]) -> list[tuple[int, int, bool]]:
    """(start, stop, ends_a_line) of each run of lines joined by soft breaks, ``ends_a_line`` when
    the break after it falls between two characters of text; a blank line is a run of its own."""
    runs: list[tuple[int, int, bool]] = []
    start = 0
    for k in range(1, len(texts) + 1):
        if k == len(texts) or not texts[k] or not texts[k - 1]:
            runs.append((start, k, False))
            start = k
            continue
        kind = break_kind(texts[k - 2] if k > 1 else "", texts[k - 1], texts[k])
        if kind != PIECE:
            runs.append((start, k, kind == LINE_END))
            start = k
    return runs


def _measure(whole: Sequence[tuple[int, float]], at: int, fallback: float) -> float:
    """The MEASURE_QUANTILE width of the MEASURE_NEIGHBOURS whole lines nearest to line ``at``
    (``whole`` is in line order, so they are found around its place by bisection)."""
    if not whole:
        return fallback
    here = bisect_left(whole, (at, 0.0))
    lo, hi = here, here
    while hi - lo < MEASURE_NEIGHBOURS and (lo > 0 or hi < len(whole)):
        if hi == len(whole) or (lo > 0 and at - whole[lo - 1][0] <= whole[hi][0] - at):
            lo -= 1
        else:
            hi += 1
    nearest = sorted(width for _, width in whole[lo:hi])
    return nearest[int(MEASURE_QUANTILE * (len(nearest) - 1))]


def _set_run(
    texts: Sequence[str], heads: Sequence[str], widths: Sequence[float], start: int, stop: int, measure: float
) -> list[JoinedLine]:
    """The pieces ``start``..``stop`` set into lines from the last one back."""
    limit = measure + MEASURE_SLACK_EM
    lines: list[JoinedLine] = []
    last = stop - 1
    width = widths[last]
    for k in range(stop - 2, start - 1, -1):
        joined = width + widths[k]
        if joined <= limit and not (PARAGRAPH_END.search(texts[k]) and _paragraph_starts_after(widths, start, k, width, measure, not lines)):
            width = joined
            continue
        lines.append(_joined(texts, heads, k + 1, last, start))
        last = k
        width = widths[k]
    lines.append(_joined(texts, heads, start, last, start))
    lines.reverse()
    return lines


def _set_run_forward(
    texts: Sequence[str], heads: Sequence[str], widths: Sequence[float], start: int, stop: int, measure: float
) -> list[JoinedLine]:
    """The pieces ``start``..``stop`` set into lines from the first one on, for a run that ends a
    paragraph at a blank line, the page's end or a line that stands apart (a credit, a formula): its
    last line may be a paragraph's short last line, and its first starts a line of the page. A
    piece that ends a sentence ends its line where the pieces after it in the run could not bring
    the line up to the measure."""
    limit = measure + MEASURE_SLACK_EM
    lines: list[JoinedLine] = []
    first = start
    width = widths[start]
    for k in range(start + 1, stop):
        joined = width + widths[k]
        rest_fits = width + sum(widths[k:stop]) <= limit  # the run's last line: all of it stays
        ends_paragraph = PARAGRAPH_END.search(texts[k - 1]) is not None and not rest_fits and not _fills(widths, k, stop, width, measure)
        if joined <= limit and not ends_paragraph:
            width = joined
            continue
        lines.append(_joined(texts, heads, first, k - 1, start))
        first = k
        width = widths[k]
    lines.append(_joined(texts, heads, first, stop - 1, start))
    return lines


def _fills(widths: Sequence[float], k: int, stop: int, width: float, measure: float) -> bool:
    """Whether pieces ``k``, ``k + 1``, … (before ``stop``) bring a line ``width`` wide up to its
    measure (within SHORT_LINE_EM) without running past it."""
    filled = width
    for j in range(k, stop):
        filled += widths[j]
        if filled >= measure - SHORT_LINE_EM:
            return filled <= measure + MEASURE_SLACK_EM
    return False


def _paragraph_starts_after(
    widths: Sequence[float], start: int, k: int, width: float, measure: float, hard_ended: bool
) -> bool:
    """Whether a paragraph starts after piece ``k``, which may end one, before a line ``width`` wide
    so far: that line is as wide as a paragraph's opening line already, or it ends at a hard break
    (inside a word, where only a full line ends) and no run of pieces up to ``k`` fills it, so it is
    a line of its own after the paragraph's end (a box's label, a headline)."""
    if width >= measure - INDENT_EM - INDENT_SLACK_EM:
        return True
    if not hard_ended:
        return False
    filled = width
    for j in range(k, start - 1, -1):
        filled += widths[j]
        if filled >= measure - SHORT_LINE_EM:
            return filled > measure + MEASURE_SLACK_EM
    return True


def _joined(texts: Sequence[str], heads: Sequence[str], first: int, last: int, run_start: int) -> JoinedLine:
    """Pieces ``first``..``last`` as one line; the run's first piece keeps the indent it was
    printed with (it starts a line of the page), a piece inside the run does not."""
    head = heads[first] if first == run_start else texts[first]
    return JoinedLine(head + "".join(texts[first + 1 : last + 1]), first + 1, last + 1)
