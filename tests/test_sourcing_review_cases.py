"""Cases from the review of round 5: short articles invented for the test, each expectation the
value a careful news coder gives. All failed after the round's first merges (descriptions referring
back to the last named speaker, party words, role conflicts, a policy-frame cue); most had been right
before the round. Fixed in analysis/sourcing/descriptions.py and roles.py, titles.toml, policy_frames.toml.
"""

from __future__ import annotations

from analysis import load_article
from analysis.sourcing import SourcingResult, analyze_sourcing


def _result(text: str) -> SourcingResult:
    return analyze_sourcing(load_article(text, headline="Story"))


def _speakers(text: str) -> list[tuple[str, str]]:
    """(speaker as written, source name) of each attribution, in body order."""
    result = _result(text)
    names = {s.source_id: s.name for s in result.sources}
    return [(a.speaker or "", names[a.source_id]) for a in result.attributions]


def _sources(text: str) -> list[tuple[str, str, int]]:
    return [(s.name, s.speaker_type, s.attribution_count) for s in _result(text).sources]


# --- the variation rule (descriptions._previous_subject) -------------------------------------


def test_a_bereaved_mother_is_not_the_mayor() -> None:
    # A relative quoted, then an official by role: the commonest shape of local news. Nobody gave
    # Ann Cole the role "mayor"; a coder codes the mayor as a new (unnamed) source.
    text = (
        "“We are heartbroken,” said Ann Cole, whose son died in the fire on Monday.\n\n"
        "“The city will inspect every building on the street,” the mayor said."
    )
    assert _sources(text) == [("Ann Cole", "named_person", 1), ("the mayor", "office_holder", 1)]


def test_a_family_lawyer_is_not_the_governor() -> None:
    # The text gave Tom Lee a role ("a lawyer for the family"): he is not "the governor".
    text = (
        "“We were not told,” said Tom Lee, a lawyer for the family.\n\n"
        "“The investigation is ongoing,” the governor said."
    )
    assert _sources(text) == [("Tom Lee", "named_person", 1), ("the governor", "office_holder", 1)]


def test_a_spokesman_is_not_the_senator_he_speaks_for() -> None:
    text = (
        "“The senator has been clear,” said Michael Briggs, a spokesman for Bernie Sanders.\n\n"
        "“We will win Iowa,” the senator said on Monday."
    )
    assert _speakers(text)[-1][1] != "Michael Briggs"


def test_a_newsmaker_named_inside_the_quotation_is_the_one_described() -> None:
    # Rubio speaks of Trump; "the billionaire" who answers is Trump (a coder's code), never Rubio.
    # _previous_subject skips names inside quotations when it checks that nobody else was named since.
    text = (
        "“Donald Trump is a con artist,” Marco Rubio said on Friday.\n\n"
        "“He is a choker,” the billionaire said on Saturday."
    )
    assert _speakers(text)[-1][1] != "Marco Rubio"


def test_a_coach_is_not_the_president_and_a_speaker_is_not_the_star_of_a_show() -> None:
    coach = (
        "“We are proud of the team,” said Tom Lee, who coaches the girls’ team.\n\n"
        "The president said the school would build a new gym."
    )
    assert _sources(coach)[-1] == ("The president", "office_holder", 1)
    star = (
        "“We will win the vote,” Ann Cole said on Monday.\n\n"
        "The star of the show said she would not return next season."
    )
    assert _sources(star)[-1] == ("The star of the show", "anonymous", 1)


# --- party words as heads ---------------------------------------------------------------------


def test_the_gop_and_a_newspaper_called_the_independent_are_institutions() -> None:
    # Before the round both were institutions; the party-word head now makes them persons.
    gop = "The bill passed the House on Tuesday.\n\n“This is a victory for families,” the GOP said in a statement."
    assert _sources(gop) == [("GOP", "institution", 1)]
    paper = "The bill passed the House on Tuesday.\n\n“This is a victory for families,” the Independent said in an editorial."
    assert _sources(paper) == [("Independent", "institution", 1)]


def test_a_newspaper_after_a_named_speaker_is_not_that_speaker() -> None:
    text = "“We will win the vote,” Ann Cole said on Monday.\n\nThe Independent reported that the deal was dead."
    assert _speakers(text) == [("Ann Cole", "Ann Cole"), ("The Independent", "Independent")]


# --- roles that conflict but are not checked (roles.fits) -------------------------------------


def test_a_former_governor_is_not_the_governor() -> None:
    # "former Gov." is a former role; "the governor" without "former" is the holder of the office.
    text = (
        "Gov. Ruth Hale met former Gov. Tom Wolf on Monday. Wolf said the plan would fail.\n\n"
        "“The plan will pass,” the governor said."
    )
    assert _speakers(text) == [("Wolf", "Tom Wolf"), ("the governor", "Ruth Hale")]
    alone = "Former Gov. Tom Wolf said on Monday that the plan would fail.\n\n“The plan will pass,” the governor said."
    assert _sources(alone)[-1] == ("the governor", "office_holder", 1)


def test_the_congressman_is_not_the_congresswoman() -> None:
    text = (
        "Rep. Maria Lopez (D-Texas) and Rep. Carl Ames (D-Texas) held a hearing on Tuesday.\n\n"
        "Lopez said the agency had hidden the report.\n\n"
        "“We need answers,” the congressman said."
    )
    assert _speakers(text) == [("Lopez", "Maria Lopez"), ("the congressman", "Carl Ames")]


def test_a_congressman_is_not_the_congresswoman() -> None:
    # The role path (roles.referent) never checks gender; the variation path does.
    text = "Rep. Carl Ames (D-Texas) said the agency had hidden the report.\n\n“We need answers,” the congresswoman said."
    assert _sources(text)[-1] == ("the congresswoman", "anonymous", 1)


def test_new_in_a_state_name_is_not_someone_new() -> None:
    # "new" is in titles.toml [roles] others ("the new mayor"), so "the New York Democrat" and "the New
    # Jersey governor" never refer back (New York, New Jersey, New Hampshire, New Mexico).
    ny = "Sen. Ann Dee (D-N.Y.) opened the hearing on Tuesday.\n\n“This bill is dead,” the New York Democrat said."
    assert _speakers(ny) == [("the New York Democrat", "Ann Dee")]
    nj = "New Jersey Gov. Tom Lee signed the budget on Monday.\n\n“It is a good day,” the New Jersey governor said."
    assert _speakers(nj) == [("the New Jersey governor", "Tom Lee")]


def test_a_us_senator_is_not_the_state_senator() -> None:
    # "state" is listed as a neutral modifier, but a state senator and a U.S. senator are two offices.
    text = "U.S. Sen. Bo Lin said on Monday that the bill was dead.\n\n“It will pass in Columbus,” the state senator said."
    assert _sources(text)[-1] == ("the state senator", "anonymous", 1)


def test_the_junior_senator_is_not_the_senior_senator() -> None:
    # "senior" and "junior" are listed as neutral, yet they tell a state's two senators apart.
    text = (
        "Sen. Ann Dee, the senior senator from Ohio, said on Monday that the bill was dead.\n\n"
        "“It will pass,” the junior senator from Ohio said."
    )
    assert _sources(text)[-1] == ("the junior senator from Ohio", "anonymous", 1)


# --- quotation rules ----------------------------------------------------------------------------


# --- policy frames lexicon v5 -------------------------------------------------------------------


def test_a_killing_is_crime_not_health() -> None:
    # "died of" (full weight, no reason in policy_frames.toml) outweighs the crime cues of a stabbing
    # (before v5 the sentence was crime and punishment).
    from analysis.framing import analyze_framing

    article = load_article("Police said the woman died of her injuries after she was stabbed by her former partner.", headline="Story")
    frames = analyze_framing(article).policy_frame()
    assert frames[frames.primary].frame.tolist() == ["crime_punishment"]


# --- quotation rules (candidates.py, phrases.py) ----------------------------------------------


def test_a_possessor_who_speaks_is_a_named_person() -> None:
    # The rule's own example: the speaker is found, but the source is typed "anonymous" and does not
    # join the Mitt Romney named just before.
    text = "Mitt Romney spoke in Ohio on Monday. Voters still remember Romney’s “47 percent” comment from 2012."
    assert _sources(text) == [("Mitt Romney", "named_person", 1)]


def test_a_possessor_does_not_own_an_evaluation_of_his_words() -> None:
    # "deeply offensive" is said of Romney's comment, not by him (the candidates.py comment gives the
    # same shape, "Trump’s claim that Mexico would pay was “ridiculous”", as an example of the rule).
    text = "Mitt Romney’s comment about the poor was “deeply offensive” to many voters in Ohio."
    assert _speakers(text) == []


def test_a_note_or_an_email_someone_received_is_not_their_speech() -> None:
    # A participle after a word for a written message reports its author's words, not the finder's.
    assert _speakers("Police found a note saying the money had been taken by a former employee.") == []
    assert _speakers("The company received an email saying the plant would close in March.") == []


def test_a_passive_agent_is_no_byline() -> None:
    # ', by <Name>' after a quotation was once read as a headline's byline and the quotation vanished:
    # it is kept, a partial quote (round 15: of its passive agent, no longer of "The ruling").
    text = "The ruling was described as “a victory for working families” by Ann Cole, the union’s president."
    result = _result(text)
    assert [(a.speaker, a.quote_type) for a in result.attributions] == [("Ann Cole", "partial")]


def test_the_agent_of_a_passive_description_is_the_speaker() -> None:
    text = "The ruling was described as “a victory for working families” by Ann Cole, the union’s president."
    result = _result(text)
    assert [(result.sources[a.source_id].name, a.quote_type) for a in result.attributions] == [("Ann Cole", "partial")]
