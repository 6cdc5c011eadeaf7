"""Frame scores from the answers: a generic frame's score is the mean of its yes/no items (0-1),
as in Semetko & Valkenburg (2000), with the cue density beside it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from analysis.framing.result import FRAME_LABELS, FRAMES, FrameScore, ItemResult


def item_limits(defaults: Mapping[str, int], thresholds: Mapping[str, int] | None) -> dict[str, int]:
    """The per-item minimum number of supporting units: ``frame_cues.toml`` overridden by
    ``thresholds`` (validation uses this to tune)."""
    limits = dict(defaults)
    if thresholds:
        limits.update({str(k): int(v) for k, v in thresholds.items()})
    return limits


def score_frames(items: Sequence[ItemResult], words: int) -> tuple[FrameScore, ...]:
    """Score = mean of items. Ranking: score, then cue density, then the S&V (2000) prevalence
    order (responsibility, conflict, economic, human interest, morality)."""
    rows = []
    for order, frame in enumerate(FRAMES):
        own = [i for i in items if i.frame == frame]
        yes = sum(i.answer for i in own)
        spans = {(c.part, c.start, c.end) for i in own for c in i.cues}
        density = 1000.0 * len(spans) / words if words else 0.0
        rows.append((frame, yes / len(own), yes, len(own), len(spans), density, order))
    rows.sort(key=lambda r: (-r[1], -r[5], r[6]))
    return tuple(
        FrameScore(frame, FRAME_LABELS[frame], score, yes, n, hits, density, rank)
        for rank, (frame, score, yes, n, hits, density, _) in enumerate(rows, start=1)
    )


def dominant_frame(frames: Sequence[FrameScore]) -> str | None:
    """The top-ranked frame, or ``None`` when no frame has a "yes"."""
    return frames[0].frame if frames and frames[0].score > 0 else None
