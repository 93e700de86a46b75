"""banmian: rebuild the articles of Chinese newspaper pages."""

from banmian.api import parse, parse_pages
from banmian.errors import BanmianError, InputError
from banmian.model import Article, ArticleKind, Page, PageInfo, Paragraph, ParagraphRole, TextItem
from banmian.options import ParseOptions

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleKind",
    "BanmianError",
    "InputError",
    "Page",
    "PageInfo",
    "ParseOptions",
    "Paragraph",
    "ParagraphRole",
    "TextItem",
    "__version__",
    "parse",
    "parse_pages",
]
