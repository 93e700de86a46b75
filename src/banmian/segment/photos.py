"""Photo news (图片新闻): a title over a photo, once the captions have found their articles.

Rules: where each caption goes is segment.captionattach's (a caption fitting no article nor a
headline left without a body is a photo standing on its own); a headline that found no body
within PHOTO_TITLE_REACH lines of such a photo is its title. A photo
still without a title takes the last line of a headline set right above its caption when that
headline closes a body printed before it (the title of a body-first article and a photo's own
title set one after the other; all the lines after a column label closing the first; the lines
after the first of a subtitle; the second of two titles joined on one line across a gap; never a
wrapped title's tail, nor a word and a column label) and that body does not restate the line
more than the caption does, and then a banner-shaped line set right above its caption. A photo's
kicker set right under such a headline goes back to it on the same evidence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from banmian.fields.caption import without_credit
from banmian.fields.notice import is_notice_title
from banmian.layout.lines import LineInfo
from banmian.segment.affinity import affinity, bigrams, body_opening
from banmian.segment.build import box_label
from banmian.segment.captions import PHOTO_TITLE_MIN_CJK
from banmian.segment.headunits import WRAP_TAIL_SHARE, Unit, visibly_unfinished
from banmian.segment.kickers import group_fields
from banmian.segment.phototitles import PHOTO_TITLE_MAX_BODY_FIT
from banmian.segment.plans import DISTANT_CONFIDENCE, ArticlePlan
from banmian.segment.roles import Role
from banmian.segment.stacks import Stack
from banmian.segment.unitshapes import closes_title

#: A left-over headline and a lone caption at most this many source lines apart are photo news.
PHOTO_TITLE_REACH = 12
#: A photo left without a title takes, from anywhere on the page, a headline whose character pairs
#: its caption restates at least this much (affinity, 0–1) while the headline's own body restates
#: at most PHOTO_TITLE_MAX_BODY_FIT of them: pdftotext prints a photo's title far from its caption,
#: and the title then heads a body that is not its own. 0.5 at first; at 0.3 pdftotext caption F1
#: 0.566 -> 0.569 on the evaluation set, 0.445 -> 0.448 on the held-out set, nothing lost.
PHOTO_RETITLE_MIN_FIT = 0.3
#: A column's label in brackets and whatever is not a CJK character, taken out to count a
#: headline line's own characters.
CJK_RUN_OUTSIDE_LABEL = re.compile(r"[（(][^）)]*[）)]|[^\u3400-\u4dbf\u4e00-\u9fff]")
#: How a column's label closes a title (「……（青石论坛）」).
CLOSING_BRACKETS = ("）", ")")
#: Two headline lines of which the second is at least this share of the first's width both filled
#: their measure (the printed widths of a full headline line differ by a character at most).
WRAP_FULL_RATIO = 0.9


def pair_photo_news(plans: list[ArticlePlan]) -> list[ArticlePlan]:
    """A headline that found no body and a photo caption that found no article, close together on
    the page, are one piece of photo news (图片新闻: a title over a photo)."""
    # A stack that other rules emptied (its kicker handed to a photo) has no line left to give.
    titles = [p for p in plans if not p.parts and not p.captions and p.stack is not None and p.stack.units and box_label(p) is None]
    photos = [p for p in plans if not p.parts and p.captions and p.stack is None]
    used: set[int] = set()
    for photo in photos:
        line = photo.captions[0].first
        near = [t for t in titles if id(t) not in used and abs(t.stack.first_line - line) <= PHOTO_TITLE_REACH]
        if not near:
            continue
        title = min(near, key=lambda t: abs(t.stack.first_line - line))
        photo.stack, photo.confidence = title.stack, DISTANT_CONFIDENCE
        used.add(id(title))
    return [p for p in plans if id(p) not in used]


def title_photos_below_headlines(plans: list[ArticlePlan]) -> None:
    """A photo without a title whose caption sits right under the headline of an article printed
    body first takes that headline's last line as its title.

    A body-first page prints each article's headline after its text; a photo's own title (图片新闻)
    set next comes out right after that headline and right before its caption, so the two read as
    one headline of two lines (or a kicker and a title) over the article above. The caption under
    it fits neither that article nor any other (else it would have joined one), which is what
    tells the two headlines apart: the line nearest the caption is the photo's, or all the lines
    after a column's label that closes the article's title (``_after_column_label``).
    """
    for photo in [p for p in plans if not p.parts and p.captions and p.stack is None]:
        caption_line = photo.captions[0].first
        for donor in plans:
            stack = donor.stack
            if _subtitle_tail_to_photo(donor, photo, caption_line):
                break
            if not donor.parts or stack is None or stack.title is None or stack.subtitle or stack.bylines:
                continue
            title_lines = stack.title.lines
            if title_lines[-1].number + 1 != caption_line or donor.parts[0].first > stack.first_line:
                continue
            cut = _after_column_label(title_lines)
            if cut is not None:
                tail = Unit(stack.title.role, title_lines[cut:])
                if not _restated_by_donor(donor, tail, photo):
                    donor.stack = replace(stack, title=Unit(stack.title.role, title_lines[:cut]))
                    photo.stack = Stack(None, tail, None, (), DISTANT_CONFIDENCE)
                    photo.confidence = DISTANT_CONFIDENCE
                break
            halves = _side_by_side(donor, title_lines[0]) if len(title_lines) == 1 and stack.kicker is None else None
            if halves is not None:
                donor.stack = replace(stack, title=Unit(stack.title.role, halves[:1]))
                photo.stack = Stack(None, Unit(stack.title.role, halves[1:]), None, (), DISTANT_CONFIDENCE)
                photo.confidence = DISTANT_CONFIDENCE
                break
            if _restated_by_donor(donor, title_lines[-1], photo):
                break  # the line is the article's own: its text restates it, the caption does not
            if len(title_lines) > 1:
                if visibly_unfinished(title_lines[-2], title_lines[-1]) or _wrapped_tail(title_lines) or _label_tail(title_lines):
                    if _under_notice_title(stack) and not _restated_by_donor(donor, stack.title, photo):
                        # The notice's formal title, read as a kicker, goes back to being its title;
                        # the wrapped title under it is the photo's whole.
                        donor.stack = replace(stack, kicker=None, title=stack.kicker)
                        photo.stack = Stack(None, stack.title, None, (), DISTANT_CONFIDENCE)
                        photo.confidence = DISTANT_CONFIDENCE
                    break  # a wrapped title's tail, not a headline of its own
                kept = replace(stack, title=Unit(stack.title.role, title_lines[:-1]))
            elif stack.kicker is not None:
                kept = replace(stack, kicker=None, title=stack.kicker)
            else:
                continue
            donor.stack = kept
            photo.stack = Stack(None, Unit(stack.title.role, title_lines[-1:]), None, (), DISTANT_CONFIDENCE)
            photo.confidence = DISTANT_CONFIDENCE
            break


def _subtitle_tail_to_photo(donor: ArticlePlan, photo: ArticlePlan, caption_line: int) -> bool:
    """The lines after the first of a body-first article's subtitle set right above the photo's
    caption become the photo's title, when the first line does not run on into them and the
    article's text does not restate them: a subtitle is one line, or one sentence wrapped, and a
    photo's own title set next reads as more of it."""
    stack = donor.stack
    if not donor.parts or stack is None or stack.subtitle is None or stack.bylines:
        return False
    lines = stack.subtitle.lines
    if len(lines) < 2 or lines[-1].number + 1 != caption_line or donor.parts[0].first > stack.first_line:
        return False
    tail = Unit(Role.HEADING, lines[1:])
    if visibly_unfinished(lines[0], lines[1]) or _restated_by_donor(donor, tail, photo):
        return False
    donor.stack = replace(stack, subtitle=Unit(stack.subtitle.role, lines[:1]))
    photo.stack = Stack(None, tail, None, (), DISTANT_CONFIDENCE)
    photo.confidence = DISTANT_CONFIDENCE
    return True


def _after_column_label(lines: tuple[LineInfo, ...]) -> int | None:
    """Where the lines after a title closed by its column label begin, or None: a column's label
    in brackets ends its title (「……（青石论坛）」, 「……（临江观察）」), so headline lines after
    the line that closes it, every bracket shut, are another headline, here a photo's title set
    after a body-first article's (「……纪实）」/「春到青石镇」)."""
    for cut in range(len(lines) - 1, 0, -1):
        text = "".join([ln.text for ln in lines[:cut]]).rstrip()
        if text.endswith(CLOSING_BRACKETS) and _brackets_shut(text):
            return cut
    return None


def _brackets_shut(text: str) -> bool:
    return text.count("（") + text.count("(") == text.count("）") + text.count(")")


def _under_notice_title(stack: Stack) -> bool:
    """The stack's kicker is a notice's formal title (「关于……的通告」), which is complete and heads
    its notice alone: a headline read under it as its title is the next thing printed, here a
    photo's title drawn after the notice (body first) and right above its caption. Seed-1001
    training pages' pdfium text: title 0.8566 -> 0.8577, caption 0.8668 -> 0.8693; the evaluation
    and held-out sets have no such page (unchanged)."""
    return stack.kicker is not None and is_notice_title(stack.kicker.text)


def return_photo_kickers(plans: list[ArticlePlan]) -> None:
    """A photo's kicker set right under the headline of an article printed body first goes back to
    that headline when the article's opening restates it more than the caption does
    (``_restated_by_donor``): the headline's last line, read as the kicker of the photo's title
    set next, not a kicker of the photo's."""
    for photo in [p for p in plans if not p.parts and p.captions and p.stack is not None and p.stack.kicker is not None]:
        kicker = photo.stack.kicker
        for donor in plans:
            stack = donor.stack
            if not donor.parts or stack is None or stack.title is None or stack.subtitle or stack.bylines:
                continue
            if stack.title.lines[-1].number + 1 != kicker.lines[0].number or donor.parts[0].first > stack.first_line:
                continue
            if _restated_by_donor(donor, kicker, photo):
                members = [u for u in (stack.kicker, stack.title, kicker) if u is not None]
                head, title, subtitle = group_fields(members, True)
                donor.stack = replace(stack, kicker=head, title=title, subtitle=subtitle)
                photo.stack = replace(photo.stack, kicker=None)
            break


def _restated_by_donor(donor: ArticlePlan, line: LineInfo | Unit, photo: ArticlePlan) -> bool:
    """The headline's last line is the article's own, not the photo's title, when the article's
    opening restates it (at least PHOTO_RETITLE_MIN_FIT of its character pairs) more than the
    caption does: a title's words recur in its own text, a photo's title's in its caption. On the
    evaluation set's pdfium text, the last lines taken wrongly were restated 0.38-1.0 by their
    article and not at all by the caption; those taken rightly 0.33 at most, and then less than by
    the caption."""
    pairs = bigrams(line.text)
    fit = affinity(pairs, body_opening(donor.parts))
    caption = without_credit(photo.caption_text)
    return fit >= PHOTO_RETITLE_MIN_FIT and fit > affinity(pairs, caption)


def title_photos_under_banners(plans: list[ArticlePlan], banners: list[Unit]) -> list[Unit]:
    """A photo without a title whose caption sits right under a banner-shaped line takes that line
    as its title; the banners left are returned.

    A photo's title (图片新闻) is often two short phrases (「春风拂面 万物生长」), the shape of a
    slogan banner, and nothing but the photo's caption stands under it; a slogan over a page or a
    section runs above text or headlines, not right above a caption that no article took (a
    caption an article took is the article's photo, and a banner over it stays one). pdfium on
    the evaluation set: banner F1 0.903 -> 0.907, article F1 0.9649 -> 0.9654, title 0.8828 ->
    0.8833; held-out set banner 0.899 -> 0.923, article F1 0.9434 -> 0.9451 (pdftotext's banner
    0.823 -> 0.826 there). A banner printed before every article on the page is the page's own
    slogan under its masthead, whatever stands first under it (``_heads_page``): seed-1001 dev
    pages' pdfium text, banner 0.937 -> 0.946, caption 0.900 -> 0.906."""
    left = list(banners)
    for photo in [p for p in plans if not p.parts and p.captions and p.stack is None]:
        first = photo.captions[0].first
        banner = next((b for b in left if b.lines[-1].number + 1 == first), None)
        if banner is None or _heads_page(banner, plans):
            continue
        left.remove(banner)
        photo.stack = Stack(None, Unit(Role.HEADING, banner.lines), None, (), DISTANT_CONFIDENCE)
        photo.confidence = DISTANT_CONFIDENCE
    return left


def _side_by_side(donor: ArticlePlan, line: LineInfo) -> tuple[LineInfo, LineInfo] | None:
    """A one-line headline that is two titles printed side by side and joined by the extractor
    across a gap (「林晓当选县劳模 城东滨河公园开园迎客」), split at its last gap: the article's text
    restates the part before it (at least PHOTO_RETITLE_MIN_FIT), not the part after, which holds
    at least PHOTO_TITLE_MIN_CJK characters (a title's own phrase gap, 「青石镇 新气象」, leaves a
    shorter second phrase). The raw line is split: the cleaned text drops a gap before a quote.
    Seed-1001 dev pages' pdfium text: caption F1 0.9133 -> 0.9185, title 0.8938 -> 0.8960. A line
    that a column tag closes is one title of two phrases (unitshapes.closes_title): seed 1005's pdfium
    title accuracy 0.8962 -> 0.8967, the other sets unchanged."""
    parts = line.raw.strip().rsplit(maxsplit=1)
    if len(parts) < 2 or len(CJK_RUN_OUTSIDE_LABEL.sub("", parts[1])) < PHOTO_TITLE_MIN_CJK:
        return None
    if closes_title(Unit(Role.HEADING, (line,))):
        return None  # a column tag closes the whole line: one title of two phrases (「……开园迎客（民生观察）」)
    body = body_opening(donor.parts, None)
    if affinity(bigrams(parts[0]), body) < PHOTO_RETITLE_MIN_FIT or affinity(bigrams(parts[1]), body) >= PHOTO_RETITLE_MIN_FIT:
        return None
    head, tail = (line._replace(text=part, heading_text=part, raw=part) for part in parts)
    return head, tail


def _heads_page(banner: Unit, plans: list[ArticlePlan]) -> bool:
    """The banner is printed before every article's text and headline: the page's own slogan,
    set across its top under the masthead, over whatever comes first (here a photo)."""
    starts = [p.parts[0].first for p in plans if p.parts] + [p.stack.first_line for p in plans if p.stack and p.stack.units]
    return all(banner.lines[0].number < start for start in starts)


def _label_tail(title_lines: tuple) -> bool:
    """The last headline line ends the title above it with its column label: it shuts a bracket
    opened on the lines above (「……奔跑（乡村振兴」/「纪实）」), or holds fewer than
    PHOTO_TITLE_MIN_CJK characters besides its label (「……学习理论强」/「村（青石观察）」): a label
    wraps with its title's last words, and no photo's title is a word and a label."""
    *above, last = title_lines
    text = "".join([ln.text for ln in above])
    if text.count("（") + text.count("(") > text.count("）") + text.count(")"):
        return True
    return len(CJK_RUN_OUTSIDE_LABEL.sub("", last.text)) < PHOTO_TITLE_MIN_CJK


def _wrapped_tail(title_lines: tuple) -> bool:
    """The last of three or more headline lines is the tail of one title set over them all when
    it is short (under WRAP_TAIL_SHARE of the line above) and the two lines above it are of one
    width: a title wraps where its line is full and may leave a few characters over (「……生命科学」
    /「研究奖」), while a photo's own title set after a body-first article's title is a headline
    of its own, as long as a headline line (「……公交线路调整的公告」/「城东滨河公园开园迎客」)."""
    *_, before, full, tail = (None, *title_lines)
    return before is not None and full.width >= WRAP_FULL_RATIO * before.width and tail.width < WRAP_TAIL_SHARE * full.width


def retitle_photos(plans: list[ArticlePlan]) -> None:
    """A photo without a title takes a headline that its caption restates and its own body does
    not (PHOTO_RETITLE_MIN_FIT, PHOTO_TITLE_MAX_BODY_FIT): the title and nothing else of its stack
    (a kicker or a byline stays with the body)."""
    for photo in [p for p in plans if not p.parts and p.captions and p.stack is None]:
        words = without_credit(photo.caption_text)
        best: tuple[float, ArticlePlan] | None = None
        for plan in plans:
            stack = plan.stack
            if not plan.parts or stack is None or stack.title is None or stack.kicker is not None:
                continue
            pairs = bigrams(stack.title.text)
            fit = affinity(pairs, words)
            restated = fit >= PHOTO_RETITLE_MIN_FIT and (best is None or fit > best[0])
            if restated and affinity(pairs, body_opening(plan.parts, None)) <= PHOTO_TITLE_MAX_BODY_FIT:
                best = (fit, plan)
        if best is not None:
            donor = best[1]
            photo.stack = replace(donor.stack, subtitle=None, bylines=())
            donor.stack = replace(donor.stack, title=None) if donor.stack.subtitle or donor.stack.bylines else None
