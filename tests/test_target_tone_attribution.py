"""Who speaks (analysis/sentiment/target_features.py, round 11): a speech verb written before the
target attributes to it only when the verb opens an attribution; an apposed subject speaks too."""

from __future__ import annotations

import pytest

from analysis import tone_toward
from analysis.sentiment.target_features import target_features


def _speaker(sentence: str, mention: str) -> str | None:
    start = sentence.index(mention)
    fired = {f.name: f.words for f in target_features(sentence, start, start + len(mention), 0.0)}
    return fired.get("speaker")


def test_a_speech_verb_after_its_own_subject_is_not_the_targets() -> None:
    # the target opens what is said: investigators speak, not Myanmar (round 10 worked around this
    # in target_scope; the feature is right at its root now)
    assert _speaker("Investigators say Myanmar's army burned villages.", "Myanmar") is None
    assert _speaker("Jones said Smith lied to the board.", "Smith") is None
    # the target is spoken to
    assert _speaker('"I do not even own a computer," he told Cook.', "Cook") is None
    # the inverted attribution after a quotation, a comma or at the start still counts
    assert _speaker('"The bridge opens in May," said Maria Lopez.', "Maria Lopez") == "said <target>"
    assert _speaker("The bridge opens in May, says the chief economist Maria Lopez.", "Maria Lopez") == (
        "says the chief economist <target>"
    )


def test_the_role_before_a_named_speaker_and_the_apposed_subject() -> None:
    # 'says the firm's founder, X': the role phrase names the speaker after a comma
    assert _speaker('"We will grow," says the firm\'s founder, Ann Lee.', "Ann Lee") == "says the firm 's founder , <target>"
    # "Its chef, X, says ...": the target is the subject's apposition and speaks
    assert _speaker("Its chef, Ann Lee, says that ants taste like lemon.", "Ann Lee") == "<target> , says"
    # "In Paris, says Smith, ...": Paris is no speaker; nor the target before ", said Smith"
    assert _speaker("In Paris, says Smith, it rains a lot.", "Paris") is None
    assert _speaker("The mayor, Ann Lee, said the bridge would open.", "Ann Lee") == "<target> , said"
    assert _speaker("The plan, Ann Lee, said Smith, would fail.", "Ann Lee") is None


def test_roles_owned_voices_and_explaining_verbs() -> None:
    # any lower-case role between an opening speech verb and the name
    assert _speaker('"It is icy," said planetary geologist Ann Lee of NASA.', "Ann Lee") == "said planetary geologist <target>"
    assert _speaker("Jones said the mayor Smith lied.", "Smith") is None
    # the target speaks through its office or spokesman
    assert _speaker("Ombudsman Ann Lee's office said the deaths were caused by gunshots.", "Ann Lee") == "<target> 's office said"
    assert _speaker("Ann Lee's brother said the deaths were caused by gunshots.", "Ann Lee") is None
    # the verbs of explaining and reporting news attribute too; a passive one does not
    assert _speaker('"We use ten percent," Ann Lee explains.', "Ann Lee") == "<target> explains"
    assert _speaker("The Daily Post reported that the plant would close.", "Daily Post") == "<target> reported"
    assert _speaker("Ann Lee was reported to have resigned.", "Ann Lee") is None


def test_a_single_quotation_mark_closes_the_quotation_before_the_verb() -> None:
    # British news quotes with single marks: '‘It is the third strike,’ said X' attributes to X
    assert _speaker("‘It is the third strike this year,’ said Priya Shah, a nurse.", "Priya Shah") == "said <target>"
    assert _speaker("'It is the third strike this year' said Priya Shah.", "Priya Shah") == "said <target>"


def test_an_auxiliary_after_the_target_makes_it_the_subject_of_what_is_said() -> None:
    # round 20: the comma closing "an old ally" let "said Smith" read as an inverted attribution
    assert _speaker("Jones, an old ally, said Smith would make a great leader.", "Smith") is None
    assert _speaker("The mayor, asked about the delay, said Smith had not paid.", "Smith") is None
    # the speaker after a quotation is still the speaker, whatever follows the name
    assert _speaker('"The bridge opens in May," said Smith, who chairs the board.', "Smith") == "said <target>"


def test_a_belief_is_the_targets_position_reported() -> None:
    # round 20: "X believes ..." reports X's view as "X said ..." does (guideline: positions reported
    # without colouring are neutral), so the speaker's neutral prior applies
    assert _speaker("Ann Lee believes the new dam will fail within a decade.", "Ann Lee") == "<target> believes"
    assert _speaker("Ann Lee also fears that the dam will fail.", "Ann Lee") == "<target> also fears"
    # what the belief is about is not its holder's portrayal (rules 2026.12.8 with round 11's weights:
    # negative -0.77 and positive +0.76)
    feared = tone_toward("Ann Lee fears the flood will kill hundreds and destroy the town.", 0, 7)
    assert feared.label == "neutral" and feared.score == pytest.approx(-0.0096, abs=1e-3)
    thought = tone_toward("Ann Lee thinks the reform is a wonderful success.", 0, 7)
    assert thought.label == "neutral" and thought.score == pytest.approx(0.1159, abs=1e-3)


def test_a_title_in_quotation_marks_is_no_quotation() -> None:
    # round 20: quotation marks around the mention alone mark a title or a term, not a speaker's words
    def fired(sentence: str, mention: str) -> set[str]:
        start = sentence.index(mention)
        return {f.name for f in target_features(sentence, start, start + len(mention), 0.0)}

    assert "in_quote" not in fired('The term "Harbour Plan" refers to a bill passed last week.', "Harbour Plan")
    assert "in_quote" not in fired('"Harbour Plan" is the name the council chose.', "Harbour Plan")
    # the mention inside a quoted speaker's words still is
    assert "in_quote" in fired('"The Harbour Plan will ruin this town," Jones said.', "Harbour Plan")
