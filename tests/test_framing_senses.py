"""Sense rules of the frame cues (frame_cues.toml versions 8 and 9): a cue word counts for a question only in
the sense the question asks about. Each rule is checked on our own sentences, in the sense it
excludes and in the sense it keeps (cue words alone, every threshold 1)."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.errors import LexiconError
from analysis.framing import analyze_framing
from analysis.framing.cues import NAME_WORD, _compile_term
from analysis.framing.result import ItemResult

ITEMS = ("RS1", "RS2", "RS3", "RS4", "RS5", "HI1", "HI2", "HI3", "HI4", "HI5",
         "CO1", "CO2", "CO3", "CO4", "MO1", "MO2", "MO3", "EC1", "EC2", "EC3")
ALL_ONE = dict.fromkeys(ITEMS, 1)


def _item(text: str, item: str) -> ItemResult:
    return analyze_framing(load_article(text, headline="Report"), thresholds=ALL_ONE).item(item)


@pytest.mark.parametrize(
    ("text", "item", "word"),
    [
        # a word of pace telling how fast something happened, or when
        ("Firefighters quickly put out the blaze at the warehouse.", "RS5", "quickly"),
        ("In the days immediately following the vote, the mayor stayed silent.", "RS5", "immediately"),
        ("The governor should resign, and the party swiftly distanced itself from him.", "RS5", "swiftly"),
        ("Investigators moved swiftly to seal the site.", "RS5", "swiftly"),
        ("Guards at the border quickly closed the crossing.", "RS5", "quickly"),  # a call word inside a word is none
        ("Two men were taken to hospital in critical condition.", "RS5", "critical"),
        ("The lights went out all at once.", "RS5", "at once"),
        # a sports league's or a company's division
        ("If they finish first in our division, they host the playoff game.", "CO1", "division"),
        ("She heads the bank's consumer lending division.", "CO1", "division"),
        # a rival named, a rival firm, the verb
        ("Rival Carter Hardware also reported lower sales.", "CO1", "Rival"),
        ("Its shares slipped while rival retailers held steady.", "CO1", "rival"),
        ("Solar power could rival coal within a decade.", "CO1", "rival"),
        # blaming oneself; the adjective "mock"
        ("The coach said the defence played badly. That is our fault.", "CO2", "fault"),
        ("Fans read mock drafts all week before the event.", "CO2", "mock"),
        ("Students staged a mock trial in the school hall.", "CO2", "mock"),
        # time spent
        ("The team spent Monday trying to move on from the loss.", "EC2", "spent"),
        ("She spent the afternoon with her grandchildren.", "EC2", "spent"),
        # missing a target, a meeting
        ("Sales rose 2 percent, missing the 3 percent gain analysts expected.", "HI3", "missing"),
        ("The retailer's profit fell, missing estimates for the quarter.", "HI3", "missing"),
        ("The minister left early, missing a vote on the budget.", "HI3", "missing"),
        # version 9 (round-9 trial): comparison, not disagreement; a sports play; the idiom "by virtue of"
        ("The euro slipped 0.3 percent versus the dollar on Tuesday.", "CO1", "versus"),
        ("Sales were up 4 percent vs. a year earlier.", "CO1", "vs."),
        ("The defenseman blocked a shot late in the third period.", "CO1", "blocked"),
        ("He blocked the punt and ran it back for a touchdown.", "CO1", "blocked"),
        ("She was invited by virtue of her position on the board.", "MO1", "virtue"),
    ],
)
def test_the_excluded_sense_answers_nothing(text: str, item: str, word: str) -> None:
    result = _item(text, item)
    assert word not in [c.text for c in result.cues]
    assert not result.answer, result.evidence_text()


@pytest.mark.parametrize(
    ("text", "item", "words"),
    [
        # a word of pace in a call for action, and the pace of a demanded act
        ("Doctors said the clinic should reopen immediately.", "RS5", ["should", "immediately"]),
        ("Residents urged the city to clear the drains swiftly.", "RS5", ["urged", "swiftly"]),
        ("The bridge must be closed quickly before the flood peaks.", "RS5", ["must", "quickly"]),
        ("Aid groups demanded an immediate ceasefire.", "RS5", ["immediate ceasefire"]),
        ("Congress has to act quickly.", "RS5", ["act quickly"]),
        ("The hospital is in a critical situation, its director said.", "RS5", ["critical"]),
        ("The minister told the army to withdraw at once.", "RS5", ["at once"]),
        # a rift
        ("The vote exposed deep divisions within the party over trade.", "CO1", ["deep divisions"]),
        ("There is division within the coalition over the budget.", "CO1", ["division within"]),
        ("Racial divisions have grown since the shooting.", "CO1", ["Racial divisions"]),
        ("The divisions over the budget have deepened.", "CO1", ["divisions"]),
        # rivals in conflict; a physical fight between people
        ("Gunfire broke out between rival militias in the capital.", "CO1", ["rival"]),
        ("The two players were involved in a heated altercation after the game.", "CO1", ["altercation"]),
        ("Senate Republicans blocked the bill on Thursday.", "CO1", ["blocked"]),
        # reproach of another party
        ("The union said the delays were the ministry's fault.", "CO2", ["fault"]),
        ("The senator mocked the governor's plan on television.", "CO2", ["mocked"]),
        ("Honesty is a virtue the council has lost, the pastor said.", "MO1", ["virtue"]),
        ("Critics were quick to mock the proposal.", "CO2", ["to mock"]),
        ("Late-night hosts mock Johnson every week.", "CO2", ["mock Johnson"]),
        # money spent
        ("The city spent heavily on new buses.", "EC2", ["spent"]),
        ("Government spending this year rose sharply.", "EC2", ["spending"]),
        # people missing
        ("Three fishermen are still missing after the storm.", "HI3", ["missing"]),
        ("Rescuers searched the river for the missing children.", "HI3", ["missing"]),
    ],
)
def test_the_kept_sense_still_answers(text: str, item: str, words: list[str]) -> None:
    result = _item(text, item)
    assert result.answer, result.cues
    assert [c.text for c in result.cues if c.text in words] == words


def test_a_call_for_action_needs_the_pace_word_in_its_clause() -> None:
    """The call word comes first, in the same clause; the evidence shows both words."""
    result = _item("Officials must decide soon, but the crews quickly left the site.", "RS5")
    assert not result.answer
    result = _item("Quickly, the crews left the site, as officials must.", "RS5")
    assert not result.answer
    result = _item("The agency should immediately recall the cars.", "RS5")
    assert [(c.category, c.text) for c in result.cues] == [("cue:action_call", "should"), ("cue:urgency_pace", "immediately")]


def test_a_negated_pace_word_is_no_urgency() -> None:
    result = _item("The board should not immediately raise fees.", "RS5")
    assert not result.answer
    assert [c.text for c in result.negated] == ["immediately"]


def test_the_name_word_matches_a_capitalised_word_only() -> None:
    _, _, term = _compile_term(f"rival {NAME_WORD}", "cue:disagreement", True)
    assert term.pattern.match("rival Lowe's was lower").group(0) == "rival Lowe's"
    assert term.pattern.match("Rival McKay Stores").group(0) == "Rival McKay"
    assert term.pattern.match("rival factions") is None
    assert term.second is None  # any word may follow "rival": no next-token shortcut


def test_the_name_word_cannot_start_a_term() -> None:
    with pytest.raises(LexiconError):
        _compile_term(f"{NAME_WORD} rival", "cue:disagreement", True)


def test_a_pace_word_inside_a_name_is_no_urgency() -> None:
    result = _item("Fans urged Taylor Swift to add a second show in the city.", "RS5")
    assert not result.answer, result.cues
