"""segment.lineshape: a headline's shape (letter-spaced, phrases, set across columns)."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.lineshape import shaped

COLUMN = [
    "本报讯（记者 林晓）三月十日，临江县召开春耕生",
    "产动员会，部署全县春耕备耕工作，要求各乡镇做",
    "好农资供应和技术指导，确保不误农时。会议还对",
]


def _line(text: str):
    return build_line_infos([*COLUMN, text, *COLUMN])[len(COLUMN)]


def test_letter_spaced_phrased_or_wide_lines_are_shaped_as_headlines() -> None:
    assert shaped(_line("春 耕 忙"))
    assert shaped(_line("春耕生产忙 田间处处新"))
    assert shaped(_line("临江县召开春耕生产动员会部署全县春耕备耕工作要求不误农时"))


def test_a_line_of_the_column_is_not() -> None:
    assert not shaped(_line("临江县召开春耕生产动员会"))
    assert not shaped(_line("好农资供应和技术指导，确保不误农时。会议还对"))
