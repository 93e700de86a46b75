"""Photo captions among the page's lines: where a caption starts and where it stops.

A caption is a short paragraph holding a caption cue (图为, a photo credit): it runs from its
paragraph's start — back over the lead sentence that names the event — to the cue and its credit.
Rules: the walk back stops where the paragraph visibly ends, or at a line that is not a full line
running on into the caption (a photo's title over its caption is such a line), and a line that
finishes the one above (shuts its bracket, ends its broken word) opens none; a caption never
starts with a byline or dateline, never ends inside an open bracket, and holds at most
MAX_CAPTION_CHARS characters; 图为 may be split over two lines; a credit set apart below closes
it. The roles are written into ``roles`` (segment.roles runs this before its headline rules).
A photo's title right above its caption is marked a heading (``mark_photo_titles``, run after the
headline rules and the line classifier).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.fields.openings import BYLINE_PREFIX, DATELINE
from banmian.layout.lines import PICTURE_CUE, LineInfo
from banmian.layout.punctuation import closes_text, is_cjk
from banmian.segment.headpairs import TAG_ENDINGS
from banmian.segment.linefeatures import CAPTION_CREDIT_ENDINGS, cue_split_after
from banmian.segment.openings import CONNECTIVE_OPENING
from banmian.segment.roles import (
    CLAUSE_MARKS,
    FIRST_LINE_MAX_SHORTFALL,
    FIRST_LINE_SHORTFALL,
    Role,
    closed_by_credit,
)
from banmian.segment.runon import PARTICLE_OPENINGS, dangles, labelled_headline

_BODY, _CAPTION = Role.BODY, Role.CAPTION

#: Caption blocks need this caption score (fields.caption) on their joined text.
CAPTION_BLOCK_SCORE = 0.6
#: A caption holds at most this many characters; a longer paragraph is body text that happens to
#: mention a photo (fields.caption: nearly all captions fit in 150 characters).
MAX_CAPTION_CHARS = 150
#: A line wider than the full caption line below it by more than this (em) does not run on into
#: it: lines of one paragraph are justified to one measure, give or take punctuation compression
#: and half-width digits (about 1–2 em); a headline across more columns is much wider.
CAPTION_RUN_ON_MAX_EXCESS = 3.0
#: A line runs on into the caption below it only when it fills at least this share of its column
#: (or of the caption line below, when that is wider): a shorter line ends its paragraph, and a
#: photo's title over its caption is such a line.
CAPTION_RUN_ON_MIN_FILL = 0.8


def mark_captions(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A caption is a short paragraph holding a caption cue: from a paragraph start through the cue
    to a sentence end or a 摄 credit, at most MAX_CAPTION_CHARS characters, scored by fields.caption.
    The lead sentences before 图为 belong to it (「……考察。」/「图为……」), and so does a credit
    line the grammar already set apart below it."""
    from banmian.fields.caption import caption_score

    n = len(lines)
    i = 0
    while i < n:
        if roles[i] is not _BODY or not _holds_cue(lines, i):
            i += 1
            continue
        stop = _caption_stop(lines, roles, i)
        text = "".join([lines[k].text for k in range(i, stop + 1)])
        start = _caption_start(lines, roles, i, stop, len(text))
        if start is not None:
            text = "".join([lines[k].text for k in range(start, i)]) + text
        if (
            start is not None
            and _closes_caption(lines, roles, stop)
            and not _bracket_open(text)
            and caption_score(text) >= CAPTION_BLOCK_SCORE
        ):
            for k in range(start, stop + 1):
                roles[k] = _CAPTION
        i = stop + 1


def _holds_cue(lines: Sequence[LineInfo], i: int) -> bool:
    """The line holds a caption cue, or begins one that the line break cuts (「……。图」/「为……」)."""
    return lines[i].caption or cue_split_after(lines, i)


def _bracket_open(text: str) -> bool:
    """The text ends inside brackets: a body sentence's aside (「……（见图，县文联供图」/「）。」)."""
    return max(text.rfind("（"), text.rfind("(")) > max(text.rfind("）"), text.rfind(")"))


def _caption_stop(lines: Sequence[LineInfo], roles: list[Role], i: int) -> int:
    """The caption's last line from its cue line on: the first line ending a sentence or a credit,
    within MAX_CAPTION_CHARS."""
    stop = i
    chars = len(lines[i].text)
    while (
        not _ends_caption(lines[stop])
        and not _credit_then_opening(lines[stop].text)
        and stop + 1 < len(lines)
        and roles[stop + 1] is _BODY
    ):
        chars += len(lines[stop + 1].text)
        if chars > MAX_CAPTION_CHARS:
            break
        stop += 1
    return stop


def credit_runs_on(lines: Sequence[LineInfo], roles: list[Role], stop: int) -> bool:
    """The 摄 that ends line ``stop``, glued to the word before it, begins a word that the next
    body line finishes (「……村里新装了两台摄」/「像头……」, 摄像头): running text, no credit. A credit's
    摄 stands apart (「林晓 摄」, 「林晓/摄」) or closes a name, and the text under a caption starts
    a sentence of its own. A 摄 that finishes a word with the character before it (「……为拍摄」/
    「春耕场面……」, 拍摄) is a verb of running text, for the same reason: seed-1013 dev pdfium
    article F1 0.9639 -> 0.9649, caption F1 +0.001 (seed 1005 +0.002), no set down."""
    from banmian.fields.wordbreak import breaks_word

    raw = lines[stop].raw.rstrip()  # the printed spacing: 「林晓 摄」 keeps its space there
    return (
        raw.endswith("摄")
        and len(raw) >= 2
        and is_cjk(raw[-2])
        and stop + 1 < len(lines)
        and roles[stop + 1] is _BODY
        and (breaks_word(lines[stop].text, lines[stop + 1].text) or _verb_ending_in_credit_mark(raw))
    )


def _verb_ending_in_credit_mark(raw: str) -> bool:
    """The line ends on a word of the dictionary whose last character is 摄 (拍摄), glued to the
    text before it (「……为拍摄」), in a line naming no picture (PICTURE_CUE: 图为, 图片 …; a 摄
    inside the line is no cue, 拍摄 may recur): a verb of running text. Set apart (「林晓 拍摄」) or
    after 图为, it is a photographer's credit."""
    from banmian.fields.wordbreak import is_word

    return len(raw) >= 3 and is_cjk(raw[-3]) and is_word(raw[-2:]) and PICTURE_CUE.search(raw[:-2]) is None


def _credit_then_opening(text: str) -> bool:
    """A credit followed by an article's opening on one line (「……林晓摄本报讯（记者 何春）」,
    where the extractor joined a caption's end to the article beside it): the caption ends on it."""
    at = text.find("摄")
    while at >= 0:
        if DATELINE.match(text[at + 1 :]) is not None:  # the pattern is anchored with ^
            return True
        at = text.find("摄", at + 1)
    return False


def _closes_caption(lines: Sequence[LineInfo], roles: list[Role], stop: int) -> bool:
    """The caption ends at ``stop``: a sentence end or a credit, or a credit line the grammar set
    apart follows (「……图为……本报记者」/「林晓 摄」)."""
    return (
        (_ends_caption(lines[stop]) and not credit_runs_on(lines, roles, stop))
        or _credit_then_opening(lines[stop].text)
        or (stop + 1 < len(lines) and roles[stop + 1] is _CAPTION)
    )


def _caption_start(lines: Sequence[LineInfo], roles: list[Role], i: int, stop: int, chars: int) -> int | None:
    """The first line of the caption whose cue is on line ``i`` and that ends on line ``stop``
    (``chars`` characters from ``i`` on), or None when it is no caption: the paragraph above runs
    on beyond a caption's length, or opens with a byline.

    A caption is a paragraph of its own: the walk goes up through full lines, across sentence ends
    (a caption's lead sentences come before 图为), to the line after one that visibly ends a
    paragraph. A line shaped like a paragraph's first line right under such an end opens the
    caption too. When the text runs on beyond MAX_CAPTION_CHARS, the caption is the tail after the
    nearest sentence end crossed (body text above it, whose last line happened to be full); with
    no sentence end crossed, it is body text that mentions a photo."""
    start = i
    nearest_sentence_end: int | None = None
    while start > 0:
        k = start - 1
        if _sentence_opens_under(lines[k], lines[start]):
            break  # a line ending on no mark over a sentence's opening: a photo's title, no caption
        if not _runs_on_into_caption(lines, roles, k, stop):
            if _opens_caption(lines, roles, k):
                start = k
            break
        if lines[k].ends_sentence and start < stop and _opens_caption_line(lines, start):
            break  # a sentence end over a first line: the paragraph above ended there
        chars += len(lines[k].text)
        if chars > MAX_CAPTION_CHARS:
            if nearest_sentence_end is None:
                return None
            start = nearest_sentence_end
            break
        if lines[k].ends_sentence and nearest_sentence_end is None:
            nearest_sentence_end = start
        start = k
    # A paragraph opening with a byline or dateline (本报讯……) is an article's text.
    return None if _opens_article(lines[start]) else start


#: A sentence's opening word and its comma at a line's start: a time (日前，…, 10月1日，…) or a
#: connective (据悉，…, segment.openings.CONNECTIVE_OPENING). Running text does not break a
#: sentence so that the next line opens with one.
TIME_OPENING = re.compile(r"^(?:日前|近日|目前|近年来|今年以来|前不久|当天|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)[，,]")


def _sentence_opens_under(above: LineInfo, line: LineInfo) -> bool:
    """``line`` opens a sentence on a time or connective and ``above`` ends on no mark: ``above``
    is no line of the text ``line`` opens but a headline over it (「《临江印象》今起播出」/「据悉，……」),
    a photo's title over its caption; the caption starts at ``line``."""
    last = above.text.rstrip()[-1:]
    if not last or not is_cjk(last) or above.ends_sentence:
        return False
    return CONNECTIVE_OPENING.match(line.text) is not None or TIME_OPENING.match(line.text) is not None


def _opens_article(line: LineInfo) -> bool:
    return line.leading_byline is not None or BYLINE_PREFIX.match(line.text) is not None


def _runs_on_into_caption(lines: Sequence[LineInfo], roles: list[Role], k: int, stop: int) -> bool:
    """Line ``k`` may run on into the caption line below it (of a caption ending on line ``stop``):
    body text, not closed by a credit, full (as wide as its column, or as the caption line below it
    when that is set wider, across columns) and not much wider than a full caption line below it
    (a headline across more columns). A full line may end a sentence: paragraphs go on after
    sentence ends."""
    line = lines[k]
    measure = caption_measure(lines, k)
    return (
        roles[k] is _BODY
        and not line.blank
        and not (k + 1 < stop and line.width > lines[k + 1].width + CAPTION_RUN_ON_MAX_EXCESS)
        and not line.text.endswith(CAPTION_CREDIT_ENDINGS)
        and not closed_by_credit(line.text)
        and line.date_line is None
        and line.width >= CAPTION_RUN_ON_MIN_FILL * measure
        # A title with its column's label, drawn after its body right over a wide caption, is no
        # caption line: pdfium caption F1 0.914 -> 0.919, title 0.9072 -> 0.9083. Any line without
        # a mark of running text (no label needed) broke captions apart: caption F1 0.789.
        and not labelled_headline(line)
        # ... and so is one with commas (a title may hold one): seed-1001 dev pdfium caption F1
        # 0.9107 -> 0.9133; evaluation set caption 0.9217 -> 0.9243, banner 0.9573 -> 0.9617.
        and not _labelled_title_line(line)
    )


def _labelled_title_line(line: LineInfo) -> bool:
    """The line ends in a column's label and holds no sentence end (「春到青石镇，花开满山坡（乡村
    纪实）」): a title's last line, commas and all."""
    return line.text.endswith(TAG_ENDINGS) and not line.has_sentence_punct and not _shuts_bracket(line.text)


def _opens_caption(lines: Sequence[LineInfo], roles: list[Role], k: int) -> bool:
    """Line ``k`` is short like a paragraph's first line and the text above it visibly ends: it
    opens the caption below."""
    if roles[k] is not _BODY or lines[k].blank or not _opens_caption_line(lines, k):
        return False
    if k > 0 and _goes_on_from(lines[k - 1].text, lines[k].text):
        return False
    return k == 0 or _visibly_ends_paragraph(lines, roles, k - 1)


def _goes_on_from(above: str, text: str) -> bool:
    """The line finishes the one above: it shuts a bracket opened there (「……（青石」/「观察
    纪实）」) or ends a word broken there (「……临江科」/「技馆开馆」), so it opens no paragraph; it is
    a headline's last line when the one above is a headline. Seed-1001 dev pages' pdfium text:
    caption F1 0.906 -> 0.911, title 0.8922 -> 0.8933."""
    from banmian.fields.wordbreak import breaks_word

    return _shuts_bracket(text) or breaks_word(above, text)


def _shuts_bracket(text: str) -> bool:
    """The text closes a bracket before it opens one: the bracket was opened on a line above."""
    close = min((i for i in (text.find("）"), text.find(")")) if i >= 0), default=-1)
    if close < 0:
        return False
    opened = [i for i in (text.find("（"), text.find("(")) if i >= 0]
    return not opened or min(opened) > close


def _opens_caption_line(lines: Sequence[LineInfo], k: int) -> bool:
    """Line ``k`` is shaped like a paragraph's first line: short of its measure by an indent, or
    by what half-width digits leave. Measured against the caption line below when that is set
    wider (across columns): a photo's title over a wide caption is as short as a first line of the
    column's width."""
    shortfall = caption_measure(lines, k) - lines[k].width
    return FIRST_LINE_SHORTFALL <= shortfall <= FIRST_LINE_MAX_SHORTFALL


def caption_measure(lines: Sequence[LineInfo], k: int) -> float:
    """The width (em) a full line ``k`` of a caption has: its column's, or the caption line's below
    it when that is set wider, across columns."""
    return max(lines[k].column_width, lines[k + 1].width) if k + 1 < len(lines) else lines[k].column_width


def _visibly_ends_paragraph(lines: Sequence[LineInfo], roles: list[Role], k: int) -> bool:
    line = lines[k]
    return line.blank or roles[k] is not _BODY or line.width < CAPTION_RUN_ON_MIN_FILL * line.column_width


def _ends_caption(line: LineInfo) -> bool:
    """A sentence end, a 摄 credit, or a photographer named in brackets after the sentence
    (「……图为村民在田间收割。（林晓）」: in a paragraph with a caption cue, the credit, not a brief's authors)."""
    return line.ends_sentence or line.text.endswith(CAPTION_CREDIT_ENDINGS) or closed_by_credit(line.text)


#: A photo's title over its caption is at most this many lines: a title of one or two lines, and
#: a column label in brackets wrapped onto a line of its own (「……采笋人」/「（记录中国）」).
PHOTO_TITLE_MAX_LINES = 3
#: A photo's title holds at least this many CJK characters: a shorter piece (a closing quote, a
#: word) under body text is the tail of the sentence above, which the extractor broke off.
PHOTO_TITLE_MIN_CJK = 4


def mark_photo_titles(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A short run of body lines set right above a caption, between it and text that visibly
    ended, is that photo's title (图片新闻: a title, then the caption under it).

    Runs after the headline rules and the line classifier: both read a line by its neighbours'
    shape, and a caption below reads as a paragraph's text to them, so they leave such a title as
    body (the classifier even takes a one-line title over a wide caption for part of the caption).
    The run holds no sentence end, so the tail of a paragraph is never taken for it."""
    n = len(lines)
    for c in range(1, n):
        if roles[c] is not _CAPTION or roles[c - 1] is _CAPTION:
            continue
        start = _photo_title_start(lines, roles, c)
        if start is not None:
            for k in range(start, c):
                roles[k] = Role.HEADING


def _photo_title_start(lines: Sequence[LineInfo], roles: list[Role], caption: int) -> int | None:
    """The first line of a photo title right above the caption starting on line ``caption``, or
    None: the lines above must be body without a sentence end or a date, and the text above
    them must visibly end (a blank, a line set apart, a sentence end, a brief's credit)."""
    start = caption
    while start > 0 and caption - start < PHOTO_TITLE_MAX_LINES:
        line = lines[start - 1]
        # A sentence end anywhere in the line: text, never a title. A notice's date closes the
        # notice (and keeps the office signing above it out of the run).
        if roles[start - 1] is not _BODY or line.blank or line.date_line is not None or line.has_sentence_punct:
            break
        # A bracketed source note or end mark closes the text above it (segment.creditlines): no title.
        if closes_text(line.text.strip()):
            break
        start -= 1
    if start == caption or not lines[start].headable or not _title_shaped(lines, roles, start, caption):
        return None
    if start == 0:
        return start
    above = lines[start - 1]
    ended = (
        above.blank
        or roles[start - 1] is not _BODY
        or above.ends_sentence
        or above.date_line is not None
        or closed_by_credit(above.text)
    )
    return start if ended else None


def _title_shaped(lines: Sequence[LineInfo], roles: list[Role], start: int, caption: int) -> bool:
    """Lines ``start`` to ``caption`` (exclusive) can be a title over the caption: enough
    characters (unless they end the headline above, wrapped: 「……有了新平」/「台」), no clause
    marks over more than one line, and the last line does not run on into the caption (a word
    across the break, 「……博物馆开」/「幕。……」, or a line hanging on 的/和/与): a caption's first
    lines that its walk back left out are such run-on lines."""
    from banmian.fields.wordbreak import breaks_word

    wraps_headline = start > 0 and roles[start - 1] is Role.HEADING  # 「……有了新平」/「台」
    if not wraps_headline and sum(lines[k].cjk for k in range(start, caption)) < PHOTO_TITLE_MIN_CJK:
        return False
    # A title over more than one line is made of phrases and holds no clause mark, while the
    # opening of a paragraph broken over full lines does (「日前，……」, 「……消息：……」).
    if caption - start > 1 and any(CLAUSE_MARKS.intersection(lines[k].text) for k in range(start, caption)):
        return False  # clauses broken over lines: a paragraph's opening, not a wrapped title
    last, below = lines[caption - 1].text, lines[caption].text
    return not dangles(last) and below[:1] not in PARTICLE_OPENINGS and not breaks_word(last, below)
