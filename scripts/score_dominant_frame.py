"""How often the top-ranked generic frame of ``analyze`` is one the coders marked, on the
narrative-frames corpus (odd ids, where the ranking rule was chosen, and even ids), for the ranking
in force (by strength among the frames with a "yes") and for the S&V score's ranking it replaced,
beside calling every article "conflict" (the frame coders marked most often).

    PYTHONPATH=$PWD python scripts/score_dominant_frame.py
"""

from __future__ import annotations

from analysis.article import load_article
from analysis.framing.result import FrameScore
from analysis.pipeline import analyze
from analysis.validation.datasets import narrative_frames_table

# the corpus's label columns for the five generic frames
LABELS = {"conflict": "CO", "economic": "EC", "human_interest": "HI", "morality": "MO", "responsibility": "RE"}


def _by_score(frames: tuple[FrameScore, ...]) -> str | None:
    """The frame the S&V score ranked first before round 15 (score, then cue density, then S&V order)."""
    order = ("responsibility", "conflict", "economic", "human_interest", "morality")
    best = min(frames, key=lambda f: (-f.score, -f.cues_per_1000_words, order.index(f.frame)))
    return best.frame if best.score > 0 else None


def main() -> None:
    table = narrative_frames_table()
    counts = {(parity, rule): [0, 0] for parity in ("odd", "even") for rule in ("strength", "score", "conflict")}
    for row in table.itertuples(index=False):
        framing = analyze(load_article(row.text, headline=row.headline or None, name=row.id)).framing
        marked = {frame for frame, key in LABELS.items() if getattr(row, f"label_{key}")}
        parity = "odd" if int(row.id) % 2 else "even"
        for rule, pick in (("strength", framing.dominant_frame), ("score", _by_score(framing.frames)), ("conflict", "conflict")):
            if pick is not None:
                counts[(parity, rule)][0] += 1
                counts[(parity, rule)][1] += pick in marked
    for (parity, rule), (n, hits) in counts.items():
        print(f"{parity:4} {rule:8} {hits}/{n} = {hits / n:.3f}")


if __name__ == "__main__":
    main()
