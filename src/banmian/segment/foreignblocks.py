"""Cut an article's body run where the extractor printed another article's block into it.

Before the stitcher pairs pieces (segment.stitch), a body run is cut where a block opening
mid-paragraph follows a finished paragraph and another piece claims it (a word across the
junction, or many shared words): the extractor printed a foreign column right after the article's last line. A run is cut the other way too:
after a column that stops mid-word (「……和好」) where the block printed next does not finish the
word and a block printed elsewhere does (「评。」). On a page whose blocks are column
segments, a block after a finished sentence that shares almost none of the run's words is cut off
too, claimed or not: a foreign column is the commonest way a run mixes two articles. And a run
that stops mid-sentence is cut before a block opening mid-paragraph that repeats none of its words
when another such block repeats many: no word runs across most column breaks, the words an article
repeats tell where it goes on. A run is always cut before a block opening with a byline or
dateline (本报讯（记者 ……）): an article's opening goes on with no other article's text. It is cut
too where a column stops mid-sentence and the block after it opens a paragraph (its first line
short by about an indent) and repeats almost none of the run's words: a sentence cut at a column's
foot goes on in a full line. On such a page a block after a finished sentence is cut off too where another plan, one that does not itself open
mid-paragraph, repeats far more of its words than the run does, for its size: pdftotext printed
that article's column, a paragraph's start or not, after the run's last one (segment.rivals). The
piece so cut asks for no headline (``ArticlePlan.claimed``): it is part of an article printed
apart, and a left-over headline given to it takes another article's title or kicker. And a block
opening mid-paragraph is cut off wherever another plan's open end runs into its first word and
the line printed before it does not (``_claimed_by_word_across``): pdftotext printed the block
after a column it does not continue, and the stitcher, which pairs only pieces, then joins it to
the end it continues.
"""

from __future__ import annotations

import re

from banmian.fields.wordbreak import breaks_word
from banmian.layout.lines import LineInfo
from banmian.segment.affinity import bigrams
from banmian.segment.blocktexts import BlockStarts, OpenEnd, RunText, block_at, block_edges
from banmian.segment.bylines import AGENCY_OPENING, BYLINE_PREFIX, DATELINE, OPENING_FIRST_CHARS
from banmian.segment.items import Item, ItemKind
from banmian.segment.junctions import (
    OPEN_END_MIN_FILL,
    claims,
    open_end,
    piece_start,
    same_measure,
    width_slack,
)
from banmian.segment.plans import ArticlePlan
from banmian.segment.rivals import Rivals

#: A block printed after a finished sentence is a foreign column, claimed or not, when less than
#: this share of its CJK character pairs occurs in the run it follows: an article repeats its
#: names and terms from block to block. Measured on pdftotext's pages of the synthetic set at the
#: junctions inside body runs, after a finished sentence, no word across: 93 of 110 blocks under
#: 3% shared start another article, 17 of 42 at 3%–5%, 29 of 102 at 5%–10% (3% did best of
#: 1.5%–8%).
FOREIGN_MAX_SHARED_SHARE = 0.03
#: A block printed right after a run that shares at least this share of its CJK character pairs
#: with the run continues it, whatever word another block completes across the junction (on the
#: real sample such a word across, made of the run's last characters and another block's first, was
#: chance, and the block printed next, which shares the run's words, was the true continuation). 0.1 did best of 0.03, 0.1 and 0.2 on
#: pdftotext's synthetic pages (article F1 0.533, 0.539, 0.538).
CONTINUED_MIN_SHARED_SHARE = 0.1
#: A block printed after a run that stops mid-sentence is a foreign column only when less than
#: this share (0–1) of its CJK character pairs occurs in the run, and another block opening
#: mid-paragraph shares far more of them (CLAIM_MIN_SHARED_PAIRS, CLAIM_SHARED_FACTOR). pdftotext
#: article F1 on the 200-page evaluation set / seed-1002 set: 0.584 / 0.556 at 0.03, 0.586 / 0.556
#: at 0.05, 0.582 / 0.555 at 0.1 (0.579 / 0.547 without the rule).
OPEN_FOREIGN_MAX_SHARED_SHARE = 0.05
#: A block of two lines or more opening a paragraph right after a run that stops mid-sentence is a
#: foreign column when its CJK character pairs found in the run are fewer than this share (0–1) of
#: the pairs of the shorter of the two (``_paragraph_after_open_end``). On pdftotext's pages of the
#: evaluation set (non-interleaved), 43 of the truth articles left unfound held a block printed
#: after another article's open end, or were followed by one, in one run. Counted against the
#: block's pairs at 0.05, of the 30 cuts the rule made 16 fell between two articles, 7 inside one
#: (lines cut short by what follows them, or a short run sharing few pairs), 7 unread (pdftotext
#: article F1 0.7107 -> 0.7082; 0.7100 at 0.02). Against the shorter text's pairs, with one-line
#: blocks left alone (a headline line read as body, printed between an article's columns, which the
#: column goes on after), and the bounds below: pdftotext article F1 0.7164 -> 0.7177 / 0.7191 /
#: 0.7187 at 0.02 / 0.03 / 0.05 (0.7184 with one-line blocks cut too); with the run's floor too,
#: 0.7202, held-out set 0.6467 -> 0.6520.
PARAGRAPH_AFTER_OPEN_MAX_SHARED_SHARE = 0.03
#: …and only after a run holding at least this many CJK character pairs: a run of a few lines
#: repeats few words of any block, and its silence says nothing (on the real sample page a
#: paragraph of three lines, 38 pairs, went on into a block sharing none; of the runs cut so on
#: pdftotext's pages of the evaluation set, those cut between two articles by the truth held 58
#: pairs and more, one unread run 19). pdftotext article F1 there 0.7191 -> 0.7202, -layout
#: 0.80602 -> 0.80641.
PARAGRAPH_AFTER_OPEN_MIN_RUN_PAIRS = 50
#: A paragraph's first line falls short of its column by its indent (two em, which pdftotext does
#: not print), give or take the line measure's error: by at least PARAGRAPH_OPENING_MIN_SHORT and
#: at most PARAGRAPH_OPENING_MAX_SHORT em (``_short_by_an_indent``). The cuts inside one article
#: fell before a line 3.5 em short (the line after it opened with a Latin run that does not break)
#: and, on pdftotext -layout text, before full lines opening with a quote or a bracket (0 to 0.05
#: em short), which no open start admits either. Without the upper bound pdftotext article F1 was
#: 0.7175 (0.7189 with it); without the lower bound pdftotext -layout lost 0.002 of article F1
#: (0.8060 -> 0.8037; with it 0.8060, +2 articles found, +3 extra).
PARAGRAPH_OPENING_MIN_SHORT = 1.0
PARAGRAPH_OPENING_MAX_SHORT = 3.0
#: Where more than this share of the block breaks inside body runs follow a finished sentence,
#: the extractor set each paragraph apart (blocks are paragraphs, not column segments) and a new
#: topic after a blank line is no foreign column. On pdftotext's synthetic pages about 0.5 of them
#: at most, on all but 4 of 173 pages; on a real page printed a paragraph to a block, nearly all.
PARAGRAPH_BLOCKS_MIN_SHARE = 0.5
#: And the cue needs the page to show that its blocks are column segments: at least this many
#: block breaks inside body runs fall mid-sentence (a page with a handful of block breaks, as
#: pdfium prints, tells nothing: on one pdfium page with 3 the cue cut a column of the article off;
#: 8 instead of 4 costs pdftotext 0.005 of article F1).
COLUMN_BLOCKS_MIN_BREAKS = 4
_FIGURE = re.compile("[0-9]")


def split_foreign_blocks(
    entries: list,
    joins: dict[tuple[int, int], bool] | None = None,
    pairs: dict[tuple[int, int], frozenset[str]] | None = None,
) -> list:
    """Plans cut before a block that starts open right after a finished paragraph and whose first
    word begins in another piece's open end: that block belongs to the other piece's article.
    ``joins`` and ``pairs``: the words across junctions and the blocks' character pairs found so
    far (``BlockStarts``), kept by the caller for a second pass over the same page."""

    # Only open ends can claim a block: the character pairs (the costly part) are taken of those
    # plans alone; a page without one, whose blocks are no column segments, has nothing to cut.
    ends, starts = block_edges(entries)
    by_pairs = _column_blocks(entries)
    if not ends and not by_pairs and not starts:
        return list(entries)
    out: list = []
    known = BlockStarts(starts, {} if joins is None else joins, {} if pairs is None else pairs)
    rivals = Rivals(entries) if by_pairs else None
    for entry in entries:
        if not isinstance(entry, ArticlePlan):
            out.append(entry)
            continue
        parts: list[Item] = []
        if rivals is not None:
            rivals.current = entry
        claimed = entry.claimed  # the first piece's is the plan's; a later one's, its cut's
        for part in entry.parts:
            for piece in _cut_part(part, ends, parts, known, rivals, by_pairs):
                if piece is None:
                    out.append(ArticlePlan(parts=parts, claimed=claimed))
                    parts = []
                    claimed = None
                else:
                    if claimed is None:
                        claimed = rivals is not None and piece.lines[0].number in rivals.cut
                    parts.append(piece)
        # The plan object keeps the last piece.
        entry.claimed = claimed
        entry.parts = parts
        out.append(entry)
    return out


def _cut_part(
    part: Item, ends: list[OpenEnd], before: list[Item], starts: BlockStarts, rivals: Rivals | None, by_pairs: bool
) -> list[Item | None]:
    """The part in pieces, ``None`` marking each cut (a body part only); ``before``: the plan's
    parts before this one, kept with the lines before a cut; ``by_pairs``: a block sharing no
    words with the run it follows is cut off unclaimed too; ``rivals`` (on such pages): a block
    after a finished sentence that another plan claims by its words is cut off."""
    if part.kind is not ItemKind.BODY:
        return [part]
    out: list[Item | None] = []
    start = 0
    own = RunText(before, part.lines, start)
    for k in range(1, len(part.lines)):
        prev, line = part.lines[k - 1], part.lines[k]
        if line.number == prev.number + 1:
            continue
        block = block_at(part.lines, k)
        own.upto = k
        opened = open_end(prev, part.lines[k - 2] if k > 1 else None)
        claimed = opens_article(line) or (_starts_foreign_block(prev, line, opened) and _host_claims(block, own, ends))
        if not claimed and opened:
            claimed = (
                _end_claimed(prev, block, own, starts)
                or _end_claimed_by_pairs(prev, block, own, starts)
                or _paragraph_after_open_end(prev, block, own, starts)
            )
        if not claimed and rivals is not None and prev.ends_sentence and line.jump is None:
            claimed = rivals.claim(block, own, starts)
        if not claimed:
            claimed = _claimed_by_word_across(prev, block, own, ends, starts, part.lines)
        if not claimed and not (by_pairs and _foreign_after_sentence(prev, block, own, starts)):
            continue
        out.extend([Item(part.kind, part.lines[start:k], part.roles[start:k]), None])
        start = k
        # After a cut the text before a break is again the plan's parts before this one (they
        # stay with the lines before the cut) and this part's lines from the cut on.
        own = RunText(before, part.lines, start)
    out.append(Item(part.kind, part.lines[start:], part.roles[start:]) if start else part)
    return out


def _claimed_by_word_across(
    prev: LineInfo,
    block: tuple[LineInfo, ...],
    own: RunText,
    ends: list[OpenEnd],
    starts: BlockStarts,
    run: tuple[LineInfo, ...],
) -> bool:
    """The block opens mid-paragraph, no word runs across from the line printed before it, and
    another plan's open end (not one of the run's own lines, ``run``) runs into its first word
    (「……严正执」/「法……」) and shares at least as many of the block's character pairs as the
    run does (``claims`` with a word across; a word across alone is sometimes chance): the block
    goes on from that end. Whatever the line before it ends with: after a finished sentence the
    block would have to open a new sentence mid-paragraph, after an open end that line's own
    sentence goes on elsewhere. On pdftotext's pages of the seed-1001 set, 12 of the stitcher's
    first-come joins were wrong because the open end's true continuation was printed glued to
    another run, and 6 of those made a word with the end across the junction (a scratch count);
    the rule's cuts there: 10, none inside one article by the truth; on the evaluation set 16, one
    inside one article (a chance word across, as 「……全国」/「青年……」 reads 全国青年). pdftotext
    article F1 on seed-1001 0.6665 -> 0.6702, on the evaluation set
    0.7196 -> 0.7221 (-layout 0.8529 -> 0.8545), held-out set 0.6532 -> 0.6574 (-layout 0.8335 ->
    0.8358); pdfium, printed without blank lines, unchanged. Only the cut: claiming the piece so cut
    (no left-over headline) changed nothing, as the stitcher joins it by its word across."""
    first = block[0]
    if not piece_start(first) or first.jump is not None:
        return False
    # The cheap tests first: most breaks have no open end in the block's measure making a word.
    hosts = [end for end in ends if same_measure(end.line, first) and starts.joins_word(end.line, first)]
    hosts = [end for end in hosts if all(end.line is not line for line in run)]
    if not hosts or starts.joins_word(prev, first):
        return False
    pairs = starts.pairs_of(block)
    own_shared = len(pairs & own.pairs())
    return any(claims(len(pairs & end.pairs), own_shared, True) for end in hosts)


def _end_claimed(prev: LineInfo, block: tuple[LineInfo, ...], own: RunText, starts: BlockStarts) -> bool:
    """The run's line before a block break, an open end, runs into another block's first word (「……和好」/
    「评。」), not into the block after it, and that other block shares at least as many of the
    run's character pairs as the block after it (a word across alone is sometimes chance:
    「……县里的汽车」/「业链……」 reads as 汽车业): the run's article goes on in that other block."""
    if starts.joins_word(prev, block[0]):
        return False
    # The shared pairs are asked before any other block's word across: where the block after it
    # repeats the run's words (the common case, a column going on) no claim can win, and the
    # word tests (about eight a break, a tenth of the page's time) are not needed.
    own_pairs = own.pairs()
    next_pairs = starts.pairs_of(block)
    next_shared = len(own_pairs & next_pairs)
    if next_shared >= CONTINUED_MIN_SHARED_SHARE * len(next_pairs):
        return False  # the block after it repeats the run's words: the article goes on there
    # Claims are looked for one at a time: where the answer comes early, the page's other blocks
    # are not asked (each costs a word-break test).
    return any(
        len(own_pairs & starts.pairs_of(start.block)) >= next_shared
        for start in starts.blocks
        if start.line is not block[0] and same_measure(prev, start.line) and starts.joins_word(prev, start.line)
    )


def _end_claimed_by_pairs(
    prev: LineInfo, block: tuple[LineInfo, ...], own: RunText, starts: BlockStarts
) -> bool:
    """The run stops mid-sentence at a block break (an open end), the block printed next opens mid-paragraph but
    repeats (almost) none of the run's words, and another block opening mid-paragraph repeats far
    more of them: pdftotext printed a foreign column after the run's last column, and the run's
    article goes on in that other block (no word across either junction says so)."""
    if not piece_start(block[0]) or block[0].jump is not None:
        return False
    own_pairs = own.pairs()
    next_pairs = starts.pairs_of(block)
    next_shared = len(own_pairs & next_pairs)
    if next_shared >= OPEN_FOREIGN_MAX_SHARED_SHARE * len(next_pairs):
        return False
    return any(
        claims(len(own_pairs & starts.pairs_of(start.block)), next_shared, False)
        for start in starts.blocks
        if start.line is not block[0] and start.line is not own.lines[own.first] and same_measure(prev, start.line)
    )


def _paragraph_after_open_end(
    prev: LineInfo, block: tuple[LineInfo, ...], own: RunText, starts: BlockStarts
) -> bool:
    """The run stops mid-sentence at a block break (an open end) and the block printed next opens a
    paragraph (its first line falls short of the column, or opens with a byline, a quote or a
    bracket: no open start) without a word across the junction and repeats (almost) none of the
    run's words (PARAGRAPH_AFTER_OPEN_MAX_SHARED_SHARE): a sentence cut at a column's foot goes on
    in a full line, so pdftotext printed another article's column there."""
    first = block[0]
    if piece_start(first) or first.jump is not None or not _short_by_an_indent(first) or starts.joins_word(prev, first):
        return False
    next_pairs = starts.pairs_of(block)
    own_pairs = own.pairs()
    if len(block) < 2 or len(own_pairs) < PARAGRAPH_AFTER_OPEN_MIN_RUN_PAIRS:
        return False
    fewer = min(len(next_pairs), len(own_pairs))
    return bool(fewer) and len(own_pairs & next_pairs) < PARAGRAPH_AFTER_OPEN_MAX_SHARED_SHARE * fewer


def _short_by_an_indent(line: LineInfo) -> bool:
    """The line falls short of its column as a paragraph's first line does, by its indent give or
    take the measure's error (PARAGRAPH_OPENING_MIN_SHORT, PARAGRAPH_OPENING_MAX_SHORT): a full
    line opening with a quote or a bracket (no open start) goes on from the line above, and a line
    far shorter, not ending a sentence, was cut short by what comes after it (a figure or Latin run
    that does not break) and goes on too."""
    short = line.column_width - line.width - width_slack(line.text)
    return PARAGRAPH_OPENING_MIN_SHORT <= short <= PARAGRAPH_OPENING_MAX_SHORT


def _starts_foreign_block(prev: LineInfo, line: LineInfo, opened: bool) -> bool:
    """A block opening mid-paragraph right after a paragraph that ended short of the column
    (``opened``: ``prev`` is an open end)."""
    return not opened and prev.fill < OPEN_END_MIN_FILL and piece_start(line)


def opens_article(line: LineInfo) -> bool:
    """A block opening with a byline or dateline (「本报讯（记者 林晓）……」, 「本报临江5月3日电」) opens an
    article: no article goes on past its own opening, so the run before the block ends there.
    Inside pdftotext's body runs of the evaluation set 17 such block breaks, 15 of the held-out
    set, all between two articles (13 and 14 after a column that stopped mid-sentence); a dateline
    broken before its 电 (「本报临江5月3」) opens an article too (2 more on the evaluation set)."""
    text = line.text
    agency = text[:1] in OPENING_FIRST_CHARS
    if line.leading_byline is not None or (agency and BYLINE_PREFIX.match(text) is not None) or DATELINE.match(text) is not None:
        return True
    # A dateline broken before its 电 (「本报临江5月3」/「日电（记者 ……」): the agency and figures alone.
    return agency and AGENCY_OPENING.match(text) is not None and _FIGURE.search(text) is not None


def _foreign_after_sentence(prev: LineInfo, block: tuple[LineInfo, ...], own: RunText, starts: BlockStarts) -> bool:
    """A block after a finished sentence that shares (almost) none of its character pairs with
    the run it follows, nor a word across the junction: pdftotext printed another article's column
    there (the words an article repeats are missing)."""
    if not prev.ends_sentence or block[0].jump is not None or starts.joins_word(prev, block[0]):
        return False
    pairs = bigrams("".join([ln.text for ln in block]))
    return bool(pairs) and len(pairs & own.pairs()) < FOREIGN_MAX_SHARED_SHARE * len(pairs)


def _column_blocks(entries: list) -> bool:
    """Whether the extractor printed column segments as blocks: enough block breaks inside body
    runs fall mid-sentence, and most do (where most follow a finished sentence, it printed one
    paragraph to a block and a blank line before a new topic is no foreign column)."""
    breaks = [
        prev
        for entry in entries
        if not isinstance(entry, Item)
        for part in entry.bodies
        for prev, line in zip(part.lines, part.lines[1:], strict=False)
        if line.number != prev.number + 1
    ]
    open_breaks = sum(not ln.ends_sentence for ln in breaks)
    return open_breaks >= COLUMN_BLOCKS_MIN_BREAKS and len(breaks) - open_breaks <= PARAGRAPH_BLOCKS_MIN_SHARE * len(breaks)


def _host_claims(block: tuple[LineInfo, ...], own: RunText, ends: list[OpenEnd]) -> bool:
    """Whether another piece's open end claims the block: it runs into the block's first word and
    shares at least as many of its character pairs as the text the block follows (a word across
    the junction alone is sometimes chance: 「……全国」/「青年……」 reads as 全国青年), or, without
    such a word, it shares far more of them."""
    first = block[0]
    pairs = bigrams("".join([ln.text for ln in block]))
    own_shared = len(pairs & own.pairs())
    return any(
        end.line is not own.lines[own.upto - 1]
        and same_measure(end.line, first)
        and claims(len(pairs & end.pairs), own_shared, breaks_word(end.line.text, first.text))
        for end in ends
    )
