"""The accused party written with a title, as a pronoun, as the subject of an adverb passive, by
given name, or as a name the actors stage leaves unnamed; and a rejected report that is no denial
(round 18 new-user trial: F20, F16, F2, F21, F3, F18).

Short stories written for these tests, and the trial's repro texts (the tester's own words, from
the round 18 trial's repro folder); every expectation was checked by hand: who is accused, who
answers, and the verdict.
"""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import SourcingResult, analyze_sourcing


def run(text: str) -> SourcingResult:
    return analyze_sourcing(load_article(text))


def verdicts(text: str) -> list[tuple[str, str, str]]:
    """(party, kind, verdict) of each accused party."""
    return [(r.party, r.kind, r.verdict) for r in run(text).right_of_reply]


def kinds(text: str) -> list[tuple[str, str]]:
    """(source name, statement kind) of each attribution."""
    result = run(text)
    return [(result.sources[a.source_id].name, a.statement_kind) for a in result.attributions]


# --------------------------------------------------------------------------------------------
# F20: a title before the accused person's name


@pytest.mark.parametrize("sentence", [
    "Police arrested Mayor Tom Hale on Monday on bribery charges.",  # trial repro F20
    "Police arrested Dr. Tom Hale on Monday on bribery charges.",
    "Prosecutors charged Mayor Tom Hale with fraud on Monday.",
    "A court fined Senator Tom Hale for contempt on Monday.",
    "The FBI is investigating Mayor Tom Hale over the contract.",
    "Police arrested former Deputy Mayor Tom Hale on Monday.",
    "Police arrested Tom Hale on Monday on bribery charges.",  # trial repro F20, no title: as before
])
def test_titled_person_is_the_accused(sentence: str) -> None:
    assert verdicts(f"Mayor arrested\n\n{sentence} He denied any wrongdoing.") == [("Tom Hale", "person", "denied")]


def test_honorific_with_full_stop_and_a_fine() -> None:
    text = "Lawmaker fined\n\nThe ethics board fined Rep. Ann Cole $500 for the remark. She denied wrongdoing."
    assert verdicts(text) == [("Ann Cole", "person", "denied")]


def test_capitalised_word_that_is_no_title_is_left_alone() -> None:
    # "Acme Mayor" is no title of titles.toml: the form reads no party, as before.
    assert verdicts("Mayor arrested\n\nPolice arrested Acme Mayor Tom Hale on Monday. He denied any wrongdoing.") == []


# --------------------------------------------------------------------------------------------
# F16: "accused her of" / "accused him of"


def test_pronoun_object_is_the_subject_just_named() -> None:
    text = ("Minister quits\n\nHealth Minister Ann Cole resigned on Friday after criticism from Senator Maria Diaz, "
            "who accused her of hiding the report. \"I have nothing to hide,\" she told reporters. "
            "Diaz said the resignation was overdue.")  # trial repro F16
    assert verdicts(text) == [("Ann Cole", "person", "heard")]


def test_pronoun_object_in_the_next_sentence() -> None:
    text = ("Row over aid\n\nMr Bolsonaro said the French leader should apologise. "
            "Mr Macron had accused him of lying about the fires. Mr Bolsonaro denied it.")
    assert verdicts(text) == [("Bolsonaro", "person", "heard")]  # (his "should apologise" answers)


def test_accuser_is_never_the_accused_but_a_bystander_subject_may_be() -> None:
    # "critics" accuse, so Ann Cole, the clause's subject before "after", is "her".
    text = "Minister quits\n\nAnn Cole resigned after critics accused her of lying. She denied it."
    assert verdicts(text) == [("Ann Cole", "person", "denied")]


def test_pronoun_object_with_no_named_referent_is_no_party() -> None:
    assert verdicts("Minister quits\n\nThe minister resigned. Critics accused him of lying.") == []


def test_pronoun_object_of_other_gender_is_not_taken() -> None:
    # "him" cannot be Ann Cole, and no man is named: no party.
    assert verdicts("Minister quits\n\nAnn Cole resigned on Friday. Critics accused him of lying.") == []


# --------------------------------------------------------------------------------------------
# F2: an adverb between the passive auxiliary and the accusation verb


def test_adverb_passive_accuses_the_subject_not_the_place() -> None:
    text = ("Minister defends fishing deal\n\nWhen Ann Cole signed the fishing deal she was widely criticized in "
            "Norway by fishermen for accepting quotas that they said were far too low. \"This deal protects our "
            "coast for decades,\" Cole said on Monday.")  # trial repro F2
    assert verdicts(text) == [("Ann Cole", "person", "heard")]


def test_adverb_passive_with_a_named_subject() -> None:
    text = "Firm under fire\n\nCarver Steel was repeatedly criticised by Greenpeace for the spill. The firm declined to comment."
    assert verdicts(text) == [("Carver Steel", "organisation", "sought_but_silent")]


# --------------------------------------------------------------------------------------------
# F21: a given name joined to the one full name


def test_given_name_is_the_full_name() -> None:
    text = ("Brothers split over firm\n\nBob Cole and his brother Jim Cole run the family firm. Jim accused Bob of "
            "selling the land in secret. \"That is simply false,\" Cole said.")  # trial repro F21
    assert verdicts(text) == [("Bob Cole", "person", "heard")]


def test_given_name_shared_by_two_people_stays_as_written() -> None:
    text = ("Feud\n\nBob Cole and Bob Hart run the firm with Jim Stone. Jim accused Bob of selling the land. "
            "Nobody commented.")
    assert verdicts(text) == [("Bob", "organisation", "not_sought")]


# --------------------------------------------------------------------------------------------
# F3: charges against a name the actors stage leaves unnamed; "playing politics"


def test_reported_charge_against_a_us_state() -> None:
    text = ("Agency chief attacks states over pipelines\n\nThe agency's head, Ravi Shah, blasted states that have "
            "blocked pipelines. Shah said California is playing politics with its emission rules. \"They are "
            "trying to dictate to the world how much gas is used,\" Shah said of Oregon.")  # trial repro F3
    assert verdicts(text) == [("California", "organisation", "not_sought")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cole said New York has repeatedly lied to the public.", [("New York", "organisation", "not_sought")]),
    ("Cole said Acme is playing games with people's lives.", [("Acme", "organisation", "not_sought")]),
    ("Cole said Texas is politicizing the flood.", [("Texas", "organisation", "not_sought")]),
    ("Cole said Everyone is playing politics with the budget.", []),  # no party, whatever its capital
    ("Texas is playing politics with the budget.", []),  # the reporter's words
    ("Cole said Ohio is forcing farmers to buy water from Canada.", []),  # coercion is policy, no charge
    ("Cole said the team is playing games in Europe this summer.", []),  # sport
])
def test_unnamed_party_charges(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert verdicts(f"Row over policy\n\n{sentence}") == expected


# --------------------------------------------------------------------------------------------
# F18: a rejected report is a denial only when the speaker is accused


def test_dismissed_findings_with_nothing_alleged_is_a_statement() -> None:
    text = ("EPA chief\n\nEPA chief Andrew Wheeler dismissed the findings of a report released this week by EPA "
            "scientists on the scale of climate change.")
    assert kinds(text) == [("Andrew Wheeler", "statement")]


def test_rejected_findings_by_the_accused_is_a_denial() -> None:
    text = ("Report on mine\n\nA United Nations report accused Carver Steel of dumping waste in the river. "
            "Carver Steel rejected the findings of the report.")
    assert kinds(text) == [("A United Nations report", "statement"), ("Carver Steel", "denial")]
    assert verdicts(text) == [("Carver Steel", "organisation", "denied")]


def test_denied_allegations_needs_no_accused_party() -> None:
    assert kinds("Mayor\n\nMayor Tom Hale denied the allegations of the report on Monday.") == [("Tom Hale", "denial")]
