"""fields.personnames: where a run of name characters in a credit splits into names."""

from __future__ import annotations

import pytest

from banmian.fields.personnames import glued_pair, has_surname, names_in
from banmian.fields.squeezed import squeeze


def _names(text: str, strict: bool = False, whole_tokens: bool = False) -> list[str] | None:
    squeezed = squeeze(text, 0, len(text))
    return names_in(squeezed, 0, len(squeezed.c), strict, whole_tokens, set())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("林晓 何春生", ["林晓", "何春生"]),
        ("林晓、何春生、周敏", ["林晓", "何春生", "周敏"]),
        # Letter spacing: single characters pair into two-character names by the narrower gaps.
        ("林  晓   周  敏", ["林晓", "周敏"]),
        # No gaps at all: the split prefers names opening on a common surname.
        ("林晓何春生", ["林晓", "何春生"]),
        # A minority name keeps its dot and may run past four characters.
        ("阿依古丽·买买提 林晓", ["阿依古丽·买买提", "林晓"]),
        # 等 closing a list of names is no part of the last one.
        ("林晓 周敏等", ["林晓", "周敏"]),
    ],
)
def test_runs_of_names_split_into_names(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_two_tokens_are_never_one_name() -> None:
    assert _names("林晓 何春") == ["林晓", "何春"]


def test_strict_splits_want_a_surname_or_a_padded_two_character_name() -> None:
    assert _names("青石获悉") is not None
    assert _names("青石获悉", strict=True) is None
    # Two characters set apart to three characters' width (an em-wide gap inside): a name.
    assert _names("岚  山", strict=True) == ["岚山"]


def test_whole_tokens_refuse_a_gap_free_run_too_long_for_a_name() -> None:
    assert _names("林晓何春生", whole_tokens=True) is None
    assert _names("林晓 何春生", whole_tokens=True) == ["林晓", "何春生"]


def test_a_run_holding_other_characters_is_no_names() -> None:
    assert _names("林晓2024") is None


def test_two_names_glued_into_one_token_are_cut_where_both_open_on_a_surname() -> None:
    assert glued_pair("林晓何春生") == ("林晓", "何春生")
    assert glued_pair("周敏林晓") == ("周敏", "林晓")
    # A dictionary word across the cut, a compound surname, letters: one token.
    assert glued_pair("石家庄市") is None
    assert glued_pair("欧阳林晓") is None
    assert glued_pair("林晓ABC") is None


def test_common_and_compound_surnames() -> None:
    assert has_surname("林晓") and has_surname("欧阳春") and not has_surname("青石")
