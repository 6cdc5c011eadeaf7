"""Unnamed people identified by an office one person holds are office-holders, not anonymous
sources (F15 of the round-7 new-user trial: "Mexico's president" and "The U.S. ambassador" made a
story "100 % anonymous"; the round-8 trial's WeWork page read "62 % anonymous"). AP and Reuters call
a source anonymous when its name is withheld; a reader can tell who "the state's governor" is.

Short articles written for the test; each expectation is what a careful coder gives.
"""

from __future__ import annotations

import pytest

from analysis import analyze, load_article
from analysis.report.findings import sourcing_findings
from analysis.sourcing import analyze_sourcing
from analysis.validation.sourcing import _coded_as

BORDER = (
    "MEXICO CITY (AP) — Mexico's president said Tuesday that the government would send 6,000 troops to its "
    "southern border.\n\n"
    "“We will not allow our country to be used as a corridor,” the president told reporters.\n\n"
    "A senior official, who spoke on condition of anonymity because he was not authorized to speak publicly, "
    "said the troops would arrive next week.\n\n"
    "The company's chief executive said the border closures had cost it $2 million. A spokeswoman for the "
    "company said it would appeal.\n\n"
    "The state's governor said he had not been consulted."
)


def _types(text: str) -> dict[str, str]:
    result = analyze_sourcing(load_article(text, headline="Story"))
    return {s.name: s.speaker_type for s in result.sources}


def test_unique_offices_are_office_holders_and_the_rest_stay_anonymous() -> None:
    assert _types(BORDER) == {
        "Mexico's president": "office_holder",
        "A senior official": "anonymous",
        "The company's chief executive": "office_holder",
        "A spokeswoman for the company": "anonymous",
        "The state's governor": "office_holder",
    }


@pytest.mark.parametrize(
    "speaker",
    [
        "A deputy mayor",  # indefinite
        "The deputy mayor",  # a rank that makes the office plural
        "A minister",  # no portfolio
        "The former governor",  # one of several former holders
        "A spokesman for the city",  # a body has several
        "The official",
    ],
)
def test_offices_that_do_not_identify_one_person_stay_anonymous(speaker: str) -> None:
    text = f"“The budget will be cut,” {speaker.lower()[0] + speaker[1:]} said on Monday."
    types = _types(text)
    assert list(types.values()) == ["anonymous"], types


def test_a_reason_for_anonymity_keeps_a_source_anonymous() -> None:
    text = "The mayor, who spoke on condition of anonymity because the talks were private, said the deal was off."
    assert list(_types(text).values()) == ["anonymous"]


def test_shares_count_office_holders_apart_and_sum_to_one() -> None:
    result = analyze_sourcing(load_article(BORDER, headline="Story"))
    r = result.ratios
    assert (r.attribution_count, r.source_count) == (6, 5)
    assert r.office_holder_attribution_share == pytest.approx(4 / 6)
    assert r.anonymous_attribution_share == pytest.approx(2 / 6)
    assert r.office_holder_source_share == pytest.approx(3 / 5)
    # the only direct quotation is the president's: no quoted words come from anonymous sources
    assert r.direct_words_anonymous_share == 0


def test_the_finding_names_office_holders_and_places_reasons_right() -> None:
    findings = sourcing_findings(analyze(load_article(BORDER, headline="Story")))
    assert findings[0].startswith("4 of 6 attributions (67%) go to people identified only by their office;")
    council = (
        "“We need more time,” the mayor said.\n\n"
        "A council aide, who asked not to be named because the talks were private, said the developer wanted more.\n\n"
        "A resident said the stadium would bring traffic. A neighbour said the same."
    )
    first = sourcing_findings(analyze(load_article(council, headline="Story")))[0]
    # the reason belongs to the aide, not to the last name listed
    assert "(A council aide, A resident and A neighbour; a reason for not naming them is given only for A council aide: " \
        "asked not to be named)" in first, first


def test_validation_compares_office_holders_as_the_guideline_codes_them() -> None:
    # the annotation guideline's "anonymous" is any person not named
    assert _coded_as("speaker_type", "office_holder") == "anonymous"
    assert _coded_as("speaker_type", "named_person") == "named_person"
    assert _coded_as("title", "office_holder") == "office_holder"
