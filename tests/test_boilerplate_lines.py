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
        # Round 10's trial: syndication credits and a channel's source line.
        ("Originally published on Live Science.", "reporting or editing credit line"),
        ("This article was originally published by Futurism. Read the original article.", "reporting or editing credit line"),
        ("First appeared in The Conversation", "reporting or editing credit line"),
        ("SOURCE: Al Jazeera News", "reporting or editing credit line"),
        ("Source: Reuters, AFP", "reporting or editing credit line"),
        ("Read the original article.", "related-content list heading"),
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
        "The novel was originally published in 1998 by a small press in Ohio and sold well.",
        "Sources: the ministry said on Monday that the count was wrong.",
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


def test_a_trailing_list_of_links_to_other_stories_is_removed() -> None:
    text = (
        "Telescope maps distant galaxies\n\n"
        "Astronomers have mapped ten thousand galaxies with a new telescope, the team said on Monday.\n\n"
        "The map shows how matter clumps over billions of years, said Ana Ruiz, who led the work.\n\n"
        "- 15 Amazing Images of Stars\n\n"
        "- The 11 Biggest Questions About Dark Matter\n\n"
        "Originally published on Space Daily."
    )
    article = load_article(text)
    assert [p.text[:12] for p in article.paragraphs] == ["Astronomers ", "The map show"]
    assert [(r.text, r.reason) for r in article.removed][-2:] == [
        ("- 15 Amazing Images of Stars", "related-content list"),
        ("- The 11 Biggest Questions About Dark Matter", "related-content list"),
    ]


def test_a_list_inside_the_story_or_of_sentences_stays() -> None:
    inside = (
        "Council sets out three priorities\n\n"
        "The council named its priorities for the year on Monday.\n\n"
        "- Housing for young families\n\n"
        "- Safer crossings near schools\n\n"
        "The mayor said the list would be reviewed in June."
    )
    assert len(load_article(inside).paragraphs) == 4
    sentences = (
        "Council sets out two rules\n\n"
        "The council adopted two rules on Monday.\n\n"
        "- Shops must close by ten o'clock.\n\n"
        "- Bars must close by midnight."
    )
    assert len(load_article(sentences).paragraphs) == 3


def test_a_channel_dateline_with_a_colon_is_taken_from_the_lede() -> None:
    article = load_article("Talks to resume\n\nDoha, Qatar: The emir said on Monday that talks would resume next week.")
    assert article.dateline == "Doha, Qatar"
    assert article.body.startswith("The emir said")
    # A list of names before a colon is no place.
    names = load_article("Firm grows\n\nSmith, Jones and Brown: The three partners said the firm would grow.")
    assert names.dateline is None and names.body.startswith("Smith, Jones")


# Round 11's trial: a corpus that stores each page as one line keeps its in-text link lines and the
# syndication notice inside the prose (invented text in the same shapes).
_ONE_LINE_PAGE = (
    "Regulators approved two export terminals on Thursday after months of delay. "
    "(RELATED: Another Northern Province Drops Its Fuel Levy After Election)The administration has pushed "
    "for faster approvals, officials said. (Read more: Ports Brace For Record Winter)"
    "\u201cThis is a breakthrough,\u201d the commissioner said. Content created by The Harbor Policy Foundation is "
    "available without charge to any eligible news publisher that can provide a large audience. For licensing "
    "opportunities of our original content, please contact licensing@harborpolicyfoundation. org."
)


def test_related_links_and_a_licence_notice_inside_one_line_are_cut_and_listed() -> None:
    article = load_article("Regulators clear terminals\n\n" + _ONE_LINE_PAGE)
    assert [r.reason for r in article.removed] == [
        "related-content link inside the text", "related-content link inside the text", "syndication licence notice"]
    assert article.removed[0].text == "(RELATED: Another Northern Province Drops Its Fuel Levy After Election)"
    assert "after months of delay. The administration has pushed for faster approvals" in article.body
    assert "RELATED" not in article.body and "Read more" not in article.body and "licensing" not in article.body
    assert article.body.endswith("\u201cThis is a breakthrough,\u201d the commissioner said.")


@pytest.mark.parametrize(
    "sentence",
    [
        # Brackets and the words without the promo label and colon are article text.
        "The report (related to last year's audit) found errors, the auditor said.",
        "Officials said the content created by the agency is available online to any reader.",
        "The ministry said: read more carefully before you sign.",
    ],
)
def test_sentences_that_only_resemble_inline_furniture_are_kept(sentence: str) -> None:
    article = load_article("A headline for the story\n\n" + sentence + " A second sentence follows here.")
    assert sentence in article.body and not article.removed
