"""Text-layer input: decode bytes, normalise newlines, keep line numbers stable."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from banmian.errors import EmptyInputError


@dataclass(frozen=True, slots=True)
class TextSource:
    """A decoded text layer. ``lines[i]`` is source line ``i + 1``."""

    lines: tuple[str, ...]
    encoding: str
    path: str | None = None


def read_text_source(source: Path | str | bytes) -> TextSource:
    if isinstance(source, Path):
        data = source.read_bytes()
        text, encoding, path = data.decode("utf-8-sig"), "utf-8", str(source)
    elif isinstance(source, bytes):
        text, encoding, path = source.decode("utf-8-sig"), "utf-8", None
    else:
        text, encoding, path = source, "str", None
    if not text.strip():
        raise EmptyInputError(f"{path or 'input'}: empty input, no text to parse")
    lines = tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return TextSource(lines=lines, encoding=encoding, path=path)
