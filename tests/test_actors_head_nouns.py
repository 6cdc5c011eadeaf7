"""Head nouns that make a mention no person or body, and NGOs of the gazetteer (round 18
closing note). Sentences written for these tests; every expectation checked by hand.
"""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.actors import find_actors


def mentions(text: str) -> list[tuple[str, str, str]]:
    """(actor, kind, text) of each mention in a body under a headline."""
    return [(m.actor, m.kind, m.text) for m in find_actors(load_article("Story about the things\n\n" + text)).mentions]


@pytest.mark.parametrize(("text", "expected"), [
    ("Greenpeace said the plan would fail.", [("Greenpeace", "organisation", "Greenpeace")]),
    ("Greenpeace France described the response as inadequate.", [("Greenpeace", "organisation", "Greenpeace France")]),
    ("Oxfam and the World Wildlife Fund warned.", [("Oxfam", "organisation", "Oxfam"), ("WWF", "organisation", "World Wildlife Fund")]),
    ("Transparency International spoke.", [("Transparency International", "organisation", "Transparency International")]),
])
def test_ngos(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions(text) == expected


def test_tribe_after_a_surname_is_no_person() -> None:
    text = "Raimundo Mura, indigenous leader with the Mura tribe who live in a reserve, said the fires were near."
    assert mentions(text) == [("Raimundo Mura", "person", "Raimundo Mura")]


def test_lower_case_people_is_no_group_head() -> None:
    text = "Donald Trump spoke on Monday. Trump people said the plan would work."
    assert mentions(text) == [("Donald Trump", "person", "Donald Trump"), ("Donald Trump", "person", "Trump")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Brazilian Congress passed the bill.", [("Brazil", "country", "Brazilian Congress")]),
    ("Peru's Congress passed the bill.", [("Peru", "country", "Peru's Congress")]),
    ("The US Congress passed the bill.", [("United States", "country", "US Congress")]),
    ("Congress passed the bill.", [("United States", "country", "Congress")]),
])
def test_national_adjective_before_congress(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He asked what that would mean for Tangier Island.", []),
    ("the air that the National Capital is breathing", []),
    ("Bain Capital said it would buy the firm.", [("Bain Capital", "organisation", "Bain Capital")]),
    ("The pollster Celinda Lake said the race was close.", [("Celinda Lake", "person", "Celinda Lake")]),
])
def test_place_heads(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions(text) == expected
