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


# Version 7.2 (round 20): titles and office names, word senses, page furniture and a politician's
# tenure; sentences written for these tests, coded by hand with the guideline.
@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # the head of the FBI and a ministry of defence are offices named, not their frame's angle
        ("She would make a fine FBI director, the senator said.", "political"),
        ("The defense ministry published the statement on Sunday.", "other"),
        # ... while the FBI and the military acting still name theirs
        ("The FBI arrested two men at the airport.", "crime_punishment"),
        ("Troops were deployed along the border after the attack.", "security_defense"),
        # defending a record in an argument is no defence against a threat
        ("The governor came to her defense in a long interview.", "political"),
        ("The minister gave a spirited defense of the new policy.", "policy_prescription"),
        # "the identity of the victim" is who a person is; a people's identity is still cultural identity
        ("Police have not released the identity of the victim.", "crime_punishment"),
        ("The station did not reveal the identity of the caller.", "other"),
        ("For the islanders, the language is the core of their identity.", "cultural_identity"),
        # a list of platforms is page furniture; the public's reaction named still counts
        ("Follow the museum on Facebook, Twitter and Instagram.", "other"),
        ("Thousands of Twitter users mocked the new logo.", "public_opinion"),
        # the public option is a policy, not the public
        ("The public option would compete with private insurers.", "policy_prescription"),
        # a crowd's audible reaction at a rally is public mood
        ("The crowd booed as he walked on stage.", "public_opinion"),
        # "popular" alone describes a product, not the public's attitude
        ("It is the most popular pasta shape in the country.", "other"),
        ("The plan enjoys popular support in the northern towns.", "public_opinion"),
        # religion named is identity unless an ethic goes with it
        ("Religious festivals shape the calendar of the whole village.", "cultural_identity"),
        ("It is a moral duty of every religious person to help the poor.", "morality"),
        # a pilot programme is a policy tried out; a pilot is a person
        ("The city will launch a pilot program for free bus passes.", "policy_prescription"),
        ("The pilot waved to the crowd before take-off.", "other"),
        # a politician's tenure and career
        ("Since she took office, the mayor has fired three aides.", "political"),
        ("She took office in January.", "political"),
        ("The nominee stumbled through his confirmation hearing.", "political"),
        ("His first 100 days were dominated by the feud with his own party.", "political"),
        ("Both campaigns have spent heavily on attack ads this month.", "political"),
        # a death dated in a biography is no health angle; a cause of death is
        ("His father died in 1988, when he was nine.", "other"),
        ("The actress, who died in April, left her house to the village.", "other"),
        ("Her father died of lung cancer at 61.", "health_safety"),
        # legalising is a policy change; signing it into law a policy made
        ("The group wants to legalize cannabis in the state by 2026.", "policy_prescription"),
        ("The governor signed the measure into law on Tuesday.", "policy_prescription"),
        # "to judge from" weighs evidence and names no judge
        ("To judge from the crowds, the new bridge is a hit.", "other"),
        ("A judge blocked the rule on Friday.", "legality"),
    ],
)
def test_version_7_2_cues_and_senses(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # health-care laws and programmes named are policies (as gun and immigration laws are)
        ("The governor wants to expand Medicaid to 300,000 more adults.", "policy_prescription"),
        ("Medicare will pay for the new drug from next year.", "policy_prescription"),
        # ... while health care itself is still health
        ("Nurses at the hospital treated 40 patients for smoke inhalation.", "health_safety"),
        # a name, regret and confidence are no ethics
        ("Churchill led Britain through the war.", "security_defense"),
        ("It's a shame the museum closes so early.", "other"),
        ("I had faith that the car would start.", "other"),
        # ... while shame and faith as ethics and religion still are morality
        ("Shame on those who profit from the suffering of refugees.", "morality"),
    ],
)
def test_version_7_2_health_policy_and_senses(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # money named, work sought, pay beside another money word
        ("Saving that much money takes most families a decade.", "economic"),
        ("Thousands came to the coast looking for work.", "economic"),
        ("Staff will be paid a bonus at the end of the year.", "economic"),
        # figures of speech and a very weak "pay" alone are no money
        ("Fans paid tribute to the singer on Sunday.", "other"),
        ("Please pay attention to the signs.", "other"),
        ("The midfielder is on loan from a club in Lisbon.", "other"),
    ],
)
def test_version_7_2_money(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame
