"""Who the speaker is and how the source is typed (new-user trial 15, F2 F3 F4 F12 F15): connectives,
name suffixes and lone surnames are no bodies; a nationality is no side; a title belongs to the name
it is written before; a counted group of named leaders is named; a spokesman for a president speaks
for an office; a correspondent holds none; a judge who dismisses a case reports no speech."""

from __future__ import annotations

from sourcing_rows import attribution_rows, sourcing_of

from analysis.sourcing import Source


def _source(text: str, name: str) -> Source:
    sources = {s.name: s for s in sourcing_of(text).sources}
    assert name in sources, sorted(sources)
    return sources[name]


def _typed(source: Source) -> tuple[str, str | None, bool, str | None, str | None]:
    return source.speaker_type, source.anonymity, source.official, source.affiliation, source.title


# F2: words that open a sentence, name suffixes and lone surnames ------------------------------------


def test_a_sentence_connective_is_no_speaker_and_the_plural_noun_before_said_is() -> None:
    text = "Water levels fell on Tuesday. But reports said dozens of wells had run dry."
    assert attribution_rows(text) == [("indirect", "reports", "reports", "dozens of wells had run dry")]
    assert _typed(_source(text, "reports")) == ("document", None, False, None, None)


def test_all_told_opens_no_speaker() -> None:
    text = "Storms hit the coast. All told, the agency says, 40 people died in the floods."
    result = sourcing_of(text)
    assert [s.name for s in result.sources] == ["the agency"]
    assert [a.cue for a in result.attributions] == ["says"]


def test_a_name_suffix_after_its_comma_belongs_to_the_name_before_it() -> None:
    text = "University of Vermont economist Mark Doyle, Jr. said rents would keep rising."
    assert attribution_rows(text) == [
        ("indirect", "University of Vermont economist Mark Doyle, Jr.", "Mark Doyle", "rents would keep rising")
    ]
    assert _typed(_source(text, "Mark Doyle")) == ("named_person", None, False, "University of Vermont", "economist")


def test_a_lone_surname_signing_a_first_person_quotation_after_its_verb_is_a_person() -> None:
    text = 'Asked, "Will the cuts go ahead?" Park replied, "I think they go too far."'
    assert _typed(_source(text, "Park")) == ("named_person", None, False, None, None)
    assert sourcing_of(text).sides == (("unaffiliated", 1, 1, 6),)


def test_a_lone_name_answering_as_we_is_still_read_as_a_body() -> None:
    # a firm's spokesperson speaks for it as "we": no evidence of a person
    text = 'Asked, "Will the cuts go ahead?" Park replied, "We think they go too far."'
    assert _source(text, "Park").speaker_type == "institution"


def test_a_surname_misspelt_by_one_letter_is_the_person_named_in_full() -> None:
    text = ("Trade commissioner Anna Karlsson said the talks would resume in May. "
            "Karlson also predicted a deal by June.")
    result = sourcing_of(text)
    assert [(s.name, s.speaker_type, s.attribution_count) for s in result.sources] == [("Anna Karlsson", "named_person", 2)]


# F3: sides from the source's own body, not from a nationality word ----------------------------------


def test_a_private_persons_nationality_is_no_side_a_soldiers_is() -> None:
    text = ("A Syrian refugee who asked not to be named said the claim was false. "
            "A Syrian soldier said the road was closed.")
    refugee = _source(text, "A Syrian refugee who asked not to be named")
    assert _typed(refugee) == ("anonymous", "withheld", False, None, None)
    assert _source(text, "A Syrian soldier").affiliation == "Syria"


def test_a_demonym_opening_an_organisations_name_gives_the_organisation_as_side() -> None:
    text = '"The tariff is a tax on families," said Jane Ortiz, the director of Americans for Fair Trade.'
    assert _typed(_source(text, "Jane Ortiz")) == ("named_person", None, False, "Americans for Fair Trade", "director")


# F4: a list of named leaders ------------------------------------------------------------------------


def test_each_listed_person_keeps_the_title_written_before_their_own_name() -> None:
    text = "Chilean President Ana Soto and Peruvian Prime Minister Luis Paz said in a joint statement that talks had failed."
    assert _typed(_source(text, "Ana Soto")) == ("named_person", None, True, "Chile", "President")


def test_a_counted_group_of_the_leaders_a_list_names_is_no_anonymous_group() -> None:
    text = ("Two South American leaders criticised the plan. Chilean President Ana Soto and Peruvian Prime Minister "
            'Luis Paz said in a joint statement that talks had failed. The two leaders said the plan "cannot work in this form."')
    result = sourcing_of(text)
    # With joint speakers (round 15) both people are heard in the joint statement; the counted groups
    # before and after go to the list's source, the first person named (not yet to both: a limit).
    assert [(s.name, s.speaker_type, s.attribution_count) for s in result.sources] == [
        ("Ana Soto", "named_person", 3), ("Luis Paz", "named_person", 1),
    ]
    assert result.joint_speakers == ((1, (1,)),)
    assert result.ratios.anonymous_attribution_share == 0.0


def test_a_counted_group_beside_people_who_said_nothing_stays_a_group() -> None:
    text = "Senator Ann Lo and Senator Bo Ray met on Monday. Two aides said the talks had failed."
    assert _typed(_source(text, "Two aides"))[:2] == ("anonymous", "withheld")


# F12: a spokesman for a president --------------------------------------------------------------------


def test_a_spokeswoman_for_a_governor_speaks_after_an_opening_participle_and_is_official() -> None:
    text = "Speaking to reporters on Friday, a spokeswoman for Governor Ruth Pike said the bill was dead."
    assert attribution_rows(text) == [
        ("indirect", "a spokeswoman for Governor Ruth Pike", "a spokeswoman for Governor Ruth Pike", "the bill was dead")
    ]
    # (round 19: a representative speaks for the person named with it: her side is the governor)
    assert _typed(_source(text, "a spokeswoman for Governor Ruth Pike")) == ("anonymous", "withheld", True, "Ruth Pike", "spokeswoman")


def test_an_opening_weekday_is_no_part_of_the_spokesmans_phrase() -> None:
    text = "On Sunday a spokesman for Mayor Ed Gray said the budget was balanced."
    assert [s.name for s in sourcing_of(text).sources] == ["a spokesman for Mayor Ed Gray"]
    assert _source(text, "a spokesman for Mayor Ed Gray").official is True


# F15: a correspondent and a judge ---------------------------------------------------------------------


def test_a_correspondent_is_no_official_and_a_clause_after_the_name_gives_no_title() -> None:
    text = ("The quake struck at dawn. According to the Guardian's Science Correspondent Ian Sample, "
            "it was the third major quake of the year.")
    assert _typed(_source(text, "Ian Sample")) == ("named_person", None, False, None, "Correspondent")


def test_a_judge_dismissing_a_case_reports_no_speech_the_reasons_are_the_judges() -> None:
    text = "A judge dismissed the lawsuit on Monday, saying the city had no standing."
    assert attribution_rows(text) == [("indirect", "A judge", "A judge", "the city had no standing")]
    assert _typed(_source(text, "A judge")) == ("anonymous", "unnamed_participant", True, None, "judge")


# Guards found re-reading the 428 Narrative Frames texts ----------------------------------------------


def test_a_document_noun_before_a_speech_verb_is_its_subject() -> None:
    text = "Emissions rose again last year. Media reports suggest that the plant will close in May."
    assert attribution_rows(text) == [("indirect", "Media reports", "Media reports", "the plant will close in May")]


def test_a_verb_before_a_speech_verb_form_is_still_the_verb() -> None:
    # "says pledges": "pledges" is a speech verb form, but "says" is no document noun
    text = "The panel met in Geneva. The World Weather Council says pledges from governments fall short."
    assert attribution_rows(text) == [
        ("indirect", "The World Weather Council", "World Weather Council", "pledges from governments fall short")
    ]


def test_a_papers_name_ending_in_post_is_an_institution() -> None:
    text = "The panel met on Monday. The Washington Post reported that the panel would meet in June."
    assert _typed(_source(text, "Washington Post")) == ("institution", None, False, "Washington Post", None)


def test_a_title_after_a_list_of_names_is_shared_by_them() -> None:
    text = ("The agency met on Monday. David Kaiser and Lee Wasserman, directors of the Hale Fund, wrote in an "
            "editorial that the plan would fail.")
    assert _typed(_source(text, "David Kaiser")) == ("named_person", None, False, "Hale Fund", "directors")


def test_all_as_a_speaker_is_a_group_not_a_body() -> None:
    text = "The three mayors met on Monday. All said the plan was fair."
    assert attribution_rows(text) == [("indirect", "All", "All", "the plan was fair")]
    assert _typed(_source(text, "All")) == ("anonymous", "unnamed_group", False, None, None)
