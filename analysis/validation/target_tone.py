"""Validate :func:`analysis.tone_toward` against coded target tone (issue #18).

Sets: NewsMTSC train (the weights were fitted on it: an in-sample figure) and dev (Hamborg &
Donnay 2021; read from ``../shared/data/newsmtsc``, outside the project), and the blind set of
``tests/fixtures/target_tone_blind`` (150 mentions from other news, coded by a separate coder from
``docs/annotation/target_tone_guideline.md``; scored only when ``labels.jsonl`` exists). Each is
reported beside VADER's sentence label (compound >= 0.05 positive, <= -0.05 negative, with the
news supplement, as :func:`tone_toward` reads it).

Run: ``python -m analysis.validation.target_tone [train|dev|blind ...]``.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.sentiment.scoring import polarity
from analysis.sentiment.target import CLASSES, tone_toward
from analysis.validation.datasets import PROJECT_ROOT, TargetItem, newsmtsc_items, target_items
from analysis.validation.metrics import macro_f1

BLIND = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_blind"
_CODES = {"negative": -1, "neutral": 0, "positive": 1}


@dataclass(frozen=True)
class TargetToneScore:
    """Agreement of one method on one set: ``macro_f1`` over the three classes, ``accuracy`` and
    the ``confusion`` counts keyed (gold, predicted)."""

    dataset: str
    method: str
    items: int
    macro_f1: float
    accuracy: float
    confusion: tuple[tuple[str, str, int], ...]

    def confusion_frame(self) -> pd.DataFrame:
        """Rows gold label, columns predicted label, cells counts."""
        table = pd.DataFrame(0, index=list(CLASSES), columns=list(CLASSES))
        for gold, predicted, count in self.confusion:
            table.loc[gold, predicted] = count
        return table


def vader_label(compound: float) -> str:
    """VADER's sentence label by its README thresholds."""
    return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"


def _score(dataset: str, method: str, gold: list[str], predicted: list[str]) -> TargetToneScore:
    pairs = Counter(zip(gold, predicted, strict=True))
    return TargetToneScore(
        dataset=dataset,
        method=method,
        items=len(gold),
        macro_f1=macro_f1([_CODES[g] for g in gold], [_CODES[p] for p in predicted]),
        accuracy=sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold) if gold else float("nan"),
        confusion=tuple((g, p, pairs[(g, p)]) for g in CLASSES for p in CLASSES),
    )


def validate_items(dataset: str, items: tuple[TargetItem, ...]) -> tuple[TargetToneScore, TargetToneScore]:
    """``tone_toward`` and VADER's sentence label on coded ``items`` (items without a code skipped)."""
    coded = [i for i in items if i.polarity in _CODES]
    gold = [str(i.polarity) for i in coded]
    ours, vader = [], []
    for item in coded:
        compound = polarity(item.sentence, supplement=True)["compound"]
        ours.append(tone_toward(item.sentence, item.start, item.end, sentence_compound=compound).label)
        vader.append(vader_label(compound))
    return _score(dataset, "tone_toward", gold, ours), _score(dataset, "VADER sentence label", gold, vader)


def blind_items(folder: Path = BLIND) -> tuple[TargetItem, ...]:
    """The blind set with the coder's labels (raises when ``labels.jsonl`` is missing)."""
    return target_items(folder / "items.jsonl", labels=folder / "labels.jsonl")


def validate(datasets: tuple[str, ...] = ("train", "dev")) -> pd.DataFrame:
    """One row per (dataset, method): dataset, method, items, macro_f1, accuracy."""
    rows = []
    for name in datasets:
        items = blind_items() if name == "blind" else newsmtsc_items(name)
        for score in validate_items(name, items):
            rows.append({k: getattr(score, k) for k in ("dataset", "method", "items", "macro_f1", "accuracy")})
            if name == "blind":
                print(f"{score.method} on blind, confusion (rows gold, columns predicted):\n{score.confusion_frame()}")
    return pd.DataFrame(rows, columns=["dataset", "method", "items", "macro_f1", "accuracy"])


if __name__ == "__main__":
    print(validate(tuple(sys.argv[1:]) or ("train", "dev")).to_string(index=False))
