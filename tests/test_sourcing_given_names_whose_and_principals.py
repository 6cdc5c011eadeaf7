"""A lone given name speaks as a person; a "whose <noun> said" report ends with its clause; a
representative speaks for the person named with it (round 18 closing note).

Sentences written for these tests and the trial's repro F21 (the tester's own words); every
expectation checked by hand.
"""

from __future__ import annotations

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def sources(text: str) -> list[tuple[str, str, str | None]]:
    """(name, speaker type, affiliation) of each source."""
    return [(s.name, s.speaker_type, s.affiliation) for s in analyze_sourcing(load_article(text)).sources]


def contents(text: str) -> list[tuple[str, str]]:
    result = analyze_sourcing(load_article(text))
    return [(result.sources[a.source_id].name, a.text) for a in result.attributions]


def test_given_name_is_the_one_full_name() -> None:
    text = ("Brothers split over firm\n\nBob Cole and his brother Jim Cole run the family firm. Jim accused Bob of "
            "selling the land in secret. \"That is simply false,\" Cole said.")  # trial repro F21
    assert sources(text) == [("Jim Cole", "named_person", None), ("Bob Cole", "named_person", None)]


def test_given_name_alone_is_a_person() -> None:
    assert sources("Feud\n\nJim accused Bob of lying. Nobody else commented on the matter at all.") == [
        ("Jim", "named_person", None)]


def test_given_name_shared_by_two_stays_as_written() -> None:
    text = "Feud\n\nAnn Lee met Jim Hale and Jim Cole on Monday. Jim accused Bob of selling the land."
    assert [s[:2] for s in sources(text)] == [("Jim", "named_person")]


def test_whose_clause_ends_before_the_main_verb() -> None:
    text = "Row over the dam\n\nAcme Corp, whose spokesman said the firm had done nothing wrong, rejected the claim."
    assert contents(text) == [("Acme Corp's spokesman", "the firm had done nothing wrong")]


def test_whose_clause_ends_before_an_auxiliary() -> None:
    text = "Row over the dam\n\nAnn Cole, whose lawyer said the plan would fail, has left the city."
    assert contents(text) == [("Ann Cole's lawyer", "the plan would fail")]


def test_whose_clause_keeps_a_parenthesis_inside_the_report() -> None:
    text = "Row over the dam\n\nAnn Cole, whose lawyer said the firm, which employs 200, did nothing wrong, has left."
    assert contents(text) == [("Ann Cole's lawyer", "the firm, which employs 200, did nothing wrong")]


def test_person_owner_of_whose_lawyer_is_the_side() -> None:
    text = "Row over the dam\n\nAnn Cole, whose lawyer said the plan would fail, rejected the claim on Monday."
    assert sources(text)[0] == ("Ann Cole's lawyer", "anonymous", "Ann Cole")


def test_possessive_and_for_principals() -> None:
    assert sources("Row over the dam\n\nAnn Cole's spokesman said the plan would fail.") == [
        ("Ann Cole's spokesman", "anonymous", "Ann Cole")]
    assert sources("Row over the dam\n\nA spokesman for Ann Cole said the plan would fail.") == [
        ("A spokesman for Ann Cole", "anonymous", "Ann Cole")]
    assert sources("Row over the dam\n\nAnn Cole's longtime lawyer said the plan would fail.") == [
        ("Ann Cole's longtime lawyer", "anonymous", "Ann Cole")]


def test_a_relative_is_no_representative() -> None:
    assert sources("Row over the dam\n\nAnn Cole's brother said the plan would fail.") == [
        ("Ann Cole's brother", "anonymous", None)]
