"""The curated public API: what ``import banmian`` offers is exactly this list."""

import banmian

EXPECTED = {
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
}


def test_exported_names():
    assert set(banmian.__all__) == EXPECTED
    for name in EXPECTED:
        assert hasattr(banmian, name), name


def test_page_dict_carries_schema_name_and_version():
    page = banmian.parse("植树造林正当时\n\n本报讯（记者 江小舟）3月2日，县林业局召开推进会。\n").to_dict()
    assert page["schema"] == "banmian.page"
    assert page["schema_version"].count(".") == 1
    assert set(page) >= {"page", "banners", "articles"}
    required = {"kind", "kicker", "title", "subtitle", "byline", "authors", "paragraphs", "subheadings", "captions", "continued_to", "continued_from"}
    assert required <= set(page["articles"][0])


def test_a_missing_path_is_an_input_error_not_page_text(tmp_path):
    import pytest

    with pytest.raises(banmian.InputError):
        banmian.parse(str(tmp_path / "missing.txt"))
    with pytest.raises(banmian.InputError):
        banmian.parse(str(tmp_path))  # a directory


def test_an_empty_string_is_empty_text_not_the_working_directory():
    import pytest

    from banmian.errors import EmptyInputError

    with pytest.raises(EmptyInputError, match="no text to parse"):
        banmian.parse("")


ARCHIVE_EXPECTED = {
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
}


def test_archive_exported_names():
    import banmian.archive

    assert set(banmian.archive.__all__) == ARCHIVE_EXPECTED
    for name in ARCHIVE_EXPECTED:
        assert hasattr(banmian.archive, name), name


def test_the_core_package_does_not_import_the_web_stack():
    import subprocess
    import sys

    code = "import sys, banmian, banmian.archive, banmian.cli; print(any(m in sys.modules for m in ('fastapi', 'uvicorn', 'jinja2')))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
