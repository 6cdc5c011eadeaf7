"""A trailing "the commission said" after a clause naming "the company" (new-user trial round 7; the
right-of-reply helper traced it to the apposition loop of the speaker stage): the clause with a
modal verb is the content, not a name that ", the commission" describes."""

from __future__ import annotations

from analysis import analyze, load_article


def _attributions(text: str) -> list[tuple[str, str]]:
    result = analyze(load_article("Recall widens\n\n" + text))
    return [(a.speaker, a.text) for a in result.sourcing.attributions]


def test_a_modal_clause_before_the_inverted_speaker_is_what_was_said() -> None:
    text = "Owners should stop using the heaters at once and contact the company for a refund, the commission said."
    assert _attributions(text) == [
        ("the commission", "Owners should stop using the heaters at once and contact the company for a refund"),
    ]


def test_an_apposition_after_a_name_still_joins_it() -> None:
    text = "Dana Ruiz, the company's chief executive, said the heaters would be replaced."
    assert _attributions(text) == [("Dana Ruiz, the company's chief executive", "the heaters would be replaced")]


def test_call_the_company_for_a_refund_is_no_naming() -> None:
    # "call X for Y" is the telephone, not "calling X a Y": a preposition ends the object.
    assert _attributions("Owners should call the company for a refund.") == []
    assert _attributions("Owners should call the company for a refund, the commission said.") == [
        ("the commission", "Owners should call the company for a refund"),
    ]
    text = "The council voted to close the library on Monday. Mayor Ann Lee called the plan a gift to developers."
    assert _attributions(text) == [("Mayor Ann Lee", "the plan a gift to developers")]
