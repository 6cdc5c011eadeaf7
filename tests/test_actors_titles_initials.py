"""Actors, round 18 (round 17's closing note, "Noticed, left alone"): a lower-case title whose last
word is a place cue ("secretary of state Rex Tillerson", ``analysis/actors/lower_titles.py``), a
state's abbreviation read as initials ("Washington, D.C. Strong", ``analysis/actors/place_initials.py``),
a bare surname two people named in full share (``analysis/actors/shared_surnames.py``), firms joined
by "&" whose surname is also a common word (``analysis/actors/name_edges.py``), and the round's
gazetteer entries (the Department of Housing and Urban Development, America's Pledge)."""

from __future__ import annotations

from analysis import load_article
from analysis.actors import find_actors
from analysis.sourcing import analyze_sourcing


def _mentions(body: str, headline: str = "A headline for a test story") -> list[tuple[str, str, str]]:
    article = load_article(headline + "\n\n" + body)
    return [(m.text, m.actor, m.kind) for m in find_actors(article).mentions]


def _speakers(body: str) -> list[str]:
    result = analyze_sourcing(load_article("A headline for a test story\n\n" + body))
    return [s.name for s in result.sources]


# --- a lower-case title ending in a place cue ------------------------------------------------------

def test_lower_case_secretary_of_state_before_a_name() -> None:
    body = "The talks were led by secretary of state Rex Tillerson on Monday. Tillerson said little."
    assert _mentions(body) == [("Rex Tillerson", "Rex Tillerson", "person"), ("Tillerson", "Rex Tillerson", "person")]


def test_lower_case_title_after_a_modifier() -> None:
    body = "Officials close to the White House, most notably GE proponent secretary of state Rex Tillerson, agreed."
    assert ("Rex Tillerson", "Rex Tillerson", "person") in _mentions(body)


def test_place_cue_alone_still_makes_a_place() -> None:
    assert _mentions("Voters in the state Iowa chose a new leader.") == []


# --- a state's abbreviation is no person's initials ----------------------------------------------

def test_dc_before_a_surname_the_text_names_in_full() -> None:
    body = ("UNEP was founded in 1972 by businessman Maurice Strong; it has an office in Washington, D.C. "
            "Strong (1929-2015) was a senior official.")
    assert _mentions(body) == [
        ("Maurice Strong", "Maurice Strong", "person"), ("Washington", "United States", "country"),
        ("Strong", "Maurice Strong", "person")]


def test_dc_before_a_sentence_opener() -> None:
    body = "Protesters blocked roads in Washington, D.C. Ahead of the summit, police closed bridges."
    assert _mentions(body) == [("Washington", "United States", "country")]


def test_state_abbreviation_before_a_full_name() -> None:
    assert _mentions("He lives in Raleigh, N.C. Mary Jones said so on Monday.") == [("Mary Jones", "Mary Jones", "person")]


def test_a_persons_own_initials_stay() -> None:
    assert _mentions("The painter N.C. Wyeth lived there for decades.") == [("N.C. Wyeth", "N.C. Wyeth", "person")]


# --- "&" firms whose surname is also a common word --------------------------------------------------

def test_ampersand_firm_with_a_common_word_surname() -> None:
    assert _mentions("Ernst & Young said profits rose. Many young buyers stayed away.") == [
        ("Ernst & Young", "Ernst & Young", "organisation")]
    assert _mentions("Marks & Spencer cut prices. The results left marks on the sector.") == [
        ("Marks & Spencer", "Marks & Spencer", "organisation")]


def test_ampersand_field_words_stay_apart() -> None:
    assert _mentions("The Science & Technology office met. Science is hard, and technology harder.") == []
    # (a slogan's words: "Balanced" is a familiar word with an ending, no firm's name)
    assert _mentions("The network's Fair & Balanced motto stuck. It was fair, viewers said.") == []


def test_misread_abbreviation_takes_its_later_surnames_along() -> None:
    body = ("The firm's address is a car lot in Lodi, N.J. Harmony's phone number is disconnected. "
            "The Harmony donation was legal, a lawyer said.")
    assert [m for m in _mentions(body) if m[2] == "person"] == []


# --- the round's gazetteer entries ----------------------------------------------------------------

def test_housing_department_before_a_title() -> None:
    assert _mentions("Housing and Urban Development Secretary Ben Carson said the rule would change.") == [
        ("Housing and Urban Development", "Department of Housing and Urban Development", "organisation"),
        ("Ben Carson", "Ben Carson", "person")]
    assert _mentions("Former Housing and Urban Development secretary Julián Castro said it. HUD agreed.") == [
        ("Housing and Urban Development", "Department of Housing and Urban Development", "organisation"),
        ("Julián Castro", "Julián Castro", "person"), ("HUD", "Department of Housing and Urban Development", "organisation")]


def test_americas_pledge_without_a_noun() -> None:
    assert _mentions("America's Pledge said the plan would work.") == [
        ("America's Pledge", "America's Pledge", "organisation")]
    # (trial 17 F4b's repro text)
    body = ('"The boats will be back by May," Mayor Ann Cole quipped on Tuesday. The plan is part of the '
            "city's climate crusade, according to groups like America's Pledge.")
    assert ("America's Pledge", "America's Pledge", "organisation") in _mentions(body, "Mayor backs harbour plan")
    assert "United States" not in _speakers(body)


def test_an_honorific_names_the_one_person_of_its_gender_who_shares_the_surname() -> None:
    # Trial 21 F5: "Mrs. Reyes" beside "Tom Reyes" and "his wife, Maria Reyes" had been a third person.
    body = ("Omar Lund is charged with fraud. His wife, Sara Lund, sat in the front row. "
            "Mrs. Lund said she trusted the jury. Mr. Lund said nothing.")
    assert [(text, actor) for text, actor, _ in _mentions(body)] == [
        ("Omar Lund", "Omar Lund"), ("Sara Lund", "Sara Lund"), ("Lund", "Sara Lund"), ("Lund", "Omar Lund"),
    ]
    # With no one of her gender named in full, she stays apart from him.
    assert [actor for _, actor, _ in _mentions("Omar Lund is charged with fraud. Mrs. Lund said she trusted the jury.")] == [
        "Omar Lund", "Mrs. Lund",
    ]
