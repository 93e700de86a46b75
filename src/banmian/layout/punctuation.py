"""Character classes of Chinese typesetting used by the line and paragraph rules."""

from __future__ import annotations

import re

#: A paragraph (or a sentence) can end after these. Closing quotes and brackets count only when
#: a sentence-final mark stands before them (「……。”」), checked by ``ends_sentence``.
SENTENCE_FINAL = frozenset("。！？!?…")
CLOSERS = frozenset("”’」』）)》〉】")
#: A line ending in one of these cannot end a paragraph: the sentence goes on.
CONTINUING = frozenset("，、；：,;:（(“‘「『《〈【—·")
#: Marks of running text, which a headline line does not hold.
RUNNING_TEXT_MARKS = frozenset("，。、；：！？,;:")


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: 「……。」, 「……。”」, 「……！）」, 「……”。」."""
    stripped = text.rstrip()
    while stripped and stripped[-1] in CLOSERS:
        stripped = stripped[:-1]
    return bool(stripped) and stripped[-1] in SENTENCE_FINAL


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2FFFF or 0xF900 <= code <= 0xFAFF


#: Runs of CJK characters, the ranges of ``is_cjk``: one regular-expression scan of a text instead
#: of one call per character.
CJK_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff\uf900-\ufaff]+")


#: Marks that Founder's typesetting squeezes to half an em (标点挤压), placing the next character
#: into the mark's box (a closing mark) or the mark into the box of the character before it (an
#: opening mark): the PDF path measures gaps from their ink, the text path sets the pieces an
#: extractor broke at them back into lines (layout.fragments), and the generator draws them so.
SQUEEZED_CLOSING_MARKS = frozenset("，、。；：！？”’）》」』〉】")
SQUEEZED_OPENING_MARKS = frozenset("“‘（《「『〈【")
