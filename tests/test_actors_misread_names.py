"""Actors, round 16 (new-user trial 16, F7, F8, F12, F13, F14): a person whose surname is a gazetteer
name, a department before a capitalised title, common words glued to a surname, a title in title
case, an outlet's dateline credit, a described person's nationality, and an emphatic "IS"
(``analysis/actors/misread_names.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import analyze, load_article
from analysis.actors import find_actors

_REPRO = Path(__file__).parent / "fixtures" / "trial16"  # the trial's repro texts


def _mentions(body: str, headline: str = "A headline for a test story") -> list[tuple[str, str, str]]:
    article = load_article(headline + "\n\n" + body)
    return [(m.text, m.actor, m.kind) for m in find_actors(article).mentions]


def _repro_text(name: str) -> str:
    return (_REPRO / f"{name}.txt").read_text(encoding="utf-8")


# --- F14: a person whose surname is a gazetteer name; a department before a title ---------------------

def test_titled_given_name_before_an_organisation_name_is_one_person() -> None:
    body = ("New York Mayor Michael Bloomberg said on Monday that the city would add 50 miles of bike lanes. "
            "Bloomberg said the lanes would be built by June.")
    assert _mentions(body) == [("Michael Bloomberg", "Michael Bloomberg", "person"), ("Bloomberg", "Michael Bloomberg", "person")]


def test_surname_that_is_a_country_is_the_person_after_the_full_name() -> None:
    body = "Rep. Jim Jordan spoke on Monday. A fumbling Jordan insisted the data were wrong. Jordan's voters cheered."
    assert _mentions(body) == [("Jim Jordan", "Jim Jordan", "person"), ("Jordan", "Jim Jordan", "person"),
                               ("Jordan", "Jim Jordan", "person")]


def test_titled_given_name_given_to_another_person_before_a_country_name() -> None:
    body = ("Rep. Jim Valdez and Rep. Jim Jordan spoke on Monday. A fumbling Jordan insisted the data were wrong. "
            "Jordan's voters cheered.")
    assert [(t, a) for t, a, _ in _mentions(body) if "Jordan" in t] == [
        ("Jim Jordan", "Jim Jordan"), ("Jordan", "Jim Jordan"), ("Jordan", "Jim Jordan")]


def test_surname_that_is_an_outlet_stays_the_outlet_as_a_channel() -> None:
    body = ("Former mayor Michael Bloomberg gave $5 million to the campaign, according to Bloomberg. "
            "Bloomberg reported the gift on Friday. Bloomberg said he was proud of it.")
    assert [(t, a, k) for t, a, k in _mentions(body) if "Bloomberg" in t] == [
        ("Michael Bloomberg", "Michael Bloomberg", "person"),
        ("Bloomberg", "Bloomberg", "organisation"),
        ("Bloomberg", "Bloomberg", "organisation"),
        ("Bloomberg", "Michael Bloomberg", "person"),
    ]


def test_country_after_a_place_preposition_stays_the_country() -> None:
    body = "Sen. Sara Jordan met the king on Monday. Jordan said she would fly to Jordan in May."
    assert [(t, a, k) for t, a, k in _mentions(body) if "Jordan" in t] == [
        ("Sara Jordan", "Sara Jordan", "person"), ("Jordan", "Sara Jordan", "person"), ("Jordan", "Jordan", "country")]


def test_department_before_secretary_is_the_department() -> None:
    body = "The critics (Homeland Security Secretary Janet Napolitano and President Barack Obama) met in May."
    assert _mentions(body) == [
        ("Homeland Security", "Department of Homeland Security", "organisation"),
        ("Janet Napolitano", "Janet Napolitano", "person"),
        ("Barack Obama", "Barack Obama", "person"),
    ]


def test_portfolio_before_another_title_is_no_actor() -> None:
    body = "When Homeland Security Advisor Tom Bossert was asked about the storm, he said it was large."
    assert _mentions(body) == [("Tom Bossert", "Tom Bossert", "person")]


def test_trial_repro_f14_one_named_official_source() -> None:
    result = analyze(load_article(_repro_text("F14")))
    sources = [(s.name, s.speaker_type, s.official, s.attribution_count) for s in result.sourcing.sources]
    assert sources == [("Michael Bloomberg", "named_person", True, 2)]


# --- F13: common words glued to a surname; a title in title case --------------------------------------

def test_sentence_opening_word_before_a_named_persons_surname_is_cut_off() -> None:
    body = ("President Bill Holt visited the coast on Monday. Top Holt administration officials have repeatedly dodged "
            "questions about the storm. Holt said help was coming.")
    assert [(t, a) for t, a, k in _mentions(body) if k == "person"] == [
        ("Bill Holt", "Bill Holt"), ("Holt", "Bill Holt"), ("Holt", "Bill Holt")]


def test_question_opening_a_sentence_before_a_surname() -> None:
    body = 'Joe Biden spoke for an hour. "Does Biden have a cold?" one user wondered. Biden did not answer.'
    assert [(t, a) for t, a, k in _mentions(body) if k == "person"] == [
        ("Joe Biden", "Joe Biden"), ("Biden", "Joe Biden"), ("Biden", "Joe Biden")]


def test_surname_before_a_body_noun_with_no_full_name_is_no_person() -> None:
    body = ("Trump toured the coast on Thursday. Top Trump administration officials have repeatedly dodged questions. "
            "Trump toured Houston earlier.")
    assert [t for t, a, k in _mentions(body) if a.startswith("Top")] == []


def test_given_name_that_is_a_common_word_keeps_its_person() -> None:
    body = "Rose Strauss apparently isn't showing it. Strauss said she was fine."
    assert _mentions(body)[0] == ("Rose Strauss", "Rose Strauss", "person")


def test_book_title_after_a_question_word_is_no_person() -> None:
    body = "Joel Marsh is the co-author of How Trump Won: The Inside Story of a Revolution, which is out now."
    assert [a for _, a, _ in _mentions(body)] == ["Joel Marsh"]


def test_person_after_a_question_word_in_a_link_keeps_a_name_that_is_no_word() -> None:
    body = "Readers also liked this. None Why Stacey Abrams still wants to be governor."
    assert ("Stacey Abrams", "Stacey Abrams", "person") in _mentions(body)


# --- F12: an outlet's dateline credit ------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["WASHINGTON (CNN) The mayor", "Washington (CNN) The mayor", "(CNN) The mayor",
                                     "er (CNN) The mayor", "LONDON (Reuters) - The mayor"])
def test_credit_in_brackets_at_the_opening_is_no_actor(opening: str) -> None:
    body = f"{opening} of Dale City was blamed on Monday for the deadly flood. CNN later aired the hearing."
    assert [(t, a) for t, a, k in _mentions(body) if k == "organisation"] == [("CNN", "CNN")]


def test_acronym_defined_at_the_opening_stays_an_actor() -> None:
    body = "Environmental Protection Agency (EPA) Administrator Scott Pruitt told business leaders the rule would go."
    assert _mentions(body)[:2] == [("Environmental Protection Agency", "Environmental Protection Agency", "organisation"),
                                   ("EPA", "Environmental Protection Agency", "organisation")]


def test_listing_in_brackets_is_no_credit() -> None:
    body = "Acme Corp (NYSE) rose 5 percent on Monday after the deal."
    assert _mentions(body) == [("Acme Corp", "Acme Corp", "organisation"), ("NYSE", "Acme Corp", "organisation")]


# --- F8: a described person's nationality ---------------------------------------------------------------

def test_demonym_before_a_described_private_person_is_no_country() -> None:
    body = "Swedish teen climate activist Ana Berg scowled at the minister as he entered the hall. Her stare divided the public."
    assert _mentions(body) == [("Ana Berg", "Ana Berg", "person")]


def test_demonym_before_an_official_title_stays_the_country() -> None:
    body = "Russian foreign minister Sergei Lavrov said the talks failed. An Israeli soldier Ben Levi was hurt."
    assert [(t, a) for t, a, k in _mentions(body) if k == "country"] == [("Russian", "Russia"), ("Israeli", "Israel")]


def test_demonym_before_a_title_that_depends_on_its_body_stays_the_country() -> None:
    body = "The French president Emmanuel Macron said the talks failed."
    assert ("French", "France", "country") in _mentions(body)


# --- F7: an emphatic "IS" --------------------------------------------------------------------------------

def test_emphatic_is_is_no_group() -> None:
    body = ("Readers asked us whether a new juice bar opened in the mall. So now you know that there IS a juice bar in "
            "the mall. It IS not cheap.")
    assert _mentions(body) == []


def test_is_as_the_group_stays_the_group() -> None:
    body = "IS fighters attacked the town on Monday. The land that IS holds shrank. Officials said IS in Syria was weak."
    assert [a for _, a, _ in _mentions(body)] == ["Islamic State", "Islamic State", "Islamic State", "Syria"]


def test_is_in_a_line_of_capitals_is_no_group() -> None:
    body = 'The website said: "THIS IS AN EMERGENCY," and asked for money.'
    assert _mentions(body) == []


# --- the trial's repro texts (tests/fixtures/trial16) --------------------------------------------------------

@pytest.mark.parametrize(("name", "actors"), [
    ("F7", []),
    ("F8", [("Ana Berg", "person")]),
    ("F12", []),
    ("F13", [("Bill Holt", "person"), ("United States", "country")]),
    ("F14", [("Michael Bloomberg", "person")]),
])
def test_trial_repro_actors(name: str, actors: list[tuple[str, str]]) -> None:
    result = analyze(load_article(_repro_text(name)))
    assert [(a.actor, a.kind) for a in result.sentiment.actors] == actors


# --- the trial's list of cosmetic actor slips: a surname that is a demonym, bodies cut at a small word ----

def test_given_name_before_a_singular_demonym_is_one_person() -> None:
    body = ("President Bill Dane visited the coast on Monday. Dane said help was coming. Dane's plan failed. "
            "Danish officials agreed.")
    assert _mentions(body) == [("Bill Dane", "Bill Dane", "person"), ("Dane", "Bill Dane", "person"),
                               ("Dane", "Bill Dane", "person"), ("Danish", "Denmark", "country")]


@pytest.mark.parametrize(("body", "actor"), [
    ("The Intergovernmental Panel on Climate Change said it was warming. The IPCC agreed.", "Intergovernmental Panel on Climate Change"),
    ("The National Oceanic and Atmospheric Administration said the storm was big. NOAA said so.",
     "National Oceanic and Atmospheric Administration"),
    ("Exxon Mobil Corp. said so. Exxon said the unit was stable. ExxonMobil agreed.", "Exxon Mobil"),
])
def test_bodies_named_in_full_and_short_are_one_organisation(body: str, actor: str) -> None:
    assert {(a, k) for _, a, k in _mentions(body)} == {(actor, "organisation")}


def test_american_red_cross_is_no_us_and_icrc() -> None:
    assert _mentions("The American Red Cross said it would help in Texas.") == [
        ("American Red Cross", "American Red Cross", "organisation")]


def test_two_storms_named_together_are_no_person() -> None:
    assert _mentions("After Hurricanes Harvey and Irma, the refineries closed.") == []


def test_lower_case_verb_before_a_firm_is_no_given_name() -> None:
    assert _mentions("Activists convinced several cities to sue Exxon, the oil company.") == [
        ("Exxon", "Exxon Mobil", "organisation")]
