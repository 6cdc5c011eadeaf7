"""Round 12 new-user trial, official status (finding F4), on our own invented sentences: a head
of state named as another's counterpart, a head of government's chief of staff, a city's
spokesman and a mayor are officials; an NGO's national branch ("Greenpeace Spain") is not the
state; each rule with a wording it must leave alone."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _sources(body: str) -> dict[str, tuple[bool, str | None]]:
    result = analyze_sourcing(load_article(body, headline="Report"))
    return {s.name: (s.official, s.affiliation) for s in result.sources}


@pytest.mark.parametrize(
    ("body", "name", "official"),
    [
        pytest.param("Chancellor Ida Brandner met her Spanish counterpart, Rafael Ortega, on Monday. "
                     "Mr Ortega said Spain would sign.", "Rafael Ortega", True, id="country-counterpart"),
        pytest.param("Coach Ana Ruiz met her counterpart, Tom Blake, after the match. Blake said the pitch was poor.",
                     "Tom Blake", False, id="counterpart-without-country"),
        pytest.param("President Lena Marquez spoke on Friday. Ms Marquez's chief of staff, Paul Otieno, said the plan was ready.",
                     "Paul Otieno", True, id="president-chief-of-staff"),
        pytest.param("The singer Lou Dare cancelled the tour. Dare's chief of staff, Kim Holt, said the shows would move.",
                     "Kim Holt", False, id="singer-chief-of-staff"),
        pytest.param("Rosa Lind, a city spokeswoman, said the road would reopen.", "Rosa Lind", True, id="city-spokeswoman"),
        pytest.param("Rosa Lind, a spokeswoman for the county, said the road would reopen.", "Rosa Lind", True,
                     id="spokeswoman-for-the-county"),
        pytest.param("Rosa Lind, a company spokeswoman, said the plant would reopen.", "Rosa Lind", False,
                     id="company-spokeswoman"),
        pytest.param("Rosa Lind, a government spokeswoman, said the road would reopen.", "Rosa Lind", True,
                     id="government-spokeswoman"),
        pytest.param("Rosa Lind, a spokeswoman for Corvane Labs, said the plant would reopen.", "Rosa Lind", False,
                     id="spokeswoman-for-a-firm"),
        pytest.param("Paul Otieno, the White House chief of staff, said the plan was ready.", "Paul Otieno", True,
                     id="white-house-chief-of-staff"),
        pytest.param("Mayor Ines Calloway said the road would reopen.", "Ines Calloway", True, id="mayor"),
    ],
)
def test_office_of_a_body_dependent_title(body: str, name: str, official: bool) -> None:
    assert _sources(body)[name][0] is official


def test_ngo_branch_named_with_a_country_is_not_the_state() -> None:
    result = analyze_sourcing(load_article("Greenpeace Spain described the plan as \u201ctoo little, too late\u201d.", headline="R"))
    assert [(s.name, s.speaker_type, s.official, s.affiliation) for s in result.sources] == [
        ("Greenpeace Spain", "institution", False, "Greenpeace Spain")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("On Monday Spain said the plan was ready.", id="after-a-day-name"),
        pytest.param("Spain said the plan was ready.", id="country-alone"),
    ],
)
def test_country_not_after_an_organisation_name_stays_the_state(body: str) -> None:
    # (a region, "Northern Spain", and a locative "In Spain," are not branches either: analysis/actors/venues.py)
    assert any(official and affiliation == "Spain" for official, affiliation in _sources(body).values())


# --- trial 21 F7: an aide of an office named only by the office; a verb after a name's comma ------

def _titles(body: str) -> dict[str, tuple[bool, str | None]]:
    return {s.name: (s.official, s.title) for s in analyze_sourcing(load_article(body, headline="Report")).sources}


def test_a_spokesman_for_the_mayor_is_an_official_voice() -> None:
    body = ("A spokeswoman for the governor, Ann Vail, said the roads would reopen. "
            "A spokesman for the mayor said the vote would wait. The budget director, Li Chen, said costs rose.")
    assert _titles(body) == {
        "Ann Vail": (True, "spokeswoman"), "A spokesman for the mayor": (True, "spokesman"), "Li Chen": (True, "budget director"),
    }


def test_a_spokesman_for_the_president_alone_does_not_say_which_office() -> None:
    # Must not fire: a president heads firms and universities too (titles.toml "depends").
    assert _titles("A spokesman for the president, Tom Rudd, said the talks went well.") == {"Tom Rudd": (False, "spokesman")}


def test_a_verb_after_the_names_comma_opens_a_clause_not_a_title() -> None:
    # "agreed ... to cooperate with prosecutors" had made the former partner an official "prosecutors".
    body = ("The former partner, Dan Price, agreed last year to testify for prosecutors. "
            "Price said he regretted the scheme. Ann Cole, retired teacher, said she lost her savings.")
    assert _titles(body) == {"Dan Price": (False, None), "Ann Cole": (False, "teacher")}
