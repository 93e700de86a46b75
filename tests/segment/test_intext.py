"""Titles printed inside the running text (segment.intext): between the end of one article and the
body of the next, as pdfium prints a column in the PDF's drawing order, with no blank line, byline
or indent to set them apart."""

from __future__ import annotations

import banmian
from banmian.layout.lines import build_line_infos
from banmian.segment.intext import LEAD_CHARS, TOPIC_CHARS_ABOVE
from banmian.segment.roles import Role, assign_roles
from pagetext import body, wrap

LIBRARY = body(
    "县图书馆近日开展读书月活动，林晓馆长介绍，馆里新购图书两千册，设立了儿童阅览区和老年读者专座。",
    "读书月期间，图书馆每周六举办一场讲座，邀请本地作家分享写作经验，并组织小读者参加故事比赛。",
    column=13,
)
#: The next article's lead restates its title, and talks of other things than the library. Its
#: first line is short by the paragraph's indent, which pdfium drops without filling the gap.
ASSOCIATION = wrap(
    "县青年创业协会昨天在城东会展中心成立，何春生当选首任会长。协会现有会员一百二十名，多数从事电商、"
    "农产品加工和乡村旅游，将为返乡青年提供贷款咨询、技术培训和市场对接服务。",
    13,
)
#: The same lead with no shortfall left by its indent: nothing shows a paragraph opening there.
UNINDENTED_ASSOCIATION = wrap("".join(ASSOCIATION), 13, indent=0)


def between_articles(rows: list[str], start: int) -> bool:
    """Whether the in-text rule takes line ``start`` of ``rows`` (all body text) for a title. Asked
    directly where the line's shape alone (a plain line over a lead's short first line) makes the
    headline rules take it too."""
    from banmian.segment.intext import _between_articles

    return _between_articles(build_line_infos(rows), [Role.BODY] * len(rows), start, start + 1)


def test_a_title_between_two_articles_in_the_running_text_is_a_headline():
    """「……故事比赛。」/「县青年创业协会成立」/「县青年创业协会昨天……」: after a finished sentence, a
    line with no clause mark whose words the lead below restates, while the text below talks of
    other things than the text above, is the next article's title."""
    lines = build_line_infos([*LIBRARY, "县青年创业协会成立", *ASSOCIATION])
    roles = assign_roles(lines, learned=False)
    title = len(LIBRARY)
    assert roles[title] is Role.HEADING
    assert all(role is Role.BODY for role in roles[:title])
    assert all(role is Role.BODY for role in roles[title + 1 :])


def test_a_title_wrapped_over_two_lines_in_the_running_text_is_a_headline():
    """Set in a bigger type, the title's lines are of one width and hold no punctuation; the lead
    below restates them."""
    title_lines = ["县青年创业协会在城东会", "展中心成立何春生当会长"]
    lines = build_line_infos([*LIBRARY, *title_lines, *ASSOCIATION])
    roles = assign_roles(lines, learned=False)
    start = len(LIBRARY)
    assert roles[start] is Role.HEADING and roles[start + 1] is Role.HEADING
    assert roles[start + 2] is Role.BODY


def test_a_title_reporting_an_event_needs_fewer_of_its_words_restated():
    """「……服务平台在城东启动」 reports an event, a news title's shape: half its words restated by the
    lead are enough (a plain line needs MIN_RESTATEMENT)."""
    from banmian.segment.affinity import affinity, bigrams
    from banmian.segment.intext import LEAD_CHARS, MIN_EVENT_RESTATEMENT, MIN_RESTATEMENT

    title = "青年创业服务平台在城东启动"
    restated = affinity(bigrams(title), "".join(ASSOCIATION)[:LEAD_CHARS])
    assert MIN_EVENT_RESTATEMENT <= restated < MIN_RESTATEMENT
    roles = assign_roles(build_line_infos([*LIBRARY, title, *ASSOCIATION]), learned=False)
    assert roles[len(LIBRARY)] is Role.HEADING


def test_a_kicker_leading_into_its_title_with_a_dash_needs_fewer_of_its_words_restated():
    """「城东会展中心迎来新协会——」/「返乡青年有了创业“娘家”」: a kicker's dash leads into a title, a
    news headline's shape that no paragraph's first lines take, so it counts as an event's title does."""
    from banmian.segment.affinity import affinity, bigrams
    from banmian.segment.intext import LEAD_CHARS, MIN_EVENT_RESTATEMENT, MIN_RESTATEMENT

    kicker, title = "城东会展中心迎来新协会——", "返乡青年有了创业“娘家”"
    restated = affinity(bigrams(kicker + title), "".join(ASSOCIATION)[:LEAD_CHARS])
    assert MIN_EVENT_RESTATEMENT <= restated < MIN_RESTATEMENT
    roles = assign_roles(build_line_infos([*LIBRARY, kicker, title, *ASSOCIATION]), learned=False)
    assert roles[len(LIBRARY)] is Role.HEADING and roles[len(LIBRARY) + 1] is Role.HEADING


def test_the_page_reads_as_two_articles():
    page = banmian.parse("\n".join([*LIBRARY, "县青年创业协会成立", *ASSOCIATION]) + "\n")
    titles = [a.title.text if a.title else None for a in page.articles]
    assert "县青年创业协会成立" in titles
    assert len(page.articles) == 2


def test_a_paragraph_start_of_the_same_article_stays_text():
    """A plain first line after a finished sentence whose paragraph goes on with the same library
    is text: the topic does not change there."""
    more = wrap(
        "林晓馆长说读书月期间图书馆每天开放到晚上九点，小读者在儿童阅览区可以参加故事比赛，"
        "作家讲座每周六在图书馆举办，老年读者专座旁还摆放了新购的大字版图书。",
        13,
        indent=0,
    )
    lines = build_line_infos([*LIBRARY, *more])
    roles = assign_roles(lines, learned=False)
    assert more[0] == "林晓馆长说读书月期间图书馆"
    assert all(role is Role.BODY for role in roles)


def test_a_line_whose_word_runs_into_the_next_is_text():
    """「……协会副」/「会长……」: the line's last word runs across the break; no title ends so."""
    lines = build_line_infos([*LIBRARY, "县青年创业协会选出副", *wrap("会长何春生，协会现有会员一百二十名，多数从事电商、农产品加工和乡村旅游。", 13, indent=0)])
    roles = assign_roles(lines, learned=False)
    assert all(role is Role.BODY for role in roles)


def test_a_title_after_a_briefs_credit_broken_over_two_lines_is_a_headline():
    """「……故事比赛。（林晓 何春」/「生）」: the brief above ends with its authors' credit, broken over
    two lines; the next article's title may follow it as it follows a sentence's end."""
    credit = [LIBRARY[-1] + "（林晓 何春", "生）"]
    lines = build_line_infos([*LIBRARY[:-1], *credit, "县青年创业协会成立", *ASSOCIATION])
    roles = assign_roles(lines, learned=False)
    title = len(LIBRARY) + 1
    assert lines[title].text == "县青年创业协会成立"
    assert roles[title] is Role.HEADING


LONG_LEAD = body("县图书馆读书月开幕，林晓馆长介绍，今年的读书月以“书香临江”为主题。")
LONG_REST = body(
    "本地作家王明远受邀作了题为《写作与生活》的讲座，他结合自己三十年的创作经历，讲述了如何从日常见闻中寻找素材，"
    "现场座无虚席，不少年轻人专程从外地赶来，讲座结束后还排起长队请他签名留念。",
    "儿童阅览区里，志愿者带着孩子们做手工、讲故事、猜灯谜，家长们也在一旁的长椅上安静地看报纸、翻杂志，"
    "不少家庭一待就是一个下午，有的孩子临走时还舍不得离开，约好下周六再来。",
    "老年读者专座旁新添了放大镜和老花镜，工作人员每天上午还会为行动不便的老人送书上门，"
    "社区里的老人们说，现在不出门也能看到新出版的大字版小说和养生保健方面的杂志了。",
    "馆里还开通了夜间自助借还，居民凭身份证就能在门口的机器上办理，"
    "上班族下班后顺路就能还上一周前借走的杂志，再挑几本新到的小说带回家慢慢看。",
    "据统计，开幕以来每天到馆的读者比平时多了三成，借出的图书比去年同期翻了一番，"
    "不少读者在留言簿上写下感想，希望这样的活动每年都办，并且办得更久一些。",
)


def test_a_title_drawn_after_a_long_body_restates_its_lead_far_above():
    """A title printed after its body restates the body's lead, which stands several paragraphs up:
    the text above is read back to the article's start for it, not only the paragraphs nearby."""
    lines = build_line_infos([*LONG_LEAD, *LONG_REST, "县图书馆读书月开幕", *ASSOCIATION])
    roles = assign_roles(lines)
    title = len(LONG_LEAD) + len(LONG_REST)
    assert len("".join([*LONG_LEAD, *LONG_REST])) > TOPIC_CHARS_ABOVE  # the lead's start lies beyond it
    assert roles[title] is Role.HEADING


def test_where_blank_lines_mark_blocks_a_title_opening_a_block_is_a_headline():
    """pdftotext ends each text block with a blank line: a title set in its column's width over its
    body's lead opens a block, and the text of the block before it passes over the blank line."""
    title_lines = ["县青年创业协会在城东会", "展中心成立何春生当会长"]
    rows = [*LIBRARY, "", *title_lines, *ASSOCIATION[:4], "", *ASSOCIATION[4:]]
    roles = assign_roles(build_line_infos(rows), learned=False)
    start = len(LIBRARY) + 1
    assert roles[start] is Role.HEADING and roles[start + 1] is Role.HEADING
    assert roles[start + 2] is Role.BODY


def test_where_blank_lines_mark_blocks_a_block_opening_on_a_paragraph_stays_text():
    """The block's first line is its paragraph's, two characters short of the column (the indent the
    extractor dropped), and runs on in the line below: no title, however the text changes topic."""
    opening = wrap("县青年创业协会昨天成立何春生当选首任会长，协会将为返乡青年提供服务。", 13)
    assert len(opening[0]) == 11 and "，" not in opening[0]  # a phrase the lead below restates
    rows = [*LIBRARY, "", *opening, *ASSOCIATION]
    roles = assign_roles(build_line_infos(rows), learned=False)
    assert all(role is not Role.HEADING for role in roles)


def test_where_blank_lines_mark_blocks_a_line_inside_a_block_is_no_candidate():
    """Where the extractor marks blocks, a headline stands in a block of its own or opens one: a
    line inside a block, after a finished sentence, stays text even when it restates the lead."""
    rows = [*LIBRARY[:3], "", *LIBRARY[3:], "县青年创业协会成立", *ASSOCIATION, ""]
    roles = assign_roles(build_line_infos(rows), learned=False)
    assert roles[len(LIBRARY) + 1] is Role.BODY


def test_where_blank_lines_mark_blocks_a_title_may_follow_a_block_broken_off_mid_sentence():
    """A column's last block may stop mid-sentence, its text going on in another column: the title
    opening the next block is still one."""
    title_lines = ["县青年创业协会在城东会", "展中心成立何春生当会长"]
    rows = [*LIBRARY, "读书月的活动安排如下：", "", *title_lines, *ASSOCIATION[:4], "", *ASSOCIATION[4:]]
    roles = assign_roles(build_line_infos(rows), learned=False)
    start = len(LIBRARY) + 2
    assert roles[start] is Role.HEADING and roles[start + 1] is Role.HEADING


def _indented(*paragraphs: str) -> list[str]:
    """Paragraphs whose printed indent the extractor kept (two ideographic spaces)."""
    out: list[str] = []
    for paragraph in paragraphs:
        lines = wrap(paragraph, 13)
        out.extend(["\u3000\u3000" + lines[0], *lines[1:]])
    return out


INDENTED_LIBRARY = _indented(
    "县图书馆近日开展读书月活动，林晓馆长介绍，馆里新购图书两千册，设立了儿童阅览区和老年读者专座。",
    "读书月期间，图书馆每周六举办一场讲座，邀请本地作家分享写作经验，并组织小读者参加故事比赛。",
)
INDENTED_ASSOCIATION = _indented(
    "县青年创业协会昨天在城东会展中心成立，何春生当选首任会长。协会现有会员一百二十名，多数从事电商、"
    "农产品加工和乡村旅游，将为返乡青年提供贷款咨询、技术培训和市场对接服务。",
)


def test_where_indents_survive_an_unindented_line_above_an_indented_one_is_a_headline():
    """「……故事比赛。」/「山村里来了一群致富带头人」/「　　县青年创业协会……」: where the extractor kept
    the paragraphs' indents, a line after a finished sentence that is not indented opens no
    paragraph, and one above an indented line ends none: a heading, though the line classifier takes
    it for text and the lead restates few of its words."""
    from banmian.segment.affinity import affinity, bigrams
    from banmian.segment.intext import LEAD_CHARS, MIN_EVENT_RESTATEMENT

    title = "山村里来了一群致富带头人"
    assert affinity(bigrams(title), "".join(INDENTED_ASSOCIATION)[:LEAD_CHARS]) < MIN_EVENT_RESTATEMENT
    lines = build_line_infos([*INDENTED_LIBRARY, title, *INDENTED_ASSOCIATION])
    roles = assign_roles(lines)  # the line classifier takes it for text
    start = len(INDENTED_LIBRARY)
    assert roles[start] is Role.HEADING
    assert all(role is Role.BODY for k, role in enumerate(roles) if k != start)


def test_where_indents_survive_a_kicker_over_a_title_of_two_lines_is_a_headline():
    """「……故事比赛。」/「县里青年有了新家」/「青年创业协会在城东会」/「展中心成立何春生当会长」/「　　县青年
    创业协会……」: three unindented lines between a finished sentence and an indented line (a kicker
    over a title wrapped over two lines) are a headline where the page keeps its indents; two at
    most where it does not."""
    from banmian.segment.intext import MAX_IN_TEXT_TITLE_LINES, mark_in_text_titles

    headline = ["县里青年有了新家", "青年创业协会在城东会", "展中心成立何春生当会长"]
    assert len(headline) > MAX_IN_TEXT_TITLE_LINES
    lines = build_line_infos([*INDENTED_LIBRARY, *headline, *INDENTED_ASSOCIATION])
    roles = [Role.BODY] * len(lines)
    mark_in_text_titles(lines, roles, indents=True)
    start = len(INDENTED_LIBRARY)
    assert [roles[k] for k in range(start, start + 4)] == [Role.HEADING] * 3 + [Role.BODY]
    roles = [Role.BODY] * len(lines)
    mark_in_text_titles(lines, roles, indents=False)
    assert roles[start : start + 3] != [Role.HEADING] * 3  # without the indent cue, two lines at most


def test_where_indents_survive_three_lines_over_an_unindented_line_are_no_headline():
    """A title of two lines over its lead's first line, none of them indented (OCR and some dumps
    lose a paragraph's indent): only the title is taken, not the lead's line with it, though the
    lead restates all three."""
    from banmian.segment.intext import mark_in_text_titles

    title = ["县青年创业协会在城东会", "展中心成立何春生当会长"]
    lead = [
        "县青年创业协会成立大会昨天",
        *wrap("在城东会展中心举行。县青年创业协会在城东会展中心成立，何春生当选会长，协会成立大会由林晓主持。", 13, indent=0),
    ]
    lines = build_line_infos([*INDENTED_LIBRARY, *title, *lead, *INDENTED_ASSOCIATION[1:]])
    roles = [Role.BODY] * len(lines)
    mark_in_text_titles(lines, roles, indents=True)
    start = len(INDENTED_LIBRARY)
    assert [roles[k] for k in range(start, start + 3)] == [Role.HEADING, Role.HEADING, Role.BODY]


def test_where_indents_survive_an_unindented_line_running_on_stays_text():
    """The same line over an unindented line is a paragraph's line like any other: the indent cue
    says nothing there, and the lead does not restate it."""
    title = "山村里来了一群致富带头人"
    rest = wrap("县青年创业协会昨天在城东会展中心成立，何春生当选首任会长。", 13, indent=0)
    lines = build_line_infos([*INDENTED_LIBRARY, title, *rest, *INDENTED_ASSOCIATION[1:]])
    roles = assign_roles(lines)
    assert roles[len(INDENTED_LIBRARY)] is Role.BODY


def test_a_title_under_a_briefs_credit_needs_fewer_of_its_words_restated():
    """「……故事比赛。（林晓 何春生）」/「城东会展中心迎来青年之家」: the credit ends the brief above for
    certain, so a title the lead restates in part (MIN_RESTATEMENT_AFTER_CREDIT) is taken; after a
    plain sentence's end the same line stays text."""
    from banmian.segment.affinity import affinity, bigrams
    from banmian.segment.intext import MIN_RESTATEMENT, MIN_RESTATEMENT_AFTER_CREDIT

    title = "城东会展中心迎来青年之家"
    restated = affinity(bigrams(title), "".join(ASSOCIATION)[:LEAD_CHARS])
    assert MIN_RESTATEMENT_AFTER_CREDIT <= restated < MIN_RESTATEMENT
    credited = [*LIBRARY[:-1], LIBRARY[-1] + "（林晓 何春生）"]
    roles = assign_roles(build_line_infos([*credited, title, *ASSOCIATION]), learned=False)
    assert roles[len(credited)] is Role.HEADING
    # Over a lead whose indent left no short line: over an opening, a plain end asks less too
    # (MIN_RESTATEMENT_OVER_OPENING).
    lead = UNINDENTED_ASSOCIATION
    assert between_articles([*credited, title, *lead], len(credited))
    assert not between_articles([*LIBRARY, title, *lead], len(LIBRARY))


def test_a_title_line_set_with_quotes_is_not_a_paragraphs_short_first_line():
    """A wrapped title's first line that holds quotation marks is as wide as its second once the
    marks count full, not an em short like a paragraph's first line with its indent dropped."""
    from banmian.segment.intext import paragraph_start_shaped

    title = build_line_infos(["临江“三园两带”建设见效", "沿岸村民家家喝上了放心水"] + ["县里今年新修农村公路一百"] * 6)
    assert title[1].width - title[0].width >= 1  # half-width marks make the first line look short
    assert not paragraph_start_shaped(title[0], title[1])
    opening = build_line_infos(["林晓在会上介绍了", "全县今年新修农村公路的"] + ["县里今年新修农村公路一百"] * 6)
    assert paragraph_start_shaped(opening[0], opening[1])


def test_a_title_whose_second_line_runs_past_the_column_is_no_paragraph_opening():
    """A short line over one wider than the column's text (「县青年创业协会」/「在城东会展中心成立何春生当
    会长」, 15 em over a 13-em column) is a title set on a wider measure, not a paragraph's indented
    first line over a full one: between two articles it is a headline."""
    from banmian.segment.intext import OVERRUN_FILL, paragraph_start_shaped

    title_lines = ["县青年创业协会", "在城东会展中心成立何春生当会长"]
    lines = build_line_infos([*LIBRARY, *title_lines, *ASSOCIATION])
    start = len(LIBRARY)
    assert lines[start + 1].fill > OVERRUN_FILL
    assert not paragraph_start_shaped(lines[start], lines[start + 1])
    roles = assign_roles(lines, learned=False)
    assert roles[start] is Role.HEADING and roles[start + 1] is Role.HEADING
    assert roles[start + 2] is Role.BODY
    # The same short line over a line of the column's width opens a paragraph.
    opening = build_line_infos([*LIBRARY, "县青年创业协会", "在城东会展中心成立何春", *ASSOCIATION])
    assert paragraph_start_shaped(opening[start], opening[start + 1])


def test_a_title_restating_little_between_two_unrelated_texts_over_an_opening_is_a_headline():
    """「……故事比赛。」/「返乡路上好帮手」/「县青年创业协会……」: the text either side shares no character
    pair, and the line below opens a paragraph (short by its indent) while the run does not: two
    articles meet there, so the run is a title, though its lead restates one pair of its six. With
    a text below that goes on with the library's words, the same line stays text."""
    from banmian.segment.intext import UNRESTATED_MAX_CARRY, topic_carry

    title = "返乡路上好帮手"
    lines = build_line_infos([*LIBRARY, title, *ASSOCIATION])
    assert topic_carry("".join(LIBRARY), "".join(ASSOCIATION)) < UNRESTATED_MAX_CARRY
    assert assign_roles(lines, learned=False)[len(LIBRARY)] is Role.HEADING
    library_again = wrap("图书馆还将举办读书月讲座，邀请本地作家分享写作经验，组织小读者参加故事比赛和读书分享会。", 13)
    assert between_articles([*LIBRARY, title, *ASSOCIATION], len(LIBRARY))
    assert not between_articles([*LIBRARY, title, *library_again], len(LIBRARY))


def test_a_title_listing_names_with_a_pause_mark_is_a_headline_when_it_reports_an_event():
    """「、」 joins the names a title lists (「县青年、妇女创业协会成立」); a line of text listing names
    so, with no event reported, stays text."""
    lines = build_line_infos([*LIBRARY, "县青年、妇女创业协会成立", *ASSOCIATION])
    assert assign_roles(lines, learned=False)[len(LIBRARY)] is Role.HEADING
    assert not between_articles([*LIBRARY, "县青年、妇女创业协会会员", *ASSOCIATION], len(LIBRARY))


def test_where_blank_lines_mark_blocks_a_title_under_a_kicker_block_needs_its_lead_to_restate_it():
    """「返乡青年有了自己的“娘家”」 set in a block of its own, the title opening the block of its text:
    no text above the title tells a change of topic, so its lead alone must restate it; a line
    that the lead restates too little stays text, and so does a paragraph's first line."""
    from banmian.segment.intext import _between_articles

    def title_under_kicker(title: str, blocks_marked: bool) -> bool:
        rows = ["返乡青年有了自己的“娘家”", "", title, *ASSOCIATION]
        roles = [Role.HEADING, Role.BLANK, *[Role.BODY] * (len(rows) - 2)]
        return _between_articles(build_line_infos(rows), roles, 2, 3, blocks_marked)

    assert title_under_kicker("县青年创业协会在城东会成立", blocks_marked=True)
    assert not title_under_kicker("县青年创业协会在城东会成立", blocks_marked=False)  # no text above
    assert not title_under_kicker("山村里来了致富带头人", blocks_marked=True)
    # Two em short of the column: a paragraph's first line whose indent the extractor dropped.
    assert not title_under_kicker("县青年创业协会在城东会", blocks_marked=True)


#: Restates about half its words in the library's text above it (between
#: MIN_RESTATEMENT_OVER_OPENING and MIN_RESTATEMENT), and fills the column but an em.
TITLE_OVER_OPENING = "读书月里小读者忙着听讲座"


def test_a_title_over_a_paragraphs_opening_needs_fewer_of_its_words_restated():
    """「……故事比赛。」/「读书月里小读者忙着听讲座」/「县青年创业协会昨天在城」: the line below is short by
    the indent and ends no sentence, so a paragraph opens there, and the line over it, not short
    by an indent itself, ends no sentence: it opens no paragraph and ends none. Half its words
    restated is enough (MIN_RESTATEMENT_OVER_OPENING), where the line classifier reads it as text."""
    from banmian.segment.affinity import affinity, bigrams
    from banmian.segment.intext import MIN_RESTATEMENT, MIN_RESTATEMENT_OVER_OPENING

    restated = affinity(bigrams(TITLE_OVER_OPENING), "".join(LIBRARY))
    assert MIN_RESTATEMENT_OVER_OPENING <= restated < MIN_RESTATEMENT
    rows = [*LIBRARY, TITLE_OVER_OPENING, *ASSOCIATION]
    assert between_articles(rows, len(LIBRARY))
    roles = assign_roles(build_line_infos(rows))
    assert roles[len(LIBRARY)] is Role.HEADING
    assert all(role is Role.BODY for role in roles[len(LIBRARY) + 1 :])


#: The association's lead, unindented, with a word of TITLE_OVER_OPENING's in it (讲座).
LECTURE_ASSOCIATION = wrap(
    "县青年创业协会昨天在城东会展中心举办创业讲座，何春生当选首任会长。协会现有会员一百二十名，多数从事"
    "电商、农产品加工和乡村旅游，将为返乡青年提供贷款咨询、技术培训和市场对接服务。",
    13,
    indent=0,
)


def test_a_line_over_a_full_line_or_a_finished_one_needs_all_its_words_restated():
    """Over a full line, or over a short one that ends a sentence (the last line of the paragraph
    the line above may go on), nothing shows a paragraph opening below: the plain rule's share,
    where the lead below restates any of the line's words (TITLE_RESTATEMENT_ABOVE_ALONE else: the
    line restates 0.455 of its pairs above, a pair over that share)."""
    full_below = [*LIBRARY, TITLE_OVER_OPENING, *LECTURE_ASSOCIATION]
    assert not between_articles(full_below, len(LIBRARY))
    finished_below = [*LIBRARY, TITLE_OVER_OPENING, "县里新修的公路已通车。", *LECTURE_ASSOCIATION]
    assert not between_articles(finished_below, len(LIBRARY))


def test_a_line_short_by_the_indent_over_an_opening_needs_all_its_words_restated():
    """A line short of its column by the indent may open a one-line paragraph itself."""
    short = TITLE_OVER_OPENING[1:-1] + "座"
    assert len(short) == len(TITLE_OVER_OPENING) - 1
    assert not between_articles([*LIBRARY, short, *ASSOCIATION], len(LIBRARY))


def test_where_blank_lines_mark_blocks_a_title_over_an_opening_needs_all_its_words_restated():
    """pdftotext's blocks: a block's first line over a short one is read by the block rules alone
    (seed 1005's pdftotext pages lost articles when a block's first line asked less here)."""
    from banmian.segment.intext import _between_articles

    rows = [*LIBRARY, "", TITLE_OVER_OPENING, *ASSOCIATION]
    start = len(LIBRARY) + 1
    lines = build_line_infos(rows)
    roles = [Role.BODY] * len(rows)
    assert not _between_articles(lines, roles, start, start + 1, blocks_marked=True)


def test_a_title_that_a_column_tag_closes_may_hold_commas(monkeypatch):  # noqa: ANN001
    """「读书月，小读者听讲座（书香）」 after a finished sentence, over the next article's opening: a
    column tag closes it, so its comma separates a title's clauses. Without the tag, or with a
    semicolon, or after a photographer's credit (a picture agency's bracket), this rule leaves the
    line text. (Without the tag, set short over a paragraph's opening, the classifier's combination
    keeps it a headline by another rule, segment.learnedroles._over_paragraph_opening, turned off
    here.)"""
    import banmian.segment.learnedroles as learnedroles
    from banmian.segment.intext import _tagged_title_line

    monkeypatch.setattr(learnedroles, "_over_paragraph_opening", lambda *args: False)

    def role_of(title: str) -> Role:
        return assign_roles(build_line_infos([*LIBRARY, title, *ASSOCIATION]))[len(LIBRARY)]

    assert role_of("读书月，小读者听讲座（书香）") is Role.HEADING
    assert role_of("读书月，小读者听讲座") is Role.BODY
    assert role_of("读书月；小读者听讲座（书香）") is Role.BODY
    assert not _tagged_title_line(build_line_infos(["读书月，林晓摄影报道（书香）"])[0])


def test_a_line_over_an_opening_restating_too_little_stays_text():
    """Over a paragraph's opening a run still restates MIN_RESTATEMENT_OVER_OPENING of its words or
    more: 「秋风送爽稻谷飘香满田野」 restates nothing of the library's text or the association's."""
    from banmian.segment.affinity import affinity, bigrams
    from banmian.segment.intext import MIN_RESTATEMENT_OVER_OPENING

    unrelated = "秋风送爽稻谷飘香满田野"
    pairs = bigrams(unrelated)
    assert max(affinity(pairs, "".join(LIBRARY)), affinity(pairs, "".join(ASSOCIATION))) < MIN_RESTATEMENT_OVER_OPENING
    assert not between_articles([*LIBRARY, unrelated, *ASSOCIATION], len(LIBRARY))


def test_a_title_drawn_after_its_body_restating_half_its_words_and_none_of_the_next_lead():
    """「县图书馆读书月办得红火」 after the library's text: half its character pairs come from the
    text above, none from the next article's lead, which talks of other things: the library
    article's title drawn after its body, though short of MIN_RESTATEMENT. A line restating as
    much above but some of the lead below, or less above, stays text."""
    start = len(LIBRARY)
    assert between_articles([*LIBRARY, "县图书馆读书月办得红火", *UNINDENTED_ASSOCIATION], start)
    assert not between_articles([*LIBRARY, "县图书馆读书月青年多", *UNINDENTED_ASSOCIATION], start)
    assert not between_articles([*LIBRARY, "图书馆办讲座迎春天", *UNINDENTED_ASSOCIATION], start)
    # Two pairs, one restated above: half its pairs by chance, too few to tell (TITLE_ABOVE_MIN_PAIRS).
    assert not between_articles([*LIBRARY, "读书乐", *UNINDENTED_ASSOCIATION], start)


def test_a_full_line_over_a_short_line_ending_a_sentence_is_that_sentences_start():
    """「县青年创业协会会长何春生」 fills its column and restates the lead below, but the short line
    under it ends a sentence (「在成立大会上说。」): the two close a paragraph, as a quotation's speaker
    does after it; a title's text opens under it with a paragraph's first line. Over the lead's
    own short first line it is the next article's title."""
    speaker = "县青年创业协会会长何春生"
    assert between_articles([*LIBRARY, speaker, *ASSOCIATION], len(LIBRARY))
    assert not between_articles([*LIBRARY, speaker, "在成立大会上说。", *ASSOCIATION], len(LIBRARY))
    # Two phrases ending on a full stop may be a slogan under a title; a short run ends no line of a
    # paragraph; a full line under the run ends no paragraph there.
    assert between_articles([*LIBRARY, speaker, "说，要敢于创业。", *ASSOCIATION], len(LIBRARY))
    assert between_articles([*LIBRARY, "何春生当选会长", "在成立大会上说。", *ASSOCIATION], len(LIBRARY))
    assert between_articles([*LIBRARY, speaker, "在成立大会上对全体会员们说。", *ASSOCIATION], len(LIBRARY))


def test_where_indents_survive_a_kicker_closed_by_its_speakers_colon_heads_the_title_below():
    """「……故事比赛。」/「县青年创业协会负责人：」/「为返乡青年搭好创业平台」/「　　县青年创业协会……」: the
    kicker gives the speaker of the title's words and closes on a colon, a clause mark no title line
    holds; where the page keeps its indents it is the run's first line all the same. A line of text
    ending on a colon, under which the paragraph it introduces opens indented, stays text."""
    from banmian.segment.intext import mark_in_text_titles

    headline = ["县青年创业协会负责人：", "为返乡青年搭好创业平台"]
    lines = build_line_infos([*INDENTED_LIBRARY, *headline, *INDENTED_ASSOCIATION])
    roles = [Role.BODY] * len(lines)
    mark_in_text_titles(lines, roles, indents=True)
    start = len(INDENTED_LIBRARY)
    assert [roles[k] for k in range(start, start + 3)] == [Role.HEADING] * 2 + [Role.BODY]
    assert all(role is Role.BODY for k, role in enumerate(roles) if not start <= k < start + 2)
    alone = build_line_infos([*INDENTED_LIBRARY, "林晓馆长在会上说：", *INDENTED_ASSOCIATION])
    roles = [Role.BODY] * len(alone)
    mark_in_text_titles(alone, roles, indents=True)
    assert all(role is Role.BODY for role in roles)
