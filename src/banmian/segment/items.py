"""From line roles to a sequence of items: body runs, heading runs, captions, furniture.

A body run is cut where the text itself says a new article begins: a paragraph that opens with a
byline or dateline (本报讯…, 新华社…电), the line after a 下转 jump note, a 上接 jump note, a
notice's closing date line, or a paragraph closed by its authors in brackets (a brief). Heading runs are kept whole; splitting them into headline stacks,
sub-headings and banners needs the neighbouring bodies (``segment.stacks``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from banmian.fields.caption import photo_credit
from banmian.fields.creditbreaks import credit_across_break
from banmian.fields.furniture import META_KIND
from banmian.fields.notice import is_signing_office
from banmian.fields.trailingcredits import trailing_authors
from banmian.layout.lines import LineInfo, photo_source_under_credit
from banmian.layout.punctuation import ends_sentence
from banmian.segment.bylines import BYLINE_PREFIX, OPENING_FIRST_CHARS
from banmian.segment.roles import Role, closed_by_credit

#: A closing line this short (characters) may hold only the end of a credit opened above it.
CREDIT_JOIN_MAX_CHARS = 12
#: How a photo's credit ends a line (「…… 本报记者 林晓 摄」, 「（摄影 张三）」).
PHOTO_CREDIT_ENDINGS = ("摄", "摄）", "摄)", "）", ")")


class ItemKind(StrEnum):
    BODY = "body"
    HEADS = "heads"
    CAPTION = "caption"


# Members under plain names for the per-line loop: on CPython 3.11 every ``Role.X`` or
# ``ItemKind.X`` passes through the enum metaclass's ``__getattr__`` hook (about 0.1 µs).
_BODY, _HEADS, _CAPTION = ItemKind.BODY, ItemKind.HEADS, ItemKind.CAPTION
_BLANK_ROLE, _FURNITURE_ROLE, _JUMP_ROLE, _BODY_ROLE = Role.BLANK, Role.FURNITURE, Role.JUMP, Role.BODY
#: The item each role's lines make (blank and furniture lines make none).
_ITEM_KIND = {Role.HEADING: _HEADS, Role.SUBTITLE: _HEADS, Role.BYLINE: _HEADS, Role.CAPTION: _CAPTION}


@dataclass(frozen=True, slots=True)
class Item:
    kind: ItemKind
    lines: tuple[LineInfo, ...]
    roles: tuple[Role, ...]
    #: The item opens right under a masthead or page-header line (blank lines aside): the top of
    #: the page, where slogan banners stand.
    under_furniture: bool = False
    #: The item stands right over a web page's meta line (「来源：…… 作者：……」, fields.furniture):
    #: a headline run there is one article's headline whole, no slogan banner (segment.webmeta).
    over_meta: bool = False

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def last(self) -> int:
        return self.lines[-1].number


def build_items(lines: Sequence[LineInfo], roles: Sequence[Role]) -> tuple[list[Item], list[LineInfo]]:
    """The page's items in source order, and its furniture lines."""
    items: list[Item] = []
    furniture: list[LineInfo] = []
    current: list[int] = []
    current_kind: ItemKind | None = None
    last_furniture = -2  # index of the last furniture line, blank lines after it skipped

    def flush(over_meta: bool = False) -> None:
        nonlocal current, current_kind
        if current and current_kind is not None:
            under = current[0] - 1 == last_furniture
            kept_lines, kept_roles = tuple(lines[k] for k in current), tuple(roles[k] for k in current)
            items.append(Item(current_kind, kept_lines, kept_roles, under, over_meta))
        current, current_kind = [], None

    for i, (line, role) in enumerate(zip(lines, roles, strict=True)):
        if role is _BLANK_ROLE:
            if last_furniture == i - 1:
                last_furniture = i
            continue
        if role is _FURNITURE_ROLE:
            last_furniture = i
            furniture.append(line)
            if current_kind is _HEADS:
                # A masthead or page header between headline lines: no stack spans it (a banner
                # printed after the masthead read as the subtitle of the headline before it).
                # pdfium subtitle F1 0.849 -> 0.858, banner 0.907 -> 0.921; pdftotext article F1
                # 0.7024 -> 0.7032, kicker 0.552 -> 0.563 (held-out: 0.6390 -> 0.6395, subtitle
                # 0.773 -> 0.766, banner 0.826 -> 0.829; pdfium unchanged there). A body run
                # goes on across such a line: pdfium prints a page header wherever it was drawn.
                flush(over_meta=line.furniture is not None and line.furniture.kind == META_KIND)
            continue
        kind = _item_kind(role)
        if kind is not current_kind or (kind is _BODY and _starts_article(lines, roles, current, i)):
            flush()
            current_kind = kind
        current.append(i)
        if _ends_item(lines, roles, i, kind):
            flush()
    flush()
    return items, furniture


def _ends_item(lines: Sequence[LineInfo], roles: Sequence[Role], i: int, kind: ItemKind) -> bool:
    """A 下转 jump note, a notice's closing date, or a brief's bracketed authors end an item."""
    line = lines[i]
    if roles[i] is _JUMP_ROLE:
        return line.jump is not None and line.jump.direction == "to"
    if kind is _CAPTION:
        return _closes_caption(lines, i)
    if kind is not _BODY:
        return False
    if line.date_line is not None:
        return _closes_notice(lines, roles, i)
    return line.text.endswith(("）", ")")) and ends_with_credit(lines, i)


def _closes_caption(lines: Sequence[LineInfo], i: int) -> bool:
    """A photo's credit (本报记者 林晓 摄, 何春生/摄) closes its caption: a caption line after it
    belongs to the next photo. The credit may begin on the line before (「本报记者 何」/「春生 摄」)."""
    text = lines[i].text
    if i > 0 and photo_source_under_credit(lines[i - 1], lines[i]):
        return True  # the photo's source under its credit (「……周敏 摄」/「（新华社发）」) closes it
    if not text.endswith(PHOTO_CREDIT_ENDINGS) or (i + 1 < len(lines) and photo_source_under_credit(lines[i], lines[i + 1])):
        return False
    if i > 0 and not lines[i - 1].blank:
        text = lines[i - 1].text + text
    return photo_credit(text) is not None


def _item_kind(role: Role) -> ItemKind:
    return _ITEM_KIND.get(role, _BODY)


def _starts_article(lines: Sequence[LineInfo], roles: Sequence[Role], current: list[int], i: int) -> bool:
    if not current:
        return False
    line = lines[i]
    prev = lines[current[-1]]
    if roles[i] is _JUMP_ROLE and line.jump is not None and line.jump.direction == "from":
        return True
    if not (prev.ends_sentence or roles[current[-1]] is _JUMP_ROLE):
        return False
    text = line.text
    return line.leading_byline is not None or (text[:1] in OPENING_FIRST_CHARS and BYLINE_PREFIX.match(text) is not None)


def closes_credit(lines: Sequence[LineInfo], k: int) -> bool:
    """Line ``k`` closes a brief's bracketed authors after its last sentence, on the line or broken
    over two (「……比赛。（林晓 何春」/「生）」): the brief ends there."""
    text = lines[k].text
    return closed_by_credit(text) or (text.endswith(("）", ")")) and ends_with_credit(lines, k))


def ends_with_credit(lines: Sequence[LineInfo], i: int) -> bool:
    """The line closes bracketed authors; the bracket may open on the line before (（吕洋伟 孙/春）)."""
    raw = lines[i].raw.strip()
    if i > 0 and not lines[i - 1].blank and len(raw) < CREDIT_JOIN_MAX_CHARS:
        raw, found = credit_across_break(lines[i - 1].raw.strip(), raw)
    else:
        found = trailing_authors(raw)
    if found is None:
        return False
    # The credit closes a finished sentence (「……。（张三 李四）」), unlike 「本报讯（记者 张三）」.
    if found.start > 0:
        return ends_sentence(raw[: found.start])
    return i > 0 and lines[i - 1].ends_sentence


def _signed_by_office(lines: Sequence[LineInfo], i: int) -> bool:
    """The line over the date ``i`` is a signing office under a finished sentence. Blank lines may
    stand between the office and the sentence: a layout dump prints a notice's right-aligned
    office and date in a lane of their own, read as a block after its text's, and pdftotext a
    block's end. Pdftotext article F1 seeds 1003 0.6827 -> 0.6832, 1005 0.7103 -> 0.7115; -layout
    evaluation set 0.8940 -> 0.8938 (a page whose notice had held another article's text, whose
    rest then went to the wrong title), seed 1001 unchanged (one page up, one down)."""
    if i < 2:
        return False
    office = lines[i - 1]
    above = i - 2
    while above >= 0 and lines[above].blank:
        above -= 1
    return (
        not office.blank
        and above >= 0
        and lines[above].ends_sentence
        and not office.has_sentence_punct
        and is_signing_office(office.text)
    )


def _closes_notice(lines: Sequence[LineInfo], roles: Sequence[Role], i: int) -> bool:
    """A date alone on a line ends a notice (its signing date) unless body text goes on after it;
    under a signing office (an organisation's name alone on a line after a finished sentence:
    「……特此通告。」/「县公安局交通警察大队」/「2024年4月2日」) it ends the notice whatever follows."""
    if _signed_by_office(lines, i):
        return True
    for k in range(i + 1, len(lines)):
        if lines[k].blank:
            continue
        return roles[k] is not _BODY_ROLE or lines[k].leading_byline is not None or BYLINE_PREFIX.match(lines[k].text) is not None
    return True
