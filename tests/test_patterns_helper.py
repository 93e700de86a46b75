"""The test helper that reads what a pattern's matches can begin with (tests/patterns.py)."""

from __future__ import annotations

from patterns import first_chars


def test_first_characters_of_branches_groups_classes_and_repeats() -> None:
    assert first_chars("^(?:本报讯|据.{1,6}报道|[新中]华社)") == {"本", "据", "新", "中"}
    assert first_chars("(?:记者){1,2}|(?=通)通讯员") == {"记", "通"}


def test_a_pattern_that_may_begin_with_anything_has_no_first_characters() -> None:
    assert first_chars("^.{0,3}电") is None
    assert first_chars("[^，。]{2}讯") is None
    assert first_chars("(?:记者)?通讯员") is None
