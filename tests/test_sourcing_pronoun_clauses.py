"""Speakers and the clause a name stands in (issue 15, round 7): a name behind a title in a
reported "that" clause is no subject a later "he said" follows; "As for
X," makes X the topic the next "he" is about; a subordinate clause's subject ("was complete when
Trump called", "as Mr. Hale suggested") is a subject when no other person is named before it in
the sentence; a title inside quoted words is no mention of the speaker; a clause with its own verb
before ", said <name>" is what the name said. Texts invented for the test; each expectation is a coder's."""

from __future__ import annotations

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _pronoun_names(text: str) -> list[str]:
    """The source name of each "he"/"she" attribution, in body order."""
    result = analyze_sourcing(load_article(text, headline="Story"))
    names = {s.source_id: s.name for s in result.sources}
    return [names[a.source_id] for a in result.attributions if (a.speaker or "").lower() in ("he", "she")]


def test_a_titled_name_in_a_reported_that_clause_is_not_the_next_he() -> None:
    # "said that Mr. Varga had ...": Varga is what Ostrowski spoke of; "He cautioned" is Ostrowski.
    # (Before: Peter Varga, the title "Mr." hid the "that" before the name.)
    text = (
        "Union members in Albany met the developer Peter Varga on Tuesday.\n\n"
        "Dan Ostrowski, the president of the local, said that Mr. Varga had generated excitement among "
        "his members, but that “a lot of people like the old plan.” He cautioned that they would need to hear "
        "more about wages."
    )
    assert _pronoun_names(text) == ["Dan Ostrowski"]


def test_as_for_a_name_makes_it_the_topic_of_the_next_he() -> None:
    # "As for Mr. Lund, he said he is not worried": the "he" is Lund, not Kemp who spoke before.
    # (Before: Carl Kemp; "for" made Lund an object.)
    text = (
        "Carl Kemp and Erik Lund spoke on Monday.\n\n"
        "Carl Kemp warned against a brokered convention. “That would be a disaster,” Kemp said.\n\n"
        "As for Mr. Lund, he said he is not worried about the delegates."
    )
    assert _pronoun_names(text) == ["Erik Lund"]


def test_a_subordinate_clause_subject_with_no_person_before_it_is_the_next_he() -> None:
    # The main clause's subject is no person ("The break was complete when ..."): Hale, the subject of
    # the "when" clause, is the "he" that vowed. (Before: Brandt, named in the paragraph before.)
    text = (
        "Senator Otto Brandt changed his position on the bill last spring.\n\n"
        "The break with the party was complete when Victor Hale in his first speech called the plan a "
        "disgrace. In the months after, he vowed to repeal it."
    )
    assert _pronoun_names(text) == ["Victor Hale"]


def test_a_comparison_clause_after_a_speaker_is_not_the_next_he() -> None:
    # "just as President Lincoln did": a subordinate clause's subject after Reid, the main clause's;
    # the "he said" is Reid's.
    text = (
        "Senator Harold Reid spoke in an interview on Monday.\n\n"
        "Reid raised the example of the last election, just as President Abraham Lincoln did in building "
        "a team of rivals. “It was a brilliant move,” he said."
    )
    assert _pronoun_names(text) == ["Harold Reid"]


def test_a_title_inside_the_quoted_words_is_not_a_mention_of_the_speaker() -> None:
    # "the president" inside the spokesman's own quotation is whom he spoke of: the "he" is the
    # spokesman, the speaker of the sentence before. (Before: Mark Delaney, "the president" in the quote.)
    text = (
        "President Mark Delaney said the audit was fair.\n\n"
        "White House spokesman Peter Hale said Delaney was not targeting the auditors.\n\n"
        "“It is not uncommon to hear a lawmaker complain about the president's choice of words,” he said."
    )
    assert _pronoun_names(text) == ["Peter Hale"]


def _speakers(text: str) -> list[tuple[str, str]]:
    result = analyze_sourcing(load_article(text, headline="Story"))
    names = {s.source_id: s.name for s in result.sources}
    return [(a.speaker or "", names[a.source_id]) for a in result.attributions]


def test_a_clause_before_said_and_a_name_is_what_the_name_said() -> None:
    # "…, since many rulings were decided by one vote, said Ruth Keller, who teaches law ...": the clause
    # before the comma is what Keller said, not a speaker. (Before: the clause was taken as the speaker.)
    text = (
        "The court has one vacancy.\n\n"
        "The stakes are high since many of the rulings were decided by a single vote, said Ruth Keller, "
        "who teaches law at the state university."
    )
    assert [name for _, name in _speakers(text)] == ["Ruth Keller"]


def test_a_name_with_its_relative_clause_before_said_stays_the_speaker() -> None:
    # "Roy Neel, who managed the campaign, said ...": the comma closes the speaker's relative clause.
    text = "The race tightened.\n\nRoy Neel, who managed the 1992 campaign, said Friday that the lead was safe."
    assert [name for _, name in _speakers(text)] == ["Roy Neel"]
