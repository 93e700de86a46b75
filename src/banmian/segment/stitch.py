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
come, first served on a tie). Both are guesses that lower the article's confidence. A piece
still left may go on a paragraph that ran past a column's foot right after a full stop: it joins
the column ending so, at a block break, that shares many of its words (``_link_closed_ends``).

A piece may also open with the last line of a paragraph (「评。」, short and closing a sentence):
it continues a column too, and pairs like a piece opening mid-paragraph. A piece set right under a
byline line of its own (「本报记者 林晓」) opens its article, however full its first line: on
pdftotext's pages of the evaluation set, of the 19 open-looking pieces under a byline line, 12
opened their article by the truth; most of the rest stood under a byline that pdftotext printed
tight inside another body run, which the rule leaves alone. pdftotext article F1 there 0.6773 ->
0.6795, held-out set 0.6150 -> 0.6158.

Before pairing, body runs are cut where the extractor printed another article's block into them
(segment.foreignblocks). Last, a piece opening a paragraph, printed right after another piece's
body with no headline of its own, joins the piece whose rare words it repeats
(segment.paragraphpieces).
"""

from __future__ import annotations

from collections import deque

from banmian.fields.openings import BYLINE_PREFIX
from banmian.fields.wordbreak import breaks_word
from banmian.segment.foreignblocks import split_foreign_blocks
from banmian.segment.items import Item, ItemKind
from banmian.segment.junctions import (
    CLAIM_MIN_SHARED_PAIRS,
    CLAIM_SHARED_FACTOR,
    OPEN_END_MIN_FILL,
    claims,
    lines_open_end,
    parts_pairs,
    piece_start,
    printed_lines,
    same_measure,
)
from banmian.segment.paragraphpieces import link_paragraph_pieces
from banmian.segment.plans import ArticlePlan
from banmian.segment.roles import Role


def stitch(entries: list, split_blocks: bool = True) -> list:
    """Entries with continued pieces merged, in reading order, into the plan they continue;
    ``split_blocks``: body runs cut first where a foreign block follows a finished paragraph."""

    if split_blocks:
        joins: dict[tuple[int, int], bool] = {}  # word across (end line, start line), for both passes
        # Blocks' character pairs by first and last line, for both passes: a block is the page's
        # lines between those two, whichever plan holds it.
        pairs: dict[tuple[int, int], frozenset[str]] = {}
        cut = split_foreign_blocks(entries, joins, pairs)
        # A cut leaves a new open end, which may claim a block the first pass had to leave.
        entries = split_foreign_blocks(cut, joins, pairs) if len(cut) > len(entries) else cut
    plans = [e for e in entries if isinstance(e, ArticlePlan) and e.bodies]
    after: dict[int, int] = {}  # plan index -> index of the plan continuing it
    # Which pieces end open, asked once: their last lines do not change while pieces are paired.
    printed = printed_lines(entries)
    ends = frozenset(k for k, plan in enumerate(plans) if lines_open_end(plan.bodies[-1].lines, printed))
    opened = _opened_under_bylines(entries)
    starts = frozenset(
        j for j, plan in enumerate(plans) if plan.bodies[0].first not in opened and piece_start(plan.bodies[0].lines[0])
    )
    _link_by_words(plans, after, ends, starts)
    guessed = _link_first_come(plans, after, ends, starts)
    _link_closed_ends(plans, after, ends, starts, guessed, printed)
    # Headless pieces opening a paragraph, printed after another article's body (segment.paragraphpieces).
    link_paragraph_pieces(entries, plans, after, opened, lambda c: _join_in_order(c, after, set(after.values()), guessed))
    before = {piece: host for host, piece in after.items()}
    continued = {id(plans[k]) for k in before}
    # A piece opening mid-paragraph that no open end took is still a column of an article printed
    # apart (its article's column before it ended with a sentence at the column's foot): no
    # left-over headline is offered to it (segment.attach). On pdftotext's pages of the evaluation
    # set 53 of the 62 such pieces that got a headline (and could be read against the truth) were
    # not their article's opening by the truth. Article F1 there 0.6832 -> 0.6845, kicker 0.518
    # -> 0.528, banner 0.827 -> 0.840 (subtitle 0.6934 -> 0.6914, caption 0.5903 -> 0.5878);
    # held-out set unchanged (0.6181), title 0.4539 -> 0.4551, subtitle 0.729 -> 0.736. A piece
    # with a byline under its first lines opens its article (``_byline_before_first_stop``).
    for j in starts:
        if j not in before and not _byline_before_first_stop(plans[j]):
            plans[j].unjoined = True
    for k, plan in enumerate(plans):
        if k in before:
            continue
        nxt = after.get(k)
        while nxt is not None:
            plan.parts.extend(plans[nxt].parts)
            plan.guessed_joins += plans[nxt].guessed_joins + (1 if nxt in guessed else 0)
            nxt = after.get(nxt)
    return [e for e in entries if id(e) not in continued]


def _opened_under_bylines(entries: list) -> frozenset[int]:
    """Numbers of the body lines set right under a byline line (「本报记者 林晓」) that itself stands
    apart from the body text before it: the article's opening, whatever its first line looks like
    (pdftotext prints no indent, so a full first line reads as a column going on). A byline line
    printed tight inside a body run is one pdftotext moved there from its headline; the line
    under it may well go on from the line above."""
    body_lines = {ln.number for e in entries if isinstance(e, ArticlePlan) for part in e.bodies for ln in part.lines}
    opened: set[int] = set()
    for entry in entries:
        if not isinstance(entry, Item) or entry.kind is not ItemKind.HEADS:
            continue
        for line, role in zip(entry.lines, entry.roles, strict=True):
            if role is Role.BYLINE and line.byline_line is not None and line.number - 1 not in body_lines:
                opened.add(line.number + 1)
    return frozenset(opened)


def _byline_before_first_stop(plan: ArticlePlan) -> bool:
    """A line opening with a byline or dateline (本报讯（记者 林晓）) among the piece's first lines,
    before any sentence ends: the lines above it are the article's headline read as body (pdfium
    prints a headline in the body's measure), and the piece opens its article; no column goes on
    with a byline. On the evaluation set's pdfium pages such a piece, taken for an unjoined one,
    lost its left-over headline (subtitle F1 0.8330 there instead of 0.8347)."""
    for line in plan.bodies[0].lines[1:]:
        if line.leading_byline is not None or BYLINE_PREFIX.match(line.text) is not None:
            return True
        if line.ends_sentence:
            return False
    return False


def _link_by_words(
    plans: list[ArticlePlan], after: dict[int, int], open_ends: frozenset[int], open_starts: frozenset[int]
) -> None:
    """Pair open ends with open starts where a word runs across the junction, in either order.

    A word across is sometimes chance (「……全国」/「青年……」 reads as 全国青年): a start goes to an
    end it makes a word with only when no other open end in its measure shares far more of its
    character pairs (CLAIM_MIN_SHARED_PAIRS, CLAIM_SHARED_FACTOR), as a column's own article
    repeats its names and terms. Without that test, 26 of the 172 joins made on a word across on
    pdftotext's pages of the evaluation set were wrong; with it pdftotext article F1 went 0.612 ->
    0.621 there and 0.578 -> 0.581 on the held-out set (factor 1.5 / 2 / 1: 0.620 / 0.621 / 0.619).
    """
    ends = sorted(open_ends)
    if not ends:
        return
    known: dict[int, frozenset[str]] = {}

    def pairs_of(index: int) -> frozenset[str]:
        found = known.get(index)
        if found is None:
            found = known[index] = parts_pairs(plans[index].parts)
        return found

    taken: set[int] = set()
    # The open starts, found once: a page's text run together from many pages asks every open end
    # about every piece.
    starts = [(j, piece.bodies[0].lines[0]) for j, piece in enumerate(plans) if j in open_starts]
    for k in ends:
        last = plans[k].bodies[-1].lines[-1]
        for j, first in starts:
            if j == k or j in taken or not same_measure(last, first):
                continue
            if not breaks_word(last.text, first.text) or _closes_cycle(after, k, j):
                continue
            shared = len(pairs_of(j) & pairs_of(k))
            rivals = (o for o in ends if o not in (k, j) and same_measure(plans[o].bodies[-1].lines[-1], first))
            if any(claims(len(pairs_of(j) & pairs_of(o)), shared, False) for o in rivals):
                continue  # the word across is chance: another column repeats the piece's words
            after[k] = j
            taken.add(j)
            break


def _link_first_come(
    plans: list[ArticlePlan], after: dict[int, int], open_ends: frozenset[int], open_starts: frozenset[int]
) -> set[int]:
    """Pair the open starts left with the earliest waiting open end before them (``open_ends``:
    the pieces that end open, ``open_starts``: those that start open); the pieces so joined
    (indices) are guesses."""
    continued = set(after.values())
    waiting: deque[int] = deque()
    guessed: set[int] = set()
    _link_best_first(plans, after, continued, guessed, open_ends, open_starts)
    for j in range(len(plans)):
        if j not in continued and j in open_starts:
            host = _host_for(plans, waiting, after, j)
            if host is not None:
                after[host] = j
                waiting.remove(host)
                guessed.add(j)
                continued.add(j)
        if j not in after and j in open_ends:
            waiting.append(j)
    _link_backwards(plans, after, continued, guessed, open_ends, open_starts)
    return guessed


def _link_best_first(
    plans: list[ArticlePlan],
    after: dict[int, int],
    continued: set[int],
    guessed: set[int],
    open_ends: frozenset[int],
    open_starts: frozenset[int],
) -> None:
    """Pair open starts with open ends by the character pairs their pieces share, the pair sharing
    most first: taken in printing order, a start would go to a waiting end that shares nothing
    with it (a foreign column cut off, joined straight back) before the start that shares its
    words comes. Pairs sharing fewer than CLAIM_MIN_SHARED_PAIRS (common words any two articles
    share) are left to first come; an end printed after the start (the extractor printed a later
    column first) needs BACKWARD_BEST_FIRST_MIN_PAIRS, as the order says nothing for it."""
    ends = [k for k in sorted(open_ends) if k not in after]
    starts = [j for j in sorted(open_starts) if j not in continued]
    if not ends or not starts:
        return
    pairs = {k: parts_pairs(plans[k].parts) for k in {*ends, *starts}}
    candidates = []
    for j in starts:
        first = plans[j].bodies[0].lines[0]
        for k in ends:
            if k != j and same_measure(plans[k].bodies[-1].lines[-1], first):
                shared = len(pairs[j] & pairs[k])
                if shared >= (CLAIM_MIN_SHARED_PAIRS if k < j else BACKWARD_BEST_FIRST_MIN_PAIRS):
                    candidates.append((-shared, j, k))
    # Most shared first; on a tie, the earlier start and the earlier end, as first come would.
    _join_in_order(candidates, after, continued, guessed)


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


def _link_backwards(
    plans: list[ArticlePlan],
    after: dict[int, int],
    continued: set[int],
    guessed: set[int],
    open_ends: frozenset[int],
    open_starts: frozenset[int],
) -> None:
    """Open starts that no waiting column took go to the open end printed after them whose piece
    shares most of their words: a guess, like first come."""
    ends = [k for k in sorted(open_ends) if k not in after]
    host_pairs = {k: parts_pairs(plans[k].parts) for k in ends}
    for j, piece in enumerate(plans):
        first = piece.bodies[0].lines[0]
        if j in continued or j not in open_starts:
            continue
        pairs = parts_pairs(piece.parts)
        if not pairs:
            continue
        fits = [
            (len(pairs & host_pairs[k]) / len(pairs), k)
            for k in ends
            if k > j and k not in after and same_measure(plans[k].bodies[-1].lines[-1], first) and not _closes_cycle(after, k, j)
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
    pairs = parts_pairs(plans[j].parts)
    fits = [
        k
        for k in waiting
        if k not in after and same_measure(plans[k].bodies[-1].lines[-1], first) and not _closes_cycle(after, k, j)
    ]
    return max(fits, key=lambda k: len(pairs & parts_pairs(plans[k].parts)), default=None)


#: Character pairs an open start no open end took must share with a column that ended with its
#: sentence at its foot for the two to be joined (segment.stitch._link_closed_ends), and more than
#: CLAIM_SHARED_FACTOR times as many as with any other such column: a full last line that closes a
#: sentence is most often an article's last, and only many of its article's words tell a column
#: going on after it. pdftotext article F1 on the evaluation set 0.6845 without the rule, 0.6854 /
#: 0.6858 / 0.6872 / 0.6857 at 12 / 15 / 20 / 25 (at 3, without the block-break test below,
#: 0.6827, at 3 with a factor of 1.5, 0.6802); held-out set 0.6181 -> 0.6214 at 20.
CLOSED_END_MIN_SHARED_PAIRS = 20


def _link_closed_ends(
    plans: list[ArticlePlan],
    after: dict[int, int],
    open_ends: frozenset[int],
    open_starts: frozenset[int],
    guessed: set[int],
    printed: frozenset[int],
) -> None:
    """Open starts that no open end took go to a column that ended with its sentence at its
    foot (a full last line closing a sentence, the paragraph going on in the next column) when
    that column's piece shares many of their words (CLOSED_END_MIN_SHARED_PAIRS) and far more than
    any other such column: an article repeats its names and terms. Both must stand at a block
    break (a blank line after the column, before the start; ``printed``: ``printed_lines``), where
    pdftotext ends a column's block: without that test pdfium's pages, printed without blank
    lines, lost 0.002 of article F1. The pairs are guesses, the pair sharing most first."""
    continued = set(after.values())
    hosts = [k for k, plan in enumerate(plans) if k not in after and k not in open_ends and _ends_column_closed(plan, printed)]
    if not hosts:
        return
    pairs = {k: parts_pairs(plans[k].parts) for k in hosts}
    candidates = []
    for j in sorted(open_starts):
        first = plans[j].bodies[0].lines[0]
        if j in continued or first.number - 1 in printed:
            continue
        own = parts_pairs(plans[j].parts)
        fits = sorted(
            ((len(own & pairs[k]), k) for k in hosts if k != j and same_measure(plans[k].bodies[-1].lines[-1], first)),
            reverse=True,
        )
        if not fits:
            continue
        shared, host = fits[0]
        runner_up = fits[1][0] if len(fits) > 1 else 0
        if shared >= CLOSED_END_MIN_SHARED_PAIRS and shared > CLAIM_SHARED_FACTOR * runner_up:
            candidates.append((-shared, j, host))
    _join_in_order(candidates, after, continued, guessed)


def _ends_column_closed(plan: ArticlePlan, printed: frozenset[int]) -> bool:
    """The plan's last line fills its column, closes a sentence and ends its block: a column's
    foot where the sentence ended (not a brief's closing authors, not a jump note)."""
    last = plan.bodies[-1].lines[-1]
    return (
        last.ends_sentence
        and last.jump is None
        and last.fill >= OPEN_END_MIN_FILL
        and not last.text.endswith(("）", ")"))
        and last.number + 1 not in printed
    )


def _join_in_order(
    candidates: list[tuple[int, int, int]], after: dict[int, int], continued: set[int], guessed: set[int]
) -> None:
    """Join the candidate pairs (minus shared pairs, start, end) most shared first, each start and
    end once, as guesses; a pair that would close a cycle of pieces is passed over."""
    for _, j, k in sorted(candidates):
        if k in after or j in continued or _closes_cycle(after, k, j):
            continue
        after[k] = j
        guessed.add(j)
        continued.add(j)


def _closes_cycle(after: dict[int, int], host: int, piece: int) -> bool:
    k: int | None = piece
    while k is not None:
        if k == host:
            return True
        k = after.get(k)
    return False

