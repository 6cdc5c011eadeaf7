"""Hand-checked expectations for lexicon version 7.1 of the policy frames (round 19, issue #17): a
company's titles are no cue ("who speaks does not decide the frame", the coding guideline), while the
same words outside a title still are; and the round-19 rule variants of ``scripts/cv_policy_frames.py``
(none adopted) on sentences written for these tests."""

from __future__ import annotations

import pytest
from scripts_module import load_script

from analysis.validation.policy_frames import primary_frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # a business's titles: no frame of their own
        ("The startup has named Jane Ruiz its new President and CEO.", "other"),
        ("Ivan will join the team as Chief Strategy Officer in May.", "other"),
        ("The chief financial officer left the software maker last week.", "other"),
        ("Its chief data officer said the launch went well.", "other"),
        # the same words outside a title still name their frame
        ("Police officers arrested two men outside the bank.", "crime_punishment"),
        ("The president vetoed the bill on Friday.", "political"),
        ("The agency's strategy to cut emissions has failed, the report says.", "policy_prescription"),
        # a title beside the frame's own words: the words decide
        ("The chief executive officer was charged with fraud.", "crime_punishment"),
        # titles of office and a defendant's lawyers are no defence against a threat
        ("The defense secretary arrived in Tokyo on Monday.", "other"),
        ("His defense attorney asked the judge for more time.", "legality"),
        ("Former national security adviser John Bolton has a new book out.", "other"),
        ("Troops were sent to defend the border.", "security_defense"),
        # a department's name is no quality-of-life cue; housing itself still is
        ("The Housing and Urban Development secretary toured the city on Monday.", "other"),
        ("Families are living in cramped housing with no heating.", "quality_of_life"),
        # a fatal blow to a cause is a setback, not a death
        ("The testimony was not a fatal blow to his nomination.", "political"),
        ("The crash was fatal for two passengers.", "health_safety"),
    ],
)
def test_business_titles_are_no_cue(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


@pytest.fixture(scope="module")
def cv():
    return load_script("cv_policy_frames")


SENTENCES = (
    "Democrats lead in the poll.",
    "I was so angry with him that night.",
    "The senator voted for the bill, and Republicans in Congress praised the vote.",
    "The new tariffs will add about $800 a year to the average household's bills.",
    "It was a sunny afternoon.",
)


def test_the_variants_first_setting_is_the_rule(cv) -> None:
    evidence = cv.evidence_of(SENTENCES)
    rule = [p[0] for p in cv.predictions(SENTENCES, [{}])]
    assert rule == ["political", "public_opinion", "political", "economic", "other"]
    for settings in cv.VARIANTS.values():
        assert [cv.variant_decide(e, s, settings[0]) for e, s in zip(evidence, SENTENCES, strict=True)] == rule


def test_each_variant_moves_what_it_names(cv) -> None:
    poll, angry, vote, _, _ = cv.evidence_of(SENTENCES)
    # a poll report weighing two cues outweighs one party word (political, 1)
    assert cv.variant_decide(poll, SENTENCES[0], {"poll_weight": 2.0}) == "public_opinion"
    # "angry" (public opinion, 0.5) in a first-person sentence: a private remark
    assert cv.variant_decide(angry, SENTENCES[1], {"first_person": 1.0}) == "other"
    assert cv.variant_decide(angry, SENTENCES[1], {"min_public_opinion": 0.75}) == "other"
    # the political cues (senat*, voted, bill's policy cue aside) stay ahead under a cap or a decay
    assert cv.variant_decide(vote, SENTENCES[2], {"cap": 1.0}) == "political"
    assert cv.variant_decide(vote, SENTENCES[2], {"decay": 0.5}) == "political"
