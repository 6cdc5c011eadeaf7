"""Turns of speech as news writes them (issue #15, round 9): who a quotation with no reporting verb
belongs to. Every text here is written for these tests; each positive case failed before its rule.
"""

from __future__ import annotations

from analysis import load_article
from analysis.sourcing import SourcingResult, analyze_sourcing


def _speakers(text: str) -> list[tuple[str, str, str]]:
    """(quoted or paraphrased text, speaker as written, source name) of each attribution, in body order."""
    result: SourcingResult = analyze_sourcing(load_article(text, headline="Story"))
    names = {s.source_id: s.name for s in result.sources}
    return [(a.text, a.speaker or "", names[a.source_id]) for a in result.attributions]


# --- a quotation in the predicate of its own sentence's subject ---------------------------------

def test_new_subject_with_an_unlisted_verb_takes_the_quote_from_the_running_speaker() -> None:
    text = (
        "“We will rebuild the bridge by spring,” said Mayor Lena Ortiz.\n\n"
        "Councilwoman Ada Brandt thanked the mayor for “finally listening to the people of the east side.”"
    )
    assert _speakers(text)[-1] == ("finally listening to the people of the east side", "Councilwoman Ada Brandt", "Ada Brandt")


def test_new_subject_past_an_apposition_labels_a_plan_in_her_words() -> None:
    text = (
        "“The budget is balanced,” said Treasurer Omar Diaz.\n\n"
        "Rita Vance, who runs the county food bank, labeled the cuts “cruel and short-sighted in every way.”"
    )
    assert _speakers(text)[-1][1:] == ("Rita Vance", "Rita Vance")


def test_possessor_is_no_subject_and_the_running_quote_goes_on() -> None:
    # "Vance’s plan" owns the quotation's topic, it does not speak: the quote continues Diaz.
    text = (
        "“The budget is balanced,” said Treasurer Omar Diaz. “Every line was checked twice by the auditors.”\n\n"
        "Vance’s plan, he added, was “a fantasy with no numbers behind it at all.”"
    )
    assert all(name == "Omar Diaz" for _, _, name in _speakers(text))


def test_copula_after_the_subject_gives_no_speaker() -> None:
    # "The plan was “…”": the subject is what the quotation judges, not who said it.
    text = (
        "“The budget is balanced,” said Treasurer Omar Diaz.\n\n"
        "The new stadium was “a gift to the owners and nobody else in this town,” in his words."
    )
    assert [name for _, _, name in _speakers(text)] == ["Omar Diaz", "Omar Diaz"]


def test_his_campaign_as_subject_takes_the_quote() -> None:
    text = (
        "“We are ahead in every county,” said Senator Tom Reyes.\n\n"
        "His campaign blasted out an email to supporters that read “Victory is within reach for every volunteer.”"
    )
    assert _speakers(text)[-1][1] == "His campaign"


# --- a question closed by its mark, then "Name asked the mayor." -------------------------------

def test_speaker_after_a_closed_question_signs_it() -> None:
    text = (
        "Ann Cole met Tom Reyes at the depot on Monday.\n\n"
        "“Did you know the bridge was broken?” Reyes asked the mayor. “Nobody told us anything.”"
    )
    assert [(s, n) for _, s, n in _speakers(text)] == [("Reyes", "Tom Reyes")]
    assert _speakers(text)[0][0].startswith("Did you know the bridge was broken?")


def test_a_reported_clause_after_the_verb_stays_a_report() -> None:
    # "asked whether ...": the sentence reports a question of its own, it does not sign the quotation.
    text = (
        "Ann Cole met Tom Reyes at the depot on Monday.\n\n"
        "“Is it broken?” Reyes asked whether the city would pay for the repairs."
    )
    assert ("whether the city would pay for the repairs", "Reyes", "Tom Reyes") in _speakers(text)


# --- a running quote goes on with the quotation's speaker, not a clause after its attribution ----

def test_running_quote_skips_a_report_written_after_the_attribution() -> None:
    text = (
        "The contracts were signed in 2012.\n\n"
        "“Nobody asked us,” Ann Cole told the radio station, after Tom Reyes stated an interest in ending the deal. "
        "“These contracts are binding.”"
    )
    found = _speakers(text)
    assert ("an interest in ending the deal", "Tom Reyes", "Tom Reyes") in found
    assert [name for words, _, name in found if "binding" in words] == ["Ann Cole"]


def test_running_quote_after_according_to_stays_with_the_quoted_speaker() -> None:
    # "according to a pool report" right after the report's speaker and verb is its channel, not a
    # second speaker (round-9 trial, finding 12: one quote was counted twice): the running quote
    # is Ann Cole's, as the first is. (Merged with the trial fix; PolNeAR train strict speaker
    # 0.894 with the channel rule, 0.895 without it; speech F1 0.860 both.)
    text = (
        "The contracts were signed in 2012.\n\n"
        "“Nobody asked us,” Ann Cole said, according to a pool report. “These contracts are binding.”"
    )
    assert [name for words, _, name in _speakers(text) if "binding" in words] == ["Ann Cole"]
    assert {name for _, _, name in _speakers(text)} == {"Ann Cole"}


def test_a_court_opinion_and_a_suit_speak_after_their_quotation() -> None:
    text = (
        "Tom Reyes filed the case in May.\n\n"
        "“The plaintiff was the only one punished,” the suit says.\n\n"
        "“The court expresses no view on the merits” of the case, the unsigned opinion said."
    )
    assert [s for _, s, _ in _speakers(text)] == ["the suit", "the unsigned opinion"]


def test_opinion_is_no_speaker_as_the_subject_of_another_verb() -> None:
    assert [s for _, s, _ in _speakers("Public opinion has shifted on the plan, Reyes said.")] == ["Reyes"]


# --- the person right before a verb whose speaker phrase was not read --------------------------

def test_person_who_smiled_and_said_after_an_opening_clause() -> None:
    text = (
        "“We need more buses,” said Tom Reyes.\n\n"
        "When asked whom she supported, Ms. Ann Sherry smiled and said, “I am waiting for someone else to get in the race.”"
    )
    assert _speakers(text)[-1][2] == "Ann Sherry"


def test_person_after_a_preposition_is_no_speaker_of_the_verb() -> None:
    # "backed Tom Reyes over Ann Sherry and said": Sherry is the object; the quote is the subject's ("he").
    text = (
        "“We need more buses,” said Tom Reyes.\n\n"
        "Years ago, he backed Bill Trent over Ann Sherry and said, “She has never done a thing for this town.”"
    )
    assert _speakers(text)[-1][2] != "Ann Sherry"


# --- "spokesman" says nothing of gender ---------------------------------------------------------

def test_she_can_follow_a_woman_called_spokesman() -> None:
    text = (
        "Lena Ortiz chairs the group.\n\n"
        "Campaign spokesman Hope Ridley confirmed that the group was created independently. "
        "“They are not affiliated with the campaign,” she said."
    )
    assert _speakers(text)[-1][1:] == ("she", "Hope Ridley")


# --- "they" after a group named as a sentence's subject ----------------------------------------

def test_they_takes_the_group_that_opens_the_sentence_before() -> None:
    text = "Young voters have reached a broad consensus on the issue. By nearly 2-1, they say the old rule should go."
    assert _speakers(text) == [("the old rule should go", "they", "Young voters")]


def test_they_takes_no_single_person_subject() -> None:
    # "The mayor" is one person: the "they" keeps no referent (it is never the mayor).
    text = "The mayor reached a deal on the issue. By nearly 2-1, they say the old rule should go."
    assert [name for _, _, name in _speakers(text)] != ["The mayor"]
