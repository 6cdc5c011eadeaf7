"""Round 10 new-user trial, right of reply: convictions and charges in the active voice ("a jury
convicted X of ...", "before convicting X, 51, of ...", "prosecutors charged X with ...", "found X
guilty"; finding 6) and "blamed the <noun>" with no "for" after it (finding 7); on our own invented
sentences, with the wordings each rule must leave alone."""

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
        pytest.param("A jury convicted Karl Brandt of fraud on Friday.", [("Karl Brandt", "not_sought", ["convicted"])],
                     id="jury-convicted-name-of"),
        pytest.param("Karl Brandt was arrested in May. A jury deliberated for an hour before convicting Brandt, 51, of theft.",
                     [("Karl Brandt", "not_sought", ["arrested", "convicting"])], id="before-convicting-name-age-of"),  # round 12: arrest
        pytest.param("Karl Brandt was arrested in May. A jury deliberated for an hour before convicting Brandt, 51, of theft. "
                     "Brandt told detectives that he took the money.",
                     [("Karl Brandt", "heard", ["arrested", "convicting"])], id="convicted-and-heard"),
        pytest.param("Prosecutors charged Harbor Lines Inc. with fraud in March.", [("Harbor Lines Inc.", "not_sought", ["charged"])],
                     id="charged-name-with"),
        pytest.param("The jury found Karl Brandt guilty of theft.", [("Karl Brandt", "not_sought", ["found guilty"])],
                     id="found-name-guilty"),
        pytest.param("The city sued Harbor Lines Inc. over the spill.", [("Harbor Lines Inc.", "not_sought", ["sued"])],
                     id="sued-name-over"),
        # Not a charge: a price, a description, no link to a crime, a person found somewhere.
        pytest.param("The store charged Karl Brandt $5 for the bag.", [], id="charged-a-price"),
        pytest.param("Karl Brandt, the convicted driver, left the court.", [], id="convicted-as-description"),
        pytest.param("Police found Karl Brandt at home on Friday.", [], id="found-not-guilty-word"),
        pytest.param("Volunteers were charging Karl Brandt's phone.", [], id="charging-a-phone"),
        # Trial 21 F4: a name after "a" modifies the noun after it: the accused is the builder, not the town.
        pytest.param("Prosecutors asked jurors to convict an Acme Corp. manager of bribing inspectors.", [], id="convict-a-firm-noun-of"),
        pytest.param("Prosecutors asked jurors to convict Acme Corp. of bribing inspectors.",
                     [("Acme Corp.", "not_sought", ["convict"])], id="convict-the-firm-of"),
    ],
)
def test_active_verdicts(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _replies(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Dana Whitfield spoke on Monday. Whitfield on Tuesday blamed the media among other targets.",
                     [("the media", "not_sought", ["blamed"])], id="blamed-the-media-among"),
        pytest.param("Dana Whitfield spoke on Monday. Whitfield blamed the mayor.", [("the mayor", "not_sought", ["blamed"])],
                     id="blamed-the-mayor-full-stop"),
        # Still found with "for" (an earlier rule), and no party when the object is no role or body
        # or the noun only modifies a longer phrase.
        pytest.param("The mayor on Tuesday blamed the media for the crisis.", [("the media", "not_sought", ["blamed"])],
                     id="blamed-the-media-for"),
        pytest.param("Dana Whitfield spoke on Monday. Whitfield blamed the weather.", [], id="blamed-the-weather"),
        pytest.param("Dana Whitfield spoke on Monday. Whitfield blamed the media coverage.", [], id="blamed-the-media-coverage"),
    ],
)
def test_blamed_the_noun(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _replies(body) == expected
