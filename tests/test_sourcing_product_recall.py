"""'Recall' in a product-recall story is an act, not speech (new-user trial 7, F4/F7): with an
object ("is recalling 200,000 strollers") it reports no words, and the lede's real speaker
("…, federal regulators said") is found; remembering aloud ("recalled that …", "“…,” she
recalled") still reports what was said. Every sentence here is invented.

``recall`` in lexicons/speech_verbs.toml has ``needs = "not_product"`` (v3): any complement but a
quantity or "its" ("recalled 40,000 high chairs", "recalled its SUVs"). A first version asked for a
clause or quotation, which lost remembering aloud with a plain object ("recalled sitting in on focus
groups", "recalled Ali's generosity"): seven attributions PolNeAR's coders count, on train."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _found(text: str) -> list[tuple[str, str, str]]:
    result = analyze_sourcing(load_article(text, headline="Story"))
    return [(a.speaker, a.cue, a.text) for a in result.attributions]


def test_a_product_recall_in_the_lede_is_the_regulators_report() -> None:
    found = _found(
        "BrightPath Baby is recalling about 200,000 strollers sold in the United States and Canada after dozens of "
        "reports that the frames folded, federal regulators said on Wednesday."
    )
    assert [(speaker, cue) for speaker, cue, _ in found] == [("federal regulators", "said")]
    assert found[0][2].startswith("BrightPath Baby is recalling about 200,000 strollers")


@pytest.mark.parametrize(
    "text",
    [
        "The company was founded in 2015. It recalled 40,000 high chairs in 2021 over a faulty seat belt.",
        "Halvorsen Motors recalls 1,200 trucks over brake faults.",
        "Ford recalled its Explorer SUVs over a faulty brake line.",
    ],
)
def test_recalling_a_product_is_no_speech(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She recalled that the water rose within minutes.", ("She", "recalled", "the water rose within minutes")),
        ("“The water rose within minutes,” she recalled.", ("she", "recalled", "The water rose within minutes")),
        ("The mayor recalled, “It was chaos.”", ("The mayor", "recalled", "It was chaos.")),
        ("Smith recalled: “We had nothing.”", ("Smith", "recalled", "We had nothing.")),
        ("Ms. Ortiz recalled sitting in the flooded kitchen with her children.",
         ("Ms. Ortiz", "recalled", "sitting in the flooded kitchen with her children")),
        ("The pastor recalled his father's generosity toward strangers.",
         ("The pastor", "recalled", "his father's generosity toward strangers")),
    ],
)
def test_remembering_aloud_is_still_speech(text: str, expected: tuple[str, str, str]) -> None:
    # The rule does not over-fire: 'recall' with a clause or a quotation keeps its speaker.
    assert _found(text) == [expected]


def test_regulators_is_a_speaker_noun_but_not_a_speaker_without_a_verb() -> None:
    assert _found("The bank will pay a fine, the regulator said.") == [("the regulator", "said", "The bank will pay a fine")]
    assert _found("Regulators fined the bank $2 million on Tuesday.") == []
