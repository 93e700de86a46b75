"""The archive: pages and articles in one SQLite file, with Chinese full-text search.

``ingest`` builds and updates it, ``Archive`` reads it (``search``, issues, pages, articles); the
CLI (``banmian ingest|search|export``) and the web reader (``banmian serve``) are thin layers over
these.
"""

from banmian.archive.ingester import (
    FileOutcome,
    IngestOptions,
    IngestProgress,
    IngestReport,
    find_files,
    ingest,
)
from banmian.archive.query import QueryError, parse_query
from banmian.archive.reader import Archive
from banmian.archive.records import (
    ArticleDetail,
    ArticleSummary,
    IssueDetail,
    IssueSummary,
    NewspaperSummary,
    PageDetail,
    PageSummary,
    Region,
    SearchFilters,
    SearchHit,
    SearchResults,
    Segment,
)
from banmian.archive.schema import ArchiveError

__all__ = [
    "Archive",
    "ArchiveError",
    "ArticleDetail",
    "ArticleSummary",
    "FileOutcome",
    "IngestOptions",
    "IngestProgress",
    "IngestReport",
    "IssueDetail",
    "IssueSummary",
    "NewspaperSummary",
    "PageDetail",
    "PageSummary",
    "QueryError",
    "Region",
    "SearchFilters",
    "SearchHit",
    "SearchResults",
    "Segment",
    "find_files",
    "ingest",
    "parse_query",
]
