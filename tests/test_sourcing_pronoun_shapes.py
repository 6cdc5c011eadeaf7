"""Speaker pronouns and speaker phrases in real-news shapes (issue 15, round 10): the person a
that-less reported clause is about is not the next "he"; a sentence opening with "And Name" makes
Name its subject; "they" takes two speakers named together; "at which point the crowd" is "the
crowd". Texts invented for the test; each expectation is a coder's, and each rule has a case where
it must not fire."""

from __future__ import annotations

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _speakers(text: str) -> list[tuple[str, str]]:
    """(speaker as written, source name) of each attribution, in body order."""
    result = analyze_sourcing(load_article(text, headline="Story"))
    names = {s.source_id: s.name for s in result.sources}
    return [(a.speaker or "", names[a.source_id]) for a in result.attributions]


def test_the_person_a_reported_clause_is_about_is_not_the_next_he() -> None:
    # Brandt's lawyer speaks of Brandt ("said Brandt was ..."); the "He said" after it continues the lawyer.
    text = (
        "Victor Hale sued his former campaign aide, Martin Brandt, in March.\n\n"
        "Hale's lawyer, Peter Quist, said Brandt was “chasing headlines with invented stories.” "
        "He said Brandt had signed a confidentiality agreement."
    )
    assert _speakers(text)[-1] == ("He", "Peter Quist")


def test_an_inverted_speaker_after_said_is_still_the_speaker() -> None:
    # Must not fire: in "“…,” said Brandt." the name after "said" is the speaker, and the next "he" is his.
    text = (
        "Victor Hale sued his former campaign aide, Martin Brandt, in March.\n\n"
        "“I told the truth and I will keep telling it,” said Brandt. "
        "“Nobody is going to scare me off,” he said."
    )
    assert _speakers(text)[-1] == ("he", "Martin Brandt")


def test_a_sentence_opening_with_and_name_makes_name_its_subject() -> None:
    # "And Obama-like" shape: the "he said" after the quotation is the subject of the sentence before it,
    # not the economist quoted in the paragraph before.
    text = (
        "“The deal is a start, but only a start,” said Tom Rudd, an economist at the Hollis Institute.\n\n"
        "And Governor Alan Pike, for all the praise he won at the summit, seems to agree. "
        "“We do not yet know what will work,” he said."
    )
    assert _speakers(text)[-1] == ("he", "Alan Pike")


def test_and_between_two_names_still_makes_an_object() -> None:
    # Must not fire: "with Rudd and Pike" is no sentence-opening "And"; Pike stays an object, and the
    # "he" is Rudd (the last speaker), as before.
    text = (
        "Tom Rudd, an economist, said the deal was a start.\n\n"
        "Reporters met with the mayor and Alan Pike on Monday. “We do not yet know what will work,” he said."
    )
    assert _speakers(text)[-1] == ("he", "Tom Rudd")


def test_they_takes_two_speakers_named_together() -> None:
    text = (
        "Carla Webb and Dan Ortiz, both candidates for the seat, argued that the agency is not needed. "
        "County boards can do that work, they said."
    )
    # The attribution's source is the first person named; Dan Ortiz is heard in the same reports
    # (SourcingResult.joint_speakers; tests/test_sourcing_joint_and_passive_speakers.py).
    assert _speakers(text)[-1] == ("they", "Carla Webb")


def test_two_speakers_named_together_are_both_heard() -> None:
    text = "Council race\n\n“We will appeal,” said Ann Cole and Bob Hart, the two candidates.\n"
    result = analyze_sourcing(load_article(text))
    assert {"Ann Cole", "Bob Hart"} <= {s.name for s in result.speaking_sources}


def test_they_does_not_take_one_named_person() -> None:
    # Must not fire: one person is no "they"; with no group in sight the pronoun stays unresolved.
    text = "Carla Webb argued that the agency is not needed. County boards can do that work, they said."
    assert _speakers(text)[-1] == ("they", "they")


def test_at_which_point_the_crowd_is_the_crowd() -> None:
    text = (
        "Senator Ruth Vale spoke for an hour about the base. “We will keep it open,” she said, at which point "
        "the crowd chanted “Keep it open!”"
    )
    assert ("the crowd", "the crowd") in _speakers(text)


def test_a_two_word_state_is_no_person_a_she_could_take() -> None:
    # "New Mexico" read as a person's name took the "she" (before: source "New Mexico").
    text = (
        "Laura Dietz, the state's budget director, said the fund was short.\n\n"
        "States usually spread their borrowing. But New Mexico tends to run it all through one bank. "
        "“That is a lot of eggs in one basket,” she said."
    )
    assert _speakers(text)[-1] == ("she", "Laura Dietz")


def test_one_party_member_quoted_without_a_name_is_a_speaker() -> None:
    # "said one Democrat" had no speaker at all; each indefinite party member is a new unnamed source.
    text = (
        "Party insiders were split on the primary.\n\n"
        "“It is hers to lose,” said one New Mexico Democrat. “Nobody is sure of anything,” added another Democrat."
    )
    result = analyze_sourcing(load_article(text, headline="Story"))
    names = {s.source_id: (s.name, s.speaker_type) for s in result.sources}
    assert [(a.speaker, names[a.source_id]) for a in result.attributions] == [
        ("one New Mexico Democrat", ("one New Mexico Democrat", "anonymous")),
        ("another Democrat", ("another Democrat", "anonymous")),
    ]


def test_the_state_party_member_still_refers_back_to_the_named_person() -> None:
    # Must not change: a definite "the Ohio Republican" after a named Ohio Republican is that person.
    text = (
        "Sen. Rob Talley (R-Ohio) said the bill would pass.\n\n"
        "“We have the votes,” the Ohio Republican said."
    )
    assert _speakers(text)[-1] == ("the Ohio Republican", "Rob Talley")


def test_new_mexico_is_not_mexico() -> None:
    from analysis.actors import find_actors_in_text

    assert [m.actor for m in find_actors_in_text("Officials in New Mexico said the road was closed.").mentions] == []
    # Must not fire: Mexico alone is the country.
    assert [m.actor for m in find_actors_in_text("Mexico said it would not pay.").mentions] == ["Mexico"]


def test_a_sentence_opening_with_a_preposition_has_its_subject_after_the_comma() -> None:
    # Before: the speaker was "In a letter to council colleagues" (the adjunct, not its subject).
    text = (
        "The council meets on Tuesday.\n\n"
        "In a letter to council colleagues released Monday, Ada Blake rips the budget deal, "
        "arguing that the deal favors bondholders over residents."
    )
    assert _speakers(text)[-1] == ("Ada Blake", "Ada Blake")


def test_a_preposition_opening_with_no_comma_keeps_the_name_in_it() -> None:
    # Must not change: no comma closes the adjunct, so the name inside the opening words stays the speaker.
    text = "The council meets on Tuesday.\n\nOn Sunday morning Mayor Ruth Pike wrote on Twitter that the vote was rigged."
    assert _speakers(text)[-1][1] == "Ruth Pike"


def test_to_name_opening_a_sentence_gives_whose_view_it_is() -> None:
    # "To <person>, ..." gives that person's view; the "she said" after it is hers, not the last speaker's.
    text = (
        "“He has not been himself since the vote,” said Carla Voss, a former state senator.\n\n"
        "To Hollis College professor Nina Rowe, the governor's silence seemed to reflect sadness. "
        "“It looked like heartbreak,” she said."
    )
    assert _speakers(text)[-1] == ("she", "Nina Rowe")


def test_to_name_inside_a_sentence_is_still_an_object() -> None:
    # Must not fire: "spoke to Nina Rowe" makes her the one spoken to; the "she" stays with the speaker.
    text = (
        "“He has not been himself since the vote,” said Carla Voss, a former state senator.\n\n"
        "Voss spoke to Nina Rowe, a professor, on Monday. “It looked like heartbreak,” she said."
    )
    assert _speakers(text)[-1] == ("she", "Carla Voss")


def test_the_suspect_named_in_apposition_is_the_suspect_who_speaks_later() -> None:
    # "The suspect, Omar Farid, ..." gives Farid the role; before, "the suspect said" opened a new source.
    text = (
        "Police arrested a man on Friday. The suspect, Omar Farid, 31, was held overnight.\n\n"
        "“I did nothing wrong,” the suspect said."
    )
    assert _speakers(text) == [("the suspect", "Omar Farid")]


def test_a_second_suspect_is_not_the_one_named() -> None:
    # Must not fire: "the second suspect" is someone else (an "other" word), a source of its own.
    text = (
        "The suspect, Omar Farid, was held overnight. A second suspect was later arrested.\n\n"
        "“I did nothing wrong,” the second suspect said."
    )
    assert _speakers(text) == [("the second suspect", "the second suspect")]


def test_a_short_given_name_is_the_same_person() -> None:
    # "Joshua Apte ... Josh Apte" were two sources.
    text = (
        "“The air is bad,” said Joshua Apte, a professor at the university.\n\n"
        "“It will get worse,” Josh Apte said later.\n\n“We must act,” Apte said."
    )
    assert {name for _, name in _speakers(text)} == {"Joshua Apte"}


def test_names_of_two_genders_stay_two_people() -> None:
    # Must not fire: "Daniel" and "Danielle" share letters but name a man and a woman.
    text = (
        "“The air is bad,” said Daniel Lane, a professor.\n\n"
        "“It will get worse,” said Danielle Lane, his sister."
    )
    assert [name for _, name in _speakers(text)] == ["Daniel Lane", "Danielle Lane"]


def test_a_coordinated_verb_inside_a_when_clause_takes_that_clauses_subject() -> None:
    # Before: "Some in the crowd" (the main clause's subject) was the speaker.
    text = (
        "The rally ran late.\n\n"
        "Some in the crowd booed, and when Senator Al Rubin thanked the city and said it was great to be home, "
        "a man yelled “Stay there!”"
    )
    assert _speakers(text)[0] == ("Senator Al Rubin", "Al Rubin")


def test_a_when_clause_with_no_named_subject_leaves_the_sentence_subject() -> None:
    # Must not fire: "when the storm ended" names nobody; the coordinated verb is the mayor's, as before.
    text = "The rally ran late.\n\nMayor Tom Reed waited until the storm ended and said the levee would hold."
    assert _speakers(text)[-1] == ("Mayor Tom Reed", "Tom Reed")
