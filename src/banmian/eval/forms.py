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

One form is written from the truth itself, not from an extractor's text, and is its own column:

* ``unwrapped``: the page as ``banmian parse --format txt`` writes one (its header line, banners,
  then each article in reading order, a paragraph to a line, blank lines between): text that was
  never hard-wrapped, as web pages, corpus files and the tool's own plain output hold it, whose
  headlines stand before their bodies and whose sub-headings are lines like any title's.
* ``web``: each article as a crawled news page prints it (``web_page``): its kicker, title and
  subtitle lines, a meta line under them (「来源：临江日报 作者：林晓 发布时间：2024-04-12 08:00」)
  that credits its authors in place of a byline, its photos' captions (a web page shows its photo
  at the top of the text), then its paragraphs a line each and its jump notes (an e-paper's web
  page keeps 「（下转第2版）」 under the part of the text it prints), a blank line between
  articles. Only titled articles with text are such pages; banners are no part of them, and the
  truth drops them too.
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
    #: pdfium's text rewritten in this form (None for a form written from the truth).
    text: Callable[[str], str] | None = None
    #: How the truth's strings change with the text (identity where only spacing or the width of
    #: marks changes: the scorer compares NFKC text without whitespace).
    truth_text: Callable[[str], str] | None = None
    #: The text written from the truth page instead of from pdfium's (``text`` is then unused).
    from_truth: Callable[[Mapping[str, Any]], str] | None = None
    #: The truth page as the form's text holds it, where the form leaves parts of the page out.
    truth_page: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None

    @property
    def column(self) -> str:
        return self.name if self.from_truth is not None else f"{FORM_SOURCE}+{self.name}"

    def page_text(self, extracted: str, truth: Mapping[str, Any]) -> str:
        if self.from_truth is not None:
            return self.from_truth(truth)
        assert self.text is not None, f"form {self.name} has neither text nor from_truth"
        return self.text(extracted)

    def truth(self, truth: Mapping[str, Any]) -> Mapping[str, Any]:
        page = truth if self.truth_page is None else self.truth_page(truth)
        return page if self.truth_text is None else _map_strings(page, self.truth_text)


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


def _as_text_export(truth: Mapping[str, Any]) -> str:
    """The truth page as the plain-text export writes a page (``export.plaintext``), its jump
    notes as the truth's page numbers say."""
    from banmian.export.plaintext import page_to_text
    from banmian.model import SCHEMA_NAME, SCHEMA_VERSION
    from banmian.model.serialize import page_from_dict

    articles = [{**a, "id": f"a{n}", "provenance": {"jumps": _jumps(a)}} for n, a in enumerate(truth.get("articles", []), start=1)]
    page = {
        "schema": SCHEMA_NAME,
        "schema_version": SCHEMA_VERSION,
        "page": truth.get("page") or {},
        "banner_details": [{"text": b} for b in truth.get("banners", [])],
        "articles": articles,
    }
    return page_to_text(page_from_dict(page))


def _jumps(article: Mapping[str, Any]) -> list[dict[str, Any]]:
    notes = (("from", article.get("continued_from"), "上接"), ("to", article.get("continued_to"), "下转"))
    return [{"text": f"（{verb}第{number}版）", "direction": way, "page_number": number} for way, number, verb in notes if number]


#: The clock time a ``web`` form's meta line prints after the page's date.
WEB_PAGE_TIME = "08:00"


def _web_articles(truth: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [a for a in truth.get("articles", []) if a.get("title") and any(a.get("paragraphs") or ())]


def web_truth(truth: Mapping[str, Any]) -> Mapping[str, Any]:
    """The truth of the ``web`` form: its articles without byline, no banners, and the page facts
    its meta lines give (the paper and the date, no page number or section)."""
    info = truth.get("page") or {}
    articles = [{**a, "byline": None} for a in _web_articles(truth)]
    page = {"newspaper": info.get("newspaper"), "date": info.get("date"), "page_number": None, "section": None}
    return {**truth, "page": page, "banners": [], "articles": articles}


def web_page(truth: Mapping[str, Any]) -> str:
    """The truth page's articles as crawled news pages (see the module's ``web`` form)."""
    info = truth.get("page") or {}
    blocks = []
    for article in _web_articles(truth):
        meta = [
            f"来源：{info['newspaper']}" if info.get("newspaper") else "",
            f"作者：{' '.join(article['authors'])}" if article.get("authors") else "",
            f"发布时间：{info['date']} {WEB_PAGE_TIME}" if info.get("date") else "",
        ]
        heads = [article.get("kicker"), article.get("title"), article.get("subtitle"), "  ".join(m for m in meta if m)]
        jumps = {note["direction"]: [note["text"]] for note in _jumps(article)}
        text = [*(article.get("captions") or ()), *jumps.get("from", []), *article["paragraphs"], *jumps.get("to", [])]
        blocks.append("\n".join([*(h for h in heads if h), *text]))
    return "\n\n".join(blocks) + "\n"


FORMS: tuple[InputForm, ...] = (
    InputForm("nfkc", _nfkc),
    InputForm("trad", _traditional, _traditional),
    InputForm("ocr", _spaced_out),
    InputForm("unwrapped", from_truth=_as_text_export),
    InputForm("web", from_truth=web_page, truth_page=web_truth),
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
