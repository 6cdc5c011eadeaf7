"""A name that modifies the head of a speaker phrase is not the speaker (round 17; trial 16's
"Bloomberg-Steyer-funded study" credited to Michael Bloomberg, and "The Trump Administration said"
read as Donald Trump)."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _sources(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.speaker_type) for s in analyze_sourcing(load_article(text)).sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruling\n\nThe Trump-appointed judge said the policy was lawful. Donald Trump welcomed the ruling.",
         [("The Trump-appointed judge", "anonymous")]),
        ("Plan\n\nThe Trump Administration said it would repeal the rule. Donald Trump signed the order.",
         [("Trump Administration", "institution")]),
        ("Rally\n\nTrump supporters said they would vote. Donald Trump thanked them.",
         [("Trump supporters", "anonymous")]),
        # the person named in the phrase after the modifier speaks
        ("Ruling\n\nThe Obama-appointed judge Ann Lee said the policy was unlawful. Barack Obama said nothing.",
         [("Ann Lee", "named_person")]),
        # a name that is the speaker stays the speaker
        ("Ruling\n\nDonald Trump said the policy was lawful. He welcomed the ruling.",
         [("Donald Trump", "named_person")]),
    ],
)
def test_a_name_modifying_the_head_is_not_the_speaker(text, expected):
    assert _sources(text) == expected
