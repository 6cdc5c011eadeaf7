"""Tests for analysis/framing/names.py: a cue word inside a multi-word proper name ("Emergency" in
"the Ohio Emergency Management Agency") names the body, not the consideration. The sentences were
written for these tests in the way news names agencies, funds and schools."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.framing import analyze_framing
from analysis.framing.names import inside_name, name_categories, name_runs, outside_names, title_case


def _inside(text: str, word: str) -> bool:
    start = text.index(word)
    return inside_name(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The Ohio Emergency Management Agency said it would review the payments.", "Emergency", True),
        ("Students at the London School of Economics staged a walkout.", "Economics", True),
        ("Money from the Highway Trust Fund will pay for the bridge.", "Fund", True),
        # a sentence's or a quotation's first word is capitalised whatever it is
        ("Emergency crews reached the village at dawn.", "Emergency", False),
        ('Protesters carried signs that read "Greed Kills" outside the bank.', "Greed", False),
        # the cue is the whole capitalised run: no longer name around it
        ("Officials declared a state of Emergency on Monday.", "Emergency", False),
        # lower case is no name
        ("Officials declared an emergency on Monday.", "emergency", False),
    ],
)
def test_inside_name(text: str, word: str, expected: bool) -> None:
    assert _inside(text, word) is expected


def test_connectors_join_one_name_and_edges_are_left_out() -> None:
    text = "A spokesman for the Department of Public Health said on Friday."
    runs = [(text[s:e], n) for s, e, n in name_runs(text)]
    assert ("Department of Public Health", 3) in runs
    assert ("Friday", 1) in runs


def test_title_case_and_capitals_mark_no_names() -> None:
    headline = "Emergency Crews Battle Wildfire Near Ventura"
    assert title_case(headline)
    assert not _inside(headline, "Battle")
    shouted = "Residents say WATER CRISIS NOT OVER as the pipes stay shut."
    assert not _inside(shouted, "CRISIS")  # all-caps words: emphasis, not a name
    embedded = "(Read more: Severe Storms Threaten To Swing Tight Races) Voters went to the polls."
    assert not _inside(embedded, "Swing")  # a capitalised "To" inside the run: a title, not a name


def test_outside_names_only_for_the_listed_categories() -> None:
    text = "The Ohio Emergency Management Agency said it would review the payments."
    start = text.index("Emergency")
    spans = [(start, start + len("Emergency"), "term")]
    assert "cue:urgency" in name_categories() and "cue:government" not in name_categories()
    assert outside_names("cue:urgency", text, spans) == []
    assert outside_names("cue:government", text, spans) is spans  # actors' names are what they say
    assert outside_names("policy:security_defense", text, spans) is spans
    lower = [(0, 3, "term")]
    assert outside_names("cue:urgency", "the emergency", lower) is lower


def test_the_scan_drops_urgency_inside_an_agency_name() -> None:
    """The hook in ``cues.scan`` (``kept = outside_names(category, text, kept)``), end to end."""
    ones = dict.fromkeys(["RS5"], 1)
    agency = "The Ohio Emergency Management Agency said it would review all relief payments made by the county."
    assert not analyze_framing(load_article(agency, headline="Report"), thresholds=ones).item("RS5").answer
    urgent = "The governor declared an emergency and said the county must act now."
    assert analyze_framing(load_article(urgent, headline="Report"), thresholds=ones).item("RS5").answer
