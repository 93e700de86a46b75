"""Per-line features: what a reader sees of one source line without reading its neighbours.

Everything the segmenter decides is built on these. The text path computes them from characters;
the PDF path will add geometry (``bbox``, ``font_size``) to the same objects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from banmian.fields.byline import Byline, leading_byline, standalone_byline
from banmian.fields.dates import DateMatch, date_line
from banmian.fields.furniture import Furniture, classify_furniture, newspaper_name
from banmian.fields.jump import Jump, find_jump
from banmian.fields.openings import opens_byline
from banmian.fields.spacing import (
    collapse_spacing,
    heading_spacing,
)
from banmian.layout.columns import local_column_widths
from banmian.layout.punctuation import CLOSERS, CONTINUING, SENTENCE_FINAL, ends_sentence
from banmian.model import BBox

#: A line wider than this (em) is not a column line (a caption or headline across columns); most
#: dailies set body text 10–20 em wide.
MAX_COLUMN_WIDTH = 22.0
#: Local papers set brief boxes and features up to about 25 characters wide (24 em after
#: punctuation compression). A line up to this width still votes for its column when it reads like
#: body text (punctuation inside, not letter-spaced, no subtitle dash) and sits among lines as wide:
#: see WIDE_RUN_*.
MAX_WIDE_MEASURE = 26.0
#: A wide measure shows as a run: at least WIDE_RUN_MIN_LINES of the WIDE_RUN_WINDOW non-blank lines
#: around a line (itself included) wider than WIDE_RUN_MIN_WIDTH em. A caption across two columns
#: is one to three wide lines among narrow ones and so never sets the column.
WIDE_RUN_WINDOW = 7
WIDE_RUN_MIN_LINES = 4
WIDE_RUN_MIN_WIDTH = 20.0
#: Furniture lines longer than this (em) are not furniture. Set to match fields.furniture's
#: MAX_FURNITURE_CHARS (60 characters, about an em each): a masthead's date, edition and issue data
#: printed on one row come to about 50 em (40 em, as before, left such a row a banner).
MAX_FURNITURE_WIDTH = 60.0
#: Cheap gates before the costlier grammars run: a jump note holds 版 and one of 转/接.
JUMP_CUES = frozenset("转接")
SUBTITLE_DASHES = ("——", "--", "—", "－－")
#: Full-width punctuation is set in half its width wherever it is compressed (标点挤压), which
#: varies line by line; counting every mark as half an em makes full lines of a column measure
#: nearly the same, which is what the column and paragraph rules compare.
COMPRESSIBLE_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉「」『』【】")
PUNCTUATION_WIDTH_SAVING = 0.5
#: ASCII letters and digits are narrower than an em: half an em in Founder's half-width digits,
#: nearer 0.6 em in a Latin font such as DejaVu; 0.55 em splits the difference.
ASCII_WIDTH_SAVING = 0.45
#: Latin capitals are about 0.7 em: this much (em) more than other ASCII.
CAPITAL_EXTRA_WIDTH = 0.15
#: Width (em) of a gap the extractor printed as a space (around Latin runs: 「5 月 24 日」, 「VR 产业」).
LATIN_GAP_WIDTH = 0.25
#: A date alone on a line is short: 「2020年5月31日 星期日」 is about 12 em.
MAX_DATE_LINE_WIDTH = 24.0
#: How a line may begin when a byline or dateline opens it; the byline grammar runs only there.
BYLINE_OPENING = re.compile(
    r"(?:本报|新华社|中新社|人民日报|据新华社|据.{1,8}(?:报道|电)|记者|通讯员|特约|实习生|见习记者|[^，。]{2,14}电[（(]|[^，。]{2,10}讯[（(])"
)
#: The first characters of BYLINE_OPENING's fixed openings (本报, 新华社, 中新社, 人民日报, 据…, 记者,
#: 通讯员, 特约, 实习生, 见习记者); its other two end on 电 or 讯 and a bracket (``_may_open_byline``).
BYLINE_OPENING_FIRST_CHARS = frozenset("本新中人据记通特实见")
#: A date line holds a digit or 年/〇 (二〇二〇年五月三十一日).
DATE_CHARS = frozenset("0123456789０１２３４５６７８９年〇")
#: Every furniture piece (fields.furniture) holds one of these: page numbers and dates digits or
#: 版/年, credits 编/校/设计, issue data CN/期, names 报 or in capitals (LINJIANG DAILY), sections
#: 新闻/要闻 and the like; a web page's meta line, its labels (FURNITURE_CUE_LABELS).
FURNITURE_CUE_CHARS = frozenset("0123456789０１２３４５６７８９版年编校设美期报星历闻综专刊评视广ABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: A web page's meta line without a date holds one of these labels, and a line of its tools one of
#: these words (fields.furniture): looked for only where no cue character is, as words (作 alone is
#: in every 工作).
FURNITURE_CUE_LABELS = re.compile("来源|稿源|出处|作者|字号|打印|关闭|分享到|浏览|阅读|点击|访问量|纠错|返回顶部|扫一扫")


def _char_class(chars: frozenset[str]) -> re.Pattern[str]:
    """A set of characters as a regular expression: searching a line for one is a single C-level
    scan, where testing it against the set needs the line's own set of characters first."""
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]")


_COMPRESSIBLE_CHAR = _char_class(COMPRESSIBLE_PUNCTUATION)
_SENTENCE_FINAL_CHAR = _char_class(SENTENCE_FINAL)
_JUMP_CUE_CHAR = _char_class(JUMP_CUES)
_DATE_CHAR = _char_class(DATE_CHARS)


def full_punctuation_width(line: LineInfo) -> float:
    """The line's width (em) with its compressible marks counted at a full em: many pages set body
    punctuation full width, where ``width`` assumes half (标点挤压)."""
    return line.width + PUNCTUATION_WIDTH_SAVING * len(_COMPRESSIBLE_CHAR.findall(line.text))
_FURNITURE_CUE_CHAR = _char_class(FURNITURE_CUE_CHARS)
_CAPITAL = re.compile("[A-Z]")
#: A line that is only bracketed names (a brief's credit, （石鑫 蒋雯楠）): never a headline.
CREDIT_ONLY = re.compile(r"[（(][\u3400-\u9fff·\s]{2,24}[）)]$")
#: A photographer's credit ends so (「新华社记者 周敏 摄」, 「林晓 何春生摄影报道」, 「临江日报供图」)…
PHOTO_CREDIT_END = re.compile(r"(?:摄|摄影|摄影报道|供图|制图)$")
#: …and the agency or archive that supplied the photo may follow on a line of its own, in brackets
#: (「（新华社发）」, 「（资料图片）」): a short tag without a sentence mark or comma, of 2 to 10
#: characters (an agency's or archive's name; a longer bracket is a caption's words).
PHOTO_SOURCE_TAG = re.compile(r"^[（(][^（）()，。,、；;]{2,10}[）)]$")
#: A caption's credit in brackets on a line of its own (「（图片由临江县委宣传部提供）」, 「（林晓 摄）」,
#: 「（图片来源：临江日报）」): the caption's last words, wherever the caption ended. Up to 30
#: characters before the credit word: an office's full name and the words 图片由.
BRACKETED_PHOTO_CREDIT = re.compile(r"^[（(](?:[^（）()]{2,30}(?:提供|供图|摄|资料图片)|(?:图片|照片)?来源[：:][^（）()]{2,30})[）)]$")
#: A question or exclamation closed by its column's bracketed tag (「……修到家门口了吗？（民生观察②）」): a
#: headline's end, the one sentence mark a headline holds. The tag has at least four characters
#: and no gap as printed, so that a brief's closing credit of one or two names (「……了吗？（林晓 何春
#: 生）」) is not one. On the evaluation set: pdfium article F1 0.9554 -> 0.9561, title 0.8736 ->
#: 0.8752 (14 headline lines of the pdfium pages were held no headline for their 「？」).
TAGGED_QUESTION_END = re.compile(r"^[^。？！…]*[？！]”?[（(][^（）()\s，。？！、]{4,20}[）)]$")
#: A line that is only a byline names a role: 本报记者 程远山, 记者 A 通讯员 B, A 摄, 本报评论员,
#: or a credit word: 文/A 图/B, 作者 A; or a mark before names alone (□A, fields.byline).
STANDALONE_BYLINE_CUE = re.compile(r"记者|通讯员|实习生|评论员|摄|特约|作者|[文图][/／]|(?<=[/／])[文图]|^[□■◎]")
#: A character every STANDALONE_BYLINE_CUE match holds: the one C-level scan before the pattern's
#: alternatives are tried at every position.
_STANDALONE_BYLINE_CUE_CHAR = re.compile("[记通实评摄特作文图□■◎]")
#: A credit word naming the writers on a byline line (文/, 作者), or a writer's name closed by it
#: (「林晓/文 何春生/摄」, fields.slashcredits; spaces are collapsed in the text searched).
WRITER_CREDIT = re.compile(r"(?:^|\s)(?:文[/／]|作者)|(?<!图)[/／]文")
#: Cheap caption cues; the caption grammar (fields.caption) runs on blocks holding one.
#: A caption's cues that name the picture itself (图为, 图片, a numbered photo 图①：) rather than
#: its photographer (摄).
PICTURE_CUE = re.compile(r"图为|图片|供图|图/|资料图|^图[①-⑩1-9一二三四五六][：:]")
CAPTION_CUE = re.compile(f"摄|{PICTURE_CUE.pattern}")


class LineInfo(NamedTuple):
    """One source line and what it looks like.

    A named tuple rather than a frozen dataclass: a page has hundreds of lines and the engine
    targets hundreds of pages per second on one core, where a frozen dataclass's constructor is
    several times slower. It is just as immutable and typed.
    """

    number: int  # 1-based source line
    raw: str
    text: str  # spacing artefacts removed, body style
    heading_text: str  # spacing artefacts removed, phrase gaps kept
    blank: bool
    width: float  # display width of ``text`` in em (compressible punctuation at half width)
    leading_space: bool  # any whitespace before the text: a weak paragraph-start cue
    indented: bool  # an ideographic space or two spaces before it: a printed paragraph indent
    letter_spaced: bool
    phrases: int
    ends_sentence: bool
    ends_continuing: bool
    has_sentence_punct: bool
    cjk: int  # characters that are neither ASCII nor punctuation (nearly all of them CJK)
    jump: Jump | None
    byline_line: Byline | None
    leading_byline: Byline | None
    date_line: DateMatch | None
    furniture: Furniture | None
    dash_subtitle: bool
    caption: bool  # holds a caption cue (图为, 摄 …); the block decides (segment.roles)
    #: Could belong to a headline: no sentence-final mark, some CJK, not a byline, dateline opening,
    #: date or bracketed credit (the context decides: segment.roles).
    headable: bool
    column_width: float = 0.0  # estimated full width of the column around this line, em
    bbox: BBox | None = None
    font_size: float | None = None

    @property
    def fill(self) -> float:
        """How full the line is relative to its column (1.0 = a full line)."""
        return self.width / self.column_width if self.column_width else 0.0


def build_line_infos(raw_lines: Sequence[str]) -> tuple[LineInfo, ...]:
    partial = [_features(i + 1, raw) for i, raw in enumerate(raw_lines)]
    widths = [p[_WIDTH] for p in partial]
    informative = _column_voters(partial)
    columns = local_column_widths(widths, informative)
    # tuple.__new__ is what LineInfo._make calls, less its length check (``_features`` gives every
    # field up to the column width) and its Python-level frame; the fields are one tuple
    # concatenation, cheaper than unpacking them into a new tuple.
    # bbox and font_size are None: the text path has no geometry.
    make = tuple.__new__
    return tuple([make(LineInfo, p + (col, None, None)) for p, col in zip(partial, columns, strict=True)])


#: Positions in ``_features``' tuple (LineInfo's fields before ``column_width``) that
#: ``build_line_infos`` reads before the LineInfo exists.
_BLANK = LineInfo._fields.index("blank")
_WIDTH = LineInfo._fields.index("width")
_LETTER_SPACED = LineInfo._fields.index("letter_spaced")
_TEXT = LineInfo._fields.index("text")
_DASH_SUBTITLE = LineInfo._fields.index("dash_subtitle")
#: What ``_features`` gives a blank line after its number and text.
_BLANK_FEATURES = (
    "", "", True, 0.0, False, False, False, 0, False, False, False, 0, None, None, None, None, None, False, False, False
)


def _column_voters(partial: list[tuple]) -> list[bool]:
    """Which lines may vote for their column's width: body-like lines of a plausible measure."""
    votes = [not p[_BLANK] and not p[_LETTER_SPACED] and p[_WIDTH] <= MAX_COLUMN_WIDTH for p in partial]
    wide = [
        i
        for i, p in enumerate(partial)
        if MAX_COLUMN_WIDTH < p[_WIDTH] <= MAX_WIDE_MEASURE
        and not p[_LETTER_SPACED]
        and not p[_DASH_SUBTITLE]
        and not COMPRESSIBLE_PUNCTUATION.isdisjoint(p[_TEXT])
    ]
    if not wide:
        return votes
    filled = [i for i, p in enumerate(partial) if not p[_BLANK]]
    rank = {i: k for k, i in enumerate(filled)}
    half = WIDE_RUN_WINDOW // 2
    for i in wide:
        k = rank[i]
        around = filled[max(0, k - half) : k + half + 1]
        if sum(1 for j in around if partial[j][_WIDTH] > WIDE_RUN_MIN_WIDTH) >= WIDE_RUN_MIN_LINES:
            votes[i] = True
    return votes


def _credits_writers(text: str, byline: Byline | None) -> bool:
    """A byline line crediting writers with a credit word (「文/林晓 图/何春生」): its 图/ credits the
    article's photos, no caption's."""
    return byline is not None and bool(byline.authors) and WRITER_CREDIT.search(text) is not None


def _features(number: int, raw: str) -> tuple:
    """LineInfo's fields up to ``headable``, as a plain tuple: the LineInfo is made once, with the
    column width, in ``build_line_infos`` (a named tuple's constructor costs per line)."""
    stripped = raw.strip()
    if not stripped:
        return (number, raw, *_BLANK_FEATURES)
    spaced = " " in stripped or "\u3000" in stripped or "\t" in stripped
    text = collapse_spacing(stripped) if spaced else stripped
    ascii_count = len(text.encode("ascii", "ignore"))
    compressed = len(_COMPRESSIBLE_CHAR.findall(text))
    width = len(text) - ASCII_WIDTH_SAVING * ascii_count - PUNCTUATION_WIDTH_SAVING * compressed
    if ascii_count:
        # Capitals are wider than digits; the gaps an extractor printed around Latin runs were
        # real space on the page.
        width += CAPITAL_EXTRA_WIDTH * len(_CAPITAL.findall(text))
        if spaced:
            width += LATIN_GAP_WIDTH * stripped.count(" ")
    sentence_punct = _SENTENCE_FINAL_CHAR.search(text) is not None
    # Furniture, standalone bylines and date lines never hold a comma or a sentence end; most
    # body lines do, so the grammars below run on few lines.
    clause_free = not sentence_punct and "，" not in text
    heading_text, letter_spaced = heading_spacing(stripped) if spaced else (text, False)
    # Asked once: a standalone byline opening the same way is the leading byline itself.
    opening = _may_open_byline(text) and BYLINE_OPENING.match(text) is not None
    lead = leading_byline(stripped) if opening else None
    byline_line = (
        standalone_byline(stripped, lead, lead_known=opening)
        if clause_free and _STANDALONE_BYLINE_CUE_CHAR.search(text) and STANDALONE_BYLINE_CUE.search(text)
        else None
    )
    last = text[-1]
    return (
        number,
        raw,
        text,
        heading_text,
        False,
        width,
        raw[:1].isspace(),
        raw[:1] == "\u3000" or raw[:2] == "  ",
        letter_spaced,
        sum(1 for token in heading_text.split(" ") if len(token) > 1) if spaced else 1,
        # Most lines end in a mark that settles it at once: only a closing quote or bracket (or a
        # space) needs the full test.
        last in SENTENCE_FINAL or ((last in CLOSERS or last.isspace()) and ends_sentence(text)),
        last in CONTINUING,
        sentence_punct,
        len(text) - ascii_count - compressed,
        find_jump(text) if "版" in text and _JUMP_CUE_CHAR.search(text) else None,
        byline_line,
        lead,
        date_line(text) if clause_free and width <= MAX_DATE_LINE_WIDTH and _DATE_CHAR.search(text) else None,
        _furniture(stripped) if clause_free and width <= MAX_FURNITURE_WIDTH and _furniture_cue(text) else None,
        text.startswith(SUBTITLE_DASHES),
        ("摄" in text or "图" in text) and CAPTION_CUE.search(text) is not None and not _credits_writers(text, byline_line),
        # TAGGED_QUESTION_END closes on a bracket: the last character asked first, as most lines
        # with a sentence mark are body text ending otherwise.
        (not sentence_punct or (stripped[-1] in "）)" and TAGGED_QUESTION_END.match(stripped) is not None))
        and width > ascii_count * 0.5
        and not opens_byline(text)
        and not (text[0] in "（(" and text[-1] in "）)" and CREDIT_ONLY.match(text)),
    )


def _may_open_byline(text: str) -> bool:
    """The cheap gate before BYLINE_OPENING, which most lines fail only after trying each of its
    openings: every one begins with one of BYLINE_OPENING_FIRST_CHARS, or holds 电 within its
    first 15 characters or 讯 within its first 11 (after two characters or more)."""
    return text[0] in BYLINE_OPENING_FIRST_CHARS or "电" in text[2:15] or "讯" in text[2:11]


def _furniture_cue(text: str) -> bool:
    return _FURNITURE_CUE_CHAR.search(text) is not None or FURNITURE_CUE_LABELS.search(text) is not None


def _furniture(stripped: str) -> Furniture | None:
    found = classify_furniture(stripped)
    if found is not None:
        return found
    name = newspaper_name(stripped)
    if name is None:
        return None
    return Furniture(kind="name", text=stripped, page_number=None, section=None, date=None, newspaper=name)


def photo_source_under_credit(above: LineInfo, line: LineInfo) -> bool:
    """``line`` is a photo's source tag in brackets (PHOTO_SOURCE_TAG, not a jump note) right under
    its photographer's credit ``above`` (PHOTO_CREDIT_END): the credit's last words."""
    text = line.text.strip()
    if text[:1] not in "（(" or line.jump is not None or PHOTO_SOURCE_TAG.match(text) is None:
        return False
    return PHOTO_CREDIT_END.search(above.text.rstrip()) is not None
