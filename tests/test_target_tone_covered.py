"""Round 19 (issue #18): words a rule already read stay out of the sentence's tone (victims, what a
target was cleared of, "no evidence that X ..."), and a target named only as a venue is a bystander
(analysis/sentiment/target_covered.py). Hand-written sentences; expected values exact."""

from __future__ import annotations

import pytest

from analysis.sentiment.target import news_compound, tone_toward
from analysis.sentiment.target_features import target_features
from analysis.sentiment.target_scope import SETTING_PRIOR


def _tone(sentence: str, mention: str):
    start = sentence.index(mention)
    return tone_toward(sentence, start, start + len(mention))


def _features(sentence: str, mention: str) -> dict[str, float]:
    start = sentence.index(mention)
    return {f.name: f.value for f in target_features(sentence, start, start + len(mention), news_compound(sentence))}


@pytest.mark.parametrize(
    ("sentence", "mention", "label", "score"),
    [
        # (scores of model 2026.12.6, refitted in round 20: every label as with round 11's weights)
        # guideline rule 10: a victim is not portrayed (was negative -0.59 in the round-18 trial, F13)
        ("Maria Lopez was badly injured when the bridge collapsed.", "Maria Lopez", "neutral", -0.0021),
        ("Smith was killed in the attack.", "Smith", "neutral", -0.0773),
        ("Gunmen shot the mayor outside his office on Monday.", "the mayor", "neutral", -0.0352),
        # rule 10's exception: shown in a good light (the harm verb is past a clause break: not covered)
        ("Smith, who bravely shielded the children, was injured.", "Smith", "positive", 0.1991),
        # rule 7: cleared of suspicion (was negative -0.92, F13)
        ("Investigators found no evidence that Maria Lopez had done anything wrong.", "Maria Lopez", "neutral", 0.0853),
        ("There is no clear sign that the minister knew about the payments.", "the minister", "neutral", -0.0193),
        # rule 1: cleared of a charge (was negative -0.19, F13); the charge no longer weighs
        ("A jury acquitted Maria Lopez of all charges on Friday.", "Maria Lopez", "neutral", 0.2429),
        ("A jury cleared Smith of murder.", "Smith", "neutral", 0.1269),
        # bystanders: the venue of someone else's words (F14)
        ("Zinke made the controversial comments at a meeting of the Louisiana Oil and Gas Association.",
         "Louisiana Oil and Gas Association", "neutral", -0.2458),
        ('They\'re the ones who can least afford to deal with the climate crisis," he said during the CNN town hall.',
         "CNN", "neutral", -0.2717),
        # unchanged: a treatment is not covered, evidence that is not negated does not clear
        ("Police arrested Maria Lopez at her home on Tuesday.", "Maria Lopez", "negative", -0.8474),
        ("The senator attacked Smith at the hearing.", "Smith", "negative", -0.7109),
        ("Investigators found evidence that Maria Lopez had taken bribes.", "Maria Lopez", "negative", -0.6554),
        # the host's own show is not a bystander's venue
        ("Nutrish said it will no longer advertise during Laura Ingraham's show after her attack on the students.",
         "Laura Ingraham", "negative", -0.6918),
    ],
)
def test_covered_words_and_venues(sentence: str, mention: str, label: str, score: float) -> None:
    tone = _tone(sentence, mention)
    assert (tone.label, round(tone.score, 4)) == (label, score)


def test_victim_harm_words_leave_the_scope_sums_and_the_compound() -> None:
    sentence = "Maria Lopez was badly injured when the bridge collapsed."
    features = _features(sentence, "Maria Lopez")
    assert features["patient_harm"] == 1.0
    assert "near_negative" not in features and "predicate_negative" not in features  # "badly injured" read by the rule
    # the compound of the text with "was badly injured" blanked, not of the whole text (-0.784)
    assert features["sentence_compound"] == pytest.approx(-0.2732, abs=1e-4)
    assert "S:injured" not in features and "S:badly" not in features


def test_exculpation_fires_a_positive_treatment_only_when_the_evidence_is_negated() -> None:
    cleared = _features("Investigators found no evidence that Maria Lopez had done anything wrong.", "Maria Lopez")
    assert cleared["patient_positive"] == 1.0
    assert "clause_negative" not in cleared and "L:that" not in cleared and "S:wrong" not in cleared
    assert "patient_positive" not in _features("Investigators found evidence that Maria Lopez had taken bribes.", "Maria Lopez")
    # a negation further than three words before the noun is not the noun's
    assert "patient_positive" not in _features("Nobody doubted the obvious and overwhelming evidence that Smith lied.", "Smith")


def test_venue_gets_the_neutral_prior_unless_a_rule_reads_the_target() -> None:
    venue = "Zinke made the controversial comments at a meeting of the Louisiana Oil and Gas Association."
    assert _features(venue, "Louisiana Oil and Gas Association")["setting"] == 1.0
    assert SETTING_PRIOR in {e.feature for e in _tone(venue, "Louisiana Oil and Gas Association").evidence}
    assert "setting" in _features("Protesters shouted down the speaker at the Acme Foundation gala.", "Acme Foundation")
    # a rule of its own: the target is not a bystander ("at" does not name the venue here)
    assert "setting" not in _features("The senator attacked Smith at the hearing.", "Smith")
    assert "setting" not in _features("At the summit, Acme Corporation was condemned by every delegate.", "Acme Corporation")
    assert "setting" not in _features("Nutrish will no longer advertise during Laura Ingraham's show.", "Laura Ingraham")
