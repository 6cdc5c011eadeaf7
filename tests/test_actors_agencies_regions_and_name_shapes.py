"""Actors, round 13 (new-user trial 13, F5-F8): a state's agencies are organisations of their own; a
country's adjective before a statistic is no mention; a country's name inside a region's is none;
job words glued to names, names of no one, teams, a place's police and a place's office."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.actors import actor_country, actor_official, find_actors, find_actors_in_text


def _mentions(body: str) -> list[tuple[str, str, str]]:
    article = load_article("A headline for a test story\n\n" + body)
    return [(m.text, m.actor, m.kind) for m in find_actors(article).mentions]


def _actors(body: str) -> dict[str, str]:
    return {actor: kind for _, actor, kind in _mentions(body)}


# --- F5: agencies are organisations with a country; the state acts through its executive ------------

@pytest.mark.parametrize(
    ("text", "agency"),
    [
        pytest.param("WeWork is the subject of an SEC inquiry into potential rule violations.", "Securities and Exchange Commission",
                     id="sec"),
        pytest.param("The FBI said the suspect had fled.", "FBI", id="fbi"),
        pytest.param("The lawsuit names DHS as a defendant.", "Department of Homeland Security", id="dhs"),
        pytest.param("The Federal Reserve held rates steady.", "Federal Reserve", id="fed"),
        pytest.param("Xinhua News Agency reported the case.", "Xinhua", id="state-media"),
    ],
)
def test_an_agency_is_an_organisation_with_its_country(text: str, agency: str) -> None:
    actors = _actors(text)
    assert actors.get(agency) == "organisation"
    assert "United States" not in actors and "China" not in actors
    assert actor_country(agency) in ("United States", "China") and actor_official(agency) is True


def test_a_country_before_its_agency_is_the_agency_alone() -> None:
    got = _mentions("WeWork is the subject of a U.S. Securities and Exchange Commission inquiry.")
    assert [m for m in got if m[2] != "organisation" or m[1] != "WeWork"] == [
        ("U.S. Securities and Exchange Commission", "Securities and Exchange Commission", "organisation")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Pentagon said the strike was a mistake.", id="defence-ministry"),
        pytest.param("Washington warned that its patience was running out.", id="capital"),
        pytest.param("The CIA has also been involved in training Syrian rebels.", id="foreign-intelligence"),
        pytest.param("The White House said the talks would go on.", id="presidency"),
        pytest.param("U.S. officials said the talks would go on.", id="officials"),
        pytest.param("The U.S. imposed sanctions on Monday.", id="state"),
    ],
)
def test_the_state_acting_stays_the_country(text: str) -> None:
    assert _actors(text).get("United States") == "country"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("About 2% of the total U.S. population uses meth.", id="population"),
        pytest.param("U.S. stocks fell on Friday.", id="stocks"),
        pytest.param("The American economy slowed in May.", id="economy"),
        pytest.param("U.S. chipmaker Intel cut jobs.", id="chipmaker"),
    ],
)
def test_a_countrys_adjective_before_a_statistic_is_no_mention(text: str) -> None:
    assert "United States" not in _actors(text)


def test_a_people_stays_the_country() -> None:
    assert _actors("The American people deserve answers, Americans said.").get("United States") == "country"


# --- F6: a country's name inside a region's or another state's ---------------------------------------

@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param("A herder from Xilingol in Inner Mongolia was diagnosed with plague.", "Mongolia", id="inner-mongolia"),
        pytest.param("Fighting went on in Northern Syria.", "Syria", id="northern-syria"),
        pytest.param("Voters in New England went to the polls.", "United Kingdom", id="new-england"),
        pytest.param("Papua New Guinea and Guinea-Bissau signed the pact.", "Guinea", id="guineas"),
    ],
)
def test_a_country_inside_a_longer_place_name_is_not_the_country(text: str, country: str) -> None:
    assert country not in _actors(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param("South Sudan and Sudan agreed a ceasefire.", "Sudan", id="sudan"),
        pytest.param("South Sudan and Sudan agreed a ceasefire.", "South Sudan", id="south-sudan"),
        pytest.param("North Korea fired a missile.", "North Korea", id="north-korea"),
        pytest.param("Police in Northern Ireland made arrests.", "United Kingdom", id="northern-ireland"),
        pytest.param("Mongolia said the herder had recovered.", "Mongolia", id="mongolia"),
        pytest.param("Papua New Guinea signed the pact.", "Papua New Guinea", id="png"),
    ],
)
def test_a_state_named_by_a_longer_name_stays(text: str, country: str) -> None:
    assert _actors(text).get(country) == "country"


# --- F7: job words glued to names, names of no one -------------------------------------------------

@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param("Employee Steve Castro tells the paper that he fought the man. Castro said he ran.", "Steve Castro", id="employee"),
        pytest.param("CBS Sports NFL Insider Jason La Canfora has reported the fine.", "Jason La Canfora", id="insider"),
        pytest.param("According to the BBC's Environment Correspondent Matt McGrath, the storm was rare.", "Matt McGrath",
                     id="correspondent"),
        pytest.param("On Monday, Public Ombudsman Nadia Cruz said the deaths were caused by gunshots.", "Nadia Cruz", id="ombudsman"),
    ],
)
def test_a_job_word_glued_to_a_name_is_not_the_name(text: str, person: str) -> None:
    persons = {actor for _, actor, kind in _mentions(text) if kind == "person"}
    assert persons == {person}


def test_a_surname_of_a_glued_name_is_the_person() -> None:
    got = _mentions("Employee Steve Castro tells the paper that he fought the man. Castro said he ran.")
    assert [actor for text, actor, _ in got if text == "Castro"] == ["Steve Castro"]


@pytest.mark.parametrize(
    ("text", "bogus"),
    [
        pytest.param("The house is a monument to National Socialism, the minister said.", "National Socialism", id="ism"),
        pytest.param("I intend to sue the EPA over this \u201cDirty Power\u201d rule.", "Dirty Power", id="quoted"),
        pytest.param("The series ended at the Caja Magica (Magic Box) centre court.", "Magic Box", id="bracketed"),
        pytest.param("I learnt about Methicillin Resistant Staphylococcus Aureus \u2013 the infamous MRSA \u2013 in 1998.",
                     "Methicillin Resistant Staphylococcus Aureus", id="acronym-term"),
        pytest.param("Sceptics include groups such as Plants Need CO2 and others.", "Plants Need", id="code"),
        pytest.param("The UN Office for the Co-ordination of Humanitarian Affairs (Ocha) noted the rain.",
                     "Humanitarian Affairs", id="portfolio"),
        pytest.param("Losses could be lower than with Cyclone Idai. Idai struck in March.", "Cyclone Idai", id="storm"),
        pytest.param("\u201cHey Twitter, the whole point of this ad is awareness,\u201d she wrote.", "Hey Twitter", id="interjection"),
        pytest.param("Pemba, the regional capital of Cabo Delgado state, flooded.", "Cabo Delgado", id="cabo"),
        pytest.param("Brian Segee told San Diego TV station KGTV it was time.", "San Diego", id="san"),
        pytest.param("MSCI's broadest index of Asia-Pacific shares rose.", "Asia-Pacific", id="region"),
        pytest.param("Get the day's big stories.\n\nPick Six Newsletter\n\nSign up now.", "Pick Six Newsletter", id="furniture"),
        pytest.param("Both diseases are associated with the Black Death pandemic.", "Black Death", id="pandemic"),
        pytest.param("A momentous day at Liverpool's Anglican Cathedral ended.", "Anglican Cathedral", id="cathedral"),
    ],
)
def test_a_name_of_no_one_is_no_actor(text: str, bogus: str) -> None:
    assert bogus not in _actors(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param("\u201cJoe Biden,\u201d he said, \u201cwill lose.\u201d", "Joe Biden", id="quoted-given-name"),
        pytest.param("Ruth Bader Ginsburg dissented. RBG, as fans call her, said Ginsburg wrote it.", "Ruth Bader Ginsburg",
                     id="initials-with-surname"),
        pytest.param("Mike Judge said the show would return.", "Mike Judge", id="title-surname"),
        pytest.param("The fund is run by Hugh Grant, a former banker.", "Hugh Grant", id="plain"),
    ],
)
def test_names_of_people_stay_persons(text: str, person: str) -> None:
    assert _actors(text).get(person) == "person"


def test_a_body_in_apposition_to_its_class_is_an_organisation() -> None:
    actors = _actors("The owner of one Dhaka-based factory, Softex Cotton, has threatened legal action.")
    assert actors.get("Softex Cotton") == "organisation"


def test_a_trade_bodys_name_holds_its_trade_words() -> None:
    actors = _actors("Shaidullah Azim, a director of the Bangladeshi Garment Manufacturers and Exporters Association, spoke.")
    assert actors.get("Bangladeshi Garment Manufacturers and Exporters Association") == "organisation"
    assert "Garment Manufacturers" not in actors and "Bangladesh" not in actors


# --- F8: teams, a place's police, a place's office ----------------------------------------------------

def test_teams_by_their_nickname() -> None:
    actors = _actors("The Steelers beat the Browns on Thursday. Steelers coach Mike Tomlin said the Browns lost their heads.")
    assert actors.get("Steelers") == "organisation" and actors.get("Browns") == "organisation"
    assert actors.get("Mike Tomlin") == "person"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("Hillary Clinton spoke. The Clintons left, and later the Clintons returned.", "Clintons", id="family"),
        pytest.param("The Kurds fought on. Later the Kurds withdrew.", "Kurds", id="people"),
        pytest.param("Snow fell in the Alps. Skiers love the Alps.", "Alps", id="place"),
        pytest.param("Spain won the Davis Cup. The Davis Cup ended.", "Davis", id="event"),
        pytest.param("The Steelers lost on Thursday.", "Steelers", id="once"),
    ],
)
def test_plurals_that_are_no_team_stay_none(text: str, word: str) -> None:
    assert word not in _actors(text)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        pytest.param("The Fort Worth police said the officer was hurt.", "Fort Worth police", id="fort-worth"),
        pytest.param("On Sunday Hong Kong police fired tear gas.", "Hong Kong police", id="hong-kong"),
        pytest.param("Fighting went on. Chicago police said two men were held.", "Chicago police", id="sentence-start"),
        pytest.param("\"Fort Worth P.D. Open the door!\" an officer shouts.", "Fort Worth police", id="pd"),
    ],
)
def test_a_places_police_is_an_organisation(text: str, force: str) -> None:
    assert _actors(text).get(force) == "organisation"


def test_a_police_departments_initials_are_no_person() -> None:
    assert [kind for _, _, kind in _mentions("\"Fort Worth P.D. Open the door!\" an officer shouts.")] == ["organisation"]


def test_police_after_an_adjective_or_a_demonym_is_no_new_body() -> None:
    actors = _actors("Riots went on. Local police said little. Federal police arrived. Israeli police said two were held.")
    assert [a for a in actors if a.endswith("police")] == []
    assert actors.get("Israel") == "country"


def test_a_places_office_and_its_acronym_are_one_organisation() -> None:
    got = _mentions("WeWork is being investigated by the New York State Attorney General. According to Reuters, "
                    "the NYAG\u2019s questions include self-dealing.")
    assert [(text, actor) for text, actor, kind in got if kind == "organisation" and actor not in ("WeWork", "Reuters")] == [
        ("New York State Attorney General", "New York State Attorney General"), ("NYAG", "New York State Attorney General")]


def test_an_office_held_by_a_person_stays_no_body() -> None:
    actors = _actors("Three years on, we hear the Soviet Defense Minister expressing regrets.")
    assert "Soviet Defense Minister" not in actors


def test_a_body_longer_than_an_office_keeps_its_name() -> None:
    actors = _actors("Residents fled, the Carson County Sheriff\u2019s Office said on Monday.")
    assert "Carson County Sheriff" not in actors


def test_free_text_finds_the_same_agencies() -> None:
    assert {m.actor for m in find_actors_in_text("an SEC inquiry").mentions} == {"Securities and Exchange Commission"}


# --- Round 20 (trial 20 F7): a four-letter nickname, and the team's full name spelled before it ---------------------

def test_a_four_letter_nickname_is_a_team_and_takes_its_spelled_name() -> None:
    body = ("The Hawks beat Eastfield Jets 21-14 on Friday. The Jets lost two fumbles, "
            "and Jets coach Ann Lee said the Hawks deserved the win.")
    mentions = _mentions(body)
    assert [(text, actor) for text, actor, kind in mentions if actor == "Eastfield Jets" and kind == "organisation"] == [
        ("Eastfield Jets", "Eastfield Jets"), ("Jets", "Eastfield Jets"), ("Jets", "Eastfield Jets"),
    ]
    assert _actors(body).get("Hawks") == "organisation" and _actors(body).get("Ann Lee") == "person"


def test_a_nickname_inside_a_longer_name_keeps_the_longer_name_apart() -> None:
    # "the Corps" is a team's shape, but "Army Corps of Engineers" goes on after it: no "Army Corps"
    body = "The Army Corps of Engineers approved the plan. The Corps said the work would start soon, and the Corps paid."
    assert "Army Corps" not in _actors(body)
