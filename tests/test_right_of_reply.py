"""Denials and no-comment as statements, and the right-of-reply verdict (hand-checked expectations)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from analysis import load_article
from analysis.pipeline import SCHEMA_VERSION, analyze
from analysis.sourcing import VERDICTS, SourcingResult, analyze_sourcing

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "sourcing"
ACCUSED = "Carver Steel accused of dumping waste\n\nResidents accused Carver Steel of dumping waste in the river."


def run(*sentences: str, headline: str | None = None) -> SourcingResult:
    body = " ".join(sentences)
    text = f"{headline}\n\n{body}" if headline else f"{ACCUSED} {body}"
    return analyze_sourcing(load_article(text))


def silent(result: SourcingResult) -> list[tuple[str, str, str]]:
    """(statement_kind, speaker, cue_lemma) of the records that are not statements."""
    return [(a.statement_kind, a.speaker, str(a.cue_lemma)) for a in result.attributions if a.statement_kind != "statement"]


def verdict(result: SourcingResult, party: str = "Carver Steel") -> tuple[str, tuple[int, ...]]:
    reply = next(r for r in result.right_of_reply if r.party == party)
    return reply.verdict, reply.verdict_in


# --------------------------------------------------------------------------------------------
# Each phrase family, with its party


@pytest.mark.parametrize(
    ("sentence", "kind", "speaker", "lemma"),
    [
        ("Carver Steel did not respond to a request for comment.", "no_comment", "Carver Steel",
         "not respond to a request for comment"),
        ("Carver Steel did not immediately respond to requests for comment.", "no_comment", "Carver Steel",
         "not respond to a request for comment"),
        ("Carver Steel didn’t respond to emailed questions.", "no_comment", "Carver Steel",
         "not respond to a request for comment"),
        ("Carver Steel did not immediately respond.", "no_comment", "Carver Steel", "not immediately respond"),
        ("Carver Steel declined to comment.", "no_comment", "Carver Steel", "decline to comment"),
        ("Carver Steel had no immediate comment.", "no_comment", "Carver Steel", "no comment"),
        ("Carver Steel refused to comment.", "no_comment", "Carver Steel", "refuse to comment"),
        ("Carver Steel declined to say whether it would pay.", "no_comment", "Carver Steel", "decline to say"),
        ("Carver Steel did not return calls seeking comment.", "no_comment", "Carver Steel", "not return calls"),
        ("Carver Steel did not return messages.", "no_comment", "Carver Steel", "not return calls"),
        ("Requests for comment to Carver Steel went unanswered.", "no_comment", "Carver Steel",
         "request for comment unanswered"),
        # "[for] [comment]": written "[for comment]" until round 5, a group the pattern syntax does not
        # have (one optional word per bracket), so this family never matched.
        ("Requests for comment to Carver Steel were not returned.", "no_comment", "Carver Steel", "request not returned"),
        ("Messages to Carver Steel have not been returned.", "no_comment", "Carver Steel", "request not returned"),
        ("There was no immediate comment from Carver Steel.", "no_comment", "Carver Steel", "no comment from"),
        ("Carver Steel could not be reached for comment.", "unreachable", "Carver Steel", "could not be reached"),
        ("Carver Steel was not available for comment.", "unreachable", "Carver Steel", "not available for comment"),
        ("Carver Steel did not answer phone calls.", "unreachable", "Carver Steel", "not answer the phone"),
    ],
)
def test_each_phrase_family(sentence: str, kind: str, speaker: str, lemma: str) -> None:
    result = run(sentence)
    assert silent(result) == [(kind, speaker, lemma)]
    record = next(a for a in result.attributions if a.statement_kind == kind)
    assert record.word_count == 0
    assert record.text == record.cue  # the phrase is the evidence
    assert result.sources[record.source_id].statement_kinds == (kind,)
    assert result.sources[record.source_id].word_count == 0
    assert result.sources[record.source_id].attribution_count == 0
    assert verdict(result) == ("sought_but_silent", (record.index,))
    assert not next(r for r in result.right_of_reply if r.party == "Carver Steel").heard


@pytest.mark.parametrize(
    "sentence",
    [
        "The worker declined to be named.",  # an anonymity reason
        "The patient did not respond to treatment.",
        "Officials could not say how many fish had died.",  # not knowing is no refusal
        "The judge denied bail.",  # a denial verb with no accusation
        "Carver Steel rejected the offer, a spokesman said.",
    ],
)
def test_not_a_reply(sentence: str) -> None:
    result = run(sentence)
    assert silent(result) == []


# --------------------------------------------------------------------------------------------
# Denials


@pytest.mark.parametrize(
    "sentence",
    [
        "Carver Steel denied wrongdoing.",
        "Carver Steel denied any wrongdoing.",
        "Carver Steel rejected the accusations.",
        "Carver Steel disputed the residents' claims.",
        "Carver Steel denied that it had dumped anything.",
        "Carver Steel denies dumping waste.",
    ],
)
def test_a_denial_only(sentence: str) -> None:
    result = run(sentence)
    denials = [a for a in result.attributions if a.statement_kind == "denial"]
    assert len(denials) == 1 and denials[0].speaker == "Carver Steel"
    assert denials[0].word_count >= 1  # a denial is speech: it counts in the ratios
    assert result.ratios.attribution_count == 2  # the residents and the denial
    assert verdict(result) == ("denied", (denials[0].index,))
    assert next(r for r in result.right_of_reply if r.party == "Carver Steel").heard  # heard is unchanged


def test_a_quoted_denial_is_a_statement() -> None:
    result = run("Carver Steel rejected the accusations, saying “we follow every rule.”")
    assert [a.statement_kind for a in result.attributions] == ["statement", "statement"]
    assert verdict(result)[0] == "heard"


# --------------------------------------------------------------------------------------------
# Verdicts


def test_heard_and_also_declined_heard_wins() -> None:
    result = run(
        "Carver Steel declined to comment on Tuesday.",
        "On Wednesday the company said in a statement that it follows every rule.",
    )
    kinds = [(a.statement_kind, a.source_id) for a in result.attributions]
    assert kinds == [("statement", 0), ("no_comment", 1), ("statement", 1)]
    assert verdict(result) == ("heard", (2,))
    reply = result.right_of_reply[0]
    assert reply.heard and reply.heard_in == (2,)
    assert result.sources[1].statement_kinds == ("statement", "no_comment")  # in STATEMENT_KINDS' order
    assert result.sources[1].attribution_count == 1


def test_denial_then_no_comment_is_denied() -> None:
    result = run("Carver Steel denied any wrongdoing.", "The company declined to comment further.")
    assert verdict(result) == ("denied", (1,))


def test_not_sought() -> None:
    result = run("The mayor said the river would be tested.")
    assert verdict(result) == ("not_sought", ())
    assert not result.right_of_reply[0].heard


def test_the_seed_russia_is_not_sought() -> None:
    # Hand-checked: Russia is accused in the headline and three body sentences; nobody speaks for
    # it, and the article never says Russia was asked ("We will seek an explanation from Russia"
    # is the US official's words, inside a quotation).
    result = analyze_sourcing(load_article(SEED))
    assert [(r.party, r.heard, r.verdict, r.verdict_in) for r in result.right_of_reply] == [
        ("Russia", False, "not_sought", ())
    ]
    assert silent(result) == []


def test_hostile_no_comment_inside_someone_elses_words() -> None:
    quoted = run("“Carver Steel declined to comment, as usual,” said resident Ann Lee.")
    assert silent(quoted) == []
    assert verdict(quoted) == ("not_sought", ())
    reported = run("Resident Ann Lee said Carver Steel had declined to comment.")
    assert silent(reported) == []
    assert verdict(reported) == ("not_sought", ())


def test_a_lawyer_is_a_source_of_its_own_who_speaks_for_the_party() -> None:
    text = ("Andrea Voss accused of fraud\n\nPolice accused Andrea Voss of fraud on Monday. "
            "Voss's lawyer declined to comment.")
    result = analyze_sourcing(load_article(text))
    lawyer = next(a for a in result.attributions if a.statement_kind == "no_comment")
    assert lawyer.speaker == "Voss's lawyer"
    assert result.sources[lawyer.source_id].name == "Voss's lawyer"  # not Voss herself
    assert verdict(result, "Andrea Voss") == ("sought_but_silent", (lawyer.index,))


def test_fixture_verdicts_hand_checked() -> None:
    # 11: "Voss denied any wrongdoing." then "her campaign manager, Keisha Grant, said ...": heard
    # through her campaign manager. 13: the military government "rejected the findings", then "A
    # spokesman, Major General Zaw Min Tun, said the report was “one-sided”": heard. 20: Skyward
    # speaks (¶0) and later "did not respond to a request for comment": heard wins.
    expected = {
        "11_election": ("Andrea Voss", "heard"),
        "13_un_report": ("Myanmar", "heard"),
        "20_airline": ("Skyward Airlines", "heard"),
        "06_diplomacy": ("Iran", "heard"),
        "18_kyiv_strikes": ("Russia", "heard"),
    }
    for name, (party, want) in expected.items():
        result = analyze_sourcing(load_article(FIXTURES / f"{name}.txt"))
        assert verdict(result, party)[0] == want, name
    airline = analyze_sourcing(load_article(FIXTURES / "20_airline.txt"))
    assert silent(airline) == [("no_comment", "The company", "not respond to a request for comment")]


# --------------------------------------------------------------------------------------------
# Ratios, frames, JSON and the corpus row


def test_no_comment_changes_no_ratio() -> None:
    base = run("The mayor said the river would be tested.")
    more = run("The mayor said the river would be tested.", "Carver Steel could not be reached.")
    skip = {"body_words", "speech_share_of_body"}
    assert {k: v for k, v in asdict(base.ratios).items() if k not in skip} == {
        k: v for k, v in asdict(more.ratios).items() if k not in skip
    }
    assert base.sides == more.sides
    assert len(more.attributions) == len(base.attributions) + 1
    assert len(more.statements) == len(base.statements)


def test_frames_json_and_corpus_row() -> None:
    result = run("Carver Steel declined to comment.")
    frame = result.attributions_frame()
    assert "statement_kind" in frame.columns and list(frame["statement_kind"]) == ["statement", "no_comment"]
    assert list(result.sources_frame()["statement_kinds"]) == ["statement", "no_comment"]
    reply = result.right_of_reply_frame()
    assert reply.loc[0, "verdict"] == "sought_but_silent" and reply.loc[0, "verdict_in"] == "1"
    data = result.to_dict()
    assert data["attributions"][1]["statement_kind"] == "no_comment"
    assert data["right_of_reply"][0]["verdict"] == "sought_but_silent"
    assert data["right_of_reply"][0]["verdict_in"] == [1]
    assert set(VERDICTS) == {"heard", "denied", "sought_but_silent", "not_sought"}

    analysis = analyze(f"{ACCUSED} Carver Steel declined to comment.")
    assert analysis.to_dict()["schema_version"] == SCHEMA_VERSION == "1.6"
    row = analysis.corpus_rows()["articles"][0]
    keys = list(row)
    at = keys.index("accused_parties_heard")
    assert keys[at + 1 : at + 4] == ["accused_parties_denied", "accused_parties_sought_silent", "accused_parties_not_sought"]
    assert (row["accused_parties"], row["accused_parties_heard"], row["accused_parties_sought_silent"]) == (1, 0, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A spokesman for Carver Steel declined to comment on reports that the plant had leaked again.",
         [("no_comment", "A spokesman for Carver Steel", "declined to comment")]),
        ("A Carver Steel spokeswoman would not comment on media reports that the plant would close.",
         [("no_comment", "A Carver Steel spokeswoman", "would not comment")]),
        ("Carver Steel did not respond to claims that its managers had ignored the warnings.", []),
    ],
)
def test_a_refusal_to_comment_on_reports_is_no_report(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    # Trial 21 F5: "reports"/"claims" after "comment on" / "respond to" name what was asked about,
    # so the sentence holds its no-comment only, no statement of what was refused.
    result = run(sentence)
    assert [(a.statement_kind, a.speaker, a.text) for a in result.attributions if a.sentence == 1] == expected


def test_a_report_after_a_refusal_keeps_its_verb() -> None:
    # The verb after a comma is the sentence's own report, not the topic of the refusal.
    result = run("Asked to comment on the report, the mayor says that the river is clean.")
    assert [(a.statement_kind, a.speaker, a.text) for a in result.attributions if a.sentence == 1] == [
        ("statement", "the mayor", "the river is clean")
    ]
