"""The news sentence splitter: one test per rule, and the Golden Rules peer suite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.article.sentences import split_sentences

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "external" / "sentence_boundaries" / "golden_rules_en.jsonl"


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Abbreviations and titles.
        ("The U.S. Army said so. It left.", ["The U.S. Army said so.", "It left."]),
        ("He lives in the U.S. He moved in 2010.", ["He lives in the U.S.", "He moved in 2010."]),
        ("The U.N. envoy spoke. Talks resumed.", ["The U.N. envoy spoke.", "Talks resumed."]),
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("Gen. Dunford and Sen. McCain spoke.", ["Gen. Dunford and Sen. McCain spoke."]),
        ("The vote is on Jan. 5 this year. Polls open early.", ["The vote is on Jan. 5 this year.", "Polls open early."]),
        ("They met at St. Mary's church. It rained.", ["They met at St. Mary's church.", "It rained."]),
        ("The deal with Pitt, Briggs & Co. closed. It was big.", ["The deal with Pitt, Briggs & Co. closed.", "It was big."]),
        # Decimals and money.
        (
            "It cost $2.5 million, up 3.5% on last year. Nobody objected.",
            ["It cost $2.5 million, up 3.5% on last year.", "Nobody objected."],
        ),
        # Initials.
        ("John F. Kennedy was shot in 1963. The nation mourned.", ["John F. Kennedy was shot in 1963.", "The nation mourned."]),
        # Sentences ending inside a closing quote.
        ('He said "It is over." Then he left.', ['He said "It is over."', "Then he left."]),
        ("“It is over.” She left.", ["“It is over.”", "She left."]),
        ("“We will go,” he said. “It is over.”", ["“We will go,” he said.", "“It is over.”"]),
        # Several sentences inside one quote.
        ("“We came. We saw. We won,” she said.", ["“We came.", "We saw.", "We won,” she said."]),
        # A question inside a quote followed by a lower-case attribution is one sentence.
        ("“Why?” he asked. Nobody knew.", ["“Why?” he asked.", "Nobody knew."]),
        # Headline without a full stop: one sentence.
        ("Russia accused of bombing US-backed militants in Syria", ["Russia accused of bombing US-backed militants in Syria"]),
        ("Wait! What happened? Nobody knows…", ["Wait!", "What happened?", "Nobody knows…"]),
        # The pronoun "I" ends a sentence; an "I." after a name, or before another initial, does not.
        ("My wife and I. Later we left.", ["My wife and I.", "Later we left."]),
        ("It was my wife and I. “We left,” she said.", ["It was my wife and I.", "“We left,” she said."]),
        ("Queen Mary I. Tudor ruled.", ["Queen Mary I. Tudor ruled."]),
        ("It was designed by I. M. Pei in 1989.", ["It was designed by I. M. Pei in 1989."]),
        # "Nº." and "N°." are "No.": not a sentence end before a number.
        ("He lives at Nº. 12 Main Street. It rained.", ["He lives at Nº. 12 Main Street.", "It rained."]),
        # Ellipses: unspaced before a capital ends; three spaced dots are an omission; four after a
        # space end the sentence; a full stop on the word then three spaced dots ends at the word.
        ("The mayor paused... Then he spoke.", ["The mayor paused...", "Then he spoke."]),
        ("He said the plan . . . Council would vote.", ["He said the plan . . . Council would vote."]),
        ("The plan was final . . . . Council voted.", ["The plan was final . . . .", "Council voted."]),
        ("The plan was final. . . . Council voted.", ["The plan was final.", ". . . Council voted."]),
        ('She wrote "the plan [...] will pass" (Daily News). It did.', ['She wrote "the plan [...] will pass" (Daily News).', "It did."]),
        ("“We cut the budget […]” The council agreed.", ["“We cut the budget […]” The council agreed."]),
        # Lists: a paragraph that opens with a marker; the next marker in sequence starts a sentence.
        ("1. Cut taxes 2. Hire teachers 3. Fix roads", ["1. Cut taxes", "2. Hire teachers", "3. Fix roads"]),
        ("1) Cut taxes. 2) Hire teachers.", ["1) Cut taxes.", "2) Hire teachers."]),
        ("• 4. Cut taxes • 5. Hire teachers", ["• 4. Cut taxes", "• 5. Hire teachers"]),
        ("a) Cut taxes b) Hire teachers", ["a) Cut taxes", "b) Hire teachers"]),
        # Not a list: numbers in prose, or out of sequence.
        ("The vote was 7 to 2. Then the council left.", ["The vote was 7 to 2.", "Then the council left."]),
        ("1) Cut taxes 3) Hire teachers", ["1) Cut taxes 3) Hire teachers"]),
        ("A. Smith won the seat and B. Jones lost.", ["A. Smith won the seat and B. Jones lost."]),
    ],
)
def test_news_cases(text, expected):
    assert sentences(text) == expected


def test_golden_rules_peer_suite():
    cases = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    exact = sum(sentences(case["text"]) == case["sentences"] for case in cases)
    # 47 of 48, as many as pySBD (the reference, which costs superlinear time; see the module).
    # Still failing: case 18, "… at 6 P.M. Mr. Smith then went …", which the suite itself marks
    # known_hard: "a.m."/"P.M." before "Mr." must end the sentence there but not in the same
    # sentence's "At 5 a.m. Mr. Smith went"; nothing in the punctuation tells the two apart.
    assert exact == 47


@given(st.text(alphabet=st.sampled_from(list("ab .!?“”\"'’U.S.Mr \n")), max_size=300))
@settings(max_examples=300, deadline=None)
def test_spans_are_ordered_non_overlapping_and_stripped(text):
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end
    # Nothing but white space is left between sentences.
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


@pytest.mark.parametrize("unit", [".", "!?", "“”", "a", "U.S. ", ". ", "1. a ", "a. b. ", " . . . . A", "[...] A", "and I. B "])
def test_pathological_input_is_handled(unit):
    # Linear time on these is measured in benchmarks/bench_core.py; here: a sane answer.
    text = unit * 100_000
    spans = split_sentences(text)
    assert all(0 <= start < end <= len(text) for start, end in spans)
