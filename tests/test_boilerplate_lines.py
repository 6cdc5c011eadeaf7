"""Page furniture a new-user trial found in real pages (round 8, finding 4), removed by the
boilerplate lexicon's patterns, and the article sentences that look like it, kept."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.article.clean import boilerplate_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Also on rt.com Journalists & politicians threatened with sedition arrests as the government purges rivals",
         "related-content list heading"),
        ("Like this story? Share it with a friend!", "share or social-media prompt"),
        ("With Post wires", "reporting or editing credit line"),
        ("With AFP wires", "reporting or editing credit line"),
        ("With wire services", "reporting or editing credit line"),
        ("10 p.m.", "time stamp of a live-updates story"),
        ("4:14 p.m.", "time stamp of a live-updates story"),
        ("___", "no letters or digits"),
    ],
)
def test_furniture_lines_are_removed_with_their_reason(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Also on Tuesday, the minister said the plan would go ahead.",
        "At 10 p.m. the police arrived at the station.",
        "With the help of wires and pulleys, the crew lifted the statue.",
        "Like this story, the last one ended in court.",
    ],
)
def test_article_sentences_that_look_like_furniture_are_kept(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_a_live_updates_story_keeps_its_updates_and_loses_its_time_stamps() -> None:
    text = (
        "The Latest: Storm hits coast\n\n10 p.m.\n\nOfficials say the storm has cut power to 20,000 homes along the coast.\n\n"
        "___\n\n4:14 p.m.\n\nThe governor says shelters are open in three counties.\n\nWith Post wires"
    )
    article = load_article(text)
    assert article.body.split("\n\n") == [
        "Officials say the storm has cut power to 20,000 homes along the coast.",
        "The governor says shelters are open in three counties.",
    ]
    assert {r.reason for r in article.removed} >= {"time stamp of a live-updates story", "reporting or editing credit line"}
