"""The one typed document model every path (text layer, PDF, later OCR) produces.

Everything exported (JSON, Markdown, plain text, the archive) is serialised from these objects.
Objects are immutable; every piece of text knows where it came from (``Provenance``) and how
sure the engine is of the decision that produced it (``confidence``).
"""

from banmian.model.document import (
    SCHEMA_NAME,
    SCHEMA_VERSION,
    Article,
    ArticleKind,
    BBox,
    JumpNote,
    LineSpan,
    Page,
    PageInfo,
    PageWarning,
    Paragraph,
    ParagraphRole,
    Provenance,
    SourceInfo,
    TextItem,
)
from banmian.model.serialize import article_from_dict, page_from_dict

__all__ = [
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "Article",
    "ArticleKind",
    "BBox",
    "JumpNote",
    "LineSpan",
    "Page",
    "PageInfo",
    "PageWarning",
    "Paragraph",
    "ParagraphRole",
    "Provenance",
    "SourceInfo",
    "TextItem",
    "article_from_dict",
    "page_from_dict",
]
