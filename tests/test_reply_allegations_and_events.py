"""Round 12 new-user trial, right of reply (finding F3), on our own invented sentences: how news
words an allegation ("examining whether X ...", "a lawsuit against X", "X was arrested", "charges
brought against him"), the request for comment to a party's representative or officials, and
which statements count as a reply (not speech narrated inside the events); each rule with a
wording it must leave alone."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _replies(body: str, headline: str = "Report") -> list[tuple[str, str, list[str]]]:
    result = analyze_sourcing(load_article(body, headline=headline))
    return [(r.party, r.verdict, [a.cue for a in r.accused_in]) for r in result.right_of_reply]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("State prosecutors are examining whether Harlow Freight's founder, Dana Whitcombe, moved pension money "
                     "into her own accounts. A spokesman for Whitcombe declined to comment.",
                     [("Dana Whitcombe", "sought_but_silent", ["examining whether"])], id="examining-whether-apposed-name"),
        pytest.param("Regulators are reviewing whether Corvane Labs hid test results.",
                     [("Corvane Labs", "not_sought", ["reviewing whether"])], id="reviewing-whether-with-regulators"),
        pytest.param("The county auditor is investigating whether Dana Whitcombe billed the town twice. "
                     "Whitcombe said she had done nothing wrong.",
                     [("Dana Whitcombe", "heard", ["investigating whether"])], id="investigating-whether-then-heard"),
        pytest.param("The brewery's owners said in a lawsuit against Corvane Labs that the filters failed. "
                     "Corvane officials did not return phone messages seeking comment.",
                     [("Corvane Labs", "sought_but_silent", ["lawsuit against"])], id="lawsuit-against-officials-silent"),
        pytest.param("Marta Oyelaran was arrested in Lisbon in 2018. \u201cI would do it again,\u201d she said.",
                     [("Marta Oyelaran", "heard", ["arrested"])], id="arrested-then-quoted"),
        pytest.param("Marta Oyelaran, a Lisbon activist, spent a year in hiding. Police arrested her on charges brought against her "
                     "by four lenders. \u201cI would do it again,\u201d Oyelaran said.",
                     [("Marta Oyelaran", "heard", ["charges against"])], id="charges-brought-against-her"),
    ],
)
def test_allegations_news_wording(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _replies(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Doctors are examining whether the new drug works in children.", id="examining-no-party"),
        pytest.param("Analysts are examining whether Corvane Labs will open a plant in Ohio.", id="examining-without-investigator"),
        pytest.param("Students held protests against Corvane Labs on Monday.", id="protests-against"),
        pytest.param("The town filed a lawsuit against the new zoning rule.", id="lawsuit-against-a-rule"),
        pytest.param("Corvane Labs made the case against raising taxes.", id="case-against-an-argument"),
        pytest.param("The arrested men were later released, police said.", id="arrested-as-description"),
    ],
)
def test_no_accusation(body: str) -> None:
    assert _replies(body) == []


def test_no_comment_after_a_quote_before_its_verb_is_found() -> None:
    body = ("\u201cThe water tastes of metal,\u201d the tenants said in a complaint against Corvane Labs Inc. "
            "Corvane officials did not return calls seeking comment.")
    assert _replies(body) == [("Corvane Labs Inc.", "sought_but_silent", ["complaint against"])]


def test_report_of_words_after_its_verb_still_hides_a_no_comment() -> None:
    # "Cole said the firm had declined to comment": Cole's report, not the reporter's record.
    result = analyze_sourcing(load_article("Ana Cole said the firm had declined to comment on the spill.", headline="Report"))
    assert [a.statement_kind for a in result.attributions] == ["statement"]


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        # Narrated inside the events: a past-tense utterance in a scene.
        pytest.param("The suspect, Karl Brandt, was convicted of kidnapping on Friday. Deputies knocked on the door. "
                     "Brandt said he needed his shoes.", "not_sought", id="utterance-in-a-scene"),
        # A narrated confession is the accused's own account of the charge (round 13 trial F4; round 12 read it as an act).
        pytest.param("Karl Brandt was convicted of theft in May. Brandt confessed to the theft and the jury agreed quickly.",
                     "heard", id="narrated-confession"),
        # Replies: right after the accusation, naming the charge, quoted, present tense, a representative.
        pytest.param("Karl Brandt was convicted of theft in May. Brandt said he had been at home that night.",
                     "heard", id="right-after-the-accusation"),
        pytest.param("Karl Brandt was convicted of theft in May. Deputies knocked on the door. "
                     "Brandt said he was innocent.", "heard", id="names-the-charge"),
        pytest.param("Karl Brandt was convicted of theft in May. Deputies knocked on the door. "
                     "\u201cI need my shoes,\u201d Brandt said.", "heard", id="quotation"),
        pytest.param("Karl Brandt was convicted of theft in May. He moved to Ohio last year. "
                     "Brandt says he wants to start again.", "heard", id="present-tense"),
        pytest.param("Karl Brandt was convicted of theft in May. Deputies knocked on the door. "
                     "His lawyer said Brandt would appeal.", "heard", id="representative"),
    ],
)
def test_which_statements_are_a_reply(body: str, verdict: str) -> None:
    assert [r[1] for r in _replies(body)] == [verdict]


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        # Web news: each sentence of the scene its own paragraph; the accused named by his role in it.
        pytest.param("The suspect, Karl Brandt, was convicted of kidnapping on Friday.\n\n\u201cOpen up!\u201d a deputy shouts.\n\n"
                     "The suspect said he needed his shoes.\n\nDeputies forced the door.", "not_sought", id="the-suspect-in-the-scene"),
        pytest.param("The suspect, Karl Brandt, was convicted of kidnapping on Friday.\n\nDeputies forced the door.\n\n"
                     "The suspect said he was innocent.", "heard", id="the-suspect-names-the-charge"),
    ],
)
def test_the_party_in_its_role_in_the_events(body: str, verdict: str) -> None:
    assert [r[1] for r in _replies(body)] == [verdict]


@pytest.mark.parametrize(
    ("voice", "verdict"),
    [
        # A public body's voice is not an accused firm's (new-user trial, round 12: a city spokesman
        # and a state attorney general were read as speaking for an accused landfill company).
        ("The city has stopped sending waste there, said Ana Ruiz, a city spokesman.", "sought_but_silent"),
        ("A former state attorney general once called the site a disgrace.", "sought_but_silent"),
        # A company's voice still is.
        ("The firm will appeal, said Ana Ruiz, a company spokesman.", "heard"),
    ],
)
def test_a_public_bodys_voice_is_not_an_accused_firms(voice: str, verdict: str) -> None:
    body = (
        "Residents filed a lawsuit against Corvane Waste LLC on Monday over the smell from its landfill. "
        "Corvane officials did not return messages seeking comment.\n\n" + voice
    )
    replies = [(party, v) for party, v, _ in _replies(body)]
    assert replies == [("Corvane Waste LLC", verdict)]
