"""A line break inside a dictionary word."""

from __future__ import annotations

import pytest

from banmian.fields.wordbreak import breaks_word


@pytest.mark.parametrize(
    ("left", "right", "inside"),
    [
        ("为增强学生安全意识，县实验中", "学于近日举行演练", True),
        ("这次检查的范", "围包括全县超市", True),
        ("群众的权益将得", "到有效保障", True),
        ("县第五届春季运动大", "会开幕", True),
        ("春耕备耕正当时", "本报讯（记者 林晓）", False),
        ("未领取证书的", "未满18周岁学生", False),
        ("二号机组", "2020年", False),
        ("", "学于近日", False),
        ("全面振兴", "", False),
    ],
)
def test_breaks_word(left: str, right: str, inside: bool) -> None:
    assert breaks_word(left, right) is inside
