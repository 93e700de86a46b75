"""How well each headline fits each body: the share of the headline's character pairs that recur
in the body's opening (segment.affinity), remembered while one page is planned; and, remembered
likewise, which bodies are briefs."""

from __future__ import annotations

from operator import add

from banmian.segment.affinity import body_opening, stack_bigrams
from banmian.segment.plans import ArticlePlan, is_brief
from banmian.segment.stacks import Stack


class Fits:
    """How well each headline fits each body (``affinity``), remembered for one page's planning:
    both readings and their re-splits ask the same pairs again. Keyed by identity; the stacks and
    plans are held here, so no key is reused by a new object while the memo lives, and no plan's
    parts change while it does (planning mutates plans only after the last ``attach``)."""

    __slots__ = ("_bigrams", "_briefs", "_fits", "_openings")

    def __init__(self) -> None:
        self._bigrams: dict[int, tuple[Stack, frozenset[str]]] = {}
        self._openings: dict[int, tuple[ArticlePlan, frozenset[str]]] = {}
        self._fits: dict[tuple[int, int], float] = {}
        self._briefs: dict[int, tuple[ArticlePlan, bool]] = {}

    def brief(self, plan: ArticlePlan) -> bool:
        """``is_brief`` of the plan, asked once a page: every reading's ``attach`` asks it of every
        body, and the closing credit's grammar it runs (fields.trailingcredits) is costly (on the
        demo page four of its five parts of a millisecond were asked again)."""
        held = self._briefs.get(id(plan))
        if held is None:
            held = self._briefs[id(plan)] = (plan, is_brief(plan))
        return held[1]

    def pairs(self, stack: Stack) -> frozenset[str]:
        """The stack's character pairs (``stack_bigrams``)."""
        held = self._bigrams.get(id(stack))
        if held is None:
            held = self._bigrams[id(stack)] = (stack, stack_bigrams(stack))
        return held[1]

    def fit(self, stack: Stack, plan: ArticlePlan) -> float:
        """``affinity`` of the stack's pairs in the plan's opening. The opening is kept as the set
        of its adjacent character pairs: a pair of characters occurs in a text exactly when it is
        one of the text's adjacent pairs, so a set intersection gives what ``affinity``'s
        substring tests give, for a page's many headline-body pairs at the cost of one."""
        key = (id(stack), id(plan))
        found = self._fits.get(key)
        if found is None:
            pairs = self.pairs(stack)
            held = self._openings.get(id(plan))
            if held is None:
                opening = body_opening(plan.parts)
                held = self._openings[id(plan)] = (plan, frozenset(map(add, opening, opening[1:])))
            found = self._fits[key] = len(pairs & held[1]) / len(pairs) if pairs and held[1] else 0.0
        return found
