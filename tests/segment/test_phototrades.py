"""A photo's title that a body's lead restates goes back to that body (segment.phototrades)."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.affinity import affinity, bigrams
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.phototrades import credited_titles_to_bylines, return_restated_titles
from banmian.segment.plans import ArticlePlan
from banmian.segment.restated import RESTATED_MIN_FIT, UNRESTATED_MAX_FIT
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack

CAPTION = "10月8日，城郊各村开镰收割晚稻。图为茶农在茶园采摘新茶。林晓 摄"
MEETING_TITLE = "何春生会见青石镇茶农代表团"
MEETING_BODY = "本报讯（记者 林晓）何春生昨日在县城会见了青石镇茶农代表团，双方就茶叶销路交换了意见。"
GRAIN_TITLE = "临江县秋粮收储进度过半"


def _page(photo_title: str, body_title: str | None, caption: str = CAPTION) -> tuple[ArticlePlan, ArticlePlan]:
    """A photo under ``photo_title`` and the meeting's story under ``body_title``."""
    lines = build_line_infos([caption, photo_title, *([body_title] if body_title else []), MEETING_BODY])
    caption_line, photo_head, body_line = lines[0], lines[1], lines[-1]
    photo = ArticlePlan(
        parts=[],
        captions=[Item(ItemKind.CAPTION, (caption_line,), (Role.CAPTION,))],
        stack=Stack(None, Unit(Role.HEADING, (photo_head,)), None, (), 0.9),
    )
    stack = None if body_title is None else Stack(None, Unit(Role.HEADING, (lines[2],)), None, (), 0.9)
    story = ArticlePlan(parts=[Item(ItemKind.BODY, (body_line,), (Role.BODY,))], stack=stack, confidence=0.9)
    return photo, story


def test_the_cues_hold_of_the_invented_text():
    assert affinity(bigrams(MEETING_TITLE), MEETING_BODY) >= RESTATED_MIN_FIT
    assert affinity(bigrams(GRAIN_TITLE), MEETING_BODY) < UNRESTATED_MAX_FIT
    assert affinity(bigrams(MEETING_TITLE), CAPTION) < UNRESTATED_MAX_FIT


def test_a_photo_and_a_body_trade_titles_when_the_body_restates_the_photos():
    """The caption printed over two headlines: the photo took the one over the byline."""
    photo, story = _page(MEETING_TITLE, GRAIN_TITLE)
    return_restated_titles([photo, story])
    assert story.stack.title.text == MEETING_TITLE
    assert photo.stack.title.text == GRAIN_TITLE  # kept, not lost
    assert story.confidence < 0.9


def test_a_body_without_a_headline_takes_the_photos_title():
    photo, story = _page(MEETING_TITLE, None)
    return_restated_titles([photo, story])
    assert story.stack is not None and story.stack.title.text == MEETING_TITLE
    assert photo.stack is None
    assert photo.captions  # the photo stays, with its caption


def test_a_title_its_caption_restates_stays_with_the_photo():
    caption = "何春生会见青石镇茶农代表团一行。图为会见现场。林晓 摄"
    photo, story = _page(MEETING_TITLE, GRAIN_TITLE, caption)
    return_restated_titles([photo, story])
    assert photo.stack.title.text == MEETING_TITLE
    assert story.stack.title.text == GRAIN_TITLE


def test_a_body_restating_its_own_title_keeps_it():
    own = "何春生会见茶农代表团"
    photo, story = _page(MEETING_TITLE, own)
    return_restated_titles([photo, story])
    assert story.stack.title.text == own
    assert photo.stack.title.text == MEETING_TITLE


def test_a_box_label_over_the_body_is_too_short_to_trade():
    """简讯 heads a box of briefs: its words say nothing, and traded it would leave the photo a label."""
    photo, story = _page(MEETING_TITLE, "简讯")
    return_restated_titles([photo, story])
    assert story.stack.title.text == "简讯"
    assert photo.stack.title.text == MEETING_TITLE


def _titled_photo_over_byline(caption: str, body_title: str | None = None) -> tuple[ArticlePlan, ArticlePlan]:
    """A headline, a photo's caption under it, a text opening with its byline under that."""
    lines = build_line_infos([GRAIN_TITLE, caption, *([body_title] if body_title else []), MEETING_BODY])
    photo = ArticlePlan(
        parts=[],
        captions=[Item(ItemKind.CAPTION, (lines[1],), (Role.CAPTION,))],
        stack=Stack(None, Unit(Role.HEADING, (lines[0],)), None, (), 0.9),
    )
    stack = None if body_title is None else Stack(None, Unit(Role.HEADING, (lines[2],)), None, (), 0.9)
    story = ArticlePlan(parts=[Item(ItemKind.BODY, (lines[-1],), (Role.BODY,))], stack=stack)
    return photo, story


def test_a_title_over_a_photo_credit_over_a_byline_is_the_texts():
    photo, story = _titled_photo_over_byline("何春生 摄")
    plans = credited_titles_to_bylines([photo, story])
    assert plans == [story]
    assert story.stack.title.text == GRAIN_TITLE
    assert [c.lines[0].raw for c in story.captions] == ["何春生 摄"]


def test_a_photo_with_words_of_its_own_stays_photo_news():
    photo, story = _titled_photo_over_byline("临江县秋粮收储现场。何春生 摄")
    assert credited_titles_to_bylines([photo, story]) == [photo, story]
    assert story.stack is None


def test_a_text_with_a_headline_keeps_it():
    photo, story = _titled_photo_over_byline("何春生 摄", MEETING_TITLE)
    assert credited_titles_to_bylines([photo, story]) == [photo, story]


def test_a_photo_trading_with_a_body_of_bylines_alone_keeps_no_empty_headline():
    photo, story = _page(MEETING_TITLE, None)
    byline = build_line_infos(["本报记者 林晓"])[0]
    story.stack = Stack(None, None, None, (Unit(Role.BYLINE, (byline,)),), 0.9)
    return_restated_titles([photo, story])
    assert story.stack.title.text == MEETING_TITLE and story.stack.bylines
    assert photo.stack is None


def test_a_headline_under_the_credit_is_not_the_texts():
    """The headline must stand right over the credit: one printed after it heads something else."""
    photo, story = _titled_photo_over_byline("何春生 摄")
    lines = build_line_infos(["何春生 摄", "本报讯（记者 林晓）", GRAIN_TITLE])
    photo.captions = [Item(ItemKind.CAPTION, (lines[0],), (Role.CAPTION,))]
    photo.stack = Stack(None, Unit(Role.HEADING, (lines[2],)), None, (), 0.9)
    story.parts = [Item(ItemKind.BODY, (lines[1],), (Role.BODY,))]
    assert credited_titles_to_bylines([photo, story]) == [photo, story]
