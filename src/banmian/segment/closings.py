"""A notice's closing printed apart from its text: 「特此公告。」, the issuing office, the date.

A notice ends with a closing formula, the office that issued it and the date, set apart from the
text (the office and date right-aligned). pdftotext can print those lines as a block of their own,
away from the notice's text, where the headline above them takes them as a body. Such a block is no
article: it carries no news and no headline of its own.

Rules: a body made only of closing lines (a formula 特此……, a signing office, a date; a formula or
a date among them) joins the notice that has no closing yet, the nearest one printed before it,
else the nearest after it. A notice is an article whose title ends with a notice word (通告, 公告
…, fields.notice). A headline that such a block had taken is freed: it stays as a headline without
a body, for a photo's caption or the banners (segment.photos, segment.assign).

A notice still open after that takes its closing lines from inside another article's text: a run
of whole lines each a formula, an office or a date (a formula, or an office and a date, among
them), after a finished sentence or at the start of a text block. A layout-preserving dump
(pdftotext -layout) prints the right-aligned office and date in the lane of the column to the
right, and the lane reader hands them to the article there. Only titled articles that are no
notice give such lines away, and only when their text restates their title (segment.restated's
measure): a body without a title may be the notice's own last column, and a notice's text under
a title the plan gave it by mistake restates none of that title. An open letter or an appeal
closes with its own office and date; it gives them away only where another notice on the page
is still open. Evaluation set, pdftotext -layout article F1 0.8702 -> 0.8716, title 0.7727 ->
0.7743, pdftotext 0.7254 -> 0.7259; seed-1001 pages -layout 0.8655 -> 0.8674, pdftotext 0.6734
-> 0.6739; held-out -layout 0.8609 -> 0.8620, jump 0.8011 -> 0.8059. Without the test of the
donor's own title, a notice's text under another article's title lost its closing (pdftotext
0.7254 -> 0.7249, seed-1001 pages 0.6734 -> 0.6712).

A notice stays open until its date: a formula printed alone (「特此公告。」) joins it and leaves it
open for the office and date printed apart after it (evaluation set, -layout 0.8693 -> 0.8702).
"""

from __future__ import annotations

from banmian.fields.notice import CLOSING_FORMULA, NOTICE_TITLE, is_signing_office
from banmian.layout.lines import LineInfo
from banmian.segment.affinity import affinity, bigrams
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.restated import UNRESTATED_MAX_FIT

#: A closing is the formula, one or two offices (an issuer and its seal's name) and the date.
MAX_CLOSING_LINES = 4


def join_notice_closings(plans: list[ArticlePlan]) -> list[ArticlePlan]:
    """Move each closing-only body into its notice (module rules). Returns the plans left: one
    that gave its body away stays only when it holds a headline or a caption."""
    notices = [p for p in plans if _is_open_notice(p)]
    if not notices:
        return plans
    for plan in plans:
        if not plan.bodies or any(plan is n for n in notices) or not _closing_only(plan):
            continue
        start = plan.parts[0].first
        before = [n for n in notices if n.parts[-1].first < start]
        after = [n for n in notices if n.parts[0].first > start]
        if before:
            host = max(before, key=lambda n: n.parts[-1].first)
        elif after:
            host = min(after, key=lambda n: n.parts[0].first)
        else:
            continue
        host.parts.extend(plan.parts)
        plan.parts = []
        if not _is_open_notice(host):  # it has its date now: a formula alone leaves it open
            notices = [n for n in notices if n is not host]
        if not notices:
            break
    if notices:
        _take_embedded_closings(plans, notices)
    return [p for p in plans if p.parts or p.stack is not None or p.captions]


def _take_embedded_closings(plans: list[ArticlePlan], notices: list[ArticlePlan]) -> None:
    """Moves closing runs (module rules) out of other articles' texts into the open notices."""
    for plan in plans:
        if not notices:
            return
        if not plan.bodies or plan.stack is None or plan.stack.title is None or _is_notice(plan) or not _own_text(plan):
            continue
        for index, part in enumerate(plan.parts):
            run = _closing_run(part) if part.kind is ItemKind.BODY else None
            if run is None:
                continue
            start = part.lines[run.start].number
            before = [n for n in notices if n.parts[-1].first < start]
            host = max(before, key=lambda n: n.parts[-1].first) if before else min(notices, key=lambda n: n.parts[0].first)
            host.parts.append(Item(part.kind, part.lines[run.start : run.stop], part.roles[run.start : run.stop]))
            rest = [
                Item(part.kind, part.lines[cut], part.roles[cut], part.under_furniture and cut.start == 0)
                for cut in (slice(0, run.start), slice(run.stop, len(part.lines)))
                if any(not ln.blank for ln in part.lines[cut])
            ]
            plan.parts[index : index + 1] = rest
            if not _is_open_notice(host):
                notices.remove(host)
            break  # one closing an article at most


def _closing_run(part: Item) -> range | None:
    """The indices of a run of closing lines inside a body item (module rules), or None."""
    lines = part.lines
    k = 0
    while k < len(lines):
        if lines[k].blank or _closing_kind(lines[k]) is None:
            k += 1
            continue
        end = k
        while end < len(lines) and (lines[end].blank or _closing_kind(lines[end]) is not None):
            end += 1
        kinds = {_closing_kind(ln) for ln in lines[k:end] if not ln.blank}
        shown = [ln for ln in lines[k:end] if not ln.blank]
        above = next((ln for ln in reversed(lines[:k]) if not ln.blank), None)
        opens = above is None or above.ends_sentence or lines[k - 1].blank
        if opens and len(shown) <= MAX_CLOSING_LINES and ("formula" in kinds or {"office", "date"} <= kinds):
            return range(k, end)
        k = end
    return None


def _own_text(donor: ArticlePlan) -> bool:
    """The donor's text restates its own title (segment.restated's measure): an article of its own,
    not a notice's text under a title the page plan gave it by mistake, whose closing is its own."""
    return affinity(bigrams(donor.stack.title.text), _text(donor)) >= UNRESTATED_MAX_FIT


def _text(plan: ArticlePlan) -> str:
    return "".join([ln.text for part in plan.bodies for ln in part.lines])


def _is_notice(plan: ArticlePlan) -> bool:
    """An article whose title ends with a notice word (通告, 公告 …)."""
    stack = plan.stack
    return stack is not None and stack.title is not None and NOTICE_TITLE.search(stack.title.text.replace(" ", "")) is not None


def _closing_only(plan: ArticlePlan) -> bool:
    lines = [ln for part in plan.parts for ln in part.lines if not ln.blank]
    if not lines or len(lines) > MAX_CLOSING_LINES or len(plan.parts) != len(plan.bodies):
        return False
    kinds = [_closing_kind(ln) for ln in lines]
    return None not in kinds and ("formula" in kinds or "date" in kinds)


def _closing_kind(line: LineInfo) -> str | None:
    if CLOSING_FORMULA.match(line.text):
        return "formula"
    if line.date_line is not None and not line.has_sentence_punct:
        return "date"
    if not line.has_sentence_punct and is_signing_office(line.text):
        return "office"
    return None


def _is_open_notice(plan: ArticlePlan) -> bool:
    """A notice by its title whose text does not end with its date yet."""
    if not plan.bodies or not _is_notice(plan):
        return False
    last = [ln for ln in plan.bodies[-1].lines if not ln.blank]
    return not last or last[-1].date_line is None
