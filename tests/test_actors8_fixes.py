"""Round 8 (speaker/actor helper): layouts and names real news uses that sourcing missed or mistyped.

Every text here is written for these tests (short news-style sentences), each expectation checked
by hand."""

from __future__ import annotations

from analysis import load_article
from analysis.actors import find_actors
from analysis.sourcing import analyze_sourcing

# --------------------------------------------------------------------------------------------
# Vox pops and pull quotes: a paragraph that is a quotation signed with a dash and a name.

VOX_POP = (
    "Voters in the valley told us what they made of the debate.\n\n"
    "“He talked about taxes for an hour and never once about water. We farm here.” ― Dolores Quintana\n\n"
    "”I came in undecided and I am leaving undecided.” — Tomas Ferreira, 41, of Yuma.\n\n"
    "“Nobody asked about the clinic closing.” – Rita Okafor.\n\n"
    "The mayor’s race has drawn less notice — Harold Finch, a retired builder, has raised little money."
)


def _by_text(text: str) -> dict[str, str | None]:
    result = analyze_sourcing(load_article(text, headline="What voters said"))
    return {a.text.split()[0] + " " + a.text.split()[1]: a.speaker for a in result.attributions}


def test_dash_signed_quotation_takes_the_name_after_the_dash() -> None:
    speakers = _by_text(VOX_POP)
    assert speakers["He talked"] == "Dolores Quintana"
    # A right mark typed for the opening one still opens the quotation; the description after the
    # name stays with it, the closing full stop does not.
    assert speakers["I came"] == "Tomas Ferreira, 41, of Yuma"
    assert speakers["Nobody asked"] == "Rita Okafor"


def test_dash_in_prose_signs_nothing() -> None:
    result = analyze_sourcing(load_article(VOX_POP, headline="What voters said"))
    assert all(a.speaker != "Harold Finch" for a in result.attributions)
    assert [a.speaker for a in result.attributions if a.quote_type == "direct"] == [
        "Dolores Quintana", "Tomas Ferreira, 41, of Yuma", "Rita Okafor"]


def test_dash_after_a_quotation_inside_prose_signs_nothing() -> None:
    text = "The council called the plan “a fair deal” — Mayor Ruth Pike disagreed, and voted against it."
    result = analyze_sourcing(load_article(text, headline="Council votes"))
    assert all(a.speaker != "Mayor Ruth Pike" for a in result.attributions)
