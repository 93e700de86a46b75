"""Photo captions and their titles (segment.captionattach, segment.photos), on plans built from lines."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.affinity import affinity, bigrams
from banmian.segment.captionattach import CAPTION_RESTATES_TITLE, attach_captions
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.photos import (
    PHOTO_RETITLE_MIN_FIT,
    pair_photo_news,
    retitle_photos,
    return_photo_kickers,
    title_photos_below_headlines,
    title_photos_under_banners,
)
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack

CAPTION = "近日，县里在城东新建的滨河公园举行开园仪式，市民纷纷前来游玩。图为市民在公园里散步。林晓 摄"
TITLE = "城东滨河公园开园迎客"
BODY = "本报讯（记者 何春生）县图书馆自本月起每晚开放到九点，方便市民下班后借阅图书。"


def _plans(body_text: str) -> tuple[ArticlePlan, ArticlePlan]:
    """A photo standing alone, and a story under a headline that the caption restates."""
    caption, head, body = build_line_infos([CAPTION, TITLE, body_text])
    photo = ArticlePlan(parts=[], captions=[Item(ItemKind.CAPTION, (caption,), (Role.CAPTION,))])
    stack = Stack(None, Unit(Role.HEADING, (head,)), None, (), 1.0)
    story = ArticlePlan(parts=[Item(ItemKind.BODY, (body,), (Role.BODY,))], stack=stack)
    return photo, story


def test_a_title_the_caption_restates_and_its_body_does_not_goes_to_the_photo():
    """pdftotext printed the photo's title far from its caption, over a story not its own."""
    photo, story = _plans(BODY)
    retitle_photos([photo, story])
    assert photo.stack is not None and photo.stack.title.text == TITLE
    assert story.stack is None


def test_a_caption_restating_part_of_the_title_is_enough():
    """Captions retell the story in their own words: 4 of the title's 9 character pairs here."""
    caption, head, body = build_line_infos(["滨河公园昨日正式开园，市民纷纷前来游玩。图为市民在散步。林晓 摄", TITLE, BODY])
    pairs = bigrams(TITLE)
    assert PHOTO_RETITLE_MIN_FIT <= affinity(pairs, caption.text) < 0.5
    photo = ArticlePlan(parts=[], captions=[Item(ItemKind.CAPTION, (caption,), (Role.CAPTION,))])
    story = ArticlePlan(parts=[Item(ItemKind.BODY, (body,), (Role.BODY,))], stack=Stack(None, Unit(Role.HEADING, (head,)), None, (), 1.0))
    retitle_photos([photo, story])
    assert photo.stack is not None and photo.stack.title.text == TITLE


def test_a_title_its_own_body_restates_stays():
    photo, story = _plans("本报讯（记者 何春生）城东滨河公园昨日开园迎客，市民纷纷前来游玩。")
    retitle_photos([photo, story])
    assert photo.stack is None
    assert story.stack is not None and story.stack.title.text == TITLE


NOTICE_BODY = "县公交公司决定自本月十日起调整三路公交车线路，增设城东新区站和体育馆站。"


def _body_first(*heads: str) -> tuple[ArticlePlan, ArticlePlan]:
    """A notice printed body first with ``heads`` under it read as one title, then a lone photo's
    caption right under them."""
    body, *head_lines, caption = build_line_infos([NOTICE_BODY, *heads, CAPTION])
    stack = Stack(None, Unit(Role.HEADING, tuple(head_lines)), None, (), 1.0)
    notice = ArticlePlan(parts=[Item(ItemKind.BODY, (body,), (Role.BODY,))], stack=stack)
    photo = ArticlePlan(parts=[], captions=[Item(ItemKind.CAPTION, (caption,), (Role.CAPTION,))])
    return notice, photo


def test_a_photo_takes_the_last_line_of_the_headline_over_its_caption():
    """The notice's title and the photo's title, set one after the other, read as one headline."""
    notice, photo = _body_first("关于调整三路公交车线路的公告", TITLE)
    title_photos_below_headlines([notice, photo])
    assert photo.stack is not None and photo.stack.title.text == TITLE
    assert notice.stack is not None and notice.stack.title.text == "关于调整三路公交车线路的公告"


def test_a_wrapped_titles_tail_stays_with_its_title():
    notice, photo = _body_first("关于调整三路、", "五路公交车线路的公告")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is None
    assert notice.stack.title.text == "关于调整三路、五路公交车线路的公告"


def test_the_short_tail_of_a_title_over_three_lines_stays_with_its_title():
    """Two full lines and a tail of a few characters are one title wrapped, not a title and the
    photo's own; the tail breaks no word here, so only the shape tells."""
    notice, photo = _body_first("临江县关于调整城区三路", "公交车线路和站点设置", "公告")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is None
    assert notice.stack.title.text == "临江县关于调整城区三路公交车线路和站点设置公告"


def test_a_full_headline_line_under_a_title_of_two_lines_is_the_photos():
    notice, photo = _body_first("临江县关于调整城区三路", "公交车线路和站点的公告", TITLE)
    title_photos_below_headlines([notice, photo])
    assert photo.stack is not None and photo.stack.title.text == TITLE
    assert notice.stack.title.text == "临江县关于调整城区三路公交车线路和站点的公告"


def test_a_last_line_the_articles_text_restates_stays_with_its_title():
    """The notice's text restates the headline's last line and the caption (a park's opening) does
    not: the line is the notice's own, however full both lines are."""
    notice, photo = _body_first("三路公交车线路调整", "增设城东新区站和体育馆站")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is None
    assert notice.stack.title.text == "三路公交车线路调整增设城东新区站和体育馆站"


def test_the_lines_after_a_column_label_are_the_photos_title():
    """A column's label closes its title: the photo's title after it, wrapped over two lines, is
    the photo's whole, not only its last line."""
    notice, photo = _body_first("三路公交车线路调整（便民服务）", "城东滨河公园", "开园迎客")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is not None and photo.stack.title.text == TITLE
    assert notice.stack.title.text == "三路公交车线路调整（便民服务）"


def test_lines_after_a_column_label_that_the_articles_text_restates_stay():
    notice, photo = _body_first("三路公交车线路调整（便民服务）", "增设城东新区站", "和体育馆站")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is None
    assert notice.stack.title.text == "三路公交车线路调整（便民服务）增设城东新区站和体育馆站"


def _under_subtitle(*subtitle: str) -> tuple[ArticlePlan, ArticlePlan]:
    """A notice printed body first under its title and a subtitle of ``subtitle`` lines, then a
    lone photo's caption right under them."""
    body, head, *sub_lines, caption = build_line_infos([NOTICE_BODY, "三路公交车线路调整", *subtitle, CAPTION])
    stack = Stack(None, Unit(Role.HEADING, (head,)), Unit(Role.SUBTITLE, tuple(sub_lines)), (), 1.0)
    notice = ArticlePlan(parts=[Item(ItemKind.BODY, (body,), (Role.BODY,))], stack=stack)
    photo = ArticlePlan(parts=[], captions=[Item(ItemKind.CAPTION, (caption,), (Role.CAPTION,))])
    return notice, photo


def test_a_photos_title_read_as_more_of_a_subtitle_goes_to_the_photo():
    notice, photo = _under_subtitle("——自本月十日起实行", TITLE)
    title_photos_below_headlines([notice, photo])
    assert photo.stack is not None and photo.stack.title.text == TITLE
    assert notice.stack.subtitle.text == "——自本月十日起实行"


def test_a_subtitle_wrapped_mid_clause_stays_whole():
    notice, photo = _under_subtitle("——自本月十日起，", "城东滨河公园站启用")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is None
    assert notice.stack.subtitle.text == "——自本月十日起，城东滨河公园站启用"


def test_a_line_shutting_a_bracket_opened_above_stays_with_its_title():
    notice, photo = _body_first("全面推进城乡公交线路（民生", "关注·便民服务）")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is None
    assert notice.stack.title.text == "全面推进城乡公交线路（民生关注·便民服务）"


def test_a_word_and_a_column_label_under_a_title_are_its_tail():
    """A column label wraps with its title's last word; no photo's title is a word and a label."""
    notice, photo = _body_first("始终把群众冷暖挂在心头", "事（民生）")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is None
    assert notice.stack.title.text == "始终把群众冷暖挂在心头事（民生）"


def test_a_headline_line_with_its_own_label_under_a_title_is_the_photos():
    notice, photo = _body_first("关于调整三路公交车线路的公告", "城东滨河公园开园（民生）")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is not None and photo.stack.title.text == "城东滨河公园开园（民生）"


def test_two_titles_joined_across_a_gap_split_there():
    """The extractor joined the notice's title and the photo's, printed side by side, into one
    line: the notice's text restates the first, not the second."""
    notice, photo = _body_first(f"三路公交车线路调整 {TITLE}")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is not None and photo.stack.title.text == TITLE
    assert notice.stack.title.text == "三路公交车线路调整"


def test_a_line_a_column_tag_closes_is_one_title_of_two_phrases():
    """「三路公交车线路调整 城东滨河公园开园迎客（民生观察）」: a column tag closes the whole line, so
    its two phrases are one title's, not two titles joined across a gap."""
    notice, photo = _body_first(f"三路公交车线路调整 {TITLE}（民生观察）")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is None
    assert notice.stack.title.text == f"三路公交车线路调整 {TITLE}（民生观察）"


def test_a_titles_own_short_phrase_after_a_gap_stays():
    notice, photo = _body_first("三路公交车线路调整 更便民")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is None


def test_a_one_line_headline_stays_with_its_body():
    notice, photo = _body_first("关于调整三路公交车线路的公告")
    title_photos_below_headlines([notice, photo])
    assert photo.stack is None
    assert notice.stack.title.text == "关于调整三路公交车线路的公告"


def test_a_box_label_is_no_photos_title():
    """A 简讯 label left without a body stays the box's label: a photo taking it as its title would
    be dropped with it (the page keeps box labels as furniture)."""
    label, caption = build_line_infos(["简 讯", CAPTION])
    box = ArticlePlan(parts=[], stack=Stack(None, Unit(Role.HEADING, (label,)), None, (), 1.0))
    photo = ArticlePlan(parts=[], captions=[Item(ItemKind.CAPTION, (caption,), (Role.CAPTION,))])
    assert pair_photo_news([box, photo]) == [box, photo]
    assert photo.stack is None


SLOGAN = "春风拂面 万物生长"


def _photo_under(rows: list[str]) -> tuple[ArticlePlan, Unit]:
    """A photo alone whose caption is the last row, and a banner of the row ``SLOGAN`` is on."""
    lines = build_line_infos(rows)
    photo = ArticlePlan(parts=[], captions=[Item(ItemKind.CAPTION, (lines[-1],), (Role.CAPTION,))])
    banner = Unit(Role.HEADING, (lines[rows.index(SLOGAN)],))
    return photo, banner


def _story(row: str, number: int) -> ArticlePlan:
    """A story whose text is ``row``, printed on source line ``number``."""
    line = build_line_infos([row])[0]._replace(number=number)
    return ArticlePlan(parts=[Item(ItemKind.BODY, (line,), (Role.BODY,))])


def test_a_banner_right_over_a_lone_photos_caption_is_its_title():
    photo, banner = _photo_under([BODY, SLOGAN, CAPTION])
    assert title_photos_under_banners([_story(BODY, 1), photo], [banner]) == []
    assert photo.stack is not None and photo.stack.title.text == banner.text


def test_a_banner_over_the_pages_first_photo_and_all_its_articles_stays_a_banner():
    """The page's slogan under its masthead, over everything on the page, a photo first."""
    photo, banner = _photo_under([SLOGAN, CAPTION])
    assert title_photos_under_banners([photo, _story(BODY, 3)], [banner]) == [banner]
    assert photo.stack is None


def test_a_banner_with_text_between_it_and_the_caption_stays_a_banner():
    photo, banner = _photo_under([SLOGAN, BODY, CAPTION])
    assert title_photos_under_banners([photo], [banner]) == [banner]
    assert photo.stack is None


def test_a_banner_over_an_articles_photo_stays_a_banner():
    photo, banner = _photo_under([BODY, SLOGAN, CAPTION])
    lines = build_line_infos([BODY])
    photo.parts = [Item(ItemKind.BODY, (lines[0],), (Role.BODY,))]  # the caption is an article's
    assert title_photos_under_banners([photo], [banner]) == [banner]


def test_a_photos_kicker_that_the_article_above_restates_goes_back_to_its_headline():
    """A body-first notice's headline over two lines, then a photo's title and its caption: the
    run was read as the notice's title over the photo's kicker and title. The notice's text
    restates the kicker, the caption does not: the line is the notice's."""
    body, *heads, caption = build_line_infos([NOTICE_BODY, "三路公交车线路调整", "增设城东新区站和体育馆站", TITLE, CAPTION])
    notice = ArticlePlan(parts=[Item(ItemKind.BODY, (body,), (Role.BODY,))], stack=Stack(None, Unit(Role.HEADING, heads[:1]), None, (), 1.0))
    photo_stack = Stack(Unit(Role.HEADING, heads[1:2]), Unit(Role.HEADING, heads[2:]), None, (), 1.0)
    photo = ArticlePlan(parts=[], stack=photo_stack, captions=[Item(ItemKind.CAPTION, (caption,), (Role.CAPTION,))])
    return_photo_kickers([notice, photo])
    assert photo.stack.kicker is None and photo.stack.title.text == TITLE
    fields = [notice.stack.kicker, notice.stack.title, notice.stack.subtitle]
    assert "".join(u.text for u in fields if u is not None) == "三路公交车线路调整增设城东新区站和体育馆站"


def test_an_emptied_stack_is_no_photos_title():
    """A headless plan whose stack other rules emptied (its kicker given to a photo) has no line to
    give a photo: the photo stays untitled and nothing fails."""
    (caption,) = build_line_infos([CAPTION])
    emptied = ArticlePlan(parts=[], stack=Stack(None, None, None, (), 1.0))
    photo = ArticlePlan(parts=[], captions=[Item(ItemKind.CAPTION, (caption,), (Role.CAPTION,))])
    assert pair_photo_news([emptied, photo]) == [emptied, photo]
    assert photo.stack is None


NEIGHBOUR_BODY = "本报讯（记者 何春生）县里新建的滨河公园举行开园仪式，市民纷纷前来游玩，公园里人来人往。"


def _caption_between(notice_first: bool) -> tuple[list, list[ArticlePlan], ArticlePlan]:
    """A notice's headline (its notice title over ``TITLE``) right over a caption restating
    ``TITLE``, the notice's text before the headline (``notice_first``) or after the caption, and
    a story on a like subject after them all."""
    heads = ["关于调整三路公交车线路的公告", TITLE, CAPTION]
    rows = [NOTICE_BODY, *heads] if notice_first else [*heads, NOTICE_BODY]
    *built, other = build_line_infos([*rows, NEIGHBOUR_BODY])
    lines = dict(zip(rows, built, strict=True))
    stack = Stack(Unit(Role.HEADING, (lines[heads[0]],)), Unit(Role.HEADING, (lines[TITLE],)), None, (), 1.0)
    notice = ArticlePlan(parts=[Item(ItemKind.BODY, (lines[NOTICE_BODY],), (Role.BODY,))], stack=stack)
    story = ArticlePlan(parts=[Item(ItemKind.BODY, (other,), (Role.BODY,))])
    entries = [notice, Item(ItemKind.CAPTION, (lines[CAPTION],), (Role.CAPTION,)), story]
    return entries, [notice, story], story


def test_a_caption_restating_the_headline_over_it_is_that_lines_photo():
    """Body first: the notice's headline ends its text, and the line over the caption, which the
    caption restates, is a photo's own title read into that headline."""
    entries, plans, story = _caption_between(notice_first=True)
    assert affinity(bigrams(TITLE), CAPTION) >= CAPTION_RESTATES_TITLE
    attach_captions(entries, plans, {}, {})
    assert story.captions == []
    photo = plans[-1]
    assert not photo.parts and photo.captions == [entries[1]]
    title_photos_below_headlines(plans)
    assert photo.stack is not None and photo.stack.title.text == TITLE
    assert plans[0].stack.title.text == "关于调整三路公交车线路的公告"


def test_a_caption_under_a_headline_printed_before_its_text_fits_by_its_words():
    """Headline first, an article's own photo may stand between its headline and its text: the
    caption goes to the article its words fit."""
    entries, plans, story = _caption_between(notice_first=False)
    attach_captions(entries, plans, {}, {})
    assert story.captions == [entries[1]]
