"""Pieces of one article printed apart (pdftotext's layout order) rejoined in reading order.

A paragraph that runs across a column break is one paragraph again, its provenance listing the
runs of lines it came from.

Invented texts, wrapped at a 13-em column the way pdftotext prints them: blocks separated by
blank lines, each holding one column of one article.
"""

from __future__ import annotations

import banmian
from banmian.fields.wordbreak import breaks_word
from banmian.options import ParseOptions
from pagetext import headline, page, wrap

LIBRARY = (
    "近日，县图书馆新建的少儿阅览室正式对外开放，吸引了不少家长带着孩子前来借阅图书。"
    "阅览室面积约三百平方米，藏书两万余册，并配备了电子借阅设备和舒适的座椅，"
    "小读者可以在这里安静地阅读和学习。"
)
LIBRARY_TITLE = ("县图书馆：", "少儿阅览室开放")
CLEANUP = "本报讯（记者 林雨桐）连日来，城南社区组织志愿者走进老旧小区，帮助居民清理楼道杂物，修补破损的路面和围栏。"
CLEANUP_TITLE = ("城南社区：", "老旧小区换新颜")
#: Line (0-based) of the wrapped LIBRARY text that opens its second column: after it the word
#: 平方米 runs across the column break; before the other, no word does.
WORD_BREAK_AT = 4
PLAIN_BREAK_AT = 3


BUS = (
    "今年以来，市交通运输部门加快推进城乡公交一体化建设，新开通农村公交线路十二条，"
    "更新新能源公交车八十辆，沿线群众出行更加方便快捷。"
)
BUS_TITLE = ("城乡公交：", "线路通到家门口")
#: An article opening with its byline on the paragraph's first line.
PARK = "本报讯（记者 林晓）城西新建的滨河公园昨天开园，园内步道、花坛和儿童游乐区吸引了周边居民前来游玩，孩子们最爱草坪。"
#: A short paragraph set over a first column that holds no full stop, so that the column reads as
#: body text and not as a headline.
LEAD = "县图书馆今年已接待读者十余万人次。"


def _columns(at: int) -> tuple[list[str], list[str]]:
    lines = wrap(LIBRARY)
    return lines[:at], lines[at:]


def test_fixture_breaks_a_word_at_one_column_break_only():
    first, second = _columns(WORD_BREAK_AT)
    assert breaks_word(first[-1], second[0])
    first, second = _columns(PLAIN_BREAK_AT)
    assert not breaks_word(first[-1], second[0])


def test_second_column_printed_first_after_a_finished_article_goes_back_after_the_first():
    """The second column follows another article's last paragraph in the same run of blocks; the
    word across the column break takes it out of that run and puts it after its first column."""
    first, second = _columns(WORD_BREAK_AT)
    text = page(list(CLEANUP_TITLE), wrap(CLEANUP), second, list(LIBRARY_TITLE), first)
    articles = banmian.parse(text).articles
    by_title = {headline(a): a for a in articles if a.title}
    assert "".join([p.text for p in by_title["".join(LIBRARY_TITLE)].paragraphs]) == LIBRARY
    assert [p.text for p in by_title["".join(CLEANUP_TITLE)].paragraphs] == [CLEANUP.split("）", 1)[1]]


def test_a_join_with_a_word_across_it_keeps_the_articles_confidence():
    first, second = _columns(WORD_BREAK_AT)
    text = page(list(LIBRARY_TITLE), first, list(CLEANUP_TITLE), second, wrap(CLEANUP))
    library = _library(text)
    assert "".join([p.text for p in library.paragraphs]) == LIBRARY
    assert library.confidence > 0.5


def test_a_join_made_on_extraction_order_alone_lowers_the_articles_confidence():
    first, second = _columns(PLAIN_BREAK_AT)
    text = page(list(LIBRARY_TITLE), first, list(CLEANUP_TITLE), second, wrap(CLEANUP))
    library = _library(text)
    assert "".join([p.text for p in library.paragraphs]) == LIBRARY
    assert library.confidence <= 0.5


def test_a_paragraph_rejoined_across_the_column_break_is_one_paragraph_with_its_pieces():
    first, second = _columns(WORD_BREAK_AT)
    text = page(list(CLEANUP_TITLE), wrap(CLEANUP), second, list(LIBRARY_TITLE), first)
    [paragraph] = _library(text).paragraphs
    assert paragraph.text == LIBRARY
    lines = text.splitlines()
    pieces = paragraph.provenance.pieces
    assert ["".join(lines[p.first - 1 : p.last]) for p in pieces] == ["".join(first), "".join(second)]
    assert paragraph.provenance.lines.first == pieces[1].first and paragraph.provenance.lines.last == pieces[0].last


#: A paragraph whose last line holds two characters and a full stop, with the word 好评 across the
#: break before it: a column that opens with that line continues the column that ends with 好.
SHOWS = "今年以来，县文化馆组织文艺小分队深入乡村，为群众送去戏曲、歌舞等节目四十余场，受到村民的热烈欢迎和好评。"
SHOWS_NEXT = "下一步，县文化馆还将组织书画、摄影作品进村巡展。"
SHOWS_TITLE = ("县文化馆：", "文艺演出送下乡")


def test_a_column_opening_with_a_paragraphs_last_line_goes_back_after_the_column_it_ends():
    shows = wrap(SHOWS)
    assert breaks_word(shows[-2], shows[-1]) and shows[-1].endswith("。") and len(shows[-1]) < 4
    text = page(list(SHOWS_TITLE), shows[:-1], list(CLEANUP_TITLE), wrap(CLEANUP), [shows[-1], *wrap(SHOWS_NEXT)])
    by_title = {headline(a): a for a in banmian.parse(text).articles if a.title}
    assert [p.text for p in by_title["".join(SHOWS_TITLE)].paragraphs] == [SHOWS, SHOWS_NEXT]
    assert [p.text for p in by_title["".join(CLEANUP_TITLE)].paragraphs] == [CLEANUP.split("）", 1)[1]]


def test_a_column_is_cut_where_its_last_word_runs_into_a_block_printed_elsewhere():
    """The first column ends 「……和好」 and another article's column (no word across) was printed
    right after it; the block opening 「评。」 further down finishes the word, so the run is cut
    there and the foreign column stays apart."""
    shows = wrap(SHOWS)
    foreign = wrap(BUS)[2:]
    assert not breaks_word(shows[-2], foreign[0])
    text = page(list(SHOWS_TITLE), shows[:-1], foreign, list(CLEANUP_TITLE), wrap(CLEANUP), [shows[-1], *wrap(SHOWS_NEXT)])
    articles = banmian.parse(text).articles
    by_title = {headline(a): a for a in articles if a.title}
    assert [p.text for p in by_title["".join(SHOWS_TITLE)].paragraphs] == [SHOWS, SHOWS_NEXT]
    assert [p.text for p in by_title["".join(CLEANUP_TITLE)].paragraphs] == [CLEANUP.split("）", 1)[1]]
    assert any("".join(p.text for p in a.paragraphs) == "".join(foreign) for a in articles)


#: The rules' own confidences, which the confidence tests here are about (segment.calibration is
#: not applied).
RULE_CONFIDENCE = ParseOptions(calibrated_confidence=False)


def _library(text: str) -> banmian.Article:
    return next(a for a in banmian.parse(text, RULE_CONFIDENCE).articles if a.title and headline(a) == "".join(LIBRARY_TITLE))


def test_a_block_sharing_many_words_with_a_waiting_piece_is_cut_from_the_finished_article_before_it():
    """No word runs across the column break, but the block's words (图书, 阅览室, 借阅) are those of
    the first column waiting above, and none are those of the article it was printed after."""
    first, second = _columns(PLAIN_BREAK_AT)
    text = page(list(LIBRARY_TITLE), wrap(LEAD) + first, list(CLEANUP_TITLE), wrap(CLEANUP), second)
    articles = banmian.parse(text).articles
    by_title = {headline(a): a for a in articles if a.title}
    assert "".join([p.text for p in by_title["".join(LIBRARY_TITLE)].paragraphs]) == LEAD + LIBRARY
    assert [p.text for p in by_title["".join(CLEANUP_TITLE)].paragraphs] == [CLEANUP.split("）", 1)[1]]


def test_an_open_start_goes_to_the_waiting_piece_that_shares_its_words_not_the_first_one():
    bus_first = wrap("新建的公交站台已全部投用。") + wrap("".join(BUS))[:2]
    first, second = _columns(PLAIN_BREAK_AT)
    library_first = wrap(LEAD) + first
    text = page(list(BUS_TITLE), bus_first, list(LIBRARY_TITLE), library_first, list(CLEANUP_TITLE), second, wrap(CLEANUP))
    assert "".join([p.text for p in _library(text).paragraphs]) == LEAD + LIBRARY


def test_a_second_column_printed_before_its_first_joins_the_piece_that_shares_its_words():
    """No word runs across the break and no column waits before the second one: it goes to the
    open end printed after it whose text shares its words."""
    first, second = _columns(PLAIN_BREAK_AT)
    text = page(second, list(CLEANUP_TITLE), wrap(CLEANUP), list(LIBRARY_TITLE), wrap(LEAD) + first)
    library = next(a for a in banmian.parse(text, RULE_CONFIDENCE).articles if a.title and headline(a) == "".join(LIBRARY_TITLE))
    assert "".join([p.text for p in library.paragraphs]) == LEAD + LIBRARY
    assert library.confidence <= 0.5



#: An article set in two columns, its second printed by pdftotext right under LIBRARY's first.
FERRY = (
    "何春生介绍，渡口改造工程由镇政府统筹实施，新建候船亭两座，加装护栏一百余米，"
    "渡船全部更换为钢质船体，船工均已持证上岗，往来两岸的群众再也不用担心风浪了。"
)
FERRY_TITLE = ("石门渡口：", "改造完工迎客")
FERRY_BREAK_AT = 3


def test_a_column_stopping_mid_sentence_is_cut_from_a_foreign_column_printed_after_it():
    """No word runs across any of the junctions: the column printed after LIBRARY's first one
    opens mid-paragraph but repeats none of its words, while a block further down repeats many
    (图书, 阅览室, 借阅); the run is cut there, the foreign column goes back to its own first column
    and LIBRARY's goes on in that other block."""
    first, second = _columns(PLAIN_BREAK_AT)
    ferry = wrap(FERRY)
    foreign = ferry[FERRY_BREAK_AT:]
    assert not breaks_word(first[-1], foreign[0]) and not breaks_word(first[-1], second[0])
    assert not breaks_word(ferry[FERRY_BREAK_AT - 1], foreign[0])
    text = page(
        list(FERRY_TITLE),
        ferry[:FERRY_BREAK_AT],
        list(LIBRARY_TITLE),
        wrap(LEAD) + first,
        foreign,
        list(CLEANUP_TITLE),
        wrap(CLEANUP),
        second,
    )
    by_title = {headline(a): a for a in banmian.parse(text).articles if a.title}
    assert "".join([p.text for p in by_title["".join(LIBRARY_TITLE)].paragraphs]) == LEAD + LIBRARY
    assert "".join([p.text for p in by_title["".join(FERRY_TITLE)].paragraphs]) == FERRY


def test_a_column_ending_in_digits_that_measure_short_still_waits_for_its_next_column():
    """The first column's last line holds two runs of digits, counted narrower than a page in a
    Latin face prints them: it measures about 0.8 of the column yet stops mid-sentence, and the
    next column of its article, printed after another headline, goes back after it."""
    first = ["  县图书馆少儿阅览室开放以来，", "读者络绎不绝，小读者尤其多，", "这里9月借出图书3千册，"]
    second = ["举办亲子阅读活动四十余场，受", "到家长和孩子们的普遍欢迎。"]
    assert not breaks_word(first[-1], second[0])
    text = page(list(LIBRARY_TITLE), wrap(LEAD) + first, list(CLEANUP_TITLE), second, wrap(CLEANUP))
    library = _library(text)
    assert [p.text for p in library.paragraphs] == [
        LEAD,
        "县图书馆少儿阅览室开放以来，读者络绎不绝，小读者尤其多，这里9月借出图书3千册，"
        "举办亲子阅读活动四十余场，受到家长和孩子们的普遍欢迎。",
    ]


def test_a_column_ending_on_a_paragraphs_first_line_still_waits_for_its_next_column():
    """The first column's last line opens a paragraph: pdftotext drops its two-em indent, so the
    line measures under 0.85 of the column though the column ran out mid-sentence. Its next
    column, printed after another headline, goes back after it."""
    opening = "下一步，县图书馆还将为"
    rest = "小读者开设周末故事会，邀请志愿者讲述民间故事，培养孩子们的阅读兴趣。"
    first = [*wrap(LEAD), *wrap(LIBRARY), opening]
    second = wrap(rest, indent=0)
    assert len(opening) == 13 - 2 and len(second[0]) == 13 and not breaks_word(opening, second[0])
    text = page(list(LIBRARY_TITLE), first, list(CLEANUP_TITLE), second, wrap(CLEANUP))
    assert [p.text for p in _library(text).paragraphs] == [LEAD, LIBRARY, opening + rest]


def test_a_narrow_column_opening_with_a_full_line_of_enumeration_commas_continues_the_column_before_it():
    """In a 9-em column the second column's full first line holds two enumeration commas counted at
    half an em: it measures 8 em, under 0.9 of the column, yet is one em short at most, not the two
    of a paragraph's dropped indent. It goes back after the first column, not under the headline
    printed above it."""
    paragraph = "近日，阅览室新添置了一批新的少儿图书、报刊、玩具等物品，供小读者免费借阅，深受家长欢迎。"
    lines = wrap(paragraph, 9)
    first = [*wrap(LEAD, 9), *lines[:2]]
    second = lines[2:]
    assert second[0].count("、") == 2 and len(second[0]) == 9 and not breaks_word(first[-1], second[0])
    text = page(list(LIBRARY_TITLE), first, list(CLEANUP_TITLE), second, wrap(CLEANUP, 9))
    assert [p.text for p in _library(text).paragraphs] == [LEAD, paragraph]
    by_title = {headline(a): a for a in banmian.parse(text).articles if a.title}
    assert [p.text for p in by_title["".join(CLEANUP_TITLE)].paragraphs] == [CLEANUP.split("）", 1)[1]]


def test_a_foreign_column_cut_off_is_not_joined_back_before_the_column_that_shares_the_words():
    """LIBRARY's first column is cut from the foreign column printed after it (FERRY's second,
    whose first is not on the page); printed first, that column would go to the only open end
    waiting, LIBRARY's, though it shares none of its words. The column further down that shares
    many (图书, 阅览室) is paired with LIBRARY's end first, and the foreign column stays apart."""
    first, second = _columns(PLAIN_BREAK_AT)
    foreign = wrap(FERRY)[FERRY_BREAK_AT:]
    text = page(list(LIBRARY_TITLE), wrap(LEAD) + first, foreign, list(CLEANUP_TITLE), wrap(CLEANUP), second)
    articles = banmian.parse(text).articles
    assert "".join([p.text for p in _library(text).paragraphs]) == LEAD + LIBRARY
    assert [[p.text for p in a.paragraphs] for a in articles if not a.title] == [["".join(foreign)]]


def test_a_column_opening_with_quotes_that_measure_short_continues_the_column_before_it():
    """The second column's full first line holds a pair of quotes and a comma, counted at half an
    em where the page may print them full width: it measures under 0.9 of the column yet opens
    mid-sentence, and goes back after the first column, not under the headline printed above it."""
    first = ["  县图书馆少儿阅览室开放以来，", "读者络绎不绝，小读者尤其多，", "阅览室每逢周末还定期为他们"]
    second = ["举办“书香童年”活动，受到", "家长和孩子们的普遍欢迎。"]
    assert not breaks_word(first[-1], second[0])
    text = page(list(LIBRARY_TITLE), wrap(LEAD) + first, list(CLEANUP_TITLE), second, wrap(CLEANUP))
    assert [p.text for p in _library(text).paragraphs] == [
        LEAD,
        "县图书馆少儿阅览室开放以来，读者络绎不绝，小读者尤其多，阅览室每逢周末还定期为他们"
        "举办“书香童年”活动，受到家长和孩子们的普遍欢迎。",
    ]


def test_a_block_opening_with_a_byline_is_cut_from_the_column_it_follows():
    """A column stops mid-sentence and the block printed next opens with 「本报讯（记者 ……）」: an
    article's opening, which continues no other article's sentence. The run is cut there and the
    column goes on in its own next column, printed after the other article."""
    first, second = _columns(PLAIN_BREAK_AT)
    other = wrap(PARK)
    assert other[0].startswith("本报讯（记者 林晓）")
    text = page(list(LIBRARY_TITLE), wrap(LEAD) + first, other, second)
    articles = banmian.parse(text).articles
    library = next(a for a in articles if a.title and headline(a) == "".join(LIBRARY_TITLE))
    assert "".join([p.text for p in library.paragraphs]) == LEAD + LIBRARY
    assert any("".join([p.text for p in a.paragraphs]) == PARK.split("）", 1)[1] for a in articles)


def test_a_word_across_by_chance_gives_way_to_the_column_that_shares_the_pieces_words():
    """Two columns stop inside the same word's reach: 「……借阅图书的市」 and 「……帮助居」 both make a word
    with 「民清理楼道……」 (市民, 居民). That block repeats the second article's words (城南社区,
    志愿者, 老旧小区), not the first's: it goes on the second article, and the first article's own
    next column, which makes a word with it too, goes on the first."""
    library_first = ["近日，县图书馆新建的少", "儿阅览室正式对外开放，吸引", "了许多来阅览室借阅图书的市"]
    library_second = ["民和小读者，阅览室藏书两万", "余册，小读者可以在这里安静", "地阅读。"]
    cleanup_first = ["连日来，城南社区组织", "志愿者走进老旧小区，帮助居"]
    cleanup_second = ["民清理楼道杂物，城南社区的", "志愿者还修补了老旧小区破损", "的路面和围栏。"]
    fair = wrap("本报讯（记者 何春生）县文化馆书画展昨天开幕，展出作品八十余幅。")
    assert breaks_word(library_first[-1], cleanup_second[0]) and breaks_word(cleanup_first[-1], cleanup_second[0])
    assert breaks_word(library_first[-1], library_second[0])
    text = page(
        list(LIBRARY_TITLE),
        wrap(LEAD) + library_first,
        list(CLEANUP_TITLE),
        cleanup_first,
        ["县文化馆举办书画展"],
        fair,
        cleanup_second,
        library_second,
    )
    by_title = {headline(a): a for a in banmian.parse(text).articles if a.title}
    library = "".join([*library_first, *library_second])
    cleanup = "".join([*cleanup_first, *cleanup_second])
    assert "".join([p.text for p in by_title["".join(LIBRARY_TITLE)].paragraphs]) == LEAD + library
    assert "".join([p.text for p in by_title["".join(CLEANUP_TITLE)].paragraphs]) == cleanup


def test_a_block_opening_with_a_dateline_broken_before_its_date_ends_is_cut_too():
    """「本报临江5月3」/「日电（记者 林晓）……」: the agency and the date's first figures alone on the
    block's first line open an article as a whole dateline does."""
    first, second = _columns(PLAIN_BREAK_AT)
    other = ["本报临江5月3", *wrap("日电（记者 林晓）城西新建的滨河公园昨天开园，孩子们最爱草坪。", indent=0)]
    text = page(list(LIBRARY_TITLE), wrap(LEAD) + first, other, second)
    articles = banmian.parse(text).articles
    library = next(a for a in articles if a.title and headline(a) == "".join(LIBRARY_TITLE))
    assert "".join([p.text for p in library.paragraphs]) == LEAD + LIBRARY


#: An article that repeats its terms from column to column (县图书馆, 少儿阅览室, 小读者, 借阅).
READING = (
    "县图书馆少儿阅览室开放以来，少儿阅览室的小读者越来越多，县图书馆为少儿阅览室添置了新书架，"
    "少儿阅览室的小读者可以在新书架上找到喜欢的图书，县图书馆还为小读者开设了少儿阅览室借阅专窗，"
    "小读者借阅图书更方便了。"
)
READING_TITLE = ("县图书馆：", "小读者越来越多")


def test_a_second_column_printed_first_goes_to_the_later_column_sharing_many_words_not_a_waiting_one():
    """READING's second column is printed before its first, after FERRY's first column, which
    stops mid-sentence and waits: first come would give it to FERRY. It shares many of the words
    of READING's first column, printed after it, and none of FERRY's: it goes after READING's."""
    reading = wrap("本报讯（记者 林晓）" + READING)
    first, second = reading[:4], reading[4:]
    ferry = wrap(FERRY)[:FERRY_BREAK_AT]
    assert not breaks_word(first[-1], second[0]) and not breaks_word(ferry[-1], second[0])
    text = page(list(FERRY_TITLE), ferry, list(CLEANUP_TITLE), wrap(CLEANUP), second, list(READING_TITLE), first)
    by_title = {headline(a): a for a in banmian.parse(text).articles if a.title}
    assert "".join([p.text for p in by_title["".join(READING_TITLE)].paragraphs]) == READING
    assert "".join([p.text for p in by_title["".join(FERRY_TITLE)].paragraphs]) == "".join(ferry)


#: An article set under a byline line of its own (「本报记者 何春生」): pdftotext prints no indent,
#: so its full first line reads like a column going on mid-paragraph.
FERRY = (
    "青石镇渡口新建的候船亭近日投入使用，亭内安装了长凳和显示屏，"
    "过往群众候船时能遮风挡雨，还能随时查看班次信息，出行更加安心。"
)
FERRY_TITLE = ("青石镇：", "渡口候船亭投用")


def test_a_body_set_right_under_its_byline_line_opens_its_article():
    """The body under 「本报记者 何春生」 looks like a continued column (its first line is full);
    the byline line over it says it opens the article, so it is no continuation of the column
    printed before it that stops mid-sentence (its article goes on on another page)."""
    first, _ = _columns(PLAIN_BREAK_AT)
    ferry = wrap(FERRY, indent=0)
    text = page(list(LIBRARY_TITLE), first, [*FERRY_TITLE, "本报记者 何春生", *ferry])
    articles = banmian.parse(text).articles
    by_title = {headline(a): a for a in articles if a.title}
    assert [p.text for p in by_title["".join(FERRY_TITLE)].paragraphs] == [FERRY]
    assert by_title["".join(FERRY_TITLE)].authors == ("何春生",)
    assert [p.text for p in by_title["".join(LIBRARY_TITLE)].paragraphs] == ["".join(first)]


#: A column whose last line fills it and closes a sentence, and the column that goes on with the
#: paragraph, printed first on the page: they share many words (东山镇, 乡村道路, 拓宽了路面 …).
ROAD_COLUMN = ["东山镇今年对乡村道路进", "行改造，拓宽了路面，加装了", "护栏，修建了排水沟渠，安装", "了太阳能路灯和道路指示牌。"]
ROAD_GOES_ON = ["东山镇的村民说，拓宽了路面", "和加装了护栏的乡村道路走着", "更安全，排水沟渠和太阳能路", "灯也让乡村道路更好走了。"]
ROAD_TITLE = ("东山镇：", "乡村道路变了样")


def test_a_column_going_on_after_a_sentence_at_the_foot_joins_the_column_sharing_its_words():
    """No open end before the second column: the first column's full last line closes a sentence.
    The words the two share put the second after the first, in one paragraph."""
    text = page(ROAD_GOES_ON, list(ROAD_TITLE), ROAD_COLUMN, list(FERRY_TITLE), wrap(FERRY))
    articles = banmian.parse(text).articles
    by_title = {headline(a): a for a in articles if a.title}
    assert [p.text for p in by_title["".join(ROAD_TITLE)].paragraphs] == ["".join(ROAD_COLUMN + ROAD_GOES_ON)]
    assert [p.text for p in by_title["".join(FERRY_TITLE)].paragraphs] == [FERRY]
