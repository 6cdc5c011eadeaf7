"""Speakers of real-news chains (issue 15, round 13): "it added" goes on with the body or text just
quoted; a body or place named inside reported words is no referent of "it"; a name in apposition
at the end of a sentence is no subject; a person introduced by name and role just before a
quotation is its "he" or "she"; an uncued quotation in a paragraph about a new person is theirs;
a quoted question cut off by the sentence splitter keeps its "Pike demanded."; a body a sentence
opens with ("Ana Ortiz's campaign") is the next "it" (or "they" in its own sentence); a report
closing its sentence (", the source added.") holds the report before it; a speaker phrase starts
after an archive-style '' closing quote; announcers and questioners speak. Texts invented for
the test; each expectation is a coder's, and each rule has a case where it must not fire."""

from __future__ import annotations

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _speakers(text: str) -> list[tuple[str, str]]:
    """(speaker as written, source name) of each attribution, in body order."""
    result = analyze_sourcing(load_article(text, headline="Story"))
    names = {s.source_id: s.name for s in result.sources}
    return [(a.speaker or "", names[a.source_id]) for a in result.attributions]


def test_it_added_goes_on_with_the_text_just_quoted() -> None:
    text = (
        "Tom Rudd sued the city over the bridge.\n\n"
        "“Business leaders praised him for the comeback of the decade,” the article read. "
        "“Mr. Rudd has erased much of his debt,” it added."
    )
    assert _speakers(text)[-2:] == [("the article", "the article"), ("it", "the article")]


def test_a_body_named_inside_reported_words_is_no_referent_of_it() -> None:
    # Mexico is what the company spoke of, inside its quotation; the "it" is the company.
    text = (
        "Acme Corp answered its critics on Friday.\n\n"
        "The company said in a blog post: “We act fast. Mexico cannot hide its losses from us.”\n\n"
        "“We will keep at it,” it said."
    )
    assert _speakers(text)[-1] == ("it", "Acme Corp")


def test_a_name_in_apposition_after_the_speaker_is_not_the_next_he() -> None:
    text = (
        "“We can run like deer,” Mayor Tom Rudd said, not even needing to name the author of that line, "
        "Carl Lind, who died last year. Residents, he said, can “sing like birds.”"
    )
    assert _speakers(text)[-1] == ("he", "Tom Rudd")


def test_a_subject_after_a_comma_stays_a_subject() -> None:
    # Must not fire: "In 2008, Carl Lind, who was mayor, left ..." is the clause's subject.
    text = "Jane Ortiz spoke first. In 2008, Carl Lind, who was mayor, left the city.\n\n“It was hard,” he said."
    assert _speakers(text)[-1] == ("he", "Carl Lind")


def test_a_person_introduced_with_a_role_before_a_quote_is_its_he() -> None:
    text = (
        "Jane Ortiz said the vote was close.\n\n"
        "While Tom Rudd had many songs written about him, that has not been happening for the mayor, "
        "which is something that worries Carl Lind, president of the Riverside Tenants Union.\n\n"
        "“No one is writing songs for the mayor,” he said."
    )
    assert _speakers(text)[-1] == ("he", "Carl Lind")


def test_a_person_named_in_a_speakers_words_is_not_introduced() -> None:
    # Must not fire: Rudd spoke in that sentence; the "he" after it is still Rudd.
    text = "Tom Rudd said the suit named Carl Lind, a builder from Dayton. “We will win,” he said."
    assert _speakers(text)[-1] == ("he", "Tom Rudd")


def test_an_uncued_quote_in_a_paragraph_about_a_new_person_is_theirs() -> None:
    text = (
        "Tom Rudd said the plan was bad.\n\n"
        "On Sunday, Sen. Jane Ortiz, who lost the primary to Rudd, named high rents as the main issue. "
        "“The young are sick and tired of rents.”"
    )
    assert _speakers(text)[-1] == ("Jane Ortiz", "Jane Ortiz")
    partial = (
        "Tom Rudd said the plan was bad.\n\n"
        "Former Ohio Gov. Jane Ortiz, for her part, is labeling the plan “a blatant abuse of power.”"
    )
    assert _speakers(partial)[-1] == ("Jane Ortiz", "Jane Ortiz")


def test_a_quote_about_a_person_or_after_a_possessive_goes_on_with_the_speaker() -> None:
    # Must not fire: "Rudd “kind of misspoke”" has its verb inside the quotation (Ortiz's words about
    # Rudd), and "Jane Ortiz's plan" makes the plan the subject.
    about = "“We thought only Rudd was rude,” said Ana Ortiz, who wrote a book on him. Rudd “kind of misspoke. He should not say that.”"
    assert _speakers(about)[-1][1] == "Ana Ortiz"
    possessed = "“We will fight,” Tom Rudd said.\n\nJane Ortiz’s plan would cut rents by half. “It is a fraud.”"
    assert _speakers(possessed)[-1] == ("Tom Rudd", "Tom Rudd")


def test_a_quoted_question_cut_from_its_demanded_keeps_its_speaker() -> None:
    text = (
        "“You should resign,” said Tom Rudd. “Why is this not proof that the bank is too big?” Alan Pike demanded. "
        "“It is,” he said."
    )
    assert _speakers(text) == [("Tom Rudd", "Tom Rudd"), ("Alan Pike", "Alan Pike"), ("he", "Alan Pike")]


def test_a_demand_with_an_object_after_a_question_reports_nothing() -> None:
    # Must not fire: "Pike demanded a vote" has an object of its own; the question goes on with Rudd.
    text = "“You should resign,” said Tom Rudd. “Why is this not proof that the bank is too big?” Alan Pike demanded a vote on Monday."
    assert [name for _, name in _speakers(text)] == ["Tom Rudd"]


def test_a_body_a_sentence_opens_with_is_the_next_it() -> None:
    # "Ana Ortiz's campaign" is no actor mention; the "it" is the campaign, not Rudd's committee.
    text = (
        "The Rudd for Mayor Committee spoke on Monday.\n\n"
        "Ana Ortiz’s campaign is defending her remarks. It is denouncing what it calls “the biggest smear in years.”"
    )
    assert _speakers(text)[-1][1] == "Ana Ortiz’s campaign"
    text = "Tom Rudd spoke on Monday. The post showed a man in a wig. It says: “Let him in.”"
    assert _speakers(text)[-1] == ("It", "The post")


def test_they_takes_the_body_its_own_sentence_opens_with() -> None:
    text = (
        "Tom Rudd spoke on Monday. "
        "Ana Ortiz’s campaign is seeking to contrast her approach with what they call Rudd’s “self-centered message.”"
    )
    assert _speakers(text)[-1] == ("they", "Ana Ortiz’s campaign")


def test_a_sentence_opening_with_a_bodys_possession_offers_no_body() -> None:
    # Must not fire: "The company's shares" opens the sentence, but shares are no body; the "it" is Acme.
    text = "Acme Corp said its profits fell. The company’s shares dropped sharply. “We will recover,” it said."
    assert _speakers(text)[-1] == ("it", "Acme Corp")


def test_a_closing_report_holds_the_report_before_it() -> None:
    text = "Ana Ortiz had told police officials that she wanted no escort at all, but the police overruled that request, the source added."
    assert _speakers(text) == [("Ana Ortiz", "Ana Ortiz"), ("the source", "the source")]
    result = analyze_sourcing(load_article(text, headline="Story"))
    inner, outer = result.attributions
    assert inner.text.endswith("overruled that request") and outer.text.startswith("Ana Ortiz had told")


def test_a_relative_clause_closing_a_sentence_is_no_closing_report() -> None:
    # Must not fire: "a claim that the office disputes" is no speaker and verb closing the report.
    text = "Carl Lind further alleges that he was fired for his service, a claim that the office strongly disputes."
    assert [name for _, name in _speakers(text)] == ["Carl Lind"]


def test_a_speaker_after_an_archive_style_closing_quote_starts_after_it() -> None:
    text = (
        "Acts of protest, Mayor Tom Rudd said, are acts of patriotism, whether it was wearing a T-shirt with the words "
        "''I can't breathe,'' as Carl Lind, gasping facedown on a sidewalk, said before he died."
    )
    assert all(not speaker.startswith("''") for speaker, _ in _speakers(text))


def test_an_announcer_and_a_questioner_are_speakers() -> None:
    text = "Tom Rudd spoke first. As a phone rang, the announcer said, “It is late. Who do you want answering?”"
    assert _speakers(text) == [("the announcer", "the announcer")]
    text = "Tom Rudd spoke first. At a forum on Monday, one questioner claimed that the army was weak."
    assert _speakers(text) == [("one questioner", "one questioner")]


def test_a_time_clause_after_the_verb_is_no_content() -> None:
    text = "The crowd wore shirts with the words “I can’t breathe,” as Carl Lind, gasping on the sidewalk, said before he died."
    assert all(a.text != "before he died" for a in analyze_sourcing(load_article(text, headline="Story")).attributions)
    # Must not fire: content follows "that" after the clause of time.
    text = "Tom Rudd said after he met the mayor that the deal was off."
    assert "the deal was off" in analyze_sourcing(load_article(text, headline="Story")).attributions[0].text


def test_the_one_who_asks_is_not_the_he_who_answers() -> None:
    text = "Tom Rudd spoke at a forum on Monday. One questioner claimed that the army was weak. “You are right,” he said."
    assert _speakers(text)[-1] == ("he", "Tom Rudd")


def test_a_body_named_again_by_its_head_is_the_body_that_spoke() -> None:
    text = (
        "The city of Riverside is demanding that Acme Corp stop using its logo. "
        "The city sent a letter on Friday. It said the firm broke state law."
    )
    assert _speakers(text)[-1] == ("It", "The city of Riverside")


def test_a_colon_lead_keeps_its_quotation() -> None:
    # Must not fire: in "Rudd: Ortiz needs to “stop the feud”" the quoted words are Rudd's.
    text = "Rudd: Ortiz needs to “stop the feud” with the council.\n\nTom Rudd spoke on Friday."
    assert all(name != "Ortiz" for _, name in _speakers(text))
