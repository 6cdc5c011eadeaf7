"""Actors, round 15 (new-user trial 15, F5, F8, F14): what the words around a name say it is. One
person named with a title first and in full later, or with and without a middle initial, is one
actor; "Neither" opens no name; a country's name inside a water's or a treaty's name is no mention
of the state; two given names before one surname are two people; firms and newsrooms named by their
own words or an apposition are organisations; a state and a party word describe a person, no body."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.actors import find_actors


def _mentions(body: str, headline: str = "A headline for a test story") -> list[tuple[str, str, str]]:
    article = load_article(f"{headline}\n\n{body}")
    return [(m.text, m.actor, m.kind) for m in find_actors(article).mentions]


# --- F5: one person, one actor ------------------------------------------------------------------

def test_the_trial_repro_one_person_titled_first_named_in_full_in_a_quote() -> None:
    body = ('President Trump announced the exit on Thursday. A pension fund said that "Donald Trump is making a costly '
            'mistake." Mr. Trump said he would seek a better deal.')
    assert _mentions(body, "Fund reacts to exit") == [
        ("Trump", "Donald Trump", "person"), ("Donald Trump", "Donald Trump", "person"), ("Trump", "Donald Trump", "person"),
    ]


def test_a_title_and_a_pronoun_of_the_full_names_gender_join_earlier_mentions() -> None:
    body = ("World leaders reacted to President Trump's announcement that he was leaving the accord. While Trump said the "
            "deal was unfair, a fund said that Donald Trump was wrong. Trump did not reply.")
    assert {actor for _, actor, _ in _mentions(body)} == {"Donald Trump"}


def test_an_honorific_of_the_full_names_gender_joins_earlier_mentions() -> None:
    body = ("The Trump administration has not decided. While Mr. Trump cannot undo the pact, he could leave it. "
            "Mr. Cramer, an early supporter of Donald J. Trump, advised Mr. Trump on energy.")
    assert [(text, actor) for text, actor, kind in _mentions(body) if "Trump" in text] == [
        ("Trump", "Donald J. Trump"), ("Trump", "Donald J. Trump"), ("Donald J. Trump", "Donald J. Trump"),
        ("Trump", "Donald J. Trump"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # no gender said for the titled surname: as often someone else ("President Trump ... Ivanka Trump")
        pytest.param("President Lee announced the plan on Monday. Ann Lee, a teacher in the town, said she liked it.", id="no-gender"),
        # the titled surname is a man, the full name a woman
        pytest.param("President Lee said he would sign the plan on Monday. Ann Lee, a teacher in the town, said she liked it.",
                     id="other-gender"),
    ],
)
def test_a_titled_surname_with_no_agreeing_gender_stays_apart(body: str) -> None:
    assert _mentions(body) == [("Lee", "Lee", "person"), ("Ann Lee", "Ann Lee", "person")]


def test_a_middle_initial_names_the_same_person() -> None:
    body = "The board met. Donald Trump said on Monday that the deal was bad. Trump was angry, and Donald J. Trump spoke too."
    assert _mentions(body) == [
        ("Donald Trump", "Donald J. Trump", "person"), ("Trump", "Donald J. Trump", "person"),
        ("Donald J. Trump", "Donald J. Trump", "person"),
    ]


def test_the_headlines_full_name_without_the_initial_is_the_bodys() -> None:
    body = "The board met. Donald J. Trump said on Monday that the deal was bad. Trump was angry."
    assert _mentions(body, "Donald Trump in Paris") == [
        ("Donald J. Trump", "Donald J. Trump", "person"), ("Trump", "Donald J. Trump", "person"),
    ]


def test_two_different_initials_are_two_people() -> None:
    body = "John A. Smith said the deal was bad. John B. Smith said it was good. John Smith said nothing."
    assert {actor for _, actor, _ in _mentions(body)} == {"John A. Smith", "John B. Smith", "John Smith"}


# --- F8: "Neither" opens no name ----------------------------------------------------------------

def test_the_trial_repro_neither_x_nor_y() -> None:
    body = ("A city lawyer, Jane Roe, said the suit aims to hurt the industry. Her admission could hurt the city's appeal. "
            "Neither Roe nor the city's law office have responded to a request for comment.")
    assert _mentions(body, "Lawyer's remarks draw scrutiny") == [("Jane Roe", "Jane Roe", "person"), ("Roe", "Jane Roe", "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Neither Susan Amron nor the city responded to requests for comment.",
                     [("Susan Amron", "Susan Amron", "person")], id="neither"),
        pytest.param("Unlike Pruitt, the new head of the agency, Andrew Wheeler, is a former lobbyist.",
                     [("Andrew Wheeler", "Andrew Wheeler", "person")], id="unlike"),
        pytest.param("Hence Trump left the room.", [], id="hence"),
    ],
)
def test_sentence_openers_are_no_part_of_a_name(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _mentions(body) == expected


# --- F14: places inside names of waters and treaties ---------------------------------------------

def test_a_water_named_after_a_country_is_a_place() -> None:
    body = ("Storms in the Indian Ocean are getting stronger. Oil rigs in the Gulf of Mexico were shut. Ships crossed the "
            "Persian Gulf and the English Channel. Indian officials said the navy was ready, and Mexico said it would help.")
    assert _mentions(body) == [("Indian", "India", "country"), ("Mexico", "Mexico", "country")]


def test_a_treaty_named_after_a_capital_in_the_singular_or_after_climate_change() -> None:
    body = "The US left the Paris agreement and its Paris pledge. Paris said it regretted the Paris climate change accord."
    assert _mentions(body) == [("US", "United States", "country"), ("Paris", "France", "country")]


# --- F14: two given names before one surname -----------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("The group is funded by the brothers Charles G. and David H. Koch.",
                     [("Charles G.", "Charles G. Koch", "person"), ("David H. Koch", "David H. Koch", "person")], id="initials"),
        pytest.param("The foundation of Bill and Melinda Gates gave the money.",
                     [("Bill", "Bill Gates", "person"), ("Melinda Gates", "Melinda Gates", "person")], id="given-names"),
        # a surname of a person the text names is that person, not a given name
        pytest.param("Megyn Kelly spoke. Kelly and John Smith then left.",
                     [("Megyn Kelly", "Megyn Kelly", "person"), ("Kelly", "Megyn Kelly", "person"),
                      ("John Smith", "John Smith", "person")], id="surname"),
    ],
)
def test_two_given_names_before_one_surname(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _mentions(body) == expected


# --- F14: firms, newsrooms and described persons --------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Colin Marshall, the chief executive of Cloud Peak, a major coal producer in Wyoming, wrote to the president.",
                     [("Colin Marshall", "Colin Marshall", "person"), ("Cloud Peak", "Cloud Peak", "organisation")],
                     id="apposition"),
        pytest.param("Harold Hamm, the chief executive of Continental Resources, condemned the pact. Exxon Mobil said it supports "
                     "the deal.",
                     [("Harold Hamm", "Harold Hamm", "person"), ("Continental Resources", "Continental Resources", "organisation"),
                      ("Exxon Mobil", "Exxon Mobil", "organisation")], id="name-words"),
        pytest.param("The Extremism Watch Desk reported the claim. An analyst told Business Insider in October that the group was "
                     "secular.",
                     [("Extremism Watch Desk", "Extremism Watch Desk", "organisation"),
                      ("Business Insider", "Business Insider", "organisation")], id="newsrooms"),
        pytest.param("CBS Sports NFL Insider Jason La Canfora has reported the fine.",
                     [("Jason La Canfora", "Jason La Canfora", "person")], id="job-word-before-a-name"),
    ],
)
def test_firms_and_newsrooms_are_organisations(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _mentions(body) == expected


def test_a_state_and_a_party_word_describe_a_person() -> None:
    assert _mentions("De Blasio told the Vermont Democrat at the time that it was fine.") == [("De Blasio", "De Blasio", "person")]
    # a city's name before the party word may be a newspaper's
    assert _mentions("De Blasio told the Tallahassee Democrat at the time that it was fine.") == [
        ("De Blasio", "De Blasio", "person"), ("Tallahassee Democrat", "Tallahassee Democrat", "organisation"),
    ]


def test_the_trial_repro_deal_reactions() -> None:
    body = ("The Paris agreement was signed by nearly every nation. Storms in the Indian Ocean are getting stronger. Exxon Mobil "
            "said it supports the deal, and so do the brothers Charles G. and David H. Koch.")
    assert _mentions(body, "Deal reactions") == [
        ("Exxon Mobil", "Exxon Mobil", "organisation"), ("Charles G.", "Charles G. Koch", "person"),
        ("David H. Koch", "David H. Koch", "person"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Representative Joan Webb, the House Republican leader, said the bill would fail.",
        "Senator Ray Moss, the Senate Democratic whip, said the vote would be close.",
        "A Senate Democrat, Ray Moss, said the vote would be close.",
    ],
)
def test_a_chamber_and_a_party_word_describe_a_legislator_not_a_body(body: str) -> None:
    # trial 20 F7: "House Republican" had been an organisation and the legislator's side
    assert [kind for _, _, kind in _mentions(body)] == ["person"]


def test_a_chamber_before_a_body_word_keeps_the_body() -> None:
    mentions = _mentions("Members of the Senate Finance Committee voted on Tuesday.")
    assert mentions == [("Senate Finance Committee", "Senate Finance Committee", "organisation")]
