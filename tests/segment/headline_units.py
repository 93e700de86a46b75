"""Headline units over a body, shared by the tests of segment.kickers and segment.unitshapes."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.headunits import Unit
from banmian.segment.roles import Role

#: The text under the headlines: a column of body lines, so that the units' widths are read
#: against a column.
BODY = [
    "　　本报讯（记者 林晓）临江县青石镇近日召开秋粮收购推进会，部署今年秋粮收购工作，",
    "要求各收购网点做好准备，确保农民售粮方便快捷。",
]


def units(lines: list[str]) -> list[Unit]:
    """One headline unit per line, read over BODY."""
    infos = build_line_infos([*lines, *BODY])[: len(lines)]
    return [Unit(Role.HEADING, (info,)) for info in infos]
