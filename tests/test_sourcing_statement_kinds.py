"""A source's statement kinds, in a fixed order."""

from __future__ import annotations

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def test_statement_kinds_come_in_a_fixed_order() -> None:
    # Trial 13 F15: "statement,denial" and "denial,statement" split one category in a table.
    text = ("Mayor accused of fraud\n\nProsecutors accused Mayor Tom Hale of fraud on Monday. Hale denied the charges. "
            "“I will fight this,” Hale said.\n")
    hale = next(s for s in analyze_sourcing(load_article(text)).sources if s.name.endswith("Hale"))
    assert hale.statement_kinds == ("statement", "denial")
