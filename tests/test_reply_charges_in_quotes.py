"""Round 8, right of reply: a charge of wrongdoing in someone's quoted words with no accusation
verb (trial 7 F8, ``charges`` of accusation.toml), on our own sentences, with the neutral
wordings it must leave alone."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _replies(body: str) -> list[tuple[str, str, str, list[str]]]:
    result = analyze_sourcing(load_article(body, headline="Report"))
    return [(r.party, r.kind, r.verdict, [a.cue for a in r.accused_in]) for r in result.right_of_reply]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('Acme Corp. recalled 40,000 strollers. '
                     '"The company knew about this problem and kept selling them," said Rachel Stein.',
                     [("Acme Corp.", "organisation", "not_sought", ["knew about this problem and kept"])], id="the-company-knew-and-kept"),
        pytest.param('"Acme Corp. lied to parents," said Rachel Stein. Acme Corp. did not respond to a request for comment.',
                     [("Acme Corp.", "organisation", "sought_but_silent", ["lied"])], id="lied-then-no-comment"),
        pytest.param('"Mayor Tom Hale has repeatedly lied to this council," said Councilwoman Jane Carter. Hale denied the claim.',
                     [("Tom Hale", "person", "denied", ["lied"])], id="adverb-between"),
        pytest.param('"Acme Corp. tried to cover it up," a former engineer said.',
                     [("Acme Corp.", "organisation", "not_sought", ["cover it up"])], id="cover-up"),
        pytest.param('"Acme Corp. hid the defects from regulators," the engineer said.',
                     [("Acme Corp.", "organisation", "not_sought", ["hid the defects"])], id="hid-the-defects"),
        pytest.param('"Acme Corp. put profits before safety," the engineer said.',
                     [("Acme Corp.", "organisation", "not_sought", ["put profits before"])], id="profits-before-safety"),
        # Reported, not quoted: right after a reporting verb of assertion.
        pytest.param("Acme Corp. recalled 40,000 strollers. Kids in Danger said the company knew about the problem and kept selling them.",
                     [("Acme Corp.", "organisation", "not_sought", ["knew about the problem and kept"])], id="reported-said"),
        # A document's finding is a report (round 20, trial 20 F5: "The audit found that ..."), and the
        # wrong it finds a charge the party is owed a reply to.
        pytest.param("The report found that Acme Corp. hid the defects.",
                     [("Acme Corp.", "organisation", "not_sought", ["hid the defects"])], id="finding"),
    ],
)
def test_quoted_charge_accuses_its_subject(body: str, expected: list[tuple[str, str, str, list[str]]]) -> None:
    assert _replies(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param('"Acme Corp. knew the market well," said Rachel Stein.', id="knew-without-carrying-on"),
        pytest.param('"Acme Corp. kept selling strollers all year," said Rachel Stein.', id="kept-selling-alone"),
        pytest.param('"Acme Corp. never lied to anyone," said Rachel Stein.', id="negated-never"),
        pytest.param('"Acme Corp. did not break the law," said Rachel Stein.', id="negated-did-not"),
        pytest.param('"They lied to us," said Rachel Stein.', id="pronoun-subject"),
        pytest.param('"Tom Hale hid in the basement until the storm passed," his wife said.', id="hid-without-a-wrong"),
        pytest.param('"Acme Corp. covered the costs," said Rachel Stein.', id="covered-not-up"),
        pytest.param('"If Acme Corp. lied, it will pay," said Rachel Stein.', id="conditional"),
        # Reported with denial, doubt or a negation: no charge made.
        pytest.param("Rachel Stein denied that Acme Corp. lied to parents.", id="denied-that"),
        pytest.param("Rachel Stein did not say that Acme Corp. lied to parents.", id="did-not-say"),
        pytest.param("Rachel Stein questioned whether Acme Corp. lied to parents.", id="questioned-whether"),
        pytest.param("Rachel Stein said Acme Corp. never lied to parents.", id="said-never"),
        # The reporter's own words are no quoted charge.
        pytest.param("Acme Corp. knew about the problem and kept selling the strollers, records show.", id="reporter-s-words"),
    ],
)
def test_neutral_and_unquoted_sentences_accuse_no_one(body: str) -> None:
    assert _replies(body) == []


def test_accusation_cues_list_what_the_check_reads() -> None:
    from analysis.sourcing.accused import accusation_cues

    cues = accusation_cues()
    assert {"accused", "blamed", "criticised", "denounced"} <= set(cues["verbs"])
    assert cues["clause"] == ("allege", "alleges", "alleged", "alleging")
    assert "raises concern" in cues["concern"]
    # version 7: "instigated the fight", "started the brawl"; version 9: "used extreme rhetoric"
    assert cues["charges"][0] == "lied" and len(cues["charges"]) == 16  # (round 18: playing politics, games with, politicizing)
