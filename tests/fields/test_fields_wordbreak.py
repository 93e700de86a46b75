"""A line break inside a dictionary word."""

from __future__ import annotations

import pytest

from banmian.fields.wordbreak import breaks_word


@pytest.mark.parametrize(
    ("left", "right", "inside"),
    [
        ("县第二高级中", "学于日前举行", True),
        ("此次核查的范", "围为具有我县", True),
        ("权益将得", "到有效保障", True),
        ("第六届世界互联网大", "会开幕", True),
        ("疫情挡不住发展的脚步", "本报讯（记者 王茵）", False),
        ("生父母的", "未满18周岁", False),
        ("一号机组", "2020年", False),
        ("", "学于日前", False),
        ("全面振兴", "", False),
    ],
)
def test_breaks_word(left: str, right: str, inside: bool) -> None:
    assert breaks_word(left, right) is inside
