"""Two parties sought in one sentence, "Neither X nor Y have responded to a request for comment" /
"could be reached" (round 15 trial F8): one no-comment or unreachable record per party, and the
right-of-reply verdict of an accused one is ``sought_but_silent`` (``analysis/sourcing/neither_nor.py``)."""

from __future__ import annotations

from sourcing_rows import attribution_rows, sourcing_of


def _kinds(text: str) -> list[tuple[str, str]]:
    result = sourcing_of(text)
    return [(a.speaker, a.statement_kind) for a in result.attributions]


def test_each_party_of_neither_nor_was_sought() -> None:
    text = "Carver Steel was charged with fraud on Monday. Neither Carver Steel nor its lawyers have responded to requests for comment."
    assert attribution_rows(text) == [
        ("indirect", "Carver Steel", "Carver Steel", "have responded to requests for comment"),
        ("indirect", "its lawyers", "its lawyers", "have responded to requests for comment"),
    ]
    assert _kinds(text) == [("Carver Steel", "no_comment"), ("its lawyers", "no_comment")]
    assert [(r.party, r.verdict) for r in sourcing_of(text).right_of_reply] == [("Carver Steel", "sought_but_silent")]


def test_neither_nor_could_be_reached_is_unreachable() -> None:
    text = "Carver Steel was charged with fraud on Monday. Neither Carver Steel nor Mayor Ann Lee could be reached for comment on Tuesday."
    assert _kinds(text) == [("Carver Steel", "unreachable"), ("Mayor Ann Lee", "unreachable")]
    assert [(r.party, r.verdict) for r in sourcing_of(text).right_of_reply] == [("Carver Steel", "sought_but_silent")]
    text = "Neither the mayor nor the council immediately responded to requests for comment."
    assert _kinds(text) == [("the mayor", "no_comment"), ("the council", "no_comment")]


def test_the_trial_repro_gives_no_source_named_neither() -> None:
    # trial repro r10 (the surname "Roe" joins Jane Roe once the actor stage reads "Neither Roe" as "Roe")
    text = (
        "A city lawyer, Jane Roe, said the suit aims to hurt the industry. Her admission could hurt the city's appeal. "
        "Neither Roe nor the city's law office have responded to a request for comment."
    )
    assert _kinds(text) == [
        ("A city lawyer, Jane Roe", "statement"), ("Roe", "no_comment"), ("the city's law office", "no_comment"),
    ]
    assert not any(s.name.lower().startswith("neither") for s in sourcing_of(text).sources)


def test_a_request_named_by_whose_it_is() -> None:
    # reply.toml v8: "… to The Daily Caller News Foundation's request for comment" (the trial's nf166 wording)
    text = (
        "Carver Steel was charged with fraud on Monday. "
        "Carver Steel did not respond to The Daily Caller News Foundation's request for comment."
    )
    assert _kinds(text) == [("Carver Steel", "no_comment")]


def test_what_is_not_a_reporters_neither_nor() -> None:
    # inside another's report, two verbs ("neither confirmed nor denied"), no reply phrase
    text = "Ann Cole said neither the city nor the firm had responded to her letters. The firm neither confirmed nor denied the report."
    assert _kinds(text) == [("Ann Cole", "statement")]
    assert _kinds("Neither the mayor nor the council attended the meeting.") == []
