"""Two shapes of real news a careful coder credits (issue 15, round 15; PolNeAR train and dev):

* joint speakers: several people named as the one speaker of a report ("said Ann Cole and Bob
  Hart", "Carla Webb and Dan Ortiz argued that ..."): one attribution, whose source is the person
  named first, and every person a source that is heard, with the report's words split evenly
  (analysis/sourcing/joint.py);
* the agent of a passive verb of naming or judging speaks the quotation the verb holds ("was
  described as “…” by Ann Cole", "criticised by the union as “…”"; analysis/sourcing/passive_agents.py,
  ``passive_agent`` in lexicons/speech_verbs.toml).

Every text is written for the test; each expectation is the value a careful coder gives.
"""

from __future__ import annotations

from analysis import load_article
from analysis.sourcing import SourcingResult, analyze_sourcing


def _result(body: str, headline: str = "Story") -> SourcingResult:
    return analyze_sourcing(load_article(f"{headline}\n\n{body}\n"))


def _attributions(result: SourcingResult) -> list[tuple[str, str, str, int]]:
    return [(a.speaker, result.sources[a.source_id].name, a.quote_type, a.word_count) for a in result.attributions]


def _sources(result: SourcingResult) -> list[tuple[str, int, int]]:
    return [(s.name, s.attribution_count, s.word_count) for s in result.sources]


# --- joint speakers -------------------------------------------------------------------------


def test_an_inverted_joint_speaker_is_one_attribution_and_two_sources() -> None:
    result = _result("“We will appeal,” said Ann Cole and Bob Hart, the two candidates.")
    assert _attributions(result) == [("Ann Cole and Bob Hart, the two candidates", "Ann Cole", "direct", 3)]
    # Three words split evenly: the attribution's own source takes the remainder.
    assert _sources(result) == [("Ann Cole", 1, 2), ("Bob Hart", 1, 1)]
    assert result.joint_speakers == ((0, (1,)),)
    r = result.ratios
    assert (r.attribution_count, r.source_count, r.speech_words, r.named_source_share, r.words_per_source) == (1, 2, 3, 1.0, 1.5)
    # A side counts the one report once.
    assert result.sides == (("unaffiliated", 2, 1, 3),)
    # The sources' words add up to the speech words, so the shares of speech add up to one.
    assert sum(row["share_of_speech"] for row in result.source_rows()) == 1.0
    # In the JSON (schema 1.6): who else is heard in each joint report.
    assert result.to_dict()["joint_speakers"] == [{"attribution": 0, "co_source_ids": [1]}]


def test_a_joint_subject_before_the_verb() -> None:
    result = _result("Carla Webb and Dan Ortiz argued that the agency is not needed.")
    assert _attributions(result) == [("Carla Webb and Dan Ortiz", "Carla Webb", "indirect", 5)]
    assert _sources(result) == [("Carla Webb", 1, 3), ("Dan Ortiz", 1, 2)]


def test_they_after_a_joint_speaker_is_both_people() -> None:
    result = _result(
        "Carla Webb and Dan Ortiz, both candidates for the seat, argued that the agency is not needed. "
        "County boards can do that work, they said."
    )
    assert [(a.speaker, result.sources[a.source_id].name) for a in result.attributions] == [
        ("Carla Webb and Dan Ortiz, both candidates for the seat", "Carla Webb"), ("they", "Carla Webb")]
    assert result.joint_speakers == ((0, (1,)), (1, (1,)))
    assert _sources(result) == [("Carla Webb", 2, 6), ("Dan Ortiz", 2, 5)]


def test_she_after_a_joint_speaker_is_one_person() -> None:
    result = _result("“We will appeal,” said Ann Cole and Bob Hart. “I am sure of it,” she added.")
    assert [(a.speaker, result.sources[a.source_id].name) for a in result.attributions] == [
        ("Ann Cole and Bob Hart", "Ann Cole"), ("she", "Ann Cole")]
    assert result.joint_speakers == ((0, (1,)),)
    assert _sources(result) == [("Ann Cole", 2, 7), ("Bob Hart", 1, 1)]


def test_three_people_in_a_list() -> None:
    result = _result("Lena Ortiz, Tom Reyes and Maria Chen wrote that interviews are a poor guide to hiring.")
    assert sorted(s.name for s in result.speaking_sources) == ["Lena Ortiz", "Maria Chen", "Tom Reyes"]
    assert result.ratios.attribution_count == 1
    assert sum(s.word_count for s in result.sources) == result.ratios.speech_words == 7


def test_a_person_already_heard_keeps_one_source() -> None:
    result = _result("Bob Hart said the vote was unfair. Later, Ann Cole and Bob Hart said they would appeal.")
    assert _attributions(result) == [
        ("Bob Hart", "Bob Hart", "indirect", 4), ("Ann Cole and Bob Hart", "Ann Cole", "indirect", 3)]
    assert _sources(result) == [("Bob Hart", 2, 5), ("Ann Cole", 1, 2)]
    assert result.joint_speakers == ((1, (0,)),)


def test_a_body_named_after_the_last_person_is_the_side_of_all() -> None:
    result = _result("Tom Reyes and Lena Ortiz of the University of Oregon argue that wages fell.")
    assert [(s.name, s.affiliation) for s in result.sources] == [
        ("Tom Reyes", "University of Oregon"), ("Lena Ortiz", "University of Oregon")]
    assert result.sides == (("University of Oregon", 2, 1, 2),)


def test_an_accused_person_named_second_is_heard() -> None:
    result = _result(
        "Prosecutors accused Bob Hart of taking bribes.\n\n"
        "“We did nothing wrong,” said Ann Cole and Bob Hart, who face trial in May.",
        headline="Two councillors accused",
    )
    assert [(r.party, r.heard, r.heard_in, r.verdict) for r in result.right_of_reply] == [("Bob Hart", True, (1,), "heard")]


def test_an_accused_person_named_second_is_sought() -> None:
    result = _result(
        "Prosecutors accused Bob Hart of taking bribes.\n\nAnn Cole and Bob Hart did not respond to requests for comment.",
        headline="Two councillors accused",
    )
    assert [(r.party, r.verdict, r.verdict_in) for r in result.right_of_reply] == [("Bob Hart", "sought_but_silent", (1,))]
    # Sought, not heard: neither person is a voice.
    assert [(s.name, s.attribution_count, s.statement_kinds) for s in result.sources[1:]] == [
        ("Ann Cole", 0, ("no_comment",)), ("Bob Hart", 0, ("no_comment",))]


def test_a_lawyer_for_two_people_is_no_joint_speaker() -> None:
    # Must not fire: the lawyer speaks, for both; neither person is heard.
    result = _result("A lawyer for Ann Cole and Bob Hart said the case was weak.")
    assert [s.name for s in result.sources] == ["A lawyer for Ann Cole and Bob Hart"]
    assert result.joint_speakers == ()


def test_a_person_named_in_an_apposition_is_no_joint_speaker() -> None:
    # Must not fire: Bob Hart describes Ann Cole; he says nothing.
    result = _result("Ann Cole, a friend of Bob Hart and his wife, said the case was weak.")
    assert [s.name for s in result.sources] == ["Ann Cole"]
    assert result.joint_speakers == ()


def test_an_article_with_no_joint_speaker_is_unchanged() -> None:
    result = _result("Ann Cole said the vote was unfair. Bob Hart said it was fair.")
    assert result.joint_speakers == ()
    assert _sources(result) == [("Ann Cole", 1, 4), ("Bob Hart", 1, 3)]


# --- passive agents ---------------------------------------------------------------------------


def _cues(result: SourcingResult) -> list[tuple[str, str, str | None, str, str]]:
    return [(a.speaker, a.quote_type, a.cue, a.stance, a.text) for a in result.attributions]


def test_the_agent_of_was_described_as() -> None:
    result = _result("The ruling was described as “a victory for working families” by Ann Cole, the union’s president.")
    assert _cues(result) == [("Ann Cole", "partial", "was described", "neutral", "a victory for working families")]


def test_a_short_quotation_held_by_a_passive_is_no_scare_quote() -> None:
    # Two quoted words with no active verb were dropped as a scare quote; the agent makes them speech.
    result = _result("The plan was dismissed as “a joke” by Senator Ruth Vale on Monday.")
    assert _cues(result) == [("Senator Ruth Vale", "partial", "was dismissed", "denial", "a joke")]
    assert result.sources[0].name == "Ruth Vale"


def test_the_agent_before_as() -> None:
    result = _result("The plan was criticised by the union as “reckless”.")
    assert _cues(result) == [("the union", "partial", "was criticised", "accusation", "reckless")]


def test_a_participle_with_no_auxiliary() -> None:
    result = _result("The inquiry, often labeled a “witch hunt” by Republicans, ended in May.")
    assert _cues(result) == [("Republicans", "partial", "labeled", "neutral", "witch hunt")]


def test_a_perfect_passive() -> None:
    result = _result("The new rules have been called “a tax on the poor” by several economists.")
    assert _cues(result) == [("several economists", "partial", "have been called", "neutral", "a tax on the poor")]


def test_the_agent_of_an_act_is_no_speaker() -> None:
    # Must not fire: "arrested" is no verb of naming; the shout is the man's.
    result = _result("He was arrested by police after he shouted “fire” in the hall.")
    assert [a.speaker for a in result.attributions] == ["he"]


def test_by_a_date_is_no_agent() -> None:
    # Must not fire: "by Monday's deadline" names no one.
    assert _result("The bill was described as “historic” by Monday's deadline.").attributions == ()


def test_according_to_still_sources_the_sentence() -> None:
    # The reporter's source vouches for the whole sentence, the label with it.
    result = _result("The emails were labeled “top secret” by the agency, according to two officials who have seen them.")
    assert [(a.speaker, a.cue) for a in result.attributions] == [("two officials who have seen them", "according to")]


def test_people_after_a_preposition_are_no_joint_speaker() -> None:
    # Must not fire: the people debating are not heard by it. (The speaker stage takes the opening
    # phrase for the quotation's speaker, a known error; this rule must not double it.)
    result = _result(
        "The debate between Ann Cole and Bob Hart grew so heated over the budget that Mayor Tom Reyes said, “I need a translator.”"
    )
    assert result.joint_speakers == ()
    assert "Bob Hart" not in {s.name for s in result.sources}
