"""Notices (公告/通告/情况通报): our own short templates, ending with the issuing office and the date.

Newspapers print these verbatim from the issuer; the last two lines (office, date) are right-aligned
and belong to the notice's paragraphs, which is what makes them a separate kind for the parser.
"""

from __future__ import annotations

import datetime as dt
import random

from banmian.eval.synth.content import PageContext
from banmian.eval.synth.model import PARA, SIGN, ArticleSpec, Piece
from banmian.eval.synth.names import TOWNS

ROADS = ("人民路", "建设大街", "解放路", "和平街", "文化路", "新华大街", "胜利路", "迎宾大道", "滨河路")
EVENTS = ("城市马拉松比赛", "全民健身长跑活动", "大型群众文艺活动", "重点工程吊装作业")

#: (title, paragraphs, issuing office); {t} town, {r} road, {m}/{d} the notice's date, {e} an event,
#: {n}/{k} small numbers.
TEMPLATES = (
    (
        "关于{t}城区部分区域临时停水的公告",
        (
            "因{r}供水管网改造施工需要，定于{m}月{d}日8时至20时对{r}沿线区域暂停供水。",
            "停水期间请各单位和居民提前做好储水准备，施工如有延误，恢复供水时间相应顺延，敬请谅解。",
            "特此公告。",
        ),
        "{t}自来水有限公司",
    ),
    (
        "关于{r}实施临时交通管制的通告",
        (
            "为保障{e}顺利进行，经研究决定，{m}月{d}日7时至12时，对{r}全线实施临时交通管制，禁止机动车通行。",
            "请过往车辆提前绕行，服从现场交通民警指挥。",
            "特此通告。",
        ),
        "{t}公安局交通警察支队",
    ),
    (
        "{t}空气质量情况通报",
        (
            "{m}月{d}日，全市空气质量指数为{n}，空气质量级别为良。",
            "本月以来，全市累计优良天数{k}天，同比增加2天。",
            "请广大市民关注空气质量变化，合理安排户外活动。",
        ),
        "{t}生态环境局",
    ),
    (
        "关于公开征求《{t}养犬管理规定（征求意见稿）》意见的公告",
        (
            "为提高立法质量，现将该征求意见稿全文向社会公布，公开征求意见。",
            "有关单位和个人可于{m}月{d}日起三十日内，通过信函或电子邮件提出意见建议。",
        ),
        "{t}司法局",
    ),
)


def notice(rng: random.Random, ctx: PageContext) -> tuple[ArticleSpec, dt.date]:
    """A notice dated with the issue's date; the date is returned because it tells the page date."""
    title, paras, office = rng.choice(TEMPLATES)
    date = ctx.date
    values = {
        "t": rng.choice(TOWNS) + rng.choice(("市", "县")),
        "r": rng.choice(ROADS),
        "e": rng.choice(EVENTS),
        "m": date.month,
        "d": date.day,
        "n": rng.randint(55, 95),
        "k": rng.randint(3, date.day + 3),
    }
    pieces = [Piece(PARA, p.format(**values)) for p in paras]
    pieces.append(Piece(SIGN, office.format(**values)))
    pieces.append(Piece(SIGN, f"{date.year}年{date.month}月{date.day}日"))
    spec = ArticleSpec("notice", title.format(**values), tuple(pieces), boxed=rng.random() < 0.6)
    return spec, date
