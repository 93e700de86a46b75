"""A photo's title read as the kicker of an unrelated article's headline (segment.photokickers)."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.headunits import Unit
from banmian.segment.items import Item, ItemKind
from banmian.segment.photokickers import title_photos_from_kickers
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack

PHOTO_TITLE = "城东滨河公园开园迎客"
HEADLINE = "县图书馆延长夜间开放时间"
BODY = "本报讯（记者 何春生）县图书馆自本月起延长夜间开放时间，每晚开放到九点，方便市民下班后借阅图书。"
CAPTION = "青石镇今年新修村道十二公里。图为村民在新路上骑行。林晓 摄"


def _page(kicker: str, body: str = BODY, caption_first: bool = False, subtitle: str | None = None):
    """An article whose stack reads ``kicker`` over its headline, and a lone photo's caption printed
    after it (or before it)."""
    rows = [kicker, HEADLINE, *([subtitle] if subtitle else []), body]
    rows = [CAPTION, *rows] if caption_first else [*rows, CAPTION]
    lines = build_line_infos(rows)
    caption = lines[0] if caption_first else lines[-1]
    rest = lines[1:] if caption_first else lines[:-1]
    head, title, *middle, text = rest
    sub = Unit(Role.HEADING, (middle[0],)) if middle else None
    byline = (Unit(Role.BYLINE, (text,)),) if middle else ()
    stack = Stack(Unit(Role.HEADING, (head,)), Unit(Role.HEADING, (title,)), sub, byline, 1.0)
    story = ArticlePlan(parts=[Item(ItemKind.BODY, (text,), (Role.BODY,))], stack=stack)
    photo = ArticlePlan(parts=[], captions=[Item(ItemKind.CAPTION, (caption,), (Role.CAPTION,))])
    return story, photo


def test_a_kicker_the_text_does_not_go_on_from_is_the_photos_title():
    story, photo = _page(PHOTO_TITLE)
    title_photos_from_kickers([story, photo])
    assert photo.stack is not None and photo.stack.title.text == PHOTO_TITLE
    assert story.stack is not None and story.stack.kicker is None and story.stack.title.text == HEADLINE


def test_a_kicker_the_text_restates_stays():
    story, photo = _page("临江县图书馆推出便民举措")
    title_photos_from_kickers([story, photo])
    assert photo.stack is None
    assert story.stack is not None and story.stack.kicker.text == "临江县图书馆推出便民举措"


def test_a_lead_in_kicker_stays():
    story, photo = _page("方便市民下班后读书——")
    title_photos_from_kickers([story, photo])
    assert photo.stack is None


def test_a_kicker_printed_after_the_caption_is_not_its_title():
    """A photo's title stands above its photo."""
    story, photo = _page(PHOTO_TITLE, caption_first=True)
    title_photos_from_kickers([story, photo])
    assert photo.stack is None
    assert story.stack is not None and story.stack.kicker.text == PHOTO_TITLE


def test_a_kicker_of_a_full_display_with_subtitle_and_byline_stays():
    story, photo = _page(PHOTO_TITLE, subtitle="每晚开放到九点")
    title_photos_from_kickers([story, photo])
    assert photo.stack is None
