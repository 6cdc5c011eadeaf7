"""Round 8 (speaker/actor helper): layouts and names real news uses that sourcing missed or mistyped.

Every text here is written for these tests (short news-style sentences), each expectation checked
by hand."""

from __future__ import annotations

from analysis import load_article
from analysis.actors import find_actors
from analysis.sourcing import analyze_sourcing

# --------------------------------------------------------------------------------------------
# Vox pops and pull quotes: a paragraph that is a quotation signed with a dash and a name.

VOX_POP = (
    "Voters in the valley told us what they made of the debate.\n\n"
    "“He talked about taxes for an hour and never once about water. We farm here.” ― Dolores Quintana\n\n"
    "”I came in undecided and I am leaving undecided.” — Tomas Ferreira, 41, of Yuma.\n\n"
    "“Nobody asked about the clinic closing.” – Rita Okafor.\n\n"
    "The mayor’s race has drawn less notice — Harold Finch, a retired builder, has raised little money."
)


def _by_text(text: str) -> dict[str, str | None]:
    result = analyze_sourcing(load_article(text, headline="What voters said"))
    return {a.text.split()[0] + " " + a.text.split()[1]: a.speaker for a in result.attributions}


def test_dash_signed_quotation_takes_the_name_after_the_dash() -> None:
    speakers = _by_text(VOX_POP)
    assert speakers["He talked"] == "Dolores Quintana"
    # A right mark typed for the opening one still opens the quotation; the description after the
    # name stays with it, the closing full stop does not.
    assert speakers["I came"] == "Tomas Ferreira, 41, of Yuma"
    assert speakers["Nobody asked"] == "Rita Okafor"


def test_dash_in_prose_signs_nothing() -> None:
    result = analyze_sourcing(load_article(VOX_POP, headline="What voters said"))
    assert all(a.speaker != "Harold Finch" for a in result.attributions)
    assert [a.speaker for a in result.attributions if a.quote_type == "direct"] == [
        "Dolores Quintana", "Tomas Ferreira, 41, of Yuma", "Rita Okafor"]


def test_dash_after_a_quotation_inside_prose_signs_nothing() -> None:
    text = "The council called the plan “a fair deal” — Mayor Ruth Pike disagreed, and voted against it."
    result = analyze_sourcing(load_article(text, headline="Council votes"))
    assert all(a.speaker != "Mayor Ruth Pike" for a in result.attributions)


# --------------------------------------------------------------------------------------------
# Trial 7's defects on real news, each with our own sentences.


def _kinds(text: str) -> dict[str, str]:
    return {m.actor: m.kind for m in find_actors(load_article(text, headline="News")).mentions}


def _sources(text: str) -> list[tuple[str, str, bool]]:
    result = analyze_sourcing(load_article(text, headline="News"))
    return [(s.name, s.speaker_type, s.official) for s in result.sources]


def test_capital_inside_a_longer_name_is_not_the_state() -> None:
    kinds = _kinds(
        "The striker joined Dynamo Kyiv in May, then Atletico Madrid. George Washington crossed the river. "
        "Talks moved to East Jerusalem. Officials in Moscow said nothing."
    )
    assert kinds["Dynamo Kyiv"] == "organisation"
    assert kinds["Atletico Madrid"] == "organisation"
    assert kinds["George Washington"] == "person"
    assert "Spain" not in kinds and "Ukraine" not in kinds and "United States" not in kinds
    assert kinds["Russia"] == "country"  # "in Moscow" alone still stands for the state


def test_name_joined_by_in_with_an_organisation_apposition() -> None:
    text = "Parents for Safe Cribs, a nonprofit group, said the recall came late. The group said it would sue."
    assert _sources(text) == [("Parents for Safe Cribs", "institution", False)]
    # Without the apposition the words stay apart: a person in a place.
    assert _kinds("Maria Lopez in Denver said the rent had doubled.") == {"Maria Lopez": "person"}


def test_given_name_and_organisation_word_with_a_person_apposition_is_a_person() -> None:
    text = "“We were never told,” said Grace Church, a nurse from Dover."
    assert _sources(text) == [("Grace Church", "named_person", False)]
    assert _kinds("Victoria Park, the city's largest green space, was closed.") == {"Victoria Park": "organisation"}


def test_area_word_inside_an_agency_name_and_the_department_after_it() -> None:
    text = ("The Marion County Health Department said two cases were confirmed. "
            "Both patients are adults, the department said in a statement.")
    assert _sources(text) == [("Marion County Health Department", "institution", True)]
    # An area word before a title is no part of a name: no person "Lake County".
    assert "Lake County" not in _kinds("Lake County Fire Chief Dan Roe said the fire was contained.")


def test_word_before_a_trade_noun_and_a_name_is_no_organisation() -> None:
    kinds = _kinds("Property developer Ann Ruiz said the homes would sell. Energy firm Calder Power said prices would rise.")
    assert "Property" not in kinds and "Energy" not in kinds
    assert kinds["Ann Ruiz"] == "person"


def test_staff_speak_as_unnamed_people() -> None:
    assert _sources("Staff at the clinic said they had not been paid.") == [("Staff at the clinic", "anonymous", False)]


def test_sports_captain_is_no_official_but_a_rank_with_its_force_is() -> None:
    assert _sources("Tom Price, the Rovers captain, said the side would recover.") == [("Tom Price", "named_person", False)]
    assert _sources("Army Captain Lisa Reyes said the base was secure.") == [("Lisa Reyes", "named_person", True)]


def test_trade_noun_before_a_company_lets_the_trade_refer_back() -> None:
    text = "Toy maker Brightwood has recalled 20,000 wooden trains. The toy maker said no child had been hurt."
    assert _sources(text) == [("Brightwood", "institution", False)]


# --------------------------------------------------------------------------------------------
# Persons named by one word: a surname before the full name, a given name beside a speech verb.


def test_surname_before_the_full_name_is_that_person() -> None:
    text = ("Durbin said the vote would come on Friday. “We have the numbers,” Durbin told reporters. "
            "Senator Richard Durbin of Illinois leads the count.")
    assert _sources(text) == [("Richard Durbin", "named_person", True)]


def test_given_name_beside_a_speech_verb_is_a_person_but_not_elsewhere() -> None:
    kinds = _kinds("“It was cold all night,” Maria said. Grace under pressure was the theme. Virginia voted early.")
    assert kinds.get("Maria") == "person"
    assert "Grace" not in kinds
    sources = _sources("“We waited six hours,” said Maria. A company, Fenwick, said the queue was long.")
    assert sources[0] == ("Maria", "named_person", False)


def test_speaker_after_a_clause_of_its_own_is_the_noun_phrase_after_the_conjunction() -> None:
    def speakers(text: str) -> list[str | None]:
        return [a.speaker for a in analyze_sourcing(load_article(text, headline="Bridge to reopen")).attributions]

    assert speakers("The crowd cheered as Mayor Ruth Pike said the bridge would reopen.") == ["Mayor Ruth Pike"]
    assert speakers("The vote came after Senator Ann Dee said the bill was flawed.") == ["Senator Ann Dee"]
    # A relative clause keeps its words: the man is the speaker, not the mayor.
    assert speakers("The man who arrived after the mayor said he was tired.") == ["The man who arrived after the mayor"]
    assert speakers("A man who gave his name only as Rick said he had slept outside.") == ["A man who gave his name only as Rick"]


def test_indefinite_description_after_a_named_person_is_someone_new() -> None:
    # "A police captain" after "Tom Price, the Rovers captain" is another person (the lead-then-name
    # rule joins an indefinite description only to a person named after it).
    text = "Tom Price, the Rovers captain, said the side would recover. A police captain said the road was closed."
    assert _sources(text) == [("Tom Price", "named_person", False), ("A police captain", "anonymous", True)]
    lead = "A state judge on Monday blocked the law, ruling that it was unconstitutional.\n\nJudge Marion Pryce wrote that it overreached."
    assert _sources(lead) == [("Marion Pryce", "named_person", True)]


def test_brand_and_club_names_are_organisations() -> None:
    kinds = _kinds("NEW YORK — BrightPath Baby is recalling 2,000 strollers. Northfield Rovers signed a striker. "
                   "Gen. Douglas MacArthur returned. Jim VandeHei and RoseAnn Diaz spoke.")
    assert kinds["BrightPath Baby"] == "organisation"
    assert kinds["Northfield Rovers"] == "organisation"
    assert kinds["Douglas MacArthur"] == "person"
    assert kinds["Jim VandeHei"] == "person"
    assert kinds["RoseAnn Diaz"] == "person"
