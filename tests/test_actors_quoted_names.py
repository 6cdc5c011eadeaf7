"""Names in quotation marks: a nickname between a given name and a surname is one person (new-user trial
18, F1: 'James "Ooker" Eskridge' became an organisation "Eskridge" and four of his "he said" quotes
went to Al Gore)."""

from __future__ import annotations

import pytest

from analysis import analyze, load_article
from analysis.actors import find_actors


def _people(text: str) -> dict[str, str]:
    return {m.actor: m.kind for m in find_actors(load_article(text)).mentions}


@pytest.mark.parametrize(
    ("text", "person", "written"),
    [
        ('James "Bud" Harlan is the mayor of a small island. Harlan said the water was the same.', "James Harlan", 'James "Bud" Harlan'),
        ("Robert ‘Bobby’ Moore opened a cinema on Monday. Moore said it would employ 40 people.", "Robert Moore", "Robert ‘Bobby’ Moore"),
        ('Mary “Big Mo” Connolly won the final in 1953, and Connolly never lost at Wimbledon.', "Mary Connolly", "Mary “Big Mo” Connolly"),
    ],
)
def test_given_name_quoted_nickname_and_surname_are_one_person(text: str, person: str, written: str) -> None:
    mentions = find_actors(load_article(text)).mentions
    assert mentions[0].actor == person and mentions[0].kind == "person" and mentions[0].text == written
    assert [m.actor for m in mentions] == [person, person]  # the bare surname later joins the full name


def test_the_nicknamed_persons_he_said_quotes_stay_his() -> None:
    text = (
        "Island mayor doubts the sea is rising\n\n"
        'James "Bud" Harlan is the mayor of a small island, and he used a town meeting to dismiss Dan Brook\'s '
        'warning that the sea is rising. "The water is the same as it was in 1970," Harlan said. '
        '"So why am I not seeing it rise?" he asked.'
    )
    sourcing = analyze(text.encode()).sourcing
    assert [(s.name, s.speaker_type) for s in sourcing.sources] == [("James Harlan", "named_person")]
    assert [sourcing.sources[a.source_id].name for a in sourcing.attributions] == ["James Harlan", "James Harlan"]


def test_a_quoted_word_between_names_in_another_shape_is_left_to_the_other_passes() -> None:
    # "said" is no given name: the quoted "No" is a reply, not a nickname.
    people = _people('Ann Cole said "No" Monday to the plan, and Jones agreed.')
    assert "Ann Cole" in people and not any("No" in name.split() for name in people)


def test_a_works_title_quoted_whole_is_no_actor() -> None:
    # new-user trial 18, F15: "Inconvenient Truth" was a person
    assert _people('Gore went on to publicize the sequel to his documentary, "An Inconvenient Truth." He said it mattered.') == {}


@pytest.mark.parametrize(
    "text",
    [
        "It was part of the Trump administration's \"Energy Week.\" When asked, he smiled.",  # an event
        'He signed an executive order on "Offshore Energy Strategy" at noon.',  # a policy
    ],
)
def test_a_quoted_event_or_policy_is_no_organisation(text: str) -> None:
    assert set(_people("Energy plans\n\n" + text)) <= {"Trump"}


def test_a_quoted_name_ending_in_a_bodys_word_stays_an_organisation() -> None:
    people = _people('Energy plans\n\nIn 2010, he joined the "Academic Advisory Committee" of the Global Warming Policy Foundation.')
    assert people["Academic Advisory Committee"] == "organisation"


def test_a_word_inside_a_quotation_is_no_speaker_of_the_pronoun_after_it() -> None:
    # The "he" after the closing mark is the quotation's speaker, not "Inspectors" (trial 20 F7: "Engineers")
    text = ('Bridge chief Tom Vale defended the delay. "Inspectors asked us to wait for the tests, and we did," '
            "he said. He said the bridge would open in May.")
    assert _people(text) == {"Tom Vale": "person"}
    # outside a quotation the rule still reads a lone surname before a speech verb and "he"
    assert _people("Okafor said he would appeal the ruling. The court set no date.") == {"Okafor": "person"}
