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


def _roles(sentence: str, mention: str) -> dict[str, str]:
    from analysis.sentiment.target_features import target_features

    start = sentence.index(mention)
    features = target_features(sentence, start, start + len(mention), 0.0)
    return {f.name: f.words for f in features if f.name.startswith(("agent_", "patient_"))}


def test_apposed_subjects_chained_appositions_and_what_the_target_owns() -> None:
    """Round 11: the target as the apposition of its clause's subject, a chain of appositions after
    it, and what it owns doing or undergoing (the owner's result in news writing)."""
    assert _roles("The man who robbed the bank, Tom Reyes, was arrested by police.", "Tom Reyes") == {
        "patient_negative": "<target> , was arrested"
    }
    assert _roles("Tom Reyes, 35, a former trader, was arrested on Friday.", "Tom Reyes") == {
        "patient_negative": "<target> , 35 , a former trader , was arrested"
    }
    # a clause after the apposition is no second apposition
    assert _roles("Tom Reyes, a former trader, was arrested, police said.", "Tom Reyes") == {
        "patient_negative": "<target> , a former trader , was arrested"
    }
    assert _roles("Acme's shares fell sharply on Monday.", "Acme") == {"agent_bad": "<target> 's shares fell"}
    assert _roles("Leeds's young team won again.", "Leeds") == {"agent_good": "<target> 's young team won"}
    assert _roles("Acme's bid was rejected by the board.", "Acme") == {"patient_negative": "<target> 's bid was rejected"}
    assert _roles("Assad's most senior aides were killed.", "Assad") == {"patient_harm": "<target> 's most senior aides were killed"}
    assert _roles("Acme's plan consists of three parts.", "Acme") == {}


def test_a_speech_delivered_is_no_achievement() -> None:
    """Round 11: "delivered a speech" reports that the target spoke; "delivered on its promises" is
    the achievement the `agent_good` rule reads."""
    assert _roles("In 1987, Ann Lee delivered a Senate speech on the climate.", "Ann Lee") == {}
    assert _roles("Ann Lee delivered on her promises.", "Ann Lee") == {"agent_good": "<target> delivered"}


@pytest.mark.parametrize(
    ("sentence", "target", "words"),
    [
        ("Smith waffled on the question.", "Smith", "<target> waffled"),
        ("The council quietly flouted the planning rules.", "council", "<target> quietly flouted"),
        ("The minister has gutted the agency's budget.", "minister", "<target> has gutted"),
    ],
)
def test_a_verb_that_judges_how_the_target_acted_is_a_bad_act(sentence: str, target: str, words: str) -> None:
    # round 20 ([acts] bad): the writer's verb is the judgement ("waffled", not "answered")
    start = sentence.index(target)
    result = tone_toward(sentence, start, start + len(target))
    assert [(e.feature, e.words) for e in result.evidence if e.feature == "agent_bad"] == [("agent_bad", words)]
    assert result.label == "negative"
