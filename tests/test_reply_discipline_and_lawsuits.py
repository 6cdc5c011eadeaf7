"""Round 13 new-user trial, right of reply (finding F3), on our own invented sentences: how news
words a penalty for misconduct (a league's, regulator's or party's fine, suspension, ban or
discipline), a lawsuit filed "by ... against" a party, "the lawsuit alleges X ..." without "that",
and blame for violence in someone's words ("X instigated the fight"); each rule with wordings it
must leave alone. An unnamed party ("he was arrested") is no row: no one the reporter could ask
is identified (analysis/sourcing/discipline.py)."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _replies(body: str) -> list[tuple[str, str, list[str]]]:
    result = analyze_sourcing(load_article(body, headline="Report"))
    return [(r.party, r.verdict, [a.cue for a in r.accused_in]) for r in result.right_of_reply]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("The league will fine Dana Whitcombe for her role in the brawl.",
                     [("Dana Whitcombe", "not_sought", ["fine"])], id="will-fine-for"),
        pytest.param("The league fined Dana Whitcombe $25,000 for the hit. Whitcombe said she would appeal.",
                     [("Dana Whitcombe", "heard", ["fined"])], id="fined-a-sum-then-heard"),
        pytest.param("The federation suspended Dana Whitcombe indefinitely.",
                     [("Dana Whitcombe", "not_sought", ["suspended"])], id="suspended-adverb"),
        pytest.param("Fans asked the league to suspend Dana Whitcombe on Monday.",
                     [("Dana Whitcombe", "not_sought", ["suspend"])], id="to-suspend"),
        pytest.param("Regulators fined Corvane Labs $5 million over the leak. Corvane Labs declined to comment.",
                     [("Corvane Labs", "sought_but_silent", ["fined"])], id="regulator-fines-a-firm"),
        pytest.param("The party expelled Dana Whitcombe after the vote.",
                     [("Dana Whitcombe", "not_sought", ["expelled"])], id="expelled"),
        pytest.param("Dana Whitcombe should be disciplined by the league, her coach said.",
                     [("Dana Whitcombe", "not_sought", ["disciplined"])], id="should-be-disciplined"),
        pytest.param("Corvane Labs was fined $2 million last year.",
                     [("Corvane Labs", "not_sought", ["fined"])], id="was-fined"),
        pytest.param("The skipper, Dana Whitcombe, was banned for three races.",
                     [("Dana Whitcombe", "not_sought", ["banned"])], id="apposed-name-banned"),
        pytest.param("The brawl led to suspensions for Rovers striker Dana Whitcombe and City defender Marco Ellery.",
                     [("Dana Whitcombe", "not_sought", ["suspensions for"]), ("Marco Ellery", "not_sought", ["suspensions for"])],
                     id="suspensions-for-two-described"),
        pytest.param("Rovers striker Dana Whitcombe received a two-game suspension for the hit.",
                     [("Dana Whitcombe", "not_sought", ["received suspension"])], id="received-a-suspension"),
        pytest.param("Marco Ellery received a one-game suspension for shoving Dana Whitcombe to the ground.",
                     [("Marco Ellery", "not_sought", ["received suspension"])], id="the-victim-is-not-accused"),
        pytest.param("Corvane Labs paid a $5 million fine in 2019.", [("Corvane Labs", "not_sought", ["paid fine"])], id="paid-a-fine"),
        pytest.param("Dana Whitcombe faces a lifetime ban after the test.", [("Dana Whitcombe", "not_sought", ["faces ban"])],
                     id="faces-a-ban"),
        pytest.param("Dana Whitcombe faces a fine of up to $10,000.", [("Dana Whitcombe", "not_sought", ["faces fine"])],
                     id="faces-a-fine-of"),
        pytest.param("Dana Whitcombe is serving a two-year ban for doping.", [("Dana Whitcombe", "not_sought", ["serving ban"])],
                     id="serving-a-ban"),
        pytest.param("Critics say Dana Whitcombe instigated the fight.",
                     [("Dana Whitcombe", "not_sought", ["instigated the fight"])], id="instigated-in-reported-words"),
        pytest.param("\u201cDana Whitcombe started the brawl,\u201d the coach said.",
                     [("Dana Whitcombe", "not_sought", ["started the brawl"])], id="started-the-brawl-quoted"),
    ],
)
def test_discipline_accuses(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _replies(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("It was a fine day for Dana Whitcombe at the track.", id="a-fine-day"),
        pytest.param("\u201cI'm fine,\u201d Dana Whitcombe said after the game.", id="im-fine"),
        pytest.param("The fine Dana Whitcombe throws were the story of the night.", id="fine-adjective-before-name"),
        pytest.param("The airline suspended Boeing 737 flights after the crash.", id="name-modifies-a-noun"),
        pytest.param("Trading in Corvane Labs shares was suspended on Monday.", id="trading-suspended"),
        pytest.param("Dana Whitcombe was not disciplined, the league said.", id="not-disciplined"),
        pytest.param("The league said Dana Whitcombe will not be fined.", id="will-not-be-fined"),
        pytest.param("Flights to China were suspended in January.", id="a-country"),
        pytest.param("The league fined both teams $250,000.", id="no-named-party"),
        pytest.param("The fines for late payment rose, Dana Whitcombe said.", id="fines-for-an-act"),
        pytest.param("Dana Whitcombe received an award for her charity work.", id="received-an-award"),
        pytest.param("Dana Whitcombe started the engine and drove off.", id="started-the-engine"),
        pytest.param("Dana Whitcombe provoked a debate about pay.", id="provoked-a-debate"),
        pytest.param("Dana Whitcombe started a company in 2010.", id="started-a-company"),
        pytest.param("Dana Whitcombe paid a fine price for the house.", id="a-fine-price"),
        pytest.param("Dana Whitcombe faces a fine balancing act.", id="a-fine-balancing-act"),
        pytest.param("The coal plants fuel the local economy, Dana Whitcombe said.", id="fuel"),
        pytest.param("Dana Whitcombe filed 50 lawsuits to ensure that the pesticide, linked to harm in children, is banned.",
                     id="a-name-heading-another-clause"),
        pytest.param("The F.B.I. director recommended that no criminal charges be filed against Mrs. Whitcombe.",
                     id="no-charges-filed-against"),
    ],
)
def test_discipline_left_alone(body: str) -> None:
    assert _replies(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("A lawsuit was filed against Corvane Labs on Monday. The company declined to comment.",
                     [("Corvane Labs", "sought_but_silent", ["lawsuit against"])], id="was-filed-against"),
        pytest.param("A lawsuit has been filed by tenants, two unions and the State of Ohio against Corvane Labs.",
                     [("Corvane Labs", "not_sought", ["lawsuit against"])], id="filed-by-a-list-against"),
        pytest.param("A complaint has been lodged by residents against the Ohio Department of Health. "
                     "The department said it followed the law.",
                     [("Ohio Department of Health", "heard", ["complaint against"])], id="against-an-agency-then-heard"),
        pytest.param("The lawsuit alleges Corvane Labs hid test results from regulators.",
                     [("Corvane Labs", "not_sought", ["alleges"])], id="alleges-without-that"),
        pytest.param("The lawsuit, which alleges Marco Ellery defrauded investors, was filed in May.",
                     [("Marco Ellery", "not_sought", ["alleges"])], id="which-alleges"),
        pytest.param("Prosecutors alleged Marco Ellery stole $5,000 from the club.",
                     [("Marco Ellery", "not_sought", ["alleged"])], id="alleged-past-without-that"),
        pytest.param("Dana Whitcombe won her lawsuit against Mr. Ellery in 2019.",
                     [("Ellery", "not_sought", ["lawsuit against"])], id="against-an-honorific-and-name"),
    ],
)
def test_lawsuits_and_allegations(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _replies(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("A lawsuit filed by Corvane Labs against the new zoning rule was dismissed.", id="against-a-rule"),
        pytest.param("Tenants filed by the dozen against the rent rise, which Corvane Labs said was fair.", id="no-legal-noun"),
        pytest.param("The suit alleges Corvane Labs' filters failed.", id="possessive-subject"),
        pytest.param("The alleged victim, Dana Whitcombe, testified on Monday.", id="alleged-adjective"),
        pytest.param("The group alleges the plan will raise rents.", id="no-party"),
        # An unnamed arrested man is no row: no identified party the reporter could ask.
        pytest.param("He was arrested a block away after the stabbing.", id="unnamed-arrest"),
        pytest.param("Police arrested a man near the station on Tuesday.", id="unnamed-arrest-active"),
        pytest.param("Arrested Development returned to Netflix, Dana Whitcombe said.", id="arrested-development"),
    ],
)
def test_lawsuits_left_alone(body: str) -> None:
    assert _replies(body) == []


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param("Myles Garrett suspended for rest of season", [("Myles Garrett", "heard", ["suspended"])], id="suspended-for"),
        pytest.param("Corvane Labs fined \u20ac2m over leak", [("Corvane Labs", "not_sought", ["fined"])], id="fined-a-sum"),
        pytest.param("Dana Whitcombe banned from racing for a year", [("Dana Whitcombe", "not_sought", ["banned"])], id="banned-from"),
        pytest.param("Trump banned Muslims from entering, critics say", [], id="active-no-party"),
        pytest.param("Flights to China suspended", [], id="a-country"),
        pytest.param("Trading in Corvane Labs shares suspended", [], id="trading-suspended"),
    ],
)
def test_penalty_in_a_headline(headline: str, expected: list[tuple[str, str, list[str]]]) -> None:
    # The body's "said he regretted his actions" names the charge (remorse), so it is a reply after a narrated sentence.
    body = "The league acted on Friday. Myles Garrett said he regretted his actions." if "Garrett" in headline else "Officials acted."
    result = analyze_sourcing(load_article(body, headline=headline))
    assert [(r.party, r.verdict, [a.cue for a in r.accused_in]) for r in result.right_of_reply] == expected
