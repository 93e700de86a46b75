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
"""

from __future__ import annotations

import re

from banmian.fields.notice import NOTICE_TITLE, is_signing_office
from banmian.layout.lines import LineInfo
from banmian.segment.plans import ArticlePlan

#: The formula that closes a notice: 特此公告。, 特此通知！ …
CLOSING_FORMULA = re.compile(r"^特此(?:公告|通告|通知|通报|公示|声明|函告|告知)[。！!]?$")
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
        notices = [n for n in notices if n is not host]  # it has its closing now
        if not notices:
            break
    return [p for p in plans if p.parts or p.stack is not None or p.captions]


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
    stack = plan.stack
    if not plan.bodies or stack is None or stack.title is None:
        return False
    if NOTICE_TITLE.search(stack.title.text.replace(" ", "")) is None:
        return False
    last = [ln for ln in plan.bodies[-1].lines if not ln.blank]
    return not last or last[-1].date_line is None
