""""Washington state" is the US state, a place, not the United States (new-user trial 18, F10: the
actor table gave the United States a negative tone from "Washington state has stopped coal export
terminals"). The capital alone still names the country."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.actors import find_actors


def _actors(text: str) -> list[tuple[str, str, str]]:
    return [(m.actor, m.kind, m.text) for m in find_actors(load_article(text)).mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Washington state has stopped coal export terminals, the agency chief said.",
        "Officials in Washington State said the ferry would run again.",
        "The plan angered Washington state's governor.",
    ],
)
def test_washington_followed_by_state_is_no_country(text: str) -> None:
    assert not any(actor == "United States" for actor, _, _ in _actors(text))


def test_washington_alone_still_names_the_country() -> None:
    assert _actors("Washington said on Monday it would send troops. Washington state officials disagreed.") == [
        ("United States", "country", "Washington")
    ]


def test_a_name_that_goes_on_after_state_is_the_body_it_names() -> None:
    assert _actors("Washington State University said the study was sound.") == [
        ("Washington State University", "organisation", "Washington State University")
    ]
