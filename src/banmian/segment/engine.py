"""The text-layer engine: a linear pass from decoded lines to a ``Page``.

lines (traditional characters read simplified: layout.script; a page spaced out character by
character read unspaced: layout.spaced; ornaments before bylines taken off: fields.openings;
half-width punctuation beside Chinese read full-width: layout.halfwidth; columns printed side by
side by a layout-preserving dump read apart: layout.sidebyside; lines broken at a page's text
pieces set back: layout.fragments; numbers split over lines joined: layout.digits; a brief's
credit printed before its last lines put after them: layout.credits; a byline's last character
alone on a line joined: layout.tails; shared rows cut: layout.rows) → features (layout.lines) → roles (segment.roles) → items (segment.items) → plan
(segment.assign: sub-headings, headline attachment) → model objects (segment.build) → page info.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import accumulate

from banmian.fields.openings import ORNAMENT_STARTS, without_ornament
from banmian.ingest.text import TextSource
from banmian.layout.alternation import alternating_lines
from banmian.layout.credits import move_credits_after_last_lines
from banmian.layout.digits import JoinedLine, rejoin_split_numbers
from banmian.layout.fragments import rejoin_fragments
from banmian.layout.halfwidth import fold_punctuation
from banmian.layout.interleave import deinterleave
from banmian.layout.lines import LineInfo, build_line_infos
from banmian.layout.linespacing import undoubled
from banmian.layout.margin import without_margin
from banmian.layout.rows import split_shared_rows
from banmian.layout.script import read_simplified
from banmian.layout.sidebyside import is_side_by_side, read_columns
from banmian.layout.spaced import unspace_page
from banmian.layout.tails import join_byline_tails
from banmian.model import Article, LineSpan, Page, PageWarning, Provenance, SourceInfo, TextItem
from banmian.model.transform import map_texts
from banmian.options import ParseOptions
from banmian.segment.assign import plan_page
from banmian.segment.build import box_label, build_articles, kicker_label
from banmian.segment.headerpieces import with_bare_page_numbers
from banmian.segment.items import ItemKind, build_items
from banmian.segment.lineclass import LineClassifier
from banmian.segment.listings import find_listings, with_listings, without_listings
from banmian.segment.pageinfo import page_info
from banmian.segment.pagemarks import (
    INDENT_CUE_MAX_SHARE,
    INTERLEAVED_SHARE,
    blank_marks_blocks,
    lines_in_own_blocks,
    unwrapped_in_order,
)
from banmian.segment.paragraphs import ParagraphMarks
from banmian.segment.renumber import to_source_lines
from banmian.segment.roles import assign_roles
from banmian.segment.webmeta import credited_by_meta
from banmian.segment.windows import needs_windows, read_in_windows

#: Below this margin (cost units of segment.readings) the two readings of the page's order were
#: nearly as good: the headline attachment is doubtful and the page says so.
DOUBTFUL_ORDER_MARGIN = 1.0
#: Article confidences are scaled by this on pages whose columns look interleaved.
INTERLEAVED_CONFIDENCE_FACTOR = 0.5
#: A paragraph's indent as the page prints it: two ideographic spaces.
FULL_WIDTH_INDENT = "\u3000\u3000"
#: Fewer CJK characters than this and the input is not a Chinese newspaper page.
MIN_CJK_CHARS = 20


def parse_lines(source: TextSource, options: ParseOptions) -> Page:
    if needs_windows(source):
        return read_in_windows(source, options, parse_lines)
    doubled = undoubled(source.lines)
    script = read_simplified(without_margin(source.lines if doubled is None else doubled.lines))
    unspaced = unspace_page(script.lines)
    folding = fold_punctuation(_without_ornaments(script.lines if unspaced is None else unspaced))
    side_by_side = is_side_by_side(folding.lines)
    fragments = None
    if side_by_side:
        # Columns printed side by side (a layout-preserving dump): read apart before any rule reads a line.
        joined, indented = _columns_apart(folding.lines)
    else:
        fragments = rejoin_fragments(folding.lines)
        if fragments is None:
            joined = rejoin_split_numbers(folding.lines)
        else:
            # Lines broken at the page's text pieces (Founder's squeezed marks): set back first.
            joined = rejoin_split_numbers([line.text for line in fragments], fragments)
        indented = frozenset()
    joined = split_shared_rows(join_byline_tails(move_credits_after_last_lines(joined)))
    lines = with_bare_page_numbers(build_line_infos([line.text for line in joined]))
    # A text never wrapped, a paragraph to a line with blank lines between, has no column lines to
    # interleave: its blocks are its paragraphs. Read apart, an interleaved page holds the same
    # lines, so the test, which no line's order sways, stands for it too.
    unwrapped = unwrapped_in_order(lines)
    interleaved = lines_in_own_blocks(lines) >= INTERLEAVED_SHARE and not unwrapped
    in_order = not side_by_side and unwrapped
    if interleaved:
        # Columns printed line by line in turn: read them apart before anything reads the order.
        joined = list(deinterleave(joined, lines).lines)
        lines = with_bare_page_numbers(build_line_infos([line.text for line in joined]))
    probs = LineClassifier.load().probabilities(lines)
    roles = assign_roles(lines, probs=probs, side_by_side=side_by_side, unwrapped=in_order)
    # Listings and advertisements are no article: set apart before items are built.
    listings = find_listings(lines, roles)
    if listings:
        roles = without_listings(roles, lines, listings)
    items, furniture_lines = build_items(lines, roles)
    # Blocks of a line each say nothing about where a column ends: no cutting at them.
    marks = ParagraphMarks(_leading_space_marks_paragraphs(items), _indented_lines(joined, indented), in_order)
    plan = plan_page(
        items,
        rejoin_pieces=not in_order,
        probs=probs,
        split_blocks=not interleaved and not in_order,
        blocks_marked=blank_marks_blocks(lines),
        in_reading_order=in_order,
    )
    articles = build_articles(plan.articles, marks)
    if listings:
        articles = with_listings(articles, listings)
    articles = credited_by_meta(articles, furniture_lines)
    banners = tuple(TextItem(text, Provenance(lines=LineSpan(a, b)), 0.8) for text, a, b in plan.banner_texts)
    # A box's label (简讯) heads the box, not an article: page furniture, like a section's name.
    labels = [ln for a in plan.articles for label in (box_label(a), kicker_label(a)) if label is not None for ln in label.lines]
    furniture = tuple(_furniture_item(ln) for ln in sorted([*furniture_lines, *labels], key=lambda ln: ln.number))
    unplaced = _unplaced(lines, articles, banners, furniture)
    warnings = _warnings(lines, plan.mode_margin, articles)
    alternating = () if interleaved or side_by_side else alternating_lines(lines)
    if alternating:
        first, last = joined[alternating[0] - 1].first, joined[alternating[-1] - 1].last
        warnings.append(
            PageWarning(
                "alternating_lines",
                f"lines {first}-{last} seem to hold two neighbouring columns printed in turn, line by "
                "line; the reading order there is doubtful and their articles' confidences are lowered",
            )
        )
        articles = _doubted(articles, frozenset(alternating))
    if interleaved:
        warnings.append(
            PageWarning(
                "interleaved_columns",
                "the extractor printed every line as a block of its own; neighbouring columns are "
                "probably interleaved line by line and the reading order is doubtful",
            )
        )
        articles = [replace(a, confidence=a.confidence * INTERLEAVED_CONFIDENCE_FACTOR) for a in articles]
    if in_order:
        warnings.append(
            PageWarning(
                "unwrapped_text",
                "the text was never hard-wrapped (a paragraph to a line); it was read in its printed "
                "order, headlines before their bodies",
            )
        )
    if doubled is not None:
        warnings.append(
            PageWarning(
                "doubled_line_breaks",
                "a blank line followed every line of the input (its line breaks were doubled); "
                "those blank lines were read as no break, longer runs as the page's own blank lines",
            )
        )
    if unspaced is not None:
        warnings.append(
            PageWarning(
                "spaced_characters",
                "every character of the page stood apart (as OCR prints it); the spaces between "
                "characters were read as no gap, wider gaps as one space",
            )
        )
    if fragments is not None:
        warnings.append(
            PageWarning(
                "fragmented_lines",
                "the extractor broke the page's lines at its text pieces (squeezed punctuation, "
                "digits set apart, as pdftotext -raw does on Founder pages); they were set back "
                "into lines by their column's measure, and line and paragraph ends may be doubtful",
            )
        )
    if side_by_side:
        warnings.append(
            PageWarning(
                "side_by_side_columns",
                "the input is a layout-preserving dump (columns side by side on each line); its "
                "columns were read apart by their horizontal places and the reading order may be doubtful",
            )
        )
    if unplaced:
        warnings.append(unplaced_warning(len(unplaced)))
    page = Page(
        info=page_info(furniture_lines, articles, options),
        banners=banners,
        articles=tuple(articles),
        furniture=furniture,
        unplaced=unplaced,
        warnings=tuple(warnings),
        source=SourceInfo(path=source.path, encoding=source.encoding, kind="text", line_count=len(source.lines)),
    )
    if doubled is not None:  # read lines back to the input's, blank lines between them and all
        joined = [JoinedLine(line.text, doubled.numbers[line.first - 1], doubled.numbers[line.last - 1]) for line in joined]
    if source.first_line != 1:  # a page after the first of a text layer (TextSource.pages)
        offset = source.first_line - 1
        joined = [JoinedLine(line.text, line.first + offset, line.last + offset) for line in joined]
    page = to_source_lines(page, joined)
    if folding.marks:
        page = map_texts(page, folding.restore)
    if script.original is None:
        return page
    return map_texts(page, lambda text, provenance: script.restore(text, provenance, source.first_line))


def _columns_apart(lines: tuple[str, ...]) -> tuple[list[JoinedLine], frozenset[tuple[int, str]]]:
    """A layout dump's columns read one after the other, numbers split over lines joined, and the
    lines it printed indented, as (source line, text): a line keeps its mark while it keeps its
    text and source line (the steps after may join or cut a few lines)."""
    read = read_columns(lines)
    columns = read.lines
    numbers = rejoin_split_numbers([line.text for line in columns])
    joined = [JoinedLine(j.text, columns[j.first - 1].first, columns[j.last - 1].last) for j in numbers]
    # Digits moved onto a line from the line above make it open otherwise than its run: no mark.
    indented = frozenset(
        (line.first, line.text)
        for line, j in zip(joined, numbers, strict=True)
        if j.first - 1 in read.indented and j.text[:1] == columns[j.first - 1].text[:1]
    )
    return joined, indented


def _indented_lines(joined: list[JoinedLine], indented: frozenset[tuple[int, str]]) -> frozenset[int]:
    """The engine's numbers of the lines ``_columns_apart`` found indented."""
    if not indented:
        return frozenset()
    return frozenset(k + 1 for k, line in enumerate(joined) if (line.first, line.text) in indented)


def _doubted(articles: list[Article], numbers: frozenset[int]) -> list[Article]:
    """The articles holding any of the lines ``numbers`` (the engine's), their confidence lowered
    as a page read as interleaved lowers all of them (INTERLEAVED_CONFIDENCE_FACTOR)."""
    out = []
    for article in articles:
        spans = [p.provenance.lines for p in article.paragraphs if p.provenance.lines is not None]
        held = any(span.first <= n <= span.last for span in spans for n in numbers)
        out.append(replace(article, confidence=article.confidence * INTERLEAVED_CONFIDENCE_FACTOR) if held else article)
    return out


def unplaced_warning(count: int) -> PageWarning:
    return PageWarning("unplaced_text", f"{count} piece(s) of text could not be placed; see 'unplaced'")


def _without_ornaments(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The page's lines with the marks set before bylines taken off (fields.openings); the cheap
    test first, as nearly no page has one."""
    page = "".join(lines)
    if not any(mark in page for mark in ORNAMENT_STARTS):
        return lines
    return tuple(without_ornament(line) for line in lines)


def _unplaced(lines: tuple[LineInfo, ...], articles, banners, furniture) -> tuple[TextItem, ...]:
    """Every non-blank line that no article item, banner or furniture holds: nothing is dropped
    silently. Taken from what the page will print, so a line a later step let go shows here.

    An item's span holds the lines inside it, but a line inside an article item's span with a
    character that none of the article's texts holds is not the article's: the item was joined
    across it (a paragraph run on across a byline whose plan was dropped as no article), and a
    piece may skip a blank line only (``MAX_LINES_SKIPPED_IN_PIECE``). Characters, not the line's
    whole text: a line may be shared between the byline and the first paragraph."""
    used: set[int] = set()
    for item in (*banners, *furniture):
        used.update(_span_numbers(item))
    by_number = {line.number: line for line in lines}
    # Characters of the page's lines up to each line number (the engine numbers its lines 1, 2 …):
    # an item holding as many characters as the lines of its span holds them all, and needs no
    # closer look.
    printed = [0, *accumulate(len(line.text) for line in lines)]
    numbered = all(line.number == k for k, line in enumerate(lines, start=1))
    for article in articles:
        items = [u for u in (article.kicker, article.title, article.subtitle, article.byline) if u is not None]
        items.extend((*article.paragraphs, *article.captions, *article.jumps))
        held: str | None = None
        for item in items:
            numbers = _span_numbers(item)
            first, last = min(numbers, default=0), max(numbers, default=0)
            if last - first > 1 and (not numbered or last >= len(printed) or len(item.text) < printed[last] - printed[first - 1]):
                own = item.text.replace(" ", "")
                for number in range(first + 1, last):
                    inner = by_number.get(number)
                    if inner is None or inner.blank or number not in numbers or (text := inner.text.replace(" ", "")) in own:
                        continue  # the item holds the line's text whole
                    held = held if held is not None else "".join(unit.text for unit in items)
                    if not all(c in held for c in text):
                        numbers.discard(number)
            used |= numbers
    runs: list[list[LineInfo]] = []
    for line in lines:
        if line.blank or line.number in used:
            continue
        if runs and runs[-1][-1].number == line.number - 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return tuple(
        TextItem("".join([ln.text for ln in run]), Provenance(lines=LineSpan(run[0].number, run[-1].number)), 0.0)
        for run in runs
    )


def _span_numbers(item: TextItem) -> set[int]:
    provenance = item.provenance
    spans = provenance.pieces or ((provenance.lines,) if provenance.lines else ())
    return {n for span in spans for n in range(span.first, span.last + 1)}


def _leading_space_marks_paragraphs(items) -> bool:
    """Leading spaces mark first lines when some body lines have one, not most (a layout dump pads
    every line), or when every one is the page's own full-width indent (「　　」, U+3000), which no
    extractor pads with: a text never wrapped, a paragraph to a line, whose paragraphs are too
    short for ``never_wrapped`` to tell (「　　……。」/「　　……。」 of 20 characters each)."""
    body_lines = [ln for item in items if item.kind is ItemKind.BODY for ln in item.lines]
    spaced = [ln for ln in body_lines if ln.leading_space]
    if 0 < len(spaced) < INDENT_CUE_MAX_SHARE * len(body_lines):
        return True
    return bool(spaced) and all(ln.raw.startswith(FULL_WIDTH_INDENT) for ln in spaced)


def _furniture_item(line: LineInfo) -> TextItem:
    return TextItem(line.heading_text, Provenance(lines=LineSpan(line.number, line.number)), 0.9)


def _warnings(lines, margin: float, articles) -> list[PageWarning]:
    out: list[PageWarning] = []
    if sum(ln.cjk for ln in lines) < MIN_CJK_CHARS:
        out.append(PageWarning("not_a_newspaper_page", "the input has almost no Chinese text; it does not look like a newspaper page"))
    elif margin < DOUBTFUL_ORDER_MARGIN and len(articles) > 1:
        out.append(
            PageWarning("order_doubtful", "headlines could belong before or after their bodies; attachments are uncertain")
        )
    return out
