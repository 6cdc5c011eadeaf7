"""Unnamed groups apart from anonymous individuals (round 11's trial, F2: a researcher asking "which
outlets rely on anonymous sources" means a person whose name is withheld, not "Scientists say")."""

from __future__ import annotations

import pytest

from analysis import analyze, load_article

_STORY = (
    "Storm season looms\n\n"
    "Scientists say the storms are getting worse. "
    "\u201cWe are worried,\u201d said a senior official, who requested anonymity. "
    "Sources said the plan was dropped. "
    "Fifty-nine percent of voters said they were concerned. "
    "\u201cWe will not stop,\u201d said one young woman."
)


@pytest.fixture(scope="module")
def story():
    return analyze(load_article(_STORY))


def test_groups_and_polls_are_unnamed_groups_and_withheld_names_are_not(story) -> None:
    frame = story.sourcing.sources_frame().set_index("name")
    assert (frame["speaker_type"] == "anonymous").all()
    assert frame.loc["Scientists", "unnamed_group"]  # a plural noun: every scientist, nobody withheld
    assert frame.loc["Fifty-nine percent of voters", "unnamed_group"]  # a quantity: poll respondents
    # Since anonymity.toml version 6 the flag is grammatical (trial 13 F2: "officials" False beside
    # "Traders" True read as inconsistent); whether a name was withheld is the anonymity column.
    assert frame.loc["Sources", "unnamed_group"] and frame.loc["Sources", "anonymity"] == "withheld"
    assert frame.loc["Scientists", "anonymity"] == "unnamed_group"
    assert not frame.loc["a senior official", "unnamed_group"]
    assert not frame.loc["one young woman", "unnamed_group"]  # one person, unnamed


def test_the_group_share_is_the_part_of_the_anonymous_share_it_explains(story) -> None:
    ratios = story.sourcing.ratios
    assert ratios.anonymous_attribution_share == 1.0
    assert ratios.unnamed_group_attribution_share == pytest.approx(3 / 5)
    assert ratios.unnamed_group_source_share == pytest.approx(3 / 5)
    assert story.to_dict()["sourcing"]["ratios"]["unnamed_group_attribution_share"] == pytest.approx(0.6)


def test_an_unnamed_official_body_of_people_is_a_group_whose_names_are_withheld() -> None:
    """Officials are the classic anonymous sources, plural or not: a group, names withheld."""
    result = analyze(load_article("Talks stall\n\nU.S. officials said the talks had stalled. Diplomats said a deal was near."))
    assert all(s.unnamed_group and s.anonymity == "withheld" for s in result.sourcing.sources)


def test_the_report_names_a_group_as_such(story) -> None:
    from analysis.report.labels import type_label

    labels = {s.name: type_label(s) for s in story.sourcing.sources}
    assert labels["Scientists"] == "unnamed group" and labels["Sources"] == "unnamed group, names withheld"
    assert labels["a senior official"] == "anonymous, name withheld"
    assert labels["one young woman"] == "unnamed participant"


def _group_speakers(text: str) -> list[tuple[str, str]]:
    result = analyze(load_article(text)).sourcing
    names = {s.source_id: s.name for s in result.sources}
    return [(a.speaker or "", names[a.source_id]) for a in result.attributions]


def test_a_group_named_by_its_body_later_is_another_group() -> None:
    # Trial 21 F1: "local officials" in the lede had been renamed "Red Cross officials" from a later
    # paragraph (and given its side); a later bare "officials" still repeats the named group.
    text = (
        "Floods cut off the valley\n\n"
        "Floods cut off three villages on Sunday, local officials said.\n\n"
        "Oxfam officials said they had sent water to the area. Officials said more rain was due."
    )
    assert _group_speakers(text) == [
        ("local officials", "local officials"),
        ("Oxfam officials", "Oxfam officials"),
        ("Officials", "Oxfam officials"),
    ]
