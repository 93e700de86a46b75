"""An editor's note (编者按) between a headline and the byline of its article.

A feature or a series often prints the editors' note under its headline and over the reporter's
byline (「通村公路修到家门口」/「编者按：……」/「本报记者 林晓」/「……」). A byline opens an article, so the
note is read as the whole text of the headline's article and the text under the byline as another,
untitled one. The note never stands alone: it introduces the article below it. So a plan whose text
is only an editor's note takes the plan right after it when that one has no headline of its own
(only a byline, or nothing over its text). The note stays the article's first paragraph, as the
paper prints it. The generator's corpus skips articles holding a note, so the synthetic sets do not
measure this; the tests do.
"""

from __future__ import annotations

import re
from dataclasses import replace

from banmian.segment.plans import ArticlePlan

#: How an editor's note opens, its bracket or mark taken off: 编者按, 编者按语, 编者的话, 编前 and 编前语,
#: closed by a bracket (「【编者按】……」) or followed by a colon or a gap.
EDITOR_NOTE_OPENING = re.compile(r"^[\s\u3000【\[（(■□●]*(?:编者按语?|编者的话|编前语?)(?:[】\]）)]|[\s\u3000]*[:：]|[\s\u3000])")


def join_editor_notes(plans: list[ArticlePlan]) -> list[ArticlePlan]:
    """``plans`` (in reading order) with each plan that holds only an editor's note joined by the
    untitled plan right after it."""
    out: list[ArticlePlan] = []
    for plan in plans:
        note = out[-1] if out else None
        if note is not None and _only_a_note(note) and _untitled(plan):
            note.parts.extend(plan.parts)
            note.captions.extend(plan.captions)
            if plan.stack is not None and note.stack is not None:
                note.stack = replace(note.stack, bylines=(*note.stack.bylines, *plan.stack.bylines))
            note.confidence = min(note.confidence, plan.confidence)
            continue
        out.append(plan)
    return out


def _only_a_note(plan: ArticlePlan) -> bool:
    """A headed plan, no byline, whose text opens with an editor's note and holds one paragraph."""
    bodies = plan.bodies
    if plan.stack is None or plan.stack.title is None or plan.stack.bylines or len(bodies) != 1:
        return False
    lines = bodies[0].lines
    return EDITOR_NOTE_OPENING.match(lines[0].text) is not None and not any(ln.indented for ln in lines[1:])


def _untitled(plan: ArticlePlan) -> bool:
    stack = plan.stack
    return bool(plan.bodies) and (stack is None or (stack.title is None and stack.kicker is None and stack.subtitle is None))
