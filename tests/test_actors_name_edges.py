"""Actors, round 17 (what round 16's trial left): firms joined by "&", "the X Administration",
buildings named for people, a firm before a company title, a capitalised opener before a place or a
surname (``analysis/actors/name_edges.py``), and the lexicon entries of the round (a firm's class
before its name, a bayou, Mother Jones, Condé Nast, the Department of Health and Human Services);
a dateline whose outlet in brackets has no dash after it (``analysis/article/clean.py``)."""

from __future__ import annotations

from pathlib import Path

from analysis import load_article
from analysis.actors import find_actors
from analysis.sourcing import analyze_sourcing

_REPRO = Path(__file__).parent / "fixtures" / "trial16"  # the trial's repro texts


def _mentions(body: str, headline: str = "A headline for a test story") -> list[tuple[str, str, str]]:
    article = load_article(headline + "\n\n" + body)
    return [(m.text, m.actor, m.kind) for m in find_actors(article).mentions]


def _sources(body: str) -> list[tuple[str, str]]:
    result = analyze_sourcing(load_article("A headline for a test story\n\n" + body))
    return [(s.name, s.speaker_type) for s in result.sources]


# --- "&" joins one firm's name -----------------------------------------------------------------------

def test_ampersand_joins_one_organisation() -> None:
    assert _mentions("Procter & Gamble said sales rose in the quarter.") == [
        ("Procter & Gamble", "Procter & Gamble", "organisation")]
    assert _sources("Procter & Gamble said sales rose in the quarter.") == [("Procter & Gamble", "institution")]


def test_ampersand_firms_in_a_list() -> None:
    body = "Backers include Johnson & Johnson, Unilever and Procter & Gamble, the report said."
    assert [m for m in _mentions(body) if m[2] == "organisation"] == [
        ("Johnson & Johnson", "Johnson & Johnson", "organisation"), ("Procter & Gamble", "Procter & Gamble", "organisation")]


def test_ampersand_between_common_words_or_before_a_title_is_no_firm() -> None:
    assert ("Science & Technology Highlights", "Science & Technology Highlights", "organisation") not in _mentions(
        "The report, Science & Technology Highlights in the Second Year, was out.")
    body = "The science was new. Funding for science & technology rose, and Science & Technology grew."
    assert _mentions(body) == []


# --- "the X Administration" is "the X administration" ------------------------------------------------

def test_capitalised_administration_is_the_person_as_lower_case() -> None:
    body = ("President Donald Trump spoke on Monday. The Trump Administration's proposal would cut rules. "
            "Critics of the Trump administration objected.")
    assert _mentions(body) == [("Donald Trump", "Donald Trump", "person"), ("Trump", "Donald Trump", "person"),
                               ("Trump", "Donald Trump", "person")]


def test_capitalised_administration_as_a_speaker_stays_the_body() -> None:
    body = "President Donald Trump spoke on Monday. The Trump Administration on Monday said the plan would help."
    assert ("Trump Administration", "Trump Administration", "organisation") in _mentions(body)
    assert ("Trump Administration", "institution") in _sources(body)


def test_body_named_administration_stays_an_organisation() -> None:
    body = "The Maritime Administration said the port would reopen. The Small Business Administration gave loans."
    assert [m[1] for m in _mentions(body)] == ["Maritime Administration", "Small Business Administration"]


# --- buildings named for people -----------------------------------------------------------------------

def test_tower_and_hotel_named_for_a_person_are_places() -> None:
    body = ("Al Gore met Donald Trump at Trump Tower on Monday. Marchers headed to Trump Tower. "
            "Trump Hotel mattresses were sold.")
    assert _mentions(body) == [("Al Gore", "Al Gore", "person"), ("Donald Trump", "Donald Trump", "person")]


# --- a firm before a company title and a person's name ------------------------------------------------

def test_firm_before_a_company_title_is_an_organisation() -> None:
    assert _mentions("Acme Widgets CEO Jane Doe said the deal was good.") == [
        ("Acme Widgets", "Acme Widgets", "organisation"), ("Jane Doe", "Jane Doe", "person")]
    assert _mentions("The deal was signed by Acme Widgets Chief Executive Jane Doe on Monday.") == [
        ("Acme Widgets", "Acme Widgets", "organisation"), ("Jane Doe", "Jane Doe", "person")]


def test_place_before_a_public_office_is_left_alone() -> None:
    assert _mentions("Fort Worth Mayor Betsy Price spoke on Monday.") == [("Betsy Price", "Betsy Price", "person")]


# --- a capitalised opener before a place or a surname -------------------------------------------------

def test_familiar_word_opening_a_sentence_before_a_us_state_is_no_person() -> None:
    body = ("Given Texas's importance, the plan matters. Young Virginia voters said climate was a concern. "
            "Texas and Virginia voted.")
    assert _mentions(body) == []


def test_list_item_opener_before_a_named_persons_surname_is_that_person() -> None:
    body = "President Donald Trump cut rules. Democrats would do three things.8. Reverse Trump's plan to speed up pipelines."
    assert _mentions(body) == [("Donald Trump", "Donald Trump", "person"), ("Trump", "Donald Trump", "person")]


def test_given_name_opening_a_list_item_stays_a_person() -> None:
    body = "President Donald Trump spoke. His family came:\n1. Ivanka Trump spoke first."
    assert ("Ivanka Trump", "Ivanka Trump", "person") in _mentions(body)


def test_administration_of_a_surname_two_persons_share_is_left_alone() -> None:
    body = "Ivanka Trump and Donald Trump spoke. The Trump Administration's plan was out."
    assert ("Trump Administration", "Trump Administration", "organisation") in _mentions(body)


# --- lexicon entries of the round ---------------------------------------------------------------------

def test_firm_class_giant_before_a_name_makes_an_organisation() -> None:
    assert _mentions("Petrochemical giant Chevron Phillips reported a release of chemicals.") == [
        ("Chevron Phillips", "Chevron Phillips", "organisation")]


def test_giant_before_a_given_name_is_a_persons_trade() -> None:
    assert _mentions("Rock giant John Lennon played the club.") == [("John Lennon", "John Lennon", "person")]


def test_bayou_names_a_place() -> None:
    assert _mentions("The firm reported chemicals released from its Cedar Bayou plant in Baytown.") == []


def test_magazines_and_department_from_the_gazetteer() -> None:
    assert _mentions("Kamala Harris told Mother Jones she would debate.") == [
        ("Kamala Harris", "Kamala Harris", "person"), ("Mother Jones", "Mother Jones", "organisation")]
    assert _mentions("From The New York Times to Condé Nast Traveller, the papers carried it.") == [
        ("The New York Times", "New York Times", "organisation"), ("Condé Nast Traveller", "Condé Nast", "organisation")]
    assert _mentions("Health and Human Services Secretary Alex Azar said the plan was fine.") == [
        ("Health and Human Services", "Department of Health and Human Services", "organisation"),
        ("Alex Azar", "Alex Azar", "person")]


# --- a dateline with the outlet in brackets and no dash -----------------------------------------------

def test_dateline_with_outlet_in_brackets_and_no_dash() -> None:
    article = load_article("Mayor blamed\n\nWASHINGTON (CNN) The mayor of Dale City was blamed on Monday for the flood.")
    assert article.dateline == "WASHINGTON (CNN)"
    assert article.body.startswith("The mayor of Dale City")
    assert find_actors(article).mentions == ()


def test_acronym_and_its_expansion_in_brackets_is_no_dateline() -> None:
    for lede in ("NATO (North Atlantic Treaty Organization) Members met on Monday.", "UNICEF (UN) Director Jane Doe spoke.",
                 "ACME (NYSE) rose on Monday."):
        article = load_article("A headline for a test story\n\n" + lede)
        assert article.dateline is None
        assert article.body == lede


def test_trial_repro_dateline_credit() -> None:
    article = load_article(_REPRO / "F12.txt")
    assert article.dateline == "WASHINGTON (CNN)"
    assert [m.actor for m in find_actors(article).mentions] == []
