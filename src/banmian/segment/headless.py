"""Bodies left without a headline, joined to the headed article that shares their words.

Every article but a brief has a headline, so a body that none took, that is no brief and does not
open with a byline, is a piece of an article whose columns the extractor printed apart and that no
open end or start tied back (a column that ended with its paragraph): pdftotext prints such
pieces away from their article.
"""

from __future__ import annotations

from banmian.layout.lines import CREDIT_ONLY
from banmian.segment.affinity import bigrams
from banmian.segment.foreignblocks import opens_article
from banmian.segment.plans import GUESSED_JOIN_CONFIDENCE, ArticlePlan, is_brief

#: A body without a headline joins the headed article holding at least this share (0–1) of its
#: CJK character pairs, and HEADLESS_MERGE_MARGIN times the share the next best holds.
#: Evaluation set / held-out set, pdftotext article F1: 0.6233 / 0.5827 without, 0.6249 / — at 0.15, 0.6252 / 0.5837 at 0.2, 0.6242 / — at 0.25; pdfium 0.8909 ->
#: 0.8918 and 0.8775 -> 0.8777 at 0.2. Margin 1.5, 2, 3: 0.6252, 0.6252, 0.6249 (the runner-up
#: keeps a piece that two articles share words with where it is).
HEADLESS_MERGE_MIN_SHARE = 0.2
HEADLESS_MERGE_MARGIN = 2.0
#: A piece the stitcher cut off its run because another plan repeats its words (``claimed``) needs
#: only this share: the cut already says it belongs elsewhere, and such a piece (a paragraph that
#: names its article's terms a few times) often holds fewer than HEADLESS_MERGE_MIN_SHARE of them.
#: pdftotext article F1 on the evaluation set 0.6469 / 0.6485 / 0.6491 / 0.6493 at 0.2 / 0.1 /
#: 0.05 / 0 (pdftotext-layout 0.7195 / 0.7206 / 0.7205 / 0.7202; subtitle F1 -0.002 below 0.1).
HEADLESS_CLAIMED_MIN_SHARE = 0.1
#: Where blank lines mark the extractor's blocks, a body sharing fewer of its pairs still joins the
#: headed article holding at least this share (0–1) of them when that article holds
#: HEADLESS_CLEAR_MARGIN times the share the next best holds: a long column shares a small share
#: with its own article (the other columns repeat only its names and terms), the other articles
#: only common words. On pdftotext's pages of the evaluation set, of the 31 headless bodies whose
#: own article shared most of their pairs but that no rule joined, 7 joined so, no body joined
#: a wrong article. pdftotext article F1 there 0.7107 -> 0.7164 (0.7160 at 0.06 / 2, 0.7159 at
#: 0.04 / 2.5, 0.7162 at 0.08 / 2.5, 0.7137 at 0.06 / 3), -layout 0.8047 -> 0.8060, held-out set
#: 0.6447 -> 0.6467 (-layout 0.8058 -> 0.8083). On pdfium's pages, printed without blank lines, a
#: headless body is as often an article whose headline was lost: there the rule joined two such
#: articles to others (article F1 0.9705 -> 0.9695), hence ``blocks_marked``.
HEADLESS_CLEAR_MIN_SHARE = 0.06
HEADLESS_CLEAR_MARGIN = 2.5


def merge_headless(plans: list[ArticlePlan], blocks_marked: bool = False) -> dict[int, ArticlePlan]:
    """Bodies left without a headline, which are no brief and do not open with a byline, join the
    headed article that shares most of their words, when it shares at least
    HEADLESS_MERGE_MIN_SHARE of their character pairs and HEADLESS_MERGE_MARGIN times as many as
    the next best: every article but a brief has a headline, so such a body is a piece of an
    article whose columns the extractor printed apart and no open end or start tied back (a column
    that ended with its paragraph); a piece cut off its run as claimed by another plan's words
    needs only HEADLESS_CLAIMED_MIN_SHARE, and where blank lines mark the extractor's blocks
    (``blocks_marked``) a body whose words one article repeats far more than any other needs only
    HEADLESS_CLEAR_MIN_SHARE. The piece goes before the article's text when printed before
    it and that text does not open with a byline (an article's opening comes first), after it
    otherwise. Returns the merged plans (by identity) and the plans they joined."""
    headed = [p for p in plans if p.stack is not None and p.bodies]
    merged: dict[int, ArticlePlan] = {}
    if not headed:
        return merged
    text_pairs: dict[int, frozenset[str]] = {}

    def pairs_of(plan: ArticlePlan) -> frozenset[str]:
        found = text_pairs.get(id(plan))
        if found is None:
            found = text_pairs[id(plan)] = bigrams("".join([ln.text for part in plan.parts for ln in part.lines]))
        return found

    for plan in plans:
        first = plan.bodies[0].lines[0] if plan.bodies else None
        if first is None or plan.stack is not None or is_brief(plan) or opens_article(first):
            continue
        own = pairs_of(plan)
        if not own:
            continue
        # One article goes on to one other page: a piece and a host that both do are two articles.
        jumps = _continues_elsewhere(plan)
        hosts = [(n, h) for n, h in enumerate(headed) if not (jumps and _continues_elsewhere(h))]
        fits = sorted(((len(own & pairs_of(h)) / len(own), n) for n, h in hosts), reverse=True)
        if not fits:
            continue
        best, host_index = fits[0]
        runner_up = fits[1][0] if len(fits) > 1 else 0.0
        if not _clear_host(best, runner_up, plan.claimed, blocks_marked and not _holds_credit(plan)):
            continue
        host = headed[host_index]
        opening = host.bodies[0].lines[0]
        if plan.parts[0].first < host.parts[0].first and opening.leading_byline is None:
            host.parts[:0] = plan.parts
        else:
            host.parts.extend(plan.parts)
        host.captions.extend(plan.captions)
        host.confidence = min(host.confidence, GUESSED_JOIN_CONFIDENCE)
        merged[id(plan)] = host
    return merged


def _clear_host(best: float, runner_up: float, claimed: bool, blocks_marked: bool) -> bool:
    """Whether the headed article sharing ``best`` of a headless body's character pairs (0–1),
    the next best ``runner_up``, takes it (``claimed``: the body was cut off its run as another
    plan's; ``blocks_marked``: blank lines end the extractor's blocks, as pdftotext prints a page's
    columns, and a body left without a headline there is far likelier a column printed apart than
    an article whose headline was lost, HEADLESS_CLEAR_MIN_SHARE)."""
    floor = HEADLESS_CLAIMED_MIN_SHARE if claimed else HEADLESS_MERGE_MIN_SHARE
    if best >= floor and best >= HEADLESS_MERGE_MARGIN * runner_up:
        return True
    return blocks_marked and best >= HEADLESS_CLEAR_MIN_SHARE and best >= HEADLESS_CLEAR_MARGIN * runner_up


def _holds_credit(plan: ArticlePlan) -> bool:
    """A line of the body is a credit alone in brackets (「（林晓 何春生）」): the body is a brief,
    or holds one's end, whose authors the extractor printed among its lines; a brief is an article
    of its own, which the words it shares with another article do not make a piece of that one. On
    the real county page in ../shared (pdftotext's text) a brief so printed joined an article on a
    related matter and cost that page an article; the synthetic sets are unchanged."""
    return any(CREDIT_ONLY.match(ln.text) is not None for part in plan.bodies for ln in part.lines)


def _continues_elsewhere(plan: ArticlePlan) -> bool:
    """The plan's text holds a note that it goes on on another page (「（下转第二版）」). An article
    continues on one page at most, so a piece holding such a note never joins a host holding one:
    on pdftotext's pages of the evaluation set such pieces joined another article's text, each
    ending its own column with its own note. Article F1 there 0.7024 -> 0.7029, title 0.5448 ->
    0.5453, subtitle 0.7214 -> 0.7230, caption 0.5827 -> 0.5852, jump 0.5871 -> 0.5890; pdfium,
    pdftotext -layout and the held-out set unchanged."""
    return any(ln.jump is not None and ln.jump.direction == "to" for part in plan.bodies for ln in part.lines)
