"""Provenance of an item rejoined from runs of lines that the extractor printed apart."""

from __future__ import annotations

import pytest

from banmian.model import LineSpan, Provenance


@pytest.mark.parametrize(
    ("numbers", "pieces"),
    [
        ([4, 5, 6], [(4, 6)]),
        ([4, 6, 7], [(4, 7)]),  # a blank line between two blocks of one column
        ([4, 5, 8, 9], [(4, 5), (8, 9)]),  # other text between the two runs
        ([20, 21, 3, 4], [(20, 21), (3, 4)]),  # the second run was printed first
    ],
)
def test_runs_of_lines_in_reading_order(numbers: list[int], pieces: list[tuple[int, int]]) -> None:
    assert LineSpan.pieces_of(numbers) == tuple(LineSpan(a, b) for a, b in pieces)


def test_one_run_has_a_span_and_no_pieces() -> None:
    prov = Provenance.of_lines([7, 8, 9])
    assert prov == Provenance(lines=LineSpan(7, 9))
    assert prov.to_dict() == {"lines": [7, 9]}


def test_runs_printed_apart_keep_their_pieces_under_the_span_that_holds_them() -> None:
    prov = Provenance.of_lines([30, 31, 12])
    assert prov.lines == LineSpan(12, 31)
    assert prov.to_dict() == {"lines": [12, 31], "line_pieces": [[30, 31], [12, 12]]}


def test_no_lines_no_provenance() -> None:
    assert Provenance.of_lines([]) == Provenance()
