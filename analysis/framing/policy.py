"""The 15 frames of the Policy Frames Codebook (Boydstun et al. 2014): each frame's cue hits per
1,000 words over the headline and body, and the primary policy frame."""

from __future__ import annotations

from analysis.framing.context import Context
from analysis.framing.cues import CueLexicons, unit_key
from analysis.framing.result import PolicyFrameScore


def score_policy(ctx: Context, lex: CueLexicons, words: int) -> tuple[PolicyFrameScore, ...]:
    """Score = cue hits per 1,000 words over headline and body (negation ignored: a topic is
    named even when negated). Ranking: score, then share of units with a cue, then codebook
    order; "other" (no cues) takes rank 1 only when every other frame scores 0."""
    units = [u for u in ctx.units if u.part in ("headline", "body")]
    rows = []
    for name, code, label in lex.policy:
        category = f"policy:{name}"  # the units with its hits, in unit order; hits by start as in ctx.hits
        cues = [
            h
            for i in ctx.positions.get(category, ())
            if ctx.units[i].part in ("headline", "body")
            for h in ctx.by_category[(unit_key(ctx.units[i]), category)][0]
        ]
        with_cue = {(h.part, h.sentence) for h in cues}
        share = len(with_cue) / len(units) if units else 0.0
        score = 1000.0 * len(cues) / words if words else 0.0
        sentences = tuple(sorted({h.sentence for h in cues if h.sentence is not None}))
        headline = any(h.part == "headline" for h in cues)
        rows.append([code, name, label, len(cues), sentences, headline, share, score, tuple(cues)])
    if all(r[3] == 0 for r in rows):
        rows.sort(key=lambda r: (r[1] != "other", r[0]))
    else:
        rows.sort(key=lambda r: (-r[7], -r[6], r[0]))
    return tuple(
        PolicyFrameScore(code, name, label, hits, sentences, headline, share, score, rank, cues)
        for rank, (code, name, label, hits, sentences, headline, share, score, cues) in enumerate(rows, start=1)
    )


def primary_policy_frame(policy: tuple[PolicyFrameScore, ...]) -> str:
    """The top-ranked policy frame ("other" only when no frame has a cue)."""
    return policy[0].frame
