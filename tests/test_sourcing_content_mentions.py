"""Content and cue errors on real news (trial 13 F12, F17): a confession's object is not the next
clause, a quoted word after "the word" is a mention, an unlisted verb is still the cue, and "a
company spokesperson" speaks for the company last named."""

from __future__ import annotations

from analysis import analyze, load_article


def _attributions(body: str):
    return analyze(load_article("Court report\n\n" + body)).sourcing


def test_a_prepositional_object_stops_at_a_clause_with_a_new_subject() -> None:
    sourcing = _attributions("Michael Webb confessed to the crime and the jury took just 15 minutes to find him guilty.")
    assert [a.text for a in sourcing.attributions] == ["to the crime"]


def test_the_cut_leaves_noun_coordination_and_reported_clauses_alone() -> None:
    texts = [a.text for a in _attributions(
        "Ann Lee admitted to shoplifting and the theft of a car. "
        "The mayor said the plan was fair and the budget was balanced. "
        "Ann Lee vowed to cut taxes, and the council was pleased."
    ).attributions]
    assert "to shoplifting and the theft of a car" in texts
    assert "the plan was fair and the budget was balanced" in texts
    assert "to cut taxes, and the council was pleased" in texts  # an infinitive: left as it was


def test_a_quoted_word_after_the_word_is_a_mention() -> None:
    sourcing = _attributions(
        "Adam Neumann sold the company the right to use the word “We” for $5.9 million. "
        "He later asked the company to unwind the agreement."
    )
    assert not any(a.quote_type == "partial" and a.text == "We" for a in sourcing.attributions)


def test_a_speakers_quoted_word_is_still_speech() -> None:
    sourcing = _attributions("Ann Lee called the plan “reckless” on Monday.")
    assert [a.text for a in sourcing.attributions if a.quote_type == "partial"] == ["reckless"]


def test_an_unlisted_verb_after_a_quotation_is_the_cue() -> None:
    sourcing = _attributions("“Hands! Let me see your hands!” an officer ordered.")
    (attribution,) = sourcing.attributions
    assert attribution.cue == "ordered" and attribution.cue_lemma == "order"
    assert sourcing.sources[0].anonymity == "unnamed_participant"


def test_a_company_spokesperson_speaks_for_the_company_last_named() -> None:
    sourcing = _attributions(
        "WeWork is headquartered in New York City. A company spokesperson said the firm was cooperating."
    )
    (source,) = [s for s in sourcing.sources if s.name == "A company spokesperson"]
    assert source.affiliation == "WeWork"
    alone = _attributions("A company spokesperson said the firm was cooperating.")
    assert alone.sources[0].affiliation is None  # no company named: none guessed
