"""Target tone: a relative clause's act, and what a target is cleared of (review 6; hand-checked)."""

from __future__ import annotations

import pytest

from analysis.sentiment.target import tone_toward


def _tone(sentence: str, target: str) -> tuple[str, list[str]]:
    start = sentence.index(target)
    result = tone_toward(sentence, start, start + len(target))
    return result.label, [e.feature for e in result.evidence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marta Ruiz, who stabbed a neighbour in 2018, was freed on Friday.",
        "The officer, who was convicted of fraud last year, returned to work.",
        "Tom Bell, who shot two guards, appeared in court.",
    ],
)
def test_relative_clause_act_bears_on_the_target(sentence: str) -> None:
    target = sentence.split(",")[0]
    label, rules = _tone(sentence, target)
    assert label == "negative"
    assert {"agent_bad", "patient_negative"} & set(rules)


def test_relative_clause_of_another_party_does_not_bear_on_the_target() -> None:
    # the clause belongs to "the man", not to the police chief
    _, rules = _tone("Police chief Ana Diaz said the man, who killed two people, was armed.", "Ana Diaz")
    assert "agent_bad" not in rules


@pytest.mark.parametrize(
    "sentence",
    [
        "A jury cleared Omar Reyes of murder on Tuesday.",
        "The tribunal exonerated Lena Park of fraud.",
    ],
)
def test_what_a_target_is_cleared_of_is_not_its_tone(sentence: str) -> None:
    target = "Omar Reyes" if "Omar" in sentence else "Lena Park"
    label, rules = _tone(sentence, target)
    assert label != "negative"
    assert "patient_positive" in rules


def test_a_charge_after_a_negative_treatment_still_counts() -> None:
    label, _ = _tone("A jury convicted Omar Reyes of murder on Tuesday.", "Omar Reyes")
    assert label == "negative"
