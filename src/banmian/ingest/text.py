"""Text-layer input: decode bytes, normalise newlines, keep line numbers stable."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from banmian.errors import InputError
from banmian.ingest.decode import UNNAMED_INPUT, decode_bytes, decode_text, split_lines

#: The page break of a text layer: pdftotext writes one after every page of a PDF.
FORM_FEED = "\f"


@dataclass(frozen=True, slots=True)
class TextSource:
    """A decoded text layer. ``lines[i]`` is source line ``i + 1``."""

    lines: tuple[str, ...]
    encoding: str
    path: str | None = None
    #: Control characters dropped while decoding; lines keep their numbers either way.
    controls_removed: int = 0
    #: Indexes into ``lines`` where a page after the first begins: the line that held a form feed
    #: (pdftotext ends every page with one). The form feeds themselves are not in ``lines``.
    page_starts: tuple[int, ...] = ()
    #: The file's line number of ``lines[0]``: above 1 for a page after the first (``pages``).
    first_line: int = 1

    def pages(self) -> tuple[TextSource, ...]:
        """One source per page of the text layer, each keeping its lines' numbers in the file.
        A page with no text after the last form feed (pdftotext's closing one) is no page."""
        if not self.page_starts:
            return (self,)
        bounds = [0, *self.page_starts, len(self.lines)]
        pages = [
            replace(self, lines=self.lines[a:b], page_starts=(), first_line=self.first_line + a)
            for a, b in zip(bounds, bounds[1:], strict=False)
        ]
        if len(pages) > 1 and not any(line.strip() for line in pages[-1].lines):
            pages.pop()
        return tuple(pages)


def read_text_source(source: Path | str | bytes) -> TextSource:
    """Read a path, raw bytes or text; raise :class:`~banmian.errors.InputError` with one line if it is not a page."""
    if isinstance(source, Path):
        path: str | None = str(source)
        decoded = decode_bytes(_read_file(source), name=str(source))
    elif isinstance(source, bytes):
        path, decoded = None, decode_bytes(source, name=UNNAMED_INPUT)
    else:
        path, decoded = None, decode_text(source, name=UNNAMED_INPUT)
    lines = split_lines(decoded.text)
    page_starts: tuple[int, ...] = ()
    if FORM_FEED in decoded.text:
        page_starts = tuple(k for k, line in enumerate(lines) if FORM_FEED in line and k > 0)
        lines = tuple(line.replace(FORM_FEED, "") for line in lines)
    return TextSource(
        lines=lines,
        encoding=decoded.encoding,
        path=path,
        controls_removed=decoded.controls_removed,
        page_starts=page_starts,
    )


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a text file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read it ({err.strerror or err})") from None
