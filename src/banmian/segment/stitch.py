"""Rejoin the pieces of an article that an extractor printed apart.

pdftotext reads side-by-side articles row by row: the first column of article A, then the first
column of B, then A's second column … and it prints a page's blocks in layout order, not reading
order, so a column can come out before the column it continues. An article comes out in pieces,
with other articles' pieces between. A piece that stops mid-sentence at a full line (a column's
last line) must go on somewhere; a piece that starts with a full line that opens no paragraph (no
indent, no byline) must continue something.

Such ends and starts are paired between pieces set in the same measure. The text decides first:
a dictionary word running across the junction (「……严正执」/「法……」) pairs two pieces wherever
they stand on the page, unless another open end repeats far more of the piece's words (the word
across was chance). Then the pieces left and the open ends waiting before them (or printed
after them, when they share many words: a later column printed first) are paired by the words
they share, the pair sharing most first, wherever each is printed. A piece still
left goes to an open end waiting before it, the one whose text shares most of its words (first
come, first served on a tie). Both are guesses that lower the article's confidence.

A piece may also open with the last line of a paragraph (「评。」, short and closing a sentence):
it continues a column too, and pairs like a piece opening mid-paragraph.

Before pairing, a body run is cut where a block opening mid-paragraph follows a finished paragraph
and another piece claims it (a word across the junction, or many shared words): the extractor
printed a foreign column right after the article's last line. A run is cut the other way too:
after a column that stops mid-word (「……和好」) where the block printed next does not finish the
word and a block printed elsewhere does (「评。」). On a page whose blocks are column
segments, a block after a finished sentence that shares almost none of the run's words is cut off
too, claimed or not: a foreign column is the commonest way a run mixes two articles. And a run
that stops mid-sentence is cut before a block opening mid-paragraph that repeats none of its words
when another such block repeats many: no word runs across most column breaks, the words an article
repeats tell where it goes on. A run is always cut before a block opening with a byline or
dateline (本报讯（记者 ……）): an article's opening goes on with no other article's text. On such a page
a block after a finished sentence is cut off too where another plan, one that does not itself open
mid-paragraph, repeats far more of its words than the run does, for its size: pdftotext printed
that article's column, a paragraph's start or not, after the run's last one (``_Rivals``). The
piece so cut asks for no headline (``ArticlePlan.claimed``): it is part of an article printed
apart, and a left-over headline given to it takes another article's title or kicker.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from banmian.fields.wordbreak import breaks_word
from banmian.layout.lines import LineInfo
from banmian.segment.affinity import GrowingPairs, bigrams
from banmian.segment.bylines import AGENCY_OPENING, BYLINE_PREFIX, DATELINE
from banmian.segment.items import Item, ItemKind
from banmian.segment.plans import ArticlePlan

#: A piece ends open when its last line fills at least this share of its column (the column ran
#: out, the sentence did not).
OPEN_END_MIN_FILL = 0.85
#: A line's measure (layout.lines) counts digits and Latin letters at 0.55 em and quotes and brackets
#: at half an em, as Founder sets them; pages set in a Latin face print digits near 0.64 em with a
#: gap either side of the run, and many print quotes and brackets (uncompressed) full width. On
#: pdftotext's synthetic pages a full line loses about 0.4–0.6 em per Latin run and 0.4–0.9 em per
#: quote or bracket against lines without them, so a column's last line 「……这里9月借出图书3千册，」
#: measures under OPEN_END_MIN_FILL. Added (em) per run / per mark before the open-end test:
#: pdftotext article F1 on the evaluation set / seed-1002 set 0.586 / 0.556 without, 0.592 / 0.558
#: at 0.5 / 0.5, 0.592 / 0.558 at 1.0 / 0.5, 0.593 / 0.557 at 0.5 / 1.0 (pdfium CER worse there).
#: The open-start test adds the marks' slack alone (0.597 / 0.562 -> 0.602 / 0.565 after best-first
#: pairing); the runs' too (0.600 / 0.566) took a real page's first paragraph line, printed without
#: its indent and holding half-width digits, for a continued column.
LATIN_RUN_SLACK = 0.5
WIDE_MARK_SLACK = 0.5
_LATIN_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*")
_FIGURE = re.compile("[0-9]")
_WIDE_MARK = re.compile("[“”‘’《》（）〈〉「」『』【】]")
#: A piece starts open when its first line fills at least this share: a paragraph's first line is
#: two characters short, a continued line is full.
OPEN_START_MIN_FILL = 0.9
#: Pieces of one article share their column measure: within this many em.
SAME_MEASURE = 1.5
#: Without a word across the junction, another piece claims a block (cuts it from the text it
#: follows) only when it shares at least this many of the block's CJK character pairs — fewer are
#: common words any two articles share — and more than this many times as many as the text the
#: block follows. Both measured on the synthetic set (3 and 2 did best of 2–4 and 1–3).
CLAIM_MIN_SHARED_PAIRS = 3
CLAIM_SHARED_FACTOR = 2
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
#: A block after a finished sentence is cut off the run it follows (on a page of column segments,
#: COLUMN_BLOCKS_MIN_BREAKS) when another plan shares far more of its CJK character pairs
#: (CLAIM_MIN_SHARED_PAIRS, CLAIM_SHARED_FACTOR) and, per character pair of that plan's text, at
#: least this many times as many as the run does per pair of its own (a long text shares more
#: pairs with any block by chance, a short run fewer; the run's shared pairs are counted as at
#: least RIVAL_MIN_OWN_SHARED). Measured on pdftotext's pages of the evaluation set: of the
#: paragraph-start blocks claimed on the shared pairs alone, 19 of the 24 under 1.5 were cut
#: inside one article by the truth, 9 of the 49 over it; with 1.5, of the 106 cuts the rule makes,
#: 83 fall between two articles, 6 inside one, 17 unread (lines the engine joined). pdftotext
#: article F1 there 0.6463 / 0.6469 / 0.6463 at 1 / 1.5 / 2 (0.6409 without the rule),
#: pdftotext-layout 0.7191 / 0.7195 / 0.7189.
RIVAL_RATE_FACTOR = 1.5
#: The share above counts the run's shared pairs as at least this many (pairs): a run sharing none
#: still needs the other plan to share some pairs for its size.
RIVAL_MIN_OWN_SHARED = 0.5


def stitch(entries: list, split_blocks: bool = True) -> list:
    """Entries with continued pieces merged, in reading order, into the plan they continue;
    ``split_blocks``: body runs cut first where a foreign block follows a finished paragraph."""

    if split_blocks:
        joins: dict[tuple[int, int], bool] = {}  # word across (end line, start line), for both passes
        cut = split_foreign_blocks(entries, joins)
        # A cut leaves a new open end, which may claim a block the first pass had to leave.
        entries = split_foreign_blocks(cut, joins) if len(cut) > len(entries) else cut
    plans = [e for e in entries if isinstance(e, ArticlePlan) and e.bodies]
    after: dict[int, int] = {}  # plan index -> index of the plan continuing it
    _link_by_words(plans, after)
    guessed = _link_first_come(plans, after)
    before = {piece: host for host, piece in after.items()}
    continued = {id(plans[k]) for k in before}
    for k, plan in enumerate(plans):
        if k in before:
            continue
        nxt = after.get(k)
        while nxt is not None:
            plan.parts.extend(plans[nxt].parts)
            plan.guessed_joins += plans[nxt].guessed_joins + (1 if nxt in guessed else 0)
            nxt = after.get(nxt)
    return [e for e in entries if id(e) not in continued]


def _link_by_words(plans: list[ArticlePlan], after: dict[int, int]) -> None:
    """Pair open ends with open starts where a word runs across the junction, in either order.

    A word across is sometimes chance (「……全国」/「青年……」 reads as 全国青年): a start goes to an
    end it makes a word with only when no other open end in its measure shares far more of its
    character pairs (CLAIM_MIN_SHARED_PAIRS, CLAIM_SHARED_FACTOR), as a column's own article
    repeats its names and terms. Without that test, 26 of the 172 joins made on a word across on
    pdftotext's pages of the evaluation set were wrong; with it pdftotext article F1 went 0.612 ->
    0.621 there and 0.578 -> 0.581 on the held-out set (factor 1.5 / 2 / 1: 0.620 / 0.621 / 0.619).
    """
    ends = [k for k, plan in enumerate(plans) if _open_end(plan.bodies[-1].lines[-1])]
    if not ends:
        return
    known: dict[int, frozenset[str]] = {}

    def pairs_of(index: int) -> frozenset[str]:
        found = known.get(index)
        if found is None:
            found = known[index] = _pairs_of(plans[index].parts)
        return found

    taken: set[int] = set()
    # The open starts, found once: a page's text run together from many pages asks every open end
    # about every piece.
    starts = [(j, piece.bodies[0].lines[0]) for j, piece in enumerate(plans) if _piece_start(piece.bodies[0].lines[0])]
    for k in ends:
        last = plans[k].bodies[-1].lines[-1]
        for j, first in starts:
            if j == k or j in taken or not _same_measure(last, first):
                continue
            if not breaks_word(last.text, first.text) or _closes_cycle(after, k, j):
                continue
            shared = len(pairs_of(j) & pairs_of(k))
            rivals = (o for o in ends if o not in (k, j) and _same_measure(plans[o].bodies[-1].lines[-1], first))
            if any(_claims(len(pairs_of(j) & pairs_of(o)), shared, False) for o in rivals):
                continue  # the word across is chance: another column repeats the piece's words
            after[k] = j
            taken.add(j)
            break


def _link_first_come(plans: list[ArticlePlan], after: dict[int, int]) -> set[int]:
    """Pair the open starts left with the earliest waiting open end before them; the pieces so
    joined (indices) are guesses."""
    continued = set(after.values())
    waiting: deque[int] = deque()
    guessed: set[int] = set()
    _link_best_first(plans, after, continued, guessed)
    for j, piece in enumerate(plans):
        if j not in continued and _piece_start(piece.bodies[0].lines[0]):
            host = _host_for(plans, waiting, after, j)
            if host is not None:
                after[host] = j
                waiting.remove(host)
                guessed.add(j)
                continued.add(j)
        if j not in after and _open_end(piece.bodies[-1].lines[-1]):
            waiting.append(j)
    _link_backwards(plans, after, continued, guessed)
    return guessed


def _link_best_first(plans: list[ArticlePlan], after: dict[int, int], continued: set[int], guessed: set[int]) -> None:
    """Pair open starts with open ends by the character pairs their pieces share, the pair sharing
    most first: taken in printing order, a start would go to a waiting end that shares nothing
    with it (a foreign column cut off, joined straight back) before the start that shares its
    words comes. Pairs sharing fewer than CLAIM_MIN_SHARED_PAIRS (common words any two articles
    share) are left to first come; an end printed after the start (the extractor printed a later
    column first) needs BACKWARD_BEST_FIRST_MIN_PAIRS, as the order says nothing for it."""
    ends = [k for k, plan in enumerate(plans) if k not in after and _open_end(plan.bodies[-1].lines[-1])]
    starts = [j for j, plan in enumerate(plans) if j not in continued and _piece_start(plan.bodies[0].lines[0])]
    if not ends or not starts:
        return
    pairs = {k: _pairs_of(plans[k].parts) for k in {*ends, *starts}}
    candidates = []
    for j in starts:
        first = plans[j].bodies[0].lines[0]
        for k in ends:
            if k != j and _same_measure(plans[k].bodies[-1].lines[-1], first):
                shared = len(pairs[j] & pairs[k])
                if shared >= (CLAIM_MIN_SHARED_PAIRS if k < j else BACKWARD_BEST_FIRST_MIN_PAIRS):
                    candidates.append((-shared, j, k))
    # Most shared first; on a tie, the earlier start and the earlier end, as first come would.
    for _, j, k in sorted(candidates):
        if k in after or j in continued or _closes_cycle(after, k, j):
            continue
        after[k] = j
        guessed.add(j)
        continued.add(j)


#: Character pairs an open start must share with an open end printed after it for the two to be
#: paired best-first, among the pairs with ends printed before it (segment.stitch._link_best_first):
#: more than CLAIM_MIN_SHARED_PAIRS, as printing order does not back such a pair. pdftotext article
#: F1 on the evaluation set / held-out set: 0.6252 / 0.5837 without (such starts then went first
#: come to a waiting end, and only the ones left to an end after them), 0.6322 / 0.5821 at 3,
#: 0.6346 / 0.5837 at 5, 0.6335 / 0.5847 at 10, 0.6270 / — at 20 (pdfium unchanged from 10 up,
#: one article lost on the held-out set at 8 and below).
BACKWARD_BEST_FIRST_MIN_PAIRS = 10
#: An open start with no open end before it joins an open end printed after it (pdftotext printed
#: the second column first) only when that piece's text shares at least this share (0–1) of the
#: start's CJK character pairs: without a waiting column before it, order says nothing, and two
#: articles of one page share a few common pairs by chance. pdftotext article F1 on the synthetic
#: set: 0.550, 0.552, 0.551, 0.549, 0.548 at 0, 0.05, 0.1, 0.2, 0.35 (0.548 without the rule).
BACKWARD_MIN_SHARED_SHARE = 0.1


def _link_backwards(plans: list[ArticlePlan], after: dict[int, int], continued: set[int], guessed: set[int]) -> None:
    """Open starts that no waiting column took go to the open end printed after them whose piece
    shares most of their words: a guess, like first come."""
    ends = [k for k, plan in enumerate(plans) if k not in after and _open_end(plan.bodies[-1].lines[-1])]
    host_pairs = {k: _pairs_of(plans[k].parts) for k in ends}
    for j, piece in enumerate(plans):
        first = piece.bodies[0].lines[0]
        if j in continued or not _piece_start(first):
            continue
        pairs = _pairs_of(piece.parts)
        if not pairs:
            continue
        fits = [
            (len(pairs & host_pairs[k]) / len(pairs), k)
            for k in ends
            if k > j and k not in after and _same_measure(plans[k].bodies[-1].lines[-1], first) and not _closes_cycle(after, k, j)
        ]
        if not fits:
            continue
        share, host = max(fits)
        if share >= BACKWARD_MIN_SHARED_SHARE:
            after[host] = j
            guessed.add(j)
            continued.add(j)


def _host_for(plans: list[ArticlePlan], waiting: deque[int], after: dict[int, int], j: int) -> int | None:
    """The waiting open end in the piece's measure whose plan shares most of the piece's character
    pairs (an article repeats its names and terms); on a tie, the one that came first."""
    first = plans[j].bodies[0].lines[0]
    pairs = _pairs_of(plans[j].parts)
    fits = [
        k
        for k in waiting
        if k not in after and _same_measure(plans[k].bodies[-1].lines[-1], first) and not _closes_cycle(after, k, j)
    ]
    return max(fits, key=lambda k: len(pairs & _pairs_of(plans[k].parts)), default=None)


def _closes_cycle(after: dict[int, int], host: int, piece: int) -> bool:
    k: int | None = piece
    while k is not None:
        if k == host:
            return True
        k = after.get(k)
    return False


def split_foreign_blocks(entries: list, joins: dict[tuple[int, int], bool] | None = None) -> list:
    """Plans cut before a block that starts open right after a finished paragraph and whose first
    word begins in another piece's open end: that block belongs to the other piece's article."""

    # Only open ends can claim a block: the character pairs (the costly part) are taken of those
    # plans alone; a page without one, whose blocks are no column segments, has nothing to cut.
    ends, starts = _block_edges(entries)
    by_pairs = _column_blocks(entries)
    if not ends and not by_pairs and not starts:
        return list(entries)
    out: list = []
    known = _Starts(starts, {} if joins is None else joins, {})
    rivals = _Rivals(entries) if by_pairs else None
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
    part: Item, ends: list[_End], before: list[Item], starts: _Starts, rivals: _Rivals | None, by_pairs: bool
) -> list[Item | None]:
    """The part in pieces, ``None`` marking each cut (a body part only); ``before``: the plan's
    parts before this one, kept with the lines before a cut; ``by_pairs``: a block sharing no
    words with the run it follows is cut off unclaimed too; ``rivals`` (on such pages): a block
    after a finished sentence that another plan claims by its words is cut off."""
    if part.kind is not ItemKind.BODY:
        return [part]
    out: list[Item | None] = []
    start = 0
    own = _Own(before, part.lines, start)
    for k in range(1, len(part.lines)):
        prev, line = part.lines[k - 1], part.lines[k]
        if line.number == prev.number + 1:
            continue
        block = _block_at(part.lines, k)
        own.upto = k
        claimed = _opens_article(line) or (_starts_foreign_block(prev, line) and _host_claims(block, own, ends))
        if not claimed and _open_end(prev):
            claimed = _end_claimed(prev, block, own, starts) or _end_claimed_by_pairs(prev, block, own, starts)
        if not claimed and rivals is not None and prev.ends_sentence and line.jump is None:
            claimed = rivals.claim(block, own, starts)
        if not claimed and not (by_pairs and _foreign_after_sentence(prev, block, own, starts)):
            continue
        out.extend([Item(part.kind, part.lines[start:k], part.roles[start:k]), None])
        start = k
        # After a cut the text before a break is again the plan's parts before this one (they
        # stay with the lines before the cut) and this part's lines from the cut on.
        own = _Own(before, part.lines, start)
    out.append(Item(part.kind, part.lines[start:], part.roles[start:]) if start else part)
    return out


class _Rivals:
    """The page's plans that may claim a block after a finished sentence: those that do not open
    mid-paragraph themselves (such a piece is likelier the block's own continuation than another
    article: without this test the rule gained 0.003 of pdftotext article F1 on the evaluation set
    instead of 0.005, measured before claimed pieces were kept from left-over headlines).
    Their character pairs are taken on first asking; ``current``: the plan being cut, which claims
    none of its own blocks; ``cut``: the first lines of the blocks claimed."""

    __slots__ = ("_pairs", "cut", "current", "plans")

    def __init__(self, entries: list) -> None:
        # Each plan's parts as they stand before any cut (a plan cut keeps its last piece).
        self.plans = [
            (e, list(e.parts)) for e in entries if isinstance(e, ArticlePlan) and e.bodies and not _piece_start(e.bodies[0].lines[0])
        ]
        self.current: ArticlePlan | None = None
        self.cut: set[int] = set()
        self._pairs: dict[int, frozenset[str]] = {}

    def claim(self, block: tuple[LineInfo, ...], own: _Own, starts: _Starts) -> bool:
        """Whether another plan shares far more of the block's character pairs than the run it
        follows, and more for its size (RIVAL_RATE_FACTOR); the block is noted as cut."""
        pairs = starts.pairs_of(block)
        if len(pairs) < CLAIM_MIN_SHARED_PAIRS:
            return False
        own_pairs = own.pairs()
        if not own_pairs:
            return False
        own_shared = len(pairs & own_pairs)
        if CLAIM_SHARED_FACTOR * own_shared >= len(pairs):
            return False  # no plan can share far more of the block's pairs: none are asked
        own_rate = max(own_shared, RIVAL_MIN_OWN_SHARED) / len(own_pairs)
        for plan, parts in self.plans:
            if plan is self.current:
                continue
            found = self._pairs.get(id(plan))
            if found is None:
                found = self._pairs[id(plan)] = _pairs_of(parts)
            shared = len(pairs & found)
            if _claims(shared, own_shared, False) and shared >= RIVAL_RATE_FACTOR * own_rate * len(found):
                self.cut.add(block[0].number)
                return True
        return False


class _Own:
    """The text a block break in a body part follows: the plan's parts before the part
    (``before``), and the part's lines from the last cut (``first``) to the break (``upto``, set at
    each break). Its character pairs are taken only where a rule asks for them, and grown from
    break to break: taken afresh (a plan's whole text at each break) they were half the
    stitcher's time on the real sample page."""

    __slots__ = ("_added", "_grown", "before", "first", "lines", "upto")

    def __init__(self, before: list[Item], lines: tuple[LineInfo, ...], first: int) -> None:
        self.before = before
        self.lines = lines
        self.first = first
        self.upto = first
        self._grown: GrowingPairs | None = None
        self._added = first  # lines[first:_added] are in _grown

    def pairs(self) -> AbstractSet[str]:
        """``bigrams`` of the text; the set grows when a later break asks (read it at once)."""
        if self._grown is None:
            self._grown = GrowingPairs()
            self._grown.add("".join([ln.text for part in self.before for ln in part.lines]))
        if self._added < self.upto:
            self._grown.add("".join([ln.text for ln in self.lines[self._added : self.upto]]))
            self._added = self.upto
        return self._grown.pairs


def _block_edges(entries: list) -> tuple[list[_End], list[_Start]]:
    """The plans' open ends (a column that ran out mid-sentence) and the open starts of every block
    of their bodies (a column opening mid-paragraph, or with a paragraph's last line).

    Only a plan's last line counts as an end: a block inside a run that stops mid-sentence is
    nearly always continued by the block printed after it, and letting it claim other blocks cost
    pdftotext 0.02 of article F1 on the synthetic set.
    """

    ends: list[_End] = []
    starts: list[_Start] = []
    for entry in entries:
        if not isinstance(entry, ArticlePlan) or not entry.bodies:
            continue
        lines = tuple([ln for part in entry.bodies for ln in part.lines])
        for k, line in enumerate(lines):
            if (k == 0 or line.number != lines[k - 1].number + 1) and _piece_start(line):
                starts.append(_Start(line, _block_at(lines, k)))
        if _open_end(lines[-1]):
            ends.append(_End(lines[-1], _pairs_of(entry.parts)))
    return ends, starts


def _end_claimed(prev: LineInfo, block: tuple[LineInfo, ...], own: _Own, starts: _Starts) -> bool:
    """The run's line before a block break runs into another block's first word (「……和好」/
    「评。」), not into the block after it, and that other block shares at least as many of the
    run's character pairs as the block after it (a word across alone is sometimes chance:
    「……县里的汽车」/「业链……」 reads as 汽车业): the run's article goes on in that other block."""
    if not _open_end(prev) or starts.joins_word(prev, block[0]):
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
        if start.line is not block[0] and _same_measure(prev, start.line) and starts.joins_word(prev, start.line)
    )


def _end_claimed_by_pairs(
    prev: LineInfo, block: tuple[LineInfo, ...], own: _Own, starts: _Starts
) -> bool:
    """The run stops mid-sentence at a block break, the block printed next opens mid-paragraph but
    repeats (almost) none of the run's words, and another block opening mid-paragraph repeats far
    more of them: pdftotext printed a foreign column after the run's last column, and the run's
    article goes on in that other block (no word across either junction says so)."""
    if not _open_end(prev) or not _piece_start(block[0]) or block[0].jump is not None:
        return False
    own_pairs = own.pairs()
    next_pairs = starts.pairs_of(block)
    next_shared = len(own_pairs & next_pairs)
    if next_shared >= OPEN_FOREIGN_MAX_SHARED_SHARE * len(next_pairs):
        return False
    return any(
        _claims(len(own_pairs & starts.pairs_of(start.block)), next_shared, False)
        for start in starts.blocks
        if start.line is not block[0] and start.line is not own.lines[own.first] and _same_measure(prev, start.line)
    )


class _Start(NamedTuple):
    """A block's open first line and the block's lines."""

    line: LineInfo
    block: tuple[LineInfo, ...]


class _Starts(NamedTuple):
    """The blocks' open starts, and what was found of them so far: the words across junctions
    (segmenting is the costly part, and the second pass asks again about the same junctions) and
    the character pairs of blocks (each block is compared with several runs)."""

    blocks: list[_Start]
    joins: dict[tuple[int, int], bool]
    pairs: dict[tuple[int, int], frozenset[str]]

    def pairs_of(self, block: tuple[LineInfo, ...]) -> frozenset[str]:
        """The character pairs of ``block``, by its first and last lines."""
        key = (block[0].number, block[-1].number)
        found = self.pairs.get(key)
        if found is None:
            found = self.pairs[key] = bigrams("".join([ln.text for ln in block]))
        return found

    def joins_word(self, end: LineInfo, start: LineInfo) -> bool:
        """``breaks_word`` across the junction of ``end`` and ``start``, asked once a page: the
        second pass meets the same junctions, and jieba's segmentation costs about 10 µs each."""
        key = (end.number, start.number)
        found = self.joins.get(key)
        if found is None:
            found = self.joins[key] = breaks_word(end.text, start.text)
        return found


class _End(NamedTuple):
    """A plan's open last line and the character pairs of the plan's text."""

    line: LineInfo
    pairs: frozenset[str]


def _starts_foreign_block(prev: LineInfo, line: LineInfo) -> bool:
    """A block opening mid-paragraph right after a paragraph that ended short of the column."""
    return not _open_end(prev) and prev.fill < OPEN_END_MIN_FILL and _piece_start(line)


def _opens_article(line: LineInfo) -> bool:
    """A block opening with a byline or dateline (「本报讯（记者 林晓）……」, 「本报临江5月3日电」) opens an
    article: no article goes on past its own opening, so the run before the block ends there.
    Inside pdftotext's body runs of the evaluation set 17 such block breaks, 15 of the held-out
    set, all between two articles (13 and 14 after a column that stopped mid-sentence); a dateline
    broken before its 电 (「本报临江5月3」) opens an article too (2 more on the evaluation set)."""
    if line.leading_byline is not None or BYLINE_PREFIX.match(line.text) is not None or DATELINE.match(line.text) is not None:
        return True
    # A dateline broken before its 电 (「本报临江5月3」/「日电（记者 ……」): the agency and figures alone.
    return AGENCY_OPENING.match(line.text) is not None and _FIGURE.search(line.text) is not None


def _foreign_after_sentence(prev: LineInfo, block: tuple[LineInfo, ...], own: _Own, starts: _Starts) -> bool:
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


def _block_at(lines: tuple[LineInfo, ...], k: int) -> tuple[LineInfo, ...]:
    end = k + 1
    while end < len(lines) and lines[end].number == lines[end - 1].number + 1:
        end += 1
    return lines[k:end]


def _host_claims(block: tuple[LineInfo, ...], own: _Own, ends: list[_End]) -> bool:
    """Whether another piece's open end claims the block: it runs into the block's first word and
    shares at least as many of its character pairs as the text the block follows (a word across
    the junction alone is sometimes chance: 「……全国」/「青年……」 reads as 全国青年), or, without
    such a word, it shares far more of them."""
    first = block[0]
    pairs = bigrams("".join([ln.text for ln in block]))
    own_shared = len(pairs & own.pairs())
    return any(
        end.line is not own.lines[own.upto - 1]
        and _same_measure(end.line, first)
        and _claims(len(pairs & end.pairs), own_shared, breaks_word(end.line.text, first.text))
        for end in ends
    )


def _claims(shared: int, own_shared: int, word_across: bool) -> bool:
    """``shared``: the block's character pairs found in the other piece, ``own_shared``: in the
    text it follows."""
    if word_across:
        return shared >= own_shared
    return shared >= CLAIM_MIN_SHARED_PAIRS and shared > CLAIM_SHARED_FACTOR * own_shared


def _pairs_of(parts: list[Item]) -> frozenset[str]:
    return bigrams("".join([ln.text for part in parts for ln in part.lines]))


def _same_measure(last: LineInfo, first: LineInfo) -> bool:
    return abs(last.column_width - first.column_width) <= SAME_MEASURE


def _open_end(line: LineInfo) -> bool:
    """A column's last line that stops mid-sentence: no sentence end, and full once the marks whose
    printed width the line measure can only guess are given their widest (a line of digits or
    quotes measures short: 「……这里9月借出图书3千册，」)."""
    if line.ends_sentence or line.jump is not None or line.date_line is not None or line.text.endswith(("）", ")")):
        return False
    if line.fill >= OPEN_END_MIN_FILL:
        return True
    return bool(line.column_width) and line.width + _width_slack(line.text) >= OPEN_END_MIN_FILL * line.column_width


def _width_slack(text: str) -> float:
    """How much wider (em) the line may be printed than ``LineInfo.width`` counts it: each run of
    Latin letters or digits and each quote or bracket."""
    return LATIN_RUN_SLACK * len(_LATIN_RUN.findall(text)) + _mark_slack(text)


def _piece_start(line: LineInfo) -> bool:
    """A piece's first line that continues another piece: mid-paragraph, or a paragraph's last line."""
    return _open_start(line) or _tail_start(line)


def _tail_start(line: LineInfo) -> bool:
    """A piece opening with a paragraph's last line (「评。」): short, closing a sentence, and no
    paragraph's first line (no indent, no byline)."""
    if line.indented or line.leading_space or line.leading_byline is not None or BYLINE_PREFIX.match(line.text):
        return False
    return line.ends_sentence and line.fill < OPEN_START_MIN_FILL and line.jump is None


def _open_start(line: LineInfo) -> bool:
    if line.indented or line.leading_space or line.leading_byline is not None or BYLINE_PREFIX.match(line.text):
        return False
    if line.jump is not None:
        return False
    if line.text.startswith(("“", "（", "《")):
        return False
    return bool(line.column_width) and line.width + _mark_slack(line.text) >= OPEN_START_MIN_FILL * line.column_width


def _mark_slack(text: str) -> float:
    """How much wider (em) the line's quotes and brackets may be printed than ``LineInfo.width``
    counts them."""
    return WIDE_MARK_SLACK * len(_WIDE_MARK.findall(text))
