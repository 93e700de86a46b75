"""The learned weights of the headline-pair readings (``stack_model.json`` beside this module).

``segment.headpairs`` decides which cue holds of two headline units; this module holds the
readings, the cues' names in the file's order, and the weights that turn the cues into log-odds of
a wrapped title and of a title over its subtitle against a kicker over its title. Refit them with
``python -m banmian.eval.train_stacks``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any


class Reading(StrEnum):
    """How two headline units of one stack divide into its fields."""

    KICKER_TITLE = "kicker_title"
    WRAPPED_TITLE = "wrapped_title"
    TITLE_SUBTITLE = "title_subtitle"


#: The cues of ``pair_cues``, in its order: the names of the weights in ``stack_model.json``,
#: shared by inference and training (eval.train_stacks).
PAIR_CUES: tuple[str, ...] = (
    "lead",
    "phrased_second",
    "phrased_first",
    "wider_second",
    "balanced",
    "tail",
    "shorter_second",
    "first_clause",
    "second_clause",
    "long_first",
    "long_second",
    "short_tail",
    "figures",
    "unclosed",
    "tagged",
    "finished_first",
    "open_end",
    "leaning_start",
    "figure_end",
    "circumstance",
    "event_first",
    "part_taken",
    "inner_colon",
    "fuller_second",
    "column_first",
    "even_halves",
    "verb_first",
    "halved",
)
#: Cues that say nothing about one reading: their weight for it is held at 0 in the fit. A phrased
#: first line and figures are told of a subtitle, not of a title's wrap (a wrapped title may hold
#: phrases or figures in either half); equal widths, halves of as many characters and a tail of a
#: few characters are told of a wrap, not of a subtitle.
SILENT_CUES: frozenset[tuple[str, Reading]] = frozenset(
    {
        ("phrased_first", Reading.WRAPPED_TITLE),
        ("figures", Reading.WRAPPED_TITLE),
        ("balanced", Reading.TITLE_SUBTITLE),
        ("short_tail", Reading.TITLE_SUBTITLE),
        ("even_halves", Reading.TITLE_SUBTITLE),
        ("halved", Reading.TITLE_SUBTITLE),
    }
)
STACK_MODEL_FILE = "stack_model.json"
#: Bumped when the file's layout changes; a file of another format is refused, not misread.
STACK_MODEL_FORMAT = 1
#: The readings the weights speak for, in the order of each weight pair; kicker + title is the
#: reading they are log-odds against.
SCORED_READINGS: tuple[Reading, Reading] = (Reading.WRAPPED_TITLE, Reading.TITLE_SUBTITLE)


class StackModelError(ValueError):
    """The stack model file is missing or does not fit this code (another format or other cues)."""


@dataclass(frozen=True, slots=True)
class PairWeights:
    """Log-odds of (wrapped title, title + subtitle) against kicker + title: with no cue, and for
    each cue of ``PAIR_CUES`` in its order."""

    bias: tuple[float, float]
    cues: tuple[tuple[float, float], ...]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> PairWeights:
        """Refuses a file of another format, readings or cues rather than misread it."""
        if not isinstance(data, Mapping):
            raise StackModelError(f"stack model is a {type(data).__name__}, expected an object")
        if data.get("format") != STACK_MODEL_FORMAT:
            raise StackModelError(f"stack model format {data.get('format')!r}, expected {STACK_MODEL_FORMAT}")
        readings = tuple(data.get("readings", ()))
        if readings != tuple(r.value for r in SCORED_READINGS):
            raise StackModelError(f"stack model readings {list(readings)!r}, expected {[r.value for r in SCORED_READINGS]!r}")
        weights = data.get("weights")
        if not isinstance(weights, Mapping) or set(weights) != set(PAIR_CUES):
            names = set(weights) if isinstance(weights, Mapping) else set()
            missing = sorted(set(PAIR_CUES) - names)
            extra = sorted(names - set(PAIR_CUES))
            raise StackModelError(
                f"stack model cues differ from segment.pairweights.PAIR_CUES (missing {missing}, unknown {extra}): retrain it"
                " with python -m banmian.eval.train_stacks"
            )
        return cls(_pair(data.get("bias"), "bias"), tuple(_pair(weights[name], name) for name in PAIR_CUES))

    def scores(self, cues: tuple[bool, ...]) -> tuple[float, float]:
        """Log-odds of (wrapped title, title + subtitle) against kicker + title, given which cues
        of ``PAIR_CUES`` hold (``pair_cues``)."""
        wrapped, subtitle = self.bias
        for cue, (to_wrapped, to_subtitle) in zip(cues, self.cues, strict=True):
            if cue:
                wrapped += to_wrapped
                subtitle += to_subtitle
        return wrapped, subtitle

    def reading(self, cues: tuple[bool, ...]) -> Reading:
        """The likeliest reading: kicker + title unless another scores above it."""
        return likeliest(*self.scores(cues))


def likeliest(wrapped: float, subtitle: float) -> Reading:
    """Kicker + title unless a reading's log-odds against it are above 0; a tie goes to the wrap."""
    if wrapped <= 0 and subtitle <= 0:
        return Reading.KICKER_TITLE
    return Reading.WRAPPED_TITLE if wrapped >= subtitle else Reading.TITLE_SUBTITLE


def _pair(value: Any, name: str) -> tuple[float, float]:
    if not isinstance(value, list | tuple) or len(value) != 2 or not all(isinstance(v, int | float) for v in value):
        raise StackModelError(f"stack model weights of {name!r}: {value!r}, expected two numbers")
    return float(value[0]), float(value[1])


@cache
def pair_weights() -> PairWeights:
    """The shipped weights, read once per process."""
    try:
        text = resources.files("banmian.segment").joinpath(STACK_MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise StackModelError(
            f"stack model {STACK_MODEL_FILE} is missing from banmian.segment: reinstall the package or"
            " train it with python -m banmian.eval.train_stacks"
        ) from exc
    return PairWeights.from_data(json.loads(text))
