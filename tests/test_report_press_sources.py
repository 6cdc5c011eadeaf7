"""A news outlet cited for its reporting is shown as such where its side would be: in the text
summary's source lines and the HTML report's sources table (round 17: it is in no side)."""

from __future__ import annotations

from analysis import load_article
from analysis.cli import summary
from analysis.pipeline import analyze
from analysis.report.sections import sourcing_section

TEXT = ("Talks stall\n\nWeWork said on Monday it would cut 2,000 jobs. The company faces an inquiry by regulators, "
        "Bloomberg reported. \u201cWe are sorry,\u201d WeWork chief executive Adam Neumann said.")


def test_the_summary_and_the_report_say_a_cited_outlet_is_no_side():
    result = analyze(load_article(TEXT))
    assert [(s.name, s.press) for s in result.sourcing.sources] == [("WeWork", False), ("Bloomberg", True), ("Adam Neumann", False)]
    assert [side for side, *_ in result.sourcing.sides] == ["WeWork"]
    lines = summary(result).splitlines()
    assert "  S2 Bloomberg: institution, non-official, Bloomberg (a news outlet cited for its reporting: no side); " \
           "1 attribution, 7 words" in lines  # "The company faces an inquiry by regulators"
    html = sourcing_section(result).html()
    assert "none: a news outlet cited for its reporting (Bloomberg)" in html
    assert html.count("a news outlet cited for its reporting") == 1  # WeWork and Neumann keep their side
