"""A capitalised word inside a sentence is a name or a title, not an evaluation (issue #18, round 20):
"Chief Justice X", "the Clean Air Task Force", "the Environmental Integrity Project" carry no valence
for the rules (analysis/sentiment/target_tokens._unvalue_names)."""

from __future__ import annotations

from analysis.sentiment.target_features import target_features
from analysis.sentiment.target_rules import rules
from analysis.sentiment.target_tokens import text_tokens


def _valence(text: str) -> dict[str, float]:
    tokens = text_tokens(text, rules())
    return {raw: v for raw, v in zip(tokens.raw, tokens.valence, strict=True) if v}


def _attached(sentence: str, mention: str) -> dict[str, str]:
    start = sentence.index(mention)
    features = target_features(sentence, start, start + len(mention), 0.0)
    return {f.name: f.words for f in features if f.name.startswith(("apposition_", "modifier_", "predicate_"))}


def test_a_title_or_an_organisation_name_is_no_evaluation() -> None:
    # "Justice" (+2.4 as a common noun) is a title here: no modifier valence for the judge
    assert _attached("Chief Justice Ann Lee granted a stay on Monday.", "Ann Lee") == {}
    # the organisation's name in the apposition says nothing about its director
    assert _attached("Tom Reed, director of the Clean Air Task Force, spoke first.", "Tom Reed") == {}


def test_the_same_words_in_lower_case_still_count() -> None:
    assert _attached("The justice advocate Ann Lee spoke first.", "Ann Lee") == {"modifier_positive": "justice +2.40"}
    assert _attached("Tom Reed, a clean and honest official, spoke first.", "Tom Reed") == {
        "apposition_positive": "clean +1.70; honest +2.30"
    }


def test_a_capital_that_opens_a_sentence_clause_or_quotation_is_a_word() -> None:
    assert _valence("Great news came on Monday.") == {"Great": 3.1}
    assert _valence('Smith wrote: "Great news."') == {"Great": 3.1}
    assert _valence('Smith called it "Great news" on Monday.') == {"Great": 3.1}
    # a word in capitals throughout is emphasis, not a name
    assert _valence("Smith called Jones a LIAR.") == {"LIAR": -2.3}
    # inside the sentence the capital makes a name
    assert _valence("He joined the Great Lakes Commission.") == {}
