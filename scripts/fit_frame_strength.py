"""Fit the few weights of the generic-frame strength (``[strength]`` in frame_cues.toml) on the
ODD ids of the narrative-frames corpus only, and print the grid's best settings.

Grid: headline 1-3, lede 1-2 (first three body sentences), reported 0.5-1.5, length_exponent
0-1, saturation 0.5-2. Criterion: mean ROC AUC of the strength against the coders' CO, EC, HI, MO
labels on odd ids. Then, with the best shared values fixed, each frame's own ``reported_<frame>``
(0.5-2; whether a source's words count less or more than the reporter's for that frame) is
printed beside its frame's AUC; store one only where it gains at least ``MIN_GAIN`` AUC (a
source's words are its own framing for most frames, while for conflict the reported attack is
the conflict). Even ids are never read here; report them with
``analysis.validation.framing.validate`` (column ``auc_strength``).

    PYTHONPATH=$PWD python scripts/fit_frame_strength.py
"""

from __future__ import annotations

import itertools

import numpy as np

from analysis.framing import analyze_framing
from analysis.framing.score import frame_strength, weigh_items
from analysis.validation.datasets import load_records
from analysis.validation.framing import FRAME_KEYS, _measures, article_for
from analysis.validation.metrics import roc_auc

GRID = {
    "headline": (1.0, 2.0, 3.0),
    "lede": (1.0, 1.5, 2.0),
    "reported": (0.5, 1.0, 1.5),
    "length_exponent": (0.0, 0.25, 0.5, 1.0),
    "saturation": (0.5, 1.0, 2.0),
}
FIXED = {"lede_sentences": 3, "reference_units": 30}
FRAME_REPORTED = (0.5, 1.0, 1.5, 2.0)
MIN_GAIN = 0.005


def main() -> None:
    runs = []
    for record in load_records():
        if record["id"] % 2 == 0:
            continue  # odd ids only
        article = article_for(record)
        result = analyze_framing(article, **_measures(article))
        units = len(article.sentences) + (1 if article.headline else 0)
        runs.append((record, result.items, units))
    scored = []
    for values in itertools.product(*GRID.values()):
        params = {**dict(zip(GRID, values, strict=True)), **FIXED}
        weighed = [(r, weigh_items(items, units, params)) for r, items, units in runs]
        aucs = {}
        for frame, label in FRAME_KEYS.items():
            y = np.array([bool(r[label]) for r, _ in weighed])
            s = np.array([frame_strength([i for i in items if i.frame == frame], params) for _, items in weighed])
            aucs[label] = roc_auc(y, s)
        scored.append((float(np.mean(list(aucs.values()))), params, aucs))
    scored.sort(key=lambda x: -x[0])
    print(f"{len(runs)} odd-id articles")
    for mean, params, aucs in scored[:8]:
        print(f"{mean:.4f}", {k: params[k] for k in GRID}, {k: round(v, 3) for k, v in aucs.items()})
    best = scored[0][1]
    for frame, label in FRAME_KEYS.items():
        y = np.array([bool(r[label]) for r, _, _ in runs])
        row = []
        for reported in FRAME_REPORTED:
            params = {**best, f"reported_{frame}": reported}
            s = [frame_strength(weigh_items([i for i in items if i.frame == frame], units, params), params) for _, items, units in runs]
            row.append(f"{reported}: {roc_auc(y, np.array(s)):.3f}")
        print(f"reported_{frame} (shared {best['reported']}):", "  ".join(row))


if __name__ == "__main__":
    main()
