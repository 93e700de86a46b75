"""Other forms of the same text layers: how the engine reads a page that reaches it normalised,
in traditional characters, or as OCR prints it.

Each form rewrites a reading's text (and, where the characters change, its truth) the way such
input really arrives, and the evaluation scores it as a column of its own (``pdfium+nfkc`` …), so
the floors guard these inputs too. Forms are made from pdfium's text, the extractor whose order
the engine reads best, so that a column measures the form and not the extractor:

* ``nfkc``: Unicode NFKC, as corpus pipelines store text (half-width 「,」 「(」 for 「，」 「（」);
* ``trad``: OpenCC's simplified-to-traditional conversion of text and truth alike (a Hong Kong or
  Taiwan paper, a back issue before 1956);
* ``ocr``: a space between every two characters, and NFKC's half-width punctuation, as OCR
  engines print Chinese.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

#: The text layer the forms are made from.
FORM_SOURCE = "pdfium"


@dataclass(frozen=True, slots=True)
class InputForm:
    name: str
    text: Callable[[str], str]
    #: How the truth's strings change with the text (identity where only spacing or the width of
    #: marks changes: the scorer compares NFKC text without whitespace).
    truth_text: Callable[[str], str] | None = None

    @property
    def column(self) -> str:
        return f"{FORM_SOURCE}+{self.name}"

    def truth(self, truth: Mapping[str, Any]) -> Mapping[str, Any]:
        return truth if self.truth_text is None else _map_strings(truth, self.truth_text)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _spaced_out(text: str) -> str:
    return "\n".join(" ".join(line) for line in _nfkc(text).split("\n"))


@cache
def _to_traditional() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("s2t").convert


def _traditional(text: str) -> str:
    return _to_traditional()(text)


FORMS: tuple[InputForm, ...] = (
    InputForm("nfkc", _nfkc),
    InputForm("trad", _traditional, _traditional),
    InputForm("ocr", _spaced_out),
)
FORMS_BY_NAME: Mapping[str, InputForm] = {form.name: form for form in FORMS}


def _map_strings(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_map_strings(v, change) for v in value]
    if isinstance(value, Mapping):
        return {k: _map_strings(v, change) for k, v in value.items()}
    return value
