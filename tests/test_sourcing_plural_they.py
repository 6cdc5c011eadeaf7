"""A plural "they" takes the nearest plural group written as a subject, not an older institution
(round 15 trial F10): ``analysis/sourcing/plural_they.py``."""

from __future__ import annotations

from sourcing_rows import attribution_rows


def test_they_is_the_plural_subject_just_before_not_the_council() -> None:
    # trial repro r9b: the council's opponents' argument was given to the council
    text = (
        "The council says the tax is fair to families. Most Republicans do not buy into a carbon tax. "
        "They argue it is not conservative to tax energy."
    )
    assert attribution_rows(text) == [
        ("indirect", "The council", "The council", "the tax is fair to families"),
        ("indirect", "They", "Most Republicans", "it is not conservative to tax energy"),
    ]


def test_they_is_the_cities_named_after_the_city() -> None:
    # trial repro r9, and the nf166 wording with a list of places
    text = (
        '"We do not seek to stop their business," the city wrote in its complaint. Cities in Ohio and Maine have '
        "also filed similar suits. They argue that the firms should pay for sea walls."
    )
    assert attribution_rows(text)[-1] == ("indirect", "They", "Cities in Ohio and Maine", "the firms should pay for sea walls")
    text = (
        "The city wrote in its complaint that it was harmed. Cities in California, Colorado and Rhode Island have "
        "also filed similar lawsuits. They argue that the firms should pay."
    )
    assert attribution_rows(text)[-1] == ("indirect", "They", "Cities in California", "the firms should pay")


def test_a_plural_that_cannot_speak_or_a_subject_inside_the_words_is_no_referent() -> None:
    text = "The council says the tax is fair. Prices rose sharply last year. They argue it is needed."
    assert attribution_rows(text)[-1] == ("indirect", "They", "The council", "it is needed")
    text = "The council says the tax is fair. County boards can do that work, they said."
    assert attribution_rows(text)[-1] == ("indirect", "they", "The council", "County boards can do that work")
