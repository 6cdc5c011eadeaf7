"""Agreement metrics of the validators, implemented with numpy/pandas (no scikit-learn or scipy).

* binary: :func:`accuracy`, :func:`cohen_kappa` (κ = (p_o - p_e)/(1 - p_e)), :func:`f1_score`,
  :func:`roc_auc` (the Mann-Whitney rank formula with mid-ranks for ties);
* scores and three-class labels: :func:`pearson`, :func:`macro_f1`;
* text overlap: :func:`shingle_scores` (word-4-gram precision, recall and F1, as in the Zyte
  article-extraction benchmark).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pandas as pd


def accuracy(y_true: Sequence[bool] | np.ndarray, y_pred: Sequence[bool] | np.ndarray) -> float:
    t, p = np.asarray(y_true, dtype=bool), np.asarray(y_pred, dtype=bool)
    return float(np.mean(t == p)) if len(t) else float("nan")


def cohen_kappa(y_true: Sequence[bool] | np.ndarray, y_pred: Sequence[bool] | np.ndarray) -> float:
    """Cohen's κ for two binary raters; 0 when either rater is constant (chance agreement is 1)."""
    t, p = np.asarray(y_true, dtype=bool), np.asarray(y_pred, dtype=bool)
    if not len(t):
        return float("nan")
    observed = np.mean(t == p)
    expected = np.mean(t) * np.mean(p) + (1 - np.mean(t)) * (1 - np.mean(p))
    return 0.0 if expected >= 1 else float((observed - expected) / (1 - expected))


def f1_score(y_true: Sequence[bool] | np.ndarray, y_pred: Sequence[bool] | np.ndarray) -> float:
    t, p = np.asarray(y_true, dtype=bool), np.asarray(y_pred, dtype=bool)
    tp = int(np.sum(t & p))
    denominator = int(np.sum(t)) + int(np.sum(p))
    return 2 * tp / denominator if denominator else 0.0


def roc_auc(y_true: Sequence[bool] | np.ndarray, score: Sequence[float] | np.ndarray) -> float:
    """Area under the ROC curve = P(score of a positive > score of a negative), ties count 1/2."""
    t = np.asarray(y_true, dtype=bool)
    ranks = pd.Series(np.asarray(score, dtype=float)).rank(method="average").to_numpy()
    n_pos, n_neg = int(t.sum()), int((~t).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    return float((ranks[t].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    n = len(x)
    if n < 2:
        return float("nan")
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else float("nan")


def macro_f1(truth: Sequence[int], predicted: Sequence[int]) -> float:
    """Unweighted mean of the per-class F1 over the classes -1, 0, 1."""
    scores = []
    for cls in (-1, 0, 1):
        tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t == cls and p == cls)
        fp = sum(1 for t, p in zip(truth, predicted, strict=True) if t != cls and p == cls)
        fn = sum(1 for t, p in zip(truth, predicted, strict=True) if t == cls and p != cls)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def cohen_kappa_labels(first: Sequence[str], second: Sequence[str]) -> float:
    """Cohen's κ of two coders over any set of labels: (p_o - p_e) / (1 - p_e), p_e from each
    coder's own label shares; 0 when chance agreement is 1 (both always give one label)."""
    pairs = list(zip(first, second, strict=True))
    if not pairs:
        return float("nan")
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    shares_a, shares_b = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(shares_a[label] * shares_b[label] for label in shares_a) / (n * n)
    return 0.0 if expected >= 1 else (observed - expected) / (1 - expected)


def _shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    words = text.split()
    return Counter(tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1)))


def shingle_scores(predicted: str, gold: str) -> tuple[float, float, float]:
    """Word-4-gram precision, recall and F1 (multiset overlap), as in the Zyte benchmark."""
    ours, theirs = _shingles(predicted), _shingles(gold)
    overlap = sum((ours & theirs).values())
    precision = overlap / sum(ours.values()) if ours else 0.0
    recall = overlap / sum(theirs.values()) if theirs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
