"""Reporting patterns of real news found missing on the PolNeAR train split (issue 15).

Every sentence here is invented; each test asserts the speaker, the content and the kind.
"""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _found(text: str) -> list[tuple[str, str, str]]:
    result = analyze_sourcing(load_article(text, headline="Story"))
    return [(a.quote_type, a.speaker, a.text) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The water board now says the pipes are safe.", ("indirect", "The water board", "the pipes are safe")),
        ("The union has long argued that wages are too low.", ("indirect", "The union", "wages are too low")),
        ("The local paper first reported that the mill would close.", ("indirect", "The local paper", "the mill would close")),
        ("The mayor has since said that she regrets the vote.", ("indirect", "The mayor", "she regrets the vote")),
    ],
)
def test_adverb_between_subject_and_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)
