"""Photo captions and their titles (segment.photos), on plans built from lines."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.items import Item, ItemKind
from banmian.segment.photos import retitle_photos
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack, Unit

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


def test_a_title_its_own_body_restates_stays():
    photo, story = _plans("本报讯（记者 何春生）城东滨河公园昨日开园迎客，市民纷纷前来游玩。")
    retitle_photos([photo, story])
    assert photo.stack is None
    assert story.stack is not None and story.stack.title.text == TITLE
