"""A reporting verb's -s form after a word that counts several things is a plural noun, not a cue
(issue 15: "a noun read as a verb ('in three states')"; found again by a new-user trial)."""

from __future__ import annotations

import pytest
from sourcing_rows import sourcing_of

from analysis import analyze, load_article


def _attributions(body: str) -> list[tuple[str, str]]:
    result = analyze(load_article("A headline for a test story\n\n" + body))
    return [(a.speaker, a.cue) for a in result.sourcing.attributions]


def test_count_before_states_is_a_noun_and_the_real_speaker_is_kept() -> None:
    body = "At least 37 people in three states have fallen ill after eating the melons, health officials said on Friday."
    assert _attributions(body) == [("health officials", "said")]


@pytest.mark.parametrize("body", [
    "Officials in 12 states filed two reports on the outbreak last week.",
    "The law applies in several states and in both claims courts.",
])
def test_counted_plurals_are_no_cues(body: str) -> None:
    assert all(cue not in ("reports", "states", "claims") for _, cue in _attributions(body))


@pytest.mark.parametrize(("body", "expected"), [
    ("Each says the plan is unfair.", [("Each", "says")]),  # a singular counter: the -s form is a verb
    ("The report states that the dam was weak.", [("The report", "states")]),
    ("Several reports said the dam was weak.", [("Several reports", "said")]),
])
def test_verbs_after_singular_subjects_stay_cues(body: str, expected: list[tuple[str, str]]) -> None:
    assert _attributions(body) == expected


# Trial 20 F5: a document that finds or shows (PolNeAR's coders mark these with the document as source).


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The 40-page report by State Auditor Ann Lee found that the agency overpaid its vendors.",
         "The 40-page report by State Auditor Ann Lee", "the agency overpaid its vendors"),
        ("The audit also found that two bidders were never told of the change.", "The audit",
         "two bidders were never told of the change"),
        ("The couple gave $40,000 to the campaign, campaign finance records show.", "campaign finance records",
         "The couple gave $40,000 to the campaign"),
        ("A new poll shows the senator has lost ground.", "A new poll", "the senator has lost ground"),
    ],
)
def test_a_document_finds_or_shows(text: str, speaker: str, content: str) -> None:
    result = sourcing_of(text)
    assert [(a.speaker, a.text) for a in result.attributions] == [(speaker, content)]
    assert [s.speaker_type for s in result.sources] == ["document"]


@pytest.mark.parametrize(
    "text",
    [
        "Police found the body near the river.",  # no document
        "The study found a link between sleep and grades.",  # no clause: a finding of no words
        "The video shows a crowd outside the hall.",
        "Inspectors found that the bridge was unsafe.",  # people: "found" is no speech verb for them
    ],
)
def test_found_and_show_are_no_cue_otherwise(text: str) -> None:
    assert sourcing_of(text).attributions == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A state audit released Tuesday accuses the harbor chief of favoring a donor.", "A state audit"),
        ("A county poll released in late August found that most voters back the levy.", "A county poll"),
        ("A report released by the finance committee found that the levy was too low.", "A report released by the finance committee"),
    ],
)
def test_when_a_document_came_out_is_no_part_of_its_name(text: str, name: str) -> None:
    assert [(s.name, s.speaker_type) for s in sourcing_of(text).sources] == [(name, "document")]
