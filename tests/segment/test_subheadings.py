"""Sub-headings (segment.subheadings): the shape rules, on heading items built from lines."""

from __future__ import annotations

import banmian
from banmian.layout.lines import build_line_infos
from banmian.segment.headunits import units_of
from banmian.segment.items import Item, ItemKind
from banmian.segment.lineclass import LineProbs
from banmian.segment.roles import Role
from banmian.segment.subheadings import (
    LEARNED_SUBHEADING_MAX_LINES,
    SUBHEADING_MAX_LINES,
    _subheading_shaped,
    is_subheading,
)
from pagetext import body, wrap
from pagetext import page as page_text

# A 13-em column of text around the heading lines, so that their column width is measured.
TEXT = body(
    "今年以来，临江县把农村公路建设作为民生实事来抓，新修和改造了一批通村公路，群众出行更加方便。",
    "走进白沙乡的山村，一条条平整的水泥路通到家门口，村民何春生开着三轮车把自家的橘子运到镇上。",
)
# Two sub-headings stacked, each wrapped over two lines of the column.
STACKED = ["农村公路越修越好群众出行", "更加方便", "特色产业走出大山橘子卖", "到了镇上"]


def _heads(texts: list[str]) -> Item:
    lines = build_line_infos([*TEXT[:6], *texts, *TEXT[6:]])
    heads = tuple(lines[6 : 6 + len(texts)])
    return Item(ItemKind.HEADS, heads, (Role.HEADING,) * len(heads))


def test_four_sub_heading_lines_need_the_classifier_to_be_sure():
    assert SUBHEADING_MAX_LINES < len(STACKED) <= LEARNED_SUBHEADING_MAX_LINES
    item = _heads(STACKED)
    assert not _subheading_shaped(item)  # by the width rules alone, four lines make a title
    assert _subheading_shaped(item, learned_sure=True)


def test_more_lines_than_two_wrapped_sub_headings_are_a_title_even_when_sure():
    item = _heads([*STACKED, "山乡面貌焕然一新", "群众笑开颜"])
    assert len(item.lines) > LEARNED_SUBHEADING_MAX_LINES
    assert not _subheading_shaped(item, learned_sure=True)


def test_a_heading_that_reports_an_event_between_two_bodies_is_a_title_not_a_sub_heading():
    """Same column, short line, finished text above: only the wording tells 「……音乐会举办」 (an
    event: the next article's title) from 「特色产业见实效」 (a part of the article's matter)."""
    first, second = TEXT[:4], TEXT[4:]  # the first paragraph, the second
    for heading, subheadings in (("特色产业见实效", ("特色产业见实效",)), ("县迎春音乐会举办", ())):
        page = banmian.parse(page_text(["山村公路通到家门口"], first, [heading], second))
        assert page.articles[0].subheadings == subheadings
        assert len(page.articles) == (1 if subheadings else 2)


def test_a_sub_heading_may_set_two_phrases_side_by_side():
    """「…… ……」 wrapped in the column: two phrases name a part of the article's matter as one
    does; three make a banner."""
    assert _subheading_shaped(_heads(["修好乡村公路 方便群众安全", "出行"]))
    assert not _subheading_shaped(_heads(["修好公路 方便出行 造福群众", "百姓"]))


LIBRARY = body(
    "县图书馆读书月里书香浓，林晓馆长介绍，读书月期间馆里新购图书两千册，设立了儿童阅览区和老年读者专座。",
    "图书馆每周六举办一场讲座，邀请本地作家分享写作经验，并组织小读者参加故事比赛。",
)
ASSOCIATION = body(
    "县青年创业协会昨天在城东会展中心成立，何春生当选首任会长。协会现有会员一百二十名，多数从事电商、"
    "农产品加工和乡村旅游，将为返乡青年提供贷款咨询、技术培训和市场对接服务。"
)
MORE_LIBRARY = body(
    "作家讲座吸引了不少市民，林晓馆长说，图书馆下个月还将开展亲子阅读活动，儿童阅览区每天开放到晚上八点，"
    "老年读者专座也将增加大字版图书。"
)


def _around(above: list[str], heading: str, below: list[str]) -> tuple[Item, Item, Item]:
    lines = build_line_infos([*above, heading, *below])
    k = len(above)
    return (
        Item(ItemKind.BODY, lines[:k], (Role.BODY,) * k),
        Item(ItemKind.HEADS, lines[k : k + 1], (Role.HEADING,)),
        Item(ItemKind.BODY, lines[k + 1 :], (Role.BODY,) * len(below)),
    )


def test_a_heading_that_restates_the_text_above_before_another_topic_is_no_sub_heading():
    """「……故事比赛。」/「读书月里书香浓」/「县青年创业协会……」: set in the column like a sub-heading,
    but its words come from the opening of the text above, and the text below talks of other
    things. pdfium prints a title the paper drew after its body there: the run divides two
    articles. The same heading over more of the library's text is a sub-heading."""
    assert not is_subheading(*_around(LIBRARY, "读书月里书香浓", ASSOCIATION))
    assert is_subheading(*_around(LIBRARY, "读书月里书香浓", MORE_LIBRARY))


def test_a_heading_restating_half_the_text_above_and_nothing_below_is_no_sub_heading():
    """「馆里新书迎读者」 restates half its character pairs from the opening above, none from the lead
    below, where another topic begins: the title drawn after its body, though it restates less than
    MIN_RESTATEMENT. Over more of the library's text it stays a sub-heading."""
    assert not is_subheading(*_around(LIBRARY, "馆里新书迎读者", ASSOCIATION))
    assert is_subheading(*_around(LIBRARY, "馆里新书迎读者", MORE_LIBRARY))


READING_ROOMS = body(
    "县图书馆在各乡镇建起十二个分馆和三十个农家书屋，藏书平台统一编目，村民在家门口就能借到新书，"
    "农家书屋的图书每季度轮换一次。",
)


def test_two_slogans_between_two_bodies_are_a_sub_heading_only_when_the_text_below_takes_them_up():
    """Two phrases side by side have a slogan banner's shape. Set in the column between two bodies
    they are a sub-heading when the section below goes on with their words (农家书屋), and a
    banner between two articles when it does not."""
    assert is_subheading(*_around(LIBRARY, "农家书屋 就近借书", READING_ROOMS))
    assert not is_subheading(*_around(LIBRARY, "健康生活 节约用水", READING_ROOMS))


def test_two_phrases_the_classifier_is_sure_of_are_a_sub_heading_where_no_blank_lines_mark_blocks():
    """A section's heading of two phrases need not recur in the section (「书声琅琅 读者盈门」 over the
    reading rooms): the classifier, sure of a sub-heading, outweighs the slogan shape where the
    extractor marks no blocks (pdfium). Where blank lines mark blocks (pdftotext) a heading in a
    block of its own is as often the next article's title, and the slogan test holds."""
    sure = [LineProbs(headline=0.05, subheading=0.9, caption=0.0, body=0.05)] * 40
    around = _around(LIBRARY, "书声琅琅 读者盈门", READING_ROOMS)
    assert not is_subheading(*around)
    assert is_subheading(*around, sure)
    assert not is_subheading(*around, sure, blocks_marked=True)


def test_a_short_label_over_a_wrapped_sub_heading_is_two_sub_headings_stacked():
    """「记者手记」 over 「何春生：三十年守护山村小」/「学」: the label is short because it is a unit of
    its own, not the first line of a title set in big type; the wrapped unit under it fills the
    column. A title wrapped short of the column (one unit: its second line opens on 的) stays a title."""
    units = units_of(_heads(["记者手记", "何春生：三十年守护山村小", "学"]))
    assert [u.text for u in units] == ["记者手记", "何春生：三十年守护山村小学"]
    assert _subheading_shaped(_heads(["记者手记", "何春生：三十年守护山村小", "学"]))
    assert not _subheading_shaped(_heads(["山村教师何春生", "的坚守"]))
    assert not _subheading_shaped(_heads(["县图书馆：", "少儿阅览室开放"]))  # a kicker over its title


def test_a_heading_the_classifier_takes_for_a_title_is_a_sub_heading_where_the_text_goes_on():
    """The line classifier may doubt a sub-heading (「讲座办到家门口」) and take it for a title; when
    the text below goes on with the matter of the text above (the library, its readers, 林晓) the
    two are one article. Below it a text on other things (an association founded), or one that
    opens with a byline however near its matter (here a dateline that the column breaks, so
    that its first line alone reads as no byline), begins a new article under a title."""
    title_like = [LineProbs(headline=0.9, subheading=0.1, caption=0.0, body=0.0)] * 40
    assert is_subheading(*_around(LIBRARY, "讲座办到家门口", MORE_LIBRARY), title_like)
    assert not is_subheading(*_around(LIBRARY, "讲座办到家门口", ASSOCIATION), title_like)
    bylined = body("本报临江县青石镇10月8日电（记者 何春生）" + "".join(MORE_LIBRARY))
    assert not is_subheading(*_around(LIBRARY, "讲座办到家门口", bylined), title_like)


#: The lecture's readers after the library's text: the same matter, in a few of its words (the
#: text above's character pairs taken up: 0.07).
LECTURE_READERS = body(
    "讲座结束后，不少读者留下来和作家交流，一位退休教师说，她每个周末都来借书，这次还为孙子办了借阅卡。"
)


def test_a_heading_the_classifier_takes_for_a_title_over_a_short_section_taking_up_few_words_is_a_sub_heading():
    """Where no blank lines mark blocks, a text taking up fewer of the pairs above
    (LEARNED_TITLE_TOPIC_CARRY) still goes on with it; where they do, SUBHEADING_TOPIC_CARRY is asked."""
    from banmian.segment.headingtopics import SUBHEADING_TOPIC_CARRY, TopicCarry
    from banmian.segment.subheadings import LEARNED_TITLE_TOPIC_CARRY

    title_like = [LineProbs(headline=0.9, subheading=0.1, caption=0.0, body=0.0)] * 40
    items = _around(LIBRARY, "讲座办到家门口", LECTURE_READERS)
    assert LEARNED_TITLE_TOPIC_CARRY <= TopicCarry(items[0], items[2]).value() < SUBHEADING_TOPIC_CARRY
    assert is_subheading(*items, title_like)
    assert not is_subheading(*items, title_like, blocks_marked=True)


def test_a_heading_its_section_repeats_as_its_lead_is_a_sub_heading():
    """「县青年创业协会昨天在城东会」 set over the text that opens with its words: a section's heading
    that its first paragraph repeats, inside one article, even where the text below talks of other
    things than the text above and the classifier takes the line for a title. Unrepeated, the same
    line over that text is the next article's title."""
    title_like = [LineProbs(headline=0.9, subheading=0.1, caption=0.0, body=0.0)] * 40
    assert is_subheading(*_around(LIBRARY, "县青年创业协会昨天在城东会", ASSOCIATION), title_like)
    assert not is_subheading(*_around(LIBRARY, "县青年创业协会成立", ASSOCIATION), title_like)


def test_a_repeated_heading_after_a_text_that_a_dash_leads_into_is_a_sub_heading():
    """「……故事比赛——」 ends on a dash, no sentence end: the text leads into the heading, which its
    section repeats word for word as its lead; a heading its section does not repeat stays no
    sub-heading after a text that ends so, even where the text below goes on with the library."""
    title_like = [LineProbs(headline=0.9, subheading=0.1, caption=0.0, body=0.0)] * 40
    dashed = [*LIBRARY[:-1], LIBRARY[-1][:-1] + "——"]
    assert is_subheading(*_around(dashed, "县青年创业协会昨天在城东会", ASSOCIATION), title_like)
    assert not is_subheading(*_around(dashed, "县青年创业协会成立", ASSOCIATION), title_like)
    assert not is_subheading(*_around(dashed, "讲座办到家门口", MORE_LIBRARY), title_like)


def test_a_repeated_heading_over_a_column_of_an_article_printed_apart_heads_that_column():
    """「少儿阅览室办起故事会」 opens the column under it word for word, while the text above it (the
    other article's column, going on in a column printed elsewhere) stops mid-sentence: a section
    of the library article, printed apart, under its sub-heading, not an article of its own titled
    by the heading."""
    library = "本报讯（记者 林晓）县图书馆新建的少儿阅览室日前正式对外开放，阅览室藏书两万余册，设有绘本区和阅读角。"
    other = wrap("本报讯（记者 王丽）城南社区组织志愿者走进老旧小区，帮助居民清理楼道杂物，")
    heading = "少儿阅览室办起故事会"
    section = heading + "，每周六上午由图书馆员何春生给小读者讲绘本故事，少儿阅览室里座无虚席。"
    text = page_text(["县图书馆少儿阅览室开放"], wrap(library), ["城南社区老旧小区换新颜"], other, [heading], wrap(section))
    articles = {a.title.text if a.title else None: a for a in banmian.parse(text).articles}
    assert set(articles) == {"县图书馆少儿阅览室开放", "城南社区老旧小区换新颜"}
    assert articles["县图书馆少儿阅览室开放"].subheadings == (heading,)
    assert [p.text for p in articles["县图书馆少儿阅览室开放"].paragraphs][1:] == [heading, section]


def test_a_one_line_heading_after_a_lead_in_colon_is_a_sub_heading():
    """「……主要有两个特点：」 announces what follows: the one-line heading under it heads the first
    part, inside the article, as after a finished sentence; a line under a lead-in that stops on a
    comma is another matter (no sub-heading there)."""
    lead = "今年以来，临江县新修和改造了一批通村公路，群众出行更加方便，主要有两个特点："
    part = "新修公路通到了各个自然村，村民何春生开着三轮车把自家的橘子运到镇上，一趟只要半个钟头。"
    for ending, subheadings in (("：", ("公路通到家门口",)), ("，", ())):
        text = page_text(["山村公路越修越好"], body(lead[:-1] + ending), ["公路通到家门口"], body(part))
        articles = banmian.parse(text).articles
        assert articles[0].subheadings == subheadings


def test_a_heading_closed_by_a_column_tag_is_a_title_not_a_sub_heading():
    """「社团活动丰富多彩（青春临江）」: a paper sets a column's name in brackets after an article's
    title, never after a sub-heading, so between two bodies on two topics the run is the next
    article's title however sure the classifier is of a sub-heading; without the tag the same words
    stay a sub-heading. Where the text goes on across it (the library's text on both sides), the
    title was printed amid another article's text, and that article stays whole."""
    sure = [LineProbs(headline=0.0, subheading=1.0, caption=0.0, body=0.0)] * 40
    assert is_subheading(*_around(LIBRARY, "社团活动丰富多彩", ASSOCIATION), sure)
    assert not is_subheading(*_around(LIBRARY, "社团活动丰富多彩（青春临江）", ASSOCIATION), sure)
    assert is_subheading(*_around(LIBRARY, "社团活动丰富多彩（青春临江）", MORE_LIBRARY), sure)


def test_a_heading_restated_by_the_lead_below_is_a_sub_heading_where_the_text_goes_on():
    """「以读书月为重点」 between two texts about the library, its words retold in the lead below: a
    section's heading is as often retold by its section's first sentence as a title by its
    report's lead, so the text going on with the matter above decides, as for any heading the
    classifier takes for a title."""
    title_like = [LineProbs(headline=0.9, subheading=0.1, caption=0.0, body=0.0)] * 40
    retold = body("县图书馆今年的工作以读书月为重点，林晓馆长介绍，读书月里小读者们排队借书，图书馆下个月还将开展亲子阅读活动。")
    assert is_subheading(*_around(LIBRARY, "以读书月为重点", retold), title_like)


def test_a_heading_naming_an_officials_engagement_is_a_title_where_the_text_goes_on():
    """「林晓主持作家讲座」: a name and what its bearer did (ACTIVITY_VERBS), a news title, though
    the text below goes on with the library; the same words without the name head a section."""
    title_like = [LineProbs(headline=0.9, subheading=0.1, caption=0.0, body=0.0)] * 40
    retold = body("县图书馆的作家讲座昨天举行，林晓馆长主持讲座，并为小读者签名赠书，图书馆下个月还将开展亲子阅读活动。")
    assert not is_subheading(*_around(LIBRARY, "林晓主持作家讲座", retold), title_like)
    assert not is_subheading(*_around(LIBRARY, "何春生同小读者代表会谈", retold), title_like)
    assert is_subheading(*_around(LIBRARY, "馆里主持作家讲座", retold), title_like)
    # A meeting named between its two parties is a report's title too.
    assert not is_subheading(*_around(LIBRARY, "县图书馆馆长会见作家代表", retold), title_like)


def test_a_heading_that_announces_a_broadcast_is_a_title_not_a_sub_heading():
    """「县庆纪录片将播出」 between two bodies: a news title announcing what is to come; sub-headings
    name a part of their article's matter and do not end so."""
    first, second = TEXT[:4], TEXT[4:]
    for heading, subheadings in (("特色产业见实效", ("特色产业见实效",)), ("县庆纪录片将播出", ())):
        page = banmian.parse(page_text(["山村公路通到家门口"], first, [heading], second))
        assert page.articles[0].subheadings == subheadings
        assert len(page.articles) == (1 if subheadings else 2)


def test_a_sub_heading_over_a_section_whose_last_paragraph_a_credit_closes_is_one():
    """A brief's credit closing the text below (「……。（林晓 何春生）」) makes that text a brief under
    its headline; but where the text holds a paragraph's end before the credit, a heading the
    classifier is sure of, or one over a text that goes on with the matter above (the library, its
    readers, 林晓), heads a section of its article, and the credited paragraph is a brief run into
    it, which does not make the heading a title. Over a one-paragraph text the credit holds, and
    over a text on other things the heading the classifier is not sure of is a title."""
    sure = [LineProbs(headline=0.05, subheading=0.9, caption=0.0, body=0.05)] * 40
    doubtful = [LineProbs(headline=0.5, subheading=0.5, caption=0.0, body=0.0)] * 40
    brief = "县消防大队昨天在城东小学举办消防演练，三百多名师生参加。（林晓 何春生）"
    section = [*MORE_LIBRARY, *body(brief)]
    assert is_subheading(*_around(LIBRARY, "讲座办到家门口", section), sure)
    assert is_subheading(*_around(LIBRARY, "讲座办到家门口", section), doubtful)
    assert is_subheading(*_around(LIBRARY, "讲座办到家门口", section))
    assert not is_subheading(*_around(LIBRARY, "讲座办到家门口", [*ASSOCIATION, *body(brief)]), doubtful)
    assert not is_subheading(*_around(LIBRARY, "讲座办到家门口", body(brief)), sure)
    # the credit alone on a line under the brief's one paragraph: still a brief
    own_line = [*body("县消防大队昨天在城东小学举办消防演练，三百多名师生参加。"), "（林晓 何春生）"]
    assert not is_subheading(*_around(LIBRARY, "讲座办到家门口", own_line), sure)


def test_a_heading_worded_as_an_event_is_a_sub_heading_only_where_the_classifier_is_all_but_sure():
    """「青石茶厂1958年成立」 ends on an event's word, as the next article's title would; a section of
    the tea factory's story may be headed so. The classifier all but sure of a sub-heading makes it
    one, unless the run holds a clause mark: a line of text broken after 「……表示，茶厂成立」."""
    sure = [LineProbs(headline=0.02, subheading=0.95, caption=0.0, body=0.03)] * 40
    fairly = [LineProbs(headline=0.2, subheading=0.8, caption=0.0, body=0.0)] * 40
    assert is_subheading(*_around(LIBRARY, "青石茶厂1958年成立", MORE_LIBRARY), sure)
    assert not is_subheading(*_around(LIBRARY, "青石茶厂1958年成立", MORE_LIBRARY), fairly)
    assert not is_subheading(*_around(LIBRARY, "林晓表示，茶厂成立", MORE_LIBRARY), sure)


#: The association's report over two paragraphs: more text below than TOPIC_BREAK_MIN_CHARS.
ASSOCIATION_REPORT = ASSOCIATION + body(
    "成立大会上，二十多家企业与协会会员签订了合作意向，县人社局为协会送来首批创业培训名额。",
    "会长何春生表示，协会下一步将在各乡镇设立联络站，每季度举办一次返乡青年创业沙龙，帮助会员对接订单。",
)


def test_a_heading_over_a_text_sharing_nothing_with_the_text_above_is_a_title_unless_the_classifier_is_sure():
    """「讲座办到家门口」 between the library's text and a report of an association founded: the text
    below shares almost none of its character pairs with the text above (SUBHEADING_TOPIC_BREAK),
    so another article begins under the heading, though it is shaped as a sub-heading and the
    classifier, in two minds, leaves the width rules to decide; so too where blank lines mark
    blocks. Sure of a sub-heading, the classifier keeps it one; over fewer characters than
    TOPIC_BREAK_MIN_CHARS the test is not made, and over text that goes on with the library's
    matter the heading stays a sub-heading."""
    from banmian.segment.headingtopics import TOPIC_BREAK_MIN_CHARS

    in_two_minds = [LineProbs(headline=0.45, subheading=0.5, caption=0.0, body=0.05)] * 40
    sure = [LineProbs(headline=0.05, subheading=0.9, caption=0.0, body=0.05)] * 40
    assert len("".join(ASSOCIATION)) < TOPIC_BREAK_MIN_CHARS <= len("".join(ASSOCIATION_REPORT))
    assert not is_subheading(*_around(LIBRARY, "讲座办到家门口", ASSOCIATION_REPORT), in_two_minds)
    assert is_subheading(*_around(LIBRARY, "讲座办到家门口", ASSOCIATION_REPORT), sure)
    assert is_subheading(*_around(LIBRARY, "讲座办到家门口", ASSOCIATION), in_two_minds)
    shorter = ASSOCIATION_REPORT[: len(ASSOCIATION) + 3]  # about 120 characters: still too few
    assert len("".join(ASSOCIATION)) + 20 < len("".join(shorter)) < TOPIC_BREAK_MIN_CHARS
    assert is_subheading(*_around(LIBRARY, "讲座办到家门口", shorter), in_two_minds)
    assert not is_subheading(*_around(LIBRARY, "讲座办到家门口", ASSOCIATION_REPORT), in_two_minds, blocks_marked=True)
    assert is_subheading(*_around(LIBRARY, "讲座办到家门口", MORE_LIBRARY + ASSOCIATION), in_two_minds)


#: A report of the river's cleaning, sharing no character pair with the library's text.
RIVER_REPORT = body(
    "青石镇今年投入八十万元整治河道，清理淤泥三千多方，沿岸新栽柳树五百株。",
    "镇水利站站长何春生说，汛期前还要加固两处堤坝，确保下游农田和村庄安全度汛。",
    "河道整治后，岸边的空地修成了步道，附近村民傍晚常来散步，河水也比往年清亮了许多。",
    "下一步，青石镇将把河道保洁交给沿河各村，每村配一名保洁员，垃圾当天清运，河面不见漂浮物。",
)


def test_a_heading_the_classifier_is_sure_of_is_a_title_over_a_text_sharing_next_to_nothing():
    """The classifier reads the heading alone; sure of a sub-heading, it is overruled only where
    TOPIC_BREAK_MIN_CHARS characters or more either side share under SURE_SUBHEADING_TOPIC_BREAK of
    the pairs below: the river's report under the library's two paragraphs. Over the association's
    report, which shares a few pairs with the library's text, or under the library's first paragraph alone,
    too short to tell, the classifier keeps its sub-heading."""
    from banmian.segment.headingtopics import SURE_SUBHEADING_TOPIC_BREAK, TOPIC_BREAK_MIN_CHARS, topic_texts
    from banmian.segment.intext import topic_carry

    sure = [LineProbs(headline=0.05, subheading=0.9, caption=0.0, body=0.05)] * 60
    library = LIBRARY + MORE_LIBRARY
    assert len("".join(LIBRARY)) < TOPIC_BREAK_MIN_CHARS <= min(len("".join(library)), len("".join(RIVER_REPORT)))
    assert not is_subheading(*_around(library, "讲座办到家门口", RIVER_REPORT), sure)
    assert is_subheading(*_around(LIBRARY, "讲座办到家门口", RIVER_REPORT), sure)
    above, below = topic_texts(*_around(library, "讲座办到家门口", ASSOCIATION_REPORT)[::2])
    assert topic_carry(above, below) >= SURE_SUBHEADING_TOPIC_BREAK
    assert is_subheading(*_around(library, "讲座办到家门口", ASSOCIATION_REPORT), sure)


#: A tea festival's report and, under the title the paper drew after it, a road's: the road's
#: report names the town, its tea farmers and visitors, and so shares a few of the festival's pairs.
FESTIVAL = body(
    "青石镇第三届茶文化节昨天在镇文化广场开幕，来自周边县市的四十多家茶企参加展销，开幕当天接待游客两万多人次。",
    "茶文化节为期三天，设有斗茶比赛、采茶体验和非遗制茶技艺展示等活动，镇上的民宿提前一周就已订满。",
    "镇长林晓说，青石镇将借茶文化节的人气，推动茶叶种植和乡村旅游一起发展，让茶农的腰包鼓起来。",
)
ROAD_REPORT = body(
    "白沙乡至县城的公路改造工程近日完工，全长十二公里，路面由原来的四米拓宽到七米，沿线设置了错车道和护栏。",
    "工程于去年十月开工，施工单位克服雨季影响，比原计划提前一个月通车，沿线五个村的茶农出行时间缩短了一半。",
    "县交通运输局副局长何春生介绍，下一步还将在青石镇设置公交站点，方便游客和周边群众出行，也方便孩子们上学。",
)

#: The road's report opening on the festival: its lead restates half the heading's pairs.
ROAD_AFTER_FESTIVAL = body(
    "文化节开幕后，白沙乡至县城的公路改造工程也已完工，全长十二公里，路面由原来的四米拓宽到七米，沿线设置了错车道和护栏。",
    "工程于去年十月开工，施工单位克服雨季影响，比原计划提前一个月通车，沿线五个村的村民出行时间缩短了一半。",
    "县交通运输局副局长何春生介绍，下一步还将在青石镇设置公交站点，方便游客和周边群众出行，也方便孩子们上学。",
)


def test_a_heading_restating_the_text_above_is_its_title_though_the_text_below_shares_some_words():
    """「青石镇茶文化节开幕」 restates the festival's opening and no word of the road's lead: the title
    drawn after its body, though the road's report carries a few pairs over (above MAX_TOPIC_CARRY,
    under SUBHEADING_TOPIC_CARRY). Not so for a heading the text above does not restate or a name
    (under TITLE_ABOVE_MIN_PAIRS pairs), nor where
    the lead below restates it too (more than
    TITLE_ABOVE_MAX_LEAD), over fewer characters than TOPIC_BREAK_MIN_CHARS, over a text going on
    with the festival's matter (SUBHEADING_TOPIC_CARRY or more), or for a heading holding a clause
    mark: a piece of a text line broken short may hold one."""
    from banmian.segment.headingtopics import (
        SUBHEADING_TOPIC_CARRY,
        TOPIC_BREAK_MIN_CHARS,
        titles_the_text_above,
        topic_texts,
    )
    from banmian.segment.intext import MAX_TOPIC_CARRY, topic_carry

    in_two_minds = [LineProbs(headline=0.45, subheading=0.5, caption=0.0, body=0.05)] * 60
    above, below = topic_texts(*_around(FESTIVAL, "青石镇茶文化节开幕", ROAD_REPORT)[::2])
    assert MAX_TOPIC_CARRY < topic_carry(above, below) < SUBHEADING_TOPIC_CARRY
    assert not is_subheading(*_around(FESTIVAL, "青石镇茶文化节开幕", ROAD_REPORT), in_two_minds)
    assert titles_the_text_above(*_around(FESTIVAL, "青石镇茶文化节开幕", ROAD_REPORT))
    assert not titles_the_text_above(*_around(FESTIVAL, "青石镇茶文化节、展销会开幕", ROAD_REPORT))
    assert not titles_the_text_above(*_around(FESTIVAL, "临江县秋季运动会落幕", ROAD_REPORT))  # not restated
    assert not titles_the_text_above(*_around(FESTIVAL, "镇长林晓", ROAD_REPORT))  # a name, restated by chance
    above, below = topic_texts(*_around(FESTIVAL, "青石镇茶文化节开幕", ROAD_AFTER_FESTIVAL)[::2])
    assert MAX_TOPIC_CARRY < topic_carry(above, below) < SUBHEADING_TOPIC_CARRY
    assert not titles_the_text_above(*_around(FESTIVAL, "青石镇茶文化节开幕", ROAD_AFTER_FESTIVAL))
    shorter = ROAD_REPORT[:-2]
    assert len("".join(shorter)) < TOPIC_BREAK_MIN_CHARS <= len("".join(ROAD_REPORT))
    assert not titles_the_text_above(*_around(FESTIVAL, "青石镇茶文化节开幕", shorter))
    # a report going on with the festival's farms and visitors: a section of the festival's article
    farms = ROAD_REPORT + body("沿线的民宿和茶企也盼着公路带来更多游客，推动茶叶种植和乡村旅游一起发展。")
    above, below = topic_texts(*_around(FESTIVAL, "青石镇茶文化节开幕", farms)[::2])
    assert topic_carry(above, below) >= SUBHEADING_TOPIC_CARRY
    assert not titles_the_text_above(*_around(FESTIVAL, "青石镇茶文化节开幕", farms))


def test_a_kicker_ending_on_a_verb_of_speech_over_a_line_makes_a_title_not_a_sub_heading():
    """「林晓馆长在读书月讲座上强调」/「多读书读好书」 between two texts on one matter: a kicker leading into
    the words of its title, which no sub-heading has, however well the text goes on across it. A
    heading whose opening comes back right after its verb (the paragraph under a sub-heading
    repeating it, taken into the heading) stays one."""
    from banmian.segment.subheadings import _speech_leads_into_title

    heading = ["林晓馆长在读书月讲座上强调", "多读书读好书"]
    lines = build_line_infos([*LIBRARY, *heading, *MORE_LIBRARY])
    k = len(LIBRARY)
    prev = Item(ItemKind.BODY, lines[:k], (Role.BODY,) * k)
    item = Item(ItemKind.HEADS, lines[k : k + 2], (Role.HEADING,) * 2)
    nxt = Item(ItemKind.BODY, lines[k + 2 :], (Role.BODY,) * len(MORE_LIBRARY))
    assert _subheading_shaped(item)
    assert not is_subheading(prev, item, nxt)
    assert is_subheading(*_around(LIBRARY, "多读书读好书", MORE_LIBRARY))
    repeated = build_line_infos(["林晓馆长在读书月讲座上表示", "林晓馆长在读书月讲座上"])
    assert not _speech_leads_into_title(Item(ItemKind.HEADS, tuple(repeated), (Role.HEADING,) * 2))
    # Over a paragraph that opens with the heading's words, the heading is its section's.
    section = wrap("林晓馆长在读书月讲座上强调多读书读好书，图书馆将为小读者开设周末故事会。", 13)
    lines = build_line_infos([*LIBRARY, *heading, *section])
    item = Item(ItemKind.HEADS, lines[k : k + 2], (Role.HEADING,) * 2)
    nxt = Item(ItemKind.BODY, lines[k + 2 :], (Role.BODY,) * len(section))
    assert is_subheading(Item(ItemKind.BODY, lines[:k], (Role.BODY,) * k), item, nxt)


def test_a_heading_under_a_text_announcing_a_document_is_that_documents_title():
    """「……刊出一篇文章，文章如下：」: the heading under it is the title of the document the
    article prints, a section of it, even one reporting an event (「……音乐会举办」), which
    otherwise heads the next article."""
    announcing = body("县委书记林晓日前在《临江日报》刊出一篇文章，文章如下：")
    page = banmian.parse(page_text(["林晓在临江日报刊文"], announcing, ["县迎春音乐会举办"], TEXT[4:]))
    assert len(page.articles) == 1
    assert page.articles[0].subheadings == ("县迎春音乐会举办",)


def test_a_short_label_over_a_sub_heading_is_a_sub_heading_of_its_own():
    """「茶农心声」 stops well short of the column, so the heading did not wrap there: a section's
    label over its heading, each a paragraph and a sub-heading of the article; a heading that fills
    the column goes on into its next line (one sub-heading wrapped)."""
    first, second = TEXT[:4], TEXT[4:]
    article = banmian.parse(page_text(["山村公路通到家门口"], first, ["茶农心声", "林晓：青石镇茶农"], second)).articles[0]
    assert article.subheadings == ("茶农心声", "林晓：青石镇茶农")
    assert [p.text for p in article.paragraphs][1:3] == ["茶农心声", "林晓：青石镇茶农"]
    from banmian.segment.build import _subheading_drafts

    assert [d.text for d in _subheading_drafts(_heads(STACKED[:2]), unwrapped=False)] == ["".join(STACKED[:2])]
    assert [d.text for d in _subheading_drafts(_heads(["茶农心声", "林晓：青石镇茶农"]), unwrapped=False)] == ["茶农心声", "林晓：青石镇茶农"]
    # A line as wide as the one under it is wrapped into it however short (a title set big).
    assert [d.text for d in _subheading_drafts(_heads(["路通了，茶", "兴了"]), unwrapped=False)] == ["路通了，茶兴了"]
