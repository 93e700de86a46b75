"""The title printed right under a box's label (简讯) heads the box's first item.

A box of briefs opens on its label, and each item under it is a short text closed by its authors,
with or without a title of its own. The label stands alone as the box's headline
(segment.stacks cuts a stack around it), so the first item's title, printed on the next line, is
a headline of its own, and the page's reading may hand it to another text: on a page read
headline first, to the next item, since the label takes the first. Nothing but the first item
stands between the label and that item's text, so a title on the lines between them is the first
item's.

Rule: where a box's label is followed directly by a headline of a title alone (no kicker, subtitle
or byline; the next line, as pdfium prints a box without blank lines: the pages where blank lines
mark blocks were not measured), and that title is followed directly by the text under the label, the title is taken
from wherever the reading put it and set before the box's text, where the box's items find their
titles (segment.briefs: a heading over an item closed by its authors is its title). The text
the title was given to keeps its body, untitled, and may take a title of a banner's shape printed
right over it (segment.bannertitles runs after this module). Likewise a label that the reading gave
to the text above it, where the text printed right under it got no headline, goes to that text.

The title may also have been read as the label's subtitle, the label standing as the box's title
over it (「简讯」/「林晓当选……」/ the item's text): a plain subtitle printed between the label and the
text under it is the first item's title in the same way (``_subtitle_under_label``): seed 1013's
pdfium title accuracy +0.0005, seed 1003's pdftotext title accuracy +0.0005, the evaluation set and
seeds 1001 and 1005 unchanged.

Pdfium title accuracy: evaluation set +0.0011, seeds 1003, 1005 and 1013 +0.0005 each, seed 1001
unchanged; pdftotext's title accuracy +0.0005 to +0.0011 on seeds 1001, 1003 and 1005.
"""

from __future__ import annotations

from dataclasses import replace

from banmian.layout.lines import SUBTITLE_DASHES
from banmian.segment.build import box_label
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role


def title_first_box_items(plans: list[ArticlePlan]) -> list[ArticlePlan]:
    """The plans, each title printed between a box's label and its text moved to that text (in
    place); a plan left with nothing is dropped."""
    titled_at = {
        plan.stack.title.lines[0].number: plan
        for plan in plans
        if plan.stack is not None
        and plan.stack.title is not None
        and plan.stack.kicker is None
        and plan.stack.subtitle is None
        and not plan.stack.bylines
    }
    emptied: set[int] = set()
    for plan in plans:
        label = box_label(plan)
        if label is None or not plan.parts or plan.parts[0].kind is not ItemKind.BODY:
            continue
        subtitle = _subtitle_under_label(plan, label)
        if subtitle is not None:
            plan.parts.insert(0, _heads(subtitle))
            plan.stack = replace(plan.stack, subtitle=None)
            continue
        other = titled_at.get(label.lines[-1].number + 1)
        if other is None or other.stack is None or other.stack.title is None or box_label(other) is not None:
            continue
        title = other.stack.title
        if title.lines[-1].number + 1 != plan.parts[0].first:
            continue
        plan.parts.insert(0, _heads(title))
        other.stack = None
        if not other.parts and not other.captions:
            emptied.add(id(other))
    _label_over_its_text(plans)
    return [plan for plan in plans if id(plan) not in emptied]


def _subtitle_under_label(plan: ArticlePlan, label: Unit) -> Unit | None:
    """The plain subtitle of a box's label printed between the label and the box's text: the first
    item's title. Not a dashed subtitle, which goes on from a title above it."""
    subtitle = plan.stack.subtitle if plan.stack is not None else None
    if subtitle is None or plan.stack.kicker is not None or subtitle.text.startswith(SUBTITLE_DASHES):
        return None
    if subtitle.lines[0].number != label.lines[-1].number + 1 or subtitle.lines[-1].number + 1 != plan.parts[0].first:
        return None
    return subtitle


def _heads(unit: Unit) -> Item:
    """A headline's lines as a part of a plan's text, where segment.briefs reads a brief's title."""
    return Item(ItemKind.HEADS, unit.lines, tuple(Role.HEADING for _ in unit.lines))


def _label_over_its_text(plans: list[ArticlePlan]) -> None:
    """A label that the page's reading gave to the text above it, where the text printed right
    under it got no headline, is moved to that text (in place): the label stands over its box. Not
    to a piece of text another article claims or one opening mid-paragraph, which are no box's
    items. The text above keeps its lines, untitled."""
    first_at = {plan.parts[0].first: plan for plan in plans if plan.parts}
    for plan in plans:
        label = box_label(plan)
        if label is None or not plan.parts or plan.parts[-1].last >= label.lines[0].number:
            continue
        below = first_at.get(label.lines[-1].number + 1)
        if below is None or below.stack is not None or below.claimed or below.unjoined:
            continue
        below.stack, plan.stack = plan.stack, None

