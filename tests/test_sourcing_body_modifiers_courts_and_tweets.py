"""Sourcing errors a new-user trial found on real news (round 14: F1-F3, F8, F9, F13-F15), each
checked on invented sentences written the way news is written, and on the
trial's own short repro texts (quoted here).

Every test asserts the kind, the speaker phrase, the source and the text, or the record named.
"""

from __future__ import annotations

from sourcing_rows import attribution_rows as _rows
from sourcing_rows import sourcing_of as _result


def _sources(text: str) -> list[tuple[str, str, bool, str | None]]:
    return [(s.name, s.speaker_type, s.official, s.affiliation) for s in _result(text).sources]


# F2: a name that modifies a body noun ("Trump administration") is not the speaker; the person
# named later in the phrase, nearest the verb, is.

def test_a_name_before_administration_is_not_the_speaker_the_name_nearest_the_verb_is() -> None:
    text = (
        "WASHINGTON (Reuters) - The Supreme Court on Friday rejected a bid by President Donald Trump's "
        "administration to block a climate trial.\n\n"
        "\"This suit is an attempt to redirect federal policy through the courts,\" Trump administration "
        "Solicitor General Noel Francisco said in court papers."
    )
    assert _rows(text)[1] == (
        "direct", "Trump administration Solicitor General Noel Francisco", "Noel Francisco",
        "This suit is an attempt to redirect federal policy through the courts",
    )
    assert ("Noel Francisco", "named_person", True, None) in _sources(text)
    assert all(name != "Donald Trump" for name, *_ in _sources(text))


def test_a_name_before_government_or_campaign_gives_the_speaker_after_it() -> None:
    rows = _rows(
        "President Ana Ruiz spoke on Monday.\n\n"
        "The Obama government spokesman Jo Lin said nothing had changed."
    )
    assert rows == [("indirect", "The Obama government spokesman Jo Lin", "Jo Lin", "nothing had changed")]


def test_a_name_before_administration_with_no_person_after_it_is_left_as_it_was() -> None:
    rows = _rows("Mayor Ana Ruiz spoke on Monday.\n\nRuiz administration officials said the budget was balanced.")
    assert rows == [("indirect", "Ruiz administration officials", "Ruiz administration officials", "the budget was balanced")]


# F1: a name a colon presents at the end of a sentence ("...: Sen. Bob Corker (R-Tenn.).") is the
# person a "he said" in the next sentence continues.

def test_he_after_a_name_presented_by_a_colon_and_a_party_state_tag_is_that_person() -> None:
    rows = _rows(
        "Republican senators brushed off a new climate report on Tuesday.\n\n"
        "\"It hasn't been on my agenda,\" Scott said, referring to the committees he serves on.\n\n"
        "Only one senator signaled an openness to delving into the report: Sen. Bob Corker (R-Tenn.). As chairman "
        "of the Senate Foreign Relations Committee, he said he was looking at the \"possibility\" of holding a hearing."
    )
    assert rows == [
        ("direct", "Scott", "Scott", "It hasn't been on my agenda"),
        ("partial", "he", "Bob Corker", "possibility"),
    ]


def test_he_after_a_name_presented_by_a_colon_with_no_tag() -> None:
    rows = _rows(
        "\"We will not wait,\" Mayor Tom Hale said on Monday.\n\n"
        "The council then heard from its newest member: Councilman Ray Dunn. He said the vote should be delayed."
    )
    assert rows == [
        ("direct", "Mayor Tom Hale", "Tom Hale", "We will not wait"),
        ("indirect", "He", "Ray Dunn", "the vote should be delayed"),
    ]


# F3: a long apposition after a name, holding a place and a later person ("and a member of
# Chancellor Angela Merkel's bloc"), still gives the named person.

def test_a_long_apposition_with_a_place_and_another_person_keeps_the_named_speaker() -> None:
    text = (
        "Green parties celebrated big gains in the European Parliament election on Monday.\n\n"
        "Armin Laschet, the governor of Germany's most populous state, North Rhine-Westphalia, and a member of "
        "Chancellor Angela Merkel's center-right Union bloc, called the outcome \"a wake-up call for politics.\""
    )
    (row,) = _rows(text)
    assert row[2:] == ("Armin Laschet", "a wake-up call for politics")
    (source,) = _result(text).sources
    assert (source.name, source.speaker_type, source.anonymity, source.official) == ("Armin Laschet", "named_person", None, True)


def test_an_invented_long_apposition_with_a_region_and_a_president() -> None:
    rows = _rows(
        "Ines Vogel, the mayor of the largest city in the region, Saxony, and an ally of President Tom Brandt, "
        "called the plan \"a disaster for farmers.\""
    )
    assert [r[2:] for r in rows] == [("Ines Vogel", "a disaster for farmers")]


# F15: "An Alibaba spokesperson": the company named in the phrase, when the article names it as an actor.

def test_a_company_named_before_spokesperson_is_the_affiliation() -> None:
    text = (
        "Alibaba Group Holding Ltd is set to raise up to $12.9bn from its second listing in Hong Kong, Reuters "
        "reported.\n\nShares closed higher on Tuesday. An Alibaba spokesperson declined to comment."
    )
    assert ("An Alibaba spokesperson", "anonymous", False, "Alibaba Group Holding Ltd") in _sources(text)


def test_a_company_before_spokeswoman_that_is_no_actor_is_left_unaffiliated() -> None:
    text = (
        "Google was fined $2bn by the European Commission on Tuesday.\n\n"
        "A Google spokesman said the company would appeal. An Apple spokeswoman declined to comment."
    )
    assert _sources(text)[1:] == [("An Apple spokeswoman", "anonymous", False, None)]
    assert _sources(text)[0] == ("A Google spokesman", "anonymous", False, "Google")


# F9: a court's ruling is no denial and no reply of the state it sits in; the administration is;
# "a lawsuit was filed in 2015 against former President X" accuses X.

_COURT = (
    "WASHINGTON (Reuters) - The U.S. Supreme Court on Friday rejected a bid by the administration to block a "
    "trial in a lawsuit filed by young activists who have accused the U.S. government of ignoring climate change.\n\n"
    "The lawsuit was filed in 2015 against former President Barack Obama and government agencies in a federal court.\n\n"
    "The administration has said a courtroom is not the appropriate venue for a debate on climate policy."
)


def test_a_court_rejecting_a_bid_is_a_neutral_ruling_not_the_accused_states_reply() -> None:
    result = _result(_COURT)
    court, administration = result.attributions
    assert (court.speaker, court.stance, court.statement_kind) == ("The U.S. Supreme Court", "neutral", "statement")
    assert administration.speaker == "The administration"
    replies = {r.party: (r.verdict, r.verdict_in) for r in result.right_of_reply}
    assert replies["United States"] == ("heard", (administration.index,))


def test_a_lawsuit_filed_in_a_year_against_a_former_president_accuses_him() -> None:
    replies = {r.party: r for r in _result(_COURT).right_of_reply}
    assert replies["Barack Obama"].verdict == "not_sought"
    assert [e.cue for e in replies["Barack Obama"].accused_in] == ["lawsuit against"]


def test_a_lawsuit_filed_on_a_day_against_a_company() -> None:
    result = _result(
        "A second lawsuit was filed on Monday against Acme Corp, the city's largest employer.\n\nAcme said it would fight the case."
    )
    assert [(r.party, r.verdict) for r in result.right_of_reply] == [("Acme Corp", "heard")]


def test_a_judge_denying_a_request_is_a_ruling_and_the_justice_department_still_denies() -> None:
    judge = _result("A judge on Monday denied a request by Acme Corp to dismiss the case.\n\nAcme declined to comment.")
    assert judge.attributions[0].stance == "neutral"
    doj = _result(
        "WASHINGTON (Reuters) - Activists accused the U.S. government of spying on them.\n\n"
        "The Justice Department rejected the accusation on Monday."
    )
    assert (doj.attributions[1].stance, doj.attributions[1].statement_kind) == ("denial", "denial")
    assert [(r.party, r.verdict) for r in doj.right_of_reply] == [("United States", "denied")]


# F8: an embedded tweet is the paragraph right above its signature; a finished sentence before it
# is the reporter's.

def test_an_embedded_tweet_takes_only_the_paragraph_above_its_signature() -> None:
    rows = _rows(
        "South Dakota Gov. Kristi Noem is defending the state's new anti-drug campaign.\n\n"
        "Another user wondered why the state bothered to trademark the tagline in the first place.\n\n"
        "I love that they trademarked it. Don't worry, South Dakota, no one's going to take your slogan. "
        "https://t.co/XPxUJuyIAC\n\n"
        "— Robert Maguire (@RobertMaguire_) November 18, 2019\n\n"
        "The governor's office didn't immediately respond to a request for comment."
    )
    assert rows[0] == (
        "direct", "Robert Maguire", "Robert Maguire",
        "I love that they trademarked it. Don't worry, South Dakota, no one's going to take your slogan. https://t.co/XPxUJuyIAC",
    )


def test_an_embedded_tweet_after_a_quoted_reaction_is_still_found() -> None:
    rows = _rows(
        "The slogan drew ridicule online.\n\n"
        "\"If we were any higher, we'd be North Dakota,\" one user quipped.\n\n"
        "Another wondered why the state bothered to trademark it.\n\n"
        "Nobody is going to take your slogan.\n\n"
        "— Ana Ruiz (@AnaRuiz) November 18, 2019"
    )
    assert rows[-1] == ("direct", "Ana Ruiz", "Ana Ruiz", "Nobody is going to take your slogan.")


def test_a_tweet_line_broken_mid_thought_joins_the_next() -> None:
    rows = _rows(
        "The council shared its plans.\n\n"
        "Council resolves to:\n\n"
        "Reopen the bridge on Monday.\n\n"
        "— Harbour Town Council (@HarbourCouncil) May 4, 2021"
    )
    assert rows == [("direct", "Harbour Town Council", "Harbour Town Council", "Council resolves to: … Reopen the bridge on Monday.")]


# F14: "scientists' calls for" is a noun, no verb with the clause before it as speaker; in
# "said X, whose party has claimed", the party claims.

def test_calls_after_a_plural_possessive_is_a_noun() -> None:
    assert _rows(
        "The Green party won 20 percent of the vote.\n\n"
        "The party has strongly backed scientists' calls for the bloc to end all greenhouse gas emissions by mid-century."
    ) == []


def test_whose_party_claims_not_the_person_it_belongs_to() -> None:
    rows = _rows(
        "The far-right party lost votes on Sunday.\n\n"
        "\"The Greens will destroy this country,\" said Alexander Gauland, whose party has claimed climate change is not man-made."
    )
    assert rows == [
        ("direct", "Alexander Gauland, whose party has claimed climate change is not man-made", "Alexander Gauland",
         "The Greens will destroy this country"),
        ("indirect", "whose party", "Alexander Gauland's party", "climate change is not man-made"),
    ]


# F13: a party-state tag marks a member of a legislature: official.

def test_a_person_with_a_party_state_tag_is_official() -> None:
    text = (
        "The Senate is dominated by lawmakers skeptical of climate change, such as Jim Inhofe (R-Okla.).\n\n"
        "Inhofe has long railed against the panel, and he dismissed the report as \"totally discredited.\""
    )
    assert _sources(text) == [("Jim Inhofe", "named_person", True, None)]
    assert _sources("Ann Dee, D-Calif., said the bill would pass.") == [("Ann Dee", "named_person", True, None)]


def test_a_country_in_the_speakers_relative_clause_is_not_the_speaker():
    from analysis import analyze, load_article

    text = (
        "Union attacks job cuts\n\n"
        "The union Unite, which represents British staff, accused the company of lying. Unite is big. "
        "Unite has said so. Unite shares rose."
    )
    sources = analyze(load_article(text)).sourcing.sources
    assert [(s.name, s.speaker_type, s.affiliation) for s in sources] == [("Unite", "institution", "Unite")]
