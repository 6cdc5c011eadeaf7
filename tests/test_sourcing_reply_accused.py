"""The right of reply follows the accused party as news names it again; no source is named "He".

Short stories written for these tests (none taken from a test set); every expectation was checked
by hand: who is accused, who answers for them, and what the verdict must be.
"""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.pipeline import analyze
from analysis.report.annotated import _attribution_marks
from analysis.sourcing import SourcingResult, analyze_sourcing
from analysis.sourcing.accused import same_party


def run(text: str) -> SourcingResult:
    return analyze_sourcing(load_article(text))


def replies(result: SourcingResult) -> list[tuple[str, str, tuple[int, ...]]]:
    """(party, verdict, verdict_in) of each accused party."""
    return [(r.party, r.verdict, r.verdict_in) for r in result.right_of_reply]


def sources(result: SourcingResult) -> list[tuple[str, str]]:
    return [(s.name, s.speaker_type) for s in result.sources]


# --------------------------------------------------------------------------------------------
# The accused named in other words


def test_description_accused_before_the_name() -> None:
    # "the clerk of the Eastport harbor district" is accused in the lede; the clerk is named a
    # paragraph later ("Clerk Joan Mbeki"), then denies by surname.
    result = run(
        "Harbor clerk accused of padding payroll\n\n"
        "Prosecutors on Monday accused the clerk of the Eastport harbor district of putting six relatives "
        "on the payroll, according to court papers.\n\n"
        "The papers say Clerk Joan Mbeki hired the relatives in 2023.\n\n"
        "Mbeki denied any wrongdoing."
    )
    # (round 11: the title the text also writes in lower case, "the clerk", is not part of her name)
    assert replies(result) == [("Joan Mbeki", "denied", (2,))]
    reply = result.right_of_reply[0]
    assert [a.cue for a in reply.accused_in] == ["accused of", "accused"]  # the headline, then the lede
    assert [a.sentence is None for a in reply.accused_in] == [True, False]


def test_the_role_description_as_speaker() -> None:
    # "The clerk" stays an anonymous source (coreference does not name her), but she is the one
    # clerk the text names, and she is the accused.
    result = run(
        "Court news\n\nProsecutors on Monday accused the clerk of the Eastport harbor district of padding the payroll.\n\n"
        "The papers say Clerk Joan Mbeki hired six relatives in 2023.\n\nThe clerk declined to comment."
    )
    assert replies(result) == [("Joan Mbeki", "sought_but_silent", (2,))]


def test_the_headline_accuses_a_role_the_body_names() -> None:
    # Only the headline accuses ("Pike County treasurer accused of ..."); the body names the one
    # treasurer, who did not return a call.
    result = run(
        "Pike County treasurer accused of diverting relief money\n\n"
        "The state auditor's report says Treasurer Paul Okoro approved 14 payments to a company owned by his brother.\n\n"
        "Okoro did not return a phone call seeking comment."
    )
    assert replies(result) == [("Paul Okoro", "sought_but_silent", (1,))]
    assert result.attributions[1].cue_lemma == "not return calls"


def test_a_role_two_persons_hold_names_no_one() -> None:
    result = run(
        "County treasurer accused of fraud\n\n"
        "Treasurer Paul Okoro and Treasurer Ann Lee met on Monday, the report says.\n\n"
        "Okoro denied any wrongdoing."
    )
    assert replies(result) == []  # two treasurers: the headline's is not known


def test_name_with_and_without_its_title() -> None:
    result = run(
        "Auditors accused Treasurer Gary Lindqvist of moving $2 million in relief money, a report said.\n\n"
        "Gary Lindqvist denied any wrongdoing."
    )
    assert [(r.party, r.verdict) for r in result.right_of_reply] == [("Gary Lindqvist", "denied")]


def test_passive_accusation_with_a_time_adjunct() -> None:
    result = run(
        "Court news\n\nTreasurer Gary Lindqvist was accused on Tuesday of moving $2 million in relief money.\n\n"
        "Lindqvist declined to comment."
    )
    assert replies(result) == [("Gary Lindqvist", "sought_but_silent", (0,))]


def test_short_name_of_an_organisation() -> None:
    result = run(
        "Builder accused of fraud\n\nProsecutors accused Halvorsen Freight of billing the county for repairs never done.\n\n"
        "Halvorsen denied the allegations in a statement."
    )
    assert replies(result) == [("Halvorsen Freight", "denied", (1,))]


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("The company denied the allegations.", "denied"),
        ("The firm did not respond to a request for comment.", "sought_but_silent"),
        ("The company said its bills were correct.", "heard"),
    ],
)
def test_the_company_for_the_accused_organisation(answer: str, verdict: str) -> None:
    result = run(f"Court news\n\nProsecutors accused Halvorsen Freight of billing the county for repairs never done.\n\n{answer}")
    assert replies(result) == [("Halvorsen Freight", verdict, (1,))]


def test_the_agency_for_the_accused_agency() -> None:
    result = run(
        "Transit news\n\nFlood victims accused the Lakeside Transit Agency of ignoring their complaints.\n\n"
        "The agency did not reply to a message seeking comment."
    )
    assert replies(result) == [("Lakeside Transit Agency", "sought_but_silent", (1,))]


def test_the_company_is_not_an_accused_person() -> None:
    result = run("Court news\n\nProsecutors accused Gary Lindqvist of fraud.\n\nThe company denied the allegations.")
    assert replies(result) == [("Gary Lindqvist", "not_sought", ())]


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("A lawyer for Ridgeline said the charges were false.", "heard"),
        ("Ridgeline’s lawyer, Ann Post, said the charges were false.", "heard"),
        ("A company spokeswoman declined to comment.", "sought_but_silent"),
        ("A spokeswoman for the company declined to comment.", "sought_but_silent"),
    ],
)
def test_a_representative_of_the_accused_by_short_name_or_class_noun(answer: str, verdict: str) -> None:
    result = run(f"Court news\n\nProsecutors accused Ridgeline Builders of fraud on Monday.\n\n{answer}")
    assert replies(result) == [("Ridgeline Builders", verdict, (1,))]


def test_a_company_spokeswoman_is_no_accused_persons_voice() -> None:
    result = run("Court news\n\nProsecutors accused Gary Lindqvist of fraud on Monday.\n\nA company spokeswoman declined to comment.")
    assert replies(result) == [("Gary Lindqvist", "not_sought", ())]


def test_a_word_before_accused_that_is_no_role_names_no_one() -> None:
    # "NTSB" stands before "Accused"; it is no office, so "NTSB Chairman Paul Okoro" is not accused.
    result = run(
        "NTSB Accused Of Hiding Crash Data\n\nThe report says NTSB Chairman Paul Okoro approved the edits.\n\n"
        "Okoro declined to comment."
    )
    assert "Paul Okoro" not in [r.party for r in result.right_of_reply]


def test_a_persons_surname_is_no_short_name_of_a_company() -> None:
    # Vance owns Vance University; "Vance and his attorneys" are his voice, not the school's.
    result = run(
        "School news\n\nTwo lawsuits have accused Vance University of deceiving students. Developer Tom Vance "
        "founded the school in 2005.\n\nVance and his attorneys said the school would reopen."
    )
    assert replies(result) == [("Vance University", "not_sought", ())]


def test_the_group_is_not_an_accused_place() -> None:
    result = run(
        "City news\n\nResidents of North Hill raised concerns about the march.\n\n"
        "“Power to the people!” the group shouted."
    )
    assert all(r.verdict == "not_sought" for r in result.right_of_reply)


def test_same_party() -> None:
    assert same_party("Gary Lindqvist", "Treasurer Gary Lindqvist")
    assert same_party("Ridgeline", "Ridgeline Builders")
    assert not same_party("Gary", "Gary Lindqvist")  # a given name alone is no short name
    assert not same_party("Prime Minister Ann Lee", "Deputy Prime Minister Ann Lee")
    assert not same_party("Builders", "Ridgeline Builders")


# --------------------------------------------------------------------------------------------
# Pronouns: the accused's own denial, and no source named "He"


def test_he_denies_is_the_accused() -> None:
    # Coreference does not take the object of "accused" for a speaker; a denial is the accused's.
    result = run("Court news\n\nProsecutors accused Gary Lindqvist of fraud on Monday.\n\nHe denied the allegations.")
    assert replies(result) == [("Gary Lindqvist", "denied", (1,))]
    assert sources(result) == [("Prosecutors", "anonymous"), ("Gary Lindqvist", "named_person")]
    assert result.attributions[1].speaker == "He"


def test_she_declined_to_comment_is_the_accused() -> None:
    result = run("Court news\n\nProsecutors accused Joan Mbeki of fraud on Monday.\n\nShe declined to comment.")
    assert replies(result) == [("Joan Mbeki", "sought_but_silent", (1,))]
    assert sources(result)[1] == ("Joan Mbeki", "named_person")


def test_a_pronoun_of_the_other_gender_is_not_the_accused() -> None:
    result = run("Court news\n\nProsecutors accused Paul Okoro of fraud on Monday.\n\nShe declined to comment.")
    assert replies(result) == [("Paul Okoro", "not_sought", ())]
    assert sources(result)[1] == ("She", "unresolved")
    assert result.attributions[1].resolved_by == "unresolved"


def test_a_pronoun_with_no_referent_is_unresolved() -> None:
    result = run("Plan news\n\nThe plan was announced on Monday.\n\nHe said the plan would fail. “It is a disaster,” he added.")
    assert sources(result) == [("He", "unresolved")]
    assert [a.resolved_by for a in result.attributions] == ["unresolved", "unresolved"]
    assert result.ratios.anonymous_source_share == 0.0  # not an anonymous source
    assert result.ratios.source_count == 1


def test_a_statement_after_an_accusation_is_the_only_man_named() -> None:
    # Not a denial nor a no-comment: coreference decides, and with no subject of its gender "He" is
    # the man the accusation was about (round 6; it stayed unresolved before).
    result = run("Court news\n\nProsecutors accused Gary Lindqvist of fraud on Monday.\n\nHe said the weather was fine.")
    assert replies(result) == [("Gary Lindqvist", "heard", (1,))]
    assert sources(result)[1] == ("Gary Lindqvist", "named_person")


# --------------------------------------------------------------------------------------------
# No-comment wordings


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("The farm, Agricola Norte, did not respond to an email seeking comment.", "not respond to a request for comment"),
        ("Agricola Norte did not reply to a message seeking comment.", "not respond to a request for comment"),
        ("Agricola Norte did not respond to a phone call seeking comment.", "not respond to a request for comment"),
        ("Agricola Norte did not respond to a reporter’s questions.", "not respond to a request for comment"),
        ("Agricola Norte did not return a phone call.", "not return calls"),
        ("Agricola Norte did not return messages left at its office.", "not return calls"),
        ("Agricola Norte did not answer emailed questions.", "not answer questions"),
        ("Agricola Norte did not get back to a reporter.", "not get back"),
        ("Agricola Norte did not respond Tuesday to messages seeking comment.", "not respond to a request for comment"),
        ("Agricola Norte declined an interview request.", "decline an interview"),
        ("Agricola Norte declined repeated requests for an interview.", "decline a request for an interview"),
    ],
)
def test_no_comment_wordings(sentence: str, lemma: str) -> None:
    result = run(f"Farm news\n\nInspectors accused Agricola Norte of shipping spoiled tomatoes.\n\n{sentence}")
    assert [(a.statement_kind, a.speaker, a.cue_lemma) for a in result.attributions[1:]] == [
        ("no_comment", "Agricola Norte", lemma)
    ]
    assert replies(result) == [("Agricola Norte", "sought_but_silent", (1,))]


@pytest.mark.parametrize(
    "sentence",
    ["The patient did not respond to treatment.", "The workers did not get back to work until noon."],
)
def test_not_a_no_comment(sentence: str) -> None:
    # Nothing was asked: a patient and treatment, workers and work.
    assert [a.statement_kind for a in run(f"Farm news\n\n{sentence}").attributions] == []


def test_messages_left_for_the_party() -> None:
    result = run("Court news\n\nProsecutors accused Gary Lindqvist of fraud.\n\nMessages left for Lindqvist were not returned.")
    assert [(a.statement_kind, a.speaker, a.cue_lemma) for a in result.attributions[1:]] == [
        ("no_comment", "Lindqvist", "message left not returned")
    ]
    assert replies(result) == [("Gary Lindqvist", "sought_but_silent", (1,))]


# --------------------------------------------------------------------------------------------
# The annotated article: one label per speaker mention


def test_one_label_after_a_speaker_of_two_reports() -> None:
    # "he called ... and said ...": two reports (one per verb, as coders count), one mention of him.
    result = analyze(load_article(
        "Court news\n\nProsecutors accused Gary Lindqvist of fraud on Monday.\n\n"
        "Lindqvist denied any wrongdoing. In a statement, he called the case “a political hit job” "
        "and said every payment had been approved."
    ))
    he = [a for a in result.sourcing.attributions if a.speaker == "he"]
    assert len(he) == 2 and len({(a.speaker_start, a.speaker_end) for a in he}) == 1
    _, labels = _attribution_marks(result)
    # (the label names the source "he" was resolved to: trial 18, F19)
    assert labels[he[0].speaker_end] == ["S2 = Gary Lindqvist · named · non-official"]


def test_the_verdict_in_words() -> None:
    from analysis.report.findings import key_findings
    from analysis.report.sections import sourcing_section

    result = analyze(load_article(
        "Court news\n\nProsecutors accused Gary Lindqvist of fraud on Monday.\n\nHe denied the allegations."
    ))
    assert "Gary Lindqvist is accused or blamed (1 place) and only a denial is reported." in key_findings(result)
    assert "only a denial is reported: attribution 2" in sourcing_section(result).html()


# --------------------------------------------------------------------------------------------
# Trial 20 F1: an adverb inside the passive, a title for the accused, a pronoun in an allegation


@pytest.mark.parametrize("adverb", ["before", "previously", "repeatedly", "also", "twice"])
def test_an_adverb_between_accused_and_of(adverb: str) -> None:
    # "has been accused before of" is the same passive accusation as "has been accused of"; once
    # the charge is on the page, her rejection of the review's findings is a denial.
    result = run(
        "Library review\n\nSchools Superintendent Rosa Lindqvist cut the library budget twice, a county review said.\n\n"
        f"Lindqvist has been accused {adverb} of ignoring parents' complaints.\n\n"
        "Lindqvist rejected the findings."
    )
    assert replies(result) == [("Rosa Lindqvist", "denied", (1,))]
    assert [a.statement_kind for a in result.attributions] == ["statement", "denial"]


def test_criticized_the_title_of_a_person_named_earlier() -> None:
    # "the superintendent" at the end of the sentence is the one person the text gives that title.
    result = run(
        "Library review\n\nSchools Superintendent Rosa Lindqvist cut the library budget twice, a county review said.\n\n"
        "Parents from both districts criticized the superintendent.\n\n"
        "Lindqvist denied that the cuts were political."
    )
    # (attribution 1 is the parents' criticism itself)
    assert replies(result) == [("Rosa Lindqvist", "denied", (2,))]


def test_criticized_a_title_no_one_holds_accuses_no_named_person() -> None:
    result = run(
        "Library review\n\nSchools Superintendent Rosa Lindqvist cut the library budget twice, a county review said.\n\n"
        "Parents criticized the treasurer.\n\nLindqvist said the cuts were needed."
    )
    assert [r.party for r in result.right_of_reply] == []


def test_a_complaint_alleging_that_he() -> None:
    # "he" in the allegation's clause is the person named as a subject just before.
    result = run(
        "Port news\n\nHarbor Master Tom Ekberg approved the new mooring fees on Monday.\n\n"
        "In 2021 a fishermen's union filed a complaint alleging that he had blocked its members' permits.\n\n"
        "Ekberg denied the allegations."
    )
    assert replies(result) == [("Harbor Master Tom Ekberg", "denied", (0,))]  # (the actors stage keeps "Harbor Master" in the name)


# --------------------------------------------------------------------------------------------
# A body accused by the people it acts through (trial 21 F2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Shelling near the dam\n\nVIENNA (Reuters) - Rebel leaders accused government troops of firing on a convoy. "
                     "The government rejected the accusation.", [("the government", "denied", (1,))], id="government-troops-denied"),
        pytest.param("Clashes in the port\n\nDock workers blamed police officers for the injuries. Police declined to comment.",
                     [("the police", "sought_but_silent", (1,))], id="police-officers-bare-police"),
        pytest.param("Strike vote\n\nThe union accused company executives of hiding losses. A company spokeswoman declined to comment.",
                     [("the company", "sought_but_silent", (1,))], id="company-executives-spokeswoman"),
        pytest.param("Vote count\n\nThe rebels accused party officials of fraud.", [], id="party-officials-whose-party"),
        pytest.param("Road closed\n\nResidents accused government plans of ignoring them.", [], id="no-member-noun"),
    ],
)
def test_a_body_accused_by_its_members(text: str, expected: list[tuple[str, str, tuple[int, ...]]]) -> None:
    assert replies(run(text)) == expected


# --------------------------------------------------------------------------------------------
# Defence counsel named by the role alone speaks for the accused (trial 21 F7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Trial ends\n\nGlen Ashby, 44, is charged with arson. Defence lawyer Ruth Okafor said the fire was an accident.",
                     [("Glen Ashby", "heard", (0,))], id="defence-lawyer-named"),
        pytest.param("Trial ends\n\nGlen Ashby, 44, is charged with arson. His attorney said the fire was an accident.",
                     [("Glen Ashby", "heard", (0,))], id="his-attorney"),
        pytest.param("Trial ends\n\nThomas Ashby, 44, is charged with arson. Her attorney said the fire was an "
                     "accident.",
                     [("Thomas Ashby", "not_sought", ())], id="her-attorney-not-his"),
        pytest.param("Trial ends\n\nGlen Ashby, 44, is charged with arson. The victim, Tom Pryce, lost his home. "
                     "His lawyer said the family would sue.", [("Glen Ashby", "not_sought", ())], id="his-lawyer-of-the-victim"),
        pytest.param("Trial ends\n\nGlen Ashby is charged with arson. Paul Dunn is charged with theft. Defense attorney Ruth Okafor "
                     "said the fire was an accident.", [("Glen Ashby", "not_sought", ()), ("Paul Dunn", "not_sought", ())],
                     id="two-accused-whose"),
    ],
)
def test_defence_counsel_speaks_for_the_accused(text: str, expected: list[tuple[str, str, tuple[int, ...]]]) -> None:
    assert replies(run(text)) == expected
