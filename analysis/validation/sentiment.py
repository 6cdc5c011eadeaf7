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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis._json import to_jsonable
from analysis.validation.datasets import VADER_GROUND_TRUTH, nyt_rows, require, vader_rows
from analysis.validation.metrics import macro_f1, pearson

DEFAULT_DATA = VADER_GROUND_TRUTH
THRESHOLD = 0.05
#: Hutto & Gilbert 2014, table 3 (2014 code and lexicon, all rows of each corpus): VADER's r with
#: the mean human rating, and that of an individual human rater.
PUBLISHED_VADER_R = {"nyt_editorial": 0.492, "tweet": 0.881}
PUBLISHED_HUMAN_R = {"nyt_editorial": 0.745, "tweet": 0.888}


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


def _label_score(compound: float) -> int:
    return 1 if compound >= THRESHOLD else (-1 if compound <= -THRESHOLD else 0)


def _label_human(rating: float) -> int:
    return 1 if rating > 0 else (-1 if rating < 0 else 0)


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
    tweets = [(r.rating, r.text) for r in vader_rows(str(data)) if r.corpus == "tweet"]
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


# --------------------------------------------------------------------------------------------
# The figures of the validation page: scorers beside the paper and the human ceilings


def human_ceiling(ratings: Sequence[Sequence[int]], raters: int = 20) -> dict[str, float]:
    """How well humans agree with each other on the same snippets.

    * ``one_rater_r`` / ``one_rater_macro_f1``: each of the first ``raters`` rating positions
      against the mean of all the other ratings of the snippet (leave one out), averaged over the
      positions — the counterpart of one scorer against the panel mean;
    * ``split_half_r`` / ``split_half_macro_f1``: the mean of alternate raters (1st, 3rd, ...)
      against the mean of the others (2nd, 4th, ...) — two half-panels of about ten raters.

    Labels for macro-F1 are the sign of the rating or mean (> 0 positive, < 0 negative, 0 neutral).
    """
    rows = [list(r) for r in ratings if len(r) >= raters]
    rs, f1s = [], []
    for k in range(raters):
        single = [float(r[k]) for r in rows]
        others = [(sum(r) - r[k]) / (len(r) - 1) for r in rows]
        rs.append(pearson(single, others))
        f1s.append(macro_f1([_label_human(o) for o in others], [_label_human(s) for s in single]))
    first = [sum(r[0::2]) / len(r[0::2]) for r in rows]
    second = [sum(r[1::2]) / len(r[1::2]) for r in rows]
    return {
        "one_rater_r": sum(rs) / len(rs),
        "one_rater_macro_f1": sum(f1s) / len(f1s),
        "split_half_r": pearson(first, second),
        "split_half_macro_f1": macro_f1([_label_human(v) for v in first], [_label_human(v) for v in second]),
    }


def _agreement_dict(agreement: Agreement) -> dict[str, Any]:
    return {"pearson_r": agreement.pearson_r, "macro_f1": agreement.macro_f1, "accuracy": agreement.accuracy}


def _corpus_table(
    corpus: str, rows_used: str, short: str, rows: list[tuple[float, str, tuple[int, ...]]], held: SentimentValidation
) -> list[dict[str, Any]]:
    """The rows of one corpus: our scorers and plain VADER, the paper's figure, the human ceilings."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.sentiment import polarity

    plain = SentimentIntensityAnalyzer()  # vaderSentiment as published: raw text, its own lexicon
    ratings = [r for r, _, _ in rows]
    texts = [t for _, t, _ in rows]
    scorers = (
        ("plain VADER 3.3.2 (raw text)", [plain.polarity_scores(t)["compound"] for t in texts]),
        ("ours, default (analysis.sentiment.polarity)", [polarity(t)["compound"] for t in texts]),
        ("ours + news supplement (option)", [polarity(t, supplement=True)["compound"] for t in texts]),
    )
    table: list[dict[str, Any]] = [
        {"corpus": corpus, "rows_used": rows_used, "scorer": scorer, "n": len(rows), **_agreement_dict(agreement(ratings, compounds))}
        for scorer, compounds in scorers
    ]
    names = held.nyt_even_names if corpus == "nyt_editorial" else held.tweets_names  # the neutral-names option
    table.append(
        {"corpus": corpus, "rows_used": rows_used, "scorer": "ours + names left unscored (option)", "n": names.rows,
         **_agreement_dict(names)}
    )
    table.append(
        {"corpus": corpus, "rows_used": "all rows of the corpus (paper, table 3)", "scorer": "VADER as published (2014 code)",
         "n": 5190 if corpus == "nyt_editorial" else 4200, "pearson_r": PUBLISHED_VADER_R[corpus],
         "macro_f1": None, "accuracy": None}
    )
    ceiling = human_ceiling([r for _, _, r in rows])
    table.append(
        {"corpus": corpus, "rows_used": short, "scorer": "one human rater vs the others' mean",
         "n": len(rows), "pearson_r": ceiling["one_rater_r"], "macro_f1": ceiling["one_rater_macro_f1"], "accuracy": None}
    )
    table.append(
        {"corpus": corpus, "rows_used": short, "scorer": "split-half human panels (about 10 vs 10 raters)",
         "n": len(rows), "pearson_r": ceiling["split_half_r"], "macro_f1": ceiling["split_half_macro_f1"], "accuracy": None}
    )
    return table


def validate_sentiment_figures() -> dict[str, Any]:
    """Sentiment figures (see :mod:`analysis.validation.summary`); a few seconds, about 25,000 VADER calls."""
    from analysis.sentiment import SUPPLEMENT_DEFAULT

    path = require(DEFAULT_DATA)
    held = validate_sentiment(path)
    sets = (
        (
            "nyt_editorial",
            "even NYT rows (2nd, 4th, ... in file order); the supplement was chosen on the odd rows",
            "even NYT rows",
            [(rating, text, ratings) for rating, text, ratings in nyt_rows(path, parity="even")],
        ),
        (
            "tweet",
            "all 4,200 tweets (used only as a no-harm check on the supplement)",
            "all 4,200 tweets (first 20 ratings of each as raters)",
            [(r.rating, r.text, r.ratings) for r in vader_rows(str(path)) if r.corpus == "tweet"],
        ),
    )
    table = [row for corpus, rows_used, short, rows in sets for row in _corpus_table(corpus, rows_used, short, rows, held)]
    return {
        "data": "VADER ICWSM-2014 ground truth (Hutto & Gilbert 2014), mean of 20+ human ratings on -4..+4",
        "rule": "compound >= 0.05 positive, <= -0.05 negative, else neutral; human mean > 0 positive, < 0 negative, 0 neutral",
        "table": table,
        "nyt_odd_rows": {
            "rows_used": "odd NYT rows, where the supplement was chosen (in-sample; not a validation figure)",
            "ours_default": _agreement_dict(held.nyt_odd_plain),
            "ours_supplement": _agreement_dict(held.nyt_odd_supplement),
        },
        "supplement": {
            "on_by_default": SUPPLEMENT_DEFAULT,
            "words": held.supplement_words,
            "even_rows_touched": held.even_rows_touched,
            "delta_r_ci95": list(held.nyt_even_delta_r_ci95),
            "wins": held.supplement_wins,
        },
        "published": {"vader_r": PUBLISHED_VADER_R, "individual_human_r": PUBLISHED_HUMAN_R,
                      "source": "Hutto & Gilbert 2014, ICWSM, table 3"},
    }
