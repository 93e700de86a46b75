"""Titles that report an official's engagement: 「林晓会见……」, 「周敏出席……」, 「……代表团团长会见……」.

A news report of one engagement is titled by who did what: a name, then the verb of the
engagement (ACTIVITY_VERBS), or two parties and the meeting between them (MEETING_REPORT). No
section's heading inside an article is worded so: it names a part of the article's matter. The
segment rules read such a heading as a title wherever it stands (segment.subheadings), and keep it
as one against the line classifier under a finished sentence (segment.learnedroles,
segment.openings).

Rules:
- a name of two or three characters with a common surname (fields.personnames), then one of
  ACTIVITY_VERBS, not followed by 了 (「林晓会见了……」 is a sentence's account);
- or a name and 同, the preposition of a meeting (「林晓同……会谈」), unless 同 opens a word of its own
  (NOT_WITH: 同志, 同步, 同比 …);
- or two parties and 会见, 会谈 or 会晤 between them, unless the heading opens on 在 or 同 or ends on
  时 (「在会见……时」: the occasion of what a sentence goes on to say);
- never after 在 (「林晓在会见……」), nor where the next line opens with 时 (a line asked alone,
  whose sentence goes on: 「……会见林晓」/「时表示，……」).

Of the seven development sets' truths, 616 titles open on a name and one of ACTIVITY_VERBS, 220 on
a name and 同 or 与, 866 read as a meeting, and none of their 1,923 sub-headings does any of these
(与 is left out: it also joins two nouns of a topic, 「改革与发展」).
"""

from __future__ import annotations

import re

from banmian.fields.personnames import has_surname

#: What an official does, right after the doer's name (「林晓出席……大会」, 「周敏会见……」, 「何春生调研……」).
ACTIVITY_VERBS = ("出席", "会见", "会晤", "会谈", "主持", "考察", "调研", "看望", "慰问", "视察", "参加", "致电", "致信",
                  "签署", "访问", "接见", "抵达", "出访", "走访", "检查")
#: Second characters of words that 同 opens, which make it no preposition of a meeting
#: (「林晓同志退休后……」, 「青石镇同步推进……」, 「……同比增长……」 over running text).
NOT_WITH = "志步时样比意等类行学事胞期一心台城频舟"
#: A name of two or three characters (its surname asked of fields.personnames) before such a verb,
#: or before 同.
ACTOR_OPENING = re.compile(
    rf"^([\u4e00-\u9fff]{{2,3}}?)(?<!在)(?:{'|'.join(ACTIVITY_VERBS)})(?!了)|^([\u4e00-\u9fff]{{2,3}}?)同(?![{NOT_WITH}])"
)
#: A meeting between two parties named before and after its verb (「青石镇代表团团长会见……」).
MEETING_REPORT = re.compile(r"^[^在同].+(?<!在)(?:会见|会谈|会晤)(?!了)(?!.*时$)")


def names_an_engagement(heading: str, next_line: str = "") -> bool:
    """``next_line``: the text under a line asked alone, which may finish the occasion a sentence
    opens with (「……会见林晓」/「时表示，……」)."""
    if next_line.startswith("时"):
        return False
    opening = ACTOR_OPENING.match(heading)
    if opening is not None and has_surname(opening.group(1) or opening.group(2)):
        return True
    return MEETING_REPORT.match(heading) is not None
