"""Round 13 new-user trial, right of reply (finding F4): ``heard`` is what the README says, the
party quoted or paraphrased at all (a denial, a confession, speech inside the narrated events);
the verdict is whether its answer to the charge is given. A confession or admission told by the
narrator is the accused's own account, so a reply (verdict ``heard``); speech inside the scene
("said he needed his shoes") is heard but no reply. The report says so in words."""

from __future__ import annotations

import pytest

from analysis import analyze, load_article
from analysis.report.findings import sourcing_findings
from analysis.sourcing import analyze_sourcing


def _reply(body: str) -> tuple[bool, tuple[int, ...], str, tuple[int, ...]]:
    result = analyze_sourcing(load_article(body, headline="Report"))
    [r] = result.right_of_reply
    return r.heard, r.heard_in, r.verdict, r.verdict_in


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Karl Brandt was convicted of kidnapping. Brandt confessed to the kidnapping, admitting that he drove "
                     "the girl to a motel. Later, he admitted that he hid her in a basket.",
                     (True, (0, 1), "heard", (0, 1)), id="narrated-confession-and-admissions"),
        pytest.param("Karl Brandt was convicted of theft in May. Brandt acknowledged that he took the money.",
                     (True, (0,), "heard", (0,)), id="acknowledged"),
        pytest.param("The suspect, Karl Brandt, was convicted of kidnapping on Friday. Deputies knocked on the door. "
                     "Brandt said he needed his shoes.", (True, (0,), "not_sought", ()), id="scene-only-heard-not-a-reply"),
        pytest.param("The suspect, Karl Brandt, was convicted of kidnapping on Friday. Deputies knocked on the door. "
                     "Brandt said he needed his shoes. His lawyer declined to comment.",
                     (True, (0,), "sought_but_silent", (1,)), id="scene-and-sought"),
        pytest.param("Karl Brandt was convicted of theft in May. Brandt denied the charges.",
                     (True, (0,), "denied", (0,)), id="denial"),
        pytest.param("Karl Brandt was convicted of theft in May.", (False, (), "not_sought", ()), id="silent-and-not-sought"),
    ],
)
def test_heard_is_any_voice_and_the_verdict_a_reply(body: str, expected: tuple) -> None:
    assert _reply(body) == expected


def test_report_words_a_party_heard_only_in_the_scene() -> None:
    body = ("The suspect, Karl Brandt, was convicted of kidnapping on Friday. Deputies knocked on the door. "
            "Brandt said he needed his shoes.")
    result = analyze(load_article(body, headline="Report"))
    found = [f for f in sourcing_findings(result) if f.startswith("Karl Brandt")]
    assert found == ["Karl Brandt is accused or blamed (1 place) and speaks only inside the events narrated, "
                     "and the article does not say it was asked."]
    from analysis.report.sections import _replies

    [reply] = _replies(result)
    assert reply["heard"] is False  # the report's highlight: its side on the charge is not given
    assert reply["verdict_text"] == ("quoted or paraphrased only inside the events narrated (attribution 1), "
                                     "not on the charge; the article does not say it was asked")


# Round 20 (trial 20 F11): the evidence of a "heard" verdict is the party's answer to the charge.


def test_statements_before_the_accusation_are_no_answer() -> None:
    # 0, 1: the mayor's budget announcement; 2: the accusation; 3: his denial; 4: his explanation.
    body = (
        "Mayor Ken Ito announced on Monday that the city pool will close in June. "
        "Ito said the repairs would cost too much. "
        "Council member Rita Shaw accused the mayor of neglecting the pool for years. "
        "Ito denied that he had neglected it. He said the budget had been cut by the state."
    )
    heard, heard_in, verdict, verdict_in = _reply(body)
    assert (heard, heard_in, verdict) == (True, (0, 1, 3, 4), "heard")
    assert verdict_in == (3, 4)


def test_only_earlier_statements_still_give_the_verdict_its_evidence() -> None:
    body = "Mayor Ken Ito said the pool will close in June. Council member Rita Shaw accused the mayor of neglecting the pool."
    assert _reply(body) == (True, (0,), "heard", (0,))


def test_a_lede_answer_that_names_the_charge_counts_before_it() -> None:
    # 0: the answer in the lede names "the allegations"; 1: the charge told in full; 2: his denial.
    body = (
        "Mayor Ken Ito said the allegations against him were false. "
        "Council member Rita Shaw accused the mayor of neglecting the pool for years. "
        "Ito denied that he had neglected it."
    )
    assert _reply(body) == (True, (0, 2), "heard", (0, 2))
