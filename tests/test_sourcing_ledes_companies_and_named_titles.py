"""Round 16 trial (fact-checker and API researcher), the sourcing findings: a lede's description of
the person named next (F3), "the company" (F9), "according to analysts cited by CNBC" and an opening
prepositional phrase (F10), names written with "&" and quoted titles (F1, F2), words hoped of
someone (F15), a surname that is also a firm's name (F14) and the reporter's "falsely claimed" (F4).
Hand-written stories in news style; the trial's repro texts are the last case of each group."""

from __future__ import annotations

import pytest
from sourcing_rows import attribution_rows, sourcing_of


def _sources(text: str) -> dict[str, tuple[str, bool, int]]:
    """Source name -> (speaker type, official, attribution count)."""
    return {s.name: (s.speaker_type, s.official, s.attribution_count) for s in sourcing_of(text).sources}


# F3: "The acting director of the federal agency … has repeatedly denied …", then the name with that title.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The acting director of the federal office has repeatedly denied the existence of acid rain. "
            "Tom Reyes is the acting director of the office. “There is no acid rain,” Reyes said.",
            {"Tom Reyes": ("named_person", True, 2)}, id="copula",
        ),
        pytest.param(
            "The chief executive of the bank said on Monday that profits fell. Ann Lee, the chief executive of "
            "the bank, took over in May. “It was a hard year,” Lee said.",
            {"Ann Lee": ("named_person", False, 2)}, id="apposition-of-a-firm",  # a bank's chief holds no public office
        ),
        pytest.param(
            "The acting director of the federal office responsible for running one in every five dams in the United "
            "States has repeatedly denied the existence of acid rain. Tom Reyes was appointed acting director of the "
            "office in May. \"There is no acid rain,\" Reyes said in a 1995 speech. Asked about the speech, Reyes said "
            "his views were irrelevant to his job.",
            {"Tom Reyes": ("named_person", True, 3)}, id="trial-repro-appointed",
        ),
    ],
)
def test_a_lede_description_is_the_person_named_next_with_its_title(text: str, expected: dict) -> None:
    assert _sources(text) == expected
    assert sourcing_of(text).ratios.withheld_name_attribution_share == 0.0


def test_a_description_stays_apart_from_a_person_named_with_another_role() -> None:
    text = "The director of the agency said the dam was safe. Tom Reyes, a farmer, said it was not."
    assert _sources(text) == {
        "The director of the agency": ("office_holder", True, 1),
        "Tom Reyes": ("named_person", False, 1),
    }


# F9: "the company" is a company, never a government department whose name holds a company noun ("Energy").
_REFINERY = (
    "At least five refineries closed after the storm, the Department of Energy reported. Acme Oil said its tank in "
    "Baytown leaked. \"The leak was stopped,\" Acme Oil said in a filing. \"No one was hurt,\" the company said."
)


def test_the_company_is_the_firm_that_spoke_not_the_department() -> None:
    assert _sources(_REFINERY) == {
        "Department of Energy": ("institution", True, 1),
        "Acme Oil": ("institution", False, 3),
    }
    assert [row[2] for row in attribution_rows(_REFINERY)] == ["Department of Energy", "Acme Oil", "Acme Oil", "Acme Oil"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Department of Energy said five refineries closed. “No one was hurt,” the company said.", id="no-firm"),
        pytest.param("Bloomberg reported that the talks had stalled. The company said it would not comment further.",
                     id="an-outlet-that-reported"),
    ],
)
def test_the_company_with_no_firm_that_spoke_is_a_source_of_its_own(text: str) -> None:
    assert attribution_rows(text)[-1][2].lower() == "the company"


def test_a_firm_named_in_full_and_then_short_is_one_company() -> None:
    text = ("Oil giant Exxon Mobil is among the companies to report emissions. Exxon said a roof over a tank sank. "
            "The company said it needed to make repairs.")
    # one source under the gazetteer's name for the firm (v11 lists Exxon Mobil and its short forms)
    assert [row[2] for row in attribution_rows(text)] == ["Exxon Mobil", "Exxon Mobil"]


# F10: "analysts cited by CNBC" is one unnamed group; "In a third reported incident" names no speaker.
def test_according_to_analysts_cited_by_an_outlet_is_one_group() -> None:
    text = "According to oil analysts cited by CNBC, a fifth of refining is out of service."
    result = sourcing_of(text)
    assert attribution_rows(text) == [
        ("indirect", "oil analysts cited by CNBC", "oil analysts cited by CNBC", "a fifth of refining is out of service"),
    ]
    assert [(s.speaker_type, s.anonymity, s.unnamed_group) for s in result.sources] == [("anonymous", "unnamed_group", True)]


def test_an_opening_prepositional_phrase_is_no_speaker() -> None:
    text = "In a third reported incident since the storm made landfall, Acme Oil said a roof over a tank sank."
    assert attribution_rows(text) == [("indirect", "Acme Oil", "Acme Oil", "a roof over a tank sank")]


# F1, F2: "Fox & Friends" is a named programme; a quoted title before a verb is its subject.
_PROGRAMME = (
    "Senator Jane Holt defended the water plan on Tuesday. \"Coffee & Friends\" criticized Holt for comparing the plan "
    "to the moon landing in a speech last week. \"Seriously?? Holt compares a pipe to Apollo,\" Coffee & Friends "
    "tweeted. \"We will finish it,\" Holt said."
)


def test_a_name_written_with_an_ampersand_is_no_anonymous_group() -> None:
    sources = {s.name: s for s in sourcing_of(_PROGRAMME).sources}
    assert (sources["Coffee & Friends"].speaker_type, sources["Coffee & Friends"].anonymity) == ("institution", None)


def test_a_quoted_title_before_a_verb_is_no_quotation_of_its_object() -> None:
    assert attribution_rows(_PROGRAMME) == [
        # round 17: the quoted title is the speaker of its own "criticized" (title_subjects.py)
        ("indirect", "Coffee & Friends", "Coffee & Friends", "Holt for comparing the plan to the moon landing in a speech last week"),
        ("direct", "Coffee & Friends", "Coffee & Friends", "Seriously?? Holt compares a pipe to Apollo"),
        ("direct", "Holt", "Jane Holt", "We will finish it"),
    ]


def test_a_quotation_before_an_inverted_speaker_still_counts() -> None:
    assert attribution_rows("“We will finish it” said Holt.") == [("direct", "Holt", "Holt", "We will finish it")]


# F15: words someone hoped another would say or do are not that person's.
_HOPE = (
    "Mayor Ann Cole criticised Governor Bill Holt on Monday. Holt announced last month that the state would leave the "
    "water pact. Cole met with Holt last year at Holt Tower to discuss the pact. The meetings had given Cole hope that "
    "the governor would \"come to his senses\" about the pact. \"But I was wrong,\" Cole said."
)


def test_words_hoped_of_someone_are_not_theirs() -> None:
    assert [(row[0], row[2], row[3]) for row in attribution_rows(_HOPE)] == [
        ("indirect", "Ann Cole", "Governor Bill Holt on Monday"),
        ("indirect", "Bill Holt", "the state would leave the water pact"),
        ("direct", "Ann Cole", "But I was wrong"),
    ]


def test_a_title_before_a_name_written_as_an_object_is_read() -> None:
    holt = next(s for s in sourcing_of(_HOPE).sources if s.name == "Bill Holt")
    assert (holt.title, holt.official) == ("Governor", True)


def test_a_running_partial_quotation_outside_a_hope_still_continues() -> None:
    text = "Senator Jane Holt spoke on Monday. “We will win,” Holt said. She called the plan “a very bad deal for the state”."
    assert [row[2] for row in attribution_rows(text)] == ["Jane Holt", "Jane Holt"]


# F14: "Mayor Michael Bloomberg said … Bloomberg said" is one named official.
def test_a_surname_that_names_a_firm_is_the_person() -> None:
    text = ("New York Mayor Michael Bloomberg said on Monday that the city would add 50 miles of bike lanes. "
            "Bloomberg said the lanes would be built by June.")
    result = sourcing_of(text)
    assert [(s.name, s.speaker_type, s.official, s.affiliation, s.attribution_count) for s in result.sources] == [
        ("Michael Bloomberg", "named_person", True, None, 2),
    ]


def test_the_firm_alone_stays_the_firm() -> None:
    assert _sources("Bloomberg reported that the talks had stalled.") == {"Bloomberg": ("institution", False, 1)}


# F4: the reporter's "falsely claimed" accuses the person it is said of.
def test_a_false_claim_in_the_reporters_words_accuses_its_speaker() -> None:
    text = ("Dam office director Tom Reyes falsely claimed in a speech that acid rain was a hoax and compared migrants "
            "to a plague. Reyes has repeatedly used extreme rhetoric about migrants. Asked about his comments, Reyes "
            "said his remarks were being taken out of context.")
    assert [(r.party, r.verdict, r.accused_in[0].cue) for r in sourcing_of(text).right_of_reply] == [
        ("Tom Reyes", "heard", "falsely claimed"),
    ]


def test_a_lede_description_that_falsely_claimed_accuses_the_person_named_next() -> None:
    text = ("The acting director of the federal office has repeatedly denied acid rain and falsely claimed there was no "
            "evidence of it. Tom Reyes was appointed acting director of the office in May. Reyes said his views were "
            "irrelevant to his job.")
    assert [(r.party, r.verdict) for r in sourcing_of(text).right_of_reply] == [("Tom Reyes", "heard")]


def test_a_claim_without_a_word_of_falsehood_accuses_no_one() -> None:
    assert sourcing_of("Tom Reyes claimed the plan was safe. Critics said it was not.").right_of_reply == ()


# Round 20 (trial 20 F10): a lede's "..., auditors said on Tuesday, in a report that drew ...": the
# relative clause on "report" is the reporter's; what was said is the clause before the speaker.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The city's parks chief steered a $2 million contract to a friend, state auditors said on Tuesday, "
            "in a report that drew criticism from both parties.",
            [("indirect", "state auditors", "state auditors", "The city's parks chief steered a $2 million contract to a friend")],
            id="relative-tail",
        ),
        pytest.param(
            "The county auditor said in a report that the parks chief had steered a contract to a friend.",
            [("indirect", "The county auditor", "The county auditor", "the parks chief had steered a contract to a friend")],
            id="that-clause-stays",
        ),
    ],
)
def test_a_relative_tail_after_said_in_a_report(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert attribution_rows(text) == expected


def test_a_carrier_named_with_lines_is_the_company_that_speaks_later() -> None:
    # Trial 21 F5/F7: a carrier whose name ends in "Lines" had been a named person, and "the company"
    # a second source.
    text = "Nordic Ferry Lines said in a statement that it had offered a raise. “We bargained in good faith,” the company said."
    assert _sources(text) == {"Nordic Ferry Lines": ("institution", False, 2)}
