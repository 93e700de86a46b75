"""Reading a generated evaluation set: ``manifest.json`` and the files it names.

Format (written by ``banmian.eval.synth.generate_set``)::

    {"version": …optional…,
     "pages": [{"id": "p0001", "truth": "p0001.truth.json", "pdf": "p0001.pdf",
                "texts": {"pdftotext": "p0001.pdftotext.txt", "pdfium": "p0001.pdfium.txt"}}]}

Paths are relative to the set directory.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MANIFEST_NAME = "manifest.json"


class ManifestError(ValueError):
    """The set directory has no readable manifest."""


@dataclass(frozen=True, slots=True)
class ManifestPage:
    id: str
    truth: Path
    #: Extractor name → text file, in manifest order.
    texts: Mapping[str, Path]
    pdf: Path | None = None


@dataclass(frozen=True, slots=True)
class Manifest:
    set_dir: Path
    pages: tuple[ManifestPage, ...]
    version: Any = None


def read_manifest(set_dir: Path) -> Manifest:
    path = set_dir / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pages = tuple(_page(set_dir, entry) for entry in data["pages"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ManifestError(f"{path}: not a readable evaluation manifest ({exc})") from exc
    return Manifest(set_dir, pages, data.get("version"))


#: How a page drawn with Founder's squeezed punctuation says so in its manifest entry's layout.
SQUEEZED_LAYOUT = ("punctuation_objects", "founder-squeezed")


def is_squeezed_set(set_dir: Path) -> bool:
    """Whether every page of the set was drawn with Founder's squeezed punctuation
    (``python -m banmian.eval.synth --squeeze-objects``)."""
    path = set_dir / MANIFEST_NAME
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["pages"]
        key, value = SQUEEZED_LAYOUT
        return bool(entries) and all(dict(entry.get("layout") or {}).get(key) == value for entry in entries)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ManifestError(f"{path}: not a readable evaluation manifest ({exc})") from exc


def _page(set_dir: Path, entry: Mapping[str, Any]) -> ManifestPage:
    texts = {str(name): set_dir / file for name, file in dict(entry.get("texts") or {}).items()}
    pdf = entry.get("pdf")
    return ManifestPage(
        str(entry["id"]), set_dir / entry["truth"], texts, None if pdf is None else set_dir / pdf
    )


def read_json(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object")
    return data
