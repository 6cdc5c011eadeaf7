"""Frames are ranked, and the dominant frame chosen, by evidence-weighted strength among the frames
with at least one "yes" (round 15; a new-user trial found "economic consequences" dominant on a
story of a dispute because one sentence gave a sum of money and the word "losses": 3 of 3 economic
questions against 3 of 4 conflict questions answered from four sentences). The S&V score (share of
items answered yes) is unchanged and still shown beside the strength."""

from __future__ import annotations

from analysis import analyze, load_article

DISPUTE_WITH_ONE_SUM = """Mayor and council clash over the bus plan

The mayor accused the council of blocking the new bus lanes for a year. Council members criticised the \
mayor for ignoring their objections. The mayor and the council clashed again on Tuesday, and the dispute is \
far from over. Opponents of the mayor attacked the plan at the meeting. The lanes would cost $4 million, and \
shops fear losses of trade if the work costs more than planned.
"""


def _frames(text: str) -> list[tuple[str, float, float, int]]:
    framing = analyze(load_article(text)).framing
    return [(f.frame, round(f.score, 3), round(f.strength, 3), f.items_yes) for f in framing.frames]


def test_a_dispute_told_through_the_story_outranks_one_sentence_of_money() -> None:
    assert _frames(DISPUTE_WITH_ONE_SUM) == [
        ("conflict", 0.75, 0.509, 3),
        ("economic", 1.0, 0.428, 3),  # the higher S&V score, from one sentence
        ("responsibility", 0.4, 0.336, 2),
        ("human_interest", 0.0, 0.0, 0),
        ("morality", 0.0, 0.0, 0),
    ]
    assert analyze(load_article(DISPUTE_WITH_ONE_SUM)).framing.dominant_frame == "conflict"


def test_the_seed_keeps_conflict_then_responsibility() -> None:
    framing = analyze(load_article("data/raw/000_59af26005722e3de.txt")).framing
    assert [f.frame for f in framing.frames][:2] == ["conflict", "responsibility"]
    assert framing.dominant_frame == "conflict"
    ranked_yes = [f.items_yes > 0 for f in framing.frames]
    assert ranked_yes == sorted(ranked_yes, reverse=True)  # frames with a "yes" come first
