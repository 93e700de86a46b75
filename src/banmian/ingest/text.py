"""Text-layer input: decode bytes, normalise newlines, keep line numbers stable."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from banmian.errors import InputError
from banmian.ingest.decode import UNNAMED_INPUT, decode_bytes, decode_text, split_lines


@dataclass(frozen=True, slots=True)
class TextSource:
    """A decoded text layer. ``lines[i]`` is source line ``i + 1``."""

    lines: tuple[str, ...]
    encoding: str
    path: str | None = None
    #: Control characters dropped while decoding; lines keep their numbers either way.
    controls_removed: int = 0


def read_text_source(source: Path | str | bytes) -> TextSource:
    """Read a path, raw bytes or text; raise :class:`~banmian.errors.InputError` with one line if it is not a page."""
    if isinstance(source, Path):
        path: str | None = str(source)
        decoded = decode_bytes(_read_file(source), name=str(source))
    elif isinstance(source, bytes):
        path, decoded = None, decode_bytes(source, name=UNNAMED_INPUT)
    else:
        path, decoded = None, decode_text(source, name=UNNAMED_INPUT)
    return TextSource(
        lines=split_lines(decoded.text),
        encoding=decoded.encoding,
        path=path,
        controls_removed=decoded.controls_removed,
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
