"""A byline's last character printed on a line of its own, joined back to the byline.

A standalone byline set in a narrow column wraps its last character onto the next line (「本报记者
林晓 何春」/「生」, 「本报记者 林晓 摄影报」/「道」), or the end of its last word (「……摄影」/「报道」), or
all of a name but its surname (「本报记者 林晓 何」/「春生」). Left alone, the byline grammar reads a
name short by a character and the lone character becomes a paragraph of its own. Rule: a line that
is one CJK character, or two that finish the closing words or a lone surname, under a line that
opens with a byline (本报记者 …) and holds no sentence mark, ends that line; a box's label (简讯)
never does, and a byline closed by a one-character credit word (「……林晓 摄」) ends on no surname.

Closing marks hang the same way: no line of Chinese type may begin with 」, ” or 。 (避头尾), so a
line of nothing but such marks (「……实现跨越式发展。」/「”」) is the end of the line above that the
extractor printed apart (the mark hangs past the column's edge). Left alone, it ends the paragraph
in a line of its own and hides the finished sentence from the rules that look for one. The joined
line keeps both source lines. So does a line of nothing but a dash (「……老书记林晓」/「——」): it ends
the kicker above it, which leads into its title.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.fields.furniture import BOX_LABELS
from banmian.fields.openings import BYLINE_PREFIX
from banmian.layout.digits import JoinedLine
from banmian.layout.punctuation import CLOSERS, SENTENCE_FINAL, is_cjk

#: Longest piece carried onto its own line that is still the byline's end (「报道」).
MAX_TAIL_CHARS = 2
#: How a photo report's byline closes (「本报记者 林晓 摄影报道」).
BYLINE_CLOSINGS = ("摄影报道",)
#: The one-character credit word that closes a photo's byline (「本报记者 林晓 摄」): no surname.
#: Not 文 or 图, which are surnames too.
CREDIT_WORDS = frozenset("摄")
#: Marks that never begin a line of Chinese type (避头尾): a line of them only hangs from the one above.
#: A dash may open a line (a subtitle's 「——……」), but a line of nothing but a dash is the end of
#: the line above, printed apart: the dash leads from the words before it into what follows (a
#: kicker's 「……林晓——」 over its title), and 避头尾 keeps a dash whole on the line it ends.
HANGING_MARKS = CLOSERS | SENTENCE_FINAL | frozenset("，、；：—")
#: Marks a byline line never holds; a line with one of them is text that merely opens like one.
_TEXT_MARKS = SENTENCE_FINAL | frozenset("，；")


def join_byline_tails(lines: Sequence[JoinedLine]) -> list[JoinedLine]:
    """``lines`` with each lone character under a byline joined to it, each two-character line
    that finishes the byline's closing words (「……摄影」/「报道」), and each line of hanging closing
    marks joined to the line above."""
    out: list[JoinedLine] = []
    for line in lines:
        tail = line.text.strip()
        # Only a piece of one or two characters can finish the line above (the cheap test first).
        above = out[-1] if out and 0 < len(tail) <= MAX_TAIL_CHARS else None
        head = above.text.strip() if above is not None else ""
        if head and (HANGING_MARKS.issuperset(tail) or _finishes_byline(head, tail)):
            out[-1] = JoinedLine(above.text.rstrip() + tail, above.first, line.last)
            continue
        out.append(line)
    return out


def _finishes_byline(byline: str, tail: str) -> bool:
    if not tail or len(tail) > MAX_TAIL_CHARS or not all(is_cjk(ch) for ch in tail) or not _open_byline(byline):
        return False
    if tail in BOX_LABELS:
        return False  # a box's label (简讯) under a photo's byline heads the box below
    # One character ends a name; two must finish the byline's closing words (two would as well be
    # a name of their own) or a name of which the byline holds only the surname (「……林晓 何」/「春生」:
    # no name is one character long).
    return len(tail) == 1 or (byline + tail).endswith(BYLINE_CLOSINGS) or _ends_on_a_surname(byline)


def _ends_on_a_surname(byline: str) -> bool:
    """The byline's last word is one CJK character other than a credit word (「……林晓 摄」 is
    whole: 摄 credits the photo)."""
    words = byline.split()
    return len(words) >= 2 and len(words[-1]) == 1 and is_cjk(words[-1]) and words[-1] not in CREDIT_WORDS


def _open_byline(text: str) -> bool:
    return BYLINE_PREFIX.match(text) is not None and _TEXT_MARKS.isdisjoint(text) and "）" not in text
