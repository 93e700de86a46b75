"""The byline (电头/署名) forms of Chinese papers, built with invented names.

Each form says where it is printed: ``lead`` at the start of the first paragraph (本报讯（记者 …）),
``line`` on its own line above the body (本报记者  王  伟), ``tail`` closing a brief's paragraph
（林远 何春生）. The truth keeps the byline exactly as printed, whitespace included.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from banmian.eval.synth.names import CITIES, people

LEAD = "lead"
LINE = "line"
TAIL = "tail"

#: Forms an ordinary news article can carry, with relative weights (本报讯 forms dominate local papers).
ARTICLE_FORMS = {
    "xun_reporter": 4,
    "xun_reporters": 3,
    "xun_mixed": 2,
    "xun_correspondent": 2,
    "reporter_line": 3,
    "xinhua": 2,
    "benbao_dian": 2,
    "photo_report": 1,
    "none": 2,
}
ALL_FORMS = (*[f for f in ARTICLE_FORMS if f != "none"], "brief", "commentator")
#: Share of own-line two-character names set with two spaces inside (王  伟), as Founder pages do.
SPACED_NAME_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Byline:
    form: str
    text: str
    authors: tuple[str, ...]
    place: str


def _spaced(rng: random.Random, name: str) -> str:
    if len(name) == 2 and rng.random() < SPACED_NAME_SHARE:
        return f"{name[0]}  {name[1]}"
    return name


def _dateline(rng: random.Random, date: dt.date) -> str:
    """电头 date: the day before the issue, or the same day for evening news."""
    day = date - dt.timedelta(days=rng.choice((0, 1, 1)))
    return f"{day.month}月{day.day}日电"


def _reporter_line(rng: random.Random, names: list[str]) -> str:
    gap = rng.choice((" ", "  "))
    return "本报记者" + gap + "   ".join(_spaced(rng, n) for n in names)


def make_byline(rng: random.Random, form: str, date: dt.date) -> Byline | None:
    """A byline of ``form``; None for ``none`` (an article printed without one)."""
    if form == "none":
        return None
    count = {"xun_reporters": 2, "xun_mixed": 3, "brief": 2, "xinhua": rng.choice((1, 2))}.get(form, 1)
    if form == "reporter_line":
        count = rng.choice((1, 1, 2))
    names = people(rng, count)
    sep = rng.choice(("", "  "))
    text, place = {
        "xun_reporter": (lambda: (f"本报讯（记者 {names[0]}）", LEAD)),
        "xun_reporters": (lambda: (f"本报讯（记者 {names[0]} {names[1]}）", LEAD)),
        "xun_mixed": (lambda: (f"本报讯（记者 {names[0]} 通讯员 {names[1]} {names[2]}）", LEAD)),
        "xun_correspondent": (lambda: (f"本报讯（通讯员 {names[0]}）", LEAD)),
        "reporter_line": (lambda: (_reporter_line(rng, names), LINE)),
        "xinhua": (
            lambda: (f"新华社{rng.choice(CITIES)}{_dateline(rng, date)}{sep}（记者 {' '.join(names)}）", LEAD)
        ),
        "benbao_dian": (
            lambda: (f"本报{rng.choice(CITIES)}{_dateline(rng, date)}{sep}（记者 {names[0]}）", LEAD)
        ),
        "photo_report": (lambda: (f"本报记者 {names[0]} 摄影报道", LINE)),
        "brief": (lambda: (f"（{names[0]} {names[1]}）", TAIL)),
        "commentator": (lambda: ("本报评论员", LINE)),
    }[form]()
    authors = () if form == "commentator" else tuple(names)
    return Byline(form, text, authors, place)


def pick_article_form(rng: random.Random) -> str:
    forms = list(ARTICLE_FORMS)
    return rng.choices(forms, weights=[ARTICLE_FORMS[f] for f in forms])[0]


def photo_credit(rng: random.Random) -> tuple[str, str]:
    """A photo credit and its photographer: 本报记者 王伟 摄 / 王伟/摄 / 王伟 摄."""
    name = people(rng, 1)[0]
    return rng.choice((f"本报记者 {name} 摄", f"{name}/摄", f"{name} 摄")), name
