"""Frame scores from the answers: a generic frame's score is the mean of its yes/no items (0-1),
as in Semetko & Valkenburg (2000), with the cue density and an evidence-weighted strength beside it.

**Strength** (0-1) ranks articles within a frame, which the score (4-6 possible values) cannot:
each supporting unit of an item weighs ``1`` times the part weight (``headline``; ``lede`` for the
first ``lede_sentences`` body sentences; coders read a story's top first) times ``reported`` when
all its cues stand in quoted or attributed speech (a frame may have its own value, e.g.
``reported_conflict``); a decisive unit weighs at least the item's
threshold. An item's ``weighted_evidence`` ``e`` is the sum of its weights times
``(reference_units / units) ** length_exponent`` (units = body sentences + headline), so a long
story needs more evidence for the same strength; the frame's strength is the mean over its items
of ``e / (e + saturation * threshold)``. The weights are ``[strength]`` in ``frame_cues.toml``,
fitted on the odd ids of the narrative-frames corpus (``scripts/fit_frame_strength.py``). Limits:
it still counts cue units, so it inherits every limit of the detectors; the weights were fitted on
one topic (climate change); values are comparable within a frame, not across frames.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from analysis.framing.result import FRAME_LABELS, FRAMES, Evidence, FrameScore, ItemResult

#: Used when a lexicon set has no ``[strength]`` table (every unit weighs 1, no length factor).
STRENGTH_DEFAULTS: Mapping[str, float] = {
    "headline": 1.0, "lede": 1.0, "lede_sentences": 0, "reported": 1.0,
    "length_exponent": 0.0, "reference_units": 30.0, "saturation": 1.0,
}


def item_limits(defaults: Mapping[str, int], thresholds: Mapping[str, int] | None) -> dict[str, int]:
    """The per-item minimum number of supporting units: ``frame_cues.toml`` overridden by
    ``thresholds`` (validation uses this to tune)."""
    limits = dict(defaults)
    if thresholds:
        limits.update({str(k): int(v) for k, v in thresholds.items()})
    return limits


def strength_params(params: Mapping[str, float] | None) -> dict[str, float]:
    """``params`` over :data:`STRENGTH_DEFAULTS`."""
    return {**STRENGTH_DEFAULTS, **(params or {})}


def frame_params(params: Mapping[str, float], frame: str) -> Mapping[str, float]:
    """``params`` with the frame's own values (a key ``<name>_<frame>``, e.g. ``reported_conflict``)
    in place of the shared ones: a source's words are the source's framing for most frames, but
    for conflict the reported attack or denial is the conflict itself."""
    suffix = f"_{frame}"
    own = {k[: -len(suffix)]: v for k, v in params.items() if k.endswith(suffix) and k[: -len(suffix)] in STRENGTH_DEFAULTS}
    return {**params, **own} if own else params


def unit_weight(evidence: Evidence, threshold: int, params: Mapping[str, float]) -> float:
    """One supporting unit's weight: part (headline, lede) x voice (all cues reported or not);
    ``params`` complete (see :func:`strength_params`)."""
    weight = 1.0
    if evidence.part == "headline":
        weight = params["headline"]
    elif evidence.part == "body" and evidence.sentence is not None and evidence.sentence < params["lede_sentences"]:
        weight = params["lede"]
    cues = evidence.cues  # most evidence has a narrator's cue first: no generator made for it
    if cues and cues[0].voice != "narrator" and all(c.voice != "narrator" for c in cues):
        weight *= params["reported"]
    return max(weight, float(threshold)) if evidence.strong else weight


def length_factor(units: int, params: Mapping[str, float]) -> float:
    """``(reference_units / units) ** length_exponent``; ``units`` = body sentences + headline."""
    return float((params["reference_units"] / max(units, 1)) ** params["length_exponent"])


def weigh_items(items: Sequence[ItemResult], units: int, params: Mapping[str, float] | None = None) -> list[ItemResult]:
    """``items`` with ``weights`` (per evidence unit) and ``weighted_evidence`` filled in (for
    re-weighing answers under other parameters, as ``scripts/fit_frame_strength.py`` does;
    :func:`analysis.framing.analyze_framing` weighs while answering)."""
    p = strength_params(params)
    factor = length_factor(units, p)
    out = []
    for item in items:
        own = frame_params(p, item.frame)
        weights = tuple(unit_weight(e, item.threshold, own) for e in item.evidence)
        out.append(replace(item, weights=weights, weighted_evidence=sum(weights) * factor))
    return out


def frame_strength(items: Sequence[ItemResult], params: Mapping[str, float] | None = None) -> float:
    """Mean over ``items`` (one frame's) of ``e / (e + saturation x threshold)``."""
    if not items:
        return 0.0
    saturation = params["saturation"] if params and "saturation" in params else STRENGTH_DEFAULTS["saturation"]
    parts = [i.weighted_evidence / (i.weighted_evidence + saturation * i.threshold) for i in items]
    return sum(parts) / len(parts)


def score_frames(items: Sequence[ItemResult], words: int, params: Mapping[str, float] | None = None) -> tuple[FrameScore, ...]:
    """Score = mean of items; ``strength`` beside it (needs ``items`` weighed by :func:`weigh_items`).

    Ranking: the frames with at least one "yes" first, by strength, then score, cue density and the
    S&V (2000) prevalence order (responsibility, conflict, economic, human interest, morality). The
    share of items answered yes cannot tell a frame resting on one money figure (economic: 3 of 3
    from one sentence) from one argued through the story (conflict: 3 of 4 from the headline and
    seven sentences); the evidence-weighted strength can. On the Narrative Frames corpus the top
    frame is one the coders marked in 0.71 of odd-id articles (0.62 ranked by score, 0.65 calling
    every article conflict; the rule was chosen there) and 0.68 of even-id ones (0.61, 0.61)."""
    rows = []
    for order, frame in enumerate(FRAMES):
        own = [i for i in items if i.frame == frame]
        yes = sum(i.answer for i in own)
        spans = {(c.part, c.start, c.end) for i in own for e in i.evidence for c in e.cues}  # i.cues, unbuilt
        density = 1000.0 * len(spans) / words if words else 0.0
        rows.append((frame, yes / len(own), yes, len(own), len(spans), density, order, frame_strength(own, params)))
    rows.sort(key=lambda r: (r[2] == 0, -r[7], -r[1], -r[5], r[6]))
    return tuple(
        FrameScore(frame, FRAME_LABELS[frame], score, yes, n, hits, density, rank, strength)
        for rank, (frame, score, yes, n, hits, density, _, strength) in enumerate(rows, start=1)
    )


def dominant_frame(frames: Sequence[FrameScore]) -> str | None:
    """The top-ranked frame, or ``None`` when no frame has a "yes"."""
    return frames[0].frame if frames and frames[0].score > 0 else None
