"""Credits that close each name with a slash and the work it did: 「林晓/文 何春生/图」.

Local papers and features print a byline so as often as 「文/林晓 图/何春生」 (the work first, which
``fields.byline`` reads). Rules:

* A line of gap-separated tokens, each a name closed by its work: 「/文」 (wrote), 「/图」, 「/摄」 or
  「/摄影」 (took the photos), 「/文图」 or 「/图文」 (both). The slash may be full width.
* A role word (the byline grammar's: 记者, 本报记者, 通讯员 …) may stand before a name, apart or glued
  (「记者 林晓/文」, 「记者林晓/文」); the words before the first name are role words or nothing.
* A name is 2–4 ideographs (longer with a middle dot). A name that no role word introduces must
  begin with a common surname (``fields.personnames.has_surname``): 「春风/文」 or 「新闻/图」 is no
  person's credit.
* The writers are the authors; the photographers only take the photos, as 「何春生 摄」 says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.fields.personnames import IDEOGRAPHS, MAX_DOTTED_NAME_CHARS, has_surname

#: The work after a name's slash, and whether it credits the text, the photos or both.
_WORKS = {"文": (True, False), "图": (False, True), "摄": (False, True), "摄影": (False, True), "文图": (True, True), "图文": (True, True)}
#: One token: an optional role word glued to a name, the slash, the work.
_TOKEN = re.compile(rf"(?P<name>[{IDEOGRAPHS}·]{{2,{MAX_DOTTED_NAME_CHARS}}})[/／](?P<work>文图|图文|摄影|文|图|摄)")
#: Most characters of a plain name (without a middle dot).
MAX_NAME_CHARS = 4
#: Most tokens on such a line: a few names and their role words.
MAX_TOKENS = 8


@dataclass(frozen=True, slots=True)
class SlashCredits:
    authors: tuple[str, ...]
    photographers: tuple[str, ...]
    #: The credits as printed, tokens joined by one space.
    text: str
    #: The paper or agency a role word names (「本报记者」), if any.
    agency: str | None = None


def slash_credits(line: str, is_role: re.Pattern[str]) -> SlashCredits | None:
    """The line read as slash-closed credits, or None. ``is_role`` matches a role word
    (``fields.byline``'s grammar), at a token's start, glued to the name or alone."""
    tokens = line.split()
    if not tokens or len(tokens) > MAX_TOKENS:
        return None
    authors: list[str] = []
    photographers: list[str] = []
    role_before = False
    agency = None
    for token in tokens:
        role = is_role.match(token)
        if role is not None:
            agency = agency or role.groupdict().get("org")
        if role is not None and role.end() == len(token):
            role_before = True
            continue
        glued = role.end() if role is not None else 0
        m = _TOKEN.fullmatch(token, glued)
        if m is None:
            return None
        name = m.group("name")
        if not _name_shaped(name) or not (role_before or glued or has_surname(name)):
            return None
        wrote, shot = _WORKS[m.group("work")]
        if wrote:
            authors.append(name)
        if shot:
            photographers.append(name)
        role_before = False
    if role_before or not authors + photographers:
        return None  # a role word closing the line names nobody
    return SlashCredits(tuple(authors), tuple(photographers), " ".join(tokens), agency)


def _name_shaped(name: str) -> bool:
    return len(name) <= MAX_NAME_CHARS or ("·" in name and not name.startswith("·") and not name.endswith("·"))
