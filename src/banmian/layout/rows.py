"""Lines that hold two things printed side by side on one row, cut apart.

pdfium writes a row of the page as one line even when the row crosses from one text block into the
next: a headline set level with the byline of the article beside it comes out as
「……神圣职责 本报讯（记者 林晓）国家……」, a commentary's 「本报评论员」 as
「本报评论员 本报讯（记者 何春生）……」. Left whole, the headline is read as body and two articles
run together. Rule: a line is cut before a gap (spaces) that is followed by a dateline or byline
opening (本报讯, 本报记者, 本报评论员, 新华社…, 本报…电, 据新华社, or 本报 and a place before a date
whose 电 the next line holds: 「本报 兰州 10 月」/「17 日电」), when the text before the gap
ends no sentence: a body line that reaches a byline opening has its sentence end before it, and
body text never prints a gap before 本报讯. The same holds for a gap that holds a paragraph indent
(a space, then two ideographic spaces: 「……新气象 　　今年以来……」): what follows it opens a
paragraph of its own; a banner's phrases are set apart by ideographic spaces alone. A box's label
(简讯, 快讯 …) after a gap at the end of a headline is the label of the box set level with it
(「……致贺信 简讯」): it is cut off too, and so is a jump note opening a line before a gap
(JUMP_HEAD_ROW). In text that went through NFKC, the indent's gap is three ASCII spaces
(NFKC_INDENT_ROW). Both pieces keep the source line they came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.fields.furniture import BOX_LABELS
from banmian.fields.openings import opens_byline
from banmian.layout.digits import JoinedLine
from banmian.layout.fragments import CREDIT_ROLES, printed_width
from banmian.layout.lines import SUBTITLE_DASHES
from banmian.layout.punctuation import RUNNING_TEXT_MARKS

#: Cheap gate: every opening the rule cuts before holds one of these.
ROW_CUT_CUES = ("本报", "新华社")
#: The gap, and the opening after it. The text before the gap is 1–40 characters (a headline or a
#: byline; one character where a wrapped title's last line holds only its last, 「……书屋开」/「放
#: 本报讯……」: evaluation set pdfium title 0.9083 -> 0.9088, author 0.9730 -> 0.9737) with no
#: sentence or clause mark of body text.
SHARED_ROW = re.compile(
    r"^(?P<head>[ \t\u3000]*[^，。！？；\s][^，。！？；]{0,39}?)"
    r"(?P<gap>[ \t\u3000]+(?=本报讯|本报记者|本报评论员|新华社|据新华社|本报[^，。\s]{1,12}电"
    r"|本报[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*[0-9０-９])"
    r"|[ \t]+\u3000\u3000[ \t\u3000]*(?=\S))"
)
#: A box label ending a line after a gap, the text before it a headline (no sentence or clause
#: mark, 2–40 characters, the last two side by side: the end of a letter-spaced title 「市 场 快
#: 讯」 is no label of its own); the label may be letter-spaced (「简 讯」).
_SPACED = "[ \t\u3000]*"
#: The box labels as a pattern, each maybe letter-spaced, the longest first.
_LABELS = "|".join(_SPACED.join(label) for label in sorted(BOX_LABELS, key=len, reverse=True))
LABEL_ROW = re.compile(
    r"^(?P<head>[ \t\u3000]*[^，。！？；]{0,38}?[^，。！？；\s]{2})[ \t\u3000]+"
    rf"(?P<label>{_LABELS})[ \t\u3000]*$"
)
#: A box label opening a line, then a gap and more (「简讯 前三季度风电发电」/「量同比增长」, 「简 讯 临江县
#: 空气质量情况通报」): the box's label and the first item's title printed level with it, which
#: joined made the label the title's first words.
LABEL_HEAD_ROW = re.compile(
    rf"^[ \t\u3000]*(?P<label>{_LABELS})[ \t\u3000]+(?=[^\s，。、；：！？])"
)
#: A headline that closes itself, then a gap and more: a title ending in its bracketed column tag
#: (「……共赢（钟声）」) or a notice's formal title (「关于……的公告」) is complete there, so what
#: follows the gap on its row is the next thing on the page (a photo's title, the text beside it).
CLOSED_HEAD_ROW = re.compile(
    r"^(?P<head>[ \t\u3000]*[^。！？；\s][^。！？；]{1,39}?"
    r"(?:[（(][^（）()。！？；\s]{1,16}[）)]|的(?:公告|通告|通知|通报)))[ \t\u3000]+(?=[^\s（(])"
)
#: A headline's last line before a gap of ASCII spaces, as TEXT_AFTER_HEAD_ROW and TAIL_ROW read
#: it: six characters or more without a gap or a mark of running text, the last no digit or Latin
#: letter (an extractor's gap around a Latin run inside a line of text).
_HEAD_BODY = r"[ \t\u3000]*[^，。！？；：、\s“”（）()]{5,39}[^，。！？；：、\s“”（）()A-Za-z0-9０-９]"
_HEAD = rf"^(?P<head>{_HEAD_BODY})"
_HEAD_BEFORE_GAP = _HEAD + r"[ \t]+"
#: A headline's last line, then a gap and a paragraph's opening line (「……的职责使命 “去年，
#: 青石镇……」): a run of at least six characters without a gap or a mark of running text, a gap
#: of ASCII spaces, and text whose first clause ends within a few characters (a title's phrases
#: hold no clause mark, a body line does). Not a gap after digits or Latin letters, which an
#: extractor prints inside a line of text (「……农田12 万亩，……」): with that guard seed 1005's
#: pdfium text gained an article, pdftotext's +0.0002 to +0.0003 by seed, and PyMuPDF's text of the
#: evaluation set, which keeps a gap around every Latin run, 0.9718 -> 0.9801 (a squeezed page of
#: seed 1002 lost an article in `pdftotext -raw`, which the old cut had set right by chance). A
#: line of text that pdfium spaced out to justify it has its gaps every few characters, so no run
#: of six stands before its first.
TEXT_AFTER_HEAD_ROW = re.compile(_HEAD_BEFORE_GAP + r"(?=[“\u4e00-\u9fff][^，。\s]{0,10}[，。])")
#: A headline's last line, then a gap and a line of the column beside it that the next source line
#: goes on with (「……茶文化论坛举行 临江县白沙乡柳河」/「村，有一座……」): the text after the gap,
#: no gap in it, is as wide as the next line or short of it by a paragraph's indent
#: (TAIL_INDENT_ALLOWANCE), that line is set tight (no gap, no leading space) and the text after
#: the gap holds a mark of running text (TAIL_RUNNING_MARKS), which a title's second phrase set
#: beside its first (「青石新村 美丽家园」) does not, though the body line under it may. No gap next
#: to Latin letters or digits counts: extractors print one around a Latin run inside a line of text
#: (「……收购点 3000多户。图为……」, 「……农田12 万亩，……」); a real page's caption in `pdftotext -raw`
#: was cut so. On the pdfium pages of the evaluation set and seeds 1001, 1003 and 1005 (measured
#: before that guard), of the rows of a headline piece, a gap and a piece with no gap over a tight
#: line as wide, the 337 whose second piece was a headline's too held no such mark in it; 4 of the
#: 9 whose second piece was a column's line did. Pdfium article F1: seed 1005 +0.0007 (body CER
#: 2.57 % -> 2.38 %), seed 1001's titles +0.0005, seed 1003 and the evaluation set unchanged
#: (with a gap before digits allowed, seed 1003 gained 0.0008 more and the real page lost two of
#: `-raw`'s articles); pdftotext's texts unchanged. The headline piece may be five characters when
#: all are Chinese (TAIL_HEAD_MIN_CJK: a wrapped title's last line, 「……释放乡村消费」/「的巨大潜力
#: 临江县委常委、副县」/「长林晓9日出席……」): a justified line has a gap every few characters, and
#: five figures and marks before a gap are a line of text's (「0.12% 。……」). Seed 1013's pdfium title accuracy
#: 0.9032 -> 0.9038; the other sets and pdftotext's text unchanged.
TAIL_HEAD_MIN_CJK = 5
_TAIL_HEAD = rf"^(?P<head>[ \t\u3000]*[\u4e00-\u9fff]{{{TAIL_HEAD_MIN_CJK}}}(?=[ \t])|{_HEAD_BODY})"
TAIL_ROW = re.compile(_TAIL_HEAD + r"[ \t]+(?P<tail>[^\sA-Za-z0-9０-９]\S{3,29})[ \t\u3000]*$")
#: A headline's last line, then a gap and a news lead's first words: its subject and the day of its
#: news without the month, where pdfium's row ends (「……守护古村落 临江县县长林晓9日」/「上午在……」):
#: a lead names its day so after its subject, a headline never does (segment.leadlines: no title,
#: kicker or subtitle of the development sets' truths holds a bare day). The headline piece holds
#: LEAD_DAY_HEAD_MIN_CHARS characters or more without a mark of running text; the subject is 2–12
#: Chinese characters with no word that counts days before the figure (「连续12日」), and the row
#: ends on the day or its part (上午, 晚 …), the sentence going on in the next line.
LEAD_DAY_HEAD_MIN_CHARS = 4
LEAD_DAY_ROW = re.compile(
    rf"^(?P<head>[ \t\u3000]*[^，。！？；：、\s“”（）()]{{{LEAD_DAY_HEAD_MIN_CHARS - 1},39}}"
    r"[^，。！？；：、\s“”（）()A-Za-z0-9０-９])[ \t]+"
    r"(?=[\u4e00-\u9fff]{2,12}(?<!连续|为期|每隔)(?<![第近满每于月共至到])[ \t]?[0-9０-９]{1,2}[ \t]?日"
    r"(?:[上下中]午|早上|晚上|晚)?[ \t\u3000]*$)"
)
#: Width (em) a paragraph's first line falls short of a full one: its two-character indent, which
#: pdfium does not print, and half an em for compressed punctuation and half-width digits.
TAIL_INDENT_ALLOWANCE = 2.5
#: Width (em) the tail may exceed the next line by: compressed punctuation and half-width digits.
TAIL_WIDTH_TOLERANCE = 0.5
#: Marks of running text a column's line holds and a title's phrase does not (layout.punctuation's
#: RUNNING_TEXT_MARKS), and an opening quotation mark: a line of text may open a quotation, a
#: title's second phrase set beside its first hardly ever does.
TAIL_RUNNING_MARKS = RUNNING_TEXT_MARKS | frozenset("“")
#: A line opening with a jump note in brackets (「（上接第二版）」), then a gap and more: the note is
#: complete, and what follows on its row is the next thing printed beside it (a headline's line,
#: 「（上接第二版） ……临时停水的公告」, which joined to the note made a title of both). A note that
#: the text comes from another page (上接, 接) heads the text under it, so the thing beside it is
#: put first; one that it goes on elsewhere (下转, 转) ends the text above it, and stays first.
JUMP_HEAD_ROW = re.compile(r"^(?P<head>[ \t\u3000]*[（(](?:上接|下转|接|转)[^（）()\s]{1,8}版[）)])[ \t\u3000]+(?=\S)")
#: The rest of a bracketed column tag that headline lines above opened (「林晓：扎根山村三十年」/「（青石
#: 论坛·」/「乡村振兴） “去年，青石镇……」), then a gap and more: the tag closes the title there, and
#: what follows on its row is the text beside it. At most TAG_TAIL_MAX_CHARS characters up to the
#: closing bracket, no mark of running text in them or in the lines since the bracket opened
#: (TAG_TAIL_ROW_MARKS), no byline, dateline or photo credit in those (``_credit_line``), and no
#: digit or Latin letter after the gap: pdfium prints a gap around a Latin run inside a line of
#: text, and a bracket of running text closed there (「……同学会（青石镇」/「分会） 11日……」) cost seeds
#: 1001 and 1003 an article each. Pdfium title accuracy on the evaluation set 0.9403 -> 0.9409 (its
#: NFKC, traditional and OCR forms and its squeezed pages likewise), every other set and extractor
#: unchanged. Nor is there a gap right before the closing bracket (``_spaced_close``): a line of
#: text that pdfium spaced out to justify it (「为纪念青石书院（临江」/「书 院 ） 建 院 ……」) lost its
#: first characters to a title (seed 1013 pdfium article F1 +0.0005; other sets unchanged).
TAG_TAIL_MAX_CHARS = 24
TAG_TAIL_ROW = re.compile(
    rf"^(?P<head>[ \t\u3000]*[^（(）)。！？；，,;!?\s][^（(）)。！？；，,;!?]{{0,{TAG_TAIL_MAX_CHARS - 2}}}?[）)])"
    r"[ \t\u3000]+(?=[^\s\dA-Za-zＡ-Ｚａ-ｚ])"
)
#: Marks of running text (full and half width): a line holding one ends a headline run, and the
#: brackets it left open are no column tag's.
TAG_TAIL_ROW_MARKS = RUNNING_TEXT_MARKS | frozenset("!?")
#: What a byline's or a photo credit's bracket holds (「本报讯（记者 林晓」/「何春生）……」, 「（林晓
#: 摄」/「影）……」): a credit's role (layout.fragments.CREDIT_ROLES) or 摄, no column tag.
CREDIT_CUES = re.compile(f"{CREDIT_ROLES.pattern}|摄")
#: A character that closes such a headline, then a gap: a cheap gate (one C-level scan) before
#: CLOSED_HEAD_ROW.
_CLOSED_HEAD_GATE = re.compile("[）)告知报][ \t\u3000]")
#: A paragraph indent inside a line: the other cue of a shared row.
INDENT_GAP = "\u3000\u3000"
#: The same row in text that went through Unicode NFKC, which writes each ideographic space as an
#: ASCII one (「……工作成果   今年以来……」): on a page holding no ideographic space, a headline's last
#: line (six characters or more without a gap or a mark of running text, as _HEAD_BEFORE_GAP reads
#: it: a letter-spaced title has a gap after every character) and three ASCII spaces, the row's one
#: and the indent's two, before Chinese text. The paragraph's piece keeps the indent's two spaces,
#: which read as an indent (``LineInfo.indented``). The evaluation set's NFKC form: title accuracy
#: 0.9381 -> 0.9387, subtitle F1 0.9182 -> 0.9200; its other texts (pdftotext's, `-layout`'s,
#: pdfium's, `-raw`'s, PyMuPDF's, the squeezed pages') and seeds 1001, 1003, 1005 unchanged.
NFKC_INDENT_GAP = "   "
NFKC_INDENT = "  "
NFKC_INDENT_ROW = re.compile(_HEAD + r" {3}(?=[“\u4e00-\u9fff])")
#: A column's last line that ends a sentence, a gap, and a headline to the row's end, over a line
#: that opens the headline's text: a byline or dateline, or a dash subtitle (「……新胜利。 青石镇召开
#: 座谈会」/「本报讯（记者 林晓）……」). Pdfium wrote the column's line and the next article's headline,
#: set level with it, as one row; left whole, the headline was read as the end of the paragraph
#: and the two articles ran together. The headline holds no mark of running text, at most two
#: phrase gaps (a letter-spaced line of text has a gap after every character) and may close on
#: its column tag; a jump note of the text above may close the row (「…… （下转第五版）」), and is
#: put after the column's line, whose text it sends on. On the pdfium text of the evaluation set
#: and seeds 1001–1005, 1008, 1009 and 1013 (1,800 pages) two rows are so, both headlines; on
#: pdftotext's text of five of those sets the rows it matches are one of body text over a caption's
#: credit (「本报记者 林晓 摄」, refused) and one over a dash that opens a quotation (「——”，……」,
#: refused: the dash of a subtitle is followed by its words).
HEAD_AFTER_SENTENCE_ROW = re.compile(
    r"^(?P<head>[ \t\u3000]*\S.*?[。！？][”’」』）)]*)[ \t]+"
    r"(?P<title>[\u4e00-\u9fff“《][^，。！？；：、,;!?\s]*(?: [^，。！？；：、,;!?\s]+){0,2}?)"
    r"(?:[ \t\u3000]+(?P<jump>[（(](?:下转|转)[^（）()\s]{1,8}版[）)]))?[ \t\u3000]*$"
)
#: The least CJK characters such a headline holds: a title of three is hardly ever set, and a word
#: or two after a sentence's end is more often the next sentence's start. Of the 938 distinct titles
#: of the development sets' truths (seeds 1001, 1003, 1005, 1013), one holds fewer than four.
HEAD_AFTER_SENTENCE_MIN_CJK = 4
#: The most characters it holds: a headline's line across columns, never a column's run of text.
HEAD_AFTER_SENTENCE_MAX_CHARS = 40
#: The cheap gate: a sentence's end, then a gap.
_SENTENCE_END_GAP = re.compile(r"[。！？][”’」』）)]*[ \t]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile("[。！？]")
#: ROW_CUT_CUES as one pattern: one C-level scan of a line instead of a generator per line.
_ROW_CUT_CUE = re.compile("|".join(map(re.escape, ROW_CUT_CUES)))
#: The characters of a gap. Every row this module cuts is cut at a gap between two characters
#: (each pattern above reads characters before its gap and after it), so a line holding none once
#: its ends are stripped of them is kept whole: most lines, after three C-level scans.
_GAP_CHARS = " \t\u3000"


def split_shared_rows(lines: Sequence[JoinedLine]) -> list[JoinedLine]:
    """``lines`` with every shared row cut in two; the list itself, copied, when none is."""
    out: list[JoinedLine] = []
    # Whether NFKC turned the page's ideographic spaces into ASCII ones, so that a paragraph's
    # indent after a gap is three ASCII spaces (NFKC_INDENT_ROW): asked of the page only once a line
    # holds such a gap, as few do.
    spaces_folded: bool | None = None
    # Brackets left open by the run of lines without a mark of running text just above: a column
    # tag that a headline opened and a line to come closes (TAG_TAIL_ROW).
    open_tag = 0
    for k, line in enumerate(lines):
        text = line.text
        inner = text.strip(_GAP_CHARS)
        if " " not in inner and "\t" not in inner and "\u3000" not in inner:
            # Most lines hold no gap between two characters, and every cut below is made at one:
            # only the column tag's brackets are counted (an open tag's closing line holds a gap).
            if open_tag > 0 or "（" in text or "(" in text:
                running = not text.strip() or not TAG_TAIL_ROW_MARKS.isdisjoint(text) or _credit_line(text)
                open_tag = 0 if running else max(0, open_tag + _bracket_balance(text))
            out.append(line)
            continue
        if open_tag > 0 and _CLOSED_HEAD_GATE.search(text) is not None:
            tail = TAG_TAIL_ROW.match(text)
            if tail is not None and not _credit_line(tail.group("head")) and not _spaced_close(tail.group("head")):
                out.append(JoinedLine(tail.group("head"), line.first, line.last))
                text = text[tail.end("head") :]
                open_tag = 0
        if open_tag > 0 or "（" in text or "(" in text:  # most lines neither hold one nor follow one
            # A blank line ends the extractor's block, and a headline run with it.
            running = not text.strip() or not TAG_TAIL_ROW_MARKS.isdisjoint(text) or _credit_line(text)
            open_tag = 0 if running else max(0, open_tag + _bracket_balance(text))
        if NFKC_INDENT_GAP in text and spaces_folded is None:
            spaces_folded = not any("\u3000" in other.text for other in lines)
        if spaces_folded and NFKC_INDENT_GAP in text:
            found = NFKC_INDENT_ROW.match(text)
            if found is not None:
                out.append(JoinedLine(found.group("head"), line.first, line.last))
                text = NFKC_INDENT + text[found.end() :]
        while INDENT_GAP in text or _ROW_CUT_CUE.search(text) is not None:
            found = SHARED_ROW.match(text)
            if found is None:
                break
            out.append(JoinedLine(found.group("head"), line.first, line.last))
            # The piece after an indent keeps the indent alone, as a line of its own prints it
            # (「　　今年以来……」), so that it reads as indented (the ASCII gap before it is the row's).
            rest = text[found.end("head") :]
            text = rest.lstrip(" \t") if INDENT_GAP in found.group("gap") else rest
        if " " in text and _SENTENCE_END_GAP.search(text) is not None:
            head = _head_after_sentence(text, lines[k + 1].text if k + 1 < len(lines) else "")
            if head is not None:
                out.append(JoinedLine(head.group("head"), line.first, line.last))
                if head.group("jump") is not None:
                    out.append(JoinedLine(head.group("jump"), line.first, line.last))
                text = head.group("title")
        jump = JUMP_HEAD_ROW.match(text) if text[:1] in "（( \t\u3000" else None
        if jump is not None:
            note, text = jump.group("head"), text[jump.end("head") :].lstrip(" \t")
            if "接" in note:
                # A note that the text under it comes from another page heads that text: what
                # stands beside it on its row (a headline's last line going on from above) first.
                out.append(JoinedLine(text, line.first, line.last))
                text = note.strip()
            else:
                out.append(JoinedLine(note, line.first, line.last))
        closed = CLOSED_HEAD_ROW.match(text) if _CLOSED_HEAD_GATE.search(text) is not None else None
        if closed is None and " " in text:
            below = lines[k + 1].text if k + 1 < len(lines) else ""
            closed = TEXT_AFTER_HEAD_ROW.match(text) or _tail_runs_on(text, below) or _lead_day_row(text, below)
        if closed is not None:
            out.append(JoinedLine(closed.group("head"), line.first, line.last))
            text = text[closed.end("head") :]
        heading = LABEL_HEAD_ROW.match(text) if text.lstrip()[:1] in _LABEL_FIRST_CHARS else None
        if heading is not None:
            out.append(JoinedLine(heading.group("label"), line.first, line.last))
            text = text[heading.end() :]
        last = text[-1:]
        if last.isspace():
            last = text.rstrip()[-1:]
        labelled = LABEL_ROW.match(text) if last in _LABEL_LAST_CHARS else None
        if labelled is not None:
            out.append(JoinedLine(labelled.group("head"), line.first, line.last))
            text = labelled.group("label")
        out.append(JoinedLine(text, line.first, line.last) if text is not line.text else line)
    return out


def _bracket_balance(text: str) -> int:
    """Opening brackets less closing ones in ``text``: how many a column tag may still close below."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def _spaced_close(head: str) -> bool:
    """A gap right before the closing bracket (「之 ）」): pdfium spaced out a justified line of
    text there, and the bracket is running text's, not the end of a column tag printed beside it."""
    return head.rstrip()[-2:-1].isspace()


def _credit_line(text: str) -> bool:
    """A line opening a byline or dateline (「本报讯（林晓」, with or without a role) or naming a
    credit's role: the bracket it opens is a credit's, closed with names, not a column tag."""
    return CREDIT_CUES.search(text) is not None or opens_byline(text.strip())


def _head_after_sentence(text: str, below: str) -> re.Match[str] | None:
    """HEAD_AFTER_SENTENCE_ROW's match where the next source line ``below`` opens the headline's
    text and the headline is no credit."""
    found = HEAD_AFTER_SENTENCE_ROW.match(text)
    if found is None:
        return None
    title, below = found.group("title"), below.strip()
    if (
        len(title) > HEAD_AFTER_SENTENCE_MAX_CHARS
        or len(_CJK.findall(title)) < HEAD_AFTER_SENTENCE_MIN_CJK
        or title.count("“") != title.count("”")
        or _credit_line(title)
    ):
        return None
    if "摄" in below:  # a photo's credit under its caption: the row is the caption's
        return None
    dashed = below.startswith(SUBTITLE_DASHES) and _CJK.match(below.lstrip("—-－")) is not None
    # A dash opening a line that ends a sentence is running text's (「……要感谢的」/「——是青石镇的茶农。」).
    opens_text = opens_byline(below) or (dashed and not _SENTENCE_END.search(below))
    return found if opens_text else None


def _lead_day_row(text: str, below: str) -> re.Match[str] | None:
    """LEAD_DAY_ROW's match where the next source line ``below`` goes on with the lead's sentence."""
    if "日" not in text or not below.strip():
        return None
    return LEAD_DAY_ROW.match(text)


def _tail_runs_on(text: str, below: str) -> re.Match[str] | None:
    """TAIL_ROW's match where the next source line ``below`` goes on with the text after the gap."""
    found = TAIL_ROW.match(text)
    if found is None or not below or below[:1].isspace() or " " in below.strip() or "\u3000" in below.strip():
        return None
    tail = found.group("tail")
    if TAIL_RUNNING_MARKS.isdisjoint(tail):
        return None
    width, below_width = printed_width(tail), printed_width(below.strip())
    if not below_width - TAIL_INDENT_ALLOWANCE <= width <= below_width + TAIL_WIDTH_TOLERANCE:
        return None
    return found


#: How a labelled line ends (trailing spaces stripped): a cheap gate before LABEL_ROW.
_LABEL_LAST_CHARS = frozenset(label[-1] for label in BOX_LABELS)
#: How a line opening on a box label begins: the cheap gate before LABEL_HEAD_ROW.
_LABEL_FIRST_CHARS = frozenset(label[0] for label in BOX_LABELS)
