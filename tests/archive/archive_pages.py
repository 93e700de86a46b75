"""Invented pages of one issue of an invented newspaper (清河日报), as a text extractor prints them:
page 1 holds an article cut by 「（下转第二版）」, page 2 its continuation, so the archive must link
them into one whole article. Names and events are made up for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pagetext import body, page

RIVER_TITLE = "清河县启动夏季河道清理行动"
LIBRARY_TITLE = "县图书馆延长夜间开放时间"
MARKET_TITLE = "城东农贸市场改造完工"
#: A reporter with a two-character name, credited on page 1 and page 2.
REPORTER = "柴伟"


def _printed(date: str) -> str:
    """「2023年6月8日 星期四」, as a page header prints it."""
    day = dt.date.fromisoformat(date)
    return f"{day.year}年{day.month}月{day.day}日 星期{'一二三四五六日'[day.weekday()]}"


def page_one(date: str = "2023-06-08") -> str:
    return page(
        ["清河日报", _printed(date)],
        [RIVER_TITLE],
        ["本报讯（记者 柴伟 刘芳）"],
        body(
            "6月7日上午，清河县召开河道清理工作推进会，全面启动夏季河道清理行动。县级河长逐一认领责任河段，限期完成清理任务。",
            "会议要求，各乡镇要对辖区内河道开展拉网式排查，清理河面漂浮物和岸边垃圾，做到河面无杂物、河岸无垃圾。",
        ),
        ["（下转第二版）"],
        [LIBRARY_TITLE],
        ["本报记者 王茵"],
        body(
            "从本月起，县图书馆每周二至周日的闭馆时间由下午五点推迟到晚上九点，方便上班族和学生夜间借阅。",
            "图书馆负责人表示，延时开放期间将安排专人值守，并增设自助借还设备，读者可以凭身份证办理借阅手续。",
        ),
    )


def page_two(date: str = "2023-06-08") -> str:
    return page(
        [_printed(date), "第2版 综合新闻"],
        [RIVER_TITLE],
        ["（上接第一版）"],
        body(
            "据了解，今年全县将投入专项资金三百万元，用于河道清淤和护岸修复。县河长办将定期开展明察暗访，对工作不力的河段责任人进行通报。",
            "不少群众表示，河道变干净了，傍晚到河边散步的人也多了起来。",
        ),
        [MARKET_TITLE],
        ["本报讯（记者 柴伟）"],
        body(
            "经过三个月的改造，城东农贸市场近日重新开业。改造后的市场划分为蔬菜、肉类、水产等六个区域，地面和排水设施全部更新。",
            "市场管理方介绍，新市场还开通了电子支付和农残快速检测服务，让市民买得放心。",
        ),
    )


def write_issue(folder: Path, name: str = "qinghe", date: str = "2023-06-08") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}-{date}-p1.txt", folder / f"{name}-{date}-p2.txt"]
    paths[0].write_text(page_one(date), encoding="utf-8")
    paths[1].write_text(page_two(date), encoding="utf-8")
    return paths
