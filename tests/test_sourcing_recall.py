"""Reporting patterns of real news found missing on the PolNeAR train split (issue 15).

Every sentence here is invented; each test asserts the speaker, the content and the kind.
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
        ("The water board now says the pipes are safe.", ("indirect", "The water board", "the pipes are safe")),
        ("The union has long argued that wages are too low.", ("indirect", "The union", "wages are too low")),
        ("The local paper first reported that the mill would close.", ("indirect", "The local paper", "the mill would close")),
        ("The mayor has since said that she regrets the vote.", ("indirect", "The mayor", "she regrets the vote")),
    ],
)
def test_adverb_between_subject_and_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_participle_after_a_quotation_is_its_own_report() -> None:
    found = _found("“We will appeal,” the mayor said on Friday, adding that the city had been treated unfairly.")
    assert found == [
        ("direct", "the mayor", "We will appeal"),
        ("indirect", "the mayor", "the city had been treated unfairly"),
    ]


def test_participle_opening_a_quotation_continues_it() -> None:
    found = _found("“We will appeal,” the mayor said, adding: “The city was wronged.”")
    assert found == [("direct", "the mayor", "We will appeal … The city was wronged.")]


def test_second_verb_of_one_subject_is_a_second_report() -> None:
    found = _found("The mayor said the plan was unfair and said that the council had been “deeply misled” by the firm.")
    assert found == [("indirect", "The mayor", "the plan was unfair"), ("partial", "The mayor", "deeply misled")]
    found = _found("The agency said it was “deeply concerned” and urged both sides to talk.")
    assert found == [("indirect", "The agency", "both sides to talk"), ("partial", "The agency", "deeply concerned")]


def test_paraphrase_around_its_quotation_stays_one_report() -> None:
    # The quotation lies inside the paraphrase: one report, the quotation as its text.
    found = _found("Russia bombed the base, according to a US official, who said the strike raises “serious concern.”")
    assert len(found) == 1 and found[0][:2] == ("partial", "a US official")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator is telling voters in Ohio that she will win the state.",
            ("indirect", "The senator", "is telling", "she will win the state"),
        ),
        ("The governor is calling for the council to resign.", ("indirect", "The governor", "is calling for", "the council to resign")),
        (
            "The union called on the mayor to resign over the crisis.",
            ("indirect", "The union", "called on", "the mayor to resign over the crisis"),
        ),
        (
            "The senator suggested the state should send more troops.",
            ("indirect", "The senator", "suggested", "the state should send more troops"),
        ),
        (
            "The mayor promised her plan would be paid for by the state.",
            ("indirect", "The mayor", "promised", "her plan would be paid for by the state"),
        ),
    ],
)
def test_progressive_call_on_and_clause_without_that(text: str, expected: tuple[str, str, str, str]) -> None:
    result = analyze_sourcing(load_article(text, headline="Story"))
    assert [(a.quote_type, a.speaker, a.cue, a.text) for a in result.attributions] == [expected]


@pytest.mark.parametrize(
    "text", ["The senator suggested a meeting on Monday.", "He mentioned it at a rally.", "The mayor was calling the shots."]
)
def test_no_clause_no_report(text: str) -> None:
    assert analyze_sourcing(load_article(text, headline="Story")).attributions == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ad says “nothing will change until we vote.”", ("partial", "The ad", "says", "nothing will change until we vote")),
        (
            "“We could win in a landslide,” the strategist concluded.",
            ("direct", "the strategist", "concluded", "We could win in a landslide"),
        ),
        ("And the governor gloated: “I told you he would fail.”", ("direct", "the governor", None, "I told you he would fail.")),
        ("The senator shot back:\n\n“That is simply false, and everyone knows it.”",
         ("direct", "The senator", None, "That is simply false, and everyone knows it.")),
    ],
)
def test_documents_quotes_before_clause_verbs_and_colon_lead_ins(
    text: str, expected: tuple[str, str, str | None, str]
) -> None:
    result = analyze_sourcing(load_article(text, headline="Story"))
    assert [(a.quote_type, a.speaker, a.cue, a.text) for a in result.attributions] == [expected]


def test_colon_after_a_clause_is_no_lead_in() -> None:
    assert analyze_sourcing(load_article("Rain fell overnight and the streets flooded: “It was chaos.”", headline="x")).attributions == ()


def test_inverted_speaker_with_a_long_apposition_is_the_name() -> None:
    text = (
        "“The economy has changed since the 1990s,” said Dana Kim, a professor of economics at a state university "
        "and a former chair of the governor's council of economic advisers who has advised the campaign."
    )
    assert _found(text) == [("direct", "Dana Kim", "The economy has changed since the 1990s")]


def test_one_word_answer_is_a_report() -> None:
    assert _found("Asked if he had ever been bullied, the candidate said no.") == [("indirect", "the candidate", "no")]
    assert _found("The mayor said nothing.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The actress said she was tired of the campaign.", ("indirect", "The actress", "she was tired of the campaign")),
        ("The billionaire businessman says the race is tough.", ("indirect", "The billionaire businessman", "the race is tough")),
        ("“We have a few minutes left,” the moderator said.", ("direct", "the moderator", "We have a few minutes left")),
        ("Her allies say the vote was rigged.", ("indirect", "Her allies", "the vote was rigged")),
    ],
)
def test_roles_of_campaign_and_media_news_speak(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_verb_after_an_opening_adjunct_takes_the_main_subject() -> None:
    text = "Walking to the next house, Ebeling reminisced about her youth and said their views were changed by the war."
    assert _found(text) == [("indirect", "Ebeling", "their views were changed by the war")]


def test_verb_after_a_participle_and_its_quotation_takes_the_subject() -> None:
    found = _found("The mayor celebrated with supporters, declaring it “a great night” and said the city was ready.")
    assert ("partial", "The mayor", "a great night") in found


def test_words_before_and_are_no_speaker() -> None:
    # "... railed against the plan and explained": not a speaker phrase ending at the comma.
    text = "At a rally in Dayton, Ohio, the retired teacher railed against the plan and explained that it would hurt."
    assert all(not speaker.startswith("Ohio") for _, speaker, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She will face an electorate in which 67 percent of voters say she is not honest.",
            ("indirect", "67 percent of voters", "she is not honest"),
        ),
        ("The campaign strategists say the turnout will be high.", ("indirect", "The campaign strategists", "the turnout will be high")),
    ],
)
def test_speaker_after_in_which_and_plural_person_nouns(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator hailed the vote as “fantastic,” telling reporters in Ohio that the result was a relief.",
            ("indirect", "The senator", "reporters in Ohio that the result was a relief"),
        ),
        (
            "Budget deficits will rise this year, the budget office reported on Tuesday.",
            ("indirect", "the budget office", "Budget deficits will rise this year"),
        ),
        (
            "The senator, after previous rallies, wrote that he would not be surprised by violence.",
            ("indirect", "The senator", "he would not be surprised by violence"),
        ),
    ],
)
def test_participle_after_a_quote_report_on_a_day_and_adjunct_between_commas(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


def test_reported_on_a_topic_is_no_report() -> None:
    assert _found("The paper reported on the scandal.") == []


def test_maintains_needs_a_clause() -> None:
    assert _found("The senator maintains a commanding lead in the polls.") == []
    assert _found("The senator maintained she was innocent.") == [("indirect", "The senator", "she was innocent")]


def test_doubled_apostrophes_are_quotation_marks_for_verbs_that_need_a_quote() -> None:
    found = _found("The senator called the golf venture ''a great example'' of how things had gone wrong.")
    assert found == [("partial", "The senator", "a great example")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“This is fantastic!” beamed Don Hartley, a delegate.", ("direct", "Don Hartley, a delegate", "This is fantastic!")),
        ("“Quiet,” he demanded, as the rival kept talking.", ("direct", "he", "Quiet")),
        ("“Not again,” the crowd groaned.", ("direct", "the crowd", "Not again")),
    ],
)
def test_quotation_then_an_unlisted_verb_names_its_speaker(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text) == [expected]


def test_quoted_title_before_a_clause_is_no_speech() -> None:
    assert _found("“Hawaii Five,” the old procedural that CBS revived in 2010, is considered a model.") == []


def test_a_name_ending_in_ly_is_no_adverb() -> None:
    text = "Megyn Kelly met the candidate on Tuesday. He called her a lightweight. Kelly responded calmly: “It can happen.”"
    result = analyze_sourcing(load_article(text, headline="Story"))
    names = {s.source_id: s.name for s in result.sources}
    assert [(a.speaker, names[a.source_id], a.text) for a in result.attributions if a.quote_type == "direct"] == [
        ("Kelly", "Megyn Kelly", "It can happen.")
    ]


def test_main_clause_subject_after_a_place_with_commas() -> None:
    text = "Speaking at a town hall in Salem, New Hampshire, Donald Trump went after Bush, calling him “a total stiff.”"
    assert [speaker for _, speaker, _ in _found(text)] == ["Donald Trump"]


def test_opening_participle_phrase_is_no_content() -> None:
    found = _found("Addressing the topic on Monday, the White House urged tech firms to find a compromise.")
    assert found == [("indirect", "the White House", "tech firms to find a compromise")]
    assert _found("In the end the mill will close, the company said.") == [("indirect", "the company", "In the end the mill will close")]


def test_spoke_about_reports_its_topic() -> None:
    found = _found("The comedian spoke about the abrupt cancellation of his late-night show.")
    assert found == [("indirect", "The comedian", "the abrupt cancellation of his late-night show")]
    assert _found("Speaking of taxes, the bill is long.") == []


def test_words_after_the_verb_do_not_cancel_a_cue_that_follows_a_quotation() -> None:
    assert _found("“But why?” the reporter asked him.") == [("direct", "the reporter", "But why?")]
    assert _found("The mayor asked them to leave.") == []


def test_contracted_progressive_has_the_pronoun_as_speaker() -> None:
    assert _found("They’re saying the vote was rigged.") == [("indirect", "They", "the vote was rigged")]
    assert _found("She’s describing the benefits of the plan.") == [("indirect", "She", "the benefits of the plan")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Multiple sources privy to the negotiations say the deal is close.",
            ("indirect", "Multiple sources privy to the negotiations", "the deal is close"),
        ),
        ("The committee said the hearing would resume.", ("indirect", "The committee", "the hearing would resume")),
        ("About 4 in 10 say they want a more liberal president.", ("indirect", "About 4 in 10", "they want a more liberal president")),
    ],
)
def test_committees_poll_ratios_and_sources_privy_to(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text) == [expected]


def test_two_verbs_with_their_own_words_are_two_reports() -> None:
    found = _found("The mayor said the plan was unfair and later told reporters that the council had lied.")
    assert found == [("indirect", "The mayor", "the plan was unfair"), ("indirect", "The mayor", "the council had lied")]
    # A participle without words of its own still joins the report before it.
    found = _found("Kerry told reporters the truce was holding, warning that any breach would be punished.")
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator called him a liar and left the room.", ("indirect", "The senator", "him a liar")),
        ("The governor called the levy a tax on families.", ("indirect", "The governor", "the levy a tax on families")),
        ("Critics called her reckless.", ("indirect", "Critics", "her reckless")),
        ("The coach called Dana Reyes a natural leader.", ("indirect", "The coach", "Dana Reyes a natural leader")),
    ],
)
def test_naming_someone_is_speech_without_quotation_marks(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The clerk called him back on Monday.",
        "After ten years the band called it quits.",
        "She called them yesterday.",
        "He called her the next day.",
    ],
)
def test_a_telephone_call_is_no_naming(text: str) -> None:
    assert _found(text) == []


def test_a_promise_to_do_something_is_speech() -> None:
    assert _found("The mayor promised to repave every road by May.") == [
        ("indirect", "The mayor", "to repave every road by May")
    ]
    # The words before the subject are not its content.
    assert _found("Though she had said little on housing, the mayor promised to build more homes.") == [
        ("indirect", "the mayor", "to build more homes")
    ]
    assert _found("The mayor promised a review.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fees, which officials said will rise in May, are the highest in the state.",
            ("indirect", "officials", "will rise in May"),
        ),
        ("He wants a new stadium, which he said the county should pay for.", ("indirect", "he", "the county should pay for")),
        ("She praised the harbour, which she describes as the heart of the town.", ("indirect", "she", "as the heart of the town")),
    ],
)
def test_object_relative_names_the_speaker_after_which(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_title_case_entry_of_a_live_blog_has_a_cue() -> None:
    assert _found("Governor Says She Will Sign The Budget Before Friday") == [
        ("indirect", "Governor", "She Will Sign The Budget Before Friday")
    ]
    # A capitalised verb inside an ordinary sentence is still no cue (a name, a title).
    assert _found("The film Says Who opened on Friday in three cities.") == []


def test_content_before_the_speaker_may_open_with_a_participle_clause() -> None:
    found = _found("Watching his father work two jobs taught him the value of money, he said.")
    assert found == [("indirect", "he", "Watching his father work two jobs taught him the value of money")]


def test_subject_after_a_sentence_adverb_speaks_the_participle() -> None:
    found = _found("However, the coach praised the goalkeeper, saying she had saved the season.")
    assert found == [("indirect", "the coach", "she had saved the season")]
    found = _found("However, the coach praised the goalkeeper, calling her the best in the league.")
    assert found == [("indirect", "the coach", "her the best in the league")]


def test_quotation_after_a_participle_is_a_second_statement() -> None:
    found = _found("“The water was brown,” Ortiz said, adding, “Nobody came to test it for a month.”")
    assert found == [("direct", "Ortiz", "The water was brown"), ("direct", "Ortiz", "Nobody came to test it for a month.")]
    found = _found("“We are ready,” the coach said, adding that the team was “hungrier than ever.”")
    assert found == [("direct", "the coach", "We are ready"), ("partial", "the coach", "hungrier than ever")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most parents said the school was safe, and a third said the same of the bus.",
            [("indirect", "Most parents", "the school was safe"), ("indirect", "a third", "the same of the bus")],
        ),
        (
            "The union said wages were too low, while the company said they were fair.",
            [("indirect", "The union", "wages were too low"), ("indirect", "the company", "they were fair")],
        ),
        (
            "The nurses said the wards were short of staff; the hospital said it was hiring.",
            [("indirect", "The nurses", "the wards were short of staff"), ("indirect", "the hospital", "it was hiring")],
        ),
    ],
)
def test_a_second_speaker_clause_ends_the_first_paraphrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


def test_a_second_clause_without_a_speaker_stays_in_the_paraphrase() -> None:
    assert _found("The mayor said the plan was fair and the council should vote on it.") == [
        ("indirect", "The mayor", "the plan was fair and the council should vote on it")
    ]


def test_subject_of_a_second_clause_joined_by_and_is_the_speaker() -> None:
    found = _found("The council met on Monday and the mayor said the deal was off.")
    assert found == [("indirect", "the mayor", "the deal was off")]
    # Two names joined by "and" with no verb between them are one subject.
    assert _found("Smith and Jones said the deal was off.") == [("indirect", "Smith and Jones", "the deal was off")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The levy passed easily among the 40 percent of residents who said taxes were too low.",
            ("indirect", "the 40 percent of residents", "taxes were too low"),
        ),
        (
            "Half rated the mayor well, compared with 30 percent who say the same of the council.",
            ("indirect", "30 percent", "the same of the council"),
        ),
        ("A nurse who said she had worked all night left the ward.", ("indirect", "A nurse", "she had worked all night left the ward")),
    ],
)
def test_restrictive_who_names_the_phrase_before_it(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee recommended that the school close.", [("indirect", "The committee", "the school close")]),
        ("The union demanded that the mayor resign.", [("indirect", "The union", "the mayor resign")]),
        ("The landlord threatened to evict the tenants.", [("indirect", "The landlord", "to evict the tenants")]),
        ("The senator is predicting that the bill will pass.", [("indirect", "The senator", "the bill will pass")]),
        ("The coach clarified that the trip was cancelled.", [("indirect", "The coach", "the trip was cancelled")]),
        ("It was a demanding job in threatening weather.", []),
        ("Nurses gave the recommended dose.", []),
    ],
)
def test_inflected_verbs_of_demanding_and_predicting(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


def test_quotation_after_a_participle_of_the_subject() -> None:
    found = _found("The mayor criticised the budget, saying the cuts go “much too far.”")
    assert found == [("partial", "The mayor", "much too far")]
    # A short quotation after a participle is no scare quote: someone is reported as saying it.
    found = _found("The senator attacked the plan, calling it “reckless” and warning that it would fail.")
    assert found == [("partial", "The senator", "reckless"), ("indirect", "The senator", "it would fail")]
    found = _found("“We played well,” Reyes said, mentioning the season is “far from over.”")
    assert found == [("direct", "Reyes", "We played well"), ("partial", "Reyes", "far from over")]


def test_relative_clause_report_then_the_main_report() -> None:
    found = _found("Ortiz, who said she usually votes early, said the queues were the longest she had seen.")
    assert found == [
        ("indirect", "Ortiz", "she usually votes early"),
        ("indirect", "Ortiz", "the queues were the longest she had seen"),
    ]


def test_age_between_a_name_and_its_apposition() -> None:
    found = _found("Dana Leon, 34, a junior from Tucson, said she would vote for the first time.")
    assert found == [("indirect", "Dana Leon, 34, a junior from Tucson", "she would vote for the first time")]


def test_pledged_delegates_is_no_pledge() -> None:
    assert _found("The senator leads by 270 pledged delegates after the primary.") == []


def test_a_speaker_sentence_with_a_manner_participle_names_the_quotation() -> None:
    assert _found("“Who pays for it?” Mayor Ruiz asked, tapping the table.") == [("direct", "Mayor Ruiz", "Who pays for it?")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics call it a giveaway to developers.", [("indirect", "Critics", "it a giveaway to developers")]),
        (
            "Ruiz wants to end what she calls waste in the budget office.",
            [("indirect", "she", "waste in the budget office")],
        ),
        (
            "And 60 percent call him honest, after 45 percent said so in May.",
            [("indirect", "60 percent", "him honest"), ("indirect", "45 percent", "so in May")],
        ),
        ("The mayor’s call for calm went unheeded.", []),
        ("Give me a call when the bus arrives.", []),
    ],
)
def test_call_as_a_verb_of_naming(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence adverb without its commas between the subject and the verb.
        ("Doe however said the town would welcome a “fair deal” for the valley.", ("partial", "Doe", "fair deal")),
        ("The mayor meanwhile said the plan was “dead.”", ("partial", "The mayor", "dead")),
        # A party label in brackets, then a time adjunct, before the verb.
        ("Senator Jane Doe (D-Ore.) last week said the mill was not to blame.",
         ("indirect", "Senator Jane Doe (D-Ore.)", "the mill was not to blame")),
    ],
)
def test_words_between_a_named_subject_and_its_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor called them on it:\n\n“The questions tonight show why people distrust the board.”",
         ("direct", "The mayor", "The questions tonight show why people distrust the board.")),
        ("He then listed the traits he looks for in a candidate:\n\n“Has the candidate a record of leading?”",
         ("direct", "He", "Has the candidate a record of leading?")),
        ("Doe responded with a phrase of her own: “Let the town decide.”", ("direct", "Doe", "Let the town decide.")),
    ],
)
def test_colon_lead_in_with_a_verb_and_its_object(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_colon_lead_in_with_a_long_object_names_no_speaker() -> None:
    text = ("The mayor walked past the old mill and the empty school and the boarded shops on the long main street of the town:"
            "\n\n“Nobody lives here now.”")
    assert _found(text) == []  # a walk, not a speaker introducing words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doe blasted the mayor as a “disgrace” on Friday.", ("partial", "Doe", "disgrace")),
        ("Doe slammed the plan as “a disaster.”", ("partial", "Doe", "a disaster")),
        ("The senator has hailed the vote as “fantastic.”", ("partial", "The senator", "fantastic")),
        ("Doe referred to the rival as the “enemy.”", ("partial", "Doe", "enemy")),
        ("The governor has dubbed the tax “a raid on savers.”", ("partial", "The governor", "a raid on savers")),
    ],
)
def test_verbs_of_labelling_before_a_quotation(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The storm blasted through the “Old Town” district.",
        "Doe hails from the “Rust Belt” town of Ashby.",
        "Doe slammed the door.",
    ],
)
def test_verbs_of_labelling_without_words_quoted_report_nothing(text: str) -> None:
    assert _found(text) == []


def test_a_gloss_after_a_quotation_is_no_report() -> None:
    found = _found("The mayor also vowed, “We are going to win,” referring to the vote.")
    assert found == [("partial", "The mayor", "We are going to win")]  # no report of "the vote"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As the mayor put it, “We are done.”", ("direct", "the mayor", "We are done.")),
        ("As the chief executive, Jo Park, put it in her memo to staff, “Imagine a town where we lead.”",
         ("direct", "the chief executive, Jo Park", "Imagine a town where we lead.")),
        ("The mayor owed her seat to, as one aide put it, an “extreme makeover.”", ("partial", "one aide", "extreme makeover")),
    ],
)
def test_as_someone_put_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_put_it_on_hold_is_no_report() -> None:
    assert _found("The council put it on hold until the “new year.”") == []
