"""An untitled article whose title the headline rules read as text: its body's first or last lines.

Where the line classifier reads a title set in body type as text, the title joins the body it
heads, and the article has no title. Running text neither starts nor ends so:

- **Last lines** (pdfium prints a page in its drawing order, and many e-paper pages draw a title
  after its body: 「……乡亲们都来看望她。」/「青石镇茶园今年喜获丰收」). A body ends on a mark that
  closes a sentence, or on a brief's credit in brackets, a date or a byline. One or two plain text
  lines (``bylinedtwice.plain_text_line``; the first not printed indented, which opens a
  paragraph; the second may be a column tag in brackets, 「（青石论坛）」, not a credit) after a
  finished sentence, ending on no sentence's mark and holding no full stop, are the title.
- **First lines**, over a paragraph's opening (printed indented, or short by the indent over a full
  line: ``bylinedtwice.opens_paragraph``). As text, one or two lines ending on no mark of a sentence
  or of a clause going on (「，」, 「：」, 「——」 …) would be a paragraph of their own that ends on no
  mark. They are the title.
- **First lines closed by a column tag** (「青石镇茶叶为何畅销？（青石观察）」) over a paragraph's
  opening, on a page read either way (first, where the page is read body first and its last lines
  hold no title) and of a brief too: a paragraph's first lines seldom break right after a bracket.
  Not a credit (a byline or dateline, or a credit's role in the brackets, 「（林晓 摄）」), a jump
  note, a date, a bracket of running text that names what the text calls something
  (「（以下简称……）」), nor after words holding more than one clause mark or a sentence's end
  (``closed_by_column_tag``). Pdfium article F1 on the evaluation set 0.9852 -> 0.9857 (title
  0.9495 -> 0.9501), seed 1013's title +0.0005, seeds 1001, 1003 and 1005 unchanged. Without the
  paragraph's opening asked for under the run, seeds 1003 and 1013 gained an article and a title
  more, but a review found ordinary openings taken (「县政府日前公布了实施办法（试行）」 over the
  text going on): 0.2 % of the corpus's paragraph openings wrapped at 15 characters.

The run is parsed as a headline run (segment.stacks: a dash line under it is its subtitle) and must
give one title and no banner. Last lines are asked on a page read body first, first lines on one
read headline first (segment.readings): a title stands where the page prints its headlines
(first lines closed by a column tag on either). A
brief closed by its authors (segment.plans.is_brief) needs no title and is left alone but for a
title closed by its tag (without that, the evaluation set's pdfium pages lost an article: a
brief's first line became its title).
The headline rules took the run for text, so this is a guess: the article's confidence is capped
(RETITLED_CONFIDENCE). Not where blank lines mark the extractor's blocks (pdftotext):
there a body's last block is as often another article's piece (the evaluation set's pdftotext
pages lost an article with it). Run after the photo rules (segment.photos), whose evidence of a
photo's title comes first.

pdfium title accuracy, last lines: evaluation set 0.9441 -> 0.9457, seeds 1001 and 1005 +0.0005 and
+0.0010; first lines then: seeds 1001, 1003 and 1005 +0.0011, +0.0005 and +0.0005, the evaluation
set unchanged. No article gained or lost on any set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from banmian.fields.openings import opens_byline
from banmian.fields.trailingcredits import trailing_authors
from banmian.layout.lines import LineInfo
from banmian.layout.punctuation import CJK_RUN, CONTINUING, SENTENCE_FINAL
from banmian.layout.rows import CREDIT_CUES
from banmian.segment.bylinedtwice import MAX_TAKEN_IN_LINES, bracketed, opens_paragraph, plain_text_line
from banmian.segment.headpairs import CLOSING_TAG
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import DISTANT_CONFIDENCE, ArticlePlan, is_brief
from banmian.segment.roles import CLAUSE_MARKS, Role
from banmian.segment.stacks import parse_heads

#: A bracket of running text that names what the text calls something from then on (「（以下简称
#: “青石院”）」): never a column tag.
ABBREVIATION_NOTE = "简称"
#: Clause marks a title's words hold before its column tag at most: of the corpus's 686 titles
#: closed by a tag, 623 hold none, 61 one and 2 two, while a sentence's opening lines that close a
#: bracket (「林晓，男，1950年出生，临江县（今青石市）」) hold several.
MAX_TAGGED_TITLE_CLAUSE_MARKS = 1
#: Fewest characters of Chinese before a column tag for a title's words: 684 of the corpus's 686
#: titles closed by a tag hold four or more; a name with a bracket after it (「林晓（左）」) holds fewer.
MIN_TAGGED_TITLE_CHARS = 4
#: An article titled from its body's lines: at most this confidence, as a headline placed from afar
#: (segment.plans.DISTANT_CONFIDENCE): no headline rule read them as a title.
RETITLED_CONFIDENCE = DISTANT_CONFIDENCE


def title_from_text_runs(plans: list[ArticlePlan], headline_first: bool) -> None:
    """Give each untitled article whose body ends (on a page read body first) or starts (read
    headline first) on a title run that title (in place: the run leaves the body)."""
    for plan in plans:
        if not _untitled(plan):
            continue
        if is_brief(plan):
            # A brief needs no title, but one closed by its column tag is one.
            first = plan.parts[0]
            if first.kind is ItemKind.BODY and (stop := _tagged_title_stop(first)) is not None:
                _retitle(plan, 0, 0, stop)
            continue
        if headline_first:
            first = plan.parts[0]
            stop = _leading_title_stop(first) if first.kind is ItemKind.BODY else None
            if stop is not None:
                _retitle(plan, 0, 0, stop)
        else:
            last = plan.parts[-1]
            start = _trailing_title_start(last) if last.kind is ItemKind.BODY else None
            if start is not None:
                _retitle(plan, len(plan.parts) - 1, start, len(last.lines))
            elif (first := plan.parts[0]).kind is ItemKind.BODY and (stop := _tagged_title_stop(first)) is not None:
                _retitle(plan, 0, 0, stop)


def _untitled(plan: ArticlePlan) -> bool:
    """An article with text and no headline but bylines, which a title could head: not a brief
    closed by its authors (segment.plans.is_brief), which needs none, nor a piece of an article
    printed apart that another article claims, which asks for no headline, nor one whose headline
    holds a kicker or subtitle (a title run would leave them out of its stack). A piece that opens
    mid-paragraph (``unjoined``) is asked: a title read as its first line makes a body look so
    (skipping such pieces lost the first-line titles of seeds 1001 and 1005)."""
    if not plan.parts or plan.claimed:
        return False
    stack = plan.stack
    return stack is None or (stack.kicker is None and stack.title is None and stack.subtitle is None)


def _retitle(plan: ArticlePlan, index: int, start: int, stop: int) -> None:
    """Lines ``start:stop`` of part ``index`` become the plan's title, when they parse as one
    headline, every line of it (no banner beside it)."""
    part = plan.parts[index]
    run = part.lines[start:stop]
    parse = parse_heads(Item(ItemKind.HEADS, run, tuple(_heading_role(ln) for ln in run)))
    if len(parse.stacks) != 1 or parse.stacks[0].title is None or parse.banners:
        return
    keep = [k for k in range(len(part.lines)) if not start <= k < stop]
    kept_lines, kept_roles = tuple(part.lines[k] for k in keep), tuple(part.roles[k] for k in keep)
    plan.parts[index] = replace(part, lines=kept_lines, roles=kept_roles)
    title = parse.stacks[0]
    plan.stack = title if plan.stack is None else replace(title, bylines=plan.stack.bylines)
    plan.confidence = min(plan.confidence, RETITLED_CONFIDENCE)


def _trailing_title_start(body: Item) -> int | None:
    """Where the title run ending the body starts: one or two lines (MAX_TAKEN_IN_LINES) after a
    finished sentence, ending on no sentence's mark."""
    lines = body.lines
    for size in range(1, MAX_TAKEN_IN_LINES + 1):
        start = len(lines) - size
        if start < 1:
            return None
        run = lines[start:]
        if any(ln.ends_sentence or "。" in ln.text for ln in run):
            return None  # a sentence, or a brief's credit broken after it (「……询问。（林」/「晓）」)
        if run[0].indented:
            return None  # printed indented: a paragraph's opening, going on elsewhere
        plain = all(plain_text_line(ln, body.roles[start + k]) for k, ln in enumerate(run[:-1]))
        last_plain = plain_text_line(run[-1], body.roles[-1]) or (size > 1 and _column_tag(run[-1], body.roles[-1]))
        if not plain:
            return None
        if last_plain and lines[start - 1].ends_sentence:
            return start
    return None


def _leading_title_stop(body: Item) -> int | None:
    """Where the title run opening the body stops: one or two lines over a paragraph's opening,
    ending on no mark of a sentence or of a clause going on."""
    tagged = _tagged_title_stop(body)
    if tagged is not None:
        return tagged
    lines = body.lines
    for stop in range(1, min(MAX_TAKEN_IN_LINES, len(lines) - 2) + 1):
        last = lines[stop - 1]
        if last.ends_sentence or last.has_sentence_punct or last.text[-1:] in CONTINUING:
            return None
        if not plain_text_line(last, body.roles[stop - 1]):
            return None
        if opens_paragraph(lines, stop):
            return stop
    return None


def _column_tag(line: LineInfo, role: Role) -> bool:
    """A line of text in brackets under a title's line: its column's tag (「（青石论坛）」), not a jump
    note (「（下转第二版）」) nor a brief's authors."""
    if role is not Role.BODY or line.jump is not None or trailing_authors(line.text) is not None:
        return False  # a credit (「（林晓 周敏）」) closes a brief, not a title
    return bracketed(line)


def _heading_role(line: LineInfo) -> Role:
    """A dash line (「——记青石镇茶农林晓」) is read as a subtitle, as the role rules read it."""
    return Role.SUBTITLE if line.dash_subtitle else Role.HEADING


def _tagged_title_stop(body: Item) -> int | None:
    """Where a title run closed by its column tag stops, over a paragraph's opening
    (``closed_by_column_tag``, ``bylinedtwice.opens_paragraph``)."""
    lines = body.lines
    for stop in range(1, min(MAX_TAKEN_IN_LINES, len(lines) - 2) + 1):
        if closed_by_column_tag(lines[:stop], body.roles[:stop]) and opens_paragraph(lines, stop):
            return stop
    return None


def closed_by_column_tag(run: Sequence[LineInfo], roles: Sequence[Role]) -> bool:
    """The run ends on a bracketed column tag after a title's words (「茶园管护也要出新招（青石观察）」,
    a question's mark allowed before the tag): a paragraph's first lines seldom break right after a
    bracket, and over a paragraph's opening a run so closed is a title. Not a credit (a byline or
    dateline opening the run, 「本报临江3月1日电（林晓）」, or a credit's role or 摄 in the brackets,
    「（林晓 摄）」), a jump note, a date, a bracket naming what the text calls something
    (ABBREVIATION_NOTE), nor words of clauses (MAX_TAGGED_TITLE_CLAUSE_MARKS), of a sentence's end
    or too few (MIN_TAGGED_TITLE_CHARS)."""
    if any(role is not Role.BODY or ln.jump is not None or ln.date_line is not None for ln, role in zip(run, roles, strict=True)):
        return False
    text = "".join([ln.text for ln in run]).strip()
    found = CLOSING_TAG.search(text)
    if found is None or opens_byline(text) or CREDIT_CUES.search(found.group()) is not None or ABBREVIATION_NOTE in found.group():
        return False
    words = text[: found.start()].rstrip("？！?!")
    if sum(len(piece) for piece in CJK_RUN.findall(words)) < MIN_TAGGED_TITLE_CHARS:
        return False
    if sum(words.count(mark) for mark in CLAUSE_MARKS) > MAX_TAGGED_TITLE_CLAUSE_MARKS:
        return False
    return SENTENCE_FINAL.isdisjoint(words) and words[-1:] not in CONTINUING
