"""Round 16 trial fixes (trial 16 F16-F19): what used to count as a withheld-name anonymous source,
a legal charge read as speech, accused parties missed by the right of reply, and the addressee of
"told" taken into the reported words. Every rule is stated in its module; the cases below are
hand-written news sentences of each shape, with the exact values expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import analyze_sourcing, load_article
from analysis.sourcing.cue_guards import legal_charge, negated_subject
from analysis.sourcing.quantified import quantified

REPRO = Path(__file__).parent / "fixtures" / "trial16"


def _result(body: str):
    return analyze_sourcing(load_article("Talks stall\n\n" + body))


def _kinds(body: str) -> list[tuple[str, str, str | None]]:
    """(source name, speaker type, anonymity) of every source with a statement, in order."""
    return [(s.name, s.speaker_type, s.anonymity) for s in _result(body).sources if s.attribution_count]


# F16: a negated subject reports nobody's speech.
@pytest.mark.parametrize(
    "body",
    [
        "No, not one single person is arguing it can be done by May.",
        "No one has said the plan would work.",
        "Nobody argued that the tax was fair.",
        "None of the ministers said the deal was dead.",
        "Not a single economist predicted the slump.",
    ],
)
def test_negated_subject_is_no_attribution(body: str) -> None:
    assert _result(body).attributions == ()


def test_negated_subject_rule() -> None:
    body = "No doubt officials said the plan was fair."
    assert negated_subject(body, 0, body.index("said")) is False  # "no doubt" opens an adverbial
    body = "The company no longer says it will pay."
    assert negated_subject(body, 0, body.index("says")) is False
    body = "In the end, nobody said a word about it."
    assert negated_subject(body, 0, body.index("said")) is True


# F18: "charged X with ..." is a legal act, "charged that ..." speech.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" builder Sam Ortiz with manslaughter over the collapse.", True),
        (" two men over the attack on the mosque.", True),
        (" him in connection with the fire.", True),
        (" that the count was rigged.", False),
        (" the board had lied to investors.", False),
    ],
)
def test_legal_charge_rule(text: str, expected: bool) -> None:
    body = "Prosecutors charged" + text
    assert legal_charge("charge", body, len("Prosecutors charged"), len(body)) is expected


def test_prosecutors_charging_is_no_source() -> None:
    result = _result("Prosecutors on Tuesday charged builder Sam Ortiz with manslaughter over the collapse of a parking garage. "
                     "Police arrested two workers on Monday.")
    assert result.attributions == ()
    assert result.ratios.withheld_name_attribution_share is None
    body = "She charged that the count was rigged."
    assert [(a.speaker, a.text) for a in _result(body).attributions] == [("She", "the count was rigged")]


# F16: a named speaker's title apposition, and an aside between name and title.
def test_named_speaker_with_aside_and_capitalised_title() -> None:
    body = "Tom Reed, for example, Professor of Weather Studies at Leeds, claims that there is only a 40 percent chance of snow."
    assert _kinds(body) == [("Tom Reed", "named_person", None)]
    # the trial's sentence: the actors stage reads "Climate Prediction" as a person; after "of" it is the field
    body = "Mark Saunders, for example, Professor of Climate Prediction at UCL, claims that there is only a 57 percent probability."
    assert _kinds(body) == [("Mark Saunders", "named_person", None)]
    body = "Ann Lee, however, said the plan was bad."
    assert _kinds(body) == [("Ann Lee", "named_person", None)]
    # not fired: a title with a name of its own speaks for itself
    body = "On Tuesday, Secretary of State Mike Pompeo said the talks would resume."
    assert _kinds(body) == [("Mike Pompeo", "named_person", None)]


# F16: documents.
@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('A clause in the treaty signed by the members says the city "will cut its emissions."',
         "A clause in the treaty signed by the members"),
        ("The country has fallen behind its targets, according to a leak.", "a leak"),
        ("The embassy was told to stand down, a diplomatic cable said.", "a diplomatic cable"),
        ("Activists are almost always wrong, according to a book debunking myths about climate science.",
         "a book debunking myths about climate science"),
        ("He has changed his mind, according to an interview he gave with 60 Minutes on Sunday.",
         "an interview he gave with 60 Minutes on Sunday"),
        ("According to a study that is often cited by lawyers, two firms emit the most.", "a study that is often cited by lawyers"),
    ],
)
def test_documents_are_not_withheld_people(body: str, name: str) -> None:
    assert _kinds(body) == [(name, "document", None)]


# F16: a quantified category is an unnamed group, not a withheld name; a count is not.
@pytest.mark.parametrize(
    ("body", "name", "anonymity"),
    [
        ("Every candidate for the council seat has said they would rejoin the pact.", "Every candidate for the council seat",
         "unnamed_group"),
        ("Most economists say the tax will fail.", "Most economists", "unnamed_group"),
        ("Nearly every candidate has said the plan is fair.", "Nearly every candidate", "unnamed_group"),
        ("Two officials said the plan was dead.", "Two officials", "withheld"),
        ("Several officials said the plan was dead.", "Several officials", "withheld"),
    ],
)
def test_quantified_groups(body: str, name: str, anonymity: str) -> None:
    assert _kinds(body) == [(name, "anonymous", anonymity)]


def test_quantifier_rule() -> None:
    assert quantified(("Every candidate",)) is True
    assert quantified(("almost every Democratic candidate",)) is True
    assert quantified(("most notably GE proponent Rex Tillerson",)) is False  # a degree adverb, not a quantity
    assert quantified(("two officials",)) is False
    assert quantified(("All three officials",)) is False  # a count of people the reporter spoke to
    assert quantified(("All officials",)) is True
    assert quantified(()) is False


# F16: participants and members of the public by trade.
@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("A fifth-generation coal miner from Virginia has spoken out, saying the mines will not come back.",
         "A fifth-generation coal miner from Virginia"),
        ("At a meeting of scientists in 2012, one participant argued that the claims were speculative.", "one participant"),
        ('"I am starting not to love Pete," someone remarked.', "someone"),
        ("A farmer from Iowa said the crop had failed.", "A farmer from Iowa"),
        ("A former government expert in the audience said the speech ignored the climate.",
         "A former government expert in the audience"),
    ],
)
def test_participants_are_not_withheld(body: str, name: str) -> None:
    assert _kinds(body) == [(name, "anonymous", "unnamed_participant")]


def test_reason_still_makes_a_participant_withheld() -> None:
    body = "A farmer, who asked not to be named, said the crop had failed."
    assert _kinds(body) == [("A farmer", "anonymous", "withheld")]


# F16: a possessor before a cue noun, a member list, a person noun with "named".
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("President Tom Hale's claim that the policies are to blame has been dismissed by experts.",
         [("Tom Hale", "named_person", None)]),
        ("The Post published a Columbia University scientist's claim that the world could be near an ice age.",
         [("a Columbia University scientist", "anonymous", "withheld")]),
        ("Forbes challenged Tom Hale's claim that he only produces 11 tons of carbon.", [("Tom Hale", "named_person", None)]),
        # not fired: an adjective after a determiner is no verb
        ("The embattled CEO's claim that the firm was solvent was false.", [("The embattled CEO", "office_holder", None)]),
        ("Many, including the city's mayor, have blamed the disaster on the heat.", [("Many", "anonymous", "unnamed_group")]),
        ("The growth of fracking, which the governor has supported and almost every Democratic candidate promises to ban, goes on.",
         [("almost every Democratic candidate", "anonymous", "unnamed_group")]),
        ('In addition to the "Buck Hunter" game he gifted the staff, the department declared Thursday that October would be '
         "Hunting Month.", [("the department", "institution", None)]),
        ('On 16 February, a staffer named Tim Hafner wrote to the board: "I would like to know."',
         [("Tim Hafner", "named_person", None)]),
    ],
)
def test_speaker_edges(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _kinds(body) == expected


def test_member_list_after_a_clause_keeps_the_named_member() -> None:
    body = "Graves got push-back from the young activists, including 17-year-old Jamie Margolin from Seattle who asked how he will respond."
    assert _kinds(body) == [("Jamie Margolin", "named_person", None)]


# F19: the addressee of "told" is no part of the reported words.
@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Two diplomats told Reuters the plan worried neighbouring states.", "the plan worried neighbouring states"),
        ("Council member Ann Lee told reporters she would ask for a new vote.", "she would ask for a new vote"),
        ("She told The Associated Press the vote was rigged.", "the vote was rigged"),
        ("The minister told local reporters his party had won.", "his party had won"),
        ("The mayor told reporters that the plan was dead.", "the plan was dead"),
        ("The mayor told Russia and Syria to respect the truce.", "Russia and Syria to respect the truce"),
    ],
)
def test_told_addressee_left_out(body: str, text: str) -> None:
    assert [a.text for a in _result(body).attributions] == [text]


# F17: accused parties in "was also sued", "X, who ..., was suspended", "charged <role> X with".
def test_right_of_reply_finds_the_three_accused() -> None:
    body = ("Prosecutors on Tuesday charged builder Sam Ortiz with manslaughter over the collapse of a parking garage. "
            "Ortiz's company, Ortiz Build, was also sued by the families. A lawyer for Ortiz did not respond to a request "
            "for comment. Ortiz Build denied any wrongdoing in a statement. City inspector Jane Wu, who approved the garage "
            'in 2019, was suspended on Monday. "We followed the rules," the inspectors\' union said.')
    replies = {r.party: (r.verdict, tuple(a.cue for a in r.accused_in)) for r in _result(body).right_of_reply}
    assert replies == {
        "Sam Ortiz": ("sought_but_silent", ("charged",)),
        "Ortiz Build": ("denied", ("sued",)),
        "Jane Wu": ("not_sought", ("suspended",)),
    }


@pytest.mark.parametrize(
    ("sentence", "party", "cue"),
    [
        ("The mayor, Tom Hale, was later charged with fraud.", "Tom Hale", "charged"),
        ("Acme Corp has since been sued by the state.", "Acme Corp", "sued"),
        ("Coach Ann Lee, who led the team for a decade, was suspended on Friday.", "Ann Lee", "suspended"),
        ("Police arrested former guard Tom Hale over the theft.", "Tom Hale", "arrested"),
    ],
)
def test_accused_shapes(sentence: str, party: str, cue: str) -> None:
    replies = {r.party: tuple(a.cue for a in r.accused_in) for r in _result(sentence).right_of_reply}
    assert replies == {party: (cue,)}


# The trial's repro texts, as the trial ran them.
def test_trial16_repros() -> None:
    def run(name: str):
        return analyze_sourcing(load_article((REPRO / f"{name}.txt").read_text(encoding="utf-8")))

    f16 = run("F16")
    assert [(s.name, s.speaker_type, s.anonymity) for s in f16.sources] == [
        ("Tom Reed", "named_person", None),
        ("A clause in the treaty signed by the members", "document", None),
        ("a leak", "document", None),
        ("Every candidate for the council seat", "anonymous", "unnamed_group"),
    ]
    assert f16.ratios.withheld_name_attribution_share == 0.0
    assert run("F18").attributions == ()
    assert [a.text for a in run("F19").attributions] == ["the plan worried neighbouring states", "she would ask for a new vote"]
    assert sorted(r.party for r in run("F17").right_of_reply) == ["Jane Wu", "Ortiz Build", "Sam Ortiz"]
