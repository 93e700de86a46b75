"""An invented issue of an invented newspaper (云山晚报, filed as ``yunshan``) for the web tests:
three text-layer pages and one PDF page. Page 1 holds an article cut by 「（下转第二版）」 and page 2
its continuation, so the archive links a whole article; page 3 prints markup that must reach a
reader as text; page 4 is a drawn PDF page with two articles, so it has an image and regions.
Every name, place and event here is made up."""

from __future__ import annotations

from pathlib import Path

from pagetext import body, page

NEWSPAPER = "yunshan"
MASTHEAD = "云山晚报"
DATE = "2024-05-20"

BRIDGE_TITLE = "东湖大桥主体工程顺利合龙"
BRIDGE_TRADITIONAL = "東湖大橋"
CANTEEN_TITLE = "社区食堂开到家门口"
CLASS_TITLE = "青年夜校新开书法课"
NOTES_TITLE = "网友留言选登"
MARKET_TITLE = "老街夜市重新开张"
SCHOOL_TITLE = "山区小学迎来新操场"
SCHOOL_CAPTION = "图为孩子们在新操场上练习跑步。"
CLASS_SUBHEADING = "报名方式更便捷"

#: A reporter credited twice: on page 2 and on the PDF page.
REPORTER = "芮晴"
#: A two-character name printed in the body of the PDF page's first article only.
QUOTED = "岳楠"
MARKET_FIRST = f"经过两个月的改造，西门老街夜市于周六晚上重新开张，摊主{QUOTED}说生意比去年好了不少。"

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE_BREAK = '"><img src=x onerror=alert(1)>'
NOTES_FIRST = f"留言板上有人写下{SCRIPT}，也有人贴出{ATTRIBUTE_BREAK}这样的代码，引起不少讨论。"


def page_one() -> str:
    return page(
        [MASTHEAD, "2024年5月20日 星期一"],
        [BRIDGE_TITLE],
        ["本报讯（记者 宋晓岚）"],
        body(
            "5月19日上午，随着最后一段钢箱梁精准就位，东湖大桥主体工程顺利合龙，跨湖通道进入桥面施工阶段。",
            "据介绍，东湖大桥全长一千二百米，设计为双向六车道，预计今年年底建成通车。",
        ),
        ["（下转第二版）"],
        [CANTEEN_TITLE],
        ["本报讯（记者 宁远舟）"],
        body(
            "为了让老年人吃上热乎饭，南门街道在辖区内新开设了三家社区食堂，每天提供午餐和晚餐。",
            "食堂负责人说，菜品以清淡为主，每天更换菜单，六十岁以上老人用餐可享受优惠。",
        ),
    )


def page_two() -> str:
    return page(
        ["2024年5月20日 星期一", "第2版 综合新闻"],
        [BRIDGE_TITLE],
        ["（上接第一版）"],
        body(
            "在施工现场，工人们正在紧张地铺设桥面防水层。一位老技术员说，这次的工期最紧，要求也最高。",
            "据悉，大桥两端的引道和绿化工程也将同步推进，湖畔将新增一条滨水步道。",
        ),
        [CLASS_TITLE],
        [f"本报讯（记者 {REPORTER}）"],
        body("从下月起，市青年夜校将新开设书法和篆刻课程，每周上课三次，方便上班族下班后学习。"),
        [CLASS_SUBHEADING],
        body("学员可以在夜校网站上报名，也可以到前台现场登记，名额有限，额满为止。"),
    )


def page_three() -> str:
    return page(
        ["2024年5月20日 星期一", "第3版 读者之声"],
        [NOTES_TITLE],
        ["本报讯（记者 韩墨）"],
        body(NOTES_FIRST, "专家提醒，不要随意点击来历不明的链接，也不要在陌生网站输入个人信息。"),
    )


def draw_page_four(path: Path) -> Path:
    """Two articles side by side under a page header, as a small PDF (WenQuanYi Zen Hei)."""
    from pdfdraw import Sheet, save

    s = Sheet(width=600, height=800)
    s.text(40, 40, "第4版", size=14)
    s.text(120, 40, "城市生活", size=12)
    s.text(260, 40, "2024年5月20日 星期一", size=9)
    s.text(450, 40, "责任编辑：罗青", size=9)
    s.rule(40, 48, 560, 48)
    s.text(60, 90, MARKET_TITLE, size=20)
    s.column(40, 120, [f"本报讯（记者 {REPORTER}）{MARKET_FIRST}", "改造后的夜市地面平整，照明充足，还统一安装了分类回收箱。"], chars=12)
    s.column(174, 120, ["管理方表示，夜市每天营业到午夜，周末还会安排民乐表演。"], chars=12)
    s.rule(320, 70, 320, 400)
    s.text(330, 90, SCHOOL_TITLE, size=18)
    s.photo(330, 104, 200, 90)
    s.text(330, 208, SCHOOL_CAPTION, size=9)
    s.column(
        330,
        232,
        ["本报讯（记者 宁远舟）在各方帮助下，北山乡中心小学的塑胶操场日前建成，孩子们终于能在平整的跑道上上体育课了。", "校长说，学校还计划组建足球队和田径队。"],
        chars=16,
    )
    return save(path, [s])


def write_issue(folder: Path, with_pdf: bool) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{NEWSPAPER}-{DATE}"
    paths = []
    for number, text in ((1, page_one()), (2, page_two()), (3, page_three())):
        path = folder / f"{stem}-p{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    if with_pdf:
        paths.append(draw_page_four(folder / f"{stem}-p4.pdf"))
    return paths
