"""Round 9, right of reply: the other forms news uses to put a party under an allegation
(``accusation_forms.py``: "it is alleged he ...", "X was convicted", "X faces charges",
"investigating X", "an inquiry into X"), "the company was accused of", and requests for comment
("reached out to X for comment", "X has been approached for comment"); on our own sentences
(paraphrases of no article), with the wordings each rule must leave alone."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.sourcing import analyze_sourcing


def _replies(body: str, headline: str = "Report") -> list[tuple[str, str, list[str]]]:
    result = analyze_sourcing(load_article(body, headline=headline))
    return [(r.party, r.verdict, [a.cue for a in r.accused_in]) for r in result.right_of_reply]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The generic "the company" as a passive subject: the company last named (trial F3).
        pytest.param("Northgate Paper Co. opened a plant in Ohio. In 2017, the company was accused of dumping waste into the river.",
                     [("Northgate Paper Co.", "not_sought", ["accused of"])], id="the-company-was-accused"),
        # A request for comment with no answer: sought (trial F3).
        pytest.param("Northgate Paper Co. opened a plant in Ohio. In 2017, the company was accused of dumping waste into the river. "
                     "The Ledger has reached out to Northgate Paper for comment and is awaiting a response.",
                     [("Northgate Paper Co.", "sought_but_silent", ["accused of"])], id="reached-out-for-comment"),
        pytest.param("Regulators accused Dana Whitfield of hiding losses. Whitfield has been approached for comment.",
                     [("Dana Whitfield", "sought_but_silent", ["accused"])], id="approached-for-comment"),
        # The impersonal passive of "allege" (trial F2): the clause's subject, a pronoun for the
        # person the text is about (the one most often named as a subject).
        pytest.param("Dana Whitfield ran the clinic for a decade. Whitfield hired the staff. "
                     "It is alleged that Whitfield forged the records.",
                     [("Dana Whitfield", "not_sought", ["it is alleged"])], id="it-is-alleged-that-name"),
        pytest.param("Dana Whitfield ran the clinic for a decade. Whitfield hired the staff and met Paul Moreno twice. "
                     "She says she was abroad on the day it is alleged she forged the records.",
                     [("Dana Whitfield", "heard", ["it is alleged"])], id="it-is-alleged-she"),
        pytest.param("Harbor Lines Inc. is alleged to have dumped fuel at sea.",
                     [("Harbor Lines Inc.", "not_sought", ["alleged to"])], id="alleged-to-have"),
        # Verdicts and charges pending (trial F10).
        pytest.param("The driver, Karl Brandt, was convicted and sentenced to ten years. Brandt still faces four state charges of assault.",
                     [("Karl Brandt", "not_sought", ["convicted", "faces charges"])], id="convicted-and-faces-charges"),
        pytest.param("Karl Brandt pleaded not guilty to four counts of fraud.",
                     [("Karl Brandt", "denied", ["pleaded not guilty"])], id="pleaded-not-guilty"),
        pytest.param("Harbor Lines Inc. faces allegations of fraud.", [("Harbor Lines Inc.", "not_sought", ["faces allegations"])],
                     id="faces-allegations"),
        pytest.param("Paul Moreno pleaded guilty to theft.", [("Paul Moreno", "not_sought", ["pleaded guilty"])], id="pleaded-guilty"),
        # Investigations of a named party (trial F14).
        pytest.param("State regulators are investigating Harbor Lines Inc. over its billing. "
                     "A company spokeswoman said Harbor Lines was cooperating.",
                     [("Harbor Lines Inc.", "heard", ["investigating"])], id="investigating-named-party"),
        pytest.param("Marco Bellini, the firm's founder, is under investigation for tax fraud. He has denied the allegations.",
                     [("Marco Bellini", "denied", ["under investigation"])], id="under-investigation-apposition"),
        pytest.param("Prosecutors opened an inquiry into Marco Bellini over the payments.",
                     [("Marco Bellini", "not_sought", ["inquiry into"])], id="inquiry-into"),
    ],
)
def test_accusation_forms(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _replies(body) == expected


def test_investigating_in_the_headline_accuses_a_name_the_actors_stage_misses() -> None:
    body = "Regulators are looking at the firm. A company spokesperson said Zentrix was cooperating."
    assert _replies(body, headline="State attorney general investigating Zentrix") == [("Zentrix", "heard", ["investigating"])]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Police said the alleged victim was recovering in hospital.", id="the-alleged-victim"),
        pytest.param("The accused said he was innocent, and the judge adjourned the case.", id="the-accused-noun"),
        pytest.param("Fire officials are investigating the cause of the fire.", id="investigating-the-cause"),
        pytest.param("Dana Whitfield died in March. Police are investigating Whitfield's death.", id="investigating-a-victims-death"),
        pytest.param("An inquiry into the crash of Coastal Air flight 12 began on Monday.", id="inquiry-into-an-event"),
        pytest.param("Investigators examined the crash of Coastal Air flight 12 in an investigation into Coastal Air flight 12.",
                     id="name-modifying-a-noun"),
        pytest.param("His friendship with the banker Paul Moreno is under investigation by the FBI.", id="name-inside-a-phrase"),
        pytest.param("Karl Brandt faced the press on Monday and faces a tough race.", id="faces-no-charges"),
        pytest.param("Karl Brandt pleaded for calm after the storm.", id="pleaded-for"),
        pytest.param("The convicted banker Paul Moreno spoke to students on Monday.", id="convicted-as-a-description"),
        pytest.param("The phone was charged overnight and the body was found on Monday.", id="charged-found-no-party"),
    ],
)
def test_no_accusation(body: str) -> None:
    assert _replies(body) == []


def test_request_for_something_else_is_no_request_for_comment() -> None:
    body = "Regulators accused Dana Whitfield of hiding losses. The charity reached out to Whitfield for money last year."
    assert _replies(body) == [("Dana Whitfield", "not_sought", ["accused"])]


def test_charged_with_a_duty_is_no_charge() -> None:
    body = "As state treasurer, Dana Whitfield was charged with protecting the pension fund. Karl Brandt was charged with fraud."
    assert _replies(body) == [("Karl Brandt", "not_sought", ["charged"])]


def test_a_plea_of_not_guilty_is_a_denial() -> None:
    result = analyze_sourcing(load_article("Karl Brandt, 44, was charged with fraud. He pleaded not guilty on Monday.", headline="Report"))
    assert [(a.speaker, a.statement_kind, a.text) for a in result.attributions] == [("He", "denial", "pleaded not guilty")]
    assert [(r.party, r.verdict) for r in result.right_of_reply] == [("Karl Brandt", "denied")]


def test_denials_with_adverbs_after_an_impersonal_allegation() -> None:
    body = ("Dana Whitfield ran the clinic for a decade. It is alleged that Whitfield forged the records. "
            "Whitfield has strenuously denied any wrongdoing. She flatly denied forging anything.")
    result = analyze_sourcing(load_article(body, headline="Report"))
    assert [(a.speaker, a.statement_kind, a.text) for a in result.attributions] == [
        ("Whitfield", "denial", "any wrongdoing"), ("She", "denial", "forging anything")]
    assert [(r.party, r.verdict, r.verdict_in) for r in result.right_of_reply] == [("Dana Whitfield", "denied", (0, 1))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Union leaders accused Sonny Hale and Andrea Voss of hiding the losses.",
                     [("Sonny Hale", "not_sought", ["accused"]), ("Andrea Voss", "not_sought", ["accused"])], id="two-named"),
        pytest.param("Union leaders accused Sonny Hale and praised Andrea Voss for her work.",
                     [("Sonny Hale", "not_sought", ["accused"])], id="second-verb"),
    ],
)
def test_coordinated_accused(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _replies(body) == expected


def test_a_passive_denial_names_the_party_after_by() -> None:
    body = ("Regulators accused Harbor Lines Inc. of fraud. The allegations have been strenuously denied by Harbor Lines. "
            "A photo of the meeting was denied by Dana Whitfield.")
    result = analyze_sourcing(load_article(body, headline="Report"))
    assert [(a.speaker, a.statement_kind) for a in result.attributions if a.statement_kind != "statement"] == [("Harbor Lines", "denial")]
    assert [(r.party, r.verdict) for r in result.right_of_reply] == [("Harbor Lines Inc.", "denied")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Whitfield has yet to respond to a request for comment.", "sought_but_silent", id="yet-to-respond"),
        pytest.param("Whitfield did not respond by press time.", "sought_but_silent", id="by-press-time"),
        pytest.param("Whitfield has yet to comment on the plan.", "not_sought", id="yet-to-comment-no-request"),
        pytest.param("Whitfield did not respond to the attack.", "not_sought", id="respond-to-an-attack"),
    ],
)
def test_unanswered_requests(sentence: str, expected: str) -> None:
    body = f"Union leaders accused Dana Whitfield of lying. {sentence}"
    assert [r.verdict for r in analyze_sourcing(load_article(body, headline="Report")).right_of_reply] == [expected]
