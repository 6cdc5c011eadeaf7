"""Round 16 trial, the findings added late: withheld-name sources that are none (F16), a legal charge
read as speech (F18), passive accusations with "also" or a relative clause (F17) and the addressee of
"told" read as what was said (F19). Hand-written stories in news style; the trial's repro texts are
the last case of each group."""

from __future__ import annotations

import pytest
from sourcing_rows import attribution_rows, sourcing_of


def _kinds(text: str) -> list[tuple[str, str, str | None]]:
    """(name, speaker type, anonymity) of every source."""
    return [(s.name, s.speaker_type, s.anonymity) for s in sourcing_of(text).sources]


# F16: withheld_name_attribution_share counts only names the reporter withholds.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ann Cole, for instance, a doctor in Leeds, said the clinic was full.",
                     [("Ann Cole", "named_person", None)], id="name-parenthetical-apposition"),
        pytest.param("Each member of the board said the vote was fair.",
                     [("Each member of the board", "anonymous", "unnamed_group")], id="each-is-a-group"),
        pytest.param("The deal is close, according to a leak.", [("a leak", "document", None)], id="a-leak-is-a-document"),
        pytest.param("A provision in the bill says the tax will rise.",
                     [("A provision in the bill", "document", None)], id="a-provision-is-a-document"),
        pytest.param("The law is clear, according to that interpretation.",
                     [("that interpretation", "document", None)], id="an-interpretation-is-a-document"),
        pytest.param("Warming will pass 1.5C by 2040, the report summary said.",
                     [("the report summary", "document", None)], id="a-summary-is-a-document"),
    ],
)
def test_sources_that_are_no_withheld_name(text: str, expected: list) -> None:
    assert _kinds(text) == expected
    assert sourcing_of(text).ratios.withheld_name_attribution_share == 0.0


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No, not one single person is arguing it can be done by May.", id="not-one"),
        pytest.param("None of the officials said when the road would open.", id="none-of"),
        pytest.param("No one has said the plan would work.", id="no-one"),
    ],
)
def test_a_negated_subject_reports_no_one(text: str) -> None:
    assert attribution_rows(text) == []


def test_a_subject_opening_like_a_negation_still_speaks() -> None:
    assert attribution_rows("Norway said the plan would work.") == [("indirect", "Norway", "Norway", "the plan would work")]
    assert [row[2] for row in attribution_rows("Not only have environmentalists suggested that we all eat bugs.")] == [
        "Not only have environmentalists"  # (the phrase as the speaker stage reads it: "not only" adds, it denies nothing)
    ]


def test_a_restriction_reported_of_a_body_is_no_penalty() -> None:
    text = "The state environment department was reportedly banned from using the terms. Acme Corp was also fined for the leak."
    assert [r.party for r in sourcing_of(text).right_of_reply] == ["Acme Corp"]


def test_trial_repro_five_withheld_names() -> None:
    text = ("Tom Reed, for example, Professor of Weather Studies at Leeds, claims that there is only a 40 percent chance "
            "of snow. No, not one single person is arguing it can be done by May. A clause in the treaty signed by the "
            "members says the city \"will cut its emissions.\" The country has fallen behind its targets, according to "
            "a leak. Every candidate for the council seat has said they would rejoin the pact.")
    assert _kinds(text) == [
        ("Tom Reed", "named_person", None),
        ("A clause in the treaty signed by the members", "document", None),
        ("a leak", "document", None),
        ("Every candidate for the council seat", "anonymous", "unnamed_group"),
    ]
    assert sourcing_of(text).ratios.withheld_name_attribution_share == 0.0


# F18: charging someone is a legal act, not speech; "charged that …" and "“…,” she charged" are speech.
def test_prosecutors_charging_a_person_is_no_attribution() -> None:
    text = ("Prosecutors on Tuesday charged builder Sam Ortiz with manslaughter over the collapse of a parking garage. "
            "Police arrested two workers on Monday.")
    assert attribution_rows(text) == []


def test_charged_before_a_clause_or_after_a_quotation_is_speech() -> None:
    assert attribution_rows("Holt charged that the mayor lied. \"It is a sham,\" charged Holt.") == [
        ("indirect", "Holt", "Holt", "the mayor lied"),
        ("direct", "Holt", "Holt", "It is a sham"),
    ]


# F17: "was also sued", "X, who …, was suspended", "charged builder X with".
def test_passive_accusations_with_an_adverb_or_a_relative_clause() -> None:
    text = ("Prosecutors on Tuesday charged builder Sam Ortiz with manslaughter over the collapse of a parking garage that "
            "killed three people. Ortiz's company, Ortiz Build, was also sued by the families. A lawyer for Ortiz did not "
            "respond to a request for comment. Ortiz Build denied any wrongdoing in a statement. City inspector Jane Wu, "
            "who approved the garage in 2019, was suspended on Monday. \"We followed the rules,\" the inspectors' union said.")
    assert [(r.party, r.verdict, r.accused_in[0].cue) for r in sourcing_of(text).right_of_reply] == [
        ("Sam Ortiz", "sought_but_silent", "charged"),
        ("Ortiz Build", "denied", "sued"),
        ("Jane Wu", "not_sought", "suspended"),
    ]


def test_was_later_convicted_accuses() -> None:
    text = "Acme Corp was later convicted of fraud. Acme Corp said it would appeal."
    assert [(r.party, r.verdict) for r in sourcing_of(text).right_of_reply] == [("Acme Corp", "heard")]


# F19: the addressee of "told" is not what was said.
def test_told_an_outlet_or_reporters_then_a_clause() -> None:
    text = ("Two diplomats told Reuters the plan worried neighbouring states. Council member Ann Lee told reporters she "
            "would ask for a new vote.")
    assert [(row[2], row[3]) for row in attribution_rows(text)] == [
        ("Two diplomats", "the plan worried neighbouring states"),
        ("Ann Lee", "she would ask for a new vote"),
    ]


def test_told_reporters_to_do_something_keeps_the_order() -> None:
    assert attribution_rows("Ann Lee told reporters to leave the room.") == [
        ("indirect", "Ann Lee", "Ann Lee", "reporters to leave the room"),
    ]
