"""Round 8, right of reply: who answers for an accused government or office-holder (trial 7 items
1 and 2), checked on our own sentences, with the wordings each rule must leave alone."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _replies(body: str) -> list[tuple[str, str, str, tuple[int, ...]]]:
    result = analyze_sourcing(load_article(body, headline="Report"))
    return [(r.party, r.kind, r.verdict, r.verdict_in) for r in result.right_of_reply]


# --------------------------------------------------------------------------------------------
# Item 1: a party answers for "the government" when the text makes it the governing party, or
# when it denies the charge just made against the government.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("NEW DELHI — Rahul Gandhi accused the government of selling out farmers. "
                     "The Bharatiya Janata Party denied the charge.",
                     [("the government", "organisation", "denied", (1,))], id="party-denies-the-charge"),
        pytest.param("Nia Osei accused the government of selling out farmers.\n\nThe Patriotic Front Party rejected the accusations.",
                     [("the government", "organisation", "denied", (1,))], id="next-paragraph-no-dateline"),
        pytest.param("Nia Osei accused the government of selling out farmers. "
                     "The ruling Patriotic Front Party said the bill would help farmers.",
                     [("the government", "organisation", "heard", (1,))], id="ruling-party-statement"),
        pytest.param("Nia Osei accused the government of selling out farmers. The governing party said the bill would help them.",
                     [("the government", "organisation", "heard", (1,))], id="the-governing-party"),
    ],
)
def test_governing_party_speaks_for_the_government(body: str, expected: list[tuple[str, str, str, tuple[int, ...]]]) -> None:
    assert _replies(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A party's statement that is no denial: nothing says it governs.
        pytest.param("Nia Osei accused the government of selling out farmers. The Green Party said the bill was unfair.", id="statement"),
        # It rejects someone else's claim, not the charge against the government.
        pytest.param("Nia Osei accused the government of selling out farmers.\n\n"
                     "The Green Party rejected the claim made by the ruling party.",
                     id="another-claim"),
        # The charge was made four paragraphs before: the denial answers something else.
        pytest.param("Nia Osei accused the government of selling out farmers.\n\nThe bill passed.\n\nIt was signed.\n\nFarmers marched.\n\n"
                     "The Green Party denied the charge.", id="too-far"),
    ],
)
def test_other_parties_do_not_speak_for_the_government(body: str) -> None:
    assert [r[2] for r in _replies(body)] == ["not_sought"]


def test_a_party_accused_itself_denies_for_itself_only() -> None:
    body = ("Nia Osei accused the government of selling out farmers. She accused the Green Party of silence. "
            "The Green Party denied the charge.")
    assert _replies(body) == [("the government", "organisation", "not_sought", ()), ("Green Party", "organisation", "denied", (2,))]


# --------------------------------------------------------------------------------------------
# Item 2: the seat of an office (reply.toml [seats]) speaks for the office's holder.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The trial's wording: the text gives Starmer no office; Downing Street answers the charge.
        pytest.param("Kemi Badenoch accused Keir Starmer of betraying pensioners. Downing Street rejected the accusation.",
                     [("Keir Starmer", "person", "denied", (1,))], id="seat-answers-the-charge"),
        pytest.param("Prime Minister Keir Starmer met union leaders.\n\nKemi Badenoch accused Starmer of betraying pensioners.\n\n"
                     "Downing Street said pension credit would protect the poorest.",
                     [("Keir Starmer", "person", "heard", (1,))], id="titled-holder-statement"),
        pytest.param("Senator Jane Ruiz accused President Donald Trump of misleading farmers. The White House declined to comment.",
                     [("Donald Trump", "person", "sought_but_silent", (1,))], id="white-house-no-comment"),
        pytest.param("MOSCOW — Lawmakers accused U.S. President Tom Reed of lying. The White House rejected the accusation.",
                     [("Tom Reed", "person", "denied", (1,))], id="country-named-under-other-dateline"),
        pytest.param("Critics accused President Emmanuel Macron of arrogance. The Élysée declined to comment.",
                     [("Emmanuel Macron", "person", "sought_but_silent", (1,))], id="elysee"),
        pytest.param("LONDON — Kemi Badenoch accused the prime minister of betraying pensioners. Number 10 rejected the accusation.",
                     [("the prime minister", "person", "denied", (1,))], id="the-prime-minister"),
        pytest.param("Critics accused the president of arrogance.\n\nThe White House rejected the accusation.",
                     [("the president", "person", "denied", (1,))], id="no-dateline-answer"),
        pytest.param("Kemi Badenoch accused the prime minister of betraying pensioners. The prime minister denied the accusation.",
                     [("the prime minister", "person", "denied", (1,))], id="the-prime-minister-himself"),
    ],
)
def test_seat_speaks_for_its_holder(body: str, expected: list[tuple[str, str, str, tuple[int, ...]]]) -> None:
    assert _replies(body) == expected


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # Another country's president: the White House does not answer for him.
        pytest.param("Senator Jane Ruiz accused Russian President Vladimir Putin of lying. The White House declined to comment.",
                     "Vladimir Putin", id="other-country"),
        # A person the text gives another office.
        pytest.param("Senator Jane Ruiz accused Senator Tom Wells of lying. The White House rejected the accusation.", "Tom Wells",
                     id="other-office"),
        # A former holder.
        pytest.param("Critics accused former President Barack Obama of lying. The White House said the claim was old.",
                     "Barack Obama", id="former-holder"),
        pytest.param("Critics accused former President Barack Obama of lying. The White House rejected the accusation.",
                     "Barack Obama", id="former-holder-denial"),
        # A statement (no denial) by the seat about a person of no named office.
        pytest.param("Kemi Badenoch accused Keir Starmer of betraying pensioners. Downing Street said the budget was fair.",
                     "Keir Starmer", id="statement-untitled"),
        # No dateline and a statement, not an answer to the charge: whose president is not said.
        pytest.param("Critics accused the president of arrogance. The Kremlin said the summit would go ahead.", "the president",
                     id="no-dateline-statement"),
        # Another country's dateline and no country named with the title: whose president is not said.
        pytest.param("MOSCOW — Lawmakers accused President Tom Reed of lying. The White House rejected the accusation.", "Tom Reed",
                     id="title-under-other-dateline"),
        # The dateline names another country than the seat's.
        pytest.param("PARIS — Critics accused the president of arrogance. The White House declined to comment.", "the president",
                     id="dateline-other-country"),
    ],
)
def test_seat_does_not_speak_for_others(body: str, party: str) -> None:
    assert [(r[0], r[2]) for r in _replies(body)] == [(party, "not_sought")]


def test_a_spokesman_of_an_official_body_of_the_dateline_country_speaks_for_the_government() -> None:
    body = ("LONDON — Kemi Badenoch accused the government of betraying pensioners. "
            "A Downing Street spokesman said the cut was needed.")
    assert _replies(body) == [("the government", "organisation", "heard", (1,))]
    # With no dateline the text does not say whose government it is (as for the body itself).
    assert _replies(body.removeprefix("LONDON — ")) == [("the government", "organisation", "not_sought", ())]
