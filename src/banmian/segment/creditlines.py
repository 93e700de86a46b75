"""Credit and byline lines in context: a brief's credit broken over two lines, a byline bracket
left open, a bracketed credit that closes the text above it, and the authors such closing credits
name.

Each rule corrects a role that ``segment.roles`` gave a line by its own text, where the lines around
it show what the line is.
"""

from __future__ import annotations

from collections.abc import Sequence

from banmian.fields.byline import Byline, names_a_role
from banmian.layout.lines import BRACKETED_PHOTO_CREDIT, CREDIT_ONLY, LineInfo, photo_source_under_credit
from banmian.layout.punctuation import closes_text
from banmian.model import ParagraphRole
from banmian.segment.briefs import credit
from banmian.segment.paragraphs import DraftParagraph
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import _BODY, _BYLINE, _CAPTION, _HEADING, EXCLAIMED_TITLE, Role

#: How a dateline ends (本报讯, 新华社北京5月3日电): a byline that names nobody may leave the
#: credit to the text's end (``_closing_credit``). Not any 讯: a 简讯 box's label run into a
#: photographer's credit read as a byline ends so too.
DATELINE_ENDINGS = ("本报讯", "日电")


def settle_credit_tails(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A brief's closing credit broken over two lines (「……比赛。（林晓 何」/「春生）」) ends its text:
    the short line that closes the bracket is body text, not the heading its few characters may
    look like (the line classifier takes some for one), so the rules that read the text above a
    heading (segment.intext) see the sentence and the credit end there. pdfium article F1 on the
    evaluation set 0.9415 -> 0.9419, and 0.9429 with segment.intext.MIN_RESTATEMENT_AFTER_CREDIT,
    which reads the credit this frees; the held-out set unchanged."""
    from banmian.segment.items import CREDIT_JOIN_MAX_CHARS, ends_with_credit

    for k in range(1, len(lines)):
        line = lines[k]
        if roles[k] is not _HEADING or roles[k - 1] is not _BODY or lines[k - 1].blank:
            continue
        if len(line.text) < CREDIT_JOIN_MAX_CHARS and "（" not in line.text and "(" not in line.text and ends_with_credit(lines, k):
            roles[k] = _BODY


def settle_open_byline_brackets(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A line that reads as a byline of its own (「何春生 通讯员 林晓 王」) right under a text's
    opening whose byline bracket is still open (「本报讯（记者 青」) goes on with that bracket: the
    names wrapped in a narrow column, not another article's byline, which would cut the text in
    two."""
    for k in range(1, len(lines)):
        above = lines[k - 1]
        if roles[k] is _BYLINE and above.leading_byline is not None and above.text.count("（") > above.text.count("）"):
            roles[k] = _BODY


def settle_closing_credit_lines(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A line that is only a bracketed credit with a role word (「（本报记者 林晓 何春生）」, 「（记者
    林晓）」), right under text that ends a sentence, closes that text: a byline under a headline is
    printed without brackets (「本报记者 林晓」) or after a dateline (「本报讯（记者 林晓）」), and a
    paper that credits its reporters in brackets sets them after the last sentence, as a brief's
    authors (「（林晓 何春生）」, which is body text already). Read as a byline, such a line opened an
    untitled article with the next headline's text or took the next headline's article. The
    synthetic pages print no such line (none on the pdfium and pdftotext pages of seeds 1001 and
    1005); the tests cover it."""
    for k in range(1, len(lines)):
        text = lines[k].text.strip()
        if roles[k] is not _BYLINE or CREDIT_ONLY.match(text) is None or not names_a_role(text):
            continue
        above = lines[k - 1]
        # A title that asks or exclaims (「……好卖吗？」) ends on a sentence mark too, and a byline under
        # it is its own article's: only text that ends a sentence otherwise is closed so.
        if not above.blank and roles[k - 1] is _BODY and above.ends_sentence and EXCLAIMED_TITLE.match(above.text) is None:
            roles[k] = _BODY


def settle_closing_notes(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A line that is only a bracketed note on the text's source or writer (``CLOSING_NOTE``) or an
    end mark (``END_MARK``: 「（完）」), right under text that ends a sentence (a blank line between
    or not), closes that text as its last line: read by its shape (short, no sentence mark) it was
    the headline of an article of its own, the kicker of the next, or the title of the photo under
    it. The synthetic pages print none; the tests cover it."""
    for k in range(1, len(lines)):
        if roles[k] is _BODY or lines[k].jump is not None or lines[k].text[:1] not in "（(":
            continue
        if not closes_text(lines[k].text.strip()):
            continue
        above = k - 1
        while above > 0 and lines[above].blank:
            above -= 1
        if not lines[above].blank and roles[above] is _BODY and lines[above].ends_sentence:
            roles[k] = _BODY


def settle_photo_source_tags(lines: Sequence[LineInfo], roles: list[Role]) -> None:
    """A bracketed tag alone on its line (``PHOTO_SOURCE_TAG``: 「（新华社发）」) right under a
    photographer's credit (``PHOTO_CREDIT_END``: 「新华社记者 周敏 摄」) names where the photo came
    from: it goes with the credit, as the caption's or the text's last words. Read alone, its few
    characters made a heading that took the next article's title, or text no article held. A
    caption's credit in brackets on a line of its own (``BRACKETED_PHOTO_CREDIT``) goes with the
    caption above it so."""
    for k in range(1, len(lines)):
        above = lines[k - 1]
        if above.blank or roles[k] is roles[k - 1] or lines[k].text[:1] not in "（(" or lines[k].jump is not None:
            continue  # a jump note (「（上接第八版）」) is no photo's source
        text = lines[k].text.strip()
        if roles[k - 1] is _CAPTION and BRACKETED_PHOTO_CREDIT.match(text) is not None:
            roles[k] = _CAPTION  # 「图为……。」/「（图片由临江县委宣传部提供）」
        elif roles[k - 1] in (_BODY, _CAPTION) and photo_source_under_credit(above, lines[k]):
            roles[k] = roles[k - 1]


def closing_credit_authors(plan: ArticlePlan, drafts: list[DraftParagraph], byline: Byline | None) -> tuple[str, ...]:
    """The article's authors: its byline's, or those its closing credit names where its byline is a
    dateline naming nobody, or where it has none and its text ends on a credit line of its own
    that names a role (``settle_closing_credit_lines``)."""
    if byline is not None and not names_nobody(byline):
        return byline.authors
    if byline is not None:
        return _closing_credit(drafts)
    return _closing_credit(drafts, role_named=True) if _closed_by_credit_line(plan) else ()


def names_nobody(byline: Byline) -> bool:
    """A dateline that credits nobody, neither writer nor photographer (「本报讯」, 「本报临江3月12日电」
    alone, DATELINE_ENDINGS)."""
    return not byline.authors and not byline.photographers and byline.text.rstrip().endswith(DATELINE_ENDINGS)


def _closed_by_credit_line(plan: ArticlePlan) -> bool:
    """The plan's text ends on a line that is only a bracketed credit (segment.creditlines)."""
    last = plan.bodies[-1].lines[-1] if plan.bodies else None
    return last is not None and CREDIT_ONLY.match(last.text.strip()) is not None


def _closing_credit(drafts: list[DraftParagraph], role_named: bool = False) -> tuple[str, ...]:
    """The authors a body's last paragraph closes with in brackets (「……顺利进行。（何春生）」), for
    an article whose byline is a dateline naming nobody (「本报讯」, 「本报临江3月12日电」 alone, no
    photographer either): local papers credit their reporters so at the end. The paragraph keeps its credit: no byline holds it. Not for an article without a
    byline, where a closing credit is more often a brief's that the plan ran into the article: on
    the seed-1001 and held-out pages, author F1 fell with them (pdfium 0.9659 -> 0.9651, 0.9605 ->
    0.9600; pdftotext 0.7360 -> 0.7342, 0.7255 -> 0.7224). ``role_named``: on an article without a
    byline, a credit on a line of its own that names its people's role (「（本报记者 林晓 何春生）」,
    segment.creditlines) gives them: a brief's credit names none."""
    last = next((d for d in reversed(drafts) if d.role is ParagraphRole.BODY), None)
    found = credit(last) if last is not None else None
    if found is None or (role_named and not names_a_role(found.text)):
        return ()
    return found.authors
