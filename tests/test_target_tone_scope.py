"""The neutral prior for a target that only speaks (analysis/sentiment/target_scope.py, round 10)."""

from __future__ import annotations

import math

import pytest

from analysis.sentiment.target import _model, _weigh, tone_toward
from analysis.sentiment.target_features import _features
from analysis.sentiment.target_scope import SPEAKER_PRIOR, evidence_priors


def _span(text: str, mention: str) -> tuple[int, int]:
    start = text.index(mention)
    return start, start + len(mention)


def _priors(text: str, mention: str) -> list[str]:
    start, end = _span(text, mention)
    features, _ = _features(text, start, end, 0.3, _model().weights)
    return [f.name for f in evidence_priors(features, text, start, end)]


def test_the_prior_fires_for_a_speaker_only() -> None:
    # the speaker of a statement about something else: the prior
    assert _priors('"The bridge will open in May," said Maria Lopez.', "Maria Lopez") == [SPEAKER_PRIOR]
    assert _priors('Maria Lopez said the bridge will open in May.', "Maria Lopez") == [SPEAKER_PRIOR]
    # the speaker talks about herself (guideline rule 5: coded like any statement about her): no prior
    assert _priors('"I made a mistake," said Maria Lopez.', "Maria Lopez") == []
    assert _priors('"My team played badly," Maria Lopez said.', "Maria Lopez") == []
    # "we" and "our" are mostly an organisation's voice ("we need to act"): the prior stays (round 11)
    assert _priors('"We need to act now," Maria Lopez said.', "Maria Lopez") == [SPEAKER_PRIOR]
    # "US" is the country, not the pronoun: the prior stays
    assert _priors('"The US will open the bridge in May," said Maria Lopez.', "Maria Lopez") == [SPEAKER_PRIOR]
    assert _priors("The bridge opens in May, according to Maria Lopez.", "Maria Lopez") == [SPEAKER_PRIOR]
    # not a speaker: no prior
    assert _priors("Police arrested Maria Lopez on Tuesday.", "Maria Lopez") == []
    # the target opens what is said, the speaker is another: no prior (target_features reads no
    # speaker there since round 11: tests/test_target_tone_attribution.py)
    assert _priors("Investigators say Myanmar's army burned villages.", "Myanmar") == []


def test_the_prior_moves_probability_to_neutral_only() -> None:
    """The prior lowers the negative and the positive log-odds by the model file's
    ``calibration.speaker`` (4 since round 20), so P(negative)/P(neutral) and P(positive)/P(neutral)
    shrink by e^-4 and P(positive)/P(negative) is unchanged; its evidence has contribution 0."""
    text = '"The new bridge is a wonderful gift to the city," said Maria Lopez.'
    start, end = _span(text, "Maria Lopez")
    with_prior = tone_toward(text, start, end, sentence_compound=0.8)
    features, names = _features(text, start, end, 0.8, _model().weights)
    without = _weigh(features, 0.8, text[start:end], names)
    assert _model().weights[SPEAKER_PRIOR] == (-4.0, 0.0, -4.0, 0.0)
    assert with_prior.p_negative / with_prior.p_neutral == pytest.approx(without.p_negative / without.p_neutral * math.exp(-4.0))
    assert with_prior.p_positive / with_prior.p_neutral == pytest.approx(without.p_positive / without.p_neutral * math.exp(-4.0))
    assert with_prior.p_positive / with_prior.p_negative == pytest.approx(without.p_positive / without.p_negative)
    assert with_prior.p_neutral > without.p_neutral
    prior = [e for e in with_prior.evidence if e.feature == SPEAKER_PRIOR]
    assert len(prior) == 1 and prior[0].contribution == 0.0


def test_a_glowing_quote_about_something_else_leaves_its_speaker_neutral() -> None:
    """Round 20: other news codes 94 % of its 602 speakers neutral (1,930 mentions of eleven sets), so the
    prior is 4: the bridge's praise (model alone P(positive) 0.90; 0.69 with round 10's prior of 1.5)
    leaves its speaker neutral (P(neutral) 0.84)."""
    text = '"The new bridge is a wonderful gift to the city, and we are proud of it," said Maria Lopez.'
    start, end = _span(text, "Maria Lopez")
    tone = tone_toward(text, start, end, sentence_compound=0.866)
    assert tone.label == "neutral"
    assert tone.p_neutral == pytest.approx(0.839, abs=0.001)
    assert tone.p_positive == pytest.approx(0.159, abs=0.001)
