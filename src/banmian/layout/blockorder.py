"""The reading order of the blocks that a layout dump's columns were read into (layout.sidebyside).

Blocks are boxes in character positions and rows. Breuel's two rules order them ("High
performance document layout analysis", 2003): of two blocks overlapping horizontally the higher
comes first, of two side by side in height the left one; a column starting just under a short
headline on its right, in a row of blocks, comes before that headline. A topological sort of
those pairs, ties by position (top, then left), gives the order.
"""

from __future__ import annotations

from collections.abc import Sequence

#: A block's (left, right, top, bottom): positions and rows, inclusive.
Box = tuple[int, int, int, int]

#: Fully blank rows in a row that end every lane: white space across the whole page is a gap
#: between articles, where a single blank row is the leading of a headline's large type.
PAGE_BREAK_ROWS = 2
#: Beyond this many blocks the page is read top to bottom, left to right: the ordering rules look
#: at every pair of blocks (a thousand take about 0.1 s, and the cost grows with the square). A
#: newspaper page makes 10 to 60; only a dump of many pages run together or a vast table has more.
MAX_ORDERED_BLOCKS = 1000
#: A column may start up to this many rows under a short headline block on its right and still be
#: read before it, when that headline stands in a row of blocks on its left (the column goes on
#: from the article beside the headline: the article's title over its first column, the next
#: article's title or kicker set beside it, a row higher). On the evaluation set's -layout pages
#: article F1 0.777 -> 0.787 at two rows, 0.787 at three, 0.780 at one (any headline block).
#: Once lanes ran on across rows of a neighbour (LANE_FAR_ROWS) and runs were measured by their
#: width, three rows did better than two: article F1 0.8175 -> 0.8193, title 0.6918 -> 0.6978,
#: kicker 0.6693 -> 0.6895, caption 0.7449 -> 0.7570; four 0.8174, five 0.8154, six 0.8074.
HEAD_BESIDE_ROWS = 3
#: ... and the block on the right is a headline only when it holds at most this many runs (lines):
#: a title of one to three lines. At two runs article F1 0.784, at one 0.783, at three 0.787.
HEAD_BESIDE_RUNS = 3


def reading_order(boxes: Sequence[Box], runs: Sequence[int], dated: frozenset[int] = frozenset()) -> list[int]:
    """The blocks in reading order: a topological sort of Breuel's two rules, ties by position.

    Rule 1: of two blocks overlapping horizontally, the one starting higher comes first. Rule 2:
    of two blocks side by side in height, the one wholly on the left comes first. (Breuel's second
    rule also orders a block above and to the left of another unless a block between them spans
    both; reading blocks by their tops settles those pairs the same way on the layout sets, and
    dropping it makes the rules cost a pass over pairs instead of triples.) Rule 2 also orders a
    column that starts just under a short headline on its right, in a row of blocks, before that
    headline (see _column_under_head_beside). ``boxes`` are the blocks' (left, right, top,
    bottom) and ``runs`` the lines each holds; ``dated`` are the blocks whose last line is a date
    alone (a notice's office and date, set apart from its text), which no headline is. The indices
    of the blocks are returned in order.
    """
    n = len(boxes)
    by_position = sorted(range(n), key=lambda k: (boxes[k][2], boxes[k][0]))
    if n > MAX_ORDERED_BLOCKS:
        return by_position
    rank = {k: r for r, k in enumerate(by_position)}
    before: list[list[int]] = [[] for _ in range(n)]
    for a, (ax0, ax1, ay0, ay1) in enumerate(boxes):
        for b, (bx0, bx1, by0, by1) in enumerate(boxes):
            if a == b:
                continue
            if ax0 < bx1 and bx0 < ax1:
                if rank[a] < rank[b]:
                    before[b].append(a)
            elif ax1 <= bx0 and ((ay0 <= by1 and by0 <= ay1) or (b not in dated and _column_under_head_beside(boxes, runs, a, b))):
                before[b].append(a)
    for preds in before:
        preds.sort(key=rank.__getitem__)
    # Depth first: a block is placed once every block before it is; blocks are taken top to
    # bottom, left to right. Iterative, so a long chain of blocks cannot exhaust the stack; a
    # block met again on the current path (the rules can disagree) is passed over.
    order: list[int] = []
    placed = [False] * n
    on_path = [False] * n
    for root in by_position:
        if placed[root]:
            continue
        stack = [(root, iter(before[root]))]
        on_path[root] = True
        while stack:
            k, preds = stack[-1]
            nxt = next((p for p in preds if not placed[p] and not on_path[p]), None)
            if nxt is None:
                stack.pop()
                on_path[k] = False
                placed[k] = True
                order.append(k)
            else:
                on_path[nxt] = True
                stack.append((nxt, iter(before[nxt])))
    return order


def _column_under_head_beside(boxes: Sequence[Box], runs: Sequence[int], a: int, b: int) -> bool:
    """Whether block ``a``, wholly left of block ``b``, is a column that starts just under ``b``, a
    short headline that stands in a row of blocks beside other blocks on its left.

    pdftotext sets a title over its article's first column, and the article's next column a row
    or two lower (its text starts under the title's last line); the next article's headline,
    set on the right of the title, ends before that column starts, and so Breuel's second rule
    never sees them side by side: the headline was read first and broke the article in two. A
    headline at the top of the page (a banner over every column) has no block beside it on its
    left and keeps its place, and a column under white space across the page starts a band of
    its own.
    """
    ax0, ax1, ay0, ay1 = boxes[a]
    bx0, bx1, by0, by1 = boxes[b]
    if not by1 < ay0 <= by1 + HEAD_BESIDE_ROWS or runs[b] > HEAD_BESIDE_RUNS:
        return False
    if _open_band(boxes, by1, ay0):
        # White space across the page between them: the column starts a new band of the page,
        # under the header's pieces or a band of articles (article F1 0.8254 -> 0.8270).
        return False
    return any(
        cx1 <= bx0 and cy0 <= by0 <= cy1 for c, (cx0, cx1, cy0, cy1) in enumerate(boxes) if c != a and c != b
    )


def _open_band(boxes: Sequence[Box], above: int, below: int) -> bool:
    """Whether PAGE_BREAK_ROWS rows in a row between rows ``above`` and ``below`` lie outside
    every block's rows: white space across the whole page (the lanes all ended there)."""
    free = 0
    for row in range(above + 1, below):
        covered = any(y0 <= row <= y1 for _, _, y0, y1 in boxes)
        free = 0 if covered else free + 1
        if free >= PAGE_BREAK_ROWS:
            return True
    return False
