"""Round 19 (trial 19 F4, F8, F9, C3): frame evidence that is evidence of the question.

Hand-written sentences, exact answers: amounts in words are money; offers and labelled prices
are not economic evidence; the verb "tears" is no emotive word; a historical toll gives no human
face; humankind blamed is RS4, not RS2; the report's frames table shows strength."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.actors import find_actors
from analysis.framing import FramingResult, analyze_framing
from analysis.framing.cues import Unit
from analysis.framing.generic.history import set_in_past
from analysis.framing.generic.human_cause import humankind_named
from analysis.framing.generic.money_words import offer_line, word_amounts
from analysis.sourcing import analyze_sourcing


def _framing(text: str) -> FramingResult:
    article = load_article(text)
    actors = find_actors(article)
    return analyze_framing(article, actors=actors, sourcing=analyze_sourcing(article, actors=actors))


def _item(result: FramingResult, code: str):
    return next(i for i in result.items if i.item == code)


def _cue_texts(result: FramingResult, code: str) -> list[str]:
    return [c.text for e in _item(result, code).evidence for c in e.cues]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("could cost billions of dollars a year", ["billions of dollars"]),
        ("a fund of tens of millions of euros", ["tens of millions of euros"]),
        ("a trillion dollars in damage", ["a trillion dollars"]),
        ("hundreds of thousands of pounds were raised", ["hundreds of thousands of pounds"]),
        ("several million dollars", ["several million dollars"]),
        ("millions of pounds of carbon dioxide", []),  # a weight
        ("a billion-dollar industry", []),  # a compound adjective names a size
        ("millions of people", []),
    ],
)
def test_amounts_in_words(text: str, expected: list[str]) -> None:
    assert [t for _, _, t in word_amounts(Unit("body", 0, text, 0))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 issues for £11.99.", True),
        ("RRP: 49.95 Euro (£40)", True),
        ("Price: $20", True),
        ("Subscribe today for $1 a week.", True),
        ("Get Motor Cycle Monthly delivered through your letterbox for £3.", True),
        ("The plan will cost $5 billion.", False),
        ("The price: $5 billion for taxpayers, officials said.", False),
        ("Netflix raised its subscription price to $15.99 a month.", False),
    ],
)
def test_offer_lines(text: str, expected: bool) -> None:
    assert offer_line(text) is expected


def test_money_in_words_answers_economic_items() -> None:
    words = _framing(
        "Climate report\n\nA government report concluded that climate change could cost the United States "
        "billions of dollars annually within decades if emissions are not cut. Officials said the findings were alarming."
    )
    figure = _framing(
        "Climate report\n\nA government report concluded that climate change could cost the United States "
        "$5 billion annually within decades if emissions are not cut. Officials said the findings were alarming."
    )
    for result in (words, figure):
        assert [_item(result, c).answer for c in ("EC1", "EC2")] == [True, True]
        assert _item(result, "EC2").evidence[0].strong
    assert _cue_texts(words, "EC2") == ["cost", "billions of dollars"]
    assert _cue_texts(figure, "EC2") == ["cost", "$5 billion"]
    # the figure pattern finds "5 billion dollars" once, not again as an amount in words
    both = _framing("Rail line\n\nThe programme will cost 5 billion dollars over ten years, the ministry said.")
    assert _cue_texts(both, "EC2") == ["cost", "5 billion dollars"]


def test_promo_price_is_no_economic_evidence() -> None:
    result = _framing(
        "Review: a new book on classic motorcycles\n\nThe book collects photographs of famous riders and their "
        "machines, and the writing is warm and well informed. It is a pleasure to leaf through. Get Motor Cycle "
        "Monthly delivered through your letterbox every month. 12 issues for £11.99."
    )
    assert [_item(result, c).answer for c in ("EC1", "EC2", "EC3")] == [False, False, False]
    assert _item(result, "EC2").evidence == ()
    assert result.dominant_frame is None


def test_verb_tears_is_no_emotive_word() -> None:
    verb = _framing(
        "Gore: Trump tears down the climate accord\n\nAl Gore said Trump tears down America's standing by "
        "leaving the accord. The storm tears through the town. The former vice president spoke on Monday."
    )
    assert _item(verb, "HI2").evidence == ()
    noun = _framing(
        "Flood\n\nThe widow spoke with tears down her cheeks about the flood. She tears up when she speaks of "
        "her son. He fought back tears."
    )
    assert _cue_texts(noun, "HI2") == ["tears", "tears", "tears"]
    assert _item(noun, "HI2").answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The disease killed an estimated 25 million people in Europe in the 14th century.", True),
        ("The 1918 flu killed 50 million people.", True),
        ("In 1848, famine killed a million people.", True),
        ("Floods killed 38 people in the province this week.", False),
        ("By the end of the century, millions of people will be displaced.", False),
        ("Plague epidemics centuries ago killed millions of people.", True),
        ("during the nineteenth century cholera killed thousands", True),
    ],
)
def test_set_in_past(text: str, expected: bool) -> None:
    assert set_in_past(text) is expected


def test_historical_toll_gives_no_human_face() -> None:
    result = _framing(
        "Plague\n\nThe disease killed an estimated 25 million people in Europe in the 14th century. "
        "Floods killed 38 people in the province this week."
    )
    hi1 = _item(result, "HI1")
    assert [(e.text, e.note) for e in hi1.evidence] == [("Floods killed 38 people in the province this week.", "people affected")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I can't tell you what percentage of that is due to human activity.", "due to human activity"),
        ("Climate change is caused by humans, the senator said.", "caused by humans"),
        ("The warming is driven by man-made emissions.", "driven by man-made emissions"),
        ("The flooding was due to heavy rain.", None),
        ("The delays were caused by the government's failure.", None),
    ],
)
def test_humankind_named(text: str, expected: str | None) -> None:
    assert humankind_named(text) == expected


def test_humankind_blamed_is_not_government_responsibility() -> None:
    result = _framing(
        "Senator on climate\n\nSen. Marco Rubio said he could not say what percentage of climate change is "
        "due to human activity. Sen. Marco Rubio spoke in Miami on Tuesday."
    )
    assert _item(result, "RS2").evidence == ()
    rs4 = _item(result, "RS4")
    assert [(e.sentence, e.note) for e in rs4.evidence] == [(0, "responsible: due to human activity")]
    assert rs4.answer


def test_report_frames_table_shows_strength() -> None:
    from analysis.pipeline import analyze
    from analysis.report.sections import framing_section

    result = analyze(load_article(
        "Talks collapse\n\nThe government and the rebels accused each other of breaking the ceasefire, "
        "officials said. The deal would cost $2 billion."
    ))
    html = framing_section(result).html()
    assert "<th class=\"num\">strength</th>" in html
    top = result.framing.frames[0]
    assert f"{top.strength:.2f}" in html
