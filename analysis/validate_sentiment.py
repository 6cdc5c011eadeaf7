"""Validation of the sentence scorer against human ratings (Hutto & Gilbert 2014 ground truth).

Data: ``data/external/vader_icwsm2014/vader_ground_truth.csv`` (MIT; see its ``SOURCE.md``), the
snippets and mean human ratings (-4 .. +4, >= 20 raters each) released with the VADER paper.

Protocol for the news supplement (``lexicons/news_sentiment.toml``): its words and weights were
chosen looking only at the *odd-numbered* ``nyt_editorial`` rows (file order, counted from 1);
:func:`validate_sentiment` reports the *even-numbered* rows, never used for the choice:

* Pearson r between VADER's compound and ``mean_rating``;
* 3-class macro-F1: compound >= 0.05 positive, <= -0.05 negative, else neutral; human
  ``mean_rating`` > 0 positive, < 0 negative, = 0 neutral;
* the human ceiling: each snippet's ratings split into two halves (alternate raters), Pearson r
  between the two half-means over the snippets (the agreement one could hope for);
* the same r and macro-F1 on the ``tweet`` rows, to check the supplement does not hurt the
  social-media text VADER was built for.

Every snippet is scored as :func:`analysis.sentiment.polarity` scores a sentence (typography
normalised, plain VADER 3.3.2 or VADER plus the supplement). The result is a pure function of the
data file and the package.

Protocol for neutral names (``names_neutral``): the words of names that
:func:`analysis.actors.find_actors_in_text` finds in a snippet (countries, institutions,
organisations, armed groups, persons), and the gazetteer's multi-word proper names, are not scored
("United" in "United States"); the same figures are computed with it (no supplement) and it is the
default only if it wins by the supplement's rule (better r and macro-F1 on the even NYT rows,
tweets not worse). Nothing was tuned on the even rows.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from analysis._json import to_jsonable
from analysis.errors import InputNotFoundError

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data" / "external" / "vader_icwsm2014" / "vader_ground_truth.csv"
THRESHOLD = 0.05


@dataclass(frozen=True)
class Agreement:
    """Agreement of one scorer with the human mean ratings on one set of rows."""

    rows: int
    pearson_r: float
    macro_f1: float
    accuracy: float


@dataclass(frozen=True)
class SentimentValidation:
    """Figures for plain VADER and VADER + supplement (see the module docstring)."""

    nyt_even_plain: Agreement
    nyt_even_supplement: Agreement
    nyt_odd_plain: Agreement
    nyt_odd_supplement: Agreement
    nyt_even_human_split_half_r: float
    tweets_plain: Agreement
    tweets_supplement: Agreement
    nyt_even_delta_r_ci95: tuple[float, float]  # paired bootstrap (1,000 resamples, seed 0) of r(sup) - r(plain)
    even_rows_touched: int  # even NYT rows holding at least one supplement word
    supplement_words: int
    supplement_wins: bool  # better r and macro-F1 on the even NYT rows, tweets not worse
    # Neutral names (no supplement): plain VADER vs names left unscored
    nyt_even_names: Agreement
    nyt_odd_names: Agreement
    tweets_names: Agreement
    nyt_even_names_delta_r_ci95: tuple[float, float]  # paired bootstrap of r(names) - r(plain)
    even_rows_touched_names: int  # even NYT rows whose score masking changes
    tweets_touched_names: int
    names_wins: bool  # the supplement's rule: better r and macro-F1 on even NYT rows, tweets not worse

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable({k: getattr(self, k) for k in self.__dataclass_fields__})


@dataclass(frozen=True)
class _Row:
    corpus: str
    rating: float
    ratings: tuple[int, ...]
    text: str


@cache
def _rows(path: str) -> tuple[_Row, ...]:
    file = Path(path)
    if not file.is_file():
        raise InputNotFoundError(
            f"no validation data at {file}: copy vader_icwsm2014/ into data/external/ (see its SOURCE.md)"
        )
    with file.open(encoding="utf-8", newline="") as handle:
        return tuple(
            _Row(r["corpus"], float(r["mean_rating"]), tuple(json.loads(r["ratings"])), r["text"])
            for r in csv.DictReader(handle)
        )


def nyt_rows(path: str | Path = DEFAULT_DATA, *, parity: str) -> list[tuple[float, str, tuple[int, ...]]]:
    """``nyt_editorial`` rows as (mean_rating, text, ratings); ``parity`` "odd" or "even", counted
    from 1 in file order."""
    nyt = [r for r in _rows(str(path)) if r.corpus == "nyt_editorial"]
    chosen = nyt[0::2] if parity == "odd" else nyt[1::2]
    return [(r.rating, r.text, r.ratings) for r in chosen]


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    n = len(x)
    if n < 2:
        return float("nan")
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else float("nan")


def _label_score(compound: float) -> int:
    return 1 if compound >= THRESHOLD else (-1 if compound <= -THRESHOLD else 0)


def _label_human(rating: float) -> int:
    return 1 if rating > 0 else (-1 if rating < 0 else 0)


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


def agreement(ratings: Sequence[float], compounds: Sequence[float]) -> Agreement:
    truth = [_label_human(r) for r in ratings]
    predicted = [_label_score(c) for c in compounds]
    return Agreement(
        rows=len(ratings),
        pearson_r=pearson(compounds, ratings),
        macro_f1=macro_f1(truth, predicted),
        accuracy=sum(1 for t, p in zip(truth, predicted, strict=True) if t == p) / len(truth) if truth else 0.0,
    )


def split_half_r(ratings: Sequence[Sequence[int]]) -> float:
    """Pearson r between the means of alternate raters (1st, 3rd, ... vs 2nd, 4th, ...)."""
    first = [sum(r[0::2]) / len(r[0::2]) for r in ratings if len(r) >= 2]
    second = [sum(r[1::2]) / len(r[1::2]) for r in ratings if len(r) >= 2]
    return pearson(first, second)


def _bootstrap_delta_r(
    ratings: Sequence[float], plain: Sequence[float], other: Sequence[float], resamples: int = 1000
) -> tuple[float, float]:
    """95% paired-bootstrap interval of r(other) - r(plain) (numpy, fixed seed: deterministic)."""
    import numpy as np

    y, a, b = (np.asarray(v, dtype=float) for v in (ratings, plain, other))
    rng = np.random.default_rng(0)
    idx = rng.integers(0, len(y), size=(resamples, len(y)))

    def r(x: Any, yy: Any) -> Any:
        xc = x - x.mean(axis=1, keepdims=True)
        yc = yy - yy.mean(axis=1, keepdims=True)
        return (xc * yc).sum(axis=1) / np.sqrt((xc**2).sum(axis=1) * (yc**2).sum(axis=1))

    delta = np.sort(r(b[idx], y[idx]) - r(a[idx], y[idx]))
    return float(delta[int(0.025 * resamples)]), float(delta[int(0.975 * resamples) - 1])


def _scorer(supplement: bool, names_neutral: bool = False) -> Callable[[str], float]:
    from analysis.sentiment import polarity

    return lambda text: polarity(text, supplement=supplement, names_neutral=names_neutral)["compound"]


def _wins(even_new: Agreement, even_old: Agreement, tweets_new: Agreement, tweets_old: Agreement) -> bool:
    return (
        even_new.pearson_r > even_old.pearson_r
        and even_new.macro_f1 > even_old.macro_f1
        and tweets_new.pearson_r >= tweets_old.pearson_r - 1e-9
        and tweets_new.macro_f1 >= tweets_old.macro_f1 - 1e-9
    )


def validate_sentiment(data: str | Path = DEFAULT_DATA) -> SentimentValidation:
    """Compute the validation figures (a few seconds: about 15,000 VADER calls)."""
    from analysis.sentiment import normalise_typography
    from analysis.sentiment.settings import _settings

    plain, supplemented, named = _scorer(False), _scorer(True), _scorer(False, True)
    words = frozenset(_settings().supplement)

    compounds: dict[str, tuple[list[float], list[float], list[float], list[float]]] = {}

    def run(name: str, rows: Sequence[tuple[float, str]]) -> tuple[Agreement, Agreement, int]:
        ratings = [r for r, _ in rows]
        touched = sum(
            1 for _, t in rows if any(w.strip(".,;:!?\"'()").lower() in words for w in normalise_typography(t).split())
        )
        a, b, c = [plain(t) for _, t in rows], [supplemented(t) for _, t in rows], [named(t) for _, t in rows]
        compounds[name] = (ratings, a, b, c)
        return agreement(ratings, a), agreement(ratings, b), touched

    def names(name: str) -> tuple[Agreement, int]:
        ratings, a, _, c = compounds[name]
        return agreement(ratings, c), sum(1 for x, y in zip(a, c, strict=True) if x != y)

    even = nyt_rows(data, parity="even")
    odd = nyt_rows(data, parity="odd")
    tweets = [(r.rating, r.text) for r in _rows(str(data)) if r.corpus == "tweet"]
    even_plain, even_sup, touched = run("even", [(r, t) for r, t, _ in even])
    odd_plain, odd_sup, _ = run("odd", [(r, t) for r, t, _ in odd])
    tw_plain, tw_sup, _ = run("tweets", tweets)
    wins = _wins(even_sup, even_plain, tw_sup, tw_plain)
    even_names, even_names_touched = names("even")
    odd_names, _ = names("odd")
    tw_names, tw_names_touched = names("tweets")
    ratings, a, _, c = compounds["even"]
    return SentimentValidation(
        nyt_even_plain=even_plain,
        nyt_even_supplement=even_sup,
        nyt_odd_plain=odd_plain,
        nyt_odd_supplement=odd_sup,
        nyt_even_human_split_half_r=split_half_r([r for _, _, r in even]),
        nyt_even_delta_r_ci95=_bootstrap_delta_r(*compounds["even"][:3]),
        tweets_plain=tw_plain,
        tweets_supplement=tw_sup,
        even_rows_touched=touched,
        supplement_words=len(words),
        supplement_wins=wins,
        nyt_even_names=even_names,
        nyt_odd_names=odd_names,
        tweets_names=tw_names,
        nyt_even_names_delta_r_ci95=_bootstrap_delta_r(ratings, a, c),
        even_rows_touched_names=even_names_touched,
        tweets_touched_names=tw_names_touched,
        names_wins=_wins(even_names, even_plain, tw_names, tw_plain),
    )


def fit_word_valence(
    word: str, prior: float, data: str | Path = DEFAULT_DATA, *, min_rows: int = 3, shrink: float = 5.0
) -> dict[str, Any]:
    """How a supplement weight was set, from the *odd* NYT rows only.

    Least-squares fit of VADER's compound (with ``word`` added at valence v, v on a -3.5 .. 3.5
    grid in steps of 0.1) against ``mean_rating / 4`` over the odd rows holding ``word``; with
    ``n >= min_rows`` such rows the weight is ``(n * fit + shrink * prior) / (n + shrink)``,
    otherwise the prior.
    """
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, SentiText

    from analysis.sentiment import normalise_typography
    from analysis.sentiment.vader import _plain_analyzer

    base = _plain_analyzer()
    rows = [
        (rating, normalise_typography(text))
        for rating, text, _ in nyt_rows(data, parity="odd")
        if word in {SentiText._strip_punc_if_word(w).lower() for w in normalise_typography(text).split()}
    ]
    n = len(rows)
    fit = None
    if n >= min_rows:
        best: tuple[float, float] | None = None
        for step in range(-35, 36):
            v = step / 10
            analyzer = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
            analyzer.lexicon = {**base.lexicon, word: v}
            analyzer.emojis = base.emojis
            err = sum((analyzer.polarity_scores(t)["compound"] - r / 4) ** 2 for r, t in rows) / n
            if best is None or err < best[1] - 1e-12:
                best = (v, err)
        assert best is not None
        fit = best[0]
    weight = prior if fit is None else (n * fit + shrink * prior) / (n + shrink)
    return {"word": word, "odd_rows": n, "fit": fit, "prior": prior, "weight": round(weight, 1)}
