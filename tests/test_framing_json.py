"""A framing question's JSON says why it answers as it does (schema 1.2): ``units`` (a count of
supporting units) against ``threshold``, or one ``decisive`` unit (README "JSON schema")."""

from __future__ import annotations

from analysis import analyze, load_article
from analysis.framing import analyze_framing
from analysis.pipeline import SCHEMA_VERSION


def _question(payload: dict, item: str) -> dict:
    return next(q for q in payload["generic_frames"]["questions"] if q["item"] == item)


def test_a_decisive_unit_answers_yes_below_the_threshold() -> None:
    text = "The council will spend $40 million on new buses. Riders welcomed the news."
    result = analyze_framing(load_article(text, headline="Buses"))
    ec2 = _question(result.to_dict(), "EC2")
    assert ec2["answer"] == "yes" and ec2["units"] == 1 and ec2["threshold"] == 6 and ec2["decisive"] is True
    assert [e["decisive"] for e in ec2["evidence"]] == [True]
    assert "strength" not in ec2  # the count is no longer called strength (the frame's 0-1 strength is)
    item = result.item("EC2")
    assert item.units == item.strength == 1 and item.decisive


def test_without_a_decisive_unit_the_count_decides() -> None:
    text = "Prices rose. Taxes went up too."
    ec2 = _question(analyze_framing(load_article(text, headline="Report")).to_dict(), "EC2")
    assert ec2["answer"] == "no" and ec2["units"] == 2 and ec2["decisive"] is False


def test_schema_and_corpus_table_carry_the_same_fields() -> None:
    analysis = analyze(load_article("The council will spend $40 million on new buses.", headline="Buses"))
    assert analysis.to_dict()["schema_version"] == SCHEMA_VERSION == "1.6"
    row = next(r for r in analysis.corpus_rows()["frames"] if r["item"] == "EC2")
    assert (row["answer"], row["units"], row["threshold"], row["decisive"]) == (True, 1, 6, True)
