"""Quoted speech in real news: classes of quotation found missing or wrongly attributed on the
PolNeAR train split (issue 15), each checked on invented sentences.

Every sentence here is invented; each test asserts the kind, the speaker and the text.
"""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _found(text: str) -> list[tuple[str, str, str]]:
    result = analyze_sourcing(load_article(text, headline="Story"))
    return [(a.quote_type, a.speaker, a.text) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle phrase between commas describes the speaker; it is no part of the name.
        (
            "Local delegate Mary Sue, clad in a red cape with lights that spelled the name Doe, said the fair could be "
            "a “failure” if the mayor cannot rally the town.",
            ("partial", "Local delegate Mary Sue", "failure"),
        ),
        # A sentence adverb between the name and its relative clause.
        (
            "Doe, meanwhile, who sits on no board, said that fact speaks volumes about who is \"ready to take on the council.\"",
            ("partial", "Doe, meanwhile, who sits on no board", "ready to take on the council"),
        ),
        # "less than two weeks ago" is a time adjunct between the subject and its verb.
        (
            "The water board less than two weeks ago said for the first time that “toxic” water had passed through the pipes.",
            ("partial", "The water board", "toxic"),
        ),
        # A name and its apposition between dashes.
        (
            "Jane Sims — a teacher from Hill — says she made a late decision, and that the endorsement was “a big deal.”",
            ("partial", "Jane Sims — a teacher from Hill", "a big deal"),
        ),
        # "By the end of the day," opens the sentence before its subject; the second verb shares it.
        (
            "By the end of the day, the mayor was forced into a rare retreat and said that his words had been “misconstrued.”",
            ("partial", "the mayor", "misconstrued"),
        ),
        # Who was addressed, then "that": "assured his residents that", "promised Mr. Weiner that".
        (
            "Mr. Biden assured his hometown's residents that Mrs. Doe was ''made of the same stuff,'' even if she hid it.",
            ("partial", "Mr. Biden", "made of the same stuff"),
        ),
        (
            "The firm promised Mr. Weiner that he could run the unit as a ''fully independent entity.''",
            ("partial", "The firm", "fully independent entity"),
        ),
    ],
)
def test_speaker_phrases_of_real_news(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_a_participle_phrase_that_is_no_speaker_still_stays_in_a_speaker_phrase() -> None:
    # "The report, based on ..., said": the whole phrase is a speaker phrase, so it is kept.
    found = _found("The report, based on satellite images and interviews with 212 witnesses, said the town was burned.")
    assert found == [("indirect", "The report, based on satellite images and interviews with 212 witnesses", "the town was burned")]


@pytest.mark.parametrize(
    "text",
    [
        # After "!”" the sentence splitter starts a new sentence: the clause of the moment is no content.
        "“We will win!” Senator Jane Doe said as she opened the meeting.",
        "“We will win,” the mayor said quietly as she left.",
    ],
)
def test_a_clause_of_the_moment_after_the_verb_is_no_content(text: str) -> None:
    found = _found(text)
    assert len(found) == 1 and found[0][0] == "direct" and found[0][2].startswith("We will win")


def test_a_quoted_name_inside_the_speaker_phrase_does_not_hide_the_quotation() -> None:
    found = _found(
        "“We’ve had better fairs than this one,” Texas delegate Bill East, wearing a cowboy hat and “Ted Doe” pins, "
        "said matter-of-factly as confetti fluttered down around him amid the sound of popping balloons."
    )
    assert found == [("partial", "Texas delegate Bill East", "We’ve had better fairs than this one")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # News style puts the titles of shows and books in quotation marks: they are nobody's words.
        ("The senator said on ABC's “This Week” that the plan was dead.", []),
        ("In his new book, “Doomed to Fail,” and in an interview, Mr. Ross said the plan was dead.",
         [("indirect", "Mr. Ross", "the plan was dead")]),
        ("The mayor was for Doe while the clerk was running, he said Wednesday morning on MSNBC’s “Morning Joe.”",
         [("indirect", "he", "The mayor was for Doe while the clerk was running")]),
        ("The revolution ended plans to return home, Mr. Rubio said in his 2012 book, ''An American Son.'' So they stayed.",
         [("indirect", "Mr. Rubio", "The revolution ended plans to return home")]),
    ],
)
def test_titles_of_works_are_not_quotations(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = _found(text)
    assert [f for f in found if f[0] != "indirect"] == [] and all(e in found for e in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A nickname after a naming verb is still the speaker's words, title case or not.
        ("The mayor called her rival “Crooked Jane” at the rally.", ("partial", "The mayor", "Crooked Jane")),
        ("Trump mocked Rubio as “Little Marco” on Twitter.", ("partial", "Trump", "Little Marco")),
    ],
)
def test_title_case_nicknames_stay_quotations(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "He is now host of “The Late Hour with Jane Doe.”",
        "According to ''The Does: Three Generations That Built a Town,'' by Ann Roe, the mayor told his brother to stay.",
    ],
)
def test_titles_after_a_preposition_or_before_their_author(text: str) -> None:
    assert [f for f in _found(text) if f[0] != "indirect"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The wire convention: a quotation closed by a comma, then a short subject and its verb.
        ("\"And it is concerning to me because it would end the care we know,\" she went on.",
         ("direct", "she", "And it is concerning to me because it would end the care we know")),
        ("“Go back to the studio,” the mayor barked at the reporter.", ("direct", "the mayor", "Go back to the studio")),
        # "will" closing the quotation is no auxiliary of the verb after it.
        ("“Some people want change, and will find the third way like Jane will,” said Tom Vale.",
         ("direct", "Tom Vale", "Some people want change, and will find the third way like Jane will")),
    ],
)
def test_speaker_and_verb_after_a_quotation(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle after a word for a written statement reports its author's words.
        ("His office put out a statement saying the town “does not have the capacity to vet every new resident.”",
         ("partial", "His office", "does not have the capacity to vet every new resident")),
        ("The council issued a statement saying the vote would be held in May.",
         ("indirect", "The council", "the vote would be held in May")),
        # An adverb between the comma and the participle.
        ("The mayor turned the heckling to her advantage, alternately shouting “Get them out of here” at the crowd.",
         ("partial", "The mayor", "Get them out of here")),
    ],
)
def test_participles_of_speech(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "with NP telling ...": the noun phrase is the participle's subject.
        ("The debate turned to violence, with Senator John Roe telling reporters on Thursday that the mayor was “directly responsible.”",
         ("partial", "Senator John Roe", "directly responsible")),
        # A long object, then the quoted name closing the clause.
        ("A spokesman for the mayor called a report suggesting donors were given greater access to the office “outrageous.”",
         ("partial", "A spokesman for the mayor", "outrageous")),
        # A time adjunct between the apposition's comma and the verb.
        ("Speaker Paul Roe, the town's top official, on Tuesday called the mayor's remarks about a judge ''racist,'' a rebuke.",
         ("partial", "Speaker Paul Roe, the town's top official", "racist")),
    ],
)
def test_subjects_of_participles_and_namings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As the firm's chief executive, Jeff Wainer, put it in his memo to employees explaining the deal, “Imagine a world "
         "where we are no longer looking up at the giants.”",
         ("direct", "the firm's chief executive, Jeff Wainer", "Imagine a world where we are no longer looking up at the giants.")),
        ("“Go back to the studio,” the mayor barked and a guard escorted the reporter out.",
         ("direct", "the mayor", "Go back to the studio")),
        ("Mr. Bush, channeling his roots, responded by first saying ''some good things'' about Mr. Doe.",
         ("partial", "Mr. Bush", "some good things")),
    ],
)
def test_verbs_needing_a_quotation_reach_it_past_an_adjunct(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_a_title_after_an_adjunct_is_no_quotation_for_a_verb_needing_one() -> None:
    found = _found("She spoke with Jane Doe on the latest episode of its podcast, “So, That Happened.”")
    assert found == []


def test_a_headline_with_its_byline_is_no_quotation() -> None:
    # A news roundup lists headlines with their bylines; the excerpt after the colon is the author's.
    found = _found("FAREWELL—\"The Corner Club to close at the end of December,\" by Times' Ben Roe: "
                   "\"The Corner Club, a nightclub, will close at the end of December.\"")
    assert [f[2] for f in found] == ["The Corner Club, a nightclub, will close at the end of December."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A named possessor and a word for something said own the quotation, around it or before it.
        ("It is the persistent pull of Obama's \"if you like your plan, you can keep it\" promise: unions want it.",
         ("partial", "Obama", "if you like your plan, you can keep it")),
        ("Mitt Romney’s “47 percent” comment was nearly as dismissive.", ("partial", "Mitt Romney", "47 percent")),
    ],
)
def test_a_named_possessor_of_a_word_for_speech_owns_the_quotation(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_a_possessive_before_a_scare_quote_is_no_speaker() -> None:
    assert _found("The town’s “moderate” voters stayed home.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Person nouns news uses for unnamed speakers: a trade or role, a noun ending in -ian or
        # -ist, a multi-word title at the end, a role that varies a newsmaker's name, a plural body.
        ("Harbour Patrol agents described the old pier as “a death trap.”", ("partial", "Harbour Patrol agents", "a death trap")),
        ("A local pediatrician said the clinic was “running on empty.”", ("partial", "A local pediatrician", "running on empty")),
        ("The former first lady said the plan was “a promise kept.”", ("partial", "The former first lady", "a promise kept")),
        ("The retired neurosurgeon called the plan a “fantasy.”", ("partial", "The retired neurosurgeon", "fantasy")),
        ("Several advocacy groups say the rule is “a step backwards.”", ("partial", "Several advocacy groups", "a step backwards")),
        ("The online retail giant said sales were “better than expected.”",
         ("partial", "The online retail giant", "better than expected")),
    ],
)
def test_speaker_nouns_of_unnamed_people_and_bodies(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_a_person_noun_by_its_ending_makes_a_person_not_a_country() -> None:
    result = analyze_sourcing(load_article("A Canadian geophysicist said the crater was “older than anyone thought.”", headline="Story"))
    assert [(s.name, s.speaker_type) for s in result.sources] == [("A Canadian geophysicist", "anonymous")]


def test_an_adjunct_before_a_comma_is_no_name_in_apposition() -> None:
    # "two fire stations" is a plural body noun, so a speaker phrase; after "at" it is a place.
    assert _found("Ballots went “missing” at two fire stations, the opposition Unity Bloc said.") == [
        ("partial", "the opposition Unity Bloc", "missing")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pronoun possessor of a word for speech owns the quotation, resolved like "she" or "he".
        ("Former envoy Mara Lind drew fire this spring over her remark that “no one is coming to save us.”",
         ("partial", "her", "no one is coming to save us", "Mara Lind")),
        ("Senator Tom Reed was pressed on Friday over his statement on Tuesday that the deal was “dead on arrival.”",
         ("partial", "his", "dead on arrival", "Tom Reed")),
    ],
)
def test_a_pronoun_possessor_of_a_word_for_speech_owns_the_quotation(text: str, expected: tuple[str, str, str, str]) -> None:
    result = analyze_sourcing(load_article(text, headline="Story"))
    names = {s.source_id: s.name for s in result.sources}
    assert expected in [(a.quote_type, a.speaker, a.text, names.get(a.source_id)) for a in result.attributions]


def test_a_pronoun_possessive_before_a_scare_quote_is_no_speaker() -> None:
    assert _found("Her “moderate” voters stayed home.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "what X calls “…”": the words between "what" and the naming verb are its speaker, after any noun phrase.
        ("The mayor backed what critics call “a developer giveaway.”", ("partial", "critics", "a developer giveaway")),
        ("The harbor board seeks new rules through what it calls “sensible dock laws.”", ("partial", "it", "sensible dock laws")),
    ],
)
def test_what_a_speaker_calls(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short written text quoted by its words: "the note says", "One banner read “…”".
        ("Mr. Ames keeps a framed note from the mayor. “Tom, you are a total loser!” the note says.",
         [("direct", "the note", "Tom, you are a total loser!")]),
        ("One banner read “Ruiz for the win,” a slogan from her first race.", [("partial", "One banner", "Ruiz for the win")]),
        # A title-case quotation after "read" is what was read, a work's title.
        ("She read “The Art of the Deal” twice.", []),
    ],
)
def test_written_texts_that_read_or_say(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


def test_a_report_in_an_opening_adverbial_clause_ends_at_its_comma() -> None:
    # The clause's subject is its speaker (without "While"); the main clause reports its own speaker.
    assert _found("While Lee has pledged to back Ruiz as the nominee, Devine suggested that it would not be a simple process.") == [
        ("indirect", "Lee", "to back Ruiz as the nominee"),
        ("indirect", "Devine", "it would not be a simple process"),
    ]
