"""Who a person is across one article (analysis/actors/person_names.py; round 11, new-user trial 11
F3, F4, F5, F14, F15). Invented sentences written the way news names people."""

from __future__ import annotations

from analysis import load_article
from analysis.actors import find_actors
from analysis.sourcing import analyze_sourcing


def _actors(text: str, headline: str | None = None) -> dict[str, str]:
    """Actor -> kind of every mention's actor."""
    article = load_article(text, headline=headline)
    return {m.actor: m.kind for m in find_actors(article).mentions}


def _mentions(text: str, actor: str, headline: str | None = None) -> list[str]:
    article = load_article(text, headline=headline)
    return [m.text for m in find_actors(article).mentions if m.actor == actor]


def _sources(text: str, headline: str | None = None) -> dict[str, str]:
    article = load_article(text, headline=headline)
    return {s.name: s.speaker_type for s in analyze_sourcing(article).sources}


def test_a_surname_named_in_full_only_in_the_headline_is_that_person() -> None:
    text = ("The agency chief spoke to senators in the capital on Tuesday about the new rules. "
            "\"The rules are working,\" Okafor said. Critics of Okafor want the rules withdrawn by the end of the year.")
    headline = "Agency Nominee Daniel Okafor Defends Pollution Rules"
    assert _mentions(text, "Daniel Okafor", headline) == ["Okafor", "Okafor"]
    assert _sources(text, headline) == {"Daniel Okafor": "named_person"}


def test_a_lone_surname_before_a_speech_verb_and_he_or_she_is_a_person() -> None:
    text = ("The agency chief spoke to senators in the capital on Tuesday about the new rules. "
            "Okafor said she believed the rules were working. Critics of Okafor disagree with the agency.")
    assert _actors(text) == {"Okafor": "person"}
    assert _sources(text)["Okafor"] == "named_person"


def test_a_firm_named_by_one_word_stays_an_organisation() -> None:
    # must not fire: "it", not "he" or "she"
    text = ("The carmaker cut prices across Europe on Tuesday after a weak quarter. "
            "Brightwood said it would cut prices again in the spring. Critics of Brightwood doubt the plan.")
    assert _actors(text) == {"Brightwood": "organisation"}
    assert _sources(text)["Brightwood"] == "institution"


def test_a_title_or_party_before_a_name_is_not_part_of_it() -> None:
    text = ("The commission voted on Monday to approve the pipeline in the state. Democrat Linda Farrow dissented. "
            "\"This is a breakthrough,\" Under Secretary of Energy Mark Delaney told reporters. "
            "Farrow, for example, asked the commission to wait. Delaney said more approvals were coming.")
    actors = _actors(text)
    assert actors == {"Linda Farrow": "person", "Mark Delaney": "person"}
    assert _mentions(text, "Mark Delaney") == ["Mark Delaney", "Delaney"]
    assert set(_sources(text)) == {"Mark Delaney", "Linda Farrow"}


def test_a_title_and_a_surname_are_the_person_named_in_full() -> None:
    text = ("House Speaker Nancy Kerrigan arrived in the morning with a delegation. "
            "It is good news that Speaker Kerrigan is coming to the talks, campaigners said.")
    assert _mentions(text, "Nancy Kerrigan") == ["Nancy Kerrigan", "Speaker Kerrigan"]


def test_a_hyphenated_surname_alone_is_the_person_named_in_full() -> None:
    text = ("Rep. Alexandria Vega-Ruiz proposed a plan on Monday in the capital. "
            "Vega-Ruiz said the plan would work for working families.")
    assert _actors(text) == {"Alexandria Vega-Ruiz": "person"}


def test_an_honorific_of_the_other_gender_is_another_person() -> None:
    # must not fire: "Mrs. Jones" is not "Tom Jones"
    text = ("Tom Jones ran the mill for thirty years. Mrs. Jones said the mill was closing on Friday. "
            "She said the family would stay in the town.")
    actors = _actors(text)
    assert "Mrs. Jones" in actors and "Tom Jones" in actors


def test_a_name_running_on_into_a_glued_headline_ends_at_the_surname() -> None:
    text = ("Greta Lindqvist Mum as Activist Proclaims We Cannot Wait The teenager led a march on Friday through the city. "
            "Lindqvist spoke for ten minutes. Crowds cheered as Lindqvist left the stage.")
    actors = _actors(text)
    assert "Greta Lindqvist Mum" not in actors
    assert _mentions(text, "Greta Lindqvist") == ["Greta Lindqvist", "Lindqvist", "Lindqvist"]


def test_storms_are_events_not_persons() -> None:
    text = "Hurricane Doreen hit the islands on Sunday. Cyclone Ida killed hundreds of people in the region a year ago."
    assert _actors(text) == {}


def test_a_given_name_before_a_storm_word_keeps_the_person() -> None:
    # must not fire: the run opens with a given name
    text = "Mark Storm, a fisherman, lost his boat on Sunday when the wind rose over the bay."
    assert _actors(text) == {"Mark Storm": "person"}


def test_plans_laws_and_common_words_are_not_persons() -> None:
    text = ("Senators debated the Green New Deal and the Clean Power Plan on Monday. They said Climate Change "
            "is real, and climate change will not wait.")
    actors = _actors(text)
    assert all(kind != "person" for kind in actors.values()), actors


def test_a_surname_that_is_a_common_word_stays_with_its_given_name() -> None:
    # must not fire: "Rich Powell" opens with no listed given name, but "Powell" is never written in lower case
    text = "The rich countries pledged more on Monday. The group led by Rich Powell said the pledge was too small."
    assert _actors(text).get("Rich Powell") == "person"


def test_title_case_words_of_a_related_link_line_are_not_persons() -> None:
    # (glued to the text, as a corpus that lost its line breaks has it; on a line of its own the reader drops it)
    text = ("The plant closed last year after years of losses. "
            "(RELATED: Obama Regulations Blamed For Closure Of Coal Plant)"
            "The administration has been pushing for faster approvals, officials said on Monday.")
    assert [a for a, kind in _actors(text).items() if kind == "person"] == []


def test_a_given_name_and_a_middle_initial_open_a_name() -> None:
    text = ("Heat waves are getting worse in the city. \"People are dying,\" Thomas A. Hartwell, dean of the school "
            "of public health, said in an interview. Hartwell added that the city must act.")
    assert _mentions(text, "Thomas A. Hartwell") == ["Thomas A. Hartwell", "Hartwell"]
    assert _sources(text) == {"Thomas A. Hartwell": "named_person"}


def test_according_to_a_measure_attributes_nothing() -> None:
    text = ("The plan charges companies a fee according to the amount of carbon their plants emit. "
            "Seats are shared according to their size. Prices rose sharply last year, according to the agency.")
    assert _sources(text) == {"the agency": "institution"}


def test_according_to_a_named_body_still_attributes() -> None:
    # must not fire: "numbers" is no measure noun
    text = "Prices rose sharply last year, according to the numbers released by the agency on Monday."
    assert list(_sources(text).values()) == ["document"]
