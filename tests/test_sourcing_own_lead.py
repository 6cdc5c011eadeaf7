"""A quotation whose own sentence names who speaks is that speaker's, never a running quote of the
speaker before (round 15 trial F1), and a subject with a post-modifier still speaks (F13):
``analysis/sourcing/own_lead.py``."""

from __future__ import annotations

from sourcing_rows import attribution_rows


def test_a_document_before_a_colon_lead_in_owns_the_quotation() -> None:
    # trial repro r1b: the report's statement was joined to Smith's quotation
    text = (
        '"I respect both sides of the science," Smith said. The latest federal report, written by hundreds of '
        'scientists, opens with the statement: "Warming is now faster than at any time in human history."'
    )
    assert attribution_rows(text) == [
        ("direct", "Smith", "Smith", "I respect both sides of the science"),
        ("direct", "The latest federal report", "The latest federal report",
         "Warming is now faster than at any time in human history."),
    ]


def test_a_long_subject_before_said_owns_the_quotation_after_saying() -> None:
    # trial repro r1a: the insurer's words went to the UN chief's spokesman
    text = (
        'The UN secretary-general called the vote "a setback for everyone," according to his spokesman. Denmark\'s '
        "biggest insurer with 40 billion euro ($45 billion) in funds under its care said it would keep buying wind "
        'farms, saying in a statement that "the old fuels are already finished."'
    )
    assert attribution_rows(text)[-1] == (
        "partial", "Denmark's biggest insurer", "Denmark's biggest insurer", "the old fuels are already finished",
    )


def test_an_unlisted_noun_phrase_before_said_owns_the_quotation() -> None:
    # trial repro r6: a fund's words about Trump were credited to Trump
    text = (
        'President Trump announced the exit on Thursday. A pension fund said that "Donald Trump is making a costly '
        'mistake." Mr. Trump said he would seek a better deal.'
    )
    assert attribution_rows(text) == [
        ("partial", "A pension fund", "A pension fund", "Donald Trump is making a costly mistake"),
        ("indirect", "Mr. Trump", "Donald Trump", "he would seek a better deal"),
    ]


def test_a_possessive_name_subject_with_an_unlisted_head() -> None:
    text = (
        '"We will fight on," Ann Cole said. Norway\'s largest pension fund with 53 billion euro in assets said it '
        'would sell, saying in a statement that "the market has moved on."'
    )
    row = attribution_rows(text)[-1]
    assert (row[0], row[1], row[3]) == ("partial", "Norway's largest pension fund", "the market has moved on")


def test_a_person_before_an_apposition_owns_a_quotation_in_the_predicate() -> None:
    text = (
        "Exxon Mobil backs the deal. Secretary of State Rex W. Tillerson, the former chief executive of Exxon Mobil, "
        'has also spoken in favor of "keeping a seat at the table" in the climate pact.'
    )
    assert attribution_rows(text) == [
        ("partial", "Secretary of State Rex W. Tillerson", "Rex W. Tillerson", "keeping a seat at the table"),
    ]


def test_a_group_with_a_participle_or_a_prepositional_modifier_speaks() -> None:
    # trial repro r13 ("experts tracking it say that view is gaining traction" in the NYT article)
    text = (
        "While no decision has been made, experts tracking the talks say the plan is gaining ground. The minister "
        'has spoken in favor of "keeping a seat at the table" in the pact.'
    )
    assert attribution_rows(text) == [
        ("indirect", "experts", "experts", "the plan is gaining ground"),
        ("partial", "The minister", "The minister", "keeping a seat at the table"),
    ]
    text = "The fund will sell its shares, Ann Cole said. Officials familiar with the talks say the deal is close."
    assert attribution_rows(text)[-1] == (
        "indirect", "Officials familiar with the talks", "Officials familiar with the talks", "the deal is close",
    )


def test_what_opens_no_subject_stays_silent() -> None:
    # A time phrase, a pronoun's running quote after a colon: no new speaker.
    assert attribution_rows("Mayor Ann Cole praised the plan. A few days ago blasted the plan as a waste.") == []
    # an unlisted head speaks only before "said" or "told"; an opening participle is no subject
    assert attribution_rows("The balance of evidence suggests that the storms will grow stronger.") == []
    text = "Noting that a bacterium can live on a gas called acetylene, the team went on with the study."
    assert attribution_rows(text) == []
    text = '"We will win," Ann Cole said. Her message was simple: "Keep going and never stop."'
    assert attribution_rows(text) == [("direct", "Ann Cole", "Ann Cole", "We will win … Keep going and never stop.")]
