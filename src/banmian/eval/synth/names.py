"""Invented people, places, papers and slogans for the page furniture and bylines.

Names are drawn from our own character lists, never from the corpus, so no real reporter's name ends
up in a truth file, and so the names do not collide with people mentioned in the reused texts.
"""

from __future__ import annotations

import random

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝"
)
GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌宇鹏飞婷雪琳晨凯浩然"
    "博宁欣怡佳悦睿泽昊轩涵瑶梓思源嘉航远志鑫丹蕾晓彤颖倩雯蓓茵昕岚峰松柏楠海波江川山泉"
    "立新春秋冬梅兰菊竹云霖露晶亮光耀荣庆祥瑞福德仁义礼智信诚勤俭朴雅韵宏毅坚韬略谦逸舟帆"
)
#: Share of names with a one-character given name (王伟); the rest have two (王晓彤).
SHORT_NAME_SHARE = 0.4

#: Places for 电头 and notices: real city names are public facts, not corpus text.
CITIES = (
    "北京",
    "上海",
    "广州",
    "杭州",
    "成都",
    "西安",
    "武汉",
    "南京",
    "长沙",
    "郑州",
    "沈阳",
    "昆明",
    "兰州",
    "拉萨",
)
TOWNS = ("江临", "清源", "云川", "沧溪", "柳岸", "鹤山", "石湾", "丰宁", "河阳", "青岗", "白沙", "松台")
PAPER_SUFFIXES = ("日报", "晚报", "报")
SECTIONS = ("要闻", "综合新闻", "国际", "地方", "经济", "社会", "文化", "体育", "理论", "民生", "县域新闻")

SLOGAN_PHRASES = (
    "凝心聚力",
    "砥砺前行",
    "共建美好家园",
    "创建文明城市",
    "文明你我他",
    "守护绿水青山",
    "建设美丽乡村",
    "奋进新时代",
    "扎实干事创业",
    "优化营商环境",
    "服务群众零距离",
    "安全生产责任重",
    "平安出行万家乐",
    "节约用水",
    "垃圾分类新时尚",
    "全民健身",
    "健康生活每一天",
    "诚信立市",
    "实干兴邦",
    "乡村振兴",
    "共享发展成果",
    "争当时代先锋",
    "书香满城",
    "清廉之风扑面",
    "携手奔小康",
    "生态优先",
)

PHOTO_SCENES = (
    "工作人员在检查设备运行情况",
    "游客在景区内参观游览",
    "志愿者为居民提供咨询服务",
    "农民在田间收割水稻",
    "学生们在实验室里动手操作",
    "市民在广场上观看文艺演出",
    "技术人员在车间调试生产线",
    "医护人员为老人测量血压",
    "施工人员在项目现场作业",
    "小朋友在图书馆里阅读",
    "运动员在比赛中奋力拼搏",
    "果农在园中采摘果实",
)


def person(rng: random.Random) -> str:
    given = 1 if rng.random() < SHORT_NAME_SHARE else 2
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN_CHARS) for _ in range(given))


def people(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = person(rng)
        if name not in names:
            names.append(name)
    return names


def paper_name(rng: random.Random) -> str:
    return rng.choice(TOWNS) + rng.choice(PAPER_SUFFIXES)


def slogan(rng: random.Random) -> list[str]:
    """2–4 phrases of 4–7 characters, as printed across a page without final punctuation."""
    return rng.sample(SLOGAN_PHRASES, rng.randint(2, 4))


CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """Page numbers as set in jump notes and masthead lines: 二, 十, 十二, 二十."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")
