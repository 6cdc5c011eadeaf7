"""The registry of the 20 generic-frame questions: one detector function per question.

A detector is declared where it is written, with its question and rule::

    @detector("RS3", question="Does the story suggest solution(s) to the problem/issue?",
              rule="a solution cue (...)", negated=("solution",))
    def rs3(ctx: Context) -> list[Evidence]:
        return simple(ctx, "solution")

It returns the units that support a "yes" (one :class:`Evidence` each); the answer is
strength (the number of those units) >= the item's threshold, or any unit marked ``strong``.
The item code names the frame (RS responsibility, HI human interest, CO conflict, MO morality,
EC economic consequences) and the question's number within it; :func:`detectors` gives the
questions in questionnaire order, whatever order their modules were imported in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.framing.context import Context
    from analysis.framing.result import Evidence

DetectFunction = Callable[["Context"], "list[Evidence]"]

#: Item-code prefix -> frame, in questionnaire order (Semetko & Valkenburg 2000).
FRAME_OF_PREFIX: dict[str, str] = {
    "RS": "responsibility",
    "HI": "human_interest",
    "CO": "conflict",
    "MO": "morality",
    "EC": "economic",
}


@dataclass(frozen=True)
class Detector:
    """One question: its text, its rule in words, and the function that finds its evidence."""

    frame: str
    item: str  # "RS1" … "EC3"
    number: int
    question: str
    rule: str
    detect: DetectFunction
    categories: tuple[str, ...]  # cue categories whose negated hits are reported
    parts: tuple[str, ...] = ("headline", "body")  # the units those negated hits are read from


_REGISTRY: dict[str, Detector] = {}
#: detectors()' tuple, sorted at its first call after a registration (not once per article)
_ORDERED: list[tuple[Detector, ...]] = []


def detector(
    item: str,
    *,
    question: str,
    rule: str,
    negated: tuple[str, ...],
    parts: tuple[str, ...] = ("headline", "body"),
) -> Callable[[DetectFunction], DetectFunction]:
    """Register the decorated function as the detector of question ``item`` (e.g. ``"CO3"``).

    ``negated`` are the cue categories whose negated hits the answer lists as discounted, read
    from the units of ``parts``."""
    frame = FRAME_OF_PREFIX[item[:2]]
    number = int(item[2:])

    def register(function: DetectFunction) -> DetectFunction:
        old = _REGISTRY.get(item)
        if old is not None and (old.detect.__module__, old.detect.__qualname__) != (function.__module__, function.__qualname__):
            raise ValueError(f"two detectors for {item}: {old.detect.__qualname__} and {function.__qualname__}")
        _REGISTRY[item] = Detector(frame, item, number, question, rule, function, tuple(negated), tuple(parts))
        _ORDERED.clear()
        return function

    return register


def detectors() -> tuple[Detector, ...]:
    """Every registered question, in questionnaire order (RS1 … RS5, HI1 … HI5, CO1 … CO4,
    MO1 … MO3, EC1 … EC3)."""
    if not _ORDERED:
        prefixes = list(FRAME_OF_PREFIX)
        _ORDERED.append(tuple(sorted(_REGISTRY.values(), key=lambda d: (prefixes.index(d.item[:2]), d.number))))
    return _ORDERED[0]
