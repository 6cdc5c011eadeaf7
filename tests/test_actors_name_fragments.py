"""Actors, round 17 (new-user trial 17, F4b and F5): initials written together inside a name, a
constituency after "representing", a title cut from its holder's name by a comma, a body's name
that opens with a country's possessive, and a name in capitals glued to the next sentence's "The"
(``analysis/actors/name_fragments.py``)."""

from __future__ import annotations

from analysis import analyze, load_article
from analysis.actors import find_actors

# The new-user trial's own minimal repro texts (trial 17, findings F5 and F4b), written
# here rather than as fixture files (every fixture article is a golden case).
_F5 = ("Senate pauses after deaths\n\nSenator representing Kano South , Musa Bello , on Monday moved a motion over the "
       "death of former House of Representatives Speaker , John Okafor. The law dates from the presidency of George H.W. "
       "Bush in the early '90s.")
_F4B = ("Mayor backs harbour plan\n\n\"The boats will be back by May,\" Mayor Ann Cole quipped on Tuesday. The plan is part "
        "of the city's climate crusade, according to groups like America's Pledge.")


def _mentions(body: str, headline: str = "A headline for a test story") -> list[tuple[str, str, str]]:
    article = load_article(headline + "\n\n" + body)
    return [(m.text, m.actor, m.kind) for m in find_actors(article).mentions]


# --- F5: initials written together -------------------------------------------------------------------

def test_initials_written_together_stay_inside_the_name() -> None:
    body = "The law dates from the presidency of George H.W. Bush in the early '90s. Bush signed it on a Monday."
    assert _mentions(body) == [("George H.W. Bush", "George H.W. Bush", "person"), ("Bush", "George H.W. Bush", "person")]


def test_initials_that_open_a_name() -> None:
    body = "The novelist J.K. Rowling spoke at the event. Rowling thanked the readers."
    assert _mentions(body) == [("J.K. Rowling", "J.K. Rowling", "person"), ("Rowling", "J.K. Rowling", "person")]


def test_dotted_letters_with_no_name_after_them_are_no_person() -> None:
    assert _mentions("Officials in Washington, D.C. said nothing on Monday.") == [("Washington", "United States", "country")]


# --- F5: a constituency after "representing" ------------------------------------------------------

def test_what_a_senator_represents_is_a_place() -> None:
    body = "Senator representing Kano South, Musa Bello, on Monday moved a motion."
    assert _mentions(body) == [("Musa Bello", "Musa Bello", "person")]


def test_what_a_lawmaker_who_represents_names_is_a_place() -> None:
    body = "The lawmaker who represents Yobe North, Ahmad Lawan, said the Senate would adjourn."
    assert _mentions(body) == [("Ahmad Lawan", "Ahmad Lawan", "person")]


def test_a_lawyer_representing_a_client_names_the_client() -> None:
    body = "A lawyer representing Michael Cohen said on Monday that his client would testify."
    assert _mentions(body) == [("Michael Cohen", "Michael Cohen", "person")]


# --- F5: a title cut from its holder's name by a comma -------------------------------------------------

def test_a_title_before_a_comma_is_no_person() -> None:
    body = "The motion mourned former House of Representatives Speaker, John Okafor, who died on Sunday."
    assert _mentions(body) == [("John Okafor", "John Okafor", "person")]


def test_a_given_name_before_a_title_word_keeps_the_person() -> None:
    body = "Former Australian foreign minister Julie Bishop said the talks were useful. Bishop left on Monday."
    assert _mentions(body) == [("Australian", "Australia", "country"), ("Julie Bishop", "Julie Bishop", "person"),
                               ("Bishop", "Julie Bishop", "person")]


# --- F4b: a body's name that opens with a country's possessive -------------------------------------------

def test_a_group_named_with_a_countrys_possessive_is_the_group() -> None:
    body = "The plan is part of the city's climate crusade, according to groups like America's Pledge."
    assert _mentions(body) == [("America's Pledge", "America's Pledge", "organisation")]


def test_an_apposition_calling_it_a_coalition_makes_it_the_body() -> None:
    body = "The US could get most of the way there, according to America's Pledge, the coalition pushed by the former mayor."
    assert _mentions(body) == [("US", "United States", "country"), ("America's Pledge", "America's Pledge", "organisation")]


def test_a_brand_after_a_countrys_possessive_keeps_the_country() -> None:
    # "Tencent" is no English word: the firm's own name, China its nationality as before.
    assert _mentions("Firms such as China's Tencent have grown fast.") == [("China", "China", "country")]


def test_a_ministry_after_a_countrys_possessive_keeps_the_country() -> None:
    assert _mentions("China's Foreign Ministry said the talks were useful.") == [
        ("China", "China", "country"), ("Foreign Ministry", "Foreign Ministry", "organisation")]


# --- F5: a name in capitals glued to "The" -----------------------------------------------------------

def test_a_country_glued_to_the_next_sentences_the() -> None:
    body = "5. Set a zero-emission deadline for the USThe Clean Power Plan was an Obama-era scheme."
    assert _mentions(body) == [("US", "United States", "country")]


def test_a_body_glued_to_the_next_sentences_the_keeps_the_next_name() -> None:
    assert _mentions("6. Rejoin the EUThe Sierra Club said it would sue.") == [
        ("EU", "European Union", "organisation"), ("Sierra Club", "Sierra Club", "organisation")]


# --- the trial's repro texts -----------------------------------------------------------------------------

def test_trial_repro_f5_actors() -> None:
    actors = [(m.actor, m.kind) for m in find_actors(load_article(_F5)).mentions]
    assert actors == [("Musa Bello", "person"), ("John Okafor", "person"), ("George H.W. Bush", "person")]


def test_trial_repro_f4b_source_is_the_group() -> None:
    sources = analyze(load_article(_F4B)).sourcing.sources
    assert [(s.name, s.official) for s in sources] == [("Ann Cole", True), ("America's Pledge", False)]
