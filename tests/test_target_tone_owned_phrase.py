"""The owned phrase (issue #18, round 19): "X's <phrase>" colours X through the phrase's adjectives
and compound nouns to its head, and through a predicate said of it; a head that is people does not
(analysis/sentiment/target_features._owned_phrase; guideline rule 1: "Smith's remarks")."""

from __future__ import annotations

import pytest

from analysis.sentiment.target_features import target_features


def _possessed(sentence: str, mention: str) -> list[tuple[str, float, str]]:
    start = sentence.index(mention)
    features = target_features(sentence, start, start + len(mention), 0.0)
    return [(f.name, round(f.value, 4), f.words) for f in features if f.name.startswith("possessed_")]


def test_head_through_compound_nouns() -> None:
    # "climate" is a compound noun: the valence is the head's, three words after "'s"
    assert _possessed("Wheeler's climate change denial received some backup.", "Wheeler") == [
        ("possessed_negative", -0.375, "denial -1.50")
    ]


def test_adjectives_before_the_head() -> None:
    assert _possessed("The company's long deceptive advertising campaign ended.", "company") == [
        ("possessed_negative", -0.5, "deceptive -2.00")
    ]
    assert _possessed("Smith's landmark achievement was noted.", "Smith") == [
        ("possessed_positive", 0.575, "landmark +0.30; achievement +2.00")
    ]


def test_phrase_ends_at_a_function_word() -> None:
    # "of" ends the owned phrase: "failure" belongs to the budget talks, not to Smith's aides
    assert _possessed("Smith's team of aides watched the failure of the talks.", "Smith") == []


def test_predicate_of_the_owned_thing() -> None:
    assert _possessed("Smith's plan was a disaster.", "Smith") == [("possessed_negative", -0.775, "disaster -3.10")]


def test_people_heads_are_others() -> None:
    assert _possessed("Trump's critics were wrong.", "Trump") == []
    assert _possessed("Some of Ocasio-Cortez's strongest supporters may be disappointed.", "Ocasio-Cortez") == []


def test_a_name_inside_the_phrase_carries_no_valence() -> None:
    assert _possessed("Trump's new Supreme Court appointee voted.", "Trump") == []


@pytest.mark.parametrize("sentence", ["Neumann's shares were sold.", "Smith's shares rose."])
def test_unchanged_short_phrases(sentence: str) -> None:
    # one-word owned phrases keep the old reading: the owned word's own valence
    assert _possessed(sentence, sentence.split("'")[0]) == [("possessed_positive", 0.3, "shares +1.20")]
