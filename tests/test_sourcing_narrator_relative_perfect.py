"""Round 19 fix19c: a narrator's scare-quoted phrase, "which" after a clause about a person, and
perfect progressive reports ("has been saying", "I've been saying")."""

from __future__ import annotations

from analysis import analyze

_LEE = 'Sen. Ann Lee said on Monday that the bill "will cost far too much money." The bill passed in March. '


def _rows(text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(a.speaker, a.cue, a.quote_type, a.text) for a in analyze(text).sourcing.attributions]


def test_narrator_phrase_after_three_own_sentences_is_unattributed() -> None:
    text = _LEE + 'It funds roads and bridges. Tolls pay for half. In the end, the result is "a very mixed bag indeed."'
    result = analyze(text).sourcing
    assert [(a.speaker, a.text) for a in result.attributions] == [("Sen. Ann Lee", "will cost far too much money")]
    assert result.unattributed_quotes == ((text.index("a very mixed"), text.index("a very mixed") + len("a very mixed bag indeed")),)


def test_partial_quote_two_sentences_after_speaker_still_continues() -> None:
    text = _LEE + 'It funds roads and bridges. In the end, the result is "a very mixed bag indeed."'
    assert _rows(text) == [
        ("Sen. Ann Lee", "said", "partial", "will cost far too much money"),
        ("Sen. Ann Lee", None, "partial", "a very mixed bag indeed"),
    ]


def test_partial_quote_in_a_sentence_with_a_speech_verb_is_left_to_the_other_stages() -> None:
    # (the speech verb makes the sentence a report: its own subject speaks, not "nobody")
    text = _LEE + 'It funds roads and bridges. Tolls pay for half. '
    text += 'She weaves in tax relief, arguing it will "help every family in the state."'
    assert _rows(text)[-1] == ("She", "arguing", "partial", "help every family in the state")


def test_partial_quote_repeating_the_speakers_words_continues() -> None:
    text = _LEE + 'It funds roads and bridges. Tolls pay for half. Yet it "will cost far too much money," as everyone knows.'
    assert _rows(text) == [
        ("Sen. Ann Lee", "said", "partial", "will cost far too much money"),
        ("Sen. Ann Lee", None, "partial", "will cost far too much money"),
    ]


def test_which_after_a_clause_about_a_person_is_the_thing_it_ends_with() -> None:
    text = "Host Jane Cole pressed Smith about the new Treasury report on debt, which warns that interest costs will double."
    result = analyze(text).sourcing
    assert [(a.speaker, a.cue, a.resolved_by) for a in result.attributions] == [("the new Treasury report on debt", "warns", "relative")]
    assert [(s.name, s.affiliation) for s in result.sources] == [("the new Treasury report on debt", None)]


def test_which_after_a_plain_noun_phrase_is_unchanged() -> None:
    assert _rows("The agency, which said the data were wrong, withdrew the study.") == [
        ("The agency", "said", "indirect", "the data were wrong, withdrew the study")]


def test_perfect_progressive_reports() -> None:
    assert _rows("The mayor has been saying that the budget is balanced.") == [
        ("The mayor", "has been saying", "indirect", "the budget is balanced")]
    assert _rows("Economists have been warning that inflation will rise.") == [
        ("Economists", "have been warning", "indirect", "inflation will rise")]


def test_perfect_progressive_with_contracted_auxiliary_keeps_the_bare_subject() -> None:
    assert _rows("I've been saying that the plan is a disaster.") == [("I", "'ve been saying", "indirect", "the plan is a disaster")]
    assert _rows("They’ve been warning that the dam would fail.") == [("They", "’ve been warning", "indirect", "the dam would fail")]
    assert _rows("We'd been arguing that taxes were too high.") == [("We", "'d been arguing", "indirect", "taxes were too high")]
