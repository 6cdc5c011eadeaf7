"""The "one side" key finding needs a side with more than one source: an agency speaking for
itself among citizens is no finding about balance (a new-user trial read "Every source with a
stated side speaks for Ohio Emergency Management Agency" on a local story)."""

from __future__ import annotations

from analysis import analyze, load_article
from analysis.report.findings import sourcing_findings

LOCAL = """Flood aid questioned in Pike County

“We waited six weeks for the money,” said Tom Harlan, a retired bus driver.

“Nobody told us why,” said his neighbour, Ellen Price.

The Ohio Emergency Management Agency said the payments were sent in March.
"""

SEED_LIKE = """US officials accuse Moscow

“Russia’s actions raise serious concern,” said a US defense official, who requested anonymity.

US Secretary of State John Kerry told Russia to respect the ceasefire.
"""


def _side_findings(text: str) -> list[str]:
    return [f for f in sourcing_findings(analyze(load_article(text))) if "side" in f]


def test_one_institution_speaking_for_itself_is_no_side_finding() -> None:
    assert _side_findings(LOCAL) == []


def test_two_sources_of_one_side_are_a_finding() -> None:
    assert _side_findings(SEED_LIKE) == ["Every source with a stated side speaks for the United States."]
