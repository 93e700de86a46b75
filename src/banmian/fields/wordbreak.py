"""Does a line break fall inside a word?

Chinese is set without spaces and lines break anywhere, so a body line often ends in the middle
of a word that the next line finishes (「……县实验中」/「学于近日举行……」). A headline never does
that with the body text beside it: a title ends where its words end, and the text below starts a
sentence of its own. So a line that would be a headline but whose first or last word runs across
the break into a neighbouring body line is itself body text.

Words come from jieba's dictionary (``HMM=False``: known words only, so two characters that merely
sit together are not taken for an unknown word). Only a few characters either side of the break
are segmented: enough for any dictionary word to span it.

The segmentation is jieba's own (its word graph and best route, ``Tokenizer.get_DAG`` and
``Tokenizer.calc``, with the same floats), done here on the one block of characters that holds the
break: ``Tokenizer.cut`` spends most of a short string's time on its generators and on the blocks
around the break, which cannot put a word across it. A page asks about a hundred junctions.
"""

from __future__ import annotations

import functools
import logging
import re
from math import log

#: Characters taken from each side of the break: jieba's longest common words are four
#: characters, so a word spanning the break lies within three on either side.
CONTEXT_CHARS = 4
#: The characters jieba segments with its dictionary (``jieba.re_han_default``): it cuts a string
#: into maximal runs of them and gives every other character as a word of its own.
_HAN_BLOCK = re.compile("[\u4e00-\u9fd5a-zA-Z0-9+#&._%\\-]+")


@functools.lru_cache(maxsize=1)
def _tokenizer():  # noqa: ANN202 - jieba.Tokenizer
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def breaks_word(left: str, right: str) -> bool:
    """Whether a word of the dictionary spans the end of ``left`` and the start of ``right``."""
    tail, head = left[-CONTEXT_CHARS:], right[:CONTEXT_CHARS]
    if not tail or not head or not _is_cjk(tail[-1]) or not _is_cjk(head[0]):
        return False
    tokenizer = _tokenizer()
    if not _word_spans(tokenizer.FREQ, tail, head):
        return False  # no dictionary word spans the break: segmenting (the costly part) is skipped
    text = tail + head
    for block in _HAN_BLOCK.finditer(text):
        if block.start() < len(tail) < block.end():
            return _route_spans(
                tokenizer.FREQ, log(tokenizer.total), block.group(), len(tail) - block.start()
            )
    return False  # a character on either side of the break is a word of its own to jieba


def _word_spans(freq: dict[str, int], tail: str, head: str) -> bool:
    """Whether some dictionary word is an end of ``tail`` followed by a start of ``head``: what
    segmenting needs to put a word across the break. jieba's dictionary also holds every prefix of
    its words (count 0), so a string not in it starts no word and the search stops there."""
    starts = [head[:m] for m in range(1, len(head) + 1)]
    for k in range(len(tail)):
        end = tail[k:]
        for start in starts:
            count = freq.get(end + start)
            if count is None:
                break
            if count:
                return True
    return False


def _route_spans(freq: dict[str, int], logtotal: float, block: str, cut: int) -> bool:
    """Whether a word of jieba's best segmentation of ``block`` (``HMM=False``) spans position
    ``cut``. As jieba does: from the end of the block, the best route from each position takes the
    dictionary word starting there (the character alone if none does) that maximises log frequency
    less log total plus the best route after it, a tie going to the longer word; the same floats,
    added in the same order."""
    n = len(block)
    score: list[float] = [0.0] * (n + 1)  # best log probability of block[idx:] (jieba's route[idx][0])
    stop = [0] * (n + 1)  # last index of the first word of that best route (route[idx][1])
    for idx in range(n - 1, -1, -1):
        best = best_stop = None
        i = idx
        frag = block[idx]
        while i < n and frag in freq:
            count = freq[frag]
            if count:  # a word, not only a prefix of one
                value = log(count) - logtotal + score[i + 1]
                if best is None or value >= best:
                    best, best_stop = value, i
            i += 1
            frag = block[idx : i + 1]
        if best is None:  # no word starts here: the character alone
            best, best_stop = log(freq.get(block[idx]) or 1) - logtotal + score[idx + 1], idx
        score[idx], stop[idx] = best, best_stop
    x = 0
    while x < cut:
        x = stop[x] + 1
    return x != cut


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"
