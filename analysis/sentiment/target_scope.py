"""The neutral prior by the kind of evidence a mention has (issue #18, round 10).

The trained weights (:mod:`analysis.sentiment.target`) come from NewsMTSC, whose sentences were
chosen to be opinionated: there, a mention that is only the *speaker* of the sentence ("...," said
X) is coded negative or positive 37 % of the time (train, 1,270 such mentions), and the weights learn
that. In other news a speaker is mostly a source who reports, explains or criticises something else,
and the guideline codes that neutral (rules 2 and 5: being the speaker does not by itself colour
the target): of the 253 speaker mentions of the six coded other-news sets (970 mentions) 8 % are
negative or positive, against 32 % of the others. So when the target speaks, the negative and
positive log-odds are lowered by the model file's ``calibration.speaker`` (a prior, not a fitted
weight): the speaker's own words about themselves (``speaker_quote_*``) and the other rule
features still count, and can still carry a polar label.

Chosen by cross-validation over the other-news development sets grouped by article (5 folds, the
prior picked on the training folds among 0-2 in 0.25 steps, NewsMTSC dev kept >= 0.68: every fold
and seed picked 0.75): pooled macro-F1 0.504 -> 0.515 (every one of the six sets gains 0.01-0.02),
NewsMTSC dev 0.691 -> 0.681, train 0.803 -> 0.792 (round 10; ``scripts/train_target_tone.py --cv``
prints the same figures for the shipped weights).
"""

from __future__ import annotations

from analysis.sentiment.target_features import Feature

#: The model-weights key of the speaker prior: its weights are (-prior, 0, -prior) for
#: (negative, neutral, positive), so it moves probability to neutral and none between the two
#: polar classes (its contribution toward positive minus negative is 0).
SPEAKER_PRIOR = "speaker_neutral_prior"

#: The feature whose presence says the target speaks and has no stance verb of its own
#: (:func:`analysis.sentiment.target_features.target_features` renames the sentence compound so).
SPEAKS = "speaker_sentence_compound"

_SPEAKER_FEATURE = Feature(SPEAKER_PRIOR, 1.0, "the target is the speaker: neutral unless its own treatment says otherwise")


def evidence_priors(features: list[Feature]) -> list[Feature]:
    """The prior features the mention's evidence calls for (appended to ``features`` by the
    caller): the speaker prior when the target speaks (the first feature is then the sentence
    compound weighed apart for speakers), nothing otherwise."""
    return [_SPEAKER_FEATURE] if features and features[0][0] == SPEAKS else []


def prior_weights(calibration: dict[str, float]) -> dict[str, tuple[float, float, float, float]]:
    """The prior features' weights (negative, neutral, positive, positive - negative) from the
    model file's ``calibration`` (none when the file sets no speaker prior)."""
    speaker = float(calibration.get("speaker", 0.0))
    return {SPEAKER_PRIOR: (-speaker, 0.0, -speaker, 0.0)} if speaker else {}
