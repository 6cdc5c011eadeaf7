"""Trial 18 (F2, F4, F5, F6, F7, F8, F11): reporting-verb forms that report an act or name a claim
(a passive with an adverb, an administrative refusal, a judged claim, a hire); the content of
"…, X told Reuters on Thursday, blasting …"; a listener before "according to"; a reporter's
contrasting clause with a passive charge; company officers' titles are no office."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis import analyze_sourcing, load_article
from analysis.sourcing.act_guards import adverb_passive


def _attributions(text: str) -> list[tuple[int, str, str, str | None, str]]:
    frame = analyze_sourcing(load_article(text)).attributions_frame()
    return [(r.sentence, r.source_name, r.quote_type, r.cue, r.text) for r in frame.itertuples()]


def _sources(text: str) -> dict[str, tuple[str, bool]]:
    return {s.name: (s.speaker_type, s.official) for s in analyze_sourcing(load_article(text)).sources}


# --- F2: a passive with adverbs is no report ---------------------------------------------------

def test_a_passive_with_an_adverb_gives_no_speaker() -> None:
    text = ("Mayor defends budget\n\nThe mayor's budget was widely criticized in the city by teachers. "
            "\u201cIt is a fair budget,\u201d Mayor Ann Cole said.")
    assert _attributions(text) == [(1, "Ann Cole", "direct", "said", "It is a fair budget")]


def test_a_passive_with_two_adverbs_and_been_is_no_report() -> None:
    text = ("Plan attacked\n\nThe plan has been also roundly condemned by unions. Minister Ravi Shah said the plan would stay.")
    assert _attributions(text) == [(1, "Ravi Shah", "indirect", "said", "the plan would stay")]


@pytest.mark.parametrize(("text", "verb", "passive"), [
    ("She was widely criticized by unions.", "criticized", True),
    ("It has been also roundly condemned.", "condemned", True),
    ("He was never told of the plan.", "told", True),
    ("He was also saying it.", "saying", False),  # a progressive is a finite verb
    ("The vote was in July said the clerk.", "said", False),  # "July" is no adverb
    ("Ann Cole also said it.", "said", False),
])
def test_adverb_passive_rule(text: str, verb: str, passive: bool) -> None:
    start = text.index(verb)
    cue = SimpleNamespace(start=start, verb_start=start, end=start + len(verb), text=verb, gerund=verb.endswith("ing"))
    assert adverb_passive(text, SimpleNamespace(start=0, end=len(text)), cue) is passive  # type: ignore[arg-type]


def test_f2_repro_has_no_garbage_withheld_speaker() -> None:
    text = "Minister defends fishing deal\n\n" + (
        "When Ann Cole signed the fishing deal she was widely criticized in Norway by fishermen for accepting quotas "
        "that they said were far too low. \u201cThis deal protects our coast for decades,\u201d Cole said on Monday."
    )
    result = analyze_sourcing(load_article(text))
    assert [s.anonymity for s in result.sources if s.anonymity == "withheld"] == []
    assert [(a.cue, a.text) for a in result.attributions] == [
        ("said", "were far too low"), ("said", "This deal protects our coast for decades"),
    ]


# --- F4: an administrative refusal is no speech ------------------------------------------------

def test_denying_a_permit_is_no_report_and_the_quote_stays_the_speakers() -> None:
    text = ("Minister attacks state over dam\n\nEnergy Minister Ravi Shah said Ohio, which denied a building permit "
            "for the dam last year, is forcing farmers \u201cto buy water from Canada.\u201d He said the state was short-sighted.")
    assert _attributions(text) == [
        (0, "Ravi Shah", "partial", "said", "to buy water from Canada"),
        (1, "Ravi Shah", "indirect", "said", "the state was short-sighted"),
    ]
    assert set(_sources(text)) == {"Ravi Shah"}


@pytest.mark.parametrize("clause", [
    "The board rejected his application for a licence.",
    "A judge denied him bail on Friday.",
    "The council denied the request.",
])
def test_refusing_an_application_bail_or_a_request_is_an_act(clause: str) -> None:
    assert _attributions("Court news\n\n" + clause) == []


def test_denying_an_allegation_is_still_speech() -> None:
    text = "Firm hits back\n\nAcme denied the allegations on Monday."
    assert [(a[1], a[3]) for a in _attributions(text)] == [("Acme", "denied")]


# --- F5: a claim judged by an adjective is a noun ----------------------------------------------

def test_a_false_claim_is_no_report_and_the_next_speaker_is_found() -> None:
    text = ("Minister blames the press over climate report\n\nInstead of faulting the report's authors for relying on "
            "extreme scenarios, a false claim that he and his office pushed last week, Energy Minister Ravi Shah on "
            "Tuesday blamed the press. \u201cThe press focused on the worst case,\u201d he said.")
    assert _attributions(text) == [
        (0, "Ravi Shah", "indirect", "blamed", "the press"),
        (1, "Ravi Shah", "direct", "said", "The press focused on the worst case"),
    ]


def test_the_latest_claims_are_a_noun_but_a_subject_before_claims_is_a_report() -> None:
    assert _attributions("Dispute\n\nThe latest claims of fraud were dismissed by the court.") == []
    text = "Dispute\n\nThe union claims the vote was rigged."
    assert [(a[3], a[4]) for a in _attributions(text)] == [("claims", "the vote was rigged")]


# --- F6: "…, X told Reuters on Thursday, blasting …" -------------------------------------------

def test_told_a_listener_on_a_day_then_a_participle_reports_the_clause_before() -> None:
    text = ("Ministry to speed wind farm permits\n\nThe ministry will publish new permit rules next month, the agency's "
            "chief told Reuters on Thursday, attacking towns that have blocked wind farms.")
    assert [(a[3], a[4]) for a in _attributions(text)] == [("told", "The ministry will publish new permit rules next month")]


def test_said_in_a_city_then_adding_keeps_the_clause_before() -> None:
    text = ("Port\n\nThe port will reopen in May, Mayor Ann Cole said in Paris on Monday, praising the workers.")
    assert [(a[1], a[4]) for a in _attributions(text)] == [("Ann Cole", "The port will reopen in May")]


# --- F7: a hire is no speech; a company officer is no official ---------------------------------

def test_a_firm_adding_a_person_as_its_officer_is_no_report() -> None:
    text = ("Acme names new technology chief\n\nBoston, MA \u2013 As its clients move to the cloud, Acme, a software firm, "
            "is adding veteran engineer Jo Park as the company's first Chief Technology Officer. \u201cWe are thrilled "
            "to have Jo on the team,\u201d said Lee Grant, CEO of Acme.")
    assert [(a[1], a[3]) for a in _attributions(text)] == [("Lee Grant", "said")]


def test_added_with_a_clause_is_still_speech() -> None:
    text = "Mayor backs budget plan\n\nMayor Ann Cole added that the plan would work as the city grows."
    assert _attributions(text) == [(0, "Ann Cole", "indirect", "added", "the plan would work as the city grows")]


@pytest.mark.parametrize("title", ["Chief Strategy Officer", "Chief Product Officer", "Chief Revenue Officer"])
def test_a_company_chief_officer_is_not_official(title: str) -> None:
    text = f"Acme hires\n\nIvan Cole, Acme's new {title}, said the company would grow in Europe."
    assert _sources(text) == {"Ivan Cole": ("named_person", False)}


# --- F8: "told the group, according to a post" -------------------------------------------------

def test_according_to_after_told_and_its_listener_is_the_channel() -> None:
    text = ("Minister courts the oil industry\n\nEnergy Minister Ravi Shah spoke to the trade group in Houston on Tuesday. "
            "\u201cOur government should work for you,\u201d he told the oil and gas trade group, according to a post by "
            "the association.")
    assert _attributions(text) == [(1, "Ravi Shah", "direct", "told", "Our government should work for you")]


def test_told_reuters_on_monday_according_to_a_transcript_is_one_report() -> None:
    text = ("Deal\n\n\u201cWe will sign,\u201d Mayor Ann Cole told Reuters on Monday, according to a transcript.")
    assert [(a[1], a[3]) for a in _attributions(text)] == [("Ann Cole", "told")]


# --- F11: the reporter's contrasting clause with a passive charge ------------------------------

def test_a_paraphrase_ends_before_but_with_a_passive_charge() -> None:
    text = ("President defends fire budget\n\nPresident Sam Cole has previously said his government lacks the money to "
            "fight the fires but his government is also being accused of cutting the fire budget. \u201cWe are doing "
            "all we can,\u201d Cole said.")
    assert [a[4] for a in _attributions(text)] == [
        "his government lacks the money to fight the fires", "We are doing all we can",
    ]


def test_a_but_clause_without_a_charge_stays_in_the_paraphrase() -> None:
    text = "Budget\n\nMayor Ann Cole said the city lacks money but the state has promised help."
    assert [a[4] for a in _attributions(text)] == ["the city lacks money but the state has promised help"]


# --- F2: the "they" of the reason clause after a passive agent is the agent --------------------

def test_they_after_a_plural_passive_agent_is_that_group() -> None:
    text = "Minister defends fishing deal\n\n" + (
        "When Ann Cole signed the fishing deal she was widely criticized in Norway by fishermen for accepting quotas "
        "that they said were far too low. \u201cThis deal protects our coast for decades,\u201d Cole said on Monday."
    )
    result = analyze_sourcing(load_article(text))
    assert [(s.name, s.speaker_type, s.anonymity) for s in result.sources] == [
        ("fishermen", "anonymous", "unnamed_group"), ("Ann Cole", "named_person", None),
    ]


def test_they_of_a_main_clause_is_not_taken_by_a_by_phrase() -> None:
    text = "Plant news\n\nThe plant, owned by investors, would close, they said."
    assert [(s.name, s.speaker_type) for s in analyze_sourcing(load_article(text)).sources] == [("they", "unresolved")]


# --- trial 21 F8: a narrator's "tell a different story" and a statement "read by" a lawyer -----------

def test_a_group_that_tells_a_different_story_reports_nothing() -> None:
    text = ("Homes never built\n\nThe developer says every buyer was repaid. The buyers tell a very different story. "
            "Rita Lam said she lost her savings.")
    assert _attributions(text) == [
        (0, "The developer", "indirect", "says", "every buyer was repaid"), (2, "Rita Lam", "indirect", "said", "she lost her savings"),
    ]


def test_a_story_someone_told_is_still_a_report() -> None:
    # Must not fire: no other story is compared ("a story about", a listener and a clause).
    text = "Rescue on the ridge\n\nThe climber told reporters the storm came without warning."
    assert [(name, cue) for _, name, _, cue, _ in _attributions(text)] == [("The climber", "told")]


def test_a_statement_read_by_a_lawyer_is_the_speakers_not_a_document_source() -> None:
    text = ("Victims speak\n\nThe miners' families met the board on Monday. "
            "\u201cWe want the truth,\u201d the families said in a statement read by their lawyer, Joan Pike.")
    assert _attributions(text) == [(1, "the families", "direct", "said", "We want the truth")]
