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


BORDER = """Talks on the border stall

Russian Foreign Minister Sergei Lavrov said the talks had failed because Kiev would not compromise on \
anything at all. Ukrainian Foreign Minister Dmytro Kuleba said Moscow had never wanted a deal. Anna Berg, a \
farmer who lives near the border, said she had heard shelling every night since the spring and that no one \
expected a quick end.
"""


def test_words_by_side_also_counts_the_voices_with_no_side() -> None:
    # Trial 15 F18: the line named only the small stated sides; the farmer, the largest voice here, has none.
    assert _side_findings(BORDER) == [
        "Quoted and paraphrased words by side: Russia 13 words and Ukraine 6 words; 17 more from sources with no stated side."
    ]
