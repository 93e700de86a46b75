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
``Tokenizer.calc``), run here on the one block of characters that holds the break:
``Tokenizer.cut`` spends most of a short string's time on its generators and on the blocks around
the break, which cannot put a word across it. A page asks about a hundred junctions.
"""

from __future__ import annotations

import functools
import logging
import re

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
            return _route_spans(tokenizer, block.group(), len(tail) - block.start())
    return False  # a character on either side of the break is a word of its own to jieba


def may_break_word(left: str, right: str) -> bool:
    """Whether some dictionary word spans the end of ``left`` and the start of ``right``, on or off
    jieba's best route: ``breaks_word``'s cheap first test, true of every break it finds (about
    a tenth of its cost)."""
    tail, head = left[-CONTEXT_CHARS:], right[:CONTEXT_CHARS]
    if not tail or not head or not _is_cjk(tail[-1]) or not _is_cjk(head[0]):
        return False
    return _word_spans(_tokenizer().FREQ, tail, head)


def is_word(text: str) -> bool:
    """Whether ``text`` is a word of jieba's dictionary (its prefixes, held with count 0, are not)."""
    return bool(_tokenizer().FREQ.get(text))


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


def _route_spans(tokenizer, block: str, cut: int) -> bool:  # noqa: ANN001 - jieba.Tokenizer
    """Whether a word of jieba's best segmentation of ``block`` (``HMM=False``) spans position
    ``cut``: jieba's word graph and best route (``get_DAG``, ``calc``), walked from the start."""
    route: dict[int, tuple[float, int]] = {}
    tokenizer.calc(block, tokenizer.get_DAG(block), route)
    x = 0
    while x < cut:
        x = route[x][1] + 1
    return x != cut


#: Characters that, standing alone as a word, join what follows them to what precedes them (和, 与,
#: 及, 并, 或, 而; 的, 之): a line opening with one of them goes on a phrase begun on the line above.
CONNECTIVES = frozenset("和与及并或而的之")


def opens_with_connective(text: str) -> bool:
    """Whether ``text`` opens with a connective that is a word of its own (「和农村厅……」), not the
    first character of a longer word (「和平……」, 「与会……」, 「及时……」)."""
    if text[:1] not in CONNECTIVES:
        return False
    # A connective is a Han character, so the block of them at the start holds at least it.
    block = _HAN_BLOCK.match(text[:CONTEXT_CHARS]).group()
    return not _route_spans(_tokenizer(), block, 1)


@functools.lru_cache(maxsize=1)
def _pos_tokenizer():  # noqa: ANN202 - jieba.posseg.POSTokenizer
    from jieba import posseg

    return posseg.POSTokenizer(_tokenizer())


def clear_word_caches() -> None:
    """Forget the words cut so far (``last_word``, ``tagged_words``, ``first_words``). The cuts are
    kept across calls because one page asks for the same headline's words several times (on 40
    pdfium pages of seed 1003, 280 of 602 asks were repeats within their page). A benchmark that
    parses one page again and again clears them before each parse, so that it times a page the
    process has not seen (``banmian.bench``): kept, they made the real sample page 7 % faster than
    a page met once."""
    for cached in (last_word, tagged_words, first_words):
        cached.cache_clear()


#: Characters at the end of a text that ``last_word`` tags: jieba's route is chosen from the text's
#: end backwards, so the last word of a line is the last word of its last few characters, and the
#: tagger's HMM need not run over the line's other unknown stretches. The development sets' 3,000
#: readings came out byte for byte the same; callgrind, 5 parses each: real sample 177.04 M ->
#: 176.87 M instructions a parse, a pdfium page of the evaluation set (p0054) 149.67 M -> 148.99 M.
LAST_WORD_WINDOW = 10


@functools.lru_cache(maxsize=4096)
def last_word(text: str) -> tuple[str, str] | None:
    """The last word of ``text`` as jieba's part-of-speech tagger cuts it (its dictionary, and its
    HMM for runs of characters the dictionary does not join), with its tag (``v`` a verb, ``n`` a
    noun, ``ns`` a place name …); None for a text without one."""
    last = None
    for pair in _pos_tokenizer().cut(text[-LAST_WORD_WINDOW:]):
        if pair.word.strip():
            last = pair
    return (last.word, last.flag) if last is not None else None


@functools.lru_cache(maxsize=4096)
def tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """Every word of ``text`` as jieba's part-of-speech tagger cuts it, each with its tag."""
    return tuple((pair.word, pair.flag) for pair in _pos_tokenizer().cut(text) if pair.word.strip())


@functools.lru_cache(maxsize=4096)
def first_words(text: str, count: int = 2) -> tuple[tuple[str, str], ...]:
    """The first ``count`` words of ``text`` as jieba's part-of-speech tagger cuts it, each with
    its tag (``nr`` a person's name, ``v`` a verb …); fewer where the text holds fewer."""
    out: list[tuple[str, str]] = []
    for pair in _pos_tokenizer().cut(text):
        if pair.word.strip():
            out.append((pair.word, pair.flag))
            if len(out) == count:
                break
    return tuple(out)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"
