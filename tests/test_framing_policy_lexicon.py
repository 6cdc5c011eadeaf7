"""Hand-checked expectations for lexicon version 7 of the policy frames (policy_frames.toml, round
13): the primary frame of short sentences written for these tests, one per entry family of the
version's header, each coded by hand with the coding guideline (docs/annotation/policy_frames_guideline.md)."""

from __future__ import annotations

import pytest

from analysis.validation.policy_frames import primary_frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # political manoeuvring that names no election or policy word
        ("The senator has been distancing himself from the governor for weeks.", "political"),
        ("By Friday the mayor had backed away from his earlier remarks.", "political"),
        ("Rank-and-file members are angry with the leadership.", "political"),
        ("She is one of the few who still reach across the aisle.", "political"),
        ("It was a naked power grab, his rivals said.", "political"),
        ("He repeated the line in every stump speech.", "political"),
        ("The country has never been more polarized.", "political"),
        ("Three candidates remain in the governor's race.", "political"),
        # polls of voters and the public's reaction
        ("His favorability has slipped among older voters.", "public_opinion"),
        ("Support among young women has halved since the spring.", "public_opinion"),
        ("Twitter users were quick to mock the slogan.", "public_opinion"),
        ("The singer came under fire after the photos emerged.", "public_opinion"),
        ("Climate remains a low priority for most voters.", "public_opinion"),
        # identity named as such
        ("She would be the first openly gay woman to hold the seat.", "cultural_identity"),
        ("Faith communities have run the shelter for decades.", "cultural_identity"),
        ("He spoke of American exceptionalism in every speech.", "cultural_identity"),
        # who bears the cost
        ("The cuts fall on those who can least afford them.", "fairness_equality"),
        ("The march was for equality, its organisers said.", "fairness_equality"),
        ("The wealth gap between the two regions keeps growing.", "fairness_equality"),
        # ethics named
        ("What they lack is a sense of justice.", "morality"),
    ],
)
def test_version_7_cues(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # a lawyer or an attorney named as who speaks is a title (weak), so a plain cue of another frame wins
        ("Her lawyer said the hospital had failed to treat the infection.", "health_safety"),
        ("The state attorney general announced $3 million in new funding for schools.", "economic"),
        # ... and alone still names the frame, as other titles do
        ("He hired a new lawyer.", "legality"),
        ("The attorney general sued the company on Monday.", "legality"),
        # "Sue" as a name is no lawsuit; "sue" is
        ("Sue Gordon has had a long and distinguished career.", "other"),
        ("The states will sue to block the rule.", "legality"),
        # a budget committee and a trade representative are an institution and a title, not money
        ("He chaired the Budget Committee for six years.", "political"),  # "committee" (weak)
        ("The US trade representative met his counterpart in Geneva.", "other"),
        # private life: a weak topic word of another frame no longer wins beside it
        ("Hundreds of guests came to his birthday party.", "other"),
        ("She celebrated her birthday with her girlfriend in Paris.", "other"),
        # a plain cue still does
        ("The birthday party cost the family $40,000.", "economic"),
    ],
)
def test_version_7_senses(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


@pytest.mark.parametrize(
    "sentence",
    [
        # senses the version's entries were narrowed against, read on fresh text
        "Emissions from the power sector rose 2 percent last year.",  # no "in power"
        "People's reactions to the noise were recorded by the researchers.",  # reactions: very weak
        "The viability of the project is in doubt.",  # viability: very weak
    ],
)
def test_version_7_senses_that_are_no_cue(sentence: str) -> None:
    assert primary_frame(sentence) == "other"
