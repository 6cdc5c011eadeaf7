"""Speaker phrases in real-news shapes (issue 15, round 11): a quotation's unquoted tail before an
inverted "said Name" is what was said, not the speaker; a phrase opening with a lower-case
preposition after the verb ("said of his critics", "said in his formal statement:") is no speaker.
Texts invented for the test; each expectation is a coder's, and each rule has a case where it must
not fire."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _speakers(text: str) -> list[tuple[str, str]]:
    """(speaker as written, source name) of each attribution, in body order."""
    result = analyze_sourcing(load_article(text, headline="Story"))
    names = {s.source_id: s.name for s in result.sources}
    return [(a.speaker or "", names[a.source_id]) for a in result.attributions]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ruling marks “the start of a long fight” for the union, said Tom Rudd, a lawyer.",
        "“It seems very unlikely” that Pike can win the state, said Tom Rudd, who advised the last campaign.",
        "The ruling marks ''the start of a long fight'' for Governor Alan Pike, said Tom Rudd, a lawyer.",
    ],
)
def test_a_quotation_s_tail_before_said_name_is_no_speaker(sentence: str) -> None:
    assert _speakers("The vote is in June.\n\n" + sentence)[0] == (sentence[sentence.index("said ") + 5 : -1], "Tom Rudd")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # Must not fire: a quotation closed by its own comma hands over to the speaker after it.
        ("“We will win this,” Tom Rudd, a professor at Hollis College, said.", "Tom Rudd, a professor at Hollis College"),
        ("“I said ‘we are ready,’” Rudd, who led the union for years, said.", "Rudd, who led the union for years"),
    ],
)
def test_a_quotation_closed_by_its_own_comma_keeps_the_speaker_after_it(sentence: str, speaker: str) -> None:
    assert _speakers("The vote is in June.\n\n" + sentence)[0] == (speaker, "Tom Rudd" if "Tom" in speaker else "Rudd")


def test_said_in_a_statement_after_a_relative_clause_is_no_speaker() -> None:
    text = "The vote is in June.\n\nPike, who has told aides he will run, said in his formal statement: “I am ready.”"
    assert _speakers(text)[-1] == ("Pike", "Pike")


def test_said_of_someone_names_no_speaker() -> None:
    text = (
        "The vote is in June.\n\nVoters warmed to a candidate who has called for “a far tougher line” on trade, "
        "has said of his rivals that “they never built anything” and who rarely apologizes."
    )
    assert _speakers(text)[-1] == ("a candidate", "a candidate")


def test_an_inverted_speaker_after_said_stays_the_speaker() -> None:
    # Must not fire: "said Tom Rudd" opens with a name, not a preposition.
    text = "The vote is in June.\n\n“We will not give up,” said Tom Rudd, a lawyer for the union."
    assert _speakers(text)[0] == ("Tom Rudd, a lawyer for the union", "Tom Rudd")


def test_a_nickname_in_quotation_marks_inside_a_name_keeps_the_name() -> None:
    # Must not fire: the words after "Cia" are the rest of a name, and no speaker follows "shouted".
    text = (
        "The vote is in June.\n\n"
        '"Give it up for Alan Pike!" Pike\'s niece, state Del. Marcia "Cia" Price (D-Hollis), shouted to the crowd. '
        '"The nation is watching."'
    )
    assert _speakers(text)[0] == ("Price (D-Hollis)", "Price")


def test_she_does_not_take_a_crowd() -> None:
    # "The crowd" is singular in grammar but several people: the "she" after it is the woman named before.
    text = (
        "The rally was loud.\n\n"
        "Ivana Pike spoke after the band. The crowd chanted “We want Pike!”\n\n"
        "“He will fight for women,” she said."
    )
    assert _speakers(text)[-1] == ("she", "Ivana Pike")


def test_she_still_takes_an_unnamed_woman() -> None:
    # Must not fire: "a nurse" is one person, and the "she" after it is hers.
    text = (
        "The rally was loud.\n\n"
        "Ivana Pike spoke after the band. A nurse in the crowd shouted “We want Pike!”\n\n"
        "“He will fight for us,” she said."
    )
    assert _speakers(text)[-1] == ("she", "A nurse in the crowd")


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Alan Pike has made it clear that he will not sign the bill.",
        "Governor Alan Pike made clear that he will not sign the bill.",
    ],
)
def test_made_it_clear_that_reports_a_position(sentence: str) -> None:
    assert _speakers("The vote is in June.\n\n" + sentence) == [("Governor Alan Pike", "Alan Pike")]


def test_made_clear_without_a_clause_reports_nothing() -> None:
    # Must not fire: "made clear progress" and "made it to the finals" have no clause after them.
    assert _speakers("The vote is in June.\n\nThe team made clear progress this year, and Pike made it to the finals.") == []


def _source_types(text: str) -> list[tuple[str, str]]:
    """(source name, speaker type) of each attribution, in body order."""
    result = analyze_sourcing(load_article(text, headline="Story"))
    types = {s.source_id: (s.name, s.speaker_type) for s in result.sources}
    return [types[a.source_id] for a in result.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Cloud firms are growing.\n\n“I run my business on my phone,” Benioff said. Benioff added that hiring would continue.",
        "Cloud firms are growing.\n\nBenioff said he would keep hiring. Later, Benioff announced a new office.",
    ],
)
def test_a_lone_surname_that_speaks_as_a_person_is_a_person(text: str) -> None:
    assert set(_source_types(text)) == {("Benioff", "named_person")}


def test_a_one_word_firm_that_speaks_as_we_stays_a_firm() -> None:
    # Must not fire: "we" and "it" are a firm's voice; a buyer's "I" in another sentence is not Nissan's.
    text = (
        "Car sales are up.\n\n“I love this car,” one buyer told reporters. "
        "“We are proud of it,” Nissan said. Nissan said it would add a shift."
    )
    assert [t for t in _source_types(text) if t[0] == "Nissan"] == [("Nissan", "institution"), ("Nissan", "institution")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On Thursday, Pike scored his first endorsement from a Senate colleague, from Mike Lee, who declared in the "
            "spin room, “I am sending a signal.”",
            ("Mike Lee", "Mike Lee"),
        ),
        ("Contrast that with Pike, who has called the pact “insanity.”", ("Pike", "Pike")),
    ],
)
def test_the_antecedent_of_a_speaking_relative_clause_is_no_prepositional_phrase(sentence: str, expected: tuple[str, str]) -> None:
    assert _speakers("The vote is in June.\n\n" + sentence) == [expected]


def test_a_lower_case_noun_phrase_after_the_preposition_is_kept_whole() -> None:
    # Must not fire: "of the victims" is part of the antecedent's noun phrase, not a preposition opening it.
    text = "The vote is in June.\n\nThe mayor met relatives of the victims, who said they wanted answers."
    assert _speakers(text)[-1][0].endswith("of the victims")


def test_a_surname_before_spokesman_that_speaks_as_a_person_is_the_candidate() -> None:
    # "Cruz" is never named in full, but "Cruz said he" makes him a person; "Cruz spokesman" is his spokesman.
    text = "The vote is in June.\n\nCruz said he would stay in the race. Cruz spokesman Rick Tyler said the campaign was “doing great.”"
    assert _source_types(text) == [("Cruz", "named_person"), ("Rick Tyler", "named_person")]


def test_a_firm_before_spokesman_stays_a_firm() -> None:
    # Must not fire: "Acme said it" is a firm's voice.
    text = "Car sales are up.\n\nAcme spokesman Ed Lim said the plant would reopen. Acme said it would hire."
    assert _source_types(text) == [("Ed Lim", "named_person"), ("Acme", "institution")]
