"""One reading of "be" and adverbs before a verb, shared by the cue guard and the accused party,
and the progressive it also reads ("was also saying"; round 18 closing note).

Sentences written for these tests; every expectation checked by hand.
"""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing
from analysis.sourcing.passive_adverbs import (
    MAX_PASSIVE_ADVERBS,
    PASSIVE_ADVERBS,
    adverbs_then_passive,
    auxiliary_before_adverbs,
    is_passive_adverb,
    progressive_start,
)


def attributions(text: str) -> list[tuple[str, str, str, str]]:
    """(source name, speaker type, cue, content) of each attribution."""
    result = analyze_sourcing(load_article(text))
    return [(result.sources[a.source_id].name, result.sources[a.source_id].speaker_type, a.cue, a.text) for a in result.attributions]


def verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(r.party, r.kind, r.verdict) for r in analyze_sourcing(load_article(text)).right_of_reply]


@pytest.mark.parametrize(("word", "adverb"), [
    ("widely", True), ("also", True), ("now", True), ("still", True), ("much", True), ("never", True),
    ("July", False), ("family", False), ("only", False), ("early", False), ("the", False),
])
def test_one_adverb_list(word: str, adverb: bool) -> None:
    assert is_passive_adverb(word.lower()) is adverb


def test_the_list_joins_both_stages_lists() -> None:
    # the cue guard's ("ever", "still", "already", "even", "just", "further", "never") and the accused
    # party's ("much", "now") are one list
    assert {"ever", "still", "already", "even", "just", "further", "never", "much", "now"} <= PASSIVE_ADVERBS
    assert MAX_PASSIVE_ADVERBS == 3


@pytest.mark.parametrize(("before", "passive"), [
    ("She was widely ", True),
    ("It has been also roundly ", True),
    ("Acme is now ", True),  # (the cue guard lacked "now")
    ("He was also not widely ", True),  # three adverbs
    ("He was one of three ", False),
    ("The vote was in July ", False),
    ("Ann Cole also ", False),
])
def test_text_reading(before: str, passive: bool) -> None:
    assert adverbs_then_passive(before, 0, len(before)) is passive


@pytest.mark.parametrize(("words", "k", "aux"), [
    (["he", "was", "widely", "criticized"], 3, 1),
    (["acme", "is", "still", "accused"], 3, 1),  # (the accused-party stage lacked "still")
    (["the", "family", "was", "accused"], 3, 2),
    (["acme", "has", "accused"], 2, None),
    (["it", "was", "in", "july", "accused"], 4, None),  # "July" is no adverb (the tokens reading took any "-ly")
])
def test_token_reading(words: list[str], k: int, aux: int | None) -> None:
    assert auxiliary_before_adverbs(words, k, frozenset({"is", "are", "was", "were", "been", "being"})) == aux


def test_accused_subject_of_a_still_passive() -> None:
    text = "Firm under fire\n\nCarver Steel was still accused by Greenpeace of hiding the spill. The firm declined to comment."
    assert verdicts(text) == [("Carver Steel", "organisation", "sought_but_silent")]


def test_now_passive_is_no_report() -> None:
    text = "Plan attacked\n\nThe plan is now widely criticized by unions. Minister Ravi Shah said the plan would stay."
    assert attributions(text) == [("Ravi Shah", "named_person", "said", "the plan would stay")]


# --------------------------------------------------------------------------------------------
# the progressive with adverbs ("has been saying" is left: on PolNeAR train its "I’ve been saying"
# made a speaker "I’ve")


@pytest.mark.parametrize(("before", "start"), [
    ("He was also ", 3),
    ("She is still ", 4),
    ("She’s now ", 10),  # the contracted "’s": the cue starts at the verb
    ("He was not also ", None),  # a negation reports nothing
    ("He also ", None),
])
def test_progressive_start(before: str, start: int | None) -> None:
    assert progressive_start(before, 0, len(before)) == start


def test_one_sentence_article_progressive_with_adverb() -> None:
    assert attributions("He was also saying that the plan would fail.") == [
        ("He", "unresolved", "was also saying", "the plan would fail")]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Cole was also warning that the plan would fail.", "was also warning"),
    ("She is still insisting that the plan would fail.", "is still insisting"),
    ("She’s now claiming that the plan would fail.", "claiming"),
])
def test_progressive_forms_are_reports(sentence: str, cue: str) -> None:
    text = f"Plan\n\nAnn Cole spoke on Monday. {sentence}"
    assert attributions(text) == [("Ann Cole", "named_person", cue, "the plan would fail")]


def test_participle_after_a_clause_stays_one() -> None:
    assert attributions("Plan\n\nAnn Cole spoke, also saying that the plan would fail.") == [
        ("Ann Cole", "named_person", "saying", "the plan would fail")]


def test_negated_progressive_is_no_report() -> None:
    assert attributions("Plan\n\nAnn Cole spoke on Monday. She was not also saying that the plan would fail.") == []
