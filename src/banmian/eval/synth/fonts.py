"""The three typefaces of a synthetic page, found at run time and registered with reportlab once.

Real Chinese pages set headlines in 黑体 and body in 明体/宋体 with Latin digits in a Western face;
extractors treat a font change as a possible word gap, which is what produces 「5 月 24 日」. We use
free faces with real outlines (WenQuanYi Zen Hei, AR PL UMing, DejaVu Sans) so the embedded glyph
streams behave like those of production PDFs.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from banmian.errors import BanmianError

#: Seconds to wait for ``fc-match``; it answers from a cache in milliseconds, so more means a broken setup.
FC_MATCH_TIMEOUT_S = 10

HEI = "hei"
MING = "ming"
LATIN = "latin"


class FontMissingError(BanmianError):
    """A typeface the generator needs is not installed."""


@dataclass(frozen=True, slots=True)
class FontSpec:
    key: str
    family: str
    known_paths: tuple[str, ...]
    package: str


SPECS = (
    FontSpec(HEI, "WenQuanYi Zen Hei", ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",), "fonts-wqy-zenhei"),
    FontSpec(MING, "AR PL UMing CN", ("/usr/share/fonts/truetype/arphic/uming.ttc",), "fonts-arphic-uming"),
    FontSpec(
        LATIN,
        "DejaVu Sans",
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",),
        "fonts-dejavu-core",
    ),
)


def _fc_match(family: str) -> Path | None:
    """Ask fontconfig, accepting its answer only if it is the family asked for (it never says no)."""
    if shutil.which("fc-match") is None:
        return None
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{file}|%{family}", family],
            capture_output=True,
            text=True,
            timeout=FC_MATCH_TIMEOUT_S,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    path, _, families = out.partition("|")
    if family.lower() not in families.lower():
        return None
    return Path(path) if path and Path(path).is_file() else None


def find_font_file(spec: FontSpec) -> Path:
    for known in spec.known_paths:
        if Path(known).is_file():
            return Path(known)
    found = _fc_match(spec.family)
    if found is None:
        raise FontMissingError(
            f"font {spec.family!r} not found (tried {', '.join(spec.known_paths)} and fc-match); "
            f"install the Debian package {spec.package}"
        )
    return found


def reportlab_name(key: str) -> str:
    return f"BM-{key}"


@functools.cache
def register_fonts() -> dict[str, Path]:
    """Register every face under ``reportlab_name(key)``; cached because parsing a CJK TTC costs ~0.2 s."""
    paths = {}
    for spec in SPECS:
        path = find_font_file(spec)
        pdfmetrics.registerFont(TTFont(reportlab_name(spec.key), str(path), subfontIndex=0))
        paths[spec.key] = path
    return paths


def covers(key: str, char: str) -> bool:
    register_fonts()
    face = pdfmetrics.getFont(reportlab_name(key)).face
    return ord(char) in face.charToGlyph


def text_width(text: str, key: str, size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, reportlab_name(key), size)


def font_summary() -> dict[str, str]:
    """Face names for the manifest, so a reader knows which typefaces a set was drawn with."""
    return {spec.key: spec.family for spec in SPECS}
