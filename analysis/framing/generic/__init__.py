"""The 20 generic-frame questions of Semetko & Valkenburg (2000), one detector per question.

Each frame has its module (:mod:`.responsibility`, :mod:`.human_interest`, :mod:`.conflict`,
:mod:`.morality`, :mod:`.economic`); each question is one function there, registered with its
question text and rule by :func:`~analysis.framing.generic.registry.detector`. Importing this
package registers them all; :func:`answer_questions` runs them in questionnaire order.
"""

from __future__ import annotations

from collections.abc import Mapping

from analysis.framing.context import Context
from analysis.framing.generic import conflict, economic, human_interest, morality, responsibility  # noqa: F401 (registers)
from analysis.framing.generic.registry import Detector, detector, detectors
from analysis.framing.result import ItemResult
from analysis.framing.score import frame_params, length_factor, strength_params, unit_weight

__all__ = ["Detector", "answer_questions", "detector", "detectors"]


def answer_questions(
    ctx: Context, limits: Mapping[str, int], strength: Mapping[str, float] | None = None
) -> list[ItemResult]:
    """Every question's evidence and answer: "yes" when the number of supporting units reaches
    the item's threshold (``limits``, at least 1) or one unit is decisive on its own; each unit
    weighed for the frame strength by ``strength`` (see :mod:`analysis.framing.score`)."""
    params = strength_params(strength)
    units = len(ctx.article.sentences) + (1 if ctx.article.headline else 0)
    factor = length_factor(units, params)
    items: list[ItemResult] = []
    by_frame: dict[str, Mapping[str, float]] = {}  # frame_params once per frame, not once per question
    for spec in detectors():
        evidence = spec.detect(ctx)
        threshold = max(1, limits.get(spec.item, 1))
        own = by_frame.get(spec.frame)
        if own is None:
            own = by_frame[spec.frame] = frame_params(params, spec.frame)
        weights = tuple(unit_weight(e, threshold, own) for e in evidence)
        items.append(
            ItemResult(
                frame=spec.frame,
                item=spec.item,
                number=spec.number,
                question=spec.question,
                rule=spec.rule,
                answer=len(evidence) >= threshold or any(e.strong for e in evidence),
                strength=len(evidence),
                threshold=threshold,
                evidence=tuple(evidence),
                negated=tuple(ctx.negated_cues(*spec.categories, parts=spec.parts)),
                weights=weights,
                weighted_evidence=sum(weights) * factor,
            )
        )
    return items
