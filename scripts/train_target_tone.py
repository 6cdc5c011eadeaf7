"""Train the target-tone weights (issue #18) and write them as data.

Run from the project root::

    PYTHONPATH=$PWD python scripts/train_target_tone.py [--c 0.2] [--min-count 8] [--other-news-weight 0]
    PYTHONPATH=$PWD python scripts/train_target_tone.py --cv [--loso] [--other-news-weight 3]

Model: multinomial logistic regression (three classes) with an L2 penalty, fitted by full-batch
Adam (numpy only; Kingma & Ba 2015) on the features of :func:`analysis.sentiment.target_features.target_features`
(the sentence compound as :func:`analysis.sentiment.target.news_compound` gives it): the rule
features are always kept; the context words (``L:``/``R:``/``S:``) when they occur in at least
``--min-count`` training items. Fitted on NewsMTSC train, plus, with ``--other-news-weight`` > 0,
the coded other-news mentions (the spent blind sets, now development data: 1,290 from round 12;
:func:`analysis.validation.target_tone.other_news_development`), each weighted so. ``--cv``
writes nothing: it cross-validates on the other-news mentions in folds grouped by source
article (one article never on both sides), or with ``--loso`` one fold per development set
(leave one set out), each fold's model fitted on NewsMTSC train plus the other folds, and
prints each fold's macro-F1, their mean (the figure to choose by, never a single fold) and
NewsMTSC dev. Round 4 (grouped 5-fold, NewsMTSC dev beside): weight 0
0.439 / 0.660; weight 3 0.428 / 0.642 (this script, shipped prior; 0.43-0.45 / 0.63-0.66 over the
prior grid in a 600-step sketch); weight 10 0.452 / 0.647 and weight 30 0.466 / 0.593 (sketch, no
prior); weight 3 with the sentence
words (``S:``) halved 0.45-0.47 / 0.55-0.64; without sentence words, weight 10, 0.45 / 0.64.
Nothing beat weight 0 beyond the folds' spread (sd 0.06) while keeping NewsMTSC dev >= 0.65, so
the default stays 0 (NewsMTSC alone). Round 6 (the new speaker rules, all 650 mentions, grouped 5-fold,
pooled out-of-fold macro-F1 / mean NewsMTSC dev): weight 3 0.490 / 0.650 at the shipped prior
(0.48-0.50 / 0.62-0.67 over the prior grid), against 0.483 / 0.679 for weight 0: still no gain.
The file also carries the neutral prior (``calibration``, ``--prior-negative`` /
``--prior-positive``: log-odds added at use, tuned on the other-news dev part, not fitted here).
The defaults (C = 0.2, min count 8) were chosen among six settings (C 0.1-3, min count
3-10, with and without sentence words) by dev macro-F1, so dev is not fully unseen (README);
C 0.05 and min count 30 did no better in grouped CV.
Round 8 (rules 2026.12.3): contractions tokenised as clitics ("I'm" is "I" + "'m", no "m"), single
letters and contraction pieces are no context words, and "X received a suspension" is a treatment:
refitted with the defaults above, NewsMTSC dev 0.684 -> 0.689 macro-F1 (accuracy 0.711 -> 0.717),
train 0.801 -> 0.801; the six other-news sets (970 mentions) 0.502 -> 0.498. Dropping the Snowball
stop words as well was tried and not kept: dev 0.669, other news 0.490 (lexicon [context_words]).
The neutral prior was not rechosen: on a near variant, -0.5 / -0.75 lowered NewsMTSC dev from
0.664 to 0.615 / 0.592 with mixed other-news effects.
Round 10 (all 970 other-news mentions of the five spent sets, grouped 5-fold, pooled out-of-fold
macro-F1 / mean NewsMTSC dev, 800-step sketches): weight 0 0.505 / 0.695; weight 3 0.511 / 0.667 (prior
0); weight 10 0.510 / 0.636 (prior -0.25): still no gain worth NewsMTSC dev. Sentence words only from
the target's clause 0.517 / 0.644 (prior -0.5), from within eight tokens 0.520 / 0.670: no better
at dev >= 0.68. ``--prior-speaker`` (target_scope) is the neutral prior for a target that only
speaks; ``--cv`` also prints the pooled out-of-fold macro-F1 and confusion.
Round 11 (rules 2026.12.4; all 1,130 mentions of the six spent sets, the sixth now among them;
grouped 5-fold, pooled out-of-fold / fold mean / NewsMTSC dev as this script computes it): refitted on
NewsMTSC alone 0.523 / 0.515 / 0.683 (the round-10 rules refitted: 0.511 / - / 0.689; the round-11
rules before ``[acts] speech_objects``: 0.526 / 0.517 / 0.681). Through ``tone_toward`` that last
refit gave other news 0.523 and NewsMTSC dev 0.679, below the 0.68 kept, against 0.517 / 0.686 for the
round-10 weights with the new rules, so the weights were not refitted. Min count 10:
0.519 / 0.681 (train 0.774); C 0.15 / 0.3: 0.523 / 0.678 and 0.515 / 0.678 (sketches); other news
in training at weight 1: 0.514 / 0.660; the priors re-chosen in nested grouped CV over a 27-point grid
(dev >= 0.68): 0.522, below the fixed -0.25 / -0.25 / 1.5 (0.526); S: words scaled by 1/2: other news
0.521, dev 0.653.
Round 12 (all seven spent sets, 1,290 mentions, the seventh among them; ``--cv --loso``: leave one
SET out, the set left out never fitted on nor used for a choice; pooled out-of-fold macro-F1, per set
blind / second / third / fourth / fifth / sixth / seventh, and NewsMTSC dev as this script computes it).
The shipped weights through ``tone_toward`` (fixed, never fitted on other news, so their per-set
figures are leave-one-set-out figures): pooled 0.513 (0.435 / 0.517 / 0.530 / 0.550 / 0.567 / 0.473 /
0.472), dev 0.686. Refitted on NewsMTSC alone with the defaults: 0.520 (0.434 / 0.519 / 0.554 / 0.550 /
0.566 / 0.477 / 0.494), dev 0.683 (through ``tone_toward``, the weights rounded: 0.516, dev 0.681; paired
bootstrap of the 0.007: 95 % interval -0.001 to 0.016). Other news in training, weight 1: 0.511, dev
0.667 (fold mean); weight 3: 0.515, dev 0.647; weight 3 with a domain bias feature for the other-news
items (fitted, not applied at use): 0.515, dev 0.662. C 0.1: 0.528, dev 0.659; C 0.12 / 0.15 / 0.5:
0.523 / 0.521 / 0.509, dev 0.671 / 0.679 / 0.682; min count 4 / 15: 0.516 / 0.500, dev 0.682 / 0.689;
context words penalised apart (C 0.1, rules C 0.5 or 2): 0.518, dev 0.669 / 0.666; sentence words
halved: 0.525, dev 0.653; no L:/R: words: 0.493, dev 0.627; the VADER compound of the target's clause
and of eight words either side as two more features: 0.522, dev 0.684 (two more VADER calls per
mention). Chosen in each fold by the other six sets among the settings keeping dev >= 0.67, the
estimate is 0.522: no setting beats the shipped weights beyond the noise while keeping NewsMTSC dev,
so the weights were not refitted. The same holds for priors fitted after the model (a neutral prior
for mentions with no target-level rule, or for sentences without a US-politics word; group scales of
the sentence words, sentence compound, context words and rules fitted on other news, class-weighted):
the group scales 0.41-0.54 leave-one-set-out (0.536 with dev 0.657), the two priors at most 0.524 on a
grid in sample (dev 0.657) and 0.516 (no gain): where one gains, NewsMTSC dev falls below 0.67.
The group scales fitted with NewsMTSC train beside (its total weight 0.1 or 0.3 of other news's, the
neutral items 0.25 or 0.35; chosen in each fold on the other six sets, dev >= 0.67): nested
leave-one-set-out 0.534 (0.485 / 0.535 / 0.552 / 0.590 / 0.590 / 0.423 / 0.516; bootstrap 95 % of the
gain 0.000 to 0.042), dev fold mean 0.680 (scales about 0.6 sentence words, 0.95 compound, 0.7 context
words, 0.85 rules, the neutral prior -0.25 -> about +0.15). Fitted on all seven and read through
``tone_toward``: other news 0.524 in sample, dev 0.686, train 0.768; not shipped: the smaller rule
weights and weaker neutral prior break the guideline's cases ("Smith was killed" and "a jury cleared
X of murder" turn negative), the sixth set falls 0.473 -> 0.425 (the experiment was not merged).
Error analysis (shipped weights, 1,290 mentions, rows gold negative / neutral / positive, columns
predicted the same): 87 61 25 / 131 720 121 / 27 61 57; of the
252 neutral mentions called polar, 204 are pushed hardest by the sentence's words (``S:``) or its
compound, 36 by the context words next to the target, 12 by a target rule; the target-level rules fire
on 264 of the 1,290 mentions (42 % of them polar; NewsMTSC train 83 %), so most coded polarity out of
US politics has no rule behind it. Polar-or-neutral AUC of the model 0.74 (NewsMTSC dev 0.87); the
direction of the coded polar mentions right 72 % (dev 82 %), the L:/R: words alone 51 %.
Round 19 (rules 2026.12.7, analysis/sentiment/target_covered.py: words a rule already read -- a
victim's harm verb, what X was cleared of, "no evidence that X ..." -- kept out of the compound, the
scope sums and the sentence words; a target named only as a venue gets the speaker's neutral prior;
weights not refitted; ``--ten``: all ten development sets, 1,770 mentions). Through ``tone_toward``
the shipped weights: pooled over the ten sets 0.509 -> 0.510 (the tenth 0.528 -> 0.533, the other
nine unchanged), NewsMTSC dev 0.686 (unchanged), train 0.789 -> 0.789 (five train mentions change,
all five to the coded label). The rules fire on few other-news mentions (victims 1, exculpation 0,
venues 8): they follow the guideline (rules 1, 7, 10 and "colours someone else"), not the figures.
Refitted on NewsMTSC with the new rules (``--cv --loso --ten``): pooled 0.515, per set blind / other
news / third ... tenth 0.434 / 0.518 / 0.542 / 0.565 / 0.566 / 0.477 / 0.494 / 0.484 / 0.487 / 0.514,
dev 0.691 (script): +0.005 pooled over the shipped weights, within round 12's bootstrap noise, the
tenth set down 0.019: not refitted. Tried and dropped, on the shipped logits with 10-set leave-one-
set-out choice (NewsMTSC dev >= 0.68): the sentence words and compound scaled down, or a neutral
prior, for mentions without a target-level rule, for mentions after a preposition, for both, or for
all (grid 0-0.75 x 0-1.0): every fold chose no change (pooled 0.509; best in sample 0.517 at dev
0.665); a logistic "polar -> neutral" gate fitted on other news (13 meta-features: margins, rule /
sentence / context pushes, speaker, stance, preposition, possessive, length, names, position,
quotation): 0.515 with dev 0.665 (no threshold keeps dev >= 0.68); the speaker's neutral prior for a
target's own stance act (guideline rule 2; 33 other-news mentions, 22 coded neutral): pooled 0.508 -
0.509 for priors 0.5-3, dev 0.681 -> 0.673. Of the 1,770 mentions, 366 gold-neutral are called polar;
most have no target-level rule and are pushed by the sentence compound and ``S:`` words, which
NewsMTSC dev needs (its mentions are 60 % polar, other news 25 %).
Round 20 (rules 2026.12.9: names and titles carry no valence, "said X would" is no speaker, verbs
of belief report a position, verbs judging an act; the speaker prior 4, chosen leaving one of the
eleven sets out; ``--eleven``: all eleven development sets, 1,930 mentions, the eleventh a fold of its
own). Refitted with the defaults (model 2026.12.6; the weights had been round 11's, fitted on
features several rules have since changed). Through ``tone_toward``, eleven sets pooled 0.522 ->
0.528 (blind / other news / third ... eleventh 0.448 / 0.515 / 0.537 / 0.550 / 0.578 / 0.490 / 0.484
/ 0.509 / 0.500 / 0.536 / 0.515 -> 0.444 / 0.530 / 0.550 / 0.556 / 0.572 / 0.481 / 0.476 / 0.519 /
0.509 / 0.557 / 0.523; paired bootstrap of the gain over items, 95 %: -0.001 to +0.014), NewsMTSC
dev 0.694 unchanged, train 0.782 -> 0.786; with the refitted weights every leave-one-set-out fold
still chooses the speaker prior 4 among 1.5, 2.5, 3, 4 and 6. ``--cv --loso --eleven`` before the
refit (the script's unrounded weights, rules without the verbs of belief and the judging verbs):
pooled 0.524, dev 0.686.
Round 21 (``--twelve``: all twelve development sets, 2,065 mentions, the twelfth a fold of its own).
Shipped weights through ``tone_toward``: pooled 0.533 (blind / other news / third ... twelfth 0.449 /
0.530 / 0.550 / 0.556 / 0.572 / 0.481 / 0.480 / 0.519 / 0.509 / 0.557 / 0.523 / 0.546), NewsMTSC dev
0.694; ``--cv --loso --twelve`` (refitted, unrounded): pooled 0.533, dev 0.686. Of the 666 pooled
errors, 382 are neutral mentions called polar pushed hardest by the sentence's compound or ``S:``
words. Tried and not kept: the sentence compound renamed ``passing_sentence_compound`` when the
target is the object of a preposition that does not aim at it ("of X", "in X", "from X", "including
X"; no target-level rule; 141 other-news mentions, 77 % coded neutral; NewsMTSC train 474, 49 %),
alone 0.532 / dev 0.681, with a ``passing`` indicator 0.535 / 0.688 (script), through
``tone_toward`` refitted 0.5332 -> 0.5332 (33 mentions change; bootstrap 95 % -0.007 to +0.007), the
third set 0.550 -> 0.518; with a list of names ("X, Y and Z") counted as passing too 0.534 / dev 0.674.
Writes ``analysis/lexicons/target_tone_model.json`` (weights per feature for negative,
neutral, positive, the bias, and the settings, deterministic: sorted keys, 4 decimals).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from functools import partial
from pathlib import Path

import numpy as np

from analysis.sentiment.target import CLASSES, MODEL_PATH, news_compound, tone_toward
from analysis.sentiment.target_covered import SETTING
from analysis.sentiment.target_features import target_features
from analysis.sentiment.target_rules import rules
from analysis.sentiment.target_scope import SETTING_PRIOR, SPEAKER_PRIOR, evidence_priors
from analysis.validation.datasets import newsmtsc_items
from analysis.validation.metrics import macro_f1
from analysis.validation.target_tone import all_development, development_set, other_news_development

#: Defaults chosen by grouped cross-validation (see the module docstring).
PRIOR_NEGATIVE = -0.25
PRIOR_POSITIVE = -0.25
#: The neutral prior when the target speaks (analysis/sentiment/target_scope.py; round 10: 1.5, round 20: 4).
PRIOR_SPEAKER = 4.0
#: The neutral prior when the target is only a venue (target_scope; round 19: the speaker's then size).
PRIOR_SETTING = 1.5
OTHER_NEWS_WEIGHT = 0.0

# The neutral prior is not fitted here: it was chosen on a grid of 0.25 steps by macro-F1 on all
# 650 other-news mentions (the weights never see them) with NewsMTSC dev kept >= 0.67.
_CALIBRATION_TUNED_ON = (
    "all 650 other-news mentions (tests/fixtures/target_tone_blind, target_tone_other_news, target_tone_third) "
    "and NewsMTSC dev: a grid of 0.25 steps, NewsMTSC dev kept >= 0.67 (round 6, rules 2026.12.2)"
)
_SPEAKER_TUNED_ON = (
    "round 20: leave-one-set-out over the eleven coded other-news sets (1,930 mentions; the fixed NewsMTSC weights, "
    "rules 2026.12.9), the prior chosen in each fold on the other ten sets among 1.5, 2, 2.5, 3 and 4: every fold chose "
    "4 (pooled 0.515 -> 0.520; 6 scores as 4), NewsMTSC dev 0.694 unchanged; with the refitted weights (model 2026.12.6) "
    "every fold still chooses 4. Round 10 had chosen 1.5 by grouped 5-fold CV over the 970 mentions of five sets (0.502 "
    "with no prior, 0.515 with 1.5; analysis/sentiment/target_scope.py)"
)
_SETTING_TUNED_ON = (
    "the speaker prior's round-10 size, 1.5 (analysis/sentiment/target_scope.py): the venue rule fires on 8 coded "
    "other-news mentions, too few to tune on; kept when round 20 raised the speaker prior"
)
_CALIBRATION_WHY = (
    "out of US politics a mention is neutral unless the sentence does something to it; NewsMTSC's "
    "sentences were chosen to be opinionated, so its learnt bias colours too often"
)


def _features(items):
    rows = []
    for item in items:
        compound = news_compound(item.sentence)
        features = target_features(item.sentence, item.start, item.end, compound)
        features += evidence_priors(features, item.sentence, item.start, item.end)  # calibration, never fitted
        rows.append({f.name: f.value for f in features})
    return rows


class _Sparse:
    """Rows of (feature index, value) as flat arrays: enough for x @ w and x.T @ g."""

    def __init__(self, rows, vocab):
        cols, vals, owner = [], [], []
        for i, row in enumerate(rows):
            for name, value in row.items():
                if name in vocab:
                    cols.append(vocab[name])
                    vals.append(value)
                    owner.append(i)
        self.cols, self.vals, self.rows = np.array(cols), np.array(vals), np.array(owner)
        self.shape = (len(rows), len(vocab))

    def dot(self, w):
        products = self.vals[:, None] * w[self.cols]
        return np.stack([np.bincount(self.rows, products[:, k], self.shape[0]) for k in range(w.shape[1])], axis=1)

    def tdot(self, g):
        products = self.vals[:, None] * g[self.rows]
        return np.stack([np.bincount(self.cols, products[:, k], self.shape[1]) for k in range(g.shape[1])], axis=1)


def _fit(x, y, c, weight=None, steps=1500, rate=0.05):
    """Minimise the ``weight``-weighted mean cross-entropy + ||w||^2 / (2 c n) with Adam (bias not
    penalised; n the total weight, the item count when every weight is 1)."""
    d = x.shape[1]
    weight = np.ones(x.shape[0]) if weight is None else np.asarray(weight, dtype=float)
    n = weight.sum()
    onehot = np.eye(len(CLASSES))[y]
    w, b = np.zeros((d, len(CLASSES))), np.zeros(len(CLASSES))
    m = [np.zeros_like(w), np.zeros_like(b)]
    v = [np.zeros_like(w), np.zeros_like(b)]
    for t in range(1, steps + 1):
        z = x.dot(w) + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad_z = (p - onehot) * weight[:, None] / n
        grads = [x.tdot(grad_z) + w / (c * n), grad_z.sum(axis=0)]
        for k, (param, grad) in enumerate(((w, grads[0]), (b, grads[1]))):
            m[k] = 0.9 * m[k] + 0.1 * grad
            v[k] = 0.999 * v[k] + 0.001 * grad * grad
            param -= rate * (m[k] / (1 - 0.9**t)) / (np.sqrt(v[k] / (1 - 0.999**t)) + 1e-8)
    return w, b


def _vocabulary(rows, min_count):
    counts = Counter(name for row in rows for name in row)
    priors = (SPEAKER_PRIOR, SETTING_PRIOR, SETTING)  # calibration (target_scope), never fitted
    names = sorted(n for n, c in counts.items() if (not n.startswith(("L:", "R:", "S:")) or c >= min_count) and n not in priors)
    return {n: i for i, n in enumerate(names)}


def _train(rows, labels, weights, args):
    """Fit on ``rows`` (feature dicts); returns (vocabulary, weights, bias)."""
    vocab = _vocabulary(rows, args.min_count)
    w, b = _fit(_Sparse(rows, vocab), np.array(labels), args.c, np.array(weights, dtype=float))
    return vocab, w, b


def _predict(rows, vocab, w, b, args):
    z = _Sparse(rows, vocab).dot(w) + b + np.array([args.prior_negative, 0.0, args.prior_positive])
    speaks = np.array([SPEAKER_PRIOR in row for row in rows], dtype=float)  # target_scope.evidence_priors
    z -= args.prior_speaker * np.outer(speaks, [1.0, 0.0, 1.0])
    venue = np.array([SETTING_PRIOR in row for row in rows], dtype=float)  # the bystander prior
    z -= args.prior_setting * np.outer(venue, [1.0, 0.0, 1.0])
    return [CLASSES[k] for k in z.argmax(axis=1)]


def _f1(gold, predicted):
    codes = {"negative": -1, "neutral": 0, "positive": 1}
    return macro_f1([codes[g] for g in gold], [codes[p] for p in predicted])


def _cross_validate(train_rows, train_y, other, other_rows, dev_rows, dev_gold, args) -> None:
    """Grouped k-fold on the other-news items (folds by source article, shuffled with seed 0):
    each fold's model is fitted on NewsMTSC train plus the other folds, scored on the held-out
    fold and on NewsMTSC dev; prints each fold and the means."""
    folds, names = _folds(other, args)
    other_y = [CLASSES.index(item.polarity) for item, _ in other]
    scores, dev_scores = [], []
    pooled: list[str] = [""] * len(other)
    fitted = None
    for k, name in enumerate(names):
        fit_idx, test_idx = np.where(folds != k)[0], np.where(folds == k)[0]
        if fitted is None or args.other_news_weight > 0:  # without other news every fold has the same model
            rows = train_rows + ([other_rows[i] for i in fit_idx] if args.other_news_weight > 0 else [])
            labels = train_y + ([other_y[i] for i in fit_idx] if args.other_news_weight > 0 else [])
            weights = [1.0] * len(train_rows) + [args.other_news_weight] * (len(rows) - len(train_rows))
            fitted = _train(rows, labels, weights, args)
        vocab, w, b = fitted
        predicted = _predict([other_rows[i] for i in test_idx], vocab, w, b, args)
        for i, label in zip(test_idx, predicted, strict=True):
            pooled[i] = label
        scores.append(_f1([other[i][0].polarity for i in test_idx], predicted))
        dev_scores.append(_f1(dev_gold, _predict(dev_rows, vocab, w, b, args)))
        print(f"fold {name}: other news {len(test_idx)} items macro-F1 {scores[-1]:.3f}; NewsMTSC dev {dev_scores[-1]:.3f}", flush=True)
    how = "leave-one-set-out" if args.loso else f"grouped {args.folds}-fold"
    print(f"{how} CV: other news mean macro-F1 {np.mean(scores):.3f} (sd {np.std(scores):.3f}); "
          f"NewsMTSC dev mean {np.mean(dev_scores):.3f}")
    gold = [item.polarity for item, _ in other]
    pairs = Counter(zip(gold, pooled, strict=True))
    print(f"pooled out-of-fold over {len(other)} mentions: macro-F1 {_f1(gold, pooled):.3f}, "
          f"accuracy {np.mean([g == p for g, p in zip(gold, pooled, strict=True)]):.3f}; confusion (rows gold, columns predicted):")
    for g in CLASSES:
        print(f"  {g:>8} " + " ".join(f"{pairs[(g, p)]:5d}" for p in CLASSES))


def _folds(other, args) -> tuple[np.ndarray, list[str]]:
    """Each other-news item's fold and the folds' names: by development set with ``--loso`` (the
    set left out is never fitted on), else ``--folds`` groups of source articles (shuffled, seed 0)."""
    if args.loso:
        names = list(dict.fromkeys(development_set(item) for item, _ in other))
        return np.array([names.index(development_set(item)) for item, _ in other]), names
    groups = sorted({source for _, source in other})
    np.random.RandomState(0).shuffle(groups)
    fold_of = {g: i % args.folds for i, g in enumerate(groups)}
    return np.array([fold_of[source] for _, source in other]), [str(k) for k in range(args.folds)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--c", type=float, default=0.2, help="inverse L2 strength")
    parser.add_argument("--min-count", type=int, default=8, help="context words seen in fewer train items are dropped")
    parser.add_argument("--prior-negative", type=float, default=PRIOR_NEGATIVE,
                        help="log-odds added to negative at use (the neutral prior for other news)")
    parser.add_argument("--prior-positive", type=float, default=PRIOR_POSITIVE,
                        help="log-odds added to positive at use (the neutral prior for other news)")
    parser.add_argument("--prior-speaker", type=float, default=PRIOR_SPEAKER,
                        help="log-odds taken from negative and positive when the target speaks (target_scope)")
    parser.add_argument("--prior-setting", type=float, default=PRIOR_SETTING,
                        help="log-odds taken from negative and positive when the target is only a venue (target_scope)")
    parser.add_argument("--other-news-weight", type=float, default=OTHER_NEWS_WEIGHT,
                        help="weight of each other-news item beside a NewsMTSC item's 1 (0: NewsMTSC only)")
    parser.add_argument("--cv", action="store_true", help="grouped cross-validation on other news instead of writing the model")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--loso", action="store_true", help="with --cv: leave one development set out per fold (one fold per set)")
    parser.add_argument("--ten", action="store_true",
                        help="all ten development sets (1,770 mentions; round 19) instead of the first seven (1,290)")
    parser.add_argument("--eleven", action="store_true",
                        help="all eleven development sets (1,930 mentions; round 20) instead of the first seven (1,290)")
    parser.add_argument("--twelve", action="store_true",
                        help="all twelve development sets (2,065 mentions; round 21) instead of the first seven (1,290)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    train = newsmtsc_items("train")
    # the other-news mentions only when they are used (their labels are not read for a NewsMTSC-only fit)
    development = {"twelve": partial(all_development, twelfth=True), "eleven": partial(all_development, eleventh=True),
                   "ten": all_development}.get("twelve" if args.twelve else "eleven" if args.eleven else "ten" if args.ten else "",
                                               other_news_development)
    other = development() if args.cv or args.other_news_weight > 0 else ()
    train_rows, other_rows = _features(train), _features([item for item, _ in other])
    train_y = [CLASSES.index(item.polarity) for item in train]
    if args.cv:
        dev = newsmtsc_items("dev")
        _cross_validate(train_rows, train_y, other, other_rows, _features(dev), [i.polarity for i in dev], args)
        return
    rows, labels, weights = train_rows, train_y, [1.0] * len(train_rows)
    if args.other_news_weight > 0:
        rows = rows + other_rows
        labels = labels + [CLASSES.index(item.polarity) for item, _ in other]
        weights = weights + [args.other_news_weight] * len(other_rows)
    vocab, w, b = _train(rows, labels, weights, args)
    names = sorted(vocab)
    model = {
        "meta": {
            "version": "2026.12.6",
            "trained_on": _trained_on(args.other_news_weight, len(other_rows)),
            "method": "multinomial logistic regression, L2, weighted, full-batch Adam (scripts/train_target_tone.py)",
            "c": args.c,
            "min_count": args.min_count,
            "other_news_weight": args.other_news_weight,
            "rules_version": rules().version,
            "classes": list(CLASSES),
        },
        "bias": [round(float(v), 4) for v in b],
        "calibration": {
            "negative": args.prior_negative,
            "positive": args.prior_positive,
            "setting": args.prior_setting,
            "setting_tuned_on": _SETTING_TUNED_ON,
            "speaker": args.prior_speaker,
            "speaker_tuned_on": _SPEAKER_TUNED_ON,
            "tuned_on": _CALIBRATION_TUNED_ON,
            "why": _CALIBRATION_WHY,
        },
        "weights": {n: [round(float(v), 4) for v in w[vocab[n]]] for n in names if np.abs(w[vocab[n]]).max() >= 5e-4},
    }
    args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    _report(train)


def _trained_on(weight: float, n_other: int) -> str:
    text = "NewsMTSC rw train (8,736 items; Hamborg & Donnay 2021, MIT)"
    if weight > 0:
        text += (f" + {n_other} coded mentions of other news (tests/fixtures/target_tone_blind and target_tone_other_news,"
                 f" both spent as blind sets, now development data), each weighted {weight:g}")
    return text


def _report(train) -> None:
    from analysis.sentiment.target import _model

    _model.cache_clear()
    for name, items in (("train", train), ("dev", newsmtsc_items("dev"))):
        gold = [i.polarity for i in items]
        pred = [tone_toward(i.sentence, i.start, i.end).label for i in items]
        print(f"{name}: macro-F1 {_f1(gold, pred):.3f} accuracy {np.mean([g == p for g, p in zip(gold, pred, strict=True)]):.3f}")


if __name__ == "__main__":
    main()
